"""Who was there, who was not, who stood in for whom, and in which role."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .absence import absent_in_prose, full_name, present_in_prose, stand_ins
from .first_names import is_first_name
from .functionaries import election_lines, functionaries
from .model import ROLE_WORDS, Attendee, Substitution
from .names import clean_name, is_name, is_title_word, split_name
from .page_turns import PAGE_LABEL, continued_list
from .people import mark_of, people_in_run, says_of_another
from .presenters import PRESENTER_HEAD, inside_an_item
from .role_column import paired_substitutes
from .sign_box import signers_across
from .stacked_shapes import split_stacked_paragraphs
from .table_shapes import join_name_columns, lost_marks

_PRESENT = (
    r"närvarande ledamöter|närvarande ersättare|närvarande tjänstemän|närvarande|deltagare|deltog"
    r"|deltagande"
    r"|kallade|övriga? deltagare|övriga? deltagande|övriga? närvarande|beslutande ledamöter"
    r"|även närvarande|vidare närvarande|närvarande styrelseledamöter|närvarande från styrelsen"
    r"|närvarande (?:via|på|digitalt|på distans)(?: \w+)?|deltog (?:via|på distans)(?: \w+)?"
    r"|beslutande|ordinarie ledamöter|ej tjänstgörande ersättare|ej beslutande ersättare"
    r"|ej tjänstgörande"  # the column's label cut short of its "ersättare"
    r"|icke tjänstgörande ersättare|suppleanter|dessutom närvarande|dessutom"
    r"|tjänstgörande suppleanter|tjänstgörande suppleant"
    r"|adjungerade(?:\s*\([^)]*\))?|tjänstemän|närvarolista|utses att justera|justerande"
    r"|justeras"  # "Justeras:" over the names of those who sign: they were there
    r"|mötesordförande|mötessekreterare|protokollförare|antecknare|vid protokollet|protokollförande"
    r"|sekreterare|justerare|mötesordförande|mötets ordförande|mötets sekreterare|ordf\.?"
    r"|närvaro|mötesdeltagare|styrelseledamöter|närvarande personer|adjungerad|suppleant"
    r"|konsult|konsulter|gäst|gäster|inbjudna|inbjuden|observatörer|observatör"
    r"|besök\s+av|besökare|på\s+besök"  # "Besök av: Emil Beijer, …": visitors were there
    r"|ande"  # "ande Håkan Wretling": Närvarande or Beslutande with its head cut off
    # the same lists in other words: the members serving, an observer's seat, the officials
    # from the förvaltning, the ersättare there without serving
    r"|tjänstgörande ledamöter|insynsplatser|insynsplats|från förvaltningen"
    r"|ersättare \(ej tjänstgörande\)|ersättare \(ej tjg\.?\)"
)
_ABSENT = (
    r"frånvarande|frånvarande ledamöter|anmält förhinder|anmälda förhinder|förhinder"
    r"|ej närvarande|frånvaro|anmäld frånvaro|anmält frånvaro|återbud|avanmälda|förhindrade"
    r"|avbön|avböjt|avböjde|meddelat förhinder|anmält avbud|avbud|förhindrad|ej deltagande"
    r"|deltog ej|deltog inte|ej närvarande ledamöter|frånvarande ersättare"
    # "Inte närvarande: …", "Icke deltagande: …": the same negation in other words
    r"|inte närvarande|icke närvarande|inte deltagande|icke deltagande"
)
_ROLES = (
    r"ordförande|vice ordförande|justerare|ledamöter|ledamot|tjänstgörande ersättare|ersättare"
    r"|tjänstepersoner|tjänsteperson|sekreterare|minnesanteckningar|övriga"
)
_HEADING = re.compile(
    rf"^(?P<label>{_ABSENT}|{_PRESENT}|{_ROLES})\s*(?:[:;]\s*|,\s*(?=[A-ZÅÄÖ])|\t+\s*|$)(?P<rest>.*)$",
    re.I,
)
# A label of the front page followed by its people on the same line, without a colon
# ("Beslutande Jeanette Wäppling (v), ordförande …", "Utses att justera Lena Lindberg").
_RUN_HEADING = re.compile(
    rf"^(?P<label>{_ABSENT}|{_PRESENT}|{_ROLES})\s+(?P<rest>[A-ZÅÄÖ].*)$", re.I
)
_EXTRA_ROLES = {
    "beslutande": "member", "beslutande ledamöter": "member", "ordinarie ledamöter": "member",
    "närvarande ersättare": "substitute", "ej tjänstgörande ersättare": "substitute",
    "ej beslutande ersättare": "substitute", "icke tjänstgörande ersättare": "substitute",
    "ej tjänstgörande": "substitute", "tjänstgörande suppleant": "substitute",
    "tjänstgörande suppleanter": "substitute",
    "suppleanter": "substitute", "utses att justera": "adjuster", "justerande": "adjuster",
    "justeras": "adjuster",
    "mötesordförande": "chair", "mötessekreterare": "secretary", "protokollförare": "secretary",
    "antecknare": "secretary", "vid protokollet": "secretary", "protokollförande": "secretary",
    "mötets ordförande": "chair", "mötets sekreterare": "secretary",
    "tjänstemän": "official", "närvarande tjänstemän": "official",
    "tjänstgörande ledamöter": "member", "från förvaltningen": "official",
    "ersättare (ej tjänstgörande)": "substitute", "ersättare (ej tjg)": "substitute",
    "ersättare (ej tjg.)": "substitute",
}  # fmt: skip
_NOTE_CHAIR = re.compile(r"(?<!vice )(?<!vice)\b(?:ordförande|ordf\.?)(?!\w)", re.I)
_NOTE_SECRETARY = re.compile(r"\b(?:sekreterare|nämndsekr\.?|sekr\.)(?!\w)", re.I)
# "ers PRO för Maj Ström": the organisation whose ersättare she is, by its letters, before "för"
_ORG_LETTERS = r"(?:(?-i:[A-ZÅÄÖ]{2,6})\s+)?"
# "Per Ek (S) istf Eva Holm (S)", "i st f", "i st. f.": i stället för, as secretaries shorten it;
# "Per Ek (S) ers. Eva Holm (S)": ersätter, shortened before the name
_ISTF = r"\bi\.?\s?st\.?\s?f\.?(?=\s)"
_ERS_DOT = r"\bers\.(?=\s+[A-ZÅÄÖ][a-zåäöé])"
_NOTE_SERVING = re.compile(
    r"\btjg\.?\s*ers|\btjänstgörande\s+ersättare|\btjänstgörande\s+för|\bersättare\s+för"
    rf"|\bers\.?\s+{_ORG_LETTERS}för|\bersätter\b|\bersatte\b|\bi\s*stället\s+för|{_ISTF}|\btjänstgör(?:de|ande)?\b(?!\s+(?:ordf|vice|sekr|just))|\btjg\b",
    re.I,
)
_LIST_LABEL = re.compile(r"närvarande|deltagare|deltagande|deltog|beslutande|ledamöter", re.I)
_DECIDING = re.compile(r"beslutande|ledamöter", re.I)
_NOT_SERVING = re.compile(r"\bej\s+tjg|\bej\s+tjänstgörande|\bicke\s+tjänstgörande", re.I)
_SUBSTITUTE = re.compile(
    r"\((?:ersätter|ersatte|ers\.?|tjänstgör(?:ande)?\s+för|i\s*stället\s+för|för"
    r"|(?:tjänstgörande\s+)?ersättare\s+för|tjg\.?\s+(?:ers\.?\s+)?för|ers\.?\s+för)"
    r"\s+(?P<who>[^()]+)\)"
    rf"|(?:ersätter|ersatte|tjänstgör(?:ande)?\s+för|i\s*stället\s+för|ersättare\s+för|{_ISTF}"
    rf"|{_ERS_DOT}"
    rf"|ers\.?\s+{_ORG_LETTERS}för"
    r"|tjg\.?\s+(?:ers\.?\s+)?för|tjänstgörande\s+ersättare\s+för|tjg\.?\s+ersättare\s+för"
    r"|^\W*för)\s+(?P<who2>[^()]+?)(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?\s*$",
    re.I,
)
# "Dora Stål (S), ersatt av Kent Berg (S)": the member, and who stood in
_REPLACED_BY = re.compile(
    r"\b(?:ersatt|ersätts|ersattes|ersatta)\s+av\s+(?P<who>[A-ZÅÄÖ][^()]+?)"
    r"(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?\s*$",
    re.I,
)
_INLINE_ROLE = re.compile(r"\((ordförande|sekreterare|justerare|ersättare|ledamot)\)", re.I)
_PARTY = re.compile(r"\s*\((?:S|M|C|V|L|KD|MP|SD)\)")
_BODY_SUBSTITUTE = re.compile(
    r"(?P<a>[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){1,3})\s+"
    r"(?:ersätter|tjänstgör för|tjänstgjorde för|ersatte)\s+"
    r"(?P<b>[A-ZÅÄÖÉ][\w\-]+(?:\s+[A-ZÅÄÖÉ][\w\-]+){1,3})"
)
_BODY_SUBSTITUTE_VERBS = ("ersätter", "tjänstg", "ersatte")  # one is in every match


@dataclass
class Attendance:
    attendees: list[Attendee] = field(default_factory=list)
    substitutions: list[Substitution] = field(default_factory=list)
    subgroups: list[str] = field(default_factory=list)  # sub-headings inside the lists
    used: set[int] = field(default_factory=set)  # paragraph indexes that were attendance
    warnings: list[str] = field(default_factory=list)
    marks: dict[int, str] = field(default_factory=dict)  # id(attendee) -> "present"/"absent"
    called: list[str] = field(default_factory=list)  # "Kallade": who was asked to come
    listed: set[str] = field(default_factory=set)  # named under "Närvarande" and its kin
    deciding: set[str] = field(default_factory=set)  # named under "Beslutande", "Ledamöter"
    # (line, name) of those in a table of an item's presenters: not attendance
    presenters: list[tuple[int, str]] = field(default_factory=list)
    last_label: str = ""  # the label of the list read last, for a list a page break cut
    last_list: tuple[int, str] = (-1, "")  # where the last list of people began, and its label
    part_time: set[str] = field(default_factory=set)  # replaced for some §§ only: still there


def _role(label: str) -> str:
    label = " ".join(label.lower().split())
    return ROLE_WORDS.get(label) or _EXTRA_ROLES.get(label, "")


_NUMBERED_START = re.compile(r"^\d{1,2}[.)]\s|^§\s*\d+\s+[A-ZÅÄÖ]")
_NOTE_AFTER_COMMA = re.compile(r"^[^,]{2,40},\s")


def _is_prose(text: str, rest: str) -> bool:
    words = text.split()
    if _NUMBERED_START.match(text):
        return True  # "3. Budget", "§ 12 Val av justerare" (but "§§ 12-13" notes a name's §§)
    if len(words) >= 7 and text.rstrip().endswith((".", "!", "?")) and "(" not in text:
        return True
    if _SUBSTITUTE.search(rest):  # "Karl Ahlin tjänstgör för Maria Borg"
        return False
    if "\t" in text and is_name(_PARTY.sub(" ", text.split("\t")[0])):
        return False  # "Sara Ek<TAB>bitr verksamhetschef barn- och …": a row of a table
    first = rest.split()[0] if rest.split() else ""
    lower_word = bool(first) and first[0].islower() and not is_title_word(first)
    if rest != text and _NOTE_AFTER_COMMA.match(text.lstrip("-–•* ")):
        return False  # "Elin Forslund, facklig representant för Vision, § 13": a note
    return lower_word and len(rest.split()) >= 4


_SIGN_LINE = re.compile(r"\s*(?:_{3,}|\.{4,}|…{2,}|(?<=\s)_(?=\s))\s*")
_SIGNATURES = re.compile(r"^\s*underskrift(?:er)?\s+(?=[A-ZÅÄÖ])", re.I)


def _has_sign_line(text: str) -> bool:
    # Each way of drawing a line holds one of these literals; looking for them first spares the
    # pattern's walk (its leading \s* is tried at every position) in nearly every paragraph.
    return ("_" in text or "...." in text or "…" in text) and bool(_SIGN_LINE.search(text))


_ABSENT_START = re.compile(rf"(?:{_ABSENT})\b", re.I)
_ABSENT_END = re.compile(r"\b(?:förhinder|frånvarande)$", re.I)


def _is_absent_label(label: str) -> bool:
    # "Frånvarande", and "Följande ledamöter hade anmält förhinder" (the word at the end)
    return bool(_ABSENT_START.match(label)) or bool(_ABSENT_END.search(label.strip()))


# "Närvarande från Region Östergötland:", "Deltagare från kommunerna:", "Frånvarande
# ledamöter:": a label of its own words before a colon.
_LOOSE_HEADING = re.compile(
    r"^(?P<label>(?:närvarande|närvarade|deltagare|deltagande|frånvarande|ej\s+närvarande"
    r"|övriga|anmält\s+förhinder|återbud|frånvaro|avbön|avbud)\b[^:\n]{0,40}?)\s*:\s*(?P<rest>.*)$"
    # "Följande ledamöter var närvarande:", "Vid mötet deltog:", "Med på mötet:": a sentence
    # that ends in its list
    r"|^(?P<label2>(?:[\wåäöÅÄÖ]+\s+){1,5}(?:närvarande|deltog|deltar|närvarade|förhinder"
    r"|frånvarande)|med\s+(?:på|vid)\s+(?:mötet|sammanträdet))\s*:\s*(?P<rest2>.*)$",
    re.I,
)


class _Loose:
    """A match of _LOOSE_HEADING read as one of _HEADING: its label and what follows."""

    def __init__(self, m: re.Match):
        self.label = m["label"] or m["label2"]
        self.rest = m["rest"] if m["label"] else m["rest2"]

    def __getitem__(self, key: str) -> str:
        return self.label if key == "label" else self.rest


def _loose_heading(text: str):
    m = _LOOSE_HEADING.match(text)
    return _Loose(m) if m else None


_NUMBERED_LIST_HEAD = re.compile(
    r"^(?:§\s*)?\d{1,2}[.)]?\s+(?=(?:närvarande|närvaro|deltagare|frånvarande|anmält förhinder)"
    r"\s*:?\s*$)",
    re.I,
)


def find_attendance(paragraphs: list[str]) -> Attendance:
    result = Attendance()
    as_written = paragraphs  # before the cuts below, which split a sentence at a role's word
    # "Sekreterare ____________ Anna Holm": the lines to sign on are no part of any name
    paragraphs = [
        _SIGNATURES.sub("", _SIGN_LINE.sub(" ", p)) if _has_sign_line(p) else p
        for p in paragraphs
    ]
    paragraphs = _stacked_columns(_rejoin_roles([_spaced_columns(p) for p in paragraphs]))
    paragraphs = [piece for p in paragraphs for piece in _signers(p)]
    paragraphs = [piece for p in paragraphs for piece in _inner_labels(p)]
    paragraphs = split_stacked_paragraphs(paragraphs)
    paragraphs = [_PAGE_NUMBER_BEFORE_LABEL.sub("", p) for p in paragraphs]
    paragraphs = _stacked_heads([_whom_first(p) for p in paragraphs])
    paragraphs = join_name_columns(paragraphs)
    # an election's result is no list of those present (the lines keep their places)
    elected = election_lines(paragraphs)
    paragraphs = ["" if k in elected else p for k, p in enumerate(paragraphs)]
    _x_tables(paragraphs, result)
    i = 0
    while i < len(paragraphs):
        if i in result.used:
            i += 1
            continue
        text = paragraphs[i].strip()
        if (
            _stand_in_column(text, result)
            or _carried_over(text, i, result)
            or _page_turned(paragraphs, i, result)
        ):
            result.used.add(i)
            i += 1
            continue
        if i < 25 and _values_after_justering(paragraphs, i, result):
            result.used.add(i)
            i += 1
            continue
        if i < 15 and _stacked_labels(text, result):
            result.used.add(i)
            i += 1
            continue
        m = _HEADING.match(text) or _loose_heading(text) or _table_head(text)
        if not m and _NUMBERED_LIST_HEAD.match(text):
            # "1. Närvarande" as an item of its own, its people on the lines below
            m = _HEADING.match(_NUMBERED_LIST_HEAD.sub("", text))
        if not m or (m["label"].lower() == "minnesanteckningar" and not m["rest"].strip()):
            run = _RUN_HEADING.match(text)
            i += 1
            if run and lost_marks(paragraphs, i - 1, run["label"], run["rest"]):
                # no one of a närvarolista whose marks were lost was there, away or serving
                # for all the text can tell; its rows below it are the table's too
                result.used.add(i - 1)
                skipped = Attendance()
                i = _run_continues(paragraphs, i, run["label"], skipped)
                result.used |= skipped.used
                continue
            if run and _run_section(run, result, paragraphs[i - 2] if i >= 2 else ""):
                result.used.add(i - 1)
                _remember_list(result, i - 1)
                i = _run_continues(paragraphs, i, run["label"], result)
            continue
        _remember_list(result, i, m["label"])
        i = _read_section(paragraphs, i, m, result)
    _unlabelled_tables(paragraphs, result)
    _signed_across(as_written, result)
    if not any(a.present for a in result.attendees):
        _unlabelled_lines(paragraphs, result)
    _prose(paragraphs, result)
    _functionaries(as_written, result)
    _column_of_roles(as_written, result)
    _finish(result)
    return result


def _column_of_roles(paragraphs: list[str], result: Attendance) -> None:
    """Whom substitutes replace, from a table's column of roles read after its column of names
    (see role_column.py). The roles' 'ersätter Eva Falk (S) ersätter Jan Kvist (C)' read as a
    sentence made the first replaced the second's substitute: the pairs by position replace
    what was read of the replaced, who were not there unless the names' column lists them."""
    names = [a.name for a in result.attendees if a.present]
    for k, text in enumerate(paragraphs[:30]):
        pairs = paired_substitutes(text, names)
        if not pairs and k:  # the names' column cut into the paragraph before, at a label
            text = f"{paragraphs[k - 1]} {text}"
            pairs = paired_substitutes(text, names)
        if not pairs:
            continue
        replaced = {r for _, r in pairs}
        result.substitutions = [
            s for s in result.substitutions
            if s.substitute not in replaced and s.replaces not in replaced
        ]
        only_replaced = {r for r in replaced if text.find(r) == text.find(f"ersätter {r}") + 9}
        result.attendees = [a for a in result.attendees if a.name not in only_replaced]
        for who, replaced_one in pairs:
            result.substitutions.append(Substitution(who, replaced_one))
            for a in result.attendees:
                if a.name == who:
                    a.substitute_for = replaced_one
        return


