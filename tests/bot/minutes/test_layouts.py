"""Layouts other than the five samples, and files that must be refused."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from bot.minutes.reading import NotMinutesError, parse_file, parse_text

from .documents import write_docx, write_pdf

CLASSIC = """\
PROTOKOLL
Samverkansgrupp Barn och unga
Sammanträdesdatum: Tisdagen den 28 oktober 2014, kl 10.00-13.00
Plats: Sammanträdesrum Ekoxen, Regionhuset, Örebro

Ordförande: Per Lind, Kumla kommun
Sekreterare: Eva Ek, Region Örebro län
Justerare: Anna Berg, Nora kommun

Närvarande ledamöter:
Per Lind, Kumla kommun
Anna Berg, Nora kommun
Lars Holm, Askersunds kommun

Tjänstgörande ersättare:
Sara Nyberg, Lindesbergs kommun (för Olle Strand)
Karl Ahlin tjänstgör för Maria Borg

Anmält förhinder: Olle Strand, Maria Borg, Nils Dahl

§ 12 Val av justerare
Anna Berg valdes till justerare.

§ 13 Budget för 2015
Ekonomichefen redovisar förslaget till budget.
Beslut:
att godkänna förslaget till budget för 2015
att uppdra åt ordföranden att återrapportera i december

§ 14 Remiss om samverkansavtal
Synpunkter på remissen lämnas till Eva Ek senast den 12/12.

§ 15 Nästa sammanträde
Nästa möte är den 18 december 2014 kl 13.00-15.00. Plats: Ekoxen, Regionhuset.
"""

NOTICE = """\
Kallelse till Samverkansgrupp Barn och unga
Datum: 2026-12-03, kl. 13.00–15.00
Plats: Sothönan, Regionhuset, Klostergatan 23, Örebro
Kallade: Monica Skantz, Katarina Holmsten, Ida Broman

