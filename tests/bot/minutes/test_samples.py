"""What a user checks in each of the five real sets of minutes, in every file format."""

from __future__ import annotations

from .conftest import sample


def _decision(minutes, item_start: str):
    found = [d for d in minutes.to_json()["decisions"] if d["item"].startswith(item_start)]
    assert found, f"no decision under {item_start!r}: {minutes.to_json()['decisions']}"
    return found


def test_joint_meeting_2024_06_14(fmt, tmp_path):
    m = sample("chefsgrupper-gemensamt-2024-06-14.md", fmt, tmp_path)
    j = m.to_json()
    assert m.kind == "protokoll"
    assert j["groups"] == [
        "Chefsgrupp för samverkan social välfärd samt vård och omsorg",
        "Chefsgrupp folkhälsa",
        "Chefsgrupp för skola",
    ]
    assert (j["date"], j["start"], j["end"]) == ("2024-06-14", "13:00", "16:00")
    assert j["place"] == "Immanuelkyrkan, Karlsdahlsallén 35 Örebro"
    assert {"substitute": "Anna Bürger Sjödin", "for": "Karin Haster"} in j["substitutes"]
    assert "Karin Haster" in j["absent"] and "Anna Bürger Sjödin" in j["present"]
    if fmt != "pdf":  # pypdf reads the text of a struck-out line, not the line through it
        assert {"Martin Gunnarsson", "Eva Persson", "Hans Åhnberg", "Johan Dierichson"} <= set(
            j["absent"]
        )
        assert "Madelene Maxe" not in j["present"]
    # A substitute for a title, not a person: kept as written, with a warning.
    assert {"substitute": "Kristin Lundgren", "for": "Folkhälsochef sydnärke"} in j["substitutes"]
    assert any("Kristin Lundgren" in w and "titel" in w for w in j["warnings"])
    # The letterhead repeated on every page is neither a name nor an agenda item.
    assert "Tjänsteställe" not in str(j["agenda"]) and j["present"].count("Malin Duckert Ek") == 1
    assert j["present"].count("Lisen Tang Kempe") == 1
    lisen = next(a for a in m.attendees if a.name == "Lisen Tang Kempe")
    assert lisen.organisation == "Folkhälsostateg, Örebro kommun"
    titles = [a["title"] for a in j["agenda"]]
    assert titles[0] == "Inledning" and "Polisen" in titles
    norr = next(a for a in j["agenda"] if a["title"] == "Norra länsdelen")
    assert norr["presenters"] == ["Ida Broman", "Michael Tybell", "Fredrik Bergström"]
    [decision] = _decision(m, "Samverkansgrupp Barn och unga")
    assert decision["text"].startswith("Chefsgruppen beslutar att bilda samverkansgrupp barn")
    assert decision["context"].startswith("Förslag om förändrad struktur")
    # Every decision of the day and no more: "Att samla kring en gemensam modell … är en
    # framgångsfaktor" in a presentation is said, not decided (an att-clause as subject).
    assert [d["text"][:38] for d in j["decisions"]] == [
        "Vi är överens om att vi vill jobba mer", "Chefsgruppen beslutar att bilda samver"]
    assert j["deadlines"] == [] and j["next_meeting"] is None