_ONE_PERSON = {"chair", "secretary", "adjuster"}


def _remember_list(result: Attendance, k: int, label: str = "") -> None:
    """Paragraph k begins a list of people (not one person's role, as 'Sekreterare')."""
    label = " ".join((label or result.last_label).lower().split())
    one_person = _role(label) in _ONE_PERSON or _ROLE_ONLY.fullmatch(label)
    if label and not one_person and label not in ("justeras", "vid protokollet"):
        result.last_list = (k, label)


def _page_turned(paragraphs: list[str], i: int, result: Attendance) -> bool:
    """The list read last goes on at the head of the next page (see page_turns.py)."""
    at, label = result.last_list
    # only a list of those there: a short list of those away is seldom cut, and names at the
    # next page's head after it are more likely a list of the page's own
    if not label or _is_absent_label(label):
        return False
    rest, secretary = continued_list(paragraphs, i, at)
    if not rest or not _add_run(result, rest, True, _role(label), label):
        return False
    if secretary:
        _add_run(result, secretary, True, "secretary", "sekreterare")
    return True


def _signed_across(paragraphs: list[str], result: Attendance) -> None:
    """Who signs in the front page's box read across was there (see sign_box.py); the
    paragraphs as written, before the box in its labels' order was cut at them."""
    known = {a.name.casefold() for a in result.attendees}
    for text in paragraphs[:30]:
        if not text.lstrip().startswith(("Underskrifter", "UNDERSKRIFTER")):
            continue
        for name in signers_across(text):
            if name.casefold() not in known:
                result.attendees.append(Attendee(name))
                known.add(name.casefold())


def _functionaries(paragraphs: list[str], result: Attendance) -> None:
    """Whom the minutes elect to chair, keep or approve the meeting, and who signs them, was
    there, listed or not (see functionaries.py)."""
    known = {a.name for a in result.attendees}
    for name, role in functionaries(paragraphs):
        if name not in known:
            result.attendees.append(Attendee(name, role=role))
            known.add(name)


# "Beslutande Beslutande ersättare Anna Ek (S), Per Lind (M) Lisa Åberg (S), Sten Holm (M)":
# a front page's two labels side by side over their two columns, read across into one line
_TWO_HEADS = re.compile(
    r"\b(?P<first>Beslutande(?:\s+ledamöter)?|Ledamöter)\s+"
    r"(?P<second>(?:Beslutande|Tjänstgörande)\s+ersättare)\s+(?=[A-ZÅÄÖ])"
)


def _stacked_columns(paragraphs: list[str]) -> list[str]:
    """Each column is a list with commas between its people, and its last person has none
    after her: the first place two people meet without a comma is where the second column
    begins. The two columns become two lists under their own labels ('Beslutande Anna Ek (S),
    Per Lind (M)' and 'Tjänstgörande ersättare Lisa Åberg (S), Sten Holm (M)'), as the rules
    read them. The labels may share the line with the names or stand on a line of their own
    ('Beslutande' / 'Beslutande ersättare Anna Ek (S), …')."""
    out: list[str] = []
    k = 0
    while k < len(paragraphs):
        text, taken = paragraphs[k], 1
        alone = _FIRST_HEAD_ALONE.match(text.strip())
        if alone and k + 1 < len(paragraphs):
            text, taken = f"{alone['first']} {paragraphs[k + 1].strip()}", 2
        m = _TWO_HEADS.search(text)
        split = _column_break(text[m.end() :]) if m and (taken == 1 or m.start() == 0) else None
        if m and split is not None:
            rest = text[m.end() :]
            out.append(text[: m.start()] + m["first"] + " " + rest[:split].rstrip())
            out.append("Tjänstgörande ersättare " + rest[split:])
            k += taken
        else:
            out.append(paragraphs[k])
            k += 1
    return out


# "Ordförande (S) Gertrud Ivarsson 1:e vice ordf (C) …": a role and a party that open a line
# belong to the name that ended the line before (the role, written after each name, was taken
# for a label of the front page and the list cut there)
_ROLE_AND_PARTY = re.compile(
    r"^(?:Ordförande|Vice ordförande|Ledamot|Ersättare|Sekreterare|Ordf\.?)\s+"
    r"\((?:S|M|C|V|L|KD|MP|SD|FP)\)\s+(?=[A-ZÅÄÖ])"
)


