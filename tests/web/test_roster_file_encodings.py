"""The roster file as Windows saves it: a secretary who edits the downloaded list in Notepad
and saves it as "ANSI" (Windows-1252) or "Unicode" (UTF-16) gets it loaded with å, ä and ö
right; a file whose encoding cannot be told is refused as the other refused forms are (400,
the reason at the top and on the file field, with how to save it as UTF-8), and nothing is
stored."""

from __future__ import annotations

import html
import io
import re

import pytest
from selenium.webdriver.common.by import By
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Person
from tests.conftest import EXAMPLES
from tests.web.conftest import assert_accessible, click, sign_in
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)

NEW_MEMBER = """  - name: Åsa Öberg
    email: asa.oberg@orebro.example.se
    organisation: Örebro kommun
    role: ledamot
"""
NOT_TEXT = ("Filen kunde inte läsas som text. Spara den som UTF-8 och läs in den igen (i "
            "Anteckningar: Spara som, Kodning UTF-8). Ingenting sparades.")


def _with_new_member(client) -> str:
    """The downloaded list with one member added to Samverkansgrupp Barn och unga."""
    export = client.get("/webb/grupper/deltagarlista.yaml").text
    first = export.index("  members:\n", export.index("slug: sbu")) + len("  members:\n")
    return export[:first] + NEW_MEMBER + export[first:]


def test_a_list_with_a_comment_on_top_is_still_read(loaded, secretary):  # noqa: F811
    client, csrf, _, _ = secretary
    commented = "# Ändrad av Daniel, 3 december, efter mötet, med Åsa\n" + _with_new_member(client)
    assert _upload(client, csrf, commented.encode()).status_code == 302
    assert _member(loaded, "asa.oberg@orebro.example.se") == "Åsa Öberg"


def _upload(client, csrf: str, data: bytes):
    return client.post("/webb/grupper/deltagarlista", data={
        "csrf": csrf, "file": (io.BytesIO(data), "deltagarlista.yaml")})


def _member(engine, email: str):
    with unit_of_work(engine) as session:
        person = session.exec(select(Person).where(Person.email == email)).first()
        return person.name if person else None


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_a_list_saved_by_notepad_is_read_with_its_letters(loaded, secretary, encoding):  # noqa: F811
    client, csrf, group, _ = secretary
    loaded_now = _upload(client, csrf, _with_new_member(client).encode(encoding))
    assert loaded_now.status_code == 302
    page = html.unescape(client.get(loaded_now.headers["Location"]).text)
    assert "Klart. Deltagarlistan är inläst: 1 nya medlemskap, 0 uppdaterade, 0 markerade " \
           "som inaktiva." in page
    assert _member(loaded, "asa.oberg@orebro.example.se") == "Åsa Öberg"
    group_page = html.unescape(client.get(f"/webb/grupper/{group}").text)
    assert 'value="Örebro kommun"' in group_page[group_page.index("Åsa Öberg"):]


def test_a_list_in_an_encoding_that_cannot_be_told_is_refused_with_a_way_out(loaded, secretary):  # noqa: F811
    client, csrf, _, _ = secretary
    # Mac Roman, as an old Excel for Mac saves text: å and ö are bytes that Windows-1252 reads
    # as Œ and š, so guessing would load the names misspelt.
    refused = _upload(client, csrf, _with_new_member(client).encode("mac_roman"))
    assert refused.status_code == 400
    page = html.unescape(refused.text)
    assert page.count(NOT_TEXT) == 2  # at the top, and on the field
    assert re.search(r'<input id="f-file"[^>]*aria-invalid="true"', page)
    assert _member(loaded, "asa.oberg@orebro.example.se") is None


def test_a_file_far_larger_than_any_roster_is_refused_whole(loaded, secretary):  # noqa: F811
    client, csrf, _, _ = secretary
    # Cut at 2 MB, a list of members would have read as a shorter list and made the members
    # after the cut inactive; the whole file is refused instead.
    export = _with_new_member(client)
    padding = "# " + "x" * 98 + "\n"
    refused = _upload(client, csrf, (export + padding * 21_000).encode())
    assert refused.status_code == 400
    assert "Filen är för stor för en deltagarlista (högst 2 MB). Ingenting sparades." in \
        html.unescape(refused.text)
    assert _member(loaded, "asa.oberg@orebro.example.se") is None


def test_the_refusal_takes_the_focus_in_the_browser(site, chromium, tmp_path):
    sign_in(chromium, site, "U0DANIELB")
    path = tmp_path / "deltagarlista.yaml"
    path.write_bytes((EXAMPLES / "roster.yaml").read_text(encoding="utf-8").encode("mac_roman"))
    chromium.get(site.base + "/webb/grupper")
    chromium.find_element(By.ID, "f-file").send_keys(str(path))
    click(chromium, "//button[text()='Läs in deltagarlistan']", "Grupper")
    assert chromium.execute_script("return document.activeElement.id") == "fel"
    assert chromium.find_element(By.ID, "fel").text.splitlines() == [
        "Det här behöver rättas", NOT_TEXT]
    assert_accessible(chromium)


@pytest.mark.parametrize("what, data", [
    ("an Excel workbook", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4),
    ("an old Excel workbook", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4),
])
def test_a_workbook_from_excel_is_told_to_be_saved_as_csv(loaded, secretary, what, data):  # noqa: F811
    # A list saved as CSV is read (tests/web/test_roster_csv.py); a workbook is not text.
    client, csrf, _, _ = secretary
    refused = _upload(client, csrf, data)
    assert refused.status_code == 400, what
    assert ("Filen är en Excel-arbetsbok. Spara listan som CSV i Excel (Arkiv, Spara som, CSV "
            "(semikolonavgränsad) eller CSV UTF-8) och läs in den filen. Ingenting "
            "sparades.") in html.unescape(refused.text), what
    assert _member(loaded, "asa.oberg@orebro.example.se") is None
