"""Telling a person's name from an organisation, a title or a heading."""

from __future__ import annotations

import re
from functools import lru_cache

from .first_names import is_first_name

MUNICIPALITIES = {
    "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå",
    "Lekeberg", "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
}  # fmt: skip
# Capitalised words that start organisations, places and headings rather than names.
NOT_NAME_WORDS = {
    "Region", "Regionen", "Regional", "Regionala", "Länsstyrelsen", "Polisen", "Kommun",
    "Kommunen", "Universitet", "Universitetet", "Välfärd", "Utbildning", "Chefsgrupp",
    "Chefsgruppen", "Chefsgrupper", "Samverkansgrupp", "Samverkansgruppen", "Specifika",
    "Sydnärkes", "Folkhälsoteamet", "Övriga", "Dagens", "Nästa", "Mötet", "Tid", "Plats",
    "Datum", "Beslut", "Förslag", "Närvarande", "Frånvarande", "Deltagare", "Ersättare",
    "Ledamöter", "Ordförande", "Justerare", "Sekreterare", "Tjänstepersoner", "Se", "Backa",
    "Barnet", "Barn", "Unga", "Skola", "Social", "Folkhälsa", "Hälso", "Område", "Effektiv",
    "Lokal", "Protokoll", "Minnesanteckningar", "Kallelse", "Dagordning", "Information",
    "Inledning", "Avslutning", "Sverige", "Skottland", "Stadsmission", "Medborgarskolan",
    "Generation", "Kraftsamling", "Uppföljning", "Rapport", "Tack", "Frågor", "Svar", "Ja",
    "Nej", "Länk", "Bilaga", "Styrgrupp", "Gruppen", "Mötets", "Kort", "Projekt", "Norra",
    "Södra", "Västra", "Östra", "Sothönan", "Immanuelkyrkan", "Regionhuset", "Klostergatan",
    "Vån", "Kl", "Klockan", "Ärende", "Ärendet", "Punkt", "Pep", "Samkraft",
    "Skåne", "Kronoberg", "Justerande", "Justering", "Justeringen", "Justeringens",
    "Tjänsteman", "Tjänstemän", "Utvärderarna", "Ordföranden", "Namn", "Parti", "Organ",
    "Underskrift", "Underskrifter", "Paragrafer", "Paragraf", "Anslag", "Bevis", "Dessutom",
    "Beslutande", "Suppleant", "Suppleanter", "Adjungerade", "Adjungerad", "Vakant",
    "Sammanträdesdatum", "Sammanträde", "Kommunförbundet", "Kommunalförbundet", "Måndag",
    "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag", "Måndagen", "Tisdagen",
    "Onsdagen", "Torsdagen", "Fredagen", "Lördagen", "Söndagen", "Januari", "Februari", "Mars",
    "April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober", "November", "December",
    "Kommunstyrelsen", "Kommunfullmäktige", "Styrelsen", "Nämnden", "Sekretariatet",
    "Förvaltningen", "Kansliet", "Ärendelista", "Föredragande", "Bilagor", "Justeringsdatum",
    "Justeringsdag", "Protokollet", "Utses", "Ajournering", "Ledamot", "Styrelseledamot",
    "Kassör", "Revisor", "Vice", "Ordf",
    # words that open the sentence after a list run into it ("Meddelat förhinder: Eva Holm
    # Dagordningen godkändes", "… Per Ek Mötet öppnades"): never a third name of the last one
    "Dagordningen", "Sekreteraren", "Kassören", "Valberedningen", "Det", "Den", "Detta",
    "Denna", "Dessa", "Vi", "Hon", "Ingen", "Inget", "Föregående", "Samtliga", "Därefter",
    "Sedan",
    # a label of those away run in after the last name ("… Per Ekström Förhinder Eva Holm")
    "Förhinder",
    # labels of the front page and words of venues, capitalised after a name in a run
    "Närvarorätt", "Yttranderätt", "Förslagsrätt", "Närvarolista", "Konferens", "Hotell",
    # the front page's words for how it is approved and for the roll call, run in after the
    # last name of a list or before the next ("… Bernt Wallström Omedelbar justering",
    # "Sekreterare Eva Holm Justeras", "Sekreterare Eva Holm Justerat Anna Berg", "Upprop Vid
    # uppropet …"): never a name ('Förhindrade' is
    # left to be read as the label of those away it is)
    "Justeras", "Justerar", "Justerat", "Omedelbar", "Omedelbart", "Upprop", "Uppropet",
    # the heads of a närvarolista's mark columns, shortened ("Ledamöter Närv Frånv X Anna Berg"
    # in a scanned page's one line): never a name
    "Närv", "Frånv", "Tjg", "Votering", "Avstår",
    "Hotel", "Seniorer", "Pensionärer",
    # a department's word in a municipality's officials list ("Anders Holm Sektor
    # samhällsbyggnad", "Forum Vänersborgs Stad"), and the short forms of an official's standing
    # before her title ("Lisa Onsbacke Vik. Kommunsekreterare", "Tf. ekonomichef"): never a name
    "Sektor", "Sektorn", "Forum", "Vik", "Tf", "Bitr", "Tillf",
    # the first word of an official's title or area written after her name without a comma
    # ("Anders Lind Teknisk chef", "Eva Berg Vård och äldreomsorgschef", "Per Ek Ideella
    # naturvården"), and a front page's label of the anslag ("Instans Anslaget sätts upp")
    "Teknisk", "Tekniska", "Vård", "Ideella", "Instans", "Anslaget",
    # the language or nation of an association's name ("Trosa-Vagnhärad Finska Förening"):
    # adjectives, never a person's name
    "Svenska", "Finska", "Norska", "Danska", "Tyska", "Samiska", "Förening", "Föreningen",
    # the counties: places, never a person's name
    "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland", "Härjedalen",
    "Jönköpings", "Kalmar", "Norrbotten", "Södermanland", "Sörmland", "Uppsala", "Värmland",
    "Västerbotten", "Västernorrland", "Västmanland", "Östergötland", "Stockholm", "Göteborg",
    "Malmö", "Götaland",
} | MUNICIPALITIES  # fmt: skip
ORG_SUFFIXES = (
    "förbundet", "förbund", "förvaltningen", "förvaltning", "nämnden", "styrelsen", "kansliet",
    "kommun", "regionen", "föreningen", "förening", "bolaget", "enheten", "avdelningen",
    "gruppen", "rådet", "institutet", "verket", "sällskapet", "landstinget", "länsstyrelsen",
)  # fmt: skip
ORG_WORDS = {"kommun", "län", "universitet", "Universitet", "Länsstyrelsen", "Polisen",
             "Region", "Regionen", "RF-SISU"}  # fmt: skip