def _rejoin_roles(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for text in paragraphs:
        if out and _ROLE_AND_PARTY.match(text):
            people = people_in_run(out[-1][-200:])
            if people and out[-1].rstrip().endswith(people[-1].name):
                out[-1] = f"{out[-1].rstrip()} {text}"
                continue
        out.append(text)
    return out


# "Underskrifter Sekreterare Eva Holm Ordförande Anna Berg Justerande Karl Dahl": the front
# page's box of signatures read across into one line. Those who sign were at the meeting (the
# box may be all the minutes say of who was there: "Beslutande Enligt särskild närvarolista").
# (the roles capitalised as labels are: "Underskrifter sekreterare Eva Holm, planarkitekt …" in
# lower case is a box read across in another order, sign_box.py's)
_SIGN_BOX = re.compile(
    r"^(?i:underskrift(?:er)?)\s+(?=(?:Sekreterare|Ordförande|Justerande|Justerare"
    r"|SEKRETERARE|ORDFÖRANDE|JUSTERANDE|JUSTERARE)\b)"
)
# … up to each role's label, and to "Justeras:" after the box, whose names justerar
_SIGN_ROLE = re.compile(
    r"\s+(?=(?:Sekreterare|Ordförande|Justerande|Justerare|Justeras|Paragrafer)\b)"
)


def _signers(text: str) -> list[str]:
    m = _SIGN_BOX.match(text)
    if not m:
        return [text]
    return [piece for piece in _SIGN_ROLE.split(text[m.end() :]) if piece.strip()]


# "Närvarande Anna Berg, Per Ekström Förhinder Eva Holm Protokollförare Karl Dahl": the next
# label of a list run in after the last name without a colon, capitalised as labels are
_RUN_IN_WORDS = ("Förhinder", "Frånvarande", "Anmält förhinder", "Anmälda förhinder",
                 "Meddelat förhinder", "Ej närvarande", "Protokollförare", "Sekreterare",
                 "Justerare", "Justeras", "Inte närvarande", "Icke närvarande", "Icke deltagande")
_RUN_IN_LABEL = re.compile(
    rf"(?<=[a-zåäöé)]) +(?=(?:{'|'.join(_RUN_IN_WORDS)}):? +[A-ZÅÄÖ])"
)


def _inner_labels(text: str) -> list[str]:
    # the labels as literals first (a cheap look), the pattern only where one of them stands
    if "\t" in text or not any(w in text for w in _RUN_IN_WORDS) or not (
            _RUN_IN_LABEL.search(text)):
        return [text]  # no label run in; or a table's row or head, read as a table's
    head = _RUN_HEADING.match(text) or _HEADING.match(text)
    if not head or _is_absent_label(head["label"]):
        return [text]
    return [piece for piece in _RUN_IN_LABEL.split(text) if piece.strip()]


# "1 Beslutande Anna Berg (S), …": a transcript's page number in front of the page's first
# label (docplayer's "1 ", "2 (40) ")
_PAGE_NUMBER_BEFORE_LABEL = re.compile(
    # and the page's own label of its number after it ("2 2(26) Övriga närvarande Eva …")
    rf"^\d{{1,3}}(?:\s+\(\d{{1,3}}\))?\s+{PAGE_LABEL}(?=(?:Beslutande|Närvarande|Ledamöter"
    r"|Deltagare|Tjänstgörande ersättare|Ersättare|Frånvarande"
    r"|Övriga (?:närvarande|deltagande|deltagare))\b(?:\s*:)?\s+[A-ZÅÄÖ])"
)
_FIRST_HEAD_ALONE = re.compile(r"^(?P<first>Beslutande(?:\s+ledamöter)?|Ledamöter)$")


def _column_break(rest: str) -> int | None:
    """Where the second column starts in 'Anna Ek (S), Per Lind (M) Lisa Åberg (S), …'."""
    pos, last_end = 0, None
    for person in people_in_run(rest[:1500]):
        at = rest.find(person.name, pos)
        if at < 0:
            return None
        if last_end is not None and "," not in rest[last_end:at]:
            return at if _PARTY_OR_NOTE_GAP.fullmatch(rest[last_end:at]) else None
        pos = last_end = at + len(person.name)
    return None


# What may stand between the last person of a column and the first of the next: a party, a
# role or §§ of her own ("Inger Björklund (KD) Marita …", "Jussi Rinne (SD) 17-25 Kjell …")
_PARTY_OR_NOTE_GAP = re.compile(r"\s*(?:\([A-ZÅÄÖa-zåäö]{1,4}\)\s*)?(?:[\d\s§-]{0,12})?")


# "Abelius, Anders   Carlsson, Anders": a list set in columns that writes the surname first,
# the given name after its comma (the columns' spaces collapse in the text as read)
_SURNAME_PAIR = re.compile(
    r"(?P<sur>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?),\s+"
    r"(?P<given>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?:\s+|$)"
)
_PAIR_ROLE = re.compile(r"(?:ordförande|ordf\.?|vice ordförande|sekreterare|sekr\.?|kassör)$", re.I)


def _spaced_columns(text: str) -> str:
    """'Närvarande<TAB>Uggla, Eddie ordförande' / 'Abelius, Anders<TAB>Carlsson, Anders': rows
    of names written surname first, read as a table row with the names turned ('Närvarande<TAB>
    Eddie Uggla<TAB>ordförande', 'Anders Abelius<TAB>Anders Carlsson'). A cell must be nothing
    but such pairs (and a role at its end), each a known given name after a surname that is
    none, so a list written 'Anna Ek, Per Lind' is never turned."""
    if "," not in text:
        return text
    cells = [c.strip() for c in text.split("\t")]
    out: list[str] = []
    turned = False
    for k, cell in enumerate(cells):
        names = _turned_pairs(cell, k == 0)
        turned = turned or names is not None
        out.extend(names if names is not None else [cell])
    return "\t".join(c for c in out if c) if turned else text


def _turned_pairs(cell: str, first: bool) -> list[str] | None:
    head = _RUN_HEADING.match(cell) if first else None
    label, rest = (head["label"], head["rest"]) if head else ("", cell)
    names, pos = [], 0
    for m in _SURNAME_PAIR.finditer(rest):
        if m.start() != pos or not is_first_name(m["given"]) or is_first_name(m["sur"]):
            break
        names.append(f"{m['given']} {m['sur']}")
        pos = m.end()
    tail = rest[pos:].strip()
    if not names or (tail and not _PAIR_ROLE.fullmatch(tail)):
        return None
    return [label, *names, tail]


_FOR = (
    r"(?:tjänstgör(?:ande)?|tjg\.?(?:\s*ers\.?)?|ersättare|ers\.?|ersätter|i\s*stället)\s+för"
    r"|ersätter"
)
# "Justerare Tjänstgör för Mirsad Omerbasic (S) Tjänstgör för Lisa Lilja (S)": the column of a
# table that says whom each tjänstgörande ersättare replaced, flattened on its own after the
# column of their names (the column of roles before it, with cells left empty, run into it)
_STAND_IN_COLUMN = re.compile(
    rf"^(?:(?:vice\s+)?(?:ordförande|justerare|sekreterare|ledamot)\s+)*(?P<cells>(?:(?:{_FOR})\s+"
    r"[^()]+?(?:\s*\([A-Za-zÅÄÖåäö]{1,3}\))?\s*)+)$",
    re.I,
)
_STAND_IN_CELL = re.compile(rf"(?:{_FOR})\s+", re.I)


def _stand_in_column(text: str, result: Attendance) -> bool:
    """Pair a flattened column of 'Tjänstgör för X' cells, in order, with the tjänstgörande
    ersättare listed last without whom they replace, when their numbers agree."""
    m = _STAND_IN_COLUMN.match(text)
    if not m:
        return False
    cells = [c for c in _STAND_IN_CELL.split(m["cells"]) if c.strip()]
    whom = [split_name(_PARTY.sub(" ", c))[0] for c in cells]
    serving = [s.substitute for s in result.substitutions if not s.replaces]
    if not whom or not all(whom) or len(serving) < len(whom):
        return False
    for name, replaced in zip(serving[-len(whom) :], whom, strict=True):
        for attendee in result.attendees:
            if attendee.name == name and not attendee.substitute_for:
                attendee.substitute_for = replaced
        _add_substitution(result, name, replaced)
    return True


# "2 SAMMANTRÄDESPROTOKOLL" / "Sammanträdesdatum Joakim Rosén (SD) Oscar Lundqvist (SD)": the
# next page's head, its date left empty, and the rest of the list the page break cut
_CARRIED = re.compile(
    r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ]{6,}\s+)?(?:sammanträdesdatum|mötesdatum|datum)\s+"
    r"(?P<rest>[A-ZÅÄÖ][^\d]*)$",
    re.I,
)


def _carried_over(text: str, i: int, result: Attendance) -> bool:
    """People with their party letters under the next page's head continue the list before
    (a list read within the last few paragraphs)."""
    m = _CARRIED.match(text)
    label = result.last_label
    near = any(k in result.used for k in range(i - 3, i))
    if not m or not label or not near or _ROLE_ONLY.fullmatch(label):
        return False
    people = people_in_run(m["rest"])
    if not people or not all(_PARTY_IN_ROW.search(p.note) for p in people):
        return False
    return _add_run(result, m["rest"], not _is_absent_label(label), _role(label), label)


_COLUMN_WORDS = re.compile(
    r"^(?:(?:närvarande|frånvarande|närv\.?|frånv\.?|tjg\.?|ej\s+tjg\.?|tjänstgörande|parti"
    r"|ersättare|x|n|f|ja|nej|anteckningar|reservation)\s*)+$",
    re.I,
)


def _table_head(text: str) -> dict | None:
    """'Ledamöter Närvarande Frånvarande': a label and the heads of the columns beside it, its
    rows on the lines below ('S Anna Ek X')."""
    run = _RUN_HEADING.match(text)
    if run and _COLUMN_WORDS.match(run["rest"]) and not _ROLE_ONLY.fullmatch(run["label"]):
        return {"label": run["label"], "rest": ""}
    return None


# "Ersättare för Bo Holm (S): Eva Ek (S)": whom first, then who stood in
_WHOM_FIRST = re.compile(
    r"^(?:tjänstgörande\s+)?(?:ersättare|tjg\.?\s*ers\.?)\s+för\s+(?P<whom>[^:]{3,50}?)\s*:\s*"
    r"(?P<who>[A-ZÅÄÖ][^:]{3,80})$",
    re.I,
)
# "Eva Ek (S) i Bo Holms (S) ställe": whom in the genitive
_IN_PLACE_OF = re.compile(
    r"\bi\s+(?P<whom>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}?)(?::s|s)\s*"
    r"(?P<party>\([A-Za-zÅÄÖåäö]{1,3}\))?\s+ställe\b"
)


_STACKED = re.compile(r"^tjänstgörande\s+ersättare\s+(?=[A-ZÅÄÖ])", re.I)


def _stacked_heads(paragraphs: list[str]) -> list[str]:
    """'Beslutande' / 'Tjänstgörande ersättare Annalena Järnberg, ordf. S Katja Ollila V …': the
    heads of two columns over one run of names, the members' column first; who served as an
    ersättare the names do not show, so they are read as the members (a stand-in still says so
    by its own note)."""
    out = list(paragraphs)
    for k in range(len(out) - 1):
        if _MEMBER_HEAD.fullmatch(out[k].strip()) and _STACKED.match(out[k + 1].strip()):
            out[k + 1] = "Beslutande " + _STACKED.sub("", out[k + 1].strip())
        # "Sekreterare" / "Paragrafer; Anja Leinonen": the secretary's name beside the next
        # label of the signature block (its own value, the §§, lost)
        signer = _SIGNER.fullmatch(out[k].strip())
        rest = _PARAGRAPHS_LABEL.match(out[k + 1].strip())
        if signer and rest and people_in_run(rest["rest"]):
            out[k + 1] = f"{signer[0]} {rest['rest']}"
        # "Sekreterare ................ Paragrafer 1-5" / "Maria Ek": the line to sign on, and
        # the name typed under it; those who sign were there
        dotted = _DOTTED_SIGN.match(out[k].strip())
        if not dotted and k > 0 and _PARAGRAPHS_ONLY.fullmatch(out[k].strip()):
            dotted = _DOTTED_SIGN.match(out[k - 1].strip())  # the §§ between line and name
        below = out[k + 1].strip()
        if dotted and below and people_in_run(below) and below.startswith(
            people_in_run(below)[0].name
        ):
            out[k + 1] = f"{dotted['role']} {below}"
    return out