def test_joint_meeting_2026_03_06(fmt, tmp_path):
    m = sample("chefsgrupper-gemensamt-2026-03-06.txt", fmt, tmp_path)
    j = m.to_json()
    assert m.kind == "minnesanteckningar"
    assert j["groups"] == [
        "Chefsgrupp för skola, utbildning och kompetensförsörjning",
        "Chefsgrupp för social välfärd samt vård och omsorg",
        "Chefsgrupp för folkhälsa",
    ]
    assert (j["date"], j["start"], j["end"]) == ("2026-03-06", "13:00", "16:00")
    assert j["place"] == "Immanuelkyrkan, Karlsdalsallén 35 Örebro"
    assert "Monica Möller" in m.with_role("secretary")
    assert "Marie-Louise Forsberg-Fransson" in j["present"] and "Zandra Ahkoila" in j["present"]
    assert not any("POSTADRESS" in n or "Box" in n for n in j["present"])
    agenda = {a["title"]: a["presenters"] for a in j["agenda"]}
    assert agenda["Tidiga samordnade insatser"] == ["Daniel Berglund", "Camilla Pettersson"]
    assert agenda["Hantering av SIP på BUP"] == ["Lise Bergman Nordgren"]
    assert "Bakgrund" not in agenda and "Slutsats" not in agenda
    [tsi] = _decision(m, "Tidiga samordnade insatser")
    assert "ställer sig bakom" in tsi["text"]
    # "Förslag till nästa steg" is the proposal, not a decision; it is the decision's context.
    assert tsi["context"].startswith("Förslag till nästa steg: Att ge uppdrag att ta fram")
    [sip] = _decision(m, "Hantering av SIP på BUP")
    assert sip["text"].startswith("Uppdrag ges att revidera nuvarande SIP-överenskommelse.")
    assert "chefsgrupperna" in sip["text"] and "SIP" in sip["context"]
    assert len(j["decisions"]) == 2


def test_joint_meeting_autumn_2024_without_date(fmt, tmp_path):
    m = sample("chefsgrupper-gemensamt-hosten-2024.txt", fmt, tmp_path)
    j = m.to_json()
    # No meeting date in the document: none is guessed from "den 15 oktober" in the text.
    assert j["date"] is None and "Hittade inget mötesdatum." in j["warnings"]
    assert j["groups"] == [
        "Chefsgrupp för samverkan social välfärd samt vård och omsorg",
        "Chefsgrupp för samverkan skolchefer",
        "Chefsgrupp för folkhälsa",
    ]
    assert {"Karolina Strid", "Catharina Lindvall-Scharmer", "Albin Algotson"} <= set(j["present"])
    albin = next(a for a in m.attendees if a.name == "Albin Algotson")
    assert albin.organisation == "Linköpings Universitet"
    assert "Inledning" not in j["present"] and j["absent"] == []
    assert j["deadlines"] == [
        {
            "date": "2024-12-31",
            "what": "utkastet kring överenskommelsen (Överenskommelse om regional samverkan för "
            "familjecentraler i Örebro län)",
            "to": ["Ingmar Ångman", "Ann-Sofie Vennerstrand"],
        }
    ]
    agenda = {a["title"]: a["presenters"] for a in j["agenda"]}
    assert agenda["Kraftsamling Barn och unga"] == ["Susanne Rosendahl"]
    assert agenda["Förslag till VFU-avtal för socionomer"] == ["Anna Petersén"]
    assert agenda["Tidiga samordnade insatser i Örebro län (TSI) - Nuläge"] == [
        "Ann-Sofie Vennerstrand",
        "Ingmar Ångman",
    ]
    # The numbered list of projects inside an item is not the agenda.
    assert not any(a["title"].startswith("Digitalt verktyg") for a in j["agenda"])
    assert "http://www.orebroll.se/" not in str(j)
    assert j["decisions"] == [] and j["next_meeting"] is None


