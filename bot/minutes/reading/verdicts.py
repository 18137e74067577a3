"""Is this sentence a decision of the meeting, a proposal, or something reported?

Swedish minutes write a decision in a handful of ways, whatever the body:
- the body (or "mötet", "gruppen", "vi") with a verb of deciding: "Kommunfullmäktige fastställer
  föredragningslistan", "Styrelsen beslöt att …", "Nämnden tackar för informationen";
- the passive, with or without a subject: "Dagordningen godkändes", "Beslutades att …",
  "Till justerare valdes Anna Berg", "Protokollet lades till handlingarna", "Ärendet utgår";
- a relative clause: "… redogör för kallelsen, vilket godkänns".
What is not a decision of this meeting: a proposal ("föreslår", "yrkar", "Förslag till
beslut"), a decision reported from elsewhere or earlier ("Kommunstyrelsen har beslutat",
"Årsmötet den 15 april beslutade", "Länsstyrelsen fastställde 29 september …"), a decision still
to come ("ska beslutas", "tas upp för beslut") and a question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .rulings import ruled

# Verbs of deciding whose subject must be the meeting itself (a body, "mötet", "vi").
_ACTIVE = (
    r"beslutar|beslutade|beslöt|godkänner|godkände|fastställer|fastställde|antar|antog"
    r"|väljer|valde|utser|utsåg|uppdrar|uppdrog|tillstyrker|tillstyrkte|avstyrker|avstyrkte"
    r"|bifaller|biföll|avslår|avslog|återremitterar|återremitterade|bordlägger|bordlade"
    r"|överlämnar|överlämnade|beviljar|beviljade|noterar|noterade|antecknar|antecknade"
    r"|lägger|lade|delegerar|delegerade|remitterar|remitterade|avskriver|avskrev|ajournerar"
    r"|medger|medgav|ger|gav|tackar|tackade|ställer\s+sig\s+bakom|ställde\s+sig\s+bakom|instämmer|enas|enades"
    r"|kom\s+överens|(?:är|var|blev)\s+(?:\w+\s+)?överens"
    # "Ledningsgruppen ställer sig positiv till förslaget": a samverkansgrupp's decision
    r"|ställer\s+sig\s+positiva?|ställde\s+sig\s+positiva?"
    r"|(?:är|var|blev)\s+(?:\w+\s+)?(?:enig|eniga|ense)"
    r"|accepterar|accepterade|tillsätter|tillsatte|utökar|utökade|fördelar|fördelade"
    r"|bestämmer|bestämde|begär|begärde|entledigar|entledigade|yttrar\s+sig|avger|avgav"
    r"|fattar|fattade|tar|tog|enas|enades|överlåter|överlät|lämnar|lämnade|stödjer|stöder|stödde"
    r"|rekommenderar|rekommenderade|godtar|godtog|tagit"
    # money set aside, bodies set up, agreements signed, proposals turned away
    r"|avsätter|avsatte|anslår|anslog|inrättar|inrättade|tecknar|tecknade|avvisar|avvisade"
    r"|ändrar|ändrade|höjer|höjde|sänker|sänkte"
    r"|konstituerar\s+sig|konstituerade\s+sig"
)
# The passive: a decision whatever its subject.
_PASSIVE = (
    r"beslutas|beslutades|beslöts|godkänns|godkännes|godkändes|fastställs|fastställes"
    r"|fastställdes|antas|antages|antogs|väljs|väljes|valdes|utses|utsågs|uppdras|uppdrogs"
    r"|tillstyrks"
    r"|tillstyrktes|avstyrks|avstyrktes|bifalls|bifalles|bifölls|avslås|avslogs"
    r"|återremitteras|återremitterades|bordläggs|bordlägges|bordlades|överlämnas|överlämnades"
    r"|beviljas|beviljades|noteras|noterades|antecknas|antecknades|läggs|lägges|lades"
    r"|delegeras|delegerades|remitteras|remitterades|avskrivs|avskrevs|utgår|utgick"
    r"|tillsätts|tillsattes|bestäms|bestämdes|entledigas|entledigades|överenskoms"
    r"|fattas|fattades|tas|togs|anses|ansågs|får|fick"
    r"|avförs|avfördes|förlängs|förlängdes|tilldelas|tilldelades|upphävs|upphävdes|godtas|godtogs"
    r"|hänskjuts|hänsköts|fördelas|fördelades|ges|gavs"
    r"|justeras\s+omedelbart|förklaras\s+omedelbart\s+justerad|förklarades\s+omedelbart\s+justerad"
    # "X och Y omvaldes", "Hyran bibehålls oförändrad": re-election and keeping things as they are
    r"|omväljs|omväljes|omvaldes|nyväljs|nyväljes|nyvaldes|bibehålls|bibehålles|bibehölls|inställs|inställes|inställdes"
    # "50 000 kronor avsätts till …", "En arbetsgrupp inrättas", "Avgiften höjs till 200
    # kronor", "Stadgarna ändras enligt förslaget", "Förslaget avvisas"
    # (not "anslås": "Protokollet anslås" posts the minutes on the notice board)
    r"|avsätts|avsattes|inrättas|inrättades|tecknas|tecknades|avvisas|avvisades"
    r"|ändras|ändrades|höjs|höjdes|sänks|sänktes"
    # "Enighet rådde om att …"
    r"|enighet\s+rådde"
    # "Punkten flyttas till nästa möte", "Frågan skjuts upp": moving an item to a later meeting
    # is the meeting's decision (a bordläggning in plain words); _NEEDS asks for the item and
    # the later meeting, so that a moved date or event is no decision
    r"|flyttas|flyttades|skjuts|sköts|senareläggs|senarelades"
    # "Årets underskott överförs i ny räkning": an årsmöte's disposition of the year's result
    r"|överförs|överföres|överfördes|balanseras|balanserades"
    # "Anmodades Anders att inkomma med räkning": the meeting instructs, as "uppdras" does
    r"|anmodas|anmodades"
)
_VERB = re.compile(rf"\b(?P<verb>{_ACTIVE}|{_PASSIVE})\b", re.I)


def _first_words(alternatives: str) -> set[str]:
    """The words a match of one of `alternatives` starts with ('ställer\\s+sig\\s+bakom' ->
    'ställer', '(?:är|var|blev)\\s+…' -> 'är', 'var', 'blev')."""
    found, depth, part = set(), 0, ""
    for c in alternatives + "|":
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            group = re.match(r"\(\?:([a-zåäö|]+)\)", part)
            found |= set(group[1].split("|")) if group else {re.match(r"[a-zåäö]+", part)[0]}
            part = ""
        else:
            part += c
    return found


_VERB_FIRST = frozenset(_first_words(f"{_ACTIVE}|{_PASSIVE}"))


def _verbs(text: str) -> Iterator[re.Match]:
    """What _VERB.finditer(text) finds, tried only where a word starts that a match can start
    with: every match starts a word (its \\b and a letter), and the pattern, tried at every
    position of a sentence, cost more than the rest of is_decision together."""
    end = 0
    for word in _WORD.finditer(text):
        if word.start() >= end and word[0].lower() in _VERB_FIRST:
            m = _VERB.match(text, word.start())
            if m:
                end = m.end()
                yield m
_PASSIVE_ONLY = re.compile(rf"^(?:{_PASSIVE})$", re.I)
_ACTIVE_ONLY = re.compile(rf"^(?:{_ACTIVE})$", re.I)
_CLAUSE_START = re.compile(r"(?<=[.!?])\s+")
_CLAUSE_END = re.compile(r"[.!?]\s")
# "Nämnden tar del av informationen", "Informationen tas till protokollet"
_TAKE = (
    r"beslut|ställning\s+för|del\s+av\s+(?:informationen|redovisningen|rapporten|rapporteringen|uppföljningen)"
    r"|till\s+(?:dagens\s+)?protokollet|till\s+handlingarna"
)
# An item, question or matter and the later meeting it is moved to: "Punkten flyttas för
# behandling vid kommande direktionssammanträde", "Frågan skjuts upp till nästa möte"
_LATER_MEETING = (
    r"\b(?:ärende|punkt|fråga|frågor|beslut)\w*\b.*\b(?:nästa|kommande|senare|följande)\s+"
    r"(?:\w+\s+)?\w*(?:möte|sammanträde)"
)
_NEW_ACCOUNT = r"\bny\s+räkning\b"  # "… överförs (balanseras) i ny räkning"
_PUT_OFF = rf"\b(?:ärende|punkt|fråga|frågor|beslut)\w*\b.*\bupp\b|{_LATER_MEETING}"
# An election as an årsmöte records it: for a term ("väljs på 2 år", "valdes för ett år"), or
# again or anew ("valdes om", "nyval")
_TERM = (
    r"\b(?:på|för)\s+(?:ett|två|tre|fyra|\d)\s+år\b|\b(?:valdes|väljs)\s+om\b|\bnyval\b"
    r"|\bomval\b"
)
# Passive verbs that decide only with the right words around them ("läggs till handlingarna",
# "noteras" of information, "utgår" of an item).
_NEEDS = {
    "läggs": r"till\s+handlingarna|till\s+dagordningen|till\s+protokollet",
    "lägges": r"till\s+handlingarna|till\s+dagordningen|till\s+protokollet",
    "lades": r"till\s+handlingarna|till\s+dagordningen|till\s+protokollet",
    "lägger": r"till\s+handlingarna|till\s+dagordningen|till\s+protokollet",
    "lade": r"till\s+handlingarna|till\s+dagordningen|till\s+protokollet",
    "noteras": r"information|redovisning|rapport|meddelande|anmäl|protokoll|till\s+protokollet",
    "noterades": r"information|redovisning|rapport|meddelande|anmäl|protokoll|protokollet",
    "noterar": r"information|redovisning|rapport|meddelande|anmäl|protokoll",
    "noterade": r"information|redovisning|rapport|meddelande|anmäl|protokoll",
    "antecknas": r"information|redovisning|rapport|meddelande|till\s+protokollet",
    "antecknades": r"information|redovisning|rapport|meddelande|till\s+protokollet",
    "antecknar": r"information|redovisning|rapport|meddelande|till\s+protokollet",
    "antecknade": r"information|redovisning|rapport|meddelande|till\s+protokollet",
    "utgår": r"ärende|punkt|frågan",
    "utgick": r"ärende|punkt|frågan",
    "ger": r"i\s+uppdrag|uppdrag|bifall|klartecken|mandat|grönt\s+ljus|fullmakt",
    "lämnar": r"yttrande|remissvar|svar\b|följande\s+synpunkter",
    "lämnade": r"yttrande|remissvar|svar\b|följande\s+synpunkter",
    "stödjer": r"förslag|ansökan|inriktning|arbete|planen|motion",
    "stöder": r"förslag|ansökan|inriktning|arbete|planen|motion",
    "stödde": r"förslag|ansökan|inriktning|arbete|planen|motion",
    "gav": r"i\s+uppdrag|uppdrag|bifall|klartecken|mandat|grönt\s+ljus",
    "ges": r"i\s+uppdrag|uppdrag|mandat|klartecken|bifall",
    "gavs": r"i\s+uppdrag|uppdrag|mandat|klartecken|bifall",
    "tackar": r"för\s+(?:informationen|redovisningen|rapporten|föredragningen|dragningen)",
    "tackade": r"för\s+(?:informationen|redovisningen|rapporten|föredragningen|dragningen)",
    "antas": r"förslag|plan|program|policy|budget|riktlinje|dagordning|reglemente|ordning|strategi",
    "valdes": rf"till|som|att|\bjustera|valdes\s*:|{_TERM}",  # "Urvalskommittén valdes: Anna Ek"
    "väljs": rf"till|som|att|justera|{_TERM}",
    "väljes": rf"till|som|att|justera|{_TERM}",
    "valde": r"till|som|att",
    "väljer": r"till|som|att|justera",
    "enas": r"om",
    "enades": r"om",
    "fattar": r"beslut",
    "fattade": r"beslut",
    "fattas": r"beslut",
    "fattades": r"beslut",
    "tar": _TAKE,
    "tagit": r"\bdel\s+av\b",  # "Nämnden har tagit del av informationen"
    "tog": _TAKE,
    "tas": _TAKE,
    "togs": _TAKE,
    "anses": r"besvarad|besvarat|behandlad|behandlat|avslutad|avslutat|färdigbehandlad|bifallen",
    "ansågs": r"besvarad|besvarat|behandlad|behandlat|avslutad|avslutat|färdigbehandlad",
    "får": r"i\s+uppdrag|\bställas\b",
    "fick": r"i\s+uppdrag",
    "avger": r"yttrande|svar",
    "avgav": r"yttrande|svar",
    "begär": r"sammanräkning|yttrande|att|in\b",
    "begärde": r"sammanräkning|yttrande|att|in\b",
    "medger": r"att|\w",
    "anslår": r"\bkr\b|kronor|medel|miljon|\d",
    "anslog": r"\bkr\b|kronor|medel|miljon|\d",
    "tecknar": r"avtal|överenskommelse|kontrakt|abonnemang|försäkring",
    "tecknade": r"avtal|överenskommelse|kontrakt|abonnemang|försäkring",
    "tecknas": r"avtal|överenskommelse|kontrakt|abonnemang|försäkring",
    "tecknades": r"avtal|överenskommelse|kontrakt|abonnemang|försäkring",
    "ändras": r"\benligt\b|\btill\b|\bså\s+att\b|\bi\s+enlighet\b",
    "ändrades": r"\benligt\b|\btill\b|\bså\s+att\b|\bi\s+enlighet\b",
    "ändrar": r"\benligt\b|\btill\b|\bså\s+att\b|\bi\s+enlighet\b",
    "ändrade": r"\benligt\b|\btill\b|\bså\s+att\b|\bi\s+enlighet\b",
    "höjs": r"\btill\b|\bmed\b",
    "höjdes": r"\btill\b|\bmed\b",
    "höjer": r"\btill\b|\bmed\b",
    "höjde": r"\btill\b|\bmed\b",
    "sänks": r"\btill\b|\bmed\b",
    "sänktes": r"\btill\b|\bmed\b",
    "sänker": r"\btill\b|\bmed\b",
    "sänkte": r"\btill\b|\bmed\b",
    "enighet rådde": r"\bom\b",
    "flyttas": _LATER_MEETING,
    "flyttades": _LATER_MEETING,
    "skjuts": _PUT_OFF,  # "Frågan skjuts upp", "Ärendet skjuts till nästa möte"
    "sköts": _PUT_OFF,
    "överförs": _NEW_ACCOUNT,
    "överföres": _NEW_ACCOUNT,
    "överfördes": _NEW_ACCOUNT,
    "balanseras": _NEW_ACCOUNT,
    "balanserades": _NEW_ACCOUNT,
    "senareläggs": _LATER_MEETING,
    "senarelades": _LATER_MEETING,
    # "Nämnden yttrar sig över remissen" decides; "Vid kommunfullmäktiges behandling av
    # ärendet yttrar sig Martin Nilsson (S), …" lists who spoke in the debate
    "yttrar sig": r"\b(?:över|angående|enligt|enlighet|remiss\w*|förslag\w*|yttrande\w*)\b",
}
# The subject of an active verb that is the meeting deciding.
_BODY_WORD = re.compile(
    r"(?:nämnd|styrelse|fullmäktige|utskott|råd|grupp|förbund|kommitté|beredning"
    r"|presidi|direktion|delegation|möte|stämm|ledning|forum|nätverk|sektion|förening"
    # an association's own name for itself: "Byalaget beslutar", "Klubben beslöt", "Kåren"
    r"|byalag|klubb|kår|samfällighet|sällskap|avdelning|distrikt|krets|kommission)"
    # with its endings ("Kommunstyrelsen", "presidiet"); a compound that only begins with a
    # body ("Förbundsordföranden", "Styrelseledamoten", "Gruppledaren") is a person
    r"(?:en|et|ets|ens|n|ns|s|er|erna|ernas|ar|arna|a|an|ans|um|e|es|t)?$|^(?:vi|mötet|gruppen|rådet|nämnden|styrelsen|utskottet|direktionen|fullmäktige"
    # "Parterna enades om att …": the parties of a joint meeting are the meeting
    r"|presidiet|samtliga|alla|deltagarna|man|parterna)$"
    # "AU beslutar", "KPR tackar för informationen": a body by its letters
    r"|^(?-i:[A-ZÅÄÖ]{2,5})$",
    re.I,
)
# (The ways that start at a word's edge share one "\b" in front, so that inside a word one test
# fails them all, instead of each in turn at every position: a third of the time, same matches.)
_NOT_DECISION = re.compile(
    r"\b(?:föreslår\b|föreslås\b|förslag\s+till\s+beslut\b|yrkar\b|yrkande|yrkat\b"
    r"|(?:har|hade|har\s+tidigare|tidigare)\s+(?:\w+\s+)?(?:beslutat|fattat|godkänt"
    r"|fastställt|antagit|valt|utsett|gett|givit)\b"
    r"|(?:ska|skall|kommer\s+att|bör|kan|måste|behöver|avser\s+att)\s+(?:\w+\s+)?"
    r"(?:beslut\w*|godkänn\w*|fastställ\w*|anta|antas|väljas|utses)\b"
    r"|tas\s+upp\s+för\s+beslut|för\s+beslut\b|inför\s+beslut|upp\s+för\s+beslut"
    r"|beslut\s+(?:fattas|tas)\s+(?:vid|på|senare)|ställer\s+(?:proposition|frågan)"
    r"|propositionsordning|reserverar\s+sig|beslutet\s+(?:skickas|expedieras)"
    r"|(?:om|när)\s+man\b|vid\s+(?:behov|förfall)\b|förslaget\s+(?:är|var)\s+att\b"
    # "Kommunstyrelsen fattar inget beslut.", "Inget beslut fattades.": nothing decided
    r"|(?:fattar|fattade|fattas|fattades|tar|tog|tas|togs)\s+(?:inget|inga|ej\s+något"
    r"|inte\s+(?:något|några))\s+beslut|inget\s+beslut\s+(?:fattas|fattades|tas|togs)\b"
    r"|kommer\s+att\s+\w+\s+(?:för|inför)\b)"
    r"|\?\s*$|^\s*om\s|\s(?:om|när|innan|sedan)\s+(?:\w+\s+){0,2}(?:beslutar|beslutat)\b"
    r"|^utses\s+(?:att\s+)?justera"
    # "Förslag på att rådet lämnar ett yttrande": what is proposed ("Förslag till dagordning
    # fastställs" approves one, and decides)
    r"|^\s*(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?förslag\w*\s+(?:på|om)\s+att\b",
    re.I,
)
# Every way _NOT_DECISION matches needs one of these words, "?", or a word that starts
# "yrkande", "propositionsordning" or "förslag": a set lookup first spares most sentences
# the pattern, which has no literal start to look for.
_NOT_WORDS = frozenset({
    "föreslår", "föreslås", "yrkar", "yrkat", "har", "hade", "tidigare", "ska", "skall",
    "kommer", "bör", "kan", "måste", "behöver", "avser", "upp", "inför", "beslut", "ställer",
    "reserverar", "beslutet", "om", "när", "innan", "sedan", "man", "behov", "förfall", "utses",
})  # fmt: skip
# Characters that re.I takes for an ASCII letter where str.lower() does not make them one
_ODD_CASE = re.compile("[ſ\u212aıİ]")


def _may_not_decide(text: str, low: str, words: list[str]) -> bool:
    return (
        "?" in text or not _NOT_WORDS.isdisjoint(words) or "yrkande" in low
        or "propositionsordning" in low or "förslag" in low
    )


# "Nästa styrelsemöte: Beslutas vid årsmötet": left to a later meeting, not decided here
_LEFT_FOR_LATER = re.compile(
    r"\bbeslutas\s+(?:senare|(?:vid|på|under)\s+(?:nästa|kommande|senare|års\w*"
    r"|(?:förenings)?stämman)\b)",
    re.I,
)

# "Dagordningen godkänns med följande tillägg: …", "Styrelsen beslutade följande: …"
_LISTS_AFTER = re.compile(r"^(?P<lead>.{8,}?\bföljande(?:\s+[\wåäö]+)?)\s*:\s+\S", re.I)
_DECIDING_LEAD = re.compile(
    r"^(?:(?:[\wåäöÅÄÖ-]+\s+){0,2}(?:beslutar|beslutade|beslöt)|beslutas|beslutades|beslöts)"
    r"(?:\s+(?:även|också|vidare|därför|enhälligt))?\s+att\b",
    re.I,
)
# "Ordföranden informerar att ärende 16 utgår", "X önskar att … läggs till dagordningen":
# what someone says or wants, not what the meeting decided.
_SAID = re.compile(
    r"\b(?:informerar|informerade|meddelar|meddelade|berättar|berättade|säger|sade|påpekar"
    r"|påpekade|menar|menade|önskar|önskade|framför|framförde|anser|ansåg|tycker|tyckte"
    r"|frågar|frågade|undrar|undrade|uppger|uppgav|konstaterar|konstaterade|vill|ville"
    r"|hoppas|tror|förklarar|förklarade|svarar|svarade|påminner|påminde)\b",
    re.I,
)
# "Årsmötet den 15 april beslutade", "Länsstyrelsen fastställde 29 september 2022 valet":
# a decision taken on another day is reported, not taken.
_DATED = re.compile(
    r"\b(?:den\s+)?\d{1,2}(?:\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*|/\d{1,2})"
    r"|\b\d{4}-\d{2}-\d{2}\b|^(?:år\s+|i\s+)?(?:19|20)\d\d\b",
    re.I,
)
_DOCUMENT_DATE = re.compile(
    # "Protokoll 2021-08-25, AU-protokoll 2021-09-13 …": the minutes by their date
    r"\b(?:från|daterat|daterad|daterade|[\wåäö-]*protokoll(?:et|en)?|minnesanteckningar(?:na)?)"
    r",?\s+(?:[\wåäöÅÄÖ]+\s+){0,2}?(?:den\s+)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:/\d{1,2}|\s+[a-zåäö]+)(?:\s+\d{4})?)"
    r"(?:\s*(?:,|\+|och)\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:/\d{1,2}|\s+[a-zåäö]+)))*",
    re.I,
)
# "Styrelsen beslutade i december att …", "vid förra mötet beslutades": taken earlier
_EARLIER = re.compile(
    r"\b(?:vid|på|under)\s+(?:förra|föregående|senaste|sitt|sina|ett\s+tidigare|tidigare)\s+"
    r"(?:\w+\s+)?(?:möte|sammanträde)\w*|\bförra\s+(?:året|veckan|månaden|gången)\b"
    # "Ledamöterna X och Y valdes föregående år på två år": elected at an earlier meeting
    r"|\bföregående\s+år(?:et)?\b"
    r"|^i\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
    r"|december|höstas|våras|somras|vintras)\b|\bi\s+(?:höstas|våras|somras|vintras)\b",
    re.I,
)
# The minutes of an annual meeting (found from their title by decisions.find_decisions): there
# "Årsmötet beslutade att …" is the meeting's own decision, elsewhere an earlier one reported.
ANNUAL_MEETING = "årsmöte"
_ANNUAL_SUBJECT = re.compile(r"^(?:årsmötet|stämman|föreningsstämman|årsstämman)$", re.I)
_ELSEWHEN = re.compile(r"§\s*\d|\b(?:under|år|i)\s+(?:19|20)\d\d\b", re.I)
_AUTHORITIES = re.compile(
    r"^(?:länsstyrelsen|regeringen|riksdagen|kammarrätten|förvaltningsrätten|domstolen"
    r"|socialstyrelsen|inspektionen|skr|årsmötet|stämman|föreningsstämman|kongressen)$",
    re.I,
)
# Notes that leave out the verb: "Dagordningen godkänd.", "Protokollet godkänt och lagt till
# handlingarna.", "Föregående protokoll: Godkänt."
_PARTICIPLE = re.compile(
    r"\b(?:godkänd|godkänt|godkända|fastställd|fastställt|fastställda|antagen|antaget|antagna"
    r"|beviljad|beviljat|beviljade|bordlagd|bordlagt|lagd|lagt|lagda)\b"
    r"(?=\s*(?:[.,;!]|$|och\b|med\b|utan\b|enligt\b|till\s+handlingarna))",
    re.I,
)
# Every way of deciding above needs one of these words (an active or passive verb, a participle,
# or the last word of a phrase such as "ställer sig bakom"): most sentences of minutes have
# none, and a set lookup of their words is far cheaper than the patterns below.
_PHRASE_ENDS = {"bakom", "överens", "sig", "omedelbart", "justerad", "enig", "eniga", "ense",
                "rådde", "positiv", "positiva"}
_TRIGGERS = frozenset(
    {w for w in f"{_ACTIVE}|{_PASSIVE}".split("|") if w.isalpha()} - {"var"}  # "var överens"
    | set(re.findall(r"[a-zåäö]{3,}", _PARTICIPLE.pattern.split(")")[0]))
    | _PHRASE_ENDS
)
_WORD = re.compile(r"\w+")
# rulings.ruled's words ("valdes" is a trigger already)
_MAY_RULE = re.compile(
    r"förklara|besvara|\bblev\b|mötet\s*[=:]|^(?:justerare|justeringsm|rösträkn)"
)
# The literals every way of _MAY_RULE holds: looked for first, since the pattern, with no
# literal start, is tried at every position of nearly every sentence and finds nothing.
_RULE_WORDS = ("förklara", "besvara", "blev", "mötet")
_RULE_STARTS = ("justerare", "justeringsm", "rösträkn")


def _may_rule(low: str) -> bool:
    """_MAY_RULE.search(low) is not None, without the search where it cannot match."""
    if not low.startswith(_RULE_STARTS) and not any(w in low for w in _RULE_WORDS):
        return False
    return _MAY_RULE.search(low) is not None


_NEGATED = re.compile(r"\b(?:inte|ej|icke)\s+(?:[\wåäö]+\s+(?:och\s+)?){0,2}$", re.I)
_AUXILIARY = re.compile(r"\b(?:har|hade|är|var|blir|blev|ska|skall)\s+(?:\w+\s+)?$", re.I)
# "…, vilket godkänns": a relative clause decides what the sentence said.
_RELATIVE = re.compile(rf"\bvilket\s+(?:\w+\s+)?(?:{_PASSIVE}|{_ACTIVE})\b", re.I)
# "Genomgång av föregående protokoll, som godkänns av styrelsen.", "… gicks föregående
# mötesprotokoll som justerades och lades till handlingarna": a relative clause that ENDS the
# sentence with its passive (and the passives joined to it, the agent, "till handlingarna")
# tells what became of what the sentence presented: the decision. One that goes on ("de
# ledamöter som väljs till AU ska …") describes which ones.
_CLOSING = re.compile(
    rf"(?:\s+(?:och|samt)\s+(?:{_PASSIVE}))*"
    r"(?:\s+(?:till\s+handlingarna|av\s+(?:[\wåäöÅÄÖ-]+\s*){1,2}|utan\s+(?:ändringar|anmärkningar?|erinran)))?"
    r"\s*[.!]?\s*$",
    re.I,
)


_HEADS = ("fullmäktige", "nämnd", "styrelse", "utskott", "råd", "grupp", "förbund", "kommitté",
          "beredning", "presidi", "direktion", "delegation", "stämm", "ledning", "forum",
          "nätverk", "sektion")  # fmt: skip
# The word ends in the kind of body, with its endings: "Kommunstyrelsens", "nämnderna",
# "presidiet"; a compound that only begins with one ("delegationsbeslut", "styrelseledamöter")
# names no body.
_HEAD_END = re.compile(
    rf"({'|'.join(_HEADS)})(?:en|et|ets|ens|n|ns|s|er|erna|ernas|ar|arna|a|an|ans|um|ums|e|es)?$"
)


def _head(word: str) -> str:
    """'Kommunstyrelsens' -> 'styrelse': the kind of body a word names, '' for none."""
    m = _HEAD_END.search(word.lower().strip(",.:;()"))
    return {"stämm": "stämma"}.get(m[1], m[1]) if m else ""


def body_heads(groups: list[str]) -> set[str]:
    """The kinds of body the meeting is ('styrelse' for 'Regionstyrelsen')."""
    heads = set()
    for name in groups:
        # "Styrelsen för Samordningsförbundet Väst", "Styrgrupp för …": the body is named
        # before "för"; what follows is whose it is
        words = re.split(r"\s+(?:för|i|inom)\s+", name, maxsplit=1)[0].split()
        if words:
            head = _head(words[-1]) or _head(words[0])
            if head:
                heads.add(head)
    return heads


def _subject(before: str) -> list[str]:
    """The last few words before the verb: the subject, in a decision sentence. A label with
    its colon names what the paragraph is about, not who decides ('Seniorgruppen: Vi beslöt
    att …' is the meeting deciding on the group's report)."""
    if ":" in before:
        before = before.rsplit(":", 1)[1]
    words = re.findall(r"[\wåäöÅÄÖé-]+", before)
    return words[-4:]


def might_decide(text: str) -> bool:
    """False when no sentence of `text` can be a decision: it has no word that decides."""
    low = text.lower()
    return not _TRIGGERS.isdisjoint(_WORD.findall(low)) or _may_rule(low)


# The participles' words, for a set lookup before _PARTICIPLE itself: each is a whole word there
_PARTICIPLES = frozenset(re.findall(r"[a-zåäö]{3,}", _PARTICIPLE.pattern.split(")")[0]))


def is_decision(sentence: str, ours: set[str] | None = None) -> bool:
    """A decision of this meeting (see the module's docstring)."""
    text = sentence.strip()
    if len(text) < 8:
        return False
    low = text.lower()
    words = _WORD.findall(low)
    # a declaration, an answer, "blev godkänt", an election cut to its names (rulings.py)
    declared = (
        _may_rule(low) or low.rstrip(" .!").endswith("valdes")
    ) and ruled(text)
    if not declared and _TRIGGERS.isdisjoint(words):  # might_decide, with the words kept
        return False
    listed = _LISTS_AFTER.match(text)
    if listed and is_decision(listed["lead"], ours):
        return True  # "… godkänns med följande tillägg: X frågar om …?": what it adds follows
    odd = bool(_ODD_CASE.search(text))  # then the patterns decide, without literal tests
    if odd or _may_not_decide(text, low, words):
        # "Beslutas att om man har en ansvarig …, går denne …": after a lead-in that decides,
        # the att-sats is what was decided, its conditions and modal verbs included
        lead = _DECIDING_LEAD.match(text)
        if _NOT_DECISION.search(text[: lead.end()] if lead else text):
            return False
    if "beslutas" in words and _LEFT_FOR_LATER.search(text):
        return False
    if declared:
        return True
    if (odd or "vilket" in low) and _RELATIVE.search(text):
        return True
    participle = (
        _PARTICIPLE.search(text) if odd or not _PARTICIPLES.isdisjoint(words) else None
    )
    if (
        participle
        and not _AUXILIARY.search(text[: participle.start()])
        # "Protokollet … ännu inte färdigt och godkänt.": a state not yet reached, not a decision
        and not _NEGATED.search(text[: participle.start()])
        and (not participle[0].lower().startswith("lag") or "handlingarna" in text.lower())
    ):
        return True
    for m in _VERB.finditer(text) if odd else _verbs(text):
        verb = " ".join(m["verb"].lower().split())  # "skjuts  upp", "yttrar\nsig"
        need = _NEEDS.get(verb)
        if need and not re.search(need, text, re.I):
            continue
        before = text[: m.start()]
        # "… naturvårdsprogrammet. ger miljöenheten i uppdrag …": a transcript that lost the
        # body's name (a word set in another font) starts the decision with its verb; only the
        # clause the verb is in says who decides
        clause = _CLAUSE_START.split(before)[-1] if _CLAUSE_END.search(before) else before
        lost = before.strip() or text[m.start()].islower()
        if not clause.strip() and _ACTIVE_ONLY.match(verb) and lost:
            return not _NOT_DECISION.search(text[m.start() :])
        if _SAID.search(before):
            return False
        subject = _subject(before)
        # The subject of a passive is what was decided on, not who decided: "Kommunstyrelsens
        # förslag godkänns", "Styrelsen beviljas ansvarsfrihet" (its agent follows "av")
        passive = bool(_PASSIVE_ONLY.match(verb))
        if _reported(subject, before, text[m.end() :], None if passive else ours, ours):
            return False
        # "Genomgång av …, som godkändes och lades till handlingarna.": decided, unless its
        # agent is another body (below); "de ledamöter som väljs till AU ska …": what a
        # relative clause describes
        if (
            _PASSIVE_ONLY.match(verb)
            and re.search(r"\bsom\s+(?:\w+\s+){0,2}$", before, re.I)
            and not _CLOSING.match(text[m.end() :])
        ):
            continue
        if _PASSIVE_ONLY.match(verb) and _ASKED.search(before[-120:]):
            continue  # "frågan om hur föreningens medel skall fördelas": asked, not decided
        if _PASSIVE_ONLY.match(verb):
            # "Planen antogs av kommunfullmäktige i juni": passive, but another body's
            agent = re.match(r"\s*av\s+([\wåäöÅÄÖé-]+)", text[m.end() :])
            return not (agent and _reported([agent[1]], "", "", ours))
        if subject and (_BODY_WORD.search(subject[-1]) or _BODY_WORD.search(subject[0])):
            return True
        shared = "" if _AGREEING.match(verb) else _coordinated_subject(clause)
        if shared and not _reported([shared], "", "", ours):
            return True  # "Delegationen diskuterar behovet av personal och delegerar till …"
        if verb in ("beslutade", "beslöt") and not subject:
            return True  # "Beslöt att …"
        inverted = _inverted_subject(before, text[m.end() :])
        if inverted and not _reported([inverted], "", "", ours):
            return True  # "Efter diskussion beslutade styrelsen att …"
    return False


# "ställdes frågan om … hur föreningens medel skall fördelas", "underlag för beslut om hur
# arbetet ska gå vidare och var pengarna ska tas": a passive in an indirect question is what
# was asked or discussed; the question is open, nothing was decided
_ASKED = re.compile(
    r"\b(?:hur|vad|vilka|vilken|vilket|varför|när)\s+(?:[\wåäöÅÄÖé-]+\s+){0,6}?"
    r"(?:ska|skall|bör|skulle|kan)\s+(?:[\wåäö]+\s+)?$",
    re.I,
)


# "Delegationen diskuterar behovet av personal till sekretariatet och delegerar …": a second
# verb joined by "och" shares the subject that opens its clause, however long the first
# verb's object is ("Styrelsen diskuterade mässorna och beslöt att …").
_COORDINATED = re.compile(
    r"^\s*(?:§\s*\d+[a-z]?\s+|\d{1,2}[.)]\s+)?"  # "§ 7 Delegationen …", "2. Styrelsen …"
    r"(?P<subject>[\wåäöÅÄÖé-]+)\s+[a-zåäö]+(?:\s+\S+)*?\s+och\s*$"
)


# "Vi diskuterade avloppsfrågan och var eniga om att det viktigaste är …": the agreement that
# ends a discussion is often a view; only the verb's own subject makes it the meeting's decision
_AGREEING = re.compile(r"^(?:enas|enades|kom\s|(?:är|var|blev)\s)", re.I)


def _coordinated_subject(clause: str) -> str:
    """The body that opens `clause` when the verb after it is joined to the clause's own verb by
    'och' (a clause of no more than 25 words, with no comma: 'X, som …, och' is a list)."""
    if not clause.rstrip().endswith(" och") or "," in clause or len(clause.split()) > 25:
        return ""
    m = _COORDINATED.match(clause)
    return m["subject"] if m and _BODY_WORD.search(m["subject"]) else ""


def _inverted_subject(before: str, after: str) -> str:
    """'Därmed beslutar kommunfullmäktige att …', 'Med 30 röster mot 20 beslutar nämnden …':
    a Swedish main clause that opens with an adverbial puts the subject after the verb."""
    words = before.split()
    if not words or len(words) > 8 or not words[0][:1].isupper() or before.rstrip()[-1:] in ",;:":
        return ""
    nxt = re.match(r"\s*([\wåäöÅÄÖé-]+)", after)
    return nxt[1] if nxt and _BODY_WORD.search(nxt[1]) else ""


def _reported(
    subject: list[str], before: str, after: str, ours: set[str] | None,
    meeting: set[str] | None = None,
) -> bool:
    """Another body's decision, or one taken on another day. `meeting` is what the minutes say
    the meeting is, also where `ours` is left out (a passive's subject is what was decided on,
    yet "Årsmötet beslutades vara behörigt utlyst" is still the annual meeting's own)."""
    meeting = ours if meeting is None else meeting
    # A date in a clause of its own before "och": "Debatten har flyttats till den 15 april och
    # utskottet beslutade …" dates the debate, not the decision
    own = before
    if " och " in before or " men " in before:
        own = re.split(r"\s(?:och|men)\s+(?=[\wåäöÅÄÖ-]+\s*$)", before)[-1]
    # "Protokollet från 6/12 godkännes", "Protokoll daterat 2021-03-01 godkändes": the date
    # names the document decided on, not the day of the decision
    own = _DOCUMENT_DATE.sub(" ", own)
    if _DATED.search(own[-40:]) or _DATED.match(after.strip()[:25]):
        return True
    # "Direktionen beslutade på sammanträdet den 12 maj att …", "Kommunstyrelsen beslutade (KS §
    # 45/2023) att …", "Nämnden beslutade under 2022 att …": between the verb and what was
    # decided, a date, a year or another paragraph's number says when it was decided
    between = after.split(" att ", 1)[0][:60] if " att " in after[:70] else ""
    if between and (_DATED.search(between) or _ELSEWHEN.search(between)):
        return True
    if _EARLIER.search(before[-50:]) or _EARLIER.match(after.strip()[:40]):
        return True
    for word in subject:
        if _AUTHORITIES.match(word) and not (
            meeting and ANNUAL_MEETING in meeting and _ANNUAL_SUBJECT.match(word)
        ):
            return True
    if ours and not any(w.lower() in _BARE_OWN for w in subject):
        heads = {_head(w) for w in subject} - {""}
        if heads and not heads & ours and not re.search(r"\bmöte", before, re.I):
            return True
    return False


# "Gruppen", "Rådet", "Styrelsen", "Nämnden": the body writing its own minutes speaks of itself
# in the bare definite form, whatever its formal name; "Kommunstyrelsen", "Socialnämnden"
# name a particular body.
_BARE_OWN = {
    "gruppen", "rådet", "nätverket", "forumet", "styrelsen", "nämnden", "utskottet",
    "direktionen", "beredningen", "kommittén", "samverkansgruppen", "samverkansrådet",
}