_SIGNER = re.compile(r"sekreterare|protokollförare", re.I)
# (the cleaner has made the dotted line ", ." by then)
_PARAGRAPHS_ONLY = re.compile(r"paragrafer\s*[\d\s,–-]+", re.I)
_DOTTED_SIGN = re.compile(
    r"^(?:underskrift(?:er)?\s+)?(?P<role>sekreterare|ordförande|justerande|justerare)"
    r"\s*[,.…_][\s,.…_]*(?:paragrafer\s*[\d\s,–-]*)?$",
    re.I,
)
# "Paragrafer; Anja Leinonen", "Paragrafer 244-271 Maria Östgren", "Paragrafer Annita Olsson
# Paragraf 44 omedelbar just": the label's own §§ may stand before the name, and a note after it
_PARAGRAPHS_LABEL = re.compile(
    r"^paragrafer\s*[;:]?\s+(?:[\d\s,–-]+\s)?(?P<rest>[A-ZÅÄÖ][^\d]*?)"
    r"(?:\s+paragraf(?:er)?\b\D*\d.*)?$",
    re.I,
)


_MEMBER_HEAD = re.compile(r"beslutande(?:\s+ledamöter)?|ledamöter|ordinarie\s+ledamöter", re.I)


def _whom_first(text: str) -> str:
    """The ways of saying who stood in for whom that put whom first, turned into the order
    the rest of the reader knows ('Eva Ek (S) ersättare för Bo Holm (S)')."""
    m = _WHOM_FIRST.match(text.strip())
    if m and split_name(_PARTY.sub(" ", m["who"]))[0]:
        return f"{m['who'].strip()} ersättare för {m['whom'].strip()}"
    if "ställe" in text:
        text = _IN_PLACE_OF.sub(
            lambda g: f"i stället för {g['whom']}" + (f" {g['party']}" if g["party"] else ""), text
        )
    return text


_WHO_HEAD = re.compile(
    r"^(?:namn|ledamot|ledamöter|ordinarie(?:\s+ledamöter)?|ersättare|ledamot/ersättare"
    r"|föredragande|medverkande|presentatör(?:er)?"
    r"|deltagare|person|förtroendevald|styrelseledamot|beslutande|suppleant(?:er)?"
    r"|frånvarande(?:\s+ledamöter)?$)\b",
    re.I,
)
_ROLE_HEAD = re.compile(r"^(?:roll|funktion|uppdrag|post|parti|organisation)$", re.I)
# "N" and "F" are the columns of those there and away in a närvarolista ("N | F"); "Ej tjg",
# "Ej tjänstgör": an ersättare there without serving
# "Närvarande ja/nej", "§§" (the §§ a member was there for): a column whose cells say who was
# there
_THERE_HEAD = re.compile(
    r"^(?:närv\w*\.?|deltog|deltagit|x|ja|n|ej\s+tjg\.?|ej\s+tjänstg\w*\.?|§§?|paragrafer)"
    r"(?:\s*\(?ja\s*/\s*nej\)?)?(?:\s*\([^)]*\))?$|^ja\s*/\s*nej$",
    re.I,
)
_SERVE_HEAD = re.compile(
    r"^(?:tjg\.?(?:\s*ers\.?)?|tjänstgör\w*(?:\s+ersättare)?|tjänstgjorde|ersatt\s+av"
    r"|ersätts\s+av)$",
    re.I,
)
_AWAY_HEAD = re.compile(r"^(?:frånv\w*\.?|f|förhinder|anmält\s+förhinder|ej\s+närv\w*)$", re.I)
# "Tjänstgör för", "Ersätter": the cell names the member this row's ersättare served for
_WHOM_HEAD = re.compile(
    r"^(?:tjänstgör\w*|tjg\.?|tjänstgjorde)\s+(?:för|i\s+stället\s+för|istället\s+för)$"
    # "Tjänstgörande ersättare | Ersättare för": the cell names the member the row replaced
    r"|^(?:ersätter|ersättare\s+för|i\s+stället\s+för|istället\s+för)$",
    re.I,
)
# "Tjänstgörande ersättare: | Ersättare för": the first column lists the stand-ins themselves
# (further right the same head is a column of those who stood in for the row's member)
_SERVING_FIRST = re.compile(r"^tjänstgörande\s+ersättare:?$", re.I)
_MARK_HEAD = re.compile(rf"{_THERE_HEAD.pattern}|{_AWAY_HEAD.pattern}|{_SERVE_HEAD.pattern}", re.I)
_MARKED = re.compile(r"^(?:x|1|ja|✓|✔|☒|närv\w*|tjg\.?|tjänstgör\w*)$", re.I)


# There for part of the meeting: "§ 44-58", "§§ 1–7", "1–12", "kl 14.30–", "14.30-16.00"
_PART_MARK = re.compile(r"^(?:§{1,2}\s*\d|kl\.?\s*\d|\d{1,3}\s*[-–]|\d{1,2}[.:]\d{2})", re.I)


# A role written where the mark would be: the secretary or the chair is there by the role
_ROLE_MARK = re.compile(
    r"^(?:sekreterare|protokollförare|ordförande|mötesordförande|ordf\.?|justerare|adjungerad)\b",
    re.I,
)


def _marked(cells: list[str], columns: list[int]) -> bool:
    """An X (1, ja, ✓) at the start of one of these cells ('X, mötesordförande § 94-106')."""
    for n in columns:
        cell = re.sub(r"</?del>", "", cells[n]) if n < len(cells) else ""
        first = re.split(r"[,;\s]", cell.strip(), maxsplit=1)[0]
        if _MARKED.match(first) or _PART_MARK.match(cell.strip()):
            return True  # "X", "X, mötesordförande", "§ 44-58, 66-74" (there for those)
        if _ROLE_MARK.match(cell.strip()):
            return True  # "sekreterare" where the X would be: there, in that role
    return False


def _x_tables(paragraphs: list[str], result: Attendance) -> None:
    """A table with a head row ('Namn | Roll | Närvarande', 'Ledamöter | Närv. | Ersättare |
    Tjg', 'Ledamot | Parti | Närvarande | Frånvarande') and a row for each member (and the
    ersättare beside them): an X (1, ja, ✓) in a column of those there marks the person to its
    left present, in the column of those away absent; where marks are given, no mark is absent.
    An ersättare marked in the serving column stood in for the member of the row when that
    member was not there; a name in a 'Tjg ers' column stood in for the row's member."""
    k = 0
    while k < len(paragraphs):
        head = [c.strip() for c in paragraphs[k].split("\t")]
        # "Frånvarande | Ersatt av": the names of those away; beside "Närvarande" it is a mark's
        marks = sum(bool(_THERE_HEAD.match(c) or _AWAY_HEAD.match(c)) for c in head if c)
        who = [
            n for n, c in enumerate(head)
            if (_WHO_HEAD.match(c) or (n == 0 and _SERVING_FIRST.match(c)))
            and not (marks > 1 and _AWAY_HEAD.match(c))
            and not (n > 0 and _WHOM_HEAD.match(c))  # "Ersättare för": whom, not who
        ]  # fmt: skip
        row = paragraphs[k + 1].split("\t") if k + 1 < len(paragraphs) else [""]
        if not who and len(head) >= 2 and all(_MARK_HEAD.match(c) for c in head if c):
            if any(split_name(_PARTY.sub(" ", c))[0] for c in row[1:]):
                k = _name_columns(paragraphs, k, head, result)  # "Närvarande | Frånvarande"
                continue
            if split_name(_PARTY.sub(" ", row[0]))[0]:
                # "<TAB>Närvarande<TAB>Frånvarande": the names' column has no head (tab lost)
                head, who = ["", *[c for c in head if c]], [0]
        kinds = [
            "there" if _THERE_HEAD.match(c) else "serve" if _SERVE_HEAD.match(c)
            else "away" if _AWAY_HEAD.match(c) else "whom" if _WHOM_HEAD.match(c)
            else "" for c in head
        ]  # fmt: skip
        before = head[: who[0]] if who else head
        if (
            k in result.used
            or len(head) < 2
            or not who
            or not all(_ROLE_HEAD.match(c) for c in before)  # "Roll | Namn | Närvarande"
            or not (any(kinds) or _listing(head, who))
        ):
            k += 1
            continue
        j = k + 1
        rows = []
        while j < len(paragraphs) and j not in result.used:
            if any(kinds) and who[0] == 0 and _sub_head_row(paragraphs, j):
                j += 1  # "Ersättare", "Övriga närvarande": a närvarolista's group, marks go on
                continue
            if _VACANT.match(paragraphs[j]) and "\t" in paragraphs[min(j + 1, len(paragraphs) - 1)]:
                j += 1  # "Vakant (M)": an empty seat is a row of the table, no one's
                continue
            if not ("\t" in paragraphs[j] or _bare_row(paragraphs, j)):
                break
            cells = [c.strip() for c in paragraphs[j].split("\t")]
            first = cells[who[0]] if who[0] < len(cells) else ""
            nameless = not split_name(_PARTY.sub(" ", re.sub(r"</?del>", "", first)))[0]
            if nameless and _VACANT.match(first):
                j += 1  # "Vakant (M)<TAB>": the same, its empty cells kept
                continue
            if nameless and first:
                break  # the end of the table, or the head of the next one
            rows.append(cells)
            j += 1
        if not rows:
            k += 1
            continue
        result.used.update(range(k, j))
        if not any(kinds) and (
            PRESENTER_HEAD.match(head[who[0]]) or inside_an_item(paragraphs, k, result.used)
        ):  # "§ 4 Information om SAMS" / "Namn | Funktion": who presented the item
            for n, cells in enumerate(rows, start=k + 1):
                name = split_name(_PARTY.sub(" ", cells[who[0]]))[0]
                if name:
                    result.presenters.append((n, name))
            k = j
            continue
        for cells in rows:
            _x_row(result, head, who, kinds, cells)
        k = j


_AWAY_LIST = re.compile(r"^frånv", re.I)

# A närvarolista in Word groups its rows under a row of its own ("Ersättare", "Tjänstgörande
# ersättare", "Suppleanter", "Övriga närvarande", "Tjänstemän") whose mark cells are empty;
# the X columns go on below it, so the rows under it keep being read by their marks.
_GROUP_ROW = re.compile(
    r"^(?:(?:ej\s+|icke\s+)?(?:tjänstgörande\s+)?ersättare|suppleanter|ledamöter"
    r"|ordinarie\s+ledamöter|övriga(?:\s+(?:närvarande|deltagare|ledamöter))?|tjänstemän"
    r"|tjänstepersoner|sekretariatet|adjungerade|från\s+förvaltningen)\s*:?$",
    re.I,
)


def _sub_head_row(paragraphs: list[str], j: int) -> bool:
    """A group's row (its empty cells lost with the line's end) with the table's rows below."""
    nxt = paragraphs[j + 1] if j + 1 < len(paragraphs) else ""
    return bool(_GROUP_ROW.match(paragraphs[j].strip())) and "\t" in nxt


def _listing(head: list[str], who: list[int]) -> bool:
    """'Namn | Parti', 'Ledamot | Funktion | Organisation': a list of those there, without
    marks (a struck name was not there)."""
    rest = [c for n, c in enumerate(head) if n not in who and c]
    return bool(rest) and all(_ROLE_HEAD.match(c) for c in rest)


def _name_columns(paragraphs: list[str], k: int, head: list[str], result: Attendance) -> int:
    """'Närvarande | Frånvarande' over rows of names: each column a list of its own (a name in
    the column of those away was away, not a stand-in). The index after the table."""
    j = k + 1
    while j < len(paragraphs) and j not in result.used and (
        "\t" in paragraphs[j] or _name_row(paragraphs[j])
    ):
        cells = [c.strip() for c in paragraphs[j].split("\t")]
        if not any(split_name(_PARTY.sub(" ", c))[0] for c in cells):
            break
        for n, cell in enumerate(cells[: len(head)]):
            if cell and split_name(_PARTY.sub(" ", cell))[0]:
                label = head[n].lower()
                _add(result, cell, not _AWAY_HEAD.match(head[n]), _role(label), "", label)
        j += 1
    result.used.update(range(k, j))
    return j