TITLE_SUFFIXES = (
    "chef", "chefer", "strateg", "stateg", "ledare", "samordnare", "läkare", "sköterska",
    "skötersk", "utvecklare", "utredare", "direktör", "handläggare", "sekreterare", "intendent",
    "rådgivare", "koordinator", "ordförande", "projektledare", "ansvarig", "ansvariga",
    "representant", "representanter", "konsult", "justerare", "förare", "administratör",
    "inspektör", "assistent", "controller", "ekonom", "arkitekt", "biolog", "planerare",
)  # fmt: skip

_UP = "A-ZÅÄÖÉÜØÆÁČŠŽĆĐŁŚŹŻŞÇÑ"  # names from the rest of Europe too ("Petrović", "Şahin")
_LOW = "a-zåäöéüèáíóúëïøæßćčšžđłńśźżğışçñãõâêîôûàùìòý"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
# "van der", "von", "af": the lower-case particles of a surname ("Kayumba van den Brink")
PARTICLES = ("von", "af", "de", "van", "der", "den", "la", "du", "da", "di", "el", "al", "bin")
_PARTICLE = rf"(?:(?:{'|'.join(PARTICLES)})\s+){{0,2}}"
_NAME = re.compile(rf"{_CAP}(?:\s+{_PARTICLE}{_CAP}){{1,3}}")
_NAME_TOKEN = re.compile(rf"^{_CAP}$")


_DEL_TAGS = re.compile(r"</?del>")


def clean_name(text: str) -> str:
    if "<" in text:  # struck-out marks are rare; most names skip the substitution
        text = _DEL_TAGS.sub("", text)
    return " ".join(text.strip(" \t-–•*,.;:").split())


# The definite form of what an organisation or its part is called ("Arbetsförmedlingen",
# "Försäkringskassan", "Vuxenpsykiatrin", "Kommunledningskontoret"): after a name in a run
# of people it is where the person comes from, never a third surname.
ORG_NOUN_ENDINGS = (
    "förmedlingen", "kassan", "vården", "kontoret", "psykiatrin", "kliniken", "centralen",
    "skolan", "verket", "tjänsten", "boendet", "omsorgen", "staben", "sektionen",
    "sekretariatet", "myndigheten", "polisen", "sjukhuset", "lasarettet", "mottagningen",
    "teamet", "nätverket", "utskottet", "direktionen", "stiftelsen", "högskolan",
    "universitetet", "församlingen", "biblioteket", "förvaltningen", "avdelningen",
    "sektorn",  # "Kommunledningssektorn", "Socialsektorn": a municipality's department
    "jouren",  # "Kvinnojouren Viljan": an association by its kind
    # "Rådhuset Visborg", "Sessionssalen", "Konferensrummet": where the meeting was held
    "huset", "salen", "rummet",
)  # fmt: skip


# Organisations named in the plural definite ("Sportfiskarna", "Företagarna", "SPF Seniorerna",
# "Moderaterna") and councils ("Fotö Öråd", "Byarådet"): after a guest's name without a comma
# ("samt Christina Lindhagen Sportfiskarna") where she comes from, never her surname.
ORG_PLURAL_ENDINGS = ("arna", "erna", "orna")
COUNCIL_ENDINGS = ("råd", "rådet")


