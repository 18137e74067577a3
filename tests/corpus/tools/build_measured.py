"""Build the DOCX and PDF documents of the measured corpus part from their real text.

Run by hand (never by the tests): ``.venv/bin/python tests/corpus/tools/build_measured.py``.
Every word in the output comes from the public source named in ``measured/truth.yaml``; the
script only lays the text out the way a secretary's template would: label/value header tables,
attendance tables with X columns, struck names, running headers and page numbers. Two PDFs are
built like scanned and OCR'd minutes: the page is a picture of the text and the text layer under
it is one long line per page, which is what the issue means by "one long line per page".
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SRC = HERE / "measured_src"
OUT = HERE.parent / "measured"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- PDF helpers


class MinutesPdf(FPDF):
    """A4 page with an optional running header and a 'Sida n av m' footer."""

    def __init__(self, running_header: str | None = None, footer: bool = True) -> None:
        super().__init__(format="A4")
        self.running_header = running_header
        self.with_footer = footer
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_font("DejaVu", size=10)
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(auto=True, margin=20)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.running_header:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, self.running_header.replace("{n}", str(self.page_no())), align="R")
            self.ln(8)
            self.set_font("DejaVu", size=10)

    def footer(self) -> None:
        if self.with_footer:
            self.set_y(-14)
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")
            self.set_font("DejaVu", size=10)


def _page_picture(text: str) -> Image.Image:
    """A 100 dpi A4 picture of the page text, as a scanner would give it."""
    width, height, margin = 827, 1169, 70
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 15)
    y = margin
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) > width - 2 * margin and line:
                draw.text((margin, y), line, fill=0, font=font)
                y += 22
                line = word
            else:
                line = candidate
        draw.text((margin, y), line, fill=0, font=font)
        y += 30
    return image.convert("1")


def scanned_pdf(pages: list[str], out: Path) -> None:
    """Pictures of the pages with an invisible OCR layer of one long line per page."""
    pdf = MinutesPdf(footer=False)
    pdf.set_auto_page_break(auto=False)
    for text in pages:
        pdf.add_page()
        pdf.image(_page_picture(text), x=0, y=0, w=210, h=297)
        pdf.set_font("DejaVu", size=6)
        pdf.text_mode = TextMode.INVISIBLE
        stretch = min(100.0, 100.0 * 190.0 / pdf.get_string_width(text))
        pdf.set_stretching(stretch)
        pdf.text(x=10, y=12, text=text)
        pdf.set_stretching(100)
        pdf.text_mode = TextMode.FILL
    pdf.output(str(out))


def header_table(
    pdf: FPDF, rows: list[tuple[str, str]], widths: tuple[int, int] = (48, 142)
) -> None:
    """The label/value table at the top of a Swedish protokoll."""
    with pdf.table(
        col_widths=widths, first_row_as_headings=False, text_align="LEFT", line_height=5.5
    ) as table:
        for label, value in rows:
            row = table.row()
            pdf.set_font("DejaVu", "B", 9)
            row.cell(label)
            pdf.set_font("DejaVu", "", 9)
            row.cell(value)
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(4)


def paragraphs(pdf: FPDF, blocks: list[str]) -> None:
    for block in blocks:
        if block == "<pagebreak>":
            pdf.add_page()
        elif block.startswith("## "):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, block[3:])
            pdf.set_font("DejaVu", "", 10)
            pdf.ln(1)
        else:
            pdf.multi_cell(0, 5, block)
            pdf.ln(2)


# --------------------------------------------------------------------------- DOCX helpers


def new_docx(header_text: str | None = None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    return doc


def bold_par(doc, text: str, size: int | None = None):
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def docx_table(doc, rows: list[tuple[str, str]], bold_labels: bool = True):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = bold_labels
        lines = value.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    return table


def save_docx(doc, path: Path) -> None:
    """Save with fixed zip timestamps, so rebuilding an unchanged document changes no byte."""
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --------------------------------------------------------------------------- documents


def kronoberg_run() -> None:
    text = (SRC / "region-kronoberg-regionala-utvecklingsnamnden.txt").read_text("utf-8")
    scanned_pdf(
        [page for page in text.strip().split("\n\n")],
        OUT / "region-kronoberg-regionala-utvecklingsnamnden-utan-datum.pdf",
    )


def finspang_kf() -> None:
    text = (SRC / "finspang-kommunfullmaktige.txt").read_text("utf-8")
    scanned_pdf(
        [page for page in text.strip().split("\n\n")],
        OUT / "finspang-kommunfullmaktige-2008-11-26.pdf",
    )


def uppsala_kpr() -> None:
    pdf = MinutesPdf(running_header="KPR — Kommunala pensionärsrådet")
    pdf.add_page()
    header_table(
        pdf,
        [
            (
                "Plats och tid:",
                "KPR — Kommunala pensionärsrådet Mötesrum: Bergius, "
                "Stationsgatan 12, "
                "2018-09-21 kl. 9.00-11.30",
            ),
            (
                "Ordinarie ledamöter: Förtroendevalda:",
                "Stefan Hanna (C), kommunstyrelsen\n"
                "Jonas Segersam (KD), kommunstyrelsen\n"
                "Björn Lind (V), omsorgsnämnden\n"
                "Birgit Moberg (S), idrotts- och fritidsnämnden\n"
                "Elisabeth Ståhle (MP), kulturnämnden",
            ),
            (
                "Ordinarie ledamöter: För UPS (Uppsala pensionärsföreningars samarbetsråd):",
                "Jan Ask, ordförande UPS, ordförande KPR\n"
                "Karin Näslund-Westman § 22-25\n"
                "Sven-Olov Larsson\n"
                "Ewon Enqvist",
            ),
            (
                "Ersättare: För UPS:",
                "Eva Gosselman\nBritt-Mari Ekholm\nLars O Ericson\nMats Hallor",
            ),
            (
                "Övriga deltagare: Tjänstepersoner:",
                "Daniel Karlsson utredare äldreförvaltningen, sekreterare KPR\n"
                "Roger Jo Linder projektledare äldrevänlig stad, äldreförvaltningen § 22-25\n"
                "Heléne Stenlund äldreombudsman äldreförvaltningen § 22-25\n"
                "Ida Hellrup direktör överförmyndarförvaltningen § 26\n"
                "Malin Ohlsson strategisk samhällsplanerare stadsbyggnadsförvaltningen § 27",
            ),
            ("Utses att justera:", "Sven-Olov Larsson  Paragraf 22-32"),
        ],
    )
    paragraphs(
        pdf,
        [
            "## § 22 Val av justerare och fastställande av justeringstid",
            "Sven-Olov Larsson utses att jämte ordföranden justera protokollet. Protokollet "
            "justeras "
            "tisdagen den 2 oktober i receptionen på Stationsgatan 12.",
            "## § 23 Fastställande av föredragningslistan",
            "Föredragningslistan godkänns enligt utsänt förslag med följande ändringar.\n"
            "Ärende 7 och 8 bordläggs till nästa sammanträde.",
            "Tillägg till dagordningen:\nPunkt 11: Mjuka linjen\nPunkt 12. Busshållplatsen "
            "Storgatan 11.",
            "## § 24 Godkännande av föregående protokoll",
            "Föregående protokoll godkänns.",
            "## § 25 Lägesrapport Äldrevänlig stad",
            "Roger Jo Linder samordnare för äldrevänlig kommun informerar:\n"
            "Från att tidigare ha benämnts äldrevänlig stad så används numera i och med årets "
            "mål- och "
            "budgetförslag begreppet äldrevänlig kommun. Det finns även tankar om att benämna "
            "projektet "
            "äldrevänligt samhälle för att förtydliga att detta inkluderar fler än bara komm",
        ],
    )
    pdf.output(str(OUT / "uppsala-kommunala-pensionarsradet-2018-09-21.pdf"))


def norrtalje_kf() -> None:
    pdf = MinutesPdf(running_header="Kommunfullmäktige 2002-12-02 {n}(28)", footer=False)
    pdf.add_page()
    header_table(
        pdf,
        [
            ("Plats och tid", "Roslagens Sparbank, Danskes gränd 2, Norrtälje, kl 18.00-21.20"),
            ("Beslutande", "Enligt förteckning"),
            (
                "Övriga deltagande",
                "Mats Törnquist, kommundirektör § 267\nGunilla Edvinsson, ekonomichef § 267\n"
                "Christina Nilsson, sekreterare",
            ),
            ("Utses att justera", "Annette Tagesson (m) och Jan Emanuel Johansson (s)"),
            ("Justeringens plats och tid", "Ledningskontoret 2002-12-09, kl 16.00"),
            (
                "Underskrift",
                "Sekreterare ............................................. Paragrafer 266-284\n"
                "Christina Nilsson\n\n"
                "Ordförande ..................................................\nKurt Pettersson\n\n"
                "Justerande ..................................................\n"
                "Annette Tagesson Jan Emanuel Johansson",
            ),
        ],
    )
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag")
    pdf.ln(2)
    header_table(
        pdf,
        [
            ("Organ", "Kommunfullmäktige"),
            ("Sammanträdesdatum", "2002-12-02"),
            ("Datum för anslags uppsättande", ""),
            ("Datum för anslags nedtagande", ""),
            ("Förvaringsplats för protokollet", "Ledningskontoret"),
            ("Underskrift", "................................................................."),
        ],
    )
    paragraphs(
        pdf,
        [
            "Utdragsbestyrkande",
            "<pagebreak>",
            "## KF § 266",
            "## Val av justeringsmän och tillkännagivande om justering",
            "## Beslut",
            "Kommunfullmäktige beslutar:",
            "att utse Annette Tagesson (m) och Jan Emanuel Johansson (s) att jämte ordföranden "
            "justera "
            "protokollet,",
            "att justeringen skall äga rum på ledningskontoret 2002-12-09, kl 16.00.",
            "## Bakgrund",
            "Det antecknas att dagens sammanträde med kommunfullmäktige i laga ordning "
            "kungjorts och att "
            "kungörelsen översänts till fullmäktiges samtliga ledamöter och ersättare inom "
            "lagstadgad tid "
            "samt annonserats i de av kommunfullmäktige beslutade tidningarna.",
            "________",
            "## KF § 267 Dnr KS 02-820 107",
            "## Bildning av kommunal bolagskoncern för de helägda bolagen samt fastställande av "
            "bolagspolicy för Norrtälje kommun",
            "## Beslut",
            "Kommunfullmäktige beslutar:",
            "att förslaget att fastställa räntan på skuldebrev avseend",
        ],
    )
    pdf.output(str(OUT / "norrtalje-kommunfullmaktige-2002-12-02.pdf"))


def attendance_table(doc, headings: tuple[str, ...], groups: list[tuple[str, list[tuple]]]) -> None:
    """An attendance table with X columns; a row's last flag strikes the name through."""
    table = doc.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    for group, rows in groups:
        if group:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(group).bold = True
        for row in rows:
            *values, struck = row if isinstance(row[-1], bool) else (*row, False)
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(values[0]).font.strike = struck
            for cell, value in zip(cells[1:], values[1:], strict=True):
                cell.text = value


