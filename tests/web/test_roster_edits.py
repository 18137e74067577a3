"""A secretary editing a member's row on the group page: a refused save says what is wrong and
keeps what she typed, so nothing has to be typed twice; nothing of it is stored."""

from __future__ import annotations

import html
import io
import re
import time

from storage import directory
from storage.engine import unit_of_work
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)


def _row(page: str, membership: str) -> str:
    start = page.index(f'id="ledamot-{membership}"')
    return page[start:page.index("</form>", start)]


def _value(row: str, name: str) -> str:
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', row).group(0)
    return html.unescape(re.search(r'value="([^"]*)"', tag).group(1))


def test_a_refused_row_keeps_what_she_typed(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    page = client.get(f"/webb/grupper/{group}").text
    membership = re.search(r'id="ledamot-(\d+)" aria-label="Johanna Viberg"', page).group(1)
    typed = {"csrf": csrf, "action": "save", "name": "Johanna Viberg Ek",
             "email": "johanna.viberg(at)orebro.se", "organisation": "Region Örebro län",
             "role": "chair", "substitute": "Marcus Boljang"}
    refused = client.post(f"/webb/grupper/{group}/ledamoter/{membership}", data=typed)
    assert refused.status_code == 400
    row = _row(refused.text, membership)
    assert "Skriv en giltig e-postadress, som namn@kommun.se." in row
    assert _value(row, "name") == "Johanna Viberg Ek"
    assert _value(row, "email") == "johanna.viberg(at)orebro.se"
    assert _value(row, "organisation") == "Region Örebro län"
    assert '<option value="chair" selected>' in row
    with unit_of_work(loaded) as session:  # and nothing of it was stored
        person = directory.person_by_platform_id(session, "slack", "U0JOHANNA")
        assert person.name == "Johanna Viberg"

    # A role the page does not offer (a forged form) is marked on its field.
    forged = client.post(f"/webb/grupper/{group}/ledamoter/{membership}",
                         data={**typed, "email": "johanna.viberg@orebro.example.se",
                               "role": "admin"})
    assert forged.status_code == 400
    assert 'aria-invalid="true" aria-describedby="r-' in _row(forged.text, membership)


# Nine lines of nested YAML aliases stand for a billion names ("billion laughs"); reading them
# as names took minutes and gigabytes before aliases were refused.
ALIAS_BOMB = ('a: &a ["ha","ha","ha","ha","ha","ha","ha","ha","ha"]\n' + "".join(
    f"{name}: &{name} [" + ",".join([f"*{before}"] * 9) + "]\n"
    for before, name in zip("abcdefgh", "bcdefghi", strict=True))
    + "groups:\n  - name: *i\n    slug: sbu\n    members:\n      - name: *i\n")


def test_a_roster_file_built_to_exhaust_memory_is_refused_at_once(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    before = client.get(f"/webb/grupper/{group}").text
    started = time.monotonic()
    refused = client.post("/webb/grupper/deltagarlista", data={
        "csrf": csrf, "file": (io.BytesIO(ALIAS_BOMB.encode()), "deltagarlista.yaml")})
    assert time.monotonic() - started < 5
    assert refused.status_code == 400
    assert "en deltagarlista får inte hänvisa till andra värden med *" in html.unescape(
        refused.text)
    assert client.get(f"/webb/grupper/{group}").text.count("Johanna Viberg") == \
        before.count("Johanna Viberg")
