"""Minutes the review refuses: dated after today (misread or mistyped: a meeting not yet held
has no minutes), or too large to read.

The secretary is told so on the review page and in Slack; nothing is published, the draft
stays hers to correct, and with the right date it goes out as usual."""

from __future__ import annotations

import io
import re

from sqlmodel import func, select

from storage.engine import unit_of_work
from storage.models import Document, MinutesDraft
from tests.conftest import EXAMPLES
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)

SAMPLE = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"


def _count(engine, model) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def _draft_status(engine) -> str:
    with unit_of_work(engine) as session:
        (draft,) = session.exec(select(MinutesDraft)).all()
        return draft.status


def _review_form(page: str) -> dict[str, str]:
    """What the browser sends back from the review page, unchanged."""
    form = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or 'type="file"' in tag or ('type="checkbox"' in tag and "checked" not in tag):
            continue
        value = re.search(r'value="([^"]*)"', tag)
        form.setdefault(name.group(1), value.group(1) if value else "")
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page,
                                  re.S):
        form[name] = value.replace("&#39;", "'").replace("&amp;", "&")
    return form


def test_minutes_dated_after_today_are_not_published(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    text = SAMPLE.read_text(encoding="utf-8").replace("2026 05 12", "2026 09 14")
    uploaded = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(text.encode()), "sbu-2026-09-14.txt")})
    assert uploaded.status_code == 302
    draft_url = uploaded.headers["Location"]
    page = client.get(draft_url).text
    form = {**_review_form(page), "group": str(group), "action": "publish"}
    assert form["date"] == "2026-09-14"  # the demo's clock stands at 24 August 2026
    # Marked when the draft opens, before she presses anything.
    assert ("Det datumet har inte varit än, och protokoll finns bara från hållna möten: "
            "kontrollera datumet innan du publicerar.") in page

    refused = client.post(draft_url, data=form, follow_redirects=True).text
    assert ("Mötesdatumet är måndag 14 september 2026, och det har inte varit än: protokoll "
            "finns bara från hållna möten. Kontrollera datumet.") in refused
    assert "Granska protokollet" in refused  # back on the draft, not on the list
    assert _count(loaded, Document) == 0
    assert _draft_status(loaded) == "draft"  # still hers to correct

    # Without a date the field says what is missing, and the draft is not lost either.
    blank = client.post(draft_url, data={**form, "date": ""})
    assert blank.status_code == 400 and "Något behöver rättas" in blank.text
    assert _count(loaded, Document) == 0 and _draft_status(loaded) == "draft"

    corrected = client.post(draft_url, data={**form, "date": "2026-08-17"},
                            follow_redirects=True).text
    assert "Protokollet från måndag 17 augusti 2026 är publicerat." in corrected
    assert _count(loaded, Document) == 1


def test_minutes_too_large_are_refused_with_the_limit(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    huge = b"Protokoll\n" + b"a" * 22_000_000  # over the 20 MB the reader takes, with room
    refused = client.post("/webb/protokoll", data={
        "csrf": csrf, "group": str(group), "file": (io.BytesIO(huge), "protokoll.txt")})
    assert refused.status_code == 413
    assert ("Filen är för stor: jag läser protokoll på högst 20 MB. Skicka protokollet utan "
            "bilagor. Ingenting sparades.") in refused.text
    assert _count(loaded, MinutesDraft) == 0


def test_upload_pressed_without_a_file_says_what_to_choose(loaded, secretary):  # noqa: F811
    """An older browser (or one that ignores `required`) sends the form with no file in it."""
    client, csrf, group, _ = secretary
    page = client.post("/webb/protokoll", data={"csrf": csrf, "group": str(group)},
                       follow_redirects=True).text
    assert "Välj protokollet att ladda upp: en fil i PDF, Word (docx), Markdown eller text. " \
           "Ingenting sparades." in page
    assert "Filen:" not in page
    assert _count(loaded, MinutesDraft) == 0