def energiintelligent_dalarna_styrgrupp() -> None:
    doc = new_docx(header_text="PROTOKOLL")
    bold_par(doc, "PROTOKOLL FRÅN STYRGRUPPSMÖTE ENERGIINTELLIGENT DALARNA", 13)
    doc.add_paragraph("Tisdag den 3 juni 2008, kl. 13: Dalarummet Länsstyrelsen Dalarna, Falun")
    attendance_table(
        doc,
        ("", ""),
        [
            (
                "Närvarande:",
                [
                    ("Maria Norrfalk (Ordförande)", "X"),
                    ("Christer Sjölin", "X"),
                    ("Ann Christin Jonell", "X"),
                    ("Anders Helldemar", "X"),
                    ("Chris Bales", "X"),
                    ("Per-Erik Sandberg", "X"),
                    ("Anna Lindström", "X"),
                    ("Håkan Sternberg (Sekreterare)", "X"),
                ],
            ),
            ("Inbjuden:", [("Åke Persson", "pkt 6")]),
            (
                "Förhinder:",
                [("Martin Bergdahl", "Förhinder", True), ("Anders Ahlgren", "Förhinder", True)],
            ),
        ],
    )
    doc.add_paragraph()
    for title, paragraphs_ in [
        (
            "1:Mötet öppnas av ordföranden",
            ["Ordförande förklarade mötet öppnat och hälsade alla välkomna."],
        ),
        ("2:Val av protokolljusterare", ["Per-Erik Sandberg utsågs att justera dagens protokoll."]),
        (
            "3: Föregående mötes minnesanteckningar",
            [
                "Protokollet från föregående möte gicks igenom.",
                "Beslut: Styrgruppen beslutade lägga protokollet till handlingarna",
            ],
        ),
        (
            "4: Regional strategi för miljöanpassade transporter",
            [
                "Föredragande: Ann Christin Jonell",
                "Ann Christin informerade om arbetet med den regionala transportstrategin. "
                "DalaMaTs har pågått i tre år, och kommer att jobba vidare ett år till. Just nu är "
                "den regionala transportstrategin en av huvuduppgifterna inom DalaMaTs. En "
                "skrivargrupp arbetar just nu fram ett textförslag, som kommer att presenteras den "
                "19 juni. I skrivargruppen ingår Lars Nord, Vägverket, Gunnar Fastén, Landstinget, "
                "Kent Söderlund, Region Dalarna, Magnus Eriksson, Länsstyrelsen och Kia Visén, "
                "DalaMaTs.",
                "Strategin kommer att bestå av två huvuddelar: del 1: Beslutsdel. Vision, mål och "
                "åtgärder, och del 2: Underlagsdel nuläge, analys och åtgärder.",
                "Mer om innehållet:",
                "1. Syftet med strategin",
                "2. Bakgrund transporter och miljöpåverkan",
                "3. Dalarnas transporter idag och i framtiden",
                "4. Framtida samverkan och Dala.MaTs framtid",
                "5. Insatsområden:",
                "- Fyrstegsprincipens användning i infrastrukturplaneringen",
                "- Transportsnål samhällsplanering",
                "- ",
            ],
        ),
    ]:
        bold_par(doc, title)
        for text in paragraphs_:
            doc.add_paragraph(text)
    save_docx(doc, OUT / "energiintelligent-dalarna-styrgruppen-2008-06-03.docx")