def _bare_row(paragraphs: list[str], j: int) -> bool:
    """A row whose other cells are empty (its tabs lost with the trailing space) inside a
    table: a name alone, with the table going on below it."""
    nxt = paragraphs[j + 1] if j + 1 < len(paragraphs) else ""
    if not _name_row(paragraphs[j]):
        return False
    # the table's last row: one before it was a table's, none after it is a name alone
    return "\t" in nxt or ("\t" in paragraphs[j - 1] and not _name_row(nxt))


def _x_row(result: Attendance, head, who, kinds, cells) -> None:
    member = ""
    for w_index, w in enumerate(who):
        stop = who[w_index + 1] if w_index + 1 < len(who) else len(head)
        cell = cells[w] if w < len(cells) else ""
        struck = "<del>" in cell
        name, note = split_name(_PARTY.sub(" ", re.sub(r"</?del>", "", cell)))
        if not name:
            continue
        cols = range(w + 1, stop)
        there = [n for n in cols if kinds[n] == "there"]
        away = [n for n in cols if kinds[n] == "away"]
        serve = [n for n in cols if kinds[n] == "serve"]
        whom = [cells[n] for n in cols if kinds[n] == "whom" and n < len(cells)]
        notes = " ".join(cells[n] for n in cols if n < len(cells) and not kinds[n])
        stand_in = ""
        for n in [*serve, *there]:  # a name where the mark would be: who stood in for this member
            other = split_name(_PARTY.sub(" ", cells[n]))[0] if n < len(cells) else ""
            stand_in = stand_in or other
        serving = w_index > 0 and _marked(cells, serve) and not stand_in
        # "Ersättare | Tjg | Ej tjg": an X under Tjg is there and serving, whoever the row is
        served = bool(serve) and _marked(cells, serve) and not stand_in
        if there or away or (serve and w_index > 0):
            if there:
                present = _marked(cells, there) or serving or served
            elif away:
                present = not _marked(cells, away) or serving
            else:
                present = serving
            present = present and not struck
        else:  # a list without marks: those there, unless it is the list of those away
            present = not struck and mark_of(notes) != "absent" and not _AWAY_LIST.match(head[w])
        role = "chair" if _NOTE_CHAIR.search(notes + " " + note) else _cell_role(cells, cols)
        attendee = Attendee(name, clean_name(note or notes), role, present)
        result.attendees.append(attendee)
        # "Eva Strand | X | X | Per Lind" under "… | Tjänstgör för": whom she served for
        replaced = next((n for c in whom if (n := split_name(_PARTY.sub(" ", c))[0])), "")
        if replaced and present:
            attendee.role, attendee.substitute_for = "substitute", replaced
            _add_substitution(result, name, replaced)
            continue
        if served and w_index == 0 and re.search(r"ersättare|suppleant", head[w], re.I):
            attendee.role = "substitute"  # serving, for whom the table does not say
            _add_substitution(result, name, "")
            continue
        # "Kent Berg (S) | X | ersätter Dora Stål (S)": the stand-in told in a cell of notes
        said = _SUBSTITUTE.search(_PARTY.sub(" ", notes).strip())
        replaced = split_name(said["who"] or said["who2"] or "")[0] if said else ""
        if replaced and present:
            attendee.role, attendee.substitute_for = "substitute", replaced
            _add_substitution(result, name, replaced)
        by = _REPLACED_BY.search(notes)
        if by and split_name(by["who"])[0] and not stand_in:
            stand_in = split_name(by["who"])[0]
            attendee.present = present = False
        if w_index == 0:
            member = name if not present else ""
            if stand_in:
                result.attendees.append(Attendee(stand_in, role="substitute", substitute_for=name))
                _add_substitution(result, stand_in, name)
        elif serving or (present and member and there and "serve" not in kinds):
            # "Carl Ny (M) | | Dora Stål (M) | X": the ersättare beside a member who was not
            # there, marked there, served for that member
            attendee.role, attendee.substitute_for = "substitute", member
            _add_substitution(result, name, member)


def _cell_role(cells: list[str], cols) -> str:
    """'Sekreterare', 'Justerare' alone in a cell of the row (a Funktion/Roll column)."""
    for n in cols:
        role = ROLE_WORDS.get(cells[n].strip().lower()) if n < len(cells) else None
        if role in ("chair", "secretary", "adjuster"):
            return role
    return ""


_PARTY_IN_ROW = re.compile(r"\((?:S|M|C|V|L|KD|MP|SD|FP|NS|SL|KIP|PP)\)", re.I)


def _unlabelled_tables(paragraphs: list[str], result: Attendance) -> None:
    """A table of people whose label was lost ("Miguel Odhner (s) Ordförande", "Yvonne Byberg
    (s)<TAB>Ersättare för Gun Abrahamsson (s)"): three rows or more in a row, each a name with
    its party, are the beslutande."""
    def row(k: int) -> bool:
        text = paragraphs[k].strip()
        first = text.split("\t")[0]
        return (
            k not in result.used
            and bool(_PARTY_IN_ROW.search(first))
            and bool(split_name(_PARTY.sub(" ", first))[0])
            and len(first) < 80
        )

    k = 0
    while k < len(paragraphs):
        end = k
        while end < len(paragraphs) and row(end):
            end += 1
        if end - k >= 3:
            added = len(result.attendees)
            for j in range(k, end):
                _add(result, paragraphs[j].strip(), True, "member", "", "beslutande")
                result.used.add(j)
            for a in result.attendees[added:]:
                if a.substitute_for:
                    a.role = "substitute"
        k = max(end, k + 1)


def _read_section(paragraphs: list[str], i: int, m, result: Attendance) -> int:
    label = m["label"].lower()
    result.last_label = label
    present = not _is_absent_label(label)
    role = _role(label)
    result.used.add(i)
    rest = m["rest"].strip()
    if rest and len(rest) < 40 and not people_in_run(rest) and not split_name(rest)[0]:
        rest = ""  # "Ledamöter<TAB>Närvarande": the head of a table's columns
    rest, more = _first_sentence(rest)
    inner = _INNER_LABEL.search(rest)
    if inner:  # "… Emilie Vejlens. Förhinder: Birgit Nielsen": the next list in the same line
        rest, more = rest[: inner.start()], rest[inner.end() :] + (" " + more if more else "")
    if rest:  # "Frånvarande: Anna A, Bo B" on one line, perhaps wrapped onto the next ones
        j = i + 1
        while j < len(paragraphs) and _list_continues(paragraphs[j]):
            rest += " " + paragraphs[j].strip()
            result.used.add(j)
            j += 1
        if not _add_run(result, rest, present, role, label):
            for part in re.split(r",|\s+och\s+|\t", rest):
                _add(result, part, present, role, "", label)
        _next_sentences(more, result)
        # "Beslutande: Anna Svensson (S), ordförande" / "Per Holm (M)" / "Lena Ek (C)": a list
        # whose first row shares the label's line goes on one row a line.
        if _ROLE_ONLY.fullmatch(label):
            return j
        return _rows_below(paragraphs, j, result, present, role, label)
    group = ""
    last_entry = i
    first_added = len(result.attendees)
    headings: list[tuple[int, str]] = []
    pending: list[int] = []  # name-only lines waiting for their organisations below
    j = i + 1
    while j < len(paragraphs) and j not in result.used:
        text = paragraphs[j].strip()
        numbered = re.match(r"^\d{1,2}[.)]\s+(?=\S)", text)
        if numbered and _name_row(text[numbered.end() :]):
            text = text[numbered.end() :]  # "1. Anna Ek": a numbered list of people
        text = _name_first(text)
        rows = _run_on_rows(text) if "§" in text else []
        if len(rows) > 1:  # two or three people in one line, each with the §§ she was there for
            _flush(paragraphs, pending, [], result, present, role, group, label)
            pending = []
            for row in rows:
                _add(result, row, present, role, group, label)
            result.used.add(j)
            last_entry = j
            j += 1
            continue
        role_row = _ROLE_ROW.match(text.lstrip("-–•* "))
        if role_row and split_name(role_row["rest"])[0]:  # "- Kassör: Erik Lund"
            text = f"{role_row['rest']}, {role_row['role']}"
        if (_HEADING.match(text) or _NEXT_PART.match(text)) and not split_name(text)[0]:
            break  # "Närvarande via länk", "Dagordning", "1. Mötets öppnande": the list is over
        name, org = split_name(text.lstrip("-–•* "))
        listed = _people_line(text) if not name or _is_prose(text, org) else None
        if listed:  # "Anna Ek, Per Lind och Kjell Berg.", "Från Kumla kommun: Anna Ek, Per Lind"
            _flush(paragraphs, pending, [], result, present, role, group, label)
            pending = []
            added = len(result.attendees)
            _add_run(result, listed[1], present, role, label)
            for a in result.attendees[added:]:
                a.group = a.group or listed[0] or group
            result.used.add(j)
            last_entry = j
            j += 1
            continue
        if name and _is_prose(text, org):
            break
        if not name and _is_prose(text, text):
            break
        if name:
            last_entry = j
        if name and not org and "\t" not in text:
            pending.append(j)
        elif name:
            _flush(paragraphs, pending, [], result, present, role, group, label)
            pending = []
            _add(result, text.lstrip("-–•* "), present, role, group, label)
        else:  # an organisation for a pending name, or a sub-heading
            if pending and len(text) <= 90:
                orgs = _following_orgs(paragraphs, j, len(pending))
                _flush(paragraphs, pending, orgs, result, present, role, group, label)
                result.used.update(range(j, j + len(orgs)))
                last_entry = j + len(orgs) - 1
                j += len(orgs)
                pending = []
                continue
            if len(text) > 90 or len(text.split()) > 10:
                break
            group = clean_name(text.rstrip(":"))
            headings.append((j, group))
        result.used.add(j)
        j += 1
    _flush(paragraphs, pending, [], result, present, role, group, label)
    added = result.attendees[first_added:]
    _apply_marks([(a, result.marks.get(id(a), "")) for a in added])
    # Headings after the last name belong to what follows ("Inledning"), not to the list.
    for idx, heading in headings:
        if idx > last_entry:
            result.used.discard(idx)
        else:
            result.subgroups.append(heading)
    return last_entry + 1


_INNER_LABEL = re.compile(
    r"\s(?=(?:Förhinder|Frånvarande|Anmält förhinder|Anmälda förhinder|Ej närvarande|Ersättare"
    r"|Övriga närvarande|Övriga deltagare|Övriga|Adjungerade?|Sekreterare|Justerare)\s*:)"
)


_FROM_GROUP = re.compile(r"^[Ff]rån\s+[^:.]{2,40}:\s*(?P<rest>[A-ZÅÄÖ].*)$")
# "… Per Ek. Valberedningen: Karl Dahl. Revisor: Eva Lind. Personalens representant: Olle
# Ås": the groups a board's list of those there goes on with, each under its own short label
# (a group in the definite form, a role, the staff), the people after it
_GROUP_LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÅÄÖ][a-zåäö]+s\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]+)\s*:\s*(?P<rest>[A-ZÅÄÖ].*)$"
)
_GROUP_ENDINGS = (
    "en", "na", "or", "orer", "orerna", "ant", "anter", "al", "are", "arna", "ledamot",
)  # fmt: skip
_NOT_GROUP = {
    "dagordningen", "beslut", "information", "protokollet", "mötet", "ordförande", "tid",
    "plats", "datum", "frågor", "ärendet", "bakgrund", "förslag", "noteringar", "anteckningar",
}  # fmt: skip


def _group_label(more: str) -> re.Match | None:
    m = _GROUP_LABEL.match(more)
    word = m["label"].split()[-1].lower() if m else ""
    if not m or word in _NOT_GROUP or not word.endswith(_GROUP_ENDINGS):
        return None
    people = people_in_run(m["rest"][:80])
    return m if people and m["rest"].startswith(people[0].name) else None