@lru_cache(maxsize=8192)
def is_title_word(word: str) -> bool:
    w = word.lower().strip(",.")
    return (
        any(w.endswith(s) for s in TITLE_SUFFIXES)
        or (len(w) > 9 and any(w.endswith(s) for s in ORG_SUFFIXES))
        or (len(w) >= 7 and w.endswith(ORG_NOUN_ENDINGS))
        or (len(w) >= 8 and w.endswith(ORG_PLURAL_ENDINGS))
        or (len(w) >= 4 and w.endswith(COUNCIL_ENDINGS))
    )


def is_name(text: str) -> bool:
    """'Anna Bürger Sjödin', 'Marie-Louise Forsberg Fransson': 2-4 capitalised words."""
    text = clean_name(text)
    words = [w for w in text.split() if w not in PARTICLES]
    if not 2 <= len(words) <= 4 or not _NAME.fullmatch(text):
        return False
    return not any(w in NOT_NAME_WORDS or is_title_word(w) for w in words)


def split_name(text: str) -> tuple[str, str]:
    """'Michael Tybell Lindesbergs kommun' -> ('Michael Tybell', 'Lindesbergs kommun').

    The name is the longest run of capitalised words at the start that is a name; a word in
    the genitive in front of an organisation word ("Linköpings Universitet") belongs to the
    organisation."""
    if "\t" in text.strip(" \t-–•*,.;:"):  # a table row: the name is the first cell
        name, _, rest = text.strip(" \t-–•*,.;:").partition("\t")
        if is_name(name):
            return clean_name(name), clean_name(rest)
    text = clean_name(text)
    if "," in text:
        name, _, rest = text.partition(",")
        if is_name(name) or _with_initial(name):
            return clean_name(name), clean_name(rest)
    words = text.split()
    taken = []
    for k, word in enumerate(words[:6]):
        if word in PARTICLES and taken and k + 1 < len(words):
            taken.append(word)  # "Carl von Friesendorff", "Kayumba van den Brink"
            continue
        if _middle_initial(taken, word, words[k + 1] if k + 1 < len(words) else ""):
            taken.append(word)  # "Anna-Greta O Berggren", "Charlotta M. Sjöqvist"
            continue
        if len([w for w in taken if w not in PARTICLES]) >= 4:
            break
        if not _NAME_TOKEN.match(word) or word in NOT_NAME_WORDS or is_title_word(word):
            break
        # "Ellen Hyttsten Staffan Granström": a given name after a surname is the next person
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (
            len(taken) >= 2
            and is_first_name(word)
            and _NAME_TOKEN.match(nxt)
            and not is_first_name(nxt)
        ):
            break
        taken.append(word)
    while taken and taken[-1] in PARTICLES:
        taken.pop()  # "Anna Ek de": a particle with no surname after it is no part of the name
    rest_words = words[len(taken) :]
    if (
        len(taken) >= 3
        and taken[-1].endswith("s")
        and rest_words
        and (rest_words[0] in ORG_WORDS or rest_words[0].lower() in ORG_WORDS)
    ):
        taken.pop()
    name = " ".join(taken)
    if not is_name(" ".join(w for w in taken if not _INITIAL.fullmatch(w))):
        return "", text
    rest = text[len(name) :] if text.startswith(name) else " ".join(words[len(taken) :])
    return name, clean_name(rest)


_INITIAL = re.compile(rf"[{_UP}]\.?")


def _with_initial(name: str) -> bool:
    words = clean_name(name).split()
    return len(words) == 3 and _middle_initial(words[:1], words[1], words[2]) and is_name(
        f"{words[0]} {words[2]}"
    )


def _middle_initial(taken: list[str], word: str, nxt: str) -> bool:
    """A middle initial between a known given name and a surname ('Anna-Greta O Berggren'):
    never after a surname ('Anna Ek M Per Lind', a party letter before the next person) nor
    before a given name."""
    return (
        len(taken) == 1
        and bool(_INITIAL.fullmatch(word))
        and is_first_name(taken[0])
        and bool(_NAME_TOKEN.match(nxt))
        and nxt not in NOT_NAME_WORDS
        and not is_first_name(nxt)
    )


_SENTENCE_END = re.compile(r"(?<=[a-zåäö)])\.\s")
_BETWEEN_NAMES = re.compile(r",|/|;|\s+och\s+|\s+eller\s+|\s+samt\s+|\s&\s|\s+[–-]\s+")


def names_in(text: str) -> list[str]:
    """People named in a presenter line: 'Ann-Sofie Vennerstrand/Ingmar Ångman och
    folkhälsocheferna', 'Daniel Berglund och Camilla Pettersson, Välfärd & Folkhälsa'."""
    text = _SENTENCE_END.split(text, maxsplit=1)[0]
    text = text.replace("och/eller", " och ")
    found = []
    for part in _BETWEEN_NAMES.split(text):
        name, _ = split_name(part)
        if name and name not in found:
            found.append(name)
    return found


def find_names(text: str) -> list[str]:
    """Every person's name anywhere in a sentence."""
    found = []
    for m in _NAME.finditer(text):
        words = m[0].split()
        while len(words) >= 2 and not is_name(" ".join(words)):
            words = words[1:]  # "Till Tina Johansson": drop capitalised words in front
        if len(words) >= 2 and " ".join(words) not in found:
            found.append(" ".join(words))
    return found
