"""A group's member list from Excel, saved as CSV the Swedish way (semicolons; Windows-1252 or
UTF-8 with a byte order mark; a header row in Swedish), read on Grupper: 80 members from 15
organisations, each ersättare tied to the one she stands in for. A list with mistakes is
refused whole, each mistake said with its row number and what is wrong, and nothing is stored.
"""

from __future__ import annotations

import codecs
import html
import io
import re

import pytest
from sqlmodel import func, select

from storage import directory
from storage.engine import unit_of_work
from storage.models import Membership, Person
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)

ORGANISATIONS = [
    "Askersunds kommun", "Degerfors kommun", "Hallsbergs kommun", "Hällefors kommun",
    "Karlskoga kommun", "Kumla kommun", "Laxå kommun", "Lekebergs kommun", "Lindesbergs kommun",
    "Ljusnarsbergs kommun", "Nora kommun", "Örebro kommun", "Region Örebro län",
    "Länsstyrelsen Örebro län", "Polisen Bergslagen",
]
FIRST = ["Åsa", "Örjan", "Ängla", "Per", "Karin", "Jöns", "Märta", "Björn", "Eva", "Göran",
         "Lena", "Håkan", "Sofia", "Ulf", "Ingrid", "Mikael"]
LAST = ["Öberg", "Ångström", "Ekström", "Lindqvist", "Nyström", "Sjödin", "Bäckman", "Häll",
        "Wåhlin", "Dahlén"]
HEADER = "Namn;Organisation;Roll;E-post;Ersättare för"


def _plain(text: str) -> str:
    return text.translate(str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")).lower().replace(" ", ".")


def _roster(secretary_name: str = "Daniel Berglund") -> list[list[str]]:
    """80 rows: per organisation a ledamot and her ersättare (some two ledamöter), the
    secretary and chair among them; names with å, ä, ö."""
    rows, n = [], 0
    for number, organisation in enumerate(ORGANISATIONS):
        count = 6 if number < 5 else 5  # 5 × 6 + 10 × 5 = 80
        for place in range(count):
            name = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST) + n) % len(LAST)]} {n:02d}"
            domain = _plain(organisation.split()[0]) + ".example.se"
            email = f"{_plain(name)}@{domain}"
            if place % 2 == 0:
                rows.append([name, organisation, "Ledamot", email, ""])
            else:
                rows.append([name, organisation, "Ersättare", email, rows[-1][0]])
            n += 1
    rows[0][2] = "Ordförande"
    rows[-1] = [secretary_name, "Region Örebro län", "Sekreterare",
                "daniel.berglund@regionorebrolan.se", ""]
    return rows


def _csv(rows, encoding: str = "cp1252", bom: bool = False) -> bytes:
    text = "\r\n".join([HEADER] + [";".join(row) for row in rows]) + "\r\n"
    return (codecs.BOM_UTF8 if bom else b"") + text.encode(encoding)


def _upload(client, csrf, group, data: bytes):
    return client.post("/webb/grupper/deltagarlista", data={
        "csrf": csrf, "group": str(group),
        "file": (io.BytesIO(data), "deltagare SBU.csv")})


def _active(engine, group) -> dict[str, Membership]:
    with unit_of_work(engine) as session:
        return {p.name: m for m, p in directory.memberships_of_group(session, group)}


def _people(engine) -> int:
    with unit_of_work(engine) as session:
        return session.exec(select(func.count()).select_from(Person)).one()


@pytest.mark.parametrize(("encoding", "bom"), [("cp1252", False), ("utf-8", True)])
def test_a_list_of_80_from_excel_is_read_with_ersattare(loaded, secretary,  # noqa: F811
                                                        encoding, bom):
    client, csrf, group, _ = secretary
    rows = _roster()
    done = _upload(client, csrf, group, _csv(rows, encoding, bom))
    assert done.status_code == 302, re.findall(r"<li>(rad [^<]*)</li>", done.text)
    page = client.get(done.headers["Location"]).text
    assert "Klart. Deltagarlistan är inläst:" in page
    members = _active(loaded, group)
    assert len(members) == 80
    assert len({m.organisation for m in members.values()}) == 15
    first, second = rows[0][0], rows[1][0]
    assert members[first].role == "chair" and members[second].role == "substitute"
    with unit_of_work(loaded) as session:
        usual = session.get(Person, members[first].substitute_id)
        assert usual.name == second  # 'Ersättare för' on her row: his usual ersättare
    assert "Örjan" in " ".join(members) and members["Daniel Berglund"].role == "secretary"
    assert members[rows[10][0]].organisation == rows[10][1]
    # Johanna Viberg and the rest of the example roster are not on the list: inactive now.
    assert "Johanna Viberg" not in members