def region_uppsala_rs() -> None:
    doc = new_docx(header_text="Protokoll")
    bold_par(doc, "Protokoll", 14)
    docx_table(doc, [("Plats och tid:", "Regionkontoret, den 21 mars 2017, kl. 13:00 15:30")])
    doc.add_paragraph()
    attendance_table(
        doc,
        ("Beslutande:", "Närvarande", "Tjänstgör"),
        [
            (
                "",
                [
                    ("Börje Wennberg (S), ordförande", "X", ""),
                    ("Malena Ranch (MP), 1:e vice ordförande", "X", ""),
                    ("Nina Lagh (M), 2:e vice ordförande", "X", ""),
                    ("Bertil Kinnunen (S)", "X", ""),
                    ("Vivianne Macdisi (S)", "X", ""),
                    ("Majlene Ahlgren (S)", "X", ""),
                    ("Johnny Svahn (S)", "X", ""),
                    ("Thomas Eriksson (S)", "X", "ersättare för Ida Svensson (S)"),
                    ("Annika Forssell (MP)", "X", ""),
                    ("Erik Hemmingsson (MP)", "X", "ersättare för Jenny Lundström (MP)"),
                    ("Sören Bergqvist (V)", "X", ""),
                    ("Måns Vilhelmsson (M)", "X", ""),
                    ("Allan Kruukka (M)", "X", ""),
                    ("Bengt-Ivar Fransson (M)", "X", "ersättare för Vakant (M)"),
                    ("Johan Örjes (C)", "X", "ersättare för Lena Lundberg (L)"),
                    ("Anna-Karin Vaz Contreiras (KD)", "X", "ersättare för Carl Nettelblad (L)"),
                    ("Annika Krispinsson (C)", "X", ""),
                    ("Anna-Karin Klomp (KD)", "X", ""),
                    ("Simon Alm (SD)", "X", ""),
                ],
            ),
            (
                "Ersättare:",
                [
                    ("Tomas Andersson (S)", "X", ""),
                    ("Kerstin Ramdén (S)", "X", ""),
                    ("Sofia Burman Rogozinska (V)", "X", ""),
                ],
            ),
        ],
    )
    doc.add_paragraph()
    docx_table(
        doc,
        [
            (
                "Övriga deltagare:",
                "Staffan Isling, regiondirektör\nJakob Larsson, pressekreterare\n"
                "Jessica Bräck, sekreterare\nJessica Elgenstierna, presschef\n"
                "Jens Larsson, chefsjurist\nAnne-Li Lehnberg, politisk sekreterare\n"
                "Eva Wikström, HR-direktör\nOlle Romlin, politisk sekreterare\n"
                "Björn Larsson, ekonomichef\nSofia Löfkvist, politisk sekreterare\n"
                "Daniel Pettersson, politisk sekreterare\n"
                "Tove Forsberg, praktikant HR-avdelningen\n"
                "Charles Pylad, politisk sekreterare",
            ),
            (
                "Plats och tid för justering:",
                "Tisdagen den 28 mars 2017, Regionens hus, Storgatan 27, Uppsala",
            ),
            (
                "Underskrifter:",
                "Sekreterare Jessica Bräck Paragraf\nOrdförande Börje Wennberg\nJusterare "
                "Anna-Karin Klomp",
            ),
        ],
    )
    doc.add_paragraph()
    bold_par(doc, "ANSLAG/BEVIS")
    doc.add_paragraph("Justeringen har tillkännagivits genom anslag.")
    docx_table(
        doc,
        [
            ("Datum när anslaget sätts upp", ""),
            ("Datum när anslaget tas ner", ""),
            ("Förvaringsplats för protokoll", "Regionens hus, Storgatan 27, Uppsala"),
        ],
    )
    page_break(doc)
    doc.add_paragraph("Protokoll 2 (50)")
    bold_par(doc, "Innehållsförteckning")
    doc.add_paragraph("Val")
    save_docx(doc, OUT / "region-uppsala-regionstyrelsen-2017-03-21.docx")


