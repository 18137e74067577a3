"""The real text of the development part's DOCX and PDF documents, with the layout each is given.

Every string below is copied from the source named above it (and in dev/truth.yaml), spelling and
extraction glitches included. See layouts.py for what the blocks mean.
"""

# ruff: noqa: E501  (the sources' sentences are data; breaking them further would not help a reader)

from __future__ import annotations

X = "X"
DOCUMENTS: dict[str, dict] = {}


# http://docplayer.se/571068-Plats-och-tid-stora-sessionssalen-landstingshuset-froson-den-13-april-2000-kl-13-00-14-45.html
# Two pages of the transcript; docplayer's own page numbers dropped, the rest as transcribed.
DOCUMENTS["jamtland-landstingsstyrelsen-2000-04-13.pdf"] = {
    "format": "pdf-scan",
    "doc_title": "Sammanträdesprotokoll",
    "pages": [
        "Sammanträdesprotokoll 1 (15) Plats och tid Stora sessionssalen, landstingshuset, Frösön den 13 april "
        "2000 kl Beslutande Per-Owe Öberg Maidie Wiklund Mona Nyberg Thomas Hägg Bengt Bergqvist Karin "
        "Paulsson Jöran Hägglund Marianne Larm-Svensson Gunnar Geijer Anna-Britt Bromée Nina Fållbäck-Svenson "
        "Lars-Olof Eliasson Jan-Olof Dahlin Jan-Olof Andersson för Kurt Edlund Bo Danielsson för MonaLisa "
        "Norrman Övriga deltagande Ellen Hyttsten Staffan Granström Tina Bylander Åsa Norlin Helena Flodin "
        "Utses att justera Justeringens plats och tid Underskrifter Jöran Hägglund Sekreterare Paragrafer "
        "Staffan Granström Ordförande Justerande Per-Owe Öberg Jöran Hägglund BEVIS Justeringen har "
        "tillkännagivits genom anslag Organ Jämtlands läns landstingsstyrelse Datum för anslags uppsättande "
        "Förvaringsplats för protokollet Landstingets kansli, Fritzhemsgatan 1, Frösön Underskrift Åsa Norlin "
        "Datum för anslags nedtagande",
        "Jämtlands läns landsting Sammanträdesprotokoll 2 (15) 50 Fastställande av föredragningslista Enligt "
        "reglemente för landstingsstyrelsen ( 7) hade preliminär föredragningslista över de ärenden som avses "
        "bli behandlade vid sammanträdet utsänts till ledamöter och ersättare. 1. Ärende angående yttrande över "
        "betänkande Mat som medicin tas upp som ärende Preliminär föredragningslista fastställes i övrigt som "
        "slutlig föredragningslista. 51 Landstingsdirektörens rapport 1. Snabbrapport angående det ekonomiska "
        "läget för landstinget 2. Miljöcertifiering 3. Budgetpropositionen 4. Styrdokument för förvaltningarna "
        "5. Vårdbarometern 6. Flytt av Idrottens Hus 7. Arbetsläget inför sommaren vid Östersunds sjukhus "
        "8. Konsultrapport ang jäm",
    ],
}