def _next_sentences(more: str, result: Attendance) -> None:
    """'… Winberg. Övrig närvarande: Britt-Marie Eriksson. Anmält förhinder: Barbro Svärd.'"""
    while more:
        nxt = _HEADING.match(more)
        group = _FROM_GROUP.match(more)
        if not group and not nxt and result.last_label and not _is_absent_label(result.last_label):
            group = _group_label(more)
        if group and not nxt and result.last_label:
            # "… Karl Dahl. Från förvaltningen: Per Ek, Lisa Åberg.": the same list goes on
            # with the people of another organisation under a label of their own
            head, more = _first_sentence(group["rest"].strip())
            label = result.last_label
            _add_run(result, head, not _is_absent_label(label), _role(label), label)
            continue
        if not nxt or not nxt["rest"].strip():
            return
        head, more = _first_sentence(nxt["rest"].strip())
        label = nxt["label"].lower()
        _add_run(result, head, not _is_absent_label(label), _role(label), label)


# "Ordförande Anna Ek, Kumla kommun", "Förbundschef Leif Ström": a row that puts the role first
_ROLE_FIRST = re.compile(
    r"^(?P<role>(?:(?:1:e|2:e|förste|andre)\s+)?(?:vice\s+)?(?:tjg\.?\s+)?[\wåäöÅÄÖ-]+\.?)"
    r"\s+(?P<rest>[A-ZÅÄÖ].*)$",
    re.I,
)
_ROLE_WORDS_FIRST = {
    "ordförande", "ordf", "sekreterare", "kassör", "ledamot", "styrelseledamot", "suppleant",
    "ersättare", "revisor", "justerare", "adjungerad",
}  # fmt: skip
_TITLE_ENDINGS = ("chef", "strateg", "samordnare", "handläggare", "direktör", "ansvarig")


def _role_first(bare: str) -> re.Match | None:
    m = _ROLE_FIRST.match(bare)
    word = m["role"].split()[-1].rstrip(".").lower() if m else ""
    return m if word in _ROLE_WORDS_FIRST or word.endswith(_TITLE_ENDINGS) else None


_ORG_CELL = re.compile(
    r"kommun|region|län\b|landsting|polis|förvaltning|förbund|förening|myndighet|kassan"
    r"|förmedling|skola|vård|universitet|högskola|bolag|\bstad\b|psykiatri|socialtjänst",
    re.I,
)
_PARTY_FIRST = re.compile(r"^(?P<party>S|M|C|V|L|KD|MP|SD)\s+(?P<rest>[A-ZÅÄÖ][a-zåäöé].*)$")


# "Andersson, Anna (S)", "Berg-Holm, Karl Erik": a row of a list with the surname first
_SURNAME_FIRST = re.compile(
    r"^(?P<sur>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?),\s+"
    r"(?P<given>[A-ZÅÄÖ][a-zåäöé]+(?:[- ][A-ZÅÄÖ][a-zåäöé]+)?)(?P<rest>\s*(?:\(.*|\t.*)?)$"
)
_NAME_SLASH = re.compile(r"^(?P<name>[^/,()]{3,40}?)\s*/\s*(?P<rest>[A-ZÅÄÖ][^/]{1,60})$")


def _name_first(text: str) -> str:
    """A row of a list with the name moved first, as the other rules read it: 'Ordförande Anna
    Ek, Kumla kommun' -> 'Anna Ek, Kumla kommun, Ordförande'; 'S Anna Ek, ordförande' -> 'Anna
    Ek (S), ordförande'; 'Kumla kommun<TAB>Anna Ek' -> 'Anna Ek<TAB>Kumla kommun'."""
    bare = text.lstrip("-–•* ")
    tab = "\t" in bare
    turned = _SURNAME_FIRST.match(bare)
    if turned and is_first_name(turned["given"].split()[0]) and not is_first_name(turned["sur"]):
        return f"{turned['given']} {turned['sur']}{turned['rest']}"  # "Andersson, Anna (S)"
    slash = _NAME_SLASH.match(bare)
    if slash and is_name(slash["name"]) and not split_name(bare)[0]:
        return f"{slash['name']}, {slash['rest']}"  # "Anna Ek/Kumla kommun"
    role = None if tab else _role_first(bare)
    if not tab and not role and not _PARTY_FIRST.match(bare):
        return text  # most rows: nothing in front of the name to move
    if split_name(bare)[0]:
        return text
    if tab:
        cells = [c.strip() for c in bare.split("\t")]
        if len(cells) == 2 and is_name(_PARTY.sub(" ", cells[1])):
            return f"{cells[1]}\t{cells[0]}"
        name, note = split_name(_PARTY.sub(" ", cells[1])) if len(cells) == 2 else ("", "")
        if name and cells[1].startswith(name) and _ORG_CELL.search(cells[0]):
            # "Kumla kommun<TAB>Anna Ek, socialchef": the organisation's column first
            return f"{name}\t{cells[0]}" + (f", {note}" if note else "")
        return text
    m = role
    if m and split_name(m["rest"])[0] and len(people_in_run(m["rest"])) == 1:
        name, note = split_name(m["rest"])
        return ", ".join(p for p in (name, note, m["role"]) if p)
    m = _PARTY_FIRST.match(bare)
    if m and split_name(m["rest"])[0] and len(people_in_run(m["rest"])) == 1:
        name, note = split_name(m["rest"])
        return f"{name} ({m['party']})" + (f", {note}" if note else "")
    return text


_ROLE_ROW = re.compile(
    r"^(?P<role>(?:vice\s+)?(?:ordförande|ordf\.?|sekreterare|kassör|ledamot|suppleant|revisor"
    r"|justerare|[\wåäö-]*ansvarig|styrelseledamot))\s*[:–-]\s*(?P<rest>[A-ZÅÄÖ].*)$",
    re.I,
)


def _first_sentence(rest: str) -> tuple[str, str]:
    """'Anna Holm och Carl Ny. Meddelat förhinder Lars Lind …': the list ends with its sentence
    (a full stop after an abbreviation or before a given name does not end it)."""
    for m in re.finditer(r"(?<=[a-zåäö)])\.\s+(?=(?P<next>[A-ZÅÄÖ][\wåäö-]*))", rest):
        after = rest[m.end() :]
        # "… och Per Ek. Stefan är suppleant och ersätter …": a given name that a verb follows
        # opens a sentence about her; one that a surname follows goes on with the list
        verb = _VERB_NEXT.match(after)
        if (is_first_name(m["next"]) and not verb) or m["next"].lower() in _NOT_SENTENCE:
            continue
        people = people_in_run(after[:80])
        if _HEADING.match(after) or not people or not after.startswith(people[0].name):
            return rest[: m.start()], after  # a sentence or a label, no more names
    return rest, ""


_VERB_NEXT = re.compile(r"\S+\s+(?:är|var|har|hade|deltog|deltar|ersätter|ersatte|tjänstgör)\b")
_NOT_SENTENCE = {"tjg", "ers", "ordf", "sekr", "adj", "ersättare", "ordförande", "sekreterare"}


_PROSE_WORDS = re.compile(
    r"närvar|deltog|förhinder|frånvar|undantag|förutom|\butom\b|ställe|ersätter|ersatte|bevistades"
    r"|tjänstgj|tjänstgör|\b(?:går|gick)\s+in\s+som|inträd|träd\w*\s+in"
    r"|återbud|delta\b",
    re.I,
)


_PROSE_WORDS_LOWER = re.compile(_PROSE_WORDS.pattern)
# Characters that re.I takes for an ASCII letter where str.lower() does not make one (long s,
# Kelvin sign, dotted and dotless i): a paragraph with one is left to the case-blind pattern.
_ODD_CASE = re.compile("[ſ\u212aıİ]")


def _speaks_of_attendance(text: str) -> bool:
    """_PROSE_WORDS, found in the lowered paragraph: the case-blind search cost three times as
    much, in every paragraph of the minutes' first third."""
    if _ODD_CASE.search(text):
        return bool(_PROSE_WORDS.search(text))
    return bool(_PROSE_WORDS_LOWER.search(text.lower()))


def _prose(paragraphs: list[str], result: Attendance) -> None:
    """Absence and stand-ins told in sentences ("Lars Lind hade förhinder", "I deras ställe
    hade kallats in …"), in the part of the minutes that speaks of the meeting's people."""
    zone = max(25, len(paragraphs) // 3)
    known = [a.name for a in result.attendees]
    for k, text in enumerate(paragraphs[:zone]):
        if not _speaks_of_attendance(text):
            continue  # nothing said of anyone's attendance
        for name in present_in_prose(text):
            if name not in known:
                result.attendees.append(Attendee(name))
                known.append(name)
        absent = absent_in_prose(text)
        if k and _SIGNER_LABEL_LAST.search(paragraphs[k - 1]):
            there = {a.name for a in result.attendees if a.present}
            absent = [name for name in absent if name not in there]  # see _run_section
        for name in absent:
            result.attendees.append(Attendee(name, present=False))
            known.append(name)
        for who, replaced in stand_ins(text, absent):
            who, replaced = full_name(who, known), full_name(replaced, known) if replaced else ""
            if not who:
                continue
            if who not in known:
                result.attendees.append(Attendee(who, role="substitute"))
                known.append(who)
            _add_substitution(result, who, replaced)
            for a in result.attendees:
                if a.name == who and a.present:
                    a.role, a.substitute_for = "substitute", replaced


def _run_section(m: re.Match, result: Attendance, before: str = "") -> bool:
    """'Beslutande Jeanette Wäppling (v), ordförande Lars Alriksson (m) …' on one line."""
    label = " ".join(m["label"].lower().split())
    if _is_absent_label(label) and _column_head(before):
        label = "närvarande"
    result.last_label = label
    rest = m["rest"]
    head = " ".join(rest.split()[:8])
    if re.match(r"(?:var|är|vid)\b", rest) or (
        len(rest.split()) > 6 and re.search(r"\b(?:är|har|hälsar|öppnar|öppnade|går)\b", head)
    ):  # "Närvarande var ordförande Anna Holm, …": a sentence, read as one
        return False  # "Ordförande Hanna Roberts hälsar alla välkomna": a sentence
    if _ROLE_ONLY.fullmatch(label) and _speaks(rest):
        return False  # "Ordförande Annalena Järnberg (S) redogör för kallelsen"
    if re.fullmatch(r"ordf\.?|ordförande|sekreterare", label) and _CONTACT.search(rest):
        return False  # "Ordf. Jan Halberg 070-641 74 03 jan.halberg@…": a letterhead's contact
    present = not _is_absent_label(label)
    if present or not _SIGNER_LABEL_LAST.search(before):
        return _add_run(result, rest, present, _role(label), label)
    # "Justerande Ej närvarande Anders Holm (M) Sven Nilsson (SD)": the justerare's label and
    # this one run together before their values; one already listed among those deciding is
    # the justerare, not one who was away
    there = [a for a in result.attendees if a.present]
    names, start = {a.name for a in there}, len(result.attendees)
    added = _add_run(result, rest, present, _role(label), label)
    result.attendees[start:] = [a for a in result.attendees[start:] if a.name not in names]
    for attendee in there:
        attendee.present = True
    return added


_SIGNER_LABEL_LAST = re.compile(r"\b(?:Justerande|Justerare)\s*$")
_ROLE_ONLY = re.compile(r"ordförande|vice ordförande|sekreterare|justerare|ledamot", re.I)
# A telephone number or an e-mail address: how to reach someone, not who came.
_CONTACT = re.compile(r"\b0\d{1,3}[-\s]?\d{2,3}\s?\d{2}\s?\d{2}\b|[\w.+-]+@[\w-]+\.\w")
_THERE_LABEL = re.compile(r"^(?:närvarande|närv\.?|närvaro|deltog)$", re.I)


def _column_head(before: str) -> bool:
    """'Närvarande' alone just before 'Frånvarande Anna Ek (S) X Per Lind (M) X': the heads
    of a table's columns run together with its rows, where the marks no longer tell which
    column they stood in; most marks of such a table say who came."""
    return bool(_THERE_LABEL.match(before.strip()))


def _unlabelled_lines(paragraphs: list[str], result: Attendance) -> None:
    """Minnesanteckningar that name who came in their first lines without a label ('Anna Ek,
    Kumla kommun, Per Lind, Region Örebro län, …', or one person a line): when nothing else
    says who was there, three people or more before the first item were."""
    rows: list[int] = []
    for k, text in enumerate(paragraphs[:15]):
        text = text.strip()
        if k in result.used or _NEXT_PART.match(text):
            break
        listed = _people_line(text)
        if listed and not listed[0] and len(people_in_run(listed[1])) >= 3:
            _add_run(result, listed[1], True, "", "")
            result.used.add(k)
            return
        if _name_row(text) and "\t" not in text:
            rows.append(k)
            continue
        if len(rows) >= 3:
            break
        rows = []
    if len(rows) >= 3:
        for k in rows:
            _add(result, paragraphs[k].strip().lstrip("-–•* "), True, "", "", "")
            result.used.add(k)


# "Plats och tid: ande: Regionförbundets nämnd Nygatan 34, Kalmar Torsdagen den 11 september
# 2008 kl Roland Åkesson, ordf Lisbeth Lennartsson …": a front page's labels run together
# ahead of their values, in the same order; the list of those deciding comes last, after the
# meeting's date and time
_STACKED_LABELS = re.compile(
    r"^(?:(?:organ|plats\s+och\s+tid|tid\s+och\s+plats|plats|tid|datum)\s*:\s*)+"
    r"(?P<label>beslutande|ande|närvarande|ledamöter)\s*:\s*(?P<rest>\S.+)$",
    re.I,
)
_DATE_AND_CLOCK = re.compile(
    r"\b(?:19|20)\d\d\b(?:\s*,?\s*(?:kl(?:ockan)?\.?)(?:\s*\d{1,2}(?:[.:]\d\d)?"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?)?)?",
    re.I,
)