KRONOBERG_LF_MEMBERS = (
    "Suzanne Frank m|Anna Fransson s|Paul Johansson c|Olle Sandahl kd|Karin Sjöblom fp|"
    "Lennart Värmby v|Michael Öberg mp|Kent Alriksson m|Rolf Andersson fp|Marita Bengtsson mp|"
    "Harald Bergström kd|Britt-Louise Berndtsson c|Rut Björkström kd|Annelill Davidsson c|"
    "Bruno Edgarsson c|Sonja Emilsson m|Agneta Eriksson v|Yngve Filipsson fp|"
    "Carl-Magnus Forslund m|Stefan Fredriksson s|Göran Giselsson m|Kjell Gustafsson c|"
    "Roland Johansson s|RosMarie Jönsson Neckö s|Ann-Charlotte Kakoulidou s|Janeric Kandenäs s|"
    "Lena Karlsson c|Kerstin Laakso Rungegård m|Ragnar Lindberg s|Eva Löfquist s|Marianne Nordin s|"
    "Mayken Nilsson s|Ester Petersson s|Joakim Pohlman s|Jan Sahlin m|Ingrid Salomonsson c|"
    "Ricardo Salsamendi s|Margareta Schlee m|Pernilla Sjöberg m|Michael Sjöö s|Ingemar Swalander m|"
    "Gunilla Svensson s|Tryggve Svensson v|Rolf Sällryd kd|Sten Wijkander s"
)


def kronoberg_landstingsfullmaktige() -> None:
    doc = new_docx(header_text="Landstingets kansli Kansliavdelningen/Marianne Hammarström")
    bold_par(doc, "PROTOKOLL", 14)
    doc.add_paragraph("Landstingsfullmäktige")
    docx_table(
        doc,
        [
            ("Tid:", "Måndagen den 21 april, kl ,"),
            ("Plats:", "Karl-Birger Blomdahlssalen, Konserthuset i Växjö"),
        ],
    )
    doc.add_paragraph()
    bold_par(doc, "37 Landstingsfullmäktiges öppnande")
    doc.add_paragraph(
        "Enligt utfärdad kungörelse från den 10 april 2008, sammanträder landstingsfullmäktige "
        "denna "
        "dag på Konserthuset i Växjö. Ordföranden förklarade sammanträdet öppnat."
    )
    bold_par(doc, "38 Upprop")
    doc.add_paragraph(
        "Upprop genomfördes av landstingsfullmäktiges ledamöter för mandatperioden vilka för "
        "innevarande period är:"
    )
    absent = {"Harald Bergström", "Tryggve Svensson"}
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    headings = ("Förnamn", "Efternamn", "Partibeteckning")
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    for entry in KRONOBERG_LF_MEMBERS.split("|"):
        name, party = entry.rsplit(" ", 1)
        first, last = name.split(" ", 1)
        cells = table.add_row().cells
        for cell, value in zip(cells, (first, last, party), strict=True):
            run = cell.paragraphs[0].add_run(value)
            run.font.strike = name in absent
    doc.add_paragraph()
    doc.add_paragraph(
        "Vid uppropet var samtliga ordinarie ledamöter närvarande förutom Harald Bergström och "
        "Tryggve Svensson. I deras ställe hade kallats in Nils-Erik Wetter och Wirginia Bogatic. "
        "Wirginia Bogatic var inte närvarande vid uppropet utan deltog från och med 50."
    )
    for line in [
        "Michael Sjöö var närvarande 1 66",
        "Ragnar Lindberg var närvarande 1 71",
        "Eva Löfquist var närvarande 1 71",
        "Ingemar Swalander var närvarande 1 71",
    ]:
        doc.add_paragraph(line)
    save_docx(doc, OUT / "landstinget-kronoberg-landstingsfullmaktige-2008-04-21.docx")