Dagordning
1. Inledning (Ingmar Ångman)
Mötet öppnas.
2. SAMS – gemensamt arbete (Sofia Persson)
Förslag till beslut:
Uppdrag ges till Välfärd och folkhälsa att kartlägga behoven.
3. Övriga frågor
Anmäl förhinder till Daniel Berglund senast 26 november.
"""


@pytest.fixture(params=["text", "pdf", "docx"])
def classic(request, tmp_path):
    if request.param == "text":
        return parse_text(CLASSIC, "protokoll.txt")
    path = tmp_path / f"protokoll.{request.param}"
    (write_pdf if request.param == "pdf" else write_docx)(CLASSIC.splitlines(), path)
    return parse_file(path)


def test_classic_protokoll_with_paragraph_numbers(classic):
    j = classic.to_json()
    assert classic.kind == "protokoll"
    assert j["groups"] == ["Samverkansgrupp Barn och unga"]
    assert (j["date"], j["start"], j["end"]) == ("2014-10-28", "10:00", "13:00")
    assert j["place"] == "Sammanträdesrum Ekoxen, Regionhuset, Örebro"
    assert classic.with_role("chair") == ["Per Lind"]
    assert classic.with_role("secretary") == ["Eva Ek"]
    assert classic.adjusters == ["Anna Berg"]
    assert {"Per Lind", "Anna Berg", "Lars Holm", "Sara Nyberg", "Karl Ahlin"} <= set(j["present"])
    assert sorted(j["absent"]) == ["Maria Borg", "Nils Dahl", "Olle Strand"]
    assert j["substitutes"] == [
        {"substitute": "Sara Nyberg", "for": "Olle Strand"},
        {"substitute": "Karl Ahlin", "for": "Maria Borg"},
    ]
    assert [a["title"] for a in j["agenda"]] == [
        "Val av justerare",
        "Budget för 2015",
        "Remiss om samverkansavtal",
        "Nästa sammanträde",
    ]
    assert [a.number for a in classic.agenda] == ["§ 12", "§ 13", "§ 14", "§ 15"]
    decisions = [(d["item"], d["text"]) for d in j["decisions"]]
    assert decisions == [
        ("Val av justerare", "Anna Berg valdes till justerare."),
        ("Budget för 2015", "att godkänna förslaget till budget för 2015"),
        ("Budget för 2015", "att uppdra åt ordföranden att återrapportera i december"),
    ]
    assert j["decisions"][1]["context"] == "Ekonomichefen redovisar förslaget till budget."
    assert j["deadlines"] == [
        {"date": "2014-12-12", "what": "remissen (Remiss om samverkansavtal)", "to": ["Eva Ek"]}
    ]
    assert j["next_meeting"] == {
        "date": "2014-12-18",
        "start": "13:00",
        "end": "15:00",
        "place": "Ekoxen, Regionhuset",
    }


def test_notice_proposals_are_not_decisions():
    m = parse_text(NOTICE, "kallelse.txt", notices=True)
    j = m.to_json()
    assert m.kind == "kallelse"
    assert j["decisions"] == []
    assert j["groups"] == ["Samverkansgrupp Barn och unga"]
    assert (j["date"], j["start"], j["end"]) == ("2026-12-03", "13:00", "15:00")
    assert [a["title"] for a in j["agenda"]] == [
        "Inledning",
        "SAMS – gemensamt arbete",
        "Övriga frågor",
    ]
    assert j["agenda"][1]["presenters"] == ["Sofia Persson"]
    assert j["deadlines"][0]["date"] == "2026-11-26"
    assert j["deadlines"][0]["to"] == ["Daniel Berglund"]


def test_a_notice_sent_as_minutes_is_refused():
    with pytest.raises(NotMinutesError) as err:
        parse_text(NOTICE, "kallelse.txt")
    assert err.value.reason_sv.startswith("Det här ser ut som en kallelse")


def test_proposal_section_in_minutes_is_not_a_decision():
    text = NOTICE.replace("Kallelse till", "Minnesanteckningar")
    j = parse_text(text).to_json()
    assert j["decisions"] == []


def test_decision_referring_to_a_missing_proposal_warns():
    text = (
        "Minnesanteckningar\nTid: 2026-03-06, kl. 13.00\n\n1. Budget\n"
        "Beslut: Gruppen bifaller förslaget.\n\n2. Avslut\nMötet avslutas.\n"
    )
    j = parse_text(text).to_json()
    assert j["decisions"][0]["context"] == ""
    warning = "Beslutet under ”Budget” hänvisar till ett förslag som inte kunde hittas."
    assert warning in j["warnings"]


def test_markdown_links_are_kept_as_links():
    m = parse_text(
        "# Minnesanteckningar\n\nTid: 2026-03-06, kl. 13.00 – 16.00\n\n"
        "Plats: Immanuelkyrkan, [Karlsdalsallén 35 Örebro](https://karta.example/k35)\n\n"
        "**Närvarande:**\n\nAnna Berg, Nora kommun\n<del>Per Lind</del>, Kumla kommun\n",
        "m.md",
    )
    assert m.place == "Immanuelkyrkan, Karlsdalsallén 35 Örebro"
    assert [(link.text, link.url) for link in m.links] == [
        ("Karlsdalsallén 35 Örebro", "https://karta.example/k35")
    ]
    assert m.present == ["Anna Berg"] and m.absent == ["Per Lind"]


def test_not_minutes_is_refused():
    with pytest.raises(NotMinutesError) as err:
        parse_text("Nyhetsbrev från Regional utveckling\n\nVi har fått nya lokaler. Välkommen!\n")
    assert "ser ut som ett nyhetsbrev" in err.value.reason_sv
    with pytest.raises(NotMinutesError) as err:
        parse_text("Regional utveckling\n\nVi har fått nya lokaler. Välkommen!\n")
    assert "varken datum, deltagare eller beslut" in err.value.reason_sv


def test_empty_text_is_refused():
    with pytest.raises(NotMinutesError, match="tom"):
        parse_text("  \n\n")


def _pdf(tmp_path, text: str | None):
    pdf = FPDF()
    pdf.add_page()
    if text:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 5, text)
    else:
        pdf.rect(20, 20, 100, 60, style="F")  # a "scanned" page: a picture, no text
    path = tmp_path / "m.pdf"
    pdf.output(str(path))
    return path


def test_encrypted_pdf_is_refused(tmp_path):
    plain = _pdf(tmp_path, CLASSIC.replace("–", "-"))
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password="hemligt", owner_password="hemligare")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as f:
        writer.write(f)
    with pytest.raises(NotMinutesError) as err:
        parse_file(locked)
    assert err.value.reason_sv.startswith("Filen är krypterad och kan inte läsas.")


def test_image_only_pdf_is_refused(tmp_path):
    with pytest.raises(NotMinutesError) as err:
        parse_file(_pdf(tmp_path, None))
    assert "inget textlager" in err.value.reason_sv


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("m.docx", b"PK\x03\x04 inget dokument", "kunde inte läsas som ett Word-dokument"),
        ("m.pdf", b"%PDF-1.4 trasig", "kunde inte läsas som en PDF"),
        ("m.xlsx", b"PK\x03\x04", "Jag kan bara läsa PDF, Word"),
        ("m.doc", b"\xd0\xcf\x11\xe0", "gamla Word-formatet"),
    ],
)
def test_unreadable_files_are_refused(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(NotMinutesError) as err:
        parse_file(path)
    assert reason in err.value.reason_sv


NAMNDENS_BESLUT = """\
PROTOKOLL
Socialnämnden
Sammanträdesdatum: 2016-06-09, kl 13.00-16.00
Beslutande: Annika Wibrell (S), ordförande, Rickard Norberg (M), Lennart Wallensäter (C)
Tjänstgörande ersättare: Royne Borgvall (S) tjg ers för Anna Holm

§ 49 Riktlinjer för försörjningsstöd
Förslag till beslut
att anta riktlinjerna
Nämndens beslut
att anta riktlinjerna med de ändringar som framkom vid sammanträdet
att ge förvaltningen i uppdrag att följa upp dem i december
"""


def test_namndens_beslut_and_not_the_proposal_before_it():
    m = parse_text(NAMNDENS_BESLUT, "socialnamnden.txt")
    j = m.to_json()
    assert j["groups"] == ["Socialnämnden"]
    assert [(d["number"], d["text"]) for d in j["decisions"]] == [
        ("§ 49", "att anta riktlinjerna med de ändringar som framkom vid sammanträdet"),
        ("§ 49", "att ge förvaltningen i uppdrag att följa upp dem i december"),
    ]
    assert {"substitute": "Royne Borgvall", "for": "Anna Holm"} in j["substitutes"]
    assert m.with_role("chair") == ["Annika Wibrell"]