# "Övriga deltagare" / "Utses att justera" / "Justeringens plats och tid Sara Ek, kommunchef Per
# Lind, ekonom Anna Berg Kommunkontoret": a front page's labels set one under the other, their
# values run together after the last of them
_JUSTERING_LABEL = re.compile(
    r"^justeringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats|tid|plats)\s+(?P<rest>[A-ZÅÄÖ].*)$",
    re.I,
)
_EMPTY_LABELS_LAST = re.compile(
    r"(?:^|\s)(?:övriga(?:\s+(?:deltagare|deltagande|närvarande))?|utse[sd]d?\s+att\s+justera"
    r"|justerare)\s*:?$",
    re.I,
)


def _values_after_justering(paragraphs: list[str], i: int, result: Attendance) -> bool:
    """The people of 'Justeringens plats och tid Sara Ek, kommunchef, Per Lind …' under labels
    of the people there (övriga deltagare, the justerare) left without values above it."""
    m = _JUSTERING_LABEL.match(paragraphs[i].strip())
    if not m or i == 0 or not _EMPTY_LABELS_LAST.search(paragraphs[i - 1].strip()):
        return False
    rest = m["rest"]
    people = people_in_run(rest[:1500])
    if not people or not rest.startswith(people[0].name):
        return False  # "Justeringens plats och tid Kommunkontoret …": the place, its own value
    return _add_run(result, rest, True, "", "övriga deltagare")


def _stacked_labels(text: str, result: Attendance) -> bool:
    m = _STACKED_LABELS.match(text)
    if not m:
        return False
    years = list(_DATE_AND_CLOCK.finditer(m["rest"]))
    if not years:
        return False  # without the date to end the values before it, nothing tells where
    label = "beslutande" if m["label"].lower() == "ande" else m["label"].lower()
    return _add_run(result, m["rest"][years[-1].end() :], True, _role(label), label)


def _run_continues(paragraphs: list[str], j: int, label: str, result: Attendance) -> int:
    """'Beslutande Anna Ek (S), ordförande' / 'Per Lind (M)' / 'Kjell Berg (S)': the label's
    column holds one line, the names go on below it, one a line, until the next label."""
    label = " ".join(label.lower().split())
    if _ROLE_ONLY.fullmatch(label):
        return j
    present, role = not _is_absent_label(label), _role(label)
    return _rows_below(paragraphs, j, result, present, role, label)


# A page's running head at the start of a line: its number, perhaps a word of the head, and the
# number of pages ("2 Datum (24)", "3 (12)", "Sida 2 (8)")
_PAGE_HEAD = re.compile(r"^(?:sida\s+)?\d{1,3}\s+(?:[A-ZÅÄÖ][a-zåäö]+\s+){0,2}\(\d{1,3}\)\s+", re.I)


def _starts_with_people(text: str) -> bool:
    """'Paul Svensson (SD) Mattias Kristiansson (SD) …': three people or more, the first at
    the start."""
    people = people_in_run(text[:200])
    return len(people) >= 3 and text.startswith(people[0].name)


def _rows_below(
    paragraphs: list[str], j: int, result: Attendance, present: bool, role: str, label: str
) -> int:
    """The rows of a list from line j on, one person a line or several run into one; the
    index after them."""
    while j < len(paragraphs) and j not in result.used:
        text = paragraphs[j].strip()
        page = _PAGE_HEAD.match(text)
        # "3 (40) *Mousa Younis …": a fullmäktige's star (a serving ersättare) may open the page
        after = text[page.end() :].lstrip("* ") if page else ""
        if page and _starts_with_people(after):
            # "2 Datum (24) Paul Svensson (SD) Mattias Kristiansson (SD) …": the list goes on
            # over the page break, under the next page's running head
            _add_run(result, after, present, role, label)
            result.used.add(j)
            j += 1
            continue
        rows = _run_on_rows(text.lstrip("-–•* "))
        if not rows:
            break
        for row in rows:  # "Lena Ek, ekonom, § 155 Anna Frisk, socialsekreterare, § 167"
            _add(result, row, present, role, "", label)
        result.used.add(j)
        j += 1
    return j
_NOTE_WORDS = re.compile(
    r"^(?:och|samt|för|ers|tjg|ersättare|ordf|ordförande|vice|sekreterare|justerare|ledamot"
    r"|kommun|region|del|av|från|till|i|§§?|kl|ej|tjänstgörande"
    # "Mona Ek, tf. förvaltningschef Sara Lund, …": a role cut short before the next name
    r"|tf\.?|t\.f\.|bitr\.?|biträdande|tillförordnad|stf\.?|ställföreträdande"
    r"|istf\.?|ers\.)$",
    re.I,
)


# "Från Kumla kommun: Anna Ek, Per Lind": a short label of the line's own before its people
# … or before a dash ("Kumla kommun – Anna Ek", "Region Örebro län - Per Lind, Kjell Berg")
_LINE_LABEL = re.compile(
    r"^(?P<label>[^:,]{2,50}):\s*(?P<rest>\S.*)$|^(?P<org>[^:,–]{2,50}?)\s+[–-]\s+(?P<after>\S.*)$"
)


def _people_line(text: str) -> tuple[str, str] | None:
    """A line of a list that names people one after the other ('Anna Ek, Per Lind, Kjell Berg
    och Roger Holm.', 'Anna Ek, Kumla kommun, Per Lind, Region Örebro län'), perhaps after a
    label of its own: (that label, the people), or None when the line says something."""
    label = ""
    own = _LINE_LABEL.match(text.strip().lstrip("-–•* "))
    own_label = own and (own["label"] or own["org"])
    if own and not split_name(own_label)[0] and not people_in_run(own_label):
        label, text = clean_name(own_label), own["rest"] or own["after"]
    parts = [p.strip(" .") for p in re.split(r"[,;]|\s+och\s+|\s+samt\s+", text)]
    parts = [p for p in parts if p]
    if not parts or (len(parts) < 2 and not label):
        return None
    names = sum(1 for p in parts if split_name(_PARTY.sub(" ", p))[0])
    if names < (1 if label else 2) or names * 2 < len(parts) or any(_speaks(p) for p in parts):
        return None
    return label, text


# "… § 155 Anna-Karin Frisk, …": the §§ one person was there for, then the next person, when
# a front page's two columns are read across into one line
_RUN_ON_AT = re.compile(
    r"§\s?\d{1,4}(?:\s?[-–,]\s?\d{1,4})*\s+"
    r"(?=(?P<first>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+[A-ZÅÄÖ])"
)


def _run_on_rows(text: str) -> list[str]:
    """The rows of a list in one line ('Lena Ek, ekonom, § 155 Anna Frisk, socialsekreterare,
    § 167, 168 Carola Wall, enhetschef, § 156'), one a person; [] when it is no row at all."""
    lead = _RUN_ON_AT.match(text)
    if lead and is_first_name(lead["first"]):
        text = text[lead.end() :]  # "§ 158 Birgitta Löwdahl, …": the row above's §§, cut off
    pieces, start = [], 0
    for m in _RUN_ON_AT.finditer(text):
        if is_first_name(m["first"]):
            pieces.append(text[start : m.end()].strip())
            start = m.end()
    pieces.append(text[start:].strip())
    if len(pieces) > 1 and all(_name_row(p) for p in pieces):
        return pieces
    return [text] if _name_row(text) else []


def _name_row(text: str) -> bool:
    """A row of a list: a name with its party, organisation or role, nothing said."""
    text = text.strip().lstrip("-–•* ")
    if len(text) > 90 or _HEADING.match(text) or _RUN_HEADING.match(text):
        return False
    name, rest = split_name(_PARTY.sub(" ", text))
    return bool(name) and not _is_prose(text, rest) and not _speaks(text)


def _speaks(rest: str) -> bool:
    """A sentence about the person rather than a name with its notes: a verb after the name."""
    people = people_in_run(rest)
    if not people or not rest.startswith(people[0].name):
        return False
    note = _PARTY.sub(" ", rest[len(people[0].name) :]).strip(" ,")
    first = note.split()[0] if note.split() else ""
    return (
        bool(first)
        and first[0].islower()
        and len(first) >= 3
        and not _NOTE_WORDS.match(first)
        and not is_title_word(first)
        and len(note.split()) >= 3
    )


def _add_run(result: Attendance, rest: str, present: bool, role: str, label: str) -> bool:
    serving = label.startswith(("tjänstgörande ersättare", "tjänstgörande suppleant"))
    people = people_in_run(re.sub(r"</?del>", "", rest), stand_ins=serving)
    if not people:
        return False
    struck = set(re.findall(r"<del>([^<]+)</del>", rest))
    added: list[tuple[Attendee, str]] = []
    for person in people:
        attendee = _attendee(result, person, present, role, label)
        if label == "kallade":
            result.called.append(person.name)
        elif present and _LIST_LABEL.search(label):
            result.listed.add(person.name)
            if _DECIDING.search(label):
                result.deciding.add(person.name)
        if any(person.name in s for s in struck):
            attendee.present = False
        added.append((attendee, mark_of(person.note)))
    if _lead_mark(re.sub(r"</?del>", "", rest), people[0].name):
        # "Ledamöter Närv Frånv X Anna Berg (S) X Karl Dahl (M) X Eva Holm (V)": a scanned
        # page's text layer put each mark before its name, so the last one seems unmarked:
        # a mark belongs to the name after it, the last word of the note before that name
        marks = ["present", *[_trailing_mark(person.note) for person in people[:-1]]]
        added = [(attendee, mark) for (attendee, _), mark in zip(added, marks, strict=True)]
    _apply_marks(added)
    return True


# The marks a list may set before each name: one cross, or two for an ersättare serving in a
# member's place ("x Anna Berg (s) xx Karl Dahl (s)")
_LEAD_MARKS = ("X", "x", "XX", "xx", "1", "✓")