def atvidaberg_kf() -> None:
    doc = new_docx(header_text="Sammanträdesprotokoll")
    bold_par(doc, "Sammanträdesprotokoll", 14)
    doc.add_paragraph("Sida 1(18)")
    docx_table(
        doc,
        [
            (
                "Plats och tid",
                "Sessionssalen, Gamla kommunhuset, Åtvidaberg, "
                "onsdag den 29 augusti kl. 14.00-16.50",
            ),
            (
                "Beslutande",
                "Kommunfullmäktiges samtliga ledamöter med undantag för Lars Rasch (KP), Kenneth "
                "Axelsson (M) "
                "och Brittmari Svensson (S).\nNärvarande för fullmäktige tjänstgörande ersättare, "
                "bilaga",
            ),
            ("Ej tjänstgörande", ""),
            ("Närvarorätt", ""),
            (
                "Övriga närvarande",
                "Närvarande ej tjänstgörande ersättare, bilaga\n"
                "Jonas Fredriksson, biträdande kommunsekreterare",
            ),
            ("Utses att justera", "Elisabeth Edlund (S) och Astrid-Marie Jonsson (C)"),
            ("Justeringens plats och tid", "Kommunledningsförvaltningen, 2012-09-07"),
            (
                "Underskrifter",
                "Sekreterare Jonas Fredriksson\nOrdförande Hans Andersson\n"
                "Justerare Elisabeth Edlund Astrid-Marie Jonsson",
            ),
            ("Paragrafer", "76-86"),
        ],
    )
    doc.add_paragraph()
    bold_par(doc, "ANSLAG/BEVIS")
    doc.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
    docx_table(
        doc,
        [
            ("Organ", "Kommunfullmäktige"),
            ("Sammanträdesdatum", "2012-08-29"),
            ("Datum då anslaget sätts upp", ""),
            ("Datum då anslaget tas ned", ""),
            ("Förvaringsplats för protokollet", "Kommunledningsförvaltningen"),
            ("Underskrift", "Jonas Fredriksson"),
        ],
    )
    page_break(doc)
    doc.add_paragraph("Sida 2(18)")
    doc.add_paragraph(
        "Förteckning över kommunfullmäktiges ärenden Informationsärenden 76 77 78 79 80 81 82 "
        "83 84 85 86 "
        "Förändringar av kungörelsen Fråga till kommunfullmäktiges ordförande angående "
        "tidsaspekter för "
        "behandling av motioner Motion Utredning om Långbrottskolans framtid Treårsplan 2013 2015 "
        "Regionförbundet ÖSTSAM Valnämnden arvodering Riktlinjer för biståndshandläggning "
        "Kommunalförbundet ITSAMs upplåningsbehov för investeringar Fråga till kommunstyrelsens "
        "ordförande angående motionshantering Valärende Valärende kompletteringsval Valärende "
        "kompletteringsval Förteckning över kommunfullmäktiges ärenden Informationsärenden "
        "Förändringar "
        "av kungörelsen Fråga till kommunfullmäktiges ordförande angående tidsaspekter för "
        "behandling av "
        "motioner Motion Utredning om Långbrottskolans framtid Treårsplan 2013 2015 "
        "Regionförbundet "
        "ÖSTSAM Valnämnden arvodering Riktlinjer för bistånds"
    )
    save_docx(doc, OUT / "atvidaberg-kommunfullmaktige-2012-08-29.docx")


def hsb_letter() -> None:
    text = (SRC / "hsb-brf-skontorp-dags-att-motionera.txt").read_text("utf-8")
    blocks = [block.strip() for block in text.strip().split("\n\n") if block.strip()]
    doc = new_docx()
    bold_par(doc, blocks[0], 14)
    date, first = blocks[1].split(" Snart", 1)
    right = doc.add_paragraph(date)
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Snart" + first)
    for block in blocks[2:]:
        doc.add_paragraph(block)
    save_docx(doc, OUT / "hsb-brf-skontorp-brev-dags-att-motionera.docx")


# --------------------------------------------------------------------------- second batch