def test_barn_och_unga_2026_05_12(fmt, tmp_path):
    m = sample("samverkansgrupp-barn-och-unga-2026-05-12.txt", fmt, tmp_path)
    j = m.to_json()
    assert m.kind == "minnesanteckningar"
    assert j["groups"] == ["Samverkansgrupp Barn och Unga"]
    assert (j["date"], j["start"], j["end"]) == ("2026-05-12", "14:00", "16:00")
    assert j["place"] == "Sothönan, Vån 6, Klostergatan 23 Örebro"
    assert j["absent"] == ["Annika Karlsson Juliussen", "Jaana Jansson"]
    # The ten kallade who came, and Sofia Persson, who presented SAMS ("Sofia Persson erbjuder
    # sig att utgöra visst stöd"): whoever the text shows taking part was there.
    assert "Anna Bürger Sjödin" in j["present"] and len(j["present"]) == 11
    assert j["present"][-1] == "Sofia Persson"
    assert "Daniel Berglund" in m.with_role("secretary")
    agenda = {a["title"]: a["presenters"] for a in j["agenda"]}
    assert agenda["Inledning och föregående minnesanteckningar"] == ["Ingmar Ångman"]
    assert agenda["Samkraft"] == ["Lena Uvhagen"]
    assert "Övrig fråga från chefsgrupperna" in agenda
    assert not any(t.startswith("SAMSKAPANDE") for t in agenda)
    [sams] = _decision(m, "Obruten skolgång och modellen SAMS")
    assert sams["text"] == "Gruppen bifaller Ingmars förslag."
    assert sams["context"].startswith("Ingmar ställer frågan om det är gruppens vilja")
    assert sams["context"].endswith(
        "Ingmar föreslår att uppdraget i så fall ges till Välfärd och Folkhälsa."
    )
    [bht] = _decision(m, "Samverkan inom Barnhälsoteam")
    assert bht["text"] == "Gruppen bifaller Ingmars förslag."
    assert bht["context"].startswith("Ingmar föreslår att VoF ska få i uppdrag")
    # "Bordlägges" is a decision too: the item was tabled, then done digitally on Daniel's proposal.
    tabled, evaluation = _decision(m, "Uppföljning av gruppens interna utvärdering")
    assert tabled["text"] == "Bordlägges pga tidsbrist."
    assert evaluation["context"].startswith("Daniel föreslår att vi genomför denna punkt digitalt")
    assert evaluation["approves"] == (
        "Daniel föreslår att vi genomför denna punkt digitalt innan sommaren."
    )
    # What the approval approves, for announcements and answers.
    assert sams["approves"] == (
        "Ingmar föreslår att uppdraget i så fall ges till Välfärd och Folkhälsa."
    )
    _decision(m, "Inledning och föregående minnesanteckningar")
    assert j["next_meeting"] == {
        "date": "2026-08-31",
        "start": "13:00",
        "end": "15:00",
        "place": "Sothönan, Regionhuset, Klostergatan 23, Örebro",
    }


def test_specifika_samverkansradet_2024_05_17(fmt, tmp_path):
    m = sample("specifika-samverkansradet-svoo-2024-05-17.txt", fmt, tmp_path)
    j = m.to_json()
    assert m.kind == "protokoll"
    assert j["groups"] == ["Specifika samverkansrådet för social välfärd samt vård och omsorg"]
    assert (j["date"], j["start"], j["end"]) == ("2024-05-17", "13:00", "16:00")
    assert j["place"] == "Lokal Eken, Eklundavägen 1"
    assert m.approved_on.isoformat() == "2024-06-14"  # "Justerat den", not the meeting date
    assert m.with_role("chair") == ["Jenny Steen"]
    assert m.adjusters == ["Tina Johansson"]
    assert "Jerry Karjalainen" in m.with_role("member")
    assert "Maria Gunnarsson" in m.with_role("official")
    titles = [a["title"] for a in j["agenda"]]
    assert len(titles) == 13 and titles[0] == "Mötet öppnas och justerare utses"
    assert titles[3] == "Rapport från chefsgrupp social välfärd samt vård och omsorg"
    assert titles[4] == (
        "Regional samverkan för familjecentral - Överenskommelse mellan Region Örebro län och "
        "kommunerna i Örebro län"
    )
    assert "Gränssnittsproblemet (olika huvudmän)" not in titles
    decisions = {(d["item"], d["text"]) for d in j["decisions"]}
    assert (
        "Mötet öppnas och justerare utses",
        "Till justerare utsågs Tina Johansson, Laxå kommun.",
    ) in decisions
    minutes_approved = "Protokollet från föregående möte fastställdes och lades till handlingarna."
    assert ("Föregående möte och protokoll", minutes_approved) in decisions
    [agenda_decision] = _decision(m, "Fastställande av dagordning")
    assert agenda_decision["context"] == (
        "Ingmar Ångman anmäler organisationsöversyn till dagordningen."
    )
    assert not any("Programmet håller på att fastställas" in d["text"] for d in j["decisions"])
    assert not any("inriktningsbeslut" in d["text"] for d in j["decisions"])
    # "Nästa träff är den 20 september klockan 09-12": the year comes from the meeting.
    assert j["next_meeting"] == {
        "date": "2024-09-20",
        "start": "09:00",
        "end": "12:00",
        "place": None,
    }