def test_a_list_with_mistakes_says_each_row_and_stores_nothing(loaded, secretary):  # noqa: F811
    client, csrf, group, _ = secretary
    before, people = _active(loaded, group), _people(loaded)
    rows = _roster()
    rows[3][2] = "Suppleant"  # row 5 (the header is row 1)
    rows[7][3] = "ingrid.öberg(at)kumla.se"  # row 9
    rows[11][4] = "Kalle Anka"  # row 13: stands in for someone not on the list
    rows[21][0] = ""  # row 23: no name (an ersättare: nobody's row names her)
    rows[34] = list(rows[2])  # row 36: the same person as row 4
    refused = _upload(client, csrf, group, _csv(rows))
    assert refused.status_code == 400
    said = [html.unescape(x) for x in re.findall(r"<li>(rad [^<]*)</li>", refused.text)]
    assert said == [
        f"rad 5: {rows[3][0]} har rollen ”Suppleant”, som jag inte känner till (skriv någon av "
        "ordförande, ledamot, ersättare, sekreterare, tjänsteperson)",
        f"rad 9: e-postadressen ”ingrid.öberg(at)kumla.se” för {rows[7][0]} ser inte giltig ut",
        f"rad 13: {rows[11][0]} är ersättare för Kalle Anka, som inte finns med i listan",
        "rad 23: namnet saknas",
        f"rad 36: {rows[2][0]} står redan på rad 4",
    ], said
    assert "Deltagarlistan laddades inte; ingenting sparades:" in html.unescape(refused.text)
    assert _active(loaded, group).keys() == before.keys() and _people(loaded) == people


@pytest.mark.parametrize(("header", "says"), [
    ("Förnamn;Efternamn;Kommun", "rad 1: första raden ska namnge kolumnerna, med minst Namn"),
    ("Namn;Organisation;Telefon", "rad 1: okända kolumner ”Telefon”"),
])
def test_a_header_the_page_cannot_read_is_said(loaded, secretary, header, says):  # noqa: F811
    client, csrf, group, _ = secretary
    data = f"{header}\r\nÅsa Öberg;Örebro kommun;019-123456\r\n".encode("cp1252")
    refused = _upload(client, csrf, group, data)
    assert refused.status_code == 400
    assert says in html.unescape(refused.text)


@pytest.mark.parametrize("other", ["svoo", "9" * 30, "-1", "²"])
def test_a_list_for_a_group_she_does_not_run_is_refused(loaded, secretary, other):  # noqa: F811
    client, csrf, _, _ = secretary
    with unit_of_work(loaded) as session:
        group = directory.group_by_slug(session, other)
    people = _people(loaded)
    refused = _upload(client, csrf, group.id if group else other, _csv(_roster()))
    assert refused.status_code == 400  # an id past the database's range too, not a 500
    assert "välj vilken av dina grupper listan gäller" in html.unescape(refused.text)
    assert _people(loaded) == people


def test_one_slack_id_on_two_rows_is_refused_with_the_row(loaded, secretary):  # noqa: F811
    """A row copied and its Slack-id left: stored, the second person took the first one's
    place (name and e-mail), and the first was gone from the group."""
    client, csrf, group, _ = secretary
    before, people = _active(loaded, group), _people(loaded)
    rows = [row + [""] for row in _roster()]
    rows[0][5] = rows[5][5] = "U0KOPIA01"
    text = "\r\n".join([HEADER + ";Slack-id"] + [";".join(row) for row in rows]) + "\r\n"
    refused = _upload(client, csrf, group, text.encode("cp1252"))
    assert refused.status_code == 400
    said = [html.unescape(x) for x in re.findall(r"<li>(rad [^<]*)</li>", refused.text)]
    assert said == [f"rad 7: Slack-id U0KOPIA01 står både på {rows[5][0]} och på "
                    f"{rows[0][0]}; varje person har sitt eget"]
    assert _active(loaded, group).keys() == before.keys() and _people(loaded) == people