def boras_bra_oster() -> None:
    pdf = MinutesPdf(running_header="Stadsdelsförvaltningen Öster")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Brottsförebyggande rådet (BRÅ)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.ln(2)
    header_table(
        pdf,
        [
            ("Sammanträdesdag", "2015-02-17"),
            ("Tid:", "9:00 – 11.15"),
            ("Plats:", "Stora sammanträdesrummet plan 3, Våglängdsgatan 21"),
            (
                "Närvarande",
                "Ulf Sjösten, förste vice ordförande SDN Öster. t.o.m. punkt 5\n"
                "Gülsen Özdenkos, områdeschef skola\n"
                "Kjell-Åke Karlsson, områdeschef fritid\n"
                "Ulrika Johansson, tf områdeschef IFO barn och familj/ärendehandläggning ÄO\n"
                "Stefan Gustafsson, polisen\n"
                "Mikael Andersson, ungdomssamordnare\n"
                "Micael Johansson, AB Bostäder\n"
                "Karin Redberg, nämndsekreterare",
            ),
            (
                "Anmält förhinder",
                "Henry Linnsén, Södra Älvsborgs Räddningstjänstförbund\n"
                "Ida Legnemark, ordförande SDN Öster\n"
                "Eva Österlund Hjort, andre vice ordf SDN Öster\n"
                "Göran Carlsson, tf stadsdelschef",
            ),
            ("Adjungerade", "Marika Andersson, rektor Bodaskolan, t.o.m. punkt 4"),
        ],
    )
    paragraphs(
        pdf,
        [
            "## 1. Mötets öppnande och godkännande av dagordning",
            "Områdeschef IFO, Ulrika Johansson hälsar alla välkomna och förklarar mötet öppnat.",
            "Beslut: Dagordningen godkänns och informationen antecknas till protokollet.",
            "## 2. Föregående mötes protokoll",
            "Mötets ordförande Ulrika Johansson följer upp beslutspunkterna från föregående möte:",
            "Rutinerna för Fritid gällande narkotika har tagits upp på Centrala BRÅ den 5 februari "
            "för att eftersträva en likvärdighet över staden. Återkommer till ämnet under dagens "
            "möte punkt 3.",
            "Gällande BRÅ Öster handlingsplan har polisen genomfört drogutbildning inom vissa av "
            "stadsdelens verksamheter.",
            "Gällande den nya mötesplatsen på Hulta så har Stadsdelsnämnden Öster fattat beslut om "
            "att gå vidare med ärendet på nämndmötet den 15 december 2014, ärendet ligger nu hos "
            "lokalförsörjningsnämnden för beredning. Ämnet återkommer under dagens möte under "
            "punkt 8.",
            "Politikerna i stadsdelsnämnden Öster har beslutat att mångfaldsveckan ska återkomma "
            "under hösten 2015, någon gång under september eller oktober.",
            "I övrigt framkommer inga synpunkter och protokollet lägg",
        ],
    )
    pdf.output(str(OUT / "boras-bra-oster-2015-02-17.pdf"))


def landsbygdsnatverket_styrgrupp() -> None:
    text = (SRC / "landsbygdsnatverket-styrgruppen-2009-01-23.txt").read_text("utf-8")
    scanned_pdf(
        [page for page in text.strip().split("\n\n")],
        OUT / "landsbygdsnatverket-styrgruppen-23-januari.pdf",
    )


def regionforbundet_orebro_forbundsstyrelsen() -> None:
    # docplayer.se/6991371: four pages of the transcript, page numbers kept, scanned like the
    # Landsbygdsnätverket minutes above.
    text = (SRC / "regionforbundet-orebro-forbundsstyrelsen-2006-06-01.txt").read_text("utf-8")
    scanned_pdf(
        [page for page in text.strip().split("\n\n")],
        OUT / "regionforbundet-orebro-forbundsstyrelsen-2006-06-01.pdf",
    )


def regionforbundet_kalmar_styrelsen() -> None:
    # docplayer.se/2961043: three pages of the transcript, page numbers kept, scanned the same way.
    text = (SRC / "regionforbundet-kalmar-lan-styrelsen-2008-12-03.txt").read_text("utf-8")
    scanned_pdf(
        [page for page in text.strip().split("\n\n")],
        OUT / "regionforbundet-kalmar-lan-styrelsen-2008-12-03.pdf",
    )