def _lead_mark(text: str, first: str) -> bool:
    """A mark of those there ('X', '1', '✓') just before the first name of a run."""
    lead = text[: text.find(first)].split() if first in text else []
    return bool(lead) and lead[-1] in _LEAD_MARKS


def _trailing_mark(note: str) -> str:
    """'present' when a note ends in a mark, which belongs to the name after it."""
    words = note.split()
    return "present" if words and words[-1] in _LEAD_MARKS else ""


def _apply_marks(added: list[tuple[Attendee, str]]) -> None:
    """In a list with attendance marks (X, 1, I), a person without one was not there."""
    if sum(1 for _, mark in added if mark == "present") < 2:
        for attendee, mark in added:
            if mark == "absent":
                attendee.present = False
        return
    for attendee, mark in added:
        if mark not in ("present", "part"):
            attendee.present = False


def _attendee(result: Attendance, person, present: bool, role: str, label: str) -> Attendee:
    note = person.note
    if _NOTE_CHAIR.search(note) and role in ("", "member"):
        role = "chair"
    elif _NOTE_SECRETARY.search(note) and role in ("", "member", "official"):
        role = "secretary"
    org = _PARTY.sub(" ", note)
    org = clean_name(re.sub(r"^\s*[A-ZÅÄÖ]{1,3}\s*(?:,|$)", "", org))
    attendee = Attendee(person.name, org, role, present, "")
    if (_serving(note, label) and not says_of_another(note)) or person.replaces:
        replaced = "" if _VACANT.match(person.replaces) else person.replaces
        if replaced and _PART_OF_MEETING.search(note):
            result.part_time.add(replaced)
        attendee.role = "substitute"
        attendee.substitute_for = replaced
        _add_substitution(result, person.name, replaced)
    result.attendees.append(attendee)
    return attendee


_VACANT = re.compile(r"^\s*vakan", re.I)
# "Per Ek (M), ersättare för Karl Dahl (M) § 5 på grund av jäv": a stand-in for some §§ or an
# item the member was disqualified from; the member was there for the rest of the meeting
_PART_OF_MEETING = re.compile(r"§|\bjäv|\bdel\s+av\b|\bkl\.?\s*\d", re.I)
_MEMBER_LABELS = {
    "beslutande", "beslutande ledamöter", "ledamöter", "närvarande ledamöter",
    "ordinarie ledamöter",
}  # fmt: skip
_ERSÄTTARE = re.compile(r"\b(?:ersättare|ers\.?|suppleant)(?!\w)", re.I)


def _serving(note: str, label: str) -> bool:
    """Whether a note makes its person a tjänstgörande ersättare: 'tjg ers (för X)', 'ersätter
    X', 'ersättare på vakant plats', or just 'ersättare' in the list of those who decide."""
    if _NOT_SERVING.search(note):
        return False
    if label.startswith(("tjänstgörande ersättare", "tjänstgörande suppleant")):
        return True
    if _NOTE_SERVING.search(note):
        return True
    if re.search(r"\bers(?:ättare)?\.?\s+(?:på|för)\s+vakan", note, re.I):
        return True
    return label in _MEMBER_LABELS and bool(_ERSÄTTARE.search(note))


# "Besök av:", "Från kommunen:": a line that opens with words of its own and a colon
_OWN_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäöÅÄÖ]+){0,2}\s*:")


def _list_continues(text: str) -> bool:
    """'Juliussen, Anna Bürger Sjödin, Camilla Wass': the rest of a wrapped list of names."""
    if "\t" in text or _HEADING.match(text.strip()) or "," not in text:
        return False
    if _OWN_LABEL.match(text.strip()):
        return False  # "Besök av: Emil Beijer, …": the next list under a label of its own
    parts = [p.strip() for p in re.split(r",|\s+och\s+", text) if p.strip()]
    names = [p for p in parts[1:] if is_name(_PARTY.sub("", p))]
    return len(names) == len(parts) - 1 and len(parts[0].split()) <= 4


# What ends a list of people without being a name: another label of attendance, the agenda,
# a numbered item or a paragraph.
_NEXT_PART = re.compile(
    r"^(?:närvarande|deltagare|deltagande|deltog|frånvarande|förhinder|anmält|anmälda|övriga"
    r"|adjungerade?|dagordning|föredragningslista|ärendelista|ärenden|inledning|mötets?"
    r"|val\s+av|godkännande|fastställande|föregående|övriga\s+frågor|nästa\s+möte)\b"
    r"|^(?:§\s*\d|\d{1,2}[.)]\s)",
    re.I,
)


def _following_orgs(paragraphs: list[str], j: int, count: int) -> list[str]:
    orgs = []
    for text in paragraphs[j : j + count]:
        if (
            split_name(text)[0]
            or _HEADING.match(text.strip())
            or _NEXT_PART.match(text.strip())
            or len(text) > 90
        ):
            break
        orgs.append(text)
    return orgs


def _flush(paragraphs, pending, orgs, result, present, role, group, label="") -> None:
    for k, idx in enumerate(pending):
        org = orgs[k] if k < len(orgs) else ""
        line = re.sub(r"^\d{1,2}[.)]\s+", "", paragraphs[idx].strip())  # "1. Anna Ek"
        line += "\t" + org if org else ""
        _add(result, line.lstrip("-–•* "), present, role, group, label)
        result.used.add(idx)


def _add(result: Attendance, text: str, present: bool, role: str, group: str, label: str) -> None:
    struck = "<del>" in text
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) >= 2 and all(is_name(_PARTY.sub(" ", re.sub(r"</?del>", "", c))) for c in cells):
        # "Anna Ek (S)<TAB>Kjell Berg (S)": a list set in two columns of a table
        for cell in cells:
            _add(result, cell, present, role, group, label)
        return
    if "\t" not in text and not struck and _two_people(text):
        # "Yvonne Stålnacke (s), ordförande Folke Spegel (s)": a list set in two columns
        _add_run(result, text, present, role, label)
        return
    text = _PARTY.sub(" ", text)
    name, org = split_name(text)
    if not name:
        return
    mark = mark_of(org.replace("\t", " "))
    org = _LAST_MARK.sub("", org)  # "Anna Ek (S)<TAB>X": the X is no organisation
    if re.match(r"^\s*(?:anmält\s+förhinder|förhinder|frånvarande|ej\s+närvarande)", org, re.I):
        mark = "absent"
    if struck and "<del>" in text.split("\t")[0].split(",")[0]:
        present = False
    org = org.rstrip(" -")
    inline = _INLINE_ROLE.search(org)
    if inline:
        role = _role(inline[1])
        org = clean_name(_INLINE_ROLE.sub("", org))
    attendee = Attendee(name, org, role, present, group)
    sub = _SUBSTITUTE.search(org)
    if (
        sub
        and sub["who"] is None
        and re.match(r"\W*för\b", sub[0], re.I)
        and not split_name(sub["who2"] or "")[0]
    ):
        sub = None  # "Gemensam Kommunikationskanal för LiTHehack": a för without a person
    if sub:
        replaced = clean_name(_PARTY.sub("", sub["who"] or sub["who2"]))
        replaced = "" if _VACANT.match(replaced) else replaced
        replaced = split_name(replaced)[0] or replaced  # "Per Lind §§ 1-5": whom, not when
        attendee.organisation = clean_name(org[: sub.start()])
        if _PART_OF_MEETING.search(sub[0]):
            result.part_time.add(replaced)  # "ersättare för Karl Dahl § 5 (jäv)"
        attendee.substitute_for = replaced
        attendee.role = attendee.role or "substitute"
        _add_substitution(result, name, replaced)
    elif (by := _REPLACED_BY.search(org)) and split_name(by["who"])[0]:
        stand_in = split_name(by["who"])[0]
        attendee.present = False
        attendee.organisation = clean_name(org[: by.start()])
        result.attendees.append(Attendee(stand_in, role="substitute", substitute_for=name))
        _add_substitution(result, stand_in, name)
    elif _serving(org, label.lower()) and mark != "absent":
        attendee.role = "substitute"  # "Ellinor Petersson, (kd), tjänstgörande ersättare"
        _add_substitution(result, name, "")
    result.attendees.append(attendee)
    result.marks[id(attendee)] = mark
    if label.lower() == "kallade":
        result.called.append(name)
    elif present and _LIST_LABEL.search(label):
        result.listed.add(name)
        if _DECIDING.search(label):
            result.deciding.add(name)


_LAST_MARK = re.compile(r"(?:^|\t)\s*(?:x|✓|✔|☒)\s*$", re.I)


def _two_people(text: str) -> bool:
    """Two or more people on one row, each with at most a short note (party, role, §§)."""
    people = people_in_run(text)
    if len(people) < 2 or not text.strip().startswith(people[0].name):
        return False
    return all(len(p.note.split()) <= 6 and not _speaks(p.name + " " + p.note) for p in people)


def _add_substitution(result: Attendance, substitute: str, replaced: str) -> None:
    is_title = bool(replaced) and not is_name(replaced)
    if any(s.substitute == substitute and s.replaces == replaced for s in result.substitutions):
        return
    known = [s for s in result.substitutions if s.substitute == substitute]
    if known and not replaced:
        return  # listed again without whom: what another list said stands
    for s in known:
        if not s.replaces:  # now it is said whom
            result.substitutions.remove(s)
    result.substitutions.append(Substitution(substitute, replaced, is_title))
    if is_title:
        result.warnings.append(
            f"{substitute} ersatte ”{replaced}”, som är en titel och inte ett namn."
        )


def _finish(result: Attendance) -> None:
    absent = {a.name for a in result.attendees if not a.present}
    for a in result.attendees:
        if a.name in absent:
            a.present = False
    # Who was not there served for nobody: "… med undantag för … Brittmari Svensson (S).
    # Närvarande för fullmäktige tjänstgörande ersättare, bilaga" is the next label's text run
    # onto the last name of the list of those away.
    result.substitutions = [s for s in result.substitutions if s.substitute not in absent]
    # A person who stood in for someone was not there, unless listed as there too (a member
    # replaced for part of the meeting).
    partly = re.compile(r"\bkl\b|§|t\.?\s?o\.?\s?m|fr\.?\s?o\.?\s?m|\d", re.I)
    listed = {a.name for a in result.attendees if a.present and partly.search(a.organisation)}
    # … and a member whose stand-in served only some §§ ("Anita Berg (SP) Ersättare för Tanja
    # Henriksson (V) 125") was there for the rest.
    listed |= result.part_time
    # … and a member named among those deciding as well as replaced ("Beslutande Ledamöter …
    # Tommy Larsson (KD) … Tjänstgörande ersättare Annika Samuelsson Björk (KD) ersätter Tommy
    # Larsson (KD)"): the list of those deciding names her for the §§ she was there, which the
    # minutes may not give; the minutes that call her away say so in a list of their own.
    listed |= result.deciding
    listed |= {
        a.substitute_for for a in result.attendees
        if a.substitute_for and re.search(r"§|\d", a.organisation)
    }  # fmt: skip
    for s in result.substitutions:
        if not s.replaces_is_title and s.replaces not in listed:
            for a in result.attendees:
                if a.name == s.replaces:
                    a.present = False
    # "Kallade" and "Närvarande" both listed: who was called but not there was absent.
    there = result.listed
    if result.called and there:
        for a in result.attendees:
            if a.name in result.called and a.name not in there:
                a.present = False


def body_substitutions(paragraphs: list[str], result: Attendance) -> None:
    """'Monica Möller ersätter Ann-Sofie Vennerstrand, som leder …' in running text."""
    attending = {a.name for a in result.attendees if a.present}
    for i, text in enumerate(paragraphs):
        if i in result.used or not any(verb in text for verb in _BODY_SUBSTITUTE_VERBS):
            continue  # the pattern's verbs, looked for first: most paragraphs have none
        for m in _BODY_SUBSTITUTE.finditer(text):
            a, b = split_name(m["a"])[0], split_name(m["b"])[0]
            if a and b and a in attending:
                _add_substitution(result, a, b)