# https://medlem.amnesty.se/styrelsemoten/org-540082007-mote-med-sektionens-styrelse-den-1-december-2007-0
# The web page's attendance list ("Ida Burlin X") becomes the Word table it was typed from.
DOCUMENTS["amnesty-sektionens-styrelse-2007-12-01.docx"] = {
    "format": "docx",
    "doc_title": "Protokoll",
    "blocks": [
        ("title", "PROTOKOLL"),
        ("para", [("Möte med sektionens styrelse den 1 december 2007", {"bold": True})]),
        (
            "table",
            ["Ledamöter", "Närvarande"],
            [
                ["Ida Burlin", X],
                ["Shirin Heidari", X],
                ["Sune Montán", "X, mötesordf. § 74-88"],
                ["Lisa Moraeus", X],
                ["Anna Nilsdotter", "X, mötesordf. § 89-97"],
                ["Jörgen Qwist", "Anmält förhinder"],
                ["Madelaine Seidlitz", "X, ej § 91-97"],
                ["Åsa Vinge", X],
                ["Suppleanter"],
                ["Andrea Bodekull", X],
                ["Ebba Hagander", X],
                ["Maria Landenius", X],
                ["Sekretariatet"],
                ["Lise Bergh", X],
                ["Dan Grundin", X],
                ["Fredrik Mattsson", X],
                ["Övriga"],
                ["Annica Blidegård", "X, § 84-89"],
            ],
        ),
        ("heading", "§74 Val av justerare/rapportör till Grupptrycket"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att utse Åsa Vinge till justerare/rapportör till Grupptrycket"),
        ("heading", "§75 Val av vice mötesordförande till nästa möte"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att utse Maria Landenius till vice mötesordförande till nästa möte."),
        ("heading", "§76 Protokoll från möte med sektionens styrelse 21 oktober 2007"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att lägga protokollet till handlingarna."),
        ("heading", "§77 Uppföljning av beslut"),
        ("para", "Styrelsen går igenom rapporten."),
        (
            "para",
            'Lise Bergh föreslår att rapporten "Uppföljning av beslut" framöver också ska innefatta uppdrag '
            "som ankommer på sekretariatet.",
        ),
        ("para", [("Beslut:", {"bold": True})]),
        (
            "para",
            "att från och med januarimötet 2008 även lägga till beslut som uppdragits åt sekretariatet "
            "alltsedan marsmötet 2007 till rapporten.",
        ),
        ("heading", "§78 Utvärdering av styrelsemötet 15-16 september 2007"),
        (
            "para",
            "Anna Nilsdotter sammanfattar i underlaget ledamöternas synpunkter från septembermötet och "
            "konstaterar att styrelsen överlag är nöjd med sina egna insatser på mötet men fortfarande kan bli "
            "bättre på att använda styrelseforumet och tillägger att det är viktigt att ledamöterna själva säger "
            "till om man uppfattar att en diskussion blir alltför operativ, vilket var något som framkom i "
            "utvärderingarna.",
        ),
        ("heading", "§79 Utvärdering av styrelsemötet 21 oktober 2007"),
        (
            "para",
            "Anna Nilsdotter sammanfattar i underlaget ledamöternas synpunkter från oktobermötet enligt "
            'följande: "Trots bra utvärderingar av underlag, diskussioner och mötesformer så kändes tydligen '
            "mötet mindre",
        ),
    ],
}


# http://docplayer.se/3725135-Minnesanteckningar-regionradsmote-umearegionen.html
# The first page's label/value block becomes the template's header table; the municipalities'
# names are the logo strip at the top of the template.
DOCUMENTS["umearegionen-regionradet-2012-06-12.docx"] = {
    "format": "docx",
    "doc_title": "Minnesanteckningar Regionrådsmöte Umeåregionen",
    "page_header": "Bjurholm Nordmaling Robertsfors Umeå Vindeln Vännäs",
    "page_footer": "Sida {page} av 8",
    "blocks": [
        ("title", "Minnesanteckningar Regionrådsmöte Umeåregionen"),
        (
            "kv",
            [
                ("Dag", "tisdagen den 12 juni 2012"),
                (
                    "Tid",
                    "lunch 12-13, hotell forsen, Vindeln\nmöte 13-17, Vindelns kommunkontor, KS sammanträdesrum",
                ),
                (
                    "Närvarande",
                    "Ingemar Nyman, Bjurholm\nDagmar Schröder, Bjurholm\nKurt-Allan Egelby, Bjurholm\n"
                    "Ulla-Maj Andersson, Nordmaling\nIngemar Sandström, Nordmaling\nDan Vähä, Nordmaling\n"
                    "Patrik Nilsson, Robertsfors\nLars Bäckström, Robertsfors\nKarl-Johan Bergmark, Robertsfors\n"
                    "Ewa-May Karlsson, Vindeln\nEric Thorstensson, Vindeln\nMattias Haglund, Vindeln\n"
                    "Johan Söderling, Vännäs\nUlf Eriksson, Vännäs\nÅsa Ågren Wikström, Vännäs\n"
                    "Lennart Holmlund, Umeå\nAnders Ågren, Umeå\nMikael Öhlund, Umeå\n"
                    "Lisa Andersson Lindberg, Umeåregionens kansli\nMaria Lundström, Umeåregionens kansli",
                ),
            ],
        ),
        ("break",),
        ("title", "Minnesanteckningar"),
        ("heading", "Mötet öppnas"),
        (
            "para",
            "Mötet öppnades av ordförande Johan Söderling. Två övriga frågor lades till dagordningen.",
        ),
        ("para", "Dagordningen godkändes."),
        ("heading", "2. Föregående möte"),
        ("para", [("Bilagor: ", {"italic": True}), ("RR_minnes_", {"italic": True})]),
        ("para", "Minnesanteckningar från föregående möte gicks igenom."),
        ("para", "Anteckningarna godkändes och lades till handlingarna."),
        ("heading", "3. Info Bemanning kansliet"),
        ("para", [("Föredragande: ", {"italic": True}), ("Eric Thorstensson", {"italic": True})]),
        (
            "para",
            "Eric Thorstensson informerade om läget när det gäller bemanningen av kansliet. Lisa A L ska vara "
            "föräldraledig fr.o.m. mitten av augusti 2012 från sin tjänst som kanslichef vid Umeåregionens "
            "kansli. Vidare informerades Regionrådet om att Lisa A L kommer att tillträda en ny tjänst efter sin "
            "föräldraledighet och alltså slutar vid Umeåregionens kansli. Regionrådet informerades kortfattat om "
            "läget angående rekrytering av vikarie för att ersätta Lisa A L. Rekrytering av ordinarie ersättare "
            "diskuterades kortfattat. Regionrådet konstaterade att man så snart som möjligt vill ha en ordinarie "
            "ersättare på plat",
        ),
    ],
}


# http://docplayer.se/2065178-Halsingeradet-protokoll-1-18-i-ludiksvall-acreo-fiber-lab-09-00-12-00.html
# A scanned and OCR-read original (I-ludiksvall for Hudiksvall, l3ollnäs for Bollnäs); four pages
# of the transcript, docplayer's page numbers dropped.
DOCUMENTS["halsingeradet-hudiksvall-acreo.pdf"] = {
    "format": "pdf-scan",
    "doc_title": "Hälsingerådet Protokoll",
    "pages": [
        "Hälsingerådet Protokoll 1(18) Sammanträdesdatum Plats och tid: Förtroendevalda: I-ludiksvall, Acreo Fiber Lab Beslutande: Marie Centenvall (s), l3ollnäs (ordförande) Ingvar Persson (m), Bollnäs Caroline Schmidt (c), 1-ludiksvall Mikael Löthstam (s), F-ludiksvall Monica Olsson (s), Nordanstig, Stig Eng (c), Nordanstig 1-låkan Englund(s), Ovanaker 1-lans Jonsson(c), Ovanaker Sven-Erik Lindestam (s), Söderhamn Magnus Svensson (c), Söderhamn Leif Persson (s), Ljusdal Lars Molin (m), Ljusdal Övdga deltagare: Utses att justera: Kjell Öhrström, Bollnäs kommun Bengt Friberg, 1 ludiksvalls kommun Claes Rydberg, Ljusdals kommun Christer Engström, Ovanåkers kommun Margareta 1-lögberg, Söderhamns kommun Kerstin Oremark, samordnare, 1-lälsingerådet Inga Malm, Bollnäs kommun Föredragande anges under respektive Magnus Svensson (c), Söderhamn Justeringens plats och tid: Underskrif ter: ~pragrater: ~ Sekreterare: Ordtörande: Kerstin Oremark Å&z (a tt{~ Marie Centerwall (s) Utdragsbestyrkande:",
        "Hälsingerådet Protokoll 2 (18) Sommantrödesdatum Justerande: Magnus Svensson (c) Utdrogsbestyrkande:",
        "Hälsingerådet Protokoll 3 (18) Sornmanlrödesdotum Bevislanslag Protokollet är justerat. Förvaringsplats tör protokollet 1 Iudiksvalls kommun Underskdft Kerstin Oremark Utdragsbestyrkoncie:",
        "Hälsingerädet Protokoll 4 (18) Sommonifädesdotum Innehålisförteckning Sid 78 Genomgang av föredragningslistan 5-79 Förcgaende protokoll 6 80 Information om Acreo I7iber Lab 7-81 Hälsingcgårdar 8 82 Gemensam gymnasie och vuxenutbildning 9 83 Gemensam HR-funktion Turismfrågor Avfallsutredningen 12 ~ 86 Årsberättelse/Resultat och balansräkning ~ 87 Revisionsberättelse Samordnare för Hälsingeradet Ekonomisk ra",
    ],
}


# https://5dok.org/document/zlgvkxoo-plats-galeasen-western-hotell-norra-v%C3%A4ttern-askersund-n%C3%A4rvarande.html
# The first page's label/value block becomes the template's header table; the source's own
# flattening of its two columns (Beslutande | Ersättare) is kept inside one cell, because the text
# does not say which names stood in which column. "Utdragsbestyrkande" is the template's footer.
DOCUMENTS["samordningsforbundet-sydnarke-2016-12-16.pdf"] = {
    "format": "pdf",
    "doc_title": "Protokoll",
    "page_footer": "Utdragsbestyrkande                                                  {page}",
    "blocks": [
        (
            "kv",
            [
                ("Plats och tid:", "Galeasen 2, Best Western Hotell Norra Vättern Askersund 2016-12-16 kl. 09.00-12.00"),
                ("Närvarande", "Beslutande: Ersättare:\nInger Trodell Dahl, ordförande\nAnette Schön Erling Johansson Ulrika Björklund\nCecilia Törnkvist\nLiisa Ejdenwik"),
                ("Närvarande, ej tjg ers:", "Unni Livengård"),
                ("Övriga deltagande:", "Raéd Shaqdih, Förbundschef Therése Hellström, Sekreterare Helena Karlsson Samordnare MT/CT Catarina Karlsson, Ekonom"),
                ("Justeringens tid och plats:", ""),
                ("Underskrifter:", "Paragrafer 84-100"),
                ("Sekreterare:", "………\nTherése Hellström"),
                ("Ordförande:", "………..\nInger Trodell Dahl"),
            ],
        ),
        ("break",),
        ("title", "ANSLAG/BEVIS"),
        ("para", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag"),
        (
            "kv",
            [
                ("Organ och §§:", "Samordningsförbundet Sydnärke"),
                ("Sammanträdesdatum:", "2016-12-16"),
                ("Anslag uppsättes:", "2016- Anslag nedtages tidigast: 2017-"),
                ("Förvaringsplats för protokollet:", "Kumla stadshus"),
                ("Underskrift:", "……….\nTherése Hellström"),
            ],
        ),
        ("break",),
        ("para", "§ 84 Mötets öppnande"),
        ("para", "§ 85 Godkännande av dagordningen"),
        ("para", "§ 86 Val av protokollsjusterare"),
        ("para", "§ 87 Föregående protokoll, rättelse av § 72, protokoll från 2016-10- 28."),
        ("para", "Beslutsärende"),
        ("para", "§ 88\n§ 89\n§ 90\n§ 91\n§ 92\n§ 93\n§ 94\n§ 95\n§ 96"),
        ("para", "Redogörelse för verksamheter och ekonomi, medverkande 3 förbundschef Raéd Shaqdih och ekonom Catarina Karlsson och"),
        ("para", "Helena Karlsson, samordnare MT/CT. Informationsärende Ansökan om medel till insatsen IPS-projektet. Beslutsärende"),
        ("para", "Ansökan om medel till insatsen Hallsbergsmodellen 5 – ASF som alternativ och komplement till befintlig arbetsmarknad."),
        ("para", "Beslutsärende"),
        ("para", "Ansökan om medel till insatsen KompetensKnuten."),
        ("para", "Beslutsärende"),
        ("para", "Olika meddelanden"),
        ("para", "Meddelande om tilldelning av statliga medel"),
        ("para", "Meddelande beträffande ansvarsfrihet från FK Meddelande från FK till NNS beträffande OH-kostnader"),
        ("para", "Internkontroll. Beslutsärende"),
        ("para", "Info. kring sjuktalen och sjukstatistiken Ö-o l"),
    ],
}


# http://docplayer.se/1192904-Sammantradesprotokoll-2005-13-sammantradesdatum-2005-09-07-sida-1-27.html
# Three pages of the transcript. The flattened attendance list becomes the table it was read from
# (name | "Ersättare för" | the time cell, whose digits the source lost); "ande" is the label as
# the source has it. The template's footer line and page header are the source's own.
KUNGALV_BESLUTANDE = [
    ["Miguel Odhner (s) Ordförande", "", ""],
    ["Bengt Gustafsson (m) Vice ordförande", "", ""],
    ["Morgan Hedman (s)", "", ""],
    ["Mats Frisell (s)", "", ""],
    ["Ingela Rossi (s)", "", ""],
    ["Yvonne Byberg (s)", "Ersättare för Gun Abrahamsson (s)", ""],
    ["Björn Saletti (v)", "", ""],
    ["Jan Abrahamsson (m)", "Ersättare för Ingemar Larsson (m)", ""],
    ["Håkan Olsson (fp)", "", "Kl , ,"],
    ["Elisabeth Mattsson (fp)", "Ersättare för Håkan Olsson (fp)", ","],
    ["Marianne Nilsson (kd)", "", "Kl"],
    ["Gun-Marie Daun (kd)", "Ersättare för Marianne Nilsson (kd)", ","],
    ["Rose-Marie Stenman (c)", "", ""],
    ["Ersättare"],
    ["Ingemar Karlsson (s)", "", ""],
    ["Jane Johansson Bredin (m)", "", "Kl"],
    ["Inga-Lill Söderberg (s)", "", ""],
    ["Niclas Palmqvist (s)", "", ""],
    ["Hans Henrikson (mp)", "", "Kl"],
    ["Eva Ivarson (fp)", "", ""],
]
KUNGALV_OVRIGA = [
    ["Linda Andersson", "Sekreterare", ""],
    ["Tord Linder", "Kommunchef", ""],
    ["Noel Cornér", "Informationschef", ""],
    ["Martin Rahl", "Kommunjurist", "285"],
    ["Lars-Olof Lindblad", "IT-strateg", "287, 288"],
    ["Margareta Alexandersson", "Uppdragskontoret chef", "288"],
    ["Magnus Gyllestad", "IT-samordnare FM", "288"],
    ["Eva Strandberg", "Ordf styrelsens för Kungälvs Energi AB (KEAB)", "289, 290"],
    ["Yngve Håkansson", "Vice ordförande KEAB", "289, 290"],
    ["Heine Nilsson", "Ledamot KEAB", "289, 290"],
    ["Fredrik Gullbrantz (s)", "Ledamot KEAB", "289, 290"],
    ["Jolanta Karlsson (s)", "Suppleant KEAB", "289, 290"],
    ["Stig Emanuelsson", "Suppleant", ""],
]
DOCUMENTS["kungalv-kommunstyrelsen-2005-09-07.docx"] = {
    "format": "docx",
    "doc_title": "Sammanträdesprotokoll",
    "page_header": "Sammanträdesprotokoll                Sida {page} (27)",
    "page_footer": "Protokollmall skapad ADRESS Nämndhuset Kungälv TELEFON vx FAX E-POST HEMSIDA",
    "blocks": [
        ("kv", [("Plats och tid", "Bohusrummet, Kl")]),
        ("table", ["ande", "", ""], KUNGALV_BESLUTANDE),
        ("kv", [("Sekreterare", "Linda Andersson"), ("Paragraf", ""), ("Ordförande", "Miguel Odhner (s)")]),
        ("para", [("Bevis/Anslag", {"bold": True})]),
        ("para", "Justering har tillkännagivits genom anslag"),
        (
            "kv",
            [
                ("Organ", "Kommunstyrelsen"),
                ("Datum då anslag sätts upp", ""),
                ("Förvaringsplats för protokollet", "Kommunsekretariatet"),
                ("Datum då anslag tas ner", ""),
                ("Underskrift", "Mona Thornberg"),
            ],
        ),
        ("break",),
        ("kv", [("Justerande", "Bengt Gustafsson (m)")]),
        ("para", [("Bevis/Anslag", {"bold": True})]),
        ("para", "Justering har tillkännagivits genom anslag"),
        (
            "kv",
            [
                ("Organ", "Kommunstyrelsen"),
                ("Datum då anslag sätts upp", ""),
                ("Datum då anslag tas ner", ""),
                ("Förvaringsplats för protokollet", "Kommunsekretariatet"),
                ("Underskrift", "... Linda Andersson"),
            ],
        ),
        ("break",),
        ("table", ["Övriga deltagare", "", ""], KUNGALV_OVRIGA),
    ],
}


# https://medlem.amnesty.se/styrelsemoten/org-540012002-mote-med-sektionens-styrelse-den-26-27-januari-2002
# The web page's two-column list (whose X marks for "Övriga" came out separated from the names)
# becomes the Word table it was typed from; members who had "anmält förhinder" are also struck
# through, as the template's member list does. The letterhead is the page header.
STRUCK = {"strike": True}
OVRIGA_2002 = [
    "Annah Bergström", "Marianne Blomquist", "Laila Brolin", "Rune Brolin", "Arne Bäckström",
    "Kerstin Bäckström", "Ann-Marie Carlsson", "Anna Eriksson", "Sixten Eriksson", "Olof Gustafsson",
    "Brita Hermansson", "Lena Hoffman", "Barbro Holmbäck", "Birgitta Hägglund", "Astrid Josefsson",
    "Birgitta Olsson", "Kjellove Persson", "Mary Rönnberg", "Lena Stiessel", "Inga Tengdelius",
    "Solveig Wikström", "Lisa Åström",
]  # fmt: skip
DOCUMENTS["amnesty-sektionens-styrelse-2002-01-26.docx"] = {
    "format": "docx",
    "doc_title": "PROTOKOLL NR 5/2001/2002",
    "page_header": "amnesty international\nsvenska sektionen svenska amnestyfonden",
    "blocks": [
        ("title", "PROTOKOLL NR 5/2001/2002"),
        ("para", [("Möte med sektionens styrelse den 26-27 januari 2002", {"bold": True})]),
        (
            "table",
            ["Ledamöter", "Närvarande"],
            [
                ["Hanna Roberts", "X, mötesordförande § 94 - § 106"],
                ["Christian Gräslund", X],
                ["Binnie Kristal-Andersson", X],
                ["Maria Eklund", "X, mötesordförande § 107 - § 115"],
                [[("David Langlet", STRUCK)], "anmält förhinder"],
                ["Tina Lundh", X],
                [[("Lotta Reimers", STRUCK)], "anmält förhinder"],
                [[("Maria Ros Jernberg", STRUCK)], "anmält förhinder"],
                ["Henrik Zetterquist", X],
                ["Suppleanter"],
                ["Carina Gröschner", X],
                ["Miriam Isaksson", X],
                ["Magnus Öhman", X],
                ["Sekretariatet"],
                ["Tessi Fickendey", "X, sekreterare"],
                ["Dan Grundin", X],
                ["Carl Söderbergh", X],
                ["Övriga"],
                *[[name, "X, § 105 - § 106"] for name in OVRIGA_2002],
            ],
        ),
        ("heading", "§ 94 Mötet öppnas"),
        ("para", "Ordförande Hanna Roberts hälsar alla välkomna och förklarar mötet öppnat."),
        ("heading", "§ 95 Val av justerare och rapportör till Grupptrycket"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att utse Henrik Zetterquist till rapportör till Grupptrycket samt till att, jämte ordförandena, justera protokollet."),
        ("heading", "§ 96 Val av ordförandereserv till nästa möte"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att välja Magnus Öhman till ordförandereserv för nästa möte."),
        ("heading", "§ 97 Fastställande av dagordning"),
        ("para", [("Beslut", {"bold": True})]),
        ("para", "att fastställa dagordningen med de tillägg och ändringar som fr"),
    ],
}


# http://docplayer.se/3086062-Protokoll-fort-vid-foreningen-nordens-styrelsemote-mandagen-den-16-september-2008.html
# A cover page, then the agenda template reused as the protokoll: a label/value header table and
# the two-column "Ärende/Notering | Beslut" table. The "2." of the second bilaga was lost in the
# source and stays lost; page numbers are the footer.
DOCUMENTS["foreningen-norden-styrelsen-2008-09-16.pdf"] = {
    "format": "pdf",
    "doc_title": "Protokoll",
    "page_footer": "{page}",
    "blocks": [
        ("title", "PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2008"),
        ("break",),
        ("heading", "Förslag till dagordning inför möte med Föreningen Nordens styrelse"),
        (
            "kv",
            [
                ("Datum:", "Tisdagen den 16 september 2008"),
                ("Tid:", "Kl"),
                ("Plats:", "Norra Latin/City Conference Center, (Norra Bantorget),"),
                (
                    "Närvarande ledamöter:",
                    "Kristina Persson, Stockholm, ordförande\nChristina Ericsson, Nyköping, viceordförande\n"
                    "Kristina Amnå, FNUF\nFredrik Harstad, Göteborg\nJan-Olof Hedström, Luleå\n"
                    "Carsten Jensen, Göteborg\nP O Lindencrona, Karlskrona\nEva Smekal, Stockholm\n"
                    "Per-Olof Widell, Uppsala\nAnna Sophie Liebst, personalrepresentant",
                ),
                ("Adjungerade (ständigt):", "Ingegerd Lusensky, rektor Biskops-Arnö\nMaria Dickmark, FNUF (ordförande)"),
                ("Närvarande tjänstemän:", "Britta Nygård, mötessekreterare\nMats Wallenius\nBarbro Orneman\nAnders Bergström, under punkt 10.3"),
                (
                    "Bilagor:",
                    "1. Ekonomisk rapport för första halvåret\nFörslag till ekonomisk placeringspolicy\n"
                    "3. Ang. Nordens tidning\n4. Utvärdering av fullmäktigebeslut\n5. Uppföljning av fullmäktigebeslut\n"
                    "6. Ang. nätbaserat medlemskap\n7. Förslag till skrivelse ang. nordiskt porto\n"
                    "8. Ang. tema för kommande årsböcker\n9. Ang. klimatprojektet\n10. Styrelseseminariet i Kungälv\n"
                    "11. Uttalande från Nordkalottkonferensen\n12. Kura skymning-seminarieprogram",
                ),
            ],
        ),
        (
            "table",
            ["Ärende/Notering", "Beslut"],
            [
                [
                    "1 Formalia\nOrdförande Kristina Persson öppnade mötet och hälsade alla välkomna och riktade ett särskilt välkommen till Anna Sophie Liebst som ny personalrepresentant och Maria Dickmark, adjungerad i sin egenskap av FNUFs ordförande.",
                    "",
                ],
            ],
        ),
        ("break",),
        (
            "table",
            ["Ärende/Notering", "Beslut"],
            [
                ["Därefter företogs en presentationsrunda av alla närvarande. Enligt tidigare rutin avhölls handelsbolagets möte först.", ""],
                ["1.1 Val av protokolljusterare", "Att utse Carsten"],
            ],
        ),
    ],
}


# http://spotidoc.com/doc/4409763/plats-och-tid-
# Two pages of a PDF of minnesanteckningar as spotidoc extracted it. The label/value block of the
# first page becomes the template's header table; the repeated page head (municipality, council,
# document kind, date) is the page header and "Justerandes sign / Utdragsbestyrkande / Sida n (3)"
# the footer, as on the original pages. The Symbol-font bullets came out as U+F0B7 and stay so:
# DejaVu has no glyph for them, so the PDF's text layer loses them, as such PDFs often do.
BULLET = "\uf0b7"
DOCUMENTS["nordmaling-folkhalsoradet-2015-01-14.pdf"] = {
    "format": "pdf",
    "doc_title": "Folkhälsoråd Minnesanteckningar",
    "page_header": "NORDMALINGS KOMMUN    FOLKHÄLSORÅD    MINNESANTECKNINGAR    Sammanträdesdatum 2015-01-14",
    "page_footer": "Justerandes sign                    Utdragsbestyrkande                    Sida {page} (3)",
    "blocks": [
        (
            "kv",
            [
                ("Plats och tid:", "Kommunhusets sammanträdesrum kl 13.00–14.30"),
                (
                    "Ordinarie ledamöter",
                    "Ingalill Jonsson, (m), ordförande\nMargareta Gustavsson, (s)\n"
                    "Ellinor Petersson, (kd), tjänstgörande ersättare",
                ),
                ("Ersättare", ""),
                (
                    "Övriga deltagare",
                    "Monica Samuelsson, sekreterare\nGun Mikaelsson, verksamhetschef Hälsocentralen\n"
                    "Harriet Hedlund,(s), nämnden för folkhälsa och primärvård",
                ),
            ],
        ),
        ("title", "Minnesanteckningar"),
        ("heading", "1. Mötets öppnande"),
        ("para", "Ingalill Jonsson, ordförande, hälsar deltagarna välkomna till dagens sammanträde."),
        ("heading", "2. Tidigare minnesanteckningar"),
        ("para", "Minnesanteckningarna från tidigare sammanträde diskuterades och läggs till handlingarna."),
        ("heading", "3. Nya sammanträdestider för folkhälsorådet"),
        ("para", "Förslag på nya sammanträdestider 16 april kl 08.30, 25 september kl 08.30 samt 10 december kl 08.30"),
        ("para", "Beslutas att godkänna de nya tiderna för Folkhälsorådets sammanträden."),
        ("heading", "4. Information om kommande arrangemang"),
        (
            "para",
            "- Föreläsning om Stroke planeras till den 17 mars 2015 kl 13.00 i samarbete med PRO, eventuellt "
            "reservdatum läggs till den 21 april (OASEN bokad)",
        ),
        ("para", "- Seniordag 1 september OASEN (OASEN bokad)"),
        ("para", f"Följande innehåll planeras:\n{BULLET} Mat\n{BULLET} Läkemedel\n{BULLET} Motion"),
        ("para", "Hälsocentralen presenterar sig och vårdvalet och vad detta innebär."),
        ("break",),
        ("heading", "5. Frågeställningar till verksamheterna"),
        (
            "para",
            f"Vid förra sammanträdet diskuterades följande frågor\n{BULLET} Finns några friskvårdsaktiviteter inom "
            f"verksamheterna?\n{BULLET} Hur arbetas det med förskolebarn vad gäller motion/mat, vad gör man i form av "
            f"rörelse och kost?\n{BULLET} Hur ser det ut i Nordmaling med droger?",
        ),
        ("para", "Beslutas att skicka ut frågeställningarna till berörda verksamheter."),
        ("heading", "6. Redovisning av Statistik för primärvården per kommun."),
        ("para", "Gun Mikaelsson föredrar en sammanställning om Primärvårdens områdesprofil."),
        ("para", "Hon redovisar bl a statistik kr"),
    ],
}


# http://spotidoc.com/doc/4350979/minnesanteckning-2015-09-22
# The first page as spotidoc extracted it (line breaks of the PDF joined into paragraphs). The
# label/value lines (Dag, Plats, Deltagare, Meddelat förhinder, Kopia för kännedom) become the
# template's header table; the date the notes were written, 2015-10-05, is the page header.
DOCUMENTS["rmpg-kvinnosjukvard-2015-09-22.docx"] = {
    "format": "docx",
    "doc_title": "Minnesanteckningar RMPG Kvinnosjukvård",
    "page_header": "2015-10-05",
    "blocks": [
        ("title", "Minnesanteckningar RMPG Kvinnosjukvård"),
        (
            "kv",
            [
                ("Dag:", "22-23 sep 2015"),
                ("Plats:", "Hooks Herrgård, Hook"),
                (
                    "Deltagare:",
                    "Gunnel Lindell (ordf.), KK Kalmar\nLena Arvidsson, KK Västervik\n"
                    "Christina Gunnervik, KK Värnamo\nMaria Engman, KK Eksjö\n"
                    "Ninnie Borendal Wodlin, KK Linköping\nAgneta Werner, KK Norrköping (MLA)\n"
                    "Per Rosenberg, Onkologiska kliniken Linköping\nBirgitta Gustavsson-Borg, KK Jönköping\n"
                    "Henning Elvtegen, sekr. Östergötland, Ledningsstaben",
                ),
                ("Meddelat förhinder:", "Anders Martinsson, KK Norrköping"),
                ("Kopia för kännedom:", "Elisabeth Kristiansen, centrumchef, BKC, US"),
            ],
        ),
        ("heading", "1. Minnesanteckningar från föregående möte (Gunnel)"),
        ("para", "Inga anmärkningar på minnesanteckningarna från RMPG:s möte 150309 gjordes."),
        ("para", "Minnesanteckningarna läggs till handlingarna."),
        ("heading", "2. Arbete med RMPG KK:s Strategiska rapport"),
        ("para", "En diskussion förs om värdet av en strategisk rapport."),
        ("para", [("RMPG Konklusion:", {"bold": True})]),
        ("para", "- En strategisk rapport tas fram under tidigt höst varje år."),
        (
            "para",
            "- Den strategiska rapporten arbetas fram av RMPG vid gruppens höstmöte. Rapporten ska bygga på "
            "innehållet i de 6 kvalitetsgruppernas årsrapporter, vilka ska vara färdiga senast ett par veckor "
            "innan RMPG:s höstmöte.",
        ),
        ("para", "- Den strategiska rapporten består av två delar:"),
        (
            "para",
            "o En inledande del i vilken RMPG sammanfattar de viktigaste strategiska utmaningarna och områdena "
            "inför kommande år, med grund i kvalitetsgruppernas rapporter",
        ),
        (
            "para",
            "o En fördjupande del kallad ”RMPG:s samlade kvalitetsrapporter 20XX” där kvalitetsgruppernas "
            "årsrapporter i sin helhet infogas.",
        ),
        (
            "para",
            "o Den strategiska rapporten ger på detta sätt en totalbild över arbetet som bedrivs i RMPG och dess "
            "kvalitetsgrupper.",
        ),
        ("para", "-"),
        ("para", "Den strategiska rapport som ges ut exempelvis hösten år 2015 kommer att innehålla resultat från 2014."),
        (
            "para",
            "I mars månad 2016 lämnas RMPG:s årsrapport för föregående år in. Om kvalitetsgrupperna eller enskilda "
            "individer har möjlighet att i tid till årsrapportens resultatbilaga ta fram preliminära resultat för "
            "närmast föregående å",
        ),
    ],
}


# http://docplayer.se/2967248-Saffle-kommun-protokoll-1.html
# Six pages of the transcript; docplayer's own page numbers dropped, the rest as transcribed (the
# label "Beslutande" came out as "ande", the time and every date were lost). Drawn as a scanned
# protokoll whose OCR layer holds each page on one line.
DOCUMENTS["saffle-kommunfullmaktige-kf-113-117.pdf"] = {
    "format": "pdf-scan",
    "doc_title": "SÄFFLE KOMMUN PROTOKOLL",
    "pages": [
        "SÄFFLE KOMMUN PROTOKOLL 1 Paragrafer Plats och tid Säfflesalen, Stadshuset, klockan ande Enligt bifogad "
        "närvarolista Tjänstgörande - - ersättare Övriga deltagare Ingrid Strengsdal, administrativ chef Louise "
        "Moosberg, kommunsekreterare Protokolljusterare Margareta der Nederlanden, Gunnel Clettborn Underskrifter "
        "Sekreterare... Louise Moosberg Ordförande... Birger Larsson Justerare... Margareta der Nederlanden... "
        "Gunnel Clettborn BEVIS OM ANSLAG Instans Kommunfullmäktige Sammanträdesdatum Justeringsdatum Tidigast "
        "datum för Anslagsdatum anslagets nedtagande Protokollets Kommunledningskontoret, förvaringsplats "
        "kanslienheten Namnteckning...",
        "SÄFFLE KOMMUN PROTOKOLL 2(24) Kf 113 Fastställande av dagens föredragningslista Ordföranden redogör för "
        "ändringar i dagens föredragningslista. Kommunfullmäktige fastställer föredragningslistan med redovisade "
        "tillägg och ändringar.",
        "SÄFFLE KOMMUN PROTOKOLL 3(24) Kf 114 Information Rädda Barnens arbete i Värmland Marianne Ankarstrand "
        "och Marita Fälten informerar om Rädda Barnens arbete i Värmland.",
        "SÄFFLE KOMMUN PROTOKOLL 4(24) Kf 115 Dnr Ks Redovisning av enkätsvar provsmakning av den kylda maten "
        "Kommunsekreterare Louise Moosberg redovisar svaren på den enkätundersökning som genomfördes i samband med "
        "Owe Edmans interpellation.",
        "SÄFFLE KOMMUN PROTOKOLL 5(24) Kf 116 Ajournering Sammanträdet ajourneras Vid förnyat upprop är alla "
        "ledamöter och tjänstgörande ersättare närvarande.",
        "SÄFFLE KOMMUN PROTOKOLL 6(24) Kf 117 Dnr Ks Anmälan av länsstyrelsens beslut att utse Åke Karlsson till "
        "ny ledamot i kommunfullmäktige för Arbetarepartiet Socialdemokraterna efter Arne Kyrk. Anmälan av "
        "länsstyrelsens beslut att utse Åke Karlsson till ny ledamot i kommunfullmäktige för Arbetarepartiet "
        "Socialdemokraterna efter Arne Kyrk. sunderlag Kommunfullmäktiges protokoll,",
    ],
}


# http://www.docstoc.com/docs/116804059/Landstingsstyrelsens-protokoll-040429
# The front page as docstoc extracted it: the title block, the beslutande set in two columns (which
# the extraction ran side by side on each line, so they are a two-column grid here), Sekreterare,
# the two justering dates, the anslag notice, then the table of contents with its page numbers on
# the next page. docstoc's own lines ("Document Sample", "Powered By Docstoc") are dropped.
DOCUMENTS["norrbotten-landstingsstyrelsen-2004-04-29.pdf"] = {
    "format": "pdf",
    "doc_title": "Landstingsstyrelsens protokoll 040429",
    "page_footer": "{page}",
    "blocks": [
        ("title", "Landstingsstyrelsens\nprotokoll"),
        ("para", "Sammanträdet den 29 april 2004"),
        ("para", "§ 54–75"),
        ("heading", "Beslutande"),
        (
            "grid",
            [
                ["Yvonne Stålnacke (s), ordförande", "Folke Spegel (s)"],
                ["Kenneth Backgård (ns)", "Ann-Christine Åström (ns)"],
                ["Kent Ögren (s), vice ordförande", "Bengt Ek (s), § 54–59"],
                ["Margareta Henricsson (ns)", "Stefan Tornberg (c)"],
                ["Marita Björkman (s)", "Agneta Granström (mp)"],
                ["Doris Messner (ns), § 54–59", "Maria Holmquist (v)"],
                ["Monica Carlsson (v), § 54–59", "Lars Wikström (kd), ersättare"],
                ["Maria Salmgren (m)", "Handläggare"],
                ["", "Enligt särskild förteckning"],
            ],
        ),
        ("heading", "Sekreterare"),
        ("para", "Gunder Berg"),
        (
            "grid",
            [
                ["Justerat den 3/5 2004", "Justerat den 4/5 2004"],
                ["Yvonne Stålnacke, ordförande", "Maria Salmgren, justerare"],
            ],
        ),
        ("heading", "Bevis"),
        (
            "para",
            "Justeringen har tillkännagivits genom anslag på landstingets officiella anslagstavla den\n"
            "4/5 2004. Överklagandetiden utgår den 25/5 2004.",
        ),
        ("para", "Gunder Berg"),
        ("break",),
        ("heading", "LANDSTINGSSTYRELSEN DEN 29 APRIL 2004"),
        (
            "grid",
            [
                ["Val av protokolljusterare", "4"],
                ["Slutlig föredragningslista", "4"],
                ["Närvarorätt", "4"],
                ["För kännedom", "4"],
                ["Rapporter från styrelseledamöter", "4"],
                ["Landstingsdirektörens rapport", "5"],
                ["Delrapport 1 om Norrbottens framtida hälso- och sjukvård", "14"],
                ["Revisionsrapport om landstingsstyrelsens ansvarsutövning", "19"],
                ["Revisionsrapport om patientnämnden", "19"],
                ["Revisionsrapport om årsredovisning 2003", "20"],
                ["Revisionsskrivelse om upphandlingsrutiner", "21"],
                ["Anslag för alternativa tränings- och behandlingsmetoder", "22"],
                ["Ombyggnad av operationssalar vid Piteå älvdals sjukhus", "23"],
                ["Fördelning 1/04 av landstingets forsknings- och utvecklingsanslag", "23"],
                ["Slutrapport från utredning om Norrbottensteaterns associationsform", "24"],
                ["Yttrande över betänkandet (SOU 2003:121) Internationella\nkulturu", ""],
            ],
        ),
    ],
}


# http://docplayer.se/1606905-Kommunforbundet-norrbotten-sammantradesprotokoll-sida-sammantradesdatum-styrelsen-2006-02-09-1-19.html
# Three pages of the transcript in the template they came from: the page head (organisation,
# document kind, page, "Sammanträdesdatum", organ) as the page header, the first page's
# label/value block as the header table, the paragraphs after a page break each. The transcript
# lost every "§", the closing parentheses after the party letters and the meeting's date (the
# "Sammanträdesdatum" field and "Plats och tid" hold none); they stay lost.
DOCUMENTS["kommunforbundet-norrbotten-styrelsen-utan-datum.docx"] = {
    "format": "docx",
    "doc_title": "Sammanträdesprotokoll Styrelsen",
    "page_header": "KOMMUNFÖRBUNDET NORRBOTTEN    SAMMANTRÄDESPROTOKOLL    Sida {page}(19    Sammanträdesdatum    Styrelsen",
    "blocks": [
        (
            "kv",
            [
                ("Plats och tid", "SWECO-huset, V Varvsgatan 11, Luleå. Sammanträdesrummet 4 ½ tr"),
                (
                    "Beslutande",
                    "Bo Johansson, Älvsbyn, (s, ordförande\nMaj-Britt Lindström, Piteå, (s\nChristian Lindgren, Boden, (s\n"
                    "Annika Eriksson, Luleå (mp, tjg ers\nKenneth Stålnacke, Kiruna, (s, t o m 15\n"
                    "Margaretha Lindbäck, Luleå, (s\nLars Alriksson, Malmberget, (m\nLars Häggström, Arvidsjaur, (m\n"
                    "Jan Larsson, Pajala, (v\nBrith Fäldt, Piteå, (v",
                ),
                (
                    "Övriga deltagande",
                    "Eva Nilsson, Överkalix, (s, ers, t o m 15\nRaimo Päkkö, Haparanda, adj\n"
                    "Karl Bergdahl, kansliet, t o m 15\nIngrid Carlenius, kansliet, t o m 15\n"
                    "Björn Eriksson, kansliet, t o m 15\nKjell-Åke Halldén, kansliet, t o m 15\n"
                    "Birgit Nordlander, kansliet, t o m 17\nAnita Lindfors, kansliet, t o m 15\n"
                    "Pär Röckner, kansliet, 16\nÅsa Sturk, kansliet, sekr\n"
                    "Stefan Sjöberg, Övre Norrlands Kreditgarantiförening, 15",
                ),
                ("Utses justera", "Kenneth Stålnacke"),
                (
                    "Underskrifter",
                    "Sekreterare. Paragrafer: 1-18\nÅsa Sturk\nOrdförande. Bo Johansson\nJusterande.. Kenneth Stålnacke",
                ),
            ],
        ),
        ("break",),
        ("para", "Styrelsen"),
        ("heading", "1 Delgivningar"),
        (
            "para",
            'a Yttrande över "Stärkt konkurrenskraft och sysselsättning i en ny geografi - en samlad förvaltning '
            'med politisk styrning", SOU 2005:93.\nb Protokoll från Länshandikapprådet\nc Protokoll från '
            "Tillväxtberedningen\nd Beslut från Socialstyrelsen ang stöd för FoU Äo med kr.\ne Förteckning över "
            "utsända cirkulär samt inkomna svar.",
        ),
        ("para", "lägga delgivningarna till handlingarna."),
        ("break",),
        ("heading", "2./. Bilaga. Rapporter från rapportörerna"),
        (
            "para",
            "Föreligger skriftlig årsrapport från rapportör för barn- och utbildningsfrågor.\nBo Johansson "
            "rapporterar muntligen från Europaforum - Nordliga dimensionen. Uppgörelsen om EU:s långtidsbudget "
            "budget innebär norra Sverige förlorat sin status som Mål 1 område. H",
        ),
    ],
}


# https://medlem.amnesty.se/styrelsemoten/org-540061992-mote-med-sektionens-styrelse-den-19-20-sept-1992
# The page's attendance list ("Rigmor Argren X", "Siv Erikson anmält förhinder") becomes the Word
# table it was typed from; the '§' runs and the stray 'l' bullets of the page are kept as they are.
DOCUMENTS["amnesty-sektionens-styrelse-1992-09-19.docx"] = {
    "format": "docx",
    "doc_title": "PROTOKOLL NR 3/92-93",
    "page_header": "SW-ORG 72/06/92",
    "blocks": [
        ("title", "PROTOKOLL NR 3/92-93"),
        ("para", [("Möte med sektionens styrelse den 19-20 sept. 1992", {"bold": True})]),
        (
            "table",
            ["Ledamöter", "Närvarande"],
            [
                ["Rigmor Argren", X],
                ["Rose-Marie Asker", X],
                ["Thomas Back", X],
                ["Magnus Brattgård", "§ 44-58, 66-74"],
                ["Magnus Breidne", "§ 66-74"],
                [[("Siv Erikson", STRUCK)], "anmält förhinder"],
                ["Jesper Hansén", X],
                ["Berit Inde", "§ 44-58, 66-71"],
                ["Annika Lindgren", "§ 72-74"],
                ["Eva Malmstedt", X],
                ["Christine Pamp", "§ 50-58, 66-72"],
                ["Suppleanter"],
                ["Jan Odqvist", "§ 73"],
                [[("Madelaine Seidlitz", STRUCK)], "anmält förhinder"],
                ["Maj-Britt Vianden", X],
                ["Övriga"],
                ["Gabi Björsson", "§ 52-59, 62-63, 72-74"],
                ["Kristina Båth", "§ 48-59, 62-63, 71-74"],
                ["Anita Klum", X],
                ["Stig Lantto", "§ 73"],
                ["Lovisa Stannow", "§ 69-70"],
                ["Göran Svedin", "sekreterare"],
            ],
        ),
        (
            "kv",
            [
                ("Mötesordförande", "Rose-Marie Asker § 44 - 65"),
                ("", "Magnus Breide § 66 - 74"),
            ],
        ),
        ("heading", "§44 Val av justerare"),
        ("para", "Beslut att välja Maj-Britt Vianden till justerare av protokollet."),
        ("heading", "§45 Fastställande av dagordning"),
        ("para", "Beslut att mötet med Lars Ronnås utgår och att i övrigt fastställa den föreslagna dagordningen med följande tillägg:"),
        ("para", "l Ansökan om garantipengar"),
        ("para", "l Rapport från distriktsombudsmötet"),
        ("para", "l Översyn av det internationella mediearbetet"),
        ("para", "l Direktiv för 59-gruppen"),
        ("heading", "§46 Rapport till Amnestydebatt"),
        ("para", "Beslut att uppdra åt Magnus Brattgård att skriva en rapport från detta styrelsemöte för publicering i Amnesty Debatt."),
        ("heading", "§47 Val av ordförande, reserv, för nästa möte"),
        ("para", "Beslut att välja Magnus Brattgård till ordförande, reserv, för nästa möte."),
        ("heading", "§48 Protokoll från styrelsens möte den 13-14 juni 1992"),
        ("para", "Beslut att lägga protokollet till handlingarna."),
        ("heading", "§49 Utvärdering av styrelsemötet den 13-14 juni 1992"),
        ("para", "Kristina Båth presenterar ett förslag till uppföljning av utbildningsdagen som före-gick styrelsemötet i juni. Utbildningsdagen fokuserades på frågor om målstyrning, arbetsklimat inom styrelsen och samsyn på styrelsens roll i planerings-och besluts-processen."),
        ("para", "Styrelsen anser att en utbildningsdag kopplad till det inledande mötet för mandatperioden g"),
    ],
}


# http://spotidoc.com/doc/4190108/minnesanteckningar-bbu-2015-08
# The web transcript's lines, laid out as the Word template they came from: the document's name
# (spotidoc's title) as the page header, Tid and Plats as a label/value table, and each attendee
# as a row of name and role (split at the first comma). The text ends where the excerpt ends.
DOCUMENTS["jonkoping-bbu-minnesanteckningar-2015-08-31.docx"] = {
    "format": "docx",
    "doc_title": "Minnesanteckningar BBU 2015-08",
    "page_header": "Minnesanteckningar BBU 2015-08",
    "blocks": [
        ("title", "Minnesanteckningar"),
        ("para", [("Beredningsgruppen för barn-och ungdom (BBU)", {"bold": True})]),
        ("kv", [("Tid:", "31 augusti kl. 13.15-16.00"), ("Plats:", "Esplanadrummet, Stadshuset, Huskvarna")]),
        ("para", [("Närvarande:", {"bold": True})]),
        (
            "grid",
            [
                ["Susanne Törnvall", "chef barn-och elevhälsoenheten utbildningsförvaltningen"],
                ["Marie Andréasson", "processamordnare, socialtjänsten IFO barn och ungdom"],
                ["Stellan Karlsson", "processamordnare utbildningsförvaltningen"],
                ["Åsa Ekman", "barnstrateg stadskontoret"],
                ["Åsa Jonsson-Sköld", "IFO-chef socialtjänsten"],
                ["Elisabet Öhrman", "kommunalrådssekreterare stadskontoret"],
                ["Annika Åberg-Blomqvist", "bitr verksamhetschef barn- och ungdomspsykiatriska kliniken"],
                ["Sara Elofsson", "enhetschef barn- och ungdomshälsan"],
                ["Lena Lück", "samordnare barn och ungdomssamverkan (SBU) kultur-och fritidsförvaltning"],
            ],
        ),
        ("para", [("Frånvarande:", {"bold": True})]),
        (
            "grid",
            [
                ["Anna Karlefjärd", "utveckling-och kvalitets chef utbildningsförvaltningen"],
                ["Mazar Alijevski", "avdelningschef ung fritid kultur-och fritidsförvaltningen"],
                ["Martina Larsson", "vårdenhetschef barn- och ungdomsenheten"],
            ],
        ),
        ("heading", "Dagordning"),
        ("heading", "1. Välkommen"),
        ("heading", "2. Dagordning"),
        ("para", "Dagordningen gicks igenom."),
        ("heading", "3. Frågor från planeringdag (Gyllene Uttern) i juni?"),
        ("para", [("Susanne", {"italic": True})]),
        ("para", [("Orosanmälan", {"bold": True})]),
        ("para", "Frågan angående behov av utbildning gällande orosanmälan har väckts politiskt samt utpekats som ett utvecklingsområde i Barnbokslut 2014."),
        ("para", "Inom socialtjänsten finns det ett uppdrag att ta fram en webbutbildning som riktar sig till sin personal inom socialtjänsten. Socialtjänstens mottagningssekreterare erbjuder sig via utskick att komma ut till skolorna och utbilda kring orosanmälan. Erbjudande skickas ut till alla grundskolor och specialskolor. Gymnasieskolor kommer man ut till på respektives skolas initiativ."),
        ("para", [("Skolfrånvarokonferenser i höst", {"bold": True})]),
        ("para", [("Marie/Stellan", {"italic": True})]),
        ("para", "Konferens om barn och unga som står utanför eller hoppat av skolan är planerade att genomföras vid två tillfällen. Inriktning för grundskolan torsdag 5 nov, inriktning för gymnasieskolan fredag 13 november. Den sistnämnde konferensen genomförs om den efterfrågas av gymnasiecheferna. Vi disk"),
    ],
}


# http://docplayer.se/3810861-Motet-oppnas-inledning.html
# The transcript's first page (docplayer's page number dropped) as a scanned page with a one-line
# OCR layer; the '1 2' inside it is the original's page foot and head as transcribed.
DOCUMENTS["svenska-gymnastikforbundet-styrelsen-2015-02-02.pdf"] = {
    "format": "pdf-scan",
    "doc_title": "Protokoll nr 374",
    "pages": [
        "Mötet öppnas inledning Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikförbundets "
        "STYRELSE måndagen den 2 februari 2015 på Idrottens Hus, konferensrum Rosen, Stockholm. Närvarande: "
        "Malin Eggertz Forsmark (ordf.), Suzanne Lundvall, Anders Caspár (- 16), Per Malmborg, Lars Mörk, "
        "Tina Sahlén samt Patrik Tengwall. Dessutom närvarande: Johan Fyrberg, Kjell Adolfsson och Carl-Åke "
        "Myrsell, Pia Josephson ( 9-12), Lena Lindahl och Jonas Juhl ( 17) Förhindrade: Edit Eriksson och "
        "Ingela Nilsson Ordförande hälsar alla välkomna till dagens möte och vänder sig speciellt till Johan "
        "Fyrberg som gör sitt första riktiga styrelsesammanträde i sin roll som generalsekreterare. "
        "GS-reflektioner GS inleder mötet med att ge sina reflektioner från de första två månaderna. Svenska "
        "Gymnastiks utvecklingsmodell och Uppförandekoden utgör drivkraften i förbundets verksamhet och "
        "bidrar till att förstå och förklara förbundets sammanhang. Det är tydligt att Svenska "
        "Idrottsrörelsen 2.0 (RF/SISU:s material om framtidens idrottsrörelse) samt RF:s strategiska "
        "inriktning harmoniserar med SvGF utvecklingstankar. GS lyfter också fram utmaningen kring att å ena "
        "sidan med en mångfald, och med en på kort tid ökande inkludering av en rad olika verksamheter och "
        "kulturer, baserat på idén rörelsen hela livet. Med att å andra sidan värna om särarten och "
        "identitetsskapandet, att kunna samla många olika särarter med respekt för varandra utan att ta bort "
        "det individuella uttrycket och särartens betydelse. 1 2 Positivt bemötande i samband med "
        "regionsbesök samt under utbildningsaktiviteter i januari. Viktigt att konstatera att "
        "värdegrundsarbetet/uppförandekoden fungerar, men vår organisation släpar efter arbetet med att hitta"
        " hållbara metoder för uppföljning och efterlevnad behöver utvecklas. GS reflektion är att "
        "Gymnastikförb"
    ],
}


# https://docplayer.se/amp/39402809-Olle-edgren-kommunchef-gunilla-nystrom-kommunsekreterare-jorn-okan-och-tobias-eriksson-karl-johan-adolfsson.html
# Three pages of the transcript (reader-8f): the front page's label/value block becomes the
# template's header table, the members' list on page 2 the one-column table it was typed from,
# and 'X (parti), ersättare för Y (parti)' a table with an 'ersättare för' column. The address
# line is the template's footer; the page numbers its header.
SUNNE_LEDAMOTER = [
    "Ola Persson (C)", "Gunilla Ingemyr (C)", "Lena Gynnemo (C)", "Bengt Hedelin (C)",
    "Mirja Lundström (C)", "Kjerstin Persson (C)", "Ida Nilsson (C)", "Inge Andersson (C)",
    "Anna-Greta O Berggren (C)", "Karl-Johan Adolfsson (C)", "Bengt Gullström (C)",
    "Camilla Forslund (C)", "Elisabeth Olsson (C)", "Jan-Evert Rådhström (M)", "Jörn Okan (M)",
    "Åsa Rådhström (M)", "Robert Pedersen (M)", "Kerstin Sundén Bergqvist (M)",
    "Marianne Åhman (FP)", "Emanuel Olsson (FP)", "Tobias Eriksson (S)", "Anette Sätherberg (S)",
    "Gert Dahlberg (S)", "Agneta Carlsson (S)", "Lars Jonsson (S)", "Kari Gjulem (S)",
    "Mikael Lilja (S)", "Helena Anshammar (S)", "Jan-Erik Eriksson (S)", "Lena Birkefjärd (S)",
    "Kjell-Owe Larsson (S)", "Gerd Karlsson (S)", "Lars-Erik Hedlund (V)", "Tina Jörlén (MP)",
    "Eva Hallström (MP)", "Runar Filper (SD)",
]  # fmt: skip
DOCUMENTS["sunne-kommunfullmaktige-2011.docx"] = {
    "format": "docx",
    "doc_title": "Sammanträdesprotokoll",
    "page_header": "{page} (21)",
    "page_footer": "Postadress Besöksadress / E-post Telefon / Fax Sunne kommun Kvarngatan 4 0565 160 00 växel 1. Kommunstyrelsen 0565 160 01 Fax 686 80 SUNNE kommun.kansli@sunne.se",
    "blocks": [
        (
            "kv",
            [
                ("Plats och tid", "Frykensalen, biblioteket i Sunne, kl 19:00-21:45"),
                ("Beslutande", "Se sid 2"),
                ("Paragrafer", "71-85"),
                ("Övriga närvarande", "Olle Edgren, kommunchef"),
                ("", "Gunilla Nyström, kommunsekreterare"),
                ("Utses att justera", "Jörn Okan och Tobias Eriksson"),
                ("Justeringens plats och tid", "Kommunkansliet, Sunne, 2011-04-04, kl 08:00"),
                ("Underskrifter Sekreterare", "Gunilla Nyström"),
                ("Ordförande", "Karl-Johan Adolfsson"),
                ("Justerande", "Jörn Okan Tobias Eriksson"),
            ],
        ),
        ("para", [("ANSLAG/BEVIS", {"bold": True})]),
        ("para", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag"),
        (
            "kv",
            [
                ("Organ", ""),
                ("Datum för anslags uppsättande", "2011-04-04"),
                ("Datum för anslags nedtagande", "2011-04-26"),
                ("Förvaringsplats för protokoll", "Kommunkansliet"),
                ("Underskrift", "Gunilla Nyström"),
            ],
        ),
        ("break",),
        ("para", [("Beslutande", {"bold": True})]),
        ("table", ["Ledamöter:"], [[name] for name in SUNNE_LEDAMOTER]),
        (
            "table",
            ["Tjänstgörande ersättare:", "ersättare för"],
            [
                ["Tomas Ögren (C)", "Sven Emilsson (C)"],
                ["Hans Widlund (M)", "Henrik Frykberger (M)"],
                ["Kerstin Johannesen (M)", "Åsa Olsson (M)"],
                ["Lars-Gunnar Johnson (V)", "Tellervo Zetterberg (V)"],
                ["Claes Lundgren (SD)", "Jan Johansson (SD)"],
            ],
        ),
        ("break",),
        ("para", [("Innehållsförteckning", {"bold": True})]),
        ("para", "Beslutande...2"),
        ("para", "Ändringar i föredragningslistan...4"),
        ("para", "Besvarand"),
    ],
}