def jonkoping_ledningsgrupp() -> None:
    doc = new_docx(header_text="Minnesanteckningar\t\t2015-01-29")
    docx_table(doc, [("Förvaltningsnamn", ""), ("Avsändare", "")], bold_labels=False)
    doc.add_paragraph()
    bold_par(
        doc,
        "Minnesanteckningar från möte med Ledningsgruppen för samverkan Region Jönköpings län "
        "och länets kommuner",
        13,
    )
    docx_table(
        doc,
        [
            ("Tid:", "2015-01-29, 15.00-17.00"),
            ("Plats:", "Regionens hus, (fd Landstingets kansli), Husargatan 4 i Jönköping, sal C"),
            (
                "Närvarande:",
                "Mats Bojestig\nAnn-Marie Schaffrath\nKatarina Ståhlkrantz\nAnders Åberg\n"
                "Elise Johansson (punkt 4)\nAnders Saldner\nUlla Henriksson\nGunnel Lundgren\n"
                "Sandra Widheimer\nJesper Ekberg (punkt 3)",
            ),
        ],
        bold_labels=False,
    )
    doc.add_paragraph("Frånvarande: Gun-Ann Öholm Jansson, Mats Spånberg och Göran Henriks")
    doc.add_paragraph(
        "Förslag till dagordning för dagens möte fastställs med följande tillägg; Information om "
        "förändringar i sjukhusorganiseringen i Region Jönköpings län, Information om Kommunalt "
        "forum, Gränsdragningsproblematik i hemsjukvården. Habiliteringsuppdraget och "
        "Läkemedelsprojektet."
    )
    bold_par(doc, "1.\tRapportering från de tre strategigrupperna")
    doc.add_paragraph().add_run("Psykiatri/missbruk").italic = True
    doc.add_paragraph(
        "Ulla Henriksson informerar om arbetet i strategigruppen psykiatri/missbruk. "
        "Strategigruppen saknar för närvarande en ordförande. Under strategigruppens möte har "
        "tillnyktringsenhet TNE diskuterats och de har delgivits rapport om Handlingsplanen "
        "Missbruk och beroende."
    )
    doc.add_paragraph(
        "Ulla informerar om att FoUrum har ett strategidokument för brukarmedverkan och "
        "rekommenderar att ledningsgruppen tar del av detta dokument. Mats Bojestig informerar om "
        "att Region Jönköpings län arrangerar träffar med brukarorganisationer, politiker och "
        "tjänstemän enligt ett gällande system. Gunnel Lundgren informerar om att de i kommunen "
        "genomför pensionärsråd som innebär vardagsnära möten, inom framförallt psykiatrin, med "
        "syfte att ta reda på vad brukarna tycker om oss. Det finns även kontaktpolitiker som "
        "minst fyra gånger per år ska träffa brukare. Katarina informerar om att skolan har "
        "flera olika forum för samråd, eleverna har till exempel själva elevråd, matråd m.m. Det "
        "formella inflytande fungerar men det reella inflytandet är svårare, de"
    )
    save_docx(doc, OUT / "region-jonkoping-ledningsgruppen-for-samverkan-2015-01-29.docx")


def vgr_samrad_pensionarsorganisationer() -> None:
    doc = new_docx(header_text="Protokoll")
    doc.add_paragraph("1 (8)").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_par(
        doc,
        "Protokoll från samråd för pensionärsorganisationer för norra hälso- och "
        "sjukvårdsnämnden den 19 september 2018",
        13,
    )
    docx_table(doc, [("Tid:", ""), ("Plats:", "Aulan, Vintergatan 8, Uddevalla")])
    doc.add_paragraph()
    attendance_table(
        doc,
        ("Närvarande", "", ""),
        [
            (
                "Ledamöter",
                [
                    ("Ulrik Hammar (L), norra hälso- och sjukvårdsnämnden", "", ""),
                    ("Anna-Lena Carlsson (C), norra hälso- och sjukvårdsnämnden", "", ""),
                ],
            ),
            (
                "Från pensionärsorganisationerna Ledamöter:",
                [
                    ("Hasse Karlsson", "PRO", ""),
                    ("Vivanne Gustavsson", "PRO", ""),
                    ("Marianne Jensen", "PRO", ""),
                    ("Peter Nagler", "PRO", ""),
                    ("Britta Rydberg", "PRO", "ersätter Hasse Johansson"),
                    ("Lars-Ove Petersson", "RPG", ""),
                    ("Marianne Munther", "RPG", "ersätter Gunilla Bratt FAS"),
                    ("Elsie Tyreman", "SPF", ""),
                    ("Eva Wenäll", "SPF", ""),
                    ("Ann-Britt Danielsson", "SPF", ""),
                    ("Evy Jessen", "SKPF", ""),
                    ("Aina Eliasson", "SKPF", ""),
                    ("Anne-Marie Söderström", "SKPF", ""),
                ],
            ),
            (
                "Övriga",
                [
                    ("Agneta Eriksson, enhet folkhälsa", "", ""),
                    ("Carina Hansson, enhet nämndsamordning", "", ""),
                    ("Ben Norman, nämndsekreterare", "", ""),
                ],
            ),
        ],
    )
    page_break(doc)
    doc.add_paragraph("2 (8)").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_par(doc, "Underskrifter")
    docx_table(
        doc,
        [
            ("Sekreterare:", "Ben Norman"),
            ("Ordförande:", "Ulrik Hammar (L)"),
            ("Justerare:", "Vivianne Gustavsson (PRO)"),
            ("Justerare:", "Elsie Tyreman (SPF)"),
        ],
    )
    page_break(doc)
    doc.add_paragraph("3 (8)").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_par(doc, "1 Val av justerare")
    bold_par(doc, "Beslut")
    doc.add_paragraph("1. Vivianne Gustavsson (PRO) utses att justera protokollet.")
    doc.add_paragraph("2. Elsie Tyreman (SPF) utses att justera protokollet.")
    bold_par(doc, "2 Den nationella folkhälsopolitiken")
    doc.add_paragraph(
        "Agneta Eriksson från enhet folkhälsa jobbar med nämndens folkhälsoarbete. Agneta har "
        "blivit inbjudan att prata om propositionen God och jämlik hälsa en utvecklad "
        "folkhälsopolitik. (2017/18:249). Presentationen bifogas till protokollet."
    )
    doc.add_paragraph(
        "Agneta visar en bild med åldersfördelningen för befolkningen i Västra Götaland. 20% av "
        "befolkningen är mellan 0 till 19 år och 20% är 65 år och äldre. Andelen äldre kommer att "
        "öka eftersom genomsnittsåldern ökar och det kommer bli en stor andel människor som är 65+ "
        "framöver. Det är väldigt viktigt att man gör insatser som gynnar den målgruppen. 14 juni "
        "2018 godkände riksdagen regeringens förslag om ett nytt övergripande"
    )
    save_docx(doc, OUT / "vgr-samrad-pensionarsorganisationer-norra-hsn-2018-09-19.docx")


# --------------------------------------------------------------------------- third batch


def norrtalje_utbildningsnamnden() -> None:
    """http://www.thurhammar.eu/UN/un060502.htm: the web page of a nämnd's protokoll, laid out as
    the municipality's template: a header table, the anslag block and the närvarolista with X
    columns (Närvaro Ja/Nej, Tid, Votering Ja/Nej). The page is cut inside the ersättare."""
    doc = new_docx(header_text="UN060502")
    bold_par(doc, "UN060502", 14)
    docx_table(
        doc,
        [
            (
                "Plats och tid",
                "Hotell- och restaurangprogrammet, Stockholmsvägen 55, Norrtälje, kl\n15.00-16.00",
            ),
            ("Beslutande", "Se närvarolista"),
            (
                "Program:",
                "Kl. 08.30-09.00 Kaffe och smörgås\n"
                "Kl. 09.00-10.00 Förvaltningen informerar om dagens ärenden\n"
                "Kl. 10.00-12.00 Information om HR i dag och i morron samt\nguidning i lokalerna\n"
                "(Agneta Stensell-Andersson/Britta Thalin-Larsson)\n"
                "Kl. 12.00-13.00 Lunch\n"
                "Kl. 13.00-15.00 Gruppsammanträden\n"
                "Kl. 15.00-16.00 Nämndsammanträde",
            ),
            (
                "Övriga deltagande",
                "Nils-Gunnar Bergander, utbildningschef\n"
                "Leif Thurhammar, bitr förvaltningschef (information under fm)\n"
                "Raija Engberg, förvaltningsekonom (information under fm)\n"
                "Margaretha Dalby, sekr",
            ),
            ("Utses att justera", "Per-Olof Lindell (s)"),
            (
                "Justeringens\nplats och tid",
                "Utbildningsnämndens förvaltningskontor 2006-05-10, kl. 15.00",
            ),
            (
                "Underskrift",
                "Sekreterare ......................................... Paragrafer 17-27\n"
                "Margaretha Dalby\n"
                "Ordförande .........................................\nNils Matsson\n"
                "Justerande .........................................\nPer-Olof Lindell",
            ),
        ],
    )
    doc.add_paragraph()
    bold_par(doc, "ANSLAG/BEVIS")
    doc.add_paragraph("Protokollet är justerat. Justeringen har tillkännagivits genom anslag")
    docx_table(
        doc,
        [
            ("Organ", "Utbildningsnämnden"),
            ("Sammanträdesdatum", "2006-05-02"),
            ("Datum för\nanslags uppsättande", "2006-05-11"),
            ("Datum för\nanslags nedtagande", "2006-06-01"),
            (
                "Förvaringsplats\nför protokollet",
                "Utbildningsnämndens förvaltningskontor, Estunavägen 14, Norrtälje",
            ),
            ("Underskrift", "................................................\nMargaretha Dalby"),
        ],
    )
    doc.add_paragraph("Utdragsbestyrkande")
    page_break(doc)
    bold_par(doc, "NÄRVAROLISTA", 12)
    attendance_table(
        doc,
        (
            "LEDAMÖTER",
            "",
            "Närvaro Ja",
            "Närvaro Nej",
            "Tid Kl. 09.00-12.00",
            "Votering Ja",
            "Votering Nej",
        ),
        [
            (
                "",
                [
                    ("Nils Matsson, ordf", "m", "x", "", "", "", ""),
                    ("Annili Caap", "m", "x", "", "", "", ""),
                    ("Louise Branting", "c", "x", "", "", "", ""),
                    ("Jane Trepp", "c", "x", "", "", "", ""),
                    ("Linda Bjernler", "fp", "x", "", "", "", ""),
                    ("Göte Waara", "kd", "x", "", "", "", ""),
                    ("Kristian Krassman, v ordf", "s", "x", "", "", "", ""),
                    ("Solveig Persson", "s", "x", "", "", "", ""),
                    ("Per-Olof Lindell", "s", "x", "", "", "", ""),
                    (
                        "Catharina Famer Erdtman",
                        "s",
                        "x",
                        "",
                        "Kl. 09.00-09.45; 10.30-12.00",
                        "",
                        "",
                    ),
                    ("Peter Jansson", "s", "x", "", "", "", ""),
                ],
            ),
            ("ERSÄTTARE:", [("G", "", "", "", "", "", "")]),
        ],
    )
    save_docx(doc, OUT / "norrtalje-utbildningsnamnden-2006-05-02.docx")


def main() -> None:
    kronoberg_run()
    finspang_kf()
    uppsala_kpr()
    norrtalje_kf()
    energiintelligent_dalarna_styrgrupp()
    region_uppsala_rs()
    kronoberg_landstingsfullmaktige()
    atvidaberg_kf()
    hsb_letter()
    boras_bra_oster()
    landsbygdsnatverket_styrgrupp()
    jonkoping_ledningsgrupp()
    vgr_samrad_pensionarsorganisationer()
    norrtalje_utbildningsnamnden()
    regionforbundet_orebro_forbundsstyrelsen()
    regionforbundet_kalmar_styrelsen()


if __name__ == "__main__":
    main()
