"""Decisions, each with its agenda item and enough of the proposal before it to stand alone.

A proposal ("Förslag till beslut", "Förslag till nästa steg", "X föreslår att …") is never a
decision by itself; "Gruppen bifaller Ingmars förslag" is, and carries Ingmar's proposal as its
context.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .first_names import is_first_name
from .model import AgendaItem, Decision
from .names import is_name, names_in
from .sections import furniture
from .verdicts import ANNUAL_MEETING, body_heads, is_decision, might_decide

# "Beslut", "Nämndens beslut", "Arbetsutskottets beslut", "Styrelsens beslut:", "Beslutade:"
_BESLUT_HEADING = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][\w-]+s\s+)?beslut(?:et)?(?:\s*(?:/|och|&)\s*åtgärd(?:er)?)?"
    r"|beslutade|beslöts|beslutades|beslutas"
    r"|beslutsmening)\s*[:.]?$",
    re.I,
)
_BESLUT_INLINE = re.compile(
    # "Beslut/åtgärd: …", "Beslut och åtgärder: …": a column of minnesanteckningar, as a label
    r"^(?:(?:[A-ZÅÄÖ][\w-]+s\s+)?beslut(?:et)?(?:\s*(?:/|och|&)\s*åtgärd(?:er)?)?|beslutade"
    r"|beslöts|beslutades)\s*[:.]\s*(?P<text>\S.*)$"
    r"|^beslut\s+(?P<bare>(?:enligt|i\s+enlighet\s+med|att)\s.*)$"  # "Beslut att välja …"
    r"|^(?-i:(?:[A-ZÅÄÖ]{3,}S\s+)?BESLUT)\s+(?P<caps>[A-ZÅÄÖ].*)$",  # "BESLUT Bidragen fördelas"
    re.I,
)
# "Förslag till beslut", "Arbetsutskottets förslag", "Beslutsförslag", "Yrkanden": what was
# proposed before the decision, never the decision.
# Whose proposal: "Förvaltningens", "Kommunstyrelsens arbetsutskotts", "Barn- och
# utbildningsförvaltningens"
_WHOSE = r"(?:[A-ZÅÄÖ][\w-]*(?:\s+och\s+[\wåäö-]+)?s\s+(?:[a-zåäö][\wåäö-]*s\s+)?)?"
_PROPOSAL_HEADING = re.compile(
    rf"^(?:{_WHOSE}förslag(?:\s+till\s+(?:beslut|nästa steg|kommun\w+|"
    # "Arbetsutskottets beslutsförslag", "Föreslaget beslut": a proposal by another name
    rf"region\w+|\w+nämnd\w*|\w+styrelse\w*))?|{_WHOSE}beslutsförslag"
    r"|föreslaget\s+beslut|förslag\s+till\s+beslut"
    r"|yrkanden?|propositionsordning|beslutsgång|beslutsordning)\s*:?\s*(?P<rest>.*)$",
    re.I,
)
# Headings after which nothing is a decision of the meeting.
_AFTER_DECISION = re.compile(
    r"^(?:beslutet\s+(?:skickas|expedieras|ska\s+skickas)|expedieras|skickas\s+till"
    r"|reservation(?:er)?|protokollsanteckning(?:ar)?|särskilt\s+yttrande"
    r"|justerandes\s+sign|utdragsbestyrkande)\b",
    re.I,
)
# The head of a table's column of decisions: "Beslut", "Beslut/åtgärd", "Beslut och åtgärder"
_DECISION_COLUMN = re.compile(
    r"^(?:beslut|beslut\s*/\s*åtgärd(?:er)?|åtgärd(?:er)?\s*/\s*beslut|beslut\s+och\s+åtgärd(?:er)?"
    r"|beslut\s*/\s*ansvarig)\s*:?$",
    re.I,
)
# A column that holds decisions among notes: "Diskussion/beslut", "Noteringar och beslut"
_MIXED_COLUMN = re.compile(r"\bbeslut\b", re.I)
# "Styrelsen beslutar:" followed by att-satser, one decision each.
_DECIDES_COLON = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades)(?:\s+att)?\s*:?$"
    r"|\b(?:enades|enas|kom\s+överens|var\s+överens|är\s+överens)\s+om(?:\s+att)?\s*:$"
    # "… och det valdes/omvaldes sedan som följer nedan:" over the points elected
    r"|\b(?:som\s+följer(?:\s+nedan)?|enligt\s+följande)\s*:$",
    re.I,
)
# "Gruppen bifaller Ingmars förslag", "Beslut: Attsats bifalles": an approval whose content is
# the proposal before it.
_APPROVAL = re.compile(
    r"\bbifall\w*|\bbiföll\w*|\battsats\w*|\b(?:enligt|i\s+enlighet\s+med)\s+(?:\w+\s+)?förslag\w*"
    r"|\bställer\s+sig\s+bakom\b|\bförslaget\s+(?:godkänns|godkändes|antas|antogs)\b",
    re.I,
)
_REFERS_TO_PROPOSAL = re.compile(
    r"\bförslag(?:et)?\b|\bbifall\w*|\bställer\s+sig\s+bakom\b|\bbifölls\b|\battsats\w*",
    re.I,
)
# "Kommunstyrelsen föreslår kommunfullmäktige besluta att …": under the styrelse's own
# 'Beslut', its decision is this proposal to the body above it
_PROPOSES_ABOVE = re.compile(
    r"\bföreslår\s+(?:[\wåäö-]+\s+){1,2}(?:att\s+)?besluta\b", re.I
)
# A sentence that opens a decision of its own: "Kommunstyrelsen beslutar för egen del att …"
_OWN_LEAD = re.compile(
    r"^(?:[\wåäöÅÄÖ-]+\s+){0,2}(?:beslutar|beslutade|beslöt|föreslår)\b", re.I
)
_MOVES = re.compile(r"\byrkar\b|\byrkade\b", re.I)  # "Per Lind (M) yrkar bifall till …"
_SAYS_WHAT = re.compile(r"\bförslag\w*\s+att\s+[a-zåäö]{3,}", re.I)
# The members' motions and the chair's propositions, under a proposal's heading
_MOTIONS_HEADING = re.compile(
    r"^(?:yrkanden?|propositionsordning|beslutsgång|beslutsordning)\b", re.I
)
_NAMES_PROPOSAL = re.compile(
    r"\bförslag\w*|\bställer\s+sig\s+bakom\b|\battsats\w*|\byrkande\w*", re.I
)
_PROPOSES = re.compile(
    r"\bföreslår\b|\bförslag(?:et)?\b|\bställer\s+frågan\b|^att\s*:", re.I
)
_BULLET = re.compile(r"^[-–•*·▪]\s+")
# "Ordföranden finner att nämnden bifaller förslaget": the chair's proposition, before the
# decision its section records
_FINDS = re.compile(r"\b(?:finner|fann|ställer|ställde)\b", re.I)
# "Beslut: Inget beslut fattades.", "Beslut: –", "Beslut: Inga.": the label with nothing decided
_NONE = re.compile(
    r"^(?:[-–—.\s]*|(?:inget|inga|ej|inte\s+något)(?:\s+(?:\w+\s+)?beslut\w*)?(?:\s+\w+)?\s*\.?"
    r"|ingen\s+åtgärd\.?|ej\s+aktuellt\.?)$",
    re.I,
)
# "Kommunstyrelsen fattar inget beslut.", "Nämnden tar inget beslut i ärendet."
_NOTHING_DECIDED = re.compile(
    r"^(?:[\wåäöÅÄÖ-]+\s+){0,2}(?:fattar|fattade|fattas|fattades|tar|tog)\s+(?:inget|inga"
    r"|ej\s+något|inte\s+(?:något|några))\s+beslut\b",
    re.I,
)
# "Enligt förslag.", "Bifall till förslaget", "Förslaget bifalles": an approval saying nothing else
_BARE_APPROVAL = re.compile(
    r"^(?:beslut\s*:?\s*)?(?:enligt\s+(?:\w+\s+)?förslag(?:et)?|i\s+enlighet\s+med\s+"
    r"(?:\w+\s+)?förslag(?:et)?|bifall\s+till\s+(?:\w+\s+)?förslag(?:et)?"
    r"|förslaget\s+(?:bifalls|bifalles|bifölls|godkänns|godkändes))\s*\.?$",
    re.I,
)
# "Val av justerare" / "Mari Johansson": the name under an election item is who was elected.
_ELECTION = re.compile(
    r"\b(?:val|utseende)\s+av\b.*\b(?:juster\w*|sekreterare|ordförande|rösträknare|kassör"
    r"|valberedning\w*|revisor\w*)"
    r"|^(?:justerare|justering|protokolljusterare|justeringsperson|justeringsman|valberedning"
    r"|valberedningen|revisorer|revisorssuppleanter?)\b",
    re.I,
)
# The discussion that led to a decision: the last paragraphs of running text before it. The
# whole item would let a word said in passing ("Polisen") find decisions about something else.
_ITEM_TEXT_PARAGRAPHS = 3
_ATT = re.compile(r"^att\s+\S", re.I)


# Words with a full stop that end no sentence: "ordf. Anna Berg", "bl.a. Kumla", "P. O. Lind"
_ABBREVIATION = re.compile(
    r"(?:\b(?:ordf|v\.ordf|sekr|bl\.a|t\.ex|kl|resp|ang|jfr|dvs|s\.k|f\.d|fr\.o\.m|t\.o\.m|ca"
    r"|nr|tel|st|s:t|mfl|m\.fl|o\.s\.v|enl|inkl|exkl|avd|förv|adm|ekon|tf|bitr|prof|dr|vice"
    r"|ordförande\s+resp)|\b[A-ZÅÄÖ])\.$",
    re.I,
)


def _abbreviation_ends(text: str) -> bool:
    """`text` ends in an abbreviation's full stop. The pattern is anchored at the end, so only
    the tail is searched (a match starting at or after `pos` sees the characters before it for
    its word boundary, so this finds what a search of the whole text finds), and the whole text
    only where the tail ends in 'resp.' ('ordförande resp.' may stretch further back)."""
    if not text.endswith("."):
        return False
    if _ABBREVIATION.search(text, max(0, len(text) - 24)):
        return True
    return len(text) > 24 and text[-5:].lower() == "resp." and bool(_ABBREVIATION.search(text))


_SENTENCE_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”]|\d{1,2}[.)]\s+[A-ZÅÄÖa-zåäö]|\d{1,2}\.\d{1,2}\s+[A-ZÅÄÖ])"
)


def sentences(text: str) -> list[str]:
    if "." not in text and "!" not in text and "?" not in text:
        return [text.strip()] if text.strip() else []  # one sentence: nothing to cut at
    # "… godkänner delårsrapporten. 2. Informationen läggs …", "… justerare. 1.5 Mötets
    # behörighet …": a numbered point starts anew
    parts = _SENTENCE_BREAK.split(text.strip())
    joined: list[str] = []
    for part in parts:
        if joined and _abbreviation_ends(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return [p.strip() for p in joined if p.strip()]


class _Finder:
    def __init__(self, paragraphs: list[str], items: list[AgendaItem], start: int, skip: set[int]):
        self.paragraphs = paragraphs
        self.items = items
        self.start = start
        self.skip = skip
        self.item_starts = {it.line for it in items}
        lines = [it.line for it in items]
        # the items' lines in order (as find_agenda gives them): the item a line sits in is
        # found by bisection rather than by a walk through every item for every line
        self.item_lines = lines if lines == sorted(lines) else None
        self.decisions: list[Decision] = []
        self.ours: set[str] = set()
        self.warnings: list[str] = []

    def item_at(self, i: int) -> tuple[str, int]:
        found = self.agenda_item_at(i)
        if found is None:
            return "", self.start
        title = f"{found.parent} – {found.title}" if found.parent else found.title
        return title, found.line

    def item_text(self, i: int) -> str:
        """What the item said up to the decision, for questions in the item's words: its
        running text, without lists (of people, of documents) and without what came after."""
        found = self.agenda_item_at(i)
        first = found.line if found else self.start
        parts = [
            self.paragraphs[j]
            for j in range(first + 1, i + 1)
            if j not in self.skip and not _BULLET.match(self.paragraphs[j].strip())
            and len(self.paragraphs[j].split()) >= 6
        ][-_ITEM_TEXT_PARAGRAPHS:]
        text = " ".join(" ".join(parts).split())
        return text if len(text) <= 3000 else text[:3000].rsplit(" ", 1)[0] + " …"

    def agenda_item_at(self, i: int) -> AgendaItem | None:
        if self.item_lines is not None:
            k = bisect_right(self.item_lines, i)
            return self.items[k - 1] if k else None
        found = None
        for it in self.items:
            if it.line <= i:
                found = it
        return found

    def number_at(self, i: int) -> str:
        """The § or item number: a § paragraph's own, else the item's own, else the numbered
        item it sits in (a list '1. …' inside § 110 belongs to § 110)."""
        number, paragraph = "", ""
        for it in self.items:
            if it.line <= i and it.number and it.level == 1:
                number = it.number
            if it.line <= i and it.number.startswith("§"):
                paragraph = it.number
        found = self.agenda_item_at(i)
        if paragraph and found and found.number.startswith(paragraph.lstrip("§ ") + "."):
            return found.number  # "3.2 Åtgärder" inside § 3
        if paragraph:
            return paragraph
        return found.number if found and found.number else number

    def add(
        self, i: int, text: str, context: str = "", section: bool = False,
        row: tuple[str, str] | None = None,
    ) -> None:
        clauses = _att_clauses(text)
        if len(clauses) < 2:
            clauses = _numbered_att(text)
        if len(clauses) > 1:  # "Styrelsen beslutar: att anta …, att uppdra …": one each
            for clause in clauses:
                self.add(i, clause, context, section, row)
            return
        item, item_line = self.item_at(i)
        if row:  # a table row names its own item
            item = row[0] or item
        text = " ".join(text.split())
        # "1. Nämnden …", "§ 2/ Till mötesordförande valdes …": the mark is the item's number
        # "§ 5 Dagordningen fastställdes": a point that is its own decision, read from its line
        text = _LEAD_MARK.sub("", text)
        if not context:
            context = self.context_for(i, text, item_line, item)
        if not context and section:
            context = self.item_introduction(item_line, i)
        if any(d.text == text and d.item == item for d in self.decisions) or _NONE.match(text):
            return
        if _NOTHING_DECIDED.match(text):
            return  # "Beslut: Kommunstyrelsen fattar inget beslut. …"
        if _BARE_APPROVAL.match(text) and self.decisions and self.decisions[-1].item == item and (
            self.decisions[-1].number == self.number_at(i)
        ):
            # "Regionfullmäktige väljer X till ordförande." / "Beslut: enligt förslag": the
            # decision is the proposal already read, not a second one.
            return
        # "… i enlighet med kommunstyrelsens förslag att avslå motionen": it says what it is
        approves = _approved(context) if _APPROVAL.search(text) and not _SAYS_WHAT.search(
            text
        ) else ""
        # An approval says nothing of its own ("Gruppen bifaller Ingmars förslag"): the
        # discussion before it says what it is about. A decision that notes information is
        # about its item's title, not about everything said under it.
        about = self.item_text(i) if approves else ""
        number = (row[1] if row and row[1] else "") or self.number_at(i)
        if not number and not item:
            number = self.run_mark(i) or _point_before(self.paragraphs[i], text)
        if not number and not item:
            item = _title_before(self.paragraphs[i], text)
        if not number and not item:
            # the title names the item; the text stays as read (what ran into it, a name
            # among them, may be all the transcript says of who was there)
            item = _title_inside(text)
        self.decisions.append(Decision(item, text, context, number, approves, about))

    def run_mark(self, i: int) -> str:
        """'4. Till mötesordförande valdes Siv Olofsson.' among '3. …' and '5. …': minutes
        written as a numbered list of sentences (an årsmöte's, a web page's) number each point,
        and the decision a point holds is that point's. A list whose points are all '1.' (a
        web list's lost numbering) or a lone '1.' numbers nothing."""
        m = _OWN_MARK.match(self.paragraphs[i].strip())
        if not m:
            return ""
        n = int(m[1])
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(self.paragraphs) and abs(j - i) <= 3:
                other = _OWN_MARK.match(self.paragraphs[j].strip())
                if other:
                    if int(other[1]) == n + step:
                        return m[1]
                    break
                j += step
        return ""

    def context_for(self, i: int, text: str, item_line: int, item: str) -> str:
        if _REFERS_TO_PROPOSAL.search(text):
            found = self.proposal_before(i, item_line, text)
            if found:
                return found
            self.warnings.append(
                f"Beslutet under ”{item or 'okänd punkt'}” hänvisar till ett förslag "
                "som inte kunde hittas."
            )
            return ""
        own = sentences(self.paragraphs[i])
        if text in own and own.index(text) > 0:
            return " ".join(own[: own.index(text)])
        return ""

    def item_introduction(self, item_line: int, i: int) -> str:
        """What the item was about: its first paragraph of running text."""
        for j in range(item_line + 1, i):
            para = self.paragraphs[j].strip()
            if j in self.skip or _BULLET.match(para) or len(para.split()) < 6:
                continue
            return para if len(para) <= 500 else para[:500].rsplit(" ", 1)[0] + " …"
        return ""

    def proposal_before(self, i: int, item_line: int, text: str) -> str:
        who = re.search(r"\b([A-ZÅÄÖ][a-zåäö]+)s\s+förslag", text)
        # The paragraph itself may hold the proposal: "X föreslår … Gruppen bifaller."
        own = sentences(self.paragraphs[i])
        if text in own:
            before = [s for s in own[: own.index(text)] if _PROPOSES.search(s)]
            if before:
                return " ".join(own[: own.index(text)])
        for j in range(i - 1, max(item_line, i - 40) - 1, -1):
            para = self.paragraphs[j].strip()
            if _BULLET.match(para) or _BESLUT_HEADING.match(para):
                continue
            heading = _PROPOSAL_HEADING.match(para)
            if (heading and _MOTIONS_HEADING.match(para) or _MOVES.search(para)) and not re.search(
                r"yrkande", text, re.I
            ):
                continue  # "… bifaller kommunstyrelsens förslag": not a member's yrkande
            if heading and len(para) < 60 and j + 1 < len(self.paragraphs):
                # the proposal: its lead-in and its att-satser, up to the next heading
                body = []
                for k in range(j + 1, min(i, j + 6)):
                    nxt = self.paragraphs[k].strip()
                    if _heading_like(nxt) or k in self.item_starts:
                        break
                    body.append(nxt)
                text = " ".join(body) or self.paragraphs[j + 1].strip()
                return f"{para.rstrip(':')}: {text}"
            if _PROPOSES.search(para) and (not who or who[1] in para):
                return para
        # "Regionfullmäktige väljer X …" / "Beslut: enligt förslag": the proposal is the running
        # text right before the approval.
        for j in range(i - 1, item_line, -1):
            para = self.paragraphs[j].strip()
            if j in self.skip or _heading_like(para) or _BULLET.match(para):
                continue
            if _MOVES.search(para) and not re.search(r"yrkande", text, re.I):
                continue  # a member's yrkande is no proposal the body's approval approves
            return para if len(para.split()) >= 5 else ""
        return ""

    def run(self) -> None:
        i = self.start
        state = "open"  # "proposal" after 'Förslag till beslut', "closed" after 'Reservation'
        column: int | None = None  # the 'Beslut' column of a table of items
        mixed = False  # a column of 'Diskussion/beslut': its decisions are among other text
        listing = False  # in the numbered list under a 'Dagordning' heading
        while i < len(self.paragraphs):
            text = self.paragraphs[i].strip()
            if "\t" in self.paragraphs[i]:
                cells = [c.strip() for c in self.paragraphs[i].split("\t")]
                # The head row of a table (which an attendance list above may have claimed)
                heads = [k for k, c in enumerate(cells) if _DECISION_COLUMN.match(c)] or [
                    k for k, c in enumerate(cells)
                    if _MIXED_COLUMN.search(c) and len(c.split()) <= 5
                ]
            else:
                cells, heads = [text], []  # one cell: no table row, no head row
            if len(cells) == 2 and heads == [0] and cells[1]:
                # a label and its value: "Beslut<TAB>Nämnden godkänner …" (a "Förslag till
                # beslut<TAB>…" row is a proposal)
                if _DECISION_COLUMN.match(cells[0]) and i not in self.skip:
                    self.add_units(i, cells[1], section=True)
                i += 1
                continue
            if len(cells) >= 2 and heads:
                column, mixed = heads[0], not _DECISION_COLUMN.match(cells[heads[0]])
                i += 1
                continue
            if len(cells) >= 2 and i not in self.skip:
                if column is not None and column < len(cells) and column > 0:
                    self.table_row(i, cells, column, mixed)
                    i += 1
                    continue
            elif "\t" not in self.paragraphs[i]:
                column = None
            mark = _BULLET.match(text)
            bullet = bool(mark)
            if mark:
                text = text[mark.end() :]  # "- Beslut: …", "* Styrelsen beslutar att …"
            if i in self.skip:
                if state == "open" and self.elected(i, text):  # a list of names claimed it
                    self.add(i, self.elected(i, text), section=True)
                elif state == "open":
                    # "§ 1 Öppnande" / "Ordförande, Gunnar Holm, C, hälsar alla välkomna …
                    # Dagordningen fastställs.": a §'s text that opens with a post, claimed as a
                    # list of those present, is read whole
                    whole = self.bare_att(i) and not _only_names(text)
                    for unit in _claimed_decisions(text, self.ours, whole):
                        self.add(i, unit, section=True)
                i += 1
                continue
            if i in self.item_starts:
                state = "open"
            if _agenda_heading(text):
                listing = True  # the agenda, listed: its numbered lines are titles
            elif listing and _NUMBERED_LINE.match(text) and i not in self.item_starts:
                i += 1
                continue
            else:
                listing = False
            if _BESLUT_HEADING.match(text):
                state = "open"
                i = self.section(i + 1)
                continue
            # "Kommunstyrelsen beslutar att" and its points: under 'Förslag till beslut' or
            # 'Yrkanden' they are a proposal
            # only the sentence that ends on the colon leads in: in 'Beslutades att vi delar upp
            # oss … Uppdelningen ser ut som följer:' the decision is the sentence before it
            last = sentences(text)[-1] if text.endswith(":") else text
            decides = _decides_colon(last) and is_decision(last + " x", self.ours)
            if state == "open" and decides:
                state = "open"
                i = self.section(i + 1, lead=text)
                continue
            inline = _BESLUT_INLINE.match(text)
            if inline and _kind_of_item(_inline_text(inline)):
                i += 1  # "Beslut: Bidragsnivåer Beslut: Tryck av …": an agenda's kinds of item
                continue
            if inline:
                state = "open"
                self.add_units(i, _inline_text(inline), section=True)
                i = self.att_lines(i + 1)
                continue
            proposal = _PROPOSAL_HEADING.match(text)
            if proposal and (not proposal["rest"] or ":" in text[: proposal.start("rest")]):
                state = "proposal"
                i += 1
                continue
            if _AFTER_DECISION.match(text) and len(text.split()) <= 6:
                state = "closed"
                i += 1
                continue
            if state == "open" and _ATT_POINT.match(text) and self.proposed_lead(i):
                i += 1  # "Motion har inkommit om att stämman beslutar" / "-att …": not ours
                continue
            if state == "open":
                units = decision_units(text, self.ours)
                for unit in units:
                    if not bullet or len(unit.split()) >= 3:
                        self.add(i, unit)
                for sats in _inner_att_satser(text, units):
                    self.add(i, sats, section=True)
                lead = _LEAD_THAT.match(units[-1]) if units else None
                if lead and units[-1].rstrip().endswith((",", ";")):
                    # "Nämnden beslutar att godkänna budgeten," / "att uppdra åt …": the
                    # att-satser after the first are read with the same lead-in
                    i = self.att_lines(i + 1, lead[0])
                    continue
                if not units and self.elected(i, text):
                    self.add(i, self.elected(i, text), section=True)
                elif not units and _ATT.match(text) and self.bare_att(i):
                    i = self.att_lines(i)
                    continue
                elif not units and self.bare_att(i) and _infinitive_points(text):
                    # "§ 2 Budgetdirektiv" / "Fastställa budgetdirektiv för 2013 …", "1.
                    # Fastställa reglemente … 2. Godkänna arbetsordning …": right under its
                    # title, the body's decision in the infinitive, its lead-in not written
                    for point in _infinitive_points(text):
                        self.add(i, point, section=True)
                elif not units and _BARE_SATS.match(text) and not self.proposed_before(i):
                    # "att godkänna budgeten" / "lägga delgivningarna till handlingarna.": an
                    # att-sats whose lead-in the transcript lost decides
                    self.add(i, text, section=True)
            elif state == "proposal" and not _FINDS.search(text):
                # "Förslag till beslut" / "Nämnden godkänner rapporten." / "Nämnden beslutar
                # enligt förslaget.": an approval of the proposal ends it, and decides
                for unit in decision_units(text, self.ours):
                    # "Nämnden bifaller förslaget" approves the proposal; "Motionen bifalls."
                    # under 'Kommunstyrelsens förslag till beslut' is what is proposed
                    if _APPROVAL.search(unit) and _NAMES_PROPOSAL.search(unit):
                        self.add(i, unit)
                        state = "open"
            i += 1

    def proposed_before(self, i: int) -> bool:
        """The paragraph before proposes ('Förvaltningen föreslår att nämnden beslutar')."""
        before = self.paragraphs[i - 1].strip() if i > 0 else ""
        return bool(_PROPOSES.search(before) or _PROPOSAL_HEADING.match(before)
                    or _PURPOSE.search(before))

    def proposed_lead(self, i: int) -> bool:
        """An att-sats line ('-att styrelsen ska bestå av …') under a lead-in that is not this
        meeting deciding: a motion's or a proposal's points ('Motion har inkommit om att
        stämman beslutar', 'Förvaltningen föreslår att nämnden beslutar'), not decisions."""
        j = i - 1
        while j > 0 and _ATT_POINT.match(self.paragraphs[j].strip()):
            j -= 1
        if j < 0 or j in self.item_starts:
            return False
        lead = self.paragraphs[j].strip()
        if not _LEAD.search(lead) and not lead.rstrip(" :").lower().endswith(" att"):
            return False
        return not is_decision(lead + " x", self.ours)

    def bare_att(self, i: int) -> bool:
        """An att-sats standing alone right under its item's title ('§ 2 Fastställande av
        dagordning' / 'att fastställa dagordningen') is the item's decision; after a line that
        proposes ('Förvaltningen föreslår nämnden besluta') it is the proposal's."""
        found = self.agenda_item_at(i)
        return found is not None and found.line == i - 1

    def elected(self, i: int, text: str) -> str:
        """Who an election item elected, as the text says it: right under the item a line of
        nothing but names ('Mari Johansson', 'Justerare: Per Ek') or a short line naming who
        justerar; on the item's own line the names after its title ('3. Val av justerare:
        Anna Berg'). '' when the line elects nobody."""
        found = self.agenda_item_at(i)
        if found is None or not 0 <= i - found.line <= 2 or not _ELECTION.search(found.title):
            return ""
        if i == found.line:
            parts = re.split(r"\s*:\s+|\s+[-–]\s+", text, maxsplit=1)
            return parts[1] if len(parts) == 2 and _only_names(parts[1]) else ""
        bare = re.sub(r"^(?:till\s+)?(?:justerare|justeringsperson|sekreterare|ordförande"
                      r"|valberedning(?:en)?|revisorer|revisorssuppleanter?)\s*:?\s*",
                      "", text, flags=re.I)  # "Justerare: Per Ek", "Valberedning: X och Y"
        if _only_names(bare):
            return text
        short = len(text.split()) <= 12 and re.search(r"juster", text, re.I)
        if short and names_in(text):
            return text  # "Anna Berg justerar protokollet."
        # "Ordförande Anna Berg och vice ordförande Per Lind justerar protokollet fredagen den 7
        # mars": who justerar, with their posts, and when
        who = _WHO_ADJUSTS.match(text)
        return text if who and names_in(_POSTS.sub(" ", who["who"])) else ""

    def table_row(self, i: int, cells: list[str], column: int, mixed: bool = False) -> None:
        """'3. Val av justerare<TAB>Diskussion …<TAB>Anna Berg valdes': the row's decision. In
        a column of 'Diskussion/beslut' only the sentences that decide are decisions."""
        decided = cells[column].strip(" -–")
        if len(decided.split()) < 2:
            return
        first = cells[0]
        m = re.match(r"^(?:§\s*)?(\d{1,3}(?:\.\d{1,2})?)[.)]?\s+(.*)$", first)
        number, title = (m[1], m[2]) if m else ("", first)
        bare = re.fullmatch(r"(?:§\s*)?(\d{1,3}(?:\.\d{1,2})?)[.)]?", first.strip())
        if bare and column > 1:  # "1<TAB>Dagordning<TAB>…": the number and the title apart
            number, title = bare[1], cells[1]
        if mixed:
            label = _BESLUT_INLINE.match(decided)
            points = [_inline_text(label)] if label else decision_units(decided, self.ours)
        else:
            points = _points(decided)
        for point in points:
            self.add(i, point, section=True, row=(title.strip(), number))

    def add_units(self, i: int, text: str, section: bool = False) -> None:
        """A decision section's paragraph is one decision, whatever it says, unless it numbers
        its points ("1. Nämnden godkänner … 2. Informationen läggs …") or lists its att-satser
        one after the other ("att godkänna …; att uppdra …"), or is a page run together into
        sentences that each decide ("Kommunstyrelsen föreslår kommunfullmäktige besluta att …
        Kommunstyrelsen beslutar för egen del att …"): one decision each."""
        parts = sentences(text) if section else [text]
        if len(parts) < 2 or not all(self.decides_here(p) for p in parts) or not all(
            _OWN_LEAD.match(p) for p in parts[1:]
        ):
            parts = [text]  # "Uppdrag ges att … Deltagare utses via …": one decision told on
        for part in parts:
            for point in _points(part):
                self.add(i, point, section=section)

    def decides_here(self, sentence: str) -> bool:
        """Under the body's own 'Beslut' label: a sentence that decides, an att-sats, or the
        body proposing to the one above it ('föreslår kommunfullmäktige besluta att …')."""
        return bool(
            is_decision(sentence, self.ours) or _ATT.match(sentence)
            or _PROPOSES_ABOVE.search(sentence)
        )

    def att_lines(self, j: int, lead: str = "") -> int:
        while j < len(self.paragraphs) and _ATT.match(self.paragraphs[j].strip()):
            if j in self.item_starts:
                break
            self.add(j, _joined(lead, self.paragraphs[j]) if lead else self.paragraphs[j],
                     section=True)
            j += 1
        return j

    def section(self, j: int, lead: str = "") -> int:
        """The paragraphs after a 'Beslut' heading (or a lead-in such as 'Kommunfullmäktige
        beslutar att'): the first, the att-satser or the list of points, and what follows while
        it decides."""
        while j < len(self.paragraphs) and j in self.skip and j not in self.item_starts:
            j += 1  # a page's footer and head between 'Beslut' and what it says
        if j >= len(self.paragraphs) or j in self.item_starts:
            return j
        first = self.paragraphs[j].strip()
        nxt = self.paragraphs[j + 1].strip() if j + 1 < len(self.paragraphs) else ""
        # "Kommunfullmäktige beslutar att" / "- godkänna årsredovisningen," / "- uppdra åt …":
        # each point is a decision, read with the words that lead into it.
        if not lead and _LEAD.search(first) and _is_point(nxt) and j + 1 not in self.item_starts:
            lead, j = first, j + 1
            first = nxt
        if _is_point(first) or (lead and _continues(lead, first)):
            k = j
            while (
                k < len(self.paragraphs) and k not in self.item_starts and k not in self.skip
                and (k == j or _is_point(self.paragraphs[k].strip()))
            ):
                for point in _points(self.paragraphs[k].strip()):  # "1. … 2. …" on one line
                    self.add(k, _joined(lead, point), section=True)
                k += 1
            return k
        if _ATT.match(first):
            return self.att_lines(j)
        approval = nxt and is_decision(nxt, self.ours) and j + 1 not in self.item_starts
        if _PROPOSES.search(first) and approval:
            self.add(j + 1, nxt, context=first)
            return j + 2
        self.add_units(j, first, section=True)
        j = self.att_lines(j + 1)
        while (
            j < len(self.paragraphs)
            and j not in self.item_starts
            and j not in self.skip
            and is_decision(self.paragraphs[j], self.ours)
            and not _heading_like(self.paragraphs[j])
        ):
            for unit in decision_units(self.paragraphs[j], self.ours):
                self.add(j, unit, section=True)
            j += 1
        return j


# A lead-in whose decisions follow as points: "Kommunfullmäktige beslutar att", "Nämnden
# beslutar följande:", "Arbetsutskottet föreslår kommunstyrelsen besluta att" (under the
# utskott's own 'Beslut', that proposal is its decision).
_LEAD = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)(?:\s+(?:följande|enligt\s+"
    r"följande))?(?:\s+att)?\s*:?$"
    r"|\b(?:enades|enas|kom\s+överens|var\s+överens|är\s+överens)\s+om(?:\s+att)?\s*:$",
    re.I,
)
# "Dagordning", "2 UMEÅREGIONEN MINNESANTECKNINGAR 2(8) Dagordning", "Föredragningslista:": a
# heading over the agenda's list (its numbered lines, with notes such as "Ärendet utgick",
# are the agenda, not this meeting's decisions; items with text of their own are items)
_AGENDA_HEADING = re.compile(r"\b(?:dagordning|föredragningslista)\s*:?$", re.I)


def _agenda_heading(text: str) -> bool:
    """'Dagordning:' ending the paragraph. Both patterns here are anchored at the end, which
    Python's re cannot use: it tries every position of a long paragraph. The literal tests
    first find the few that can match (`text` is stripped: its end is its last character)."""
    if not text.endswith((":", "g", "G", "a", "A")):
        return False
    if not text.endswith(":") and len(text.split()) > 8:
        return False  # "1. Dagordning Styrelsen beslöt arbeta efter … dagordning": a sentence
    low = text.lower()
    return ("dagordning" in low or "föredragningslista" in low) and bool(
        _AGENDA_HEADING.search(text)
    )


_DECIDING_END = ("att", "beslutar", "beslutade", "beslöt", "beslutas", "beslutades")


def _decides_colon(text: str) -> bool:
    """'Styrelsen beslutar att:' ending the paragraph (see _agenda_heading)."""
    if not (text.endswith(":") or text[-12:].lower().endswith(_DECIDING_END)):
        return False
    return bool(_DECIDES_COLON.search(text))
_LEAD_MARK = re.compile(r"^(?:(?:\d{1,2}[.)]|[a-h]\)|[-–•])\s+|§\s*\d{1,4}(?:\s*/\s*|\s+))(?=\S)")
_NUMBERED_LINE = re.compile(r"^\d{1,2}[.)]\s+\S")
_OWN_MARK = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
# An att-sats standing alone: "att godkänna …", "Att utse Carsten", and with a lost "att" in a
# transcript, "lägga delgivningarna till handlingarna." (lower case: it went on a lead-in)
_DECIDING_INFINITIVE = (
    r"(?:godkänna|fastställa|anta|anteckna|notera|uppdra|utse|välja|bevilja|avslå|bifalla"
    r"|tillstyrka|avstyrka|överlämna|återremittera|bordlägga|delegera|entlediga|avskriva"
    r"|lägga\s+(?:\w+\s+){0,4}till\s+handlingarna|ge\s+(?:\w+\s+){0,4}i\s+uppdrag"
    r"|ta\s+del\s+av|tacka\s+för)\b"
)
_BARE_SATS = re.compile(
    rf"^(?=\S+\s+\S+\s+\S)(?:[Aa]tt\s+{_DECIDING_INFINITIVE}|(?-i:{_DECIDING_INFINITIVE}))"
)
_CAPITAL_INFINITIVE = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?=[A-ZÅÄÖ])(?i:" + _DECIDING_INFINITIVE + r")\s+\S"
)
_POINT_START = re.compile(r"^\d{1,2}[.)]\s+")


def _infinitive_points(text: str) -> list[str]:
    """The sentences a paragraph opens with that each decide in the infinitive, capitalised
    ('Fastställa budgetdirektiv …', '2. Godkänna arbetsordning …'); none when the first
    does not."""
    points = []
    for sentence in re.split(r"(?<=[^\d\s][.!?])\s+(?=\d{1,2}[.)]\s|[A-ZÅÄÖ])", text.strip()):
        if not _CAPITAL_INFINITIVE.match(sentence):
            break
        points.append(_POINT_START.sub("", sentence))
    return points


# "Syftet är" / "att öka samverkan": what something is for, not a decision
_PURPOSE = re.compile(r"\b(?:syfte|målet|mål|uppdrag|avsikt)\w*\b.{0,30}$", re.I)
# "Nämnden beslutar att …": a decision's lead-in, up to its first att-sats
_LEAD_THAT = re.compile(r"^.*?\b(?:beslutar|beslutade|beslöt|beslutas|beslutades)\s+att\b", re.I)
# A point of a list: "- godkänna …", "• att uppdra …", "1. att bevilja …", "2) Informationen …"
_POINT_MARK = re.compile(r"^(?:[-–•*·▪]|\d{1,2}[.)]|[a-h]\))\s+(?=\S)")


# "-att styrelsen ska bestå av …", "- att uppdra …", "att godkänna …": a line that is an att-sats
_ATT_POINT = re.compile(r"^(?:[-–•]\s*)?att\s+\S", re.I)
# An att-sats inside a paragraph, after what led up to it: "… öppnar mötet. Att fastställa
# dagordningen", "… konferenser. - att lägga protokoll 7 till handlingarna", "1.1 Val av
# protokolljusterare Att utse Carsten" (a table row run together). Minutes that write
# decisions as bare att-satser put one after the item's discussion; the infinitive decides.
_INNER_ATT = re.compile(
    r"(?:(?<=[.!?])\s+|\s[-–]\s+|\s(?=Att\s))"  # a capital 'Att' starts one wherever it stands
    r"(?P<sats>(?:Att|att)\s+(?:[a-zåäö]+a|ge|gå|ta|se|stå|utse|be)\s+\S.*)"
)
# What before an att-sats makes it a proposal: "Förslag till beslut.", "Arbetsutskottet föreslår
# nämnden besluta.", "Yrkande."
_PROPOSAL_END = re.compile(
    r"(?:förslag(?:\s+till\s+\w+)?|beslutsförslag|yrkanden?|föreslår\s+(?:\w+\s+){0,3}besluta"
    r"|yrkar(?:\s+\w+){0,2})\s*[.:]?\s*$",
    re.I,
)


_PROPOSING_WORD = re.compile(
    r"\b(?:förslag(?:et)?|yrka\w*|yrkande\w*|föreslå\w*|beslutsförslag|tilläggsyrkande\w*)\b", re.I
)


_MAY_HOLD_ATT = re.compile(r"Att\s|[.!?\-–]\s+att\s")  # cheaper than _INNER_ATT itself


def _inner_att_satser(text: str, units: list[str]) -> list[str]:
    """The att-satser that follow a paragraph's first sentence, each up to the next one (a
    paragraph may hold an item's discussion and then its decision as a bare att-sats)."""
    if not _MAY_HOLD_ATT.search(text):
        return []  # no att-sats starts inside it (most paragraphs)
    found = []
    for m in _INNER_ATT.finditer(text):
        before = text[: m.start()].strip()
        if not before or _PROPOSAL_END.search(before[-80:]):
            continue
        # "Yrkande Anna Berg (S): Att avslå motionen": the sentence the att-sats ends proposes
        clause = "" if before.endswith((".", "!", "?")) else re.split(r"(?<=[.!?])\s+", before)[-1]
        if _PROPOSING_WORD.search(clause):
            continue
        sats = m["sats"]
        nxt = _INNER_ATT.search(sats)
        sats = (sats[: nxt.start()] if nxt else sats).strip()
        if any(sats in unit or unit in sats for unit in units) or _is_subject_clause(sats):
            continue
        found.append(sats)
    return found


# "Att samla kring en gemensam modell … är en framgångsfaktor": an att-clause that is the subject
# of its sentence, told by a finite verb in the sentence's own clause (before any subordinate one:
# "att konstatera att budgeten är i balans" decides)
_SUBORDINATE = re.compile(r"\s(?:att|som|om|när|eftersom|då|där|och att)\s", re.I)
_FINITE = re.compile(
    r"\s(?:är|var|blir|blev|har|hade|kan|kunde|bör|borde|måste|ska|skulle|innebär|kräver|känns"
    r"|verkar|ger|gav|handlar)\s", re.I,
)


def _is_subject_clause(sats: str) -> bool:
    sentence = re.split(r"(?<=[.!?])\s", sats, maxsplit=1)[0]
    rest = sentence.split(None, 1)[1] if " " in sentence else ""
    cut = _SUBORDINATE.search(" " + rest)
    return bool(_FINITE.search(" " + (rest[: cut.start()] if cut else rest) + " "))


def _is_point(text: str) -> bool:
    return bool(_POINT_MARK.match(text) or _ATT.match(text))


def _continues(lead: str, text: str) -> bool:
    """'Kommunstyrelsen beslutar att' / 'godkänna budgeten.': the line goes on the sentence."""
    return lead.rstrip(" :").lower().endswith(" att") and text[:1].islower()


def _joined(lead: str, point: str) -> str:
    """A point read with its lead-in: 'Kommunfullmäktige beslutar att godkänna …'. A point
    that is a sentence of its own ('1. Regionstyrelsen antar yttrandet') stands alone."""
    point = _POINT_MARK.sub("", point).strip()
    lead = lead.strip().rstrip(":").strip()
    if not lead or (point[:1].isupper() and not _ATT.match(point)):
        return point
    if lead.lower().endswith(" att") and point.lower().startswith("att "):
        lead = lead[: -len(" att")]
    return f"{lead} {point}"


_POINT = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")
_ATT_SATS = re.compile(r"(?:^|(?<=[;.]\s)|(?<=;))\s*(?=att\s)")


# "Regionstyrelsen beslutar att - anta yttrandet, - översända det …": a page run together
# keeps the list's dashes inside the line
_INLINE_DASH = re.compile(r"[,;]?\s+[-–•]\s+(?=[a-zåäö])")
_LEAD_END = re.compile(
    r"\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)(?:\s+att)?\s*:?$", re.I
)


def _points(text: str) -> list[str]:
    dashed = _INLINE_DASH.split(text)
    if len(dashed) >= 3 and _LEAD_END.search(dashed[0]):
        return [_joined(dashed[0], point.strip(" ,;")) for point in dashed[1:]]
    marks = list(_POINT.finditer(text))
    numbers = [int(m[1]) for m in marks]
    if len(marks) >= 2 and numbers == list(range(1, len(marks) + 1)):
        cuts = [m.start() for m in marks] + [len(text)]
        head = text[: cuts[0]].strip()
        points = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
        return ([head] if len(head.split()) > 4 else []) + points
    pieces = [p.strip(" ;") for p in _ATT_SATS.split(text) if p.strip(" ;")]
    if len(pieces) >= 2 and re.fullmatch(r"[-–•*·▪]|\d{1,2}[.)]|[a-h]\)", pieces[0]):
        pieces = pieces[1:]  # "1. att bevilja …": the point's number heads no point
    if len(pieces) >= 2 and all(p.lower().startswith("att ") for p in pieces[1:]):
        return pieces
    return [text]


# "Styrelsen beslutar: att …", "Beslut: att …", "att …" at the start of a decision's text
_CLAUSES_LEAD = re.compile(
    r"^(?:(?:.*?\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)|beslut)\s*:?\s*)?"
    r"(?=att\s)",
    re.I,
)
_NEXT_CLAUSE = re.compile(r"[;,]\s+(?=att\s)")


# "Kommunstyrelsen beslutade att 1. godkänna budgeten 2. uppdra åt …": the att-satser
# numbered inside one sentence, as a page run together writes a numbered list
_NUMBERED_ATT = re.compile(
    r"^(?P<lead>.{0,120}?\b(?:beslutar|beslutade|beslöt|beslutas|beslutades|besluta)\s+att)"
    r"\s*:?\s+1(?:\.{1,3}|\)|…|,)\s*(?=[a-zåäö])",  # "1. godkänna", "1...fastställa", "1, …"
    re.I,
)


def _numbered_att(text: str) -> list[str]:
    """Each numbered att-sats of one sentence, read with the sentence's lead-in ('…
    beslutade att godkänna budgeten', '… beslutade att uppdra åt …'); [text] otherwise."""
    m = _NUMBERED_ATT.match(text)
    if not m:
        return [text]
    rest = text[m.end("lead") :]
    marks = list(re.finditer(r"(?:^|\s)(\d{1,2})(?:\.{1,3}|\)|…|,)\s*(?=[a-zåäö])", rest))
    if [int(k[1]) for k in marks] != list(range(1, len(marks) + 1)) or len(marks) < 2:
        return [text]
    cuts = [k.start() for k in marks] + [len(rest)]
    points = [rest[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    return [f"{m['lead']} {_NUMBER_MARK.sub('', p).strip(' ,;')}" for p in points]


_NUMBER_MARK = re.compile(r"^\d{1,2}(?:\.{1,3}|\)|…|,)\s*")


def _att_clauses(text: str) -> list[str]:
    """'Styrelsen beslutar: att anta riktlinjerna, att uppdra åt förvaltningen …': each
    att-sats with the lead-in before the first ('Styrelsen beslutar: att uppdra …')."""
    if text.count("att ") < 2:
        return [text]
    lead = _CLAUSES_LEAD.match(text.strip())
    if not lead:
        return [text]
    head = lead[0]
    parts = _NEXT_CLAUSE.split(text.strip()[len(head) :])
    if len(parts) < 2:
        return [text]
    return [f"{head}{part}".strip() for part in parts]


# In a front page that runs into the first items (one line per page), a decision stands among
# names and labels: "Utses att justera Socialnämnden beslutar att medge närvarorätt för
# samtliga närvarande. Lennart Ahlström (S)", "… Lena Ohlsén, verksamhetschef Utsågs Mats
# Sandström att jämte ordföranden justera dagens protokoll 15 Dagordning …"
_CLAIMED = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:beslutar|beslutade|beslöt)\s+att\s[^.!?]{4,200}"
    r"[.!?]"
    r"|(?:Utsågs|Valdes)\s+(?:[A-ZÅÄÖ][\wåäö-]+\s+){1,3}(?:att\s+)?(?:[\wåäö]+\s+){0,4}?"
    r"justera\s+(?:dagens\s+)?protokoll(?:et)?"
    # "Kerstin Malmqvist utsågs att justera protokollet", "Nina Högberg väljs till
    # mötesordförande.": the meeting's officers elected, name first
    r"|(?<![\wåäöÅÄÖ-])(?:[A-ZÅÄÖ][\wåäö-]+\s+){1,3}(?:väljs|valdes|utses|utsågs)\s+"
    r"(?:enhälligt\s+)?(?:att\s+(?:[\wåäö]+\s+){0,3}?justera\s+(?:dagens\s+)?protokoll(?:et)?"
    r"|till\s+(?:mötes)?(?:ordförande|sekreterare|justerare|justeringsperson|rösträknare)\b))"
)


_PAGE_WORDS = 150
_POSTS = re.compile(
    r"\b(?:(?:förste|första|andre|andra|1:e|2:e)\s+)?(?:vice\s+)?ordförande[n]?\b", re.I
)
_WHO_ADJUSTS = re.compile(
    r"(?P<who>(?:\S+\s+){1,11}?)(?:justerar|justerar\s+tillsammans\s+med\s+ordföranden)\s+"
    r"(?:dagens\s+)?protokollet\b"
)


def _claimed_decisions(text: str, ours: set[str], whole: bool = False) -> list[str]:
    """Decisions inside a paragraph that a list of people or the front page's labels claimed:
    only those whose own words decide beyond doubt (the body deciding, or an election of the
    justerare); every decision when the paragraph is a §'s text (`whole`)."""
    if not whole and "besl" not in text and "justera" not in text and "till mötes" not in text:
        return []
    found = [m[0] for m in _CLAIMED.finditer(text) if is_decision(m[0], ours)]
    if whole or len(text.split()) >= _PAGE_WORDS:
        # a page run into one line: the attendance list is only its start
        found += [u for u in decision_units(text, ours) if not any(u in f or f in u for f in found)]
    return found


# "Rapport: Förbundskansliet", "Diskussion: …": an agenda's other kinds of item
_ITEM_KIND = re.compile(r"\b(?:Rapport|Diskussion|Information|Beslut|Övrigt)\s*:")


def _kind_of_item(said: str) -> bool:
    """'Beslut: Bidragsnivåer', 'Beslut: Tryck av jubileumsboken Rapport: …': in an agenda
    that sorts its items by kind, the title of an item to decide on, not a decision. A title
    starts with a capital, has no word that decides, no full stop and a few words; a name is
    an election's outcome, an att-sats or an infinitive the decision cut short."""
    if _ITEM_KIND.search(said):
        return True
    return (
        said[:1].isupper() and not _ATT.match(said)  # "Beslut: att godkänna rapporten" decides
        and len(said.split()) <= 6 and not said.rstrip().endswith(".") and not might_decide(said)
        and not names_in(said) and not _APPROVAL.search(said)
    )


def _inline_text(label: re.Match) -> str:
    """What follows 'Beslut:', 'Beslut enligt …' or 'BESLUT' on its line."""
    return label["text"] or label["bare"] or label["caps"]


def _only_names(text: str) -> bool:
    """'Per Ek (M)', 'Lisa Holm och Anna Berg', 'Ek, Berg': names and nothing else. Under an
    election item a given name alone is a person too: an association's notes elect 'Ida och
    Sandra' as they list who came."""
    parts = re.split(r",\s*|\s+och\s+", re.sub(r"\s*\([^()]{1,12}\)", "", text).strip(" ."))
    return all(is_name(part) or is_first_name(part) for part in parts)


def _heading_like(text: str) -> bool:
    text = text.strip()
    return bool(
        _BESLUT_HEADING.match(text) or _AFTER_DECISION.match(text) or _PROPOSAL_HEADING.match(text)
    ) and len(text.split()) <= 6


_DASH_PART = re.compile(r"\s+[-–]\s+(?=[A-ZÅÄÖ])")  # "… - Kommunstyrelsen uppdrar"


# "Margit Viklund rapporterade från Övervakningskommitténs möte … Investeringen godkändes.":
# what a report from another meeting tells was decided there; noting the report is this
# meeting's own decision.
_REPORT_FROM = re.compile(
    r"\b(?:rapporterade|rapporterar|återrapporterade|berättade|berättar|informerade|informerar"
    r"|redogjorde|redogör|refererade)\s+från\b"
    # "Ett styrelsemöte ägde rum i förra veckan. 16 ledamöter valdes."
    r"|\b(?:möte|sammanträde|årsmöte|styrelsemöte|stämma)\w*\s+(?:ägde\s+rum|hölls|har\s+hållits)\b",
    re.I,
)
# Every way of _REPORT_FROM holds one of these in the lowered sentence (none with an "i" or an
# "s", which re.I also takes for "ı" and "ſ"): most sentences hold none, and are spared the search.
_REPORT_HINTS = ("från", "ägde", "höll", "håll")


def _reports(sentence: str) -> bool:
    low = sentence.lower()
    return any(h in low for h in _REPORT_HINTS) and bool(_REPORT_FROM.search(sentence))


_NOTING = re.compile(
    r"\b(?:noteras|noterades|antecknas|antecknades|tackar|tackade)\b|\btill\s+handlingarna\b",
    re.I,
)


# "… i naturvårdsprogrammet. ger miljöenheten i uppdrag …": a sentence whose subject the
# transcript lost starts in lower case with its verb; it is a sentence of its own
_LOST_SUBJECT = re.compile(
    r"(?<=[.!?])\s+(?=(?:beslutar|beslutade|beslöt|godkänner|godkände|fastställer|fastställde"
    r"|antar|antog|ger|gav|uppdrar|uppdrog|tillstyrker|avstyrker|överlämnar|lägger|tackar)\s)"
)


_ENDS = re.compile(r"[.!?]\s")  # a sentence's end inside a sentence: a lost subject may follow


# "1.4 Val av justerare Kristoffer Lindh väljs till justerare. 1.5 Mötets behörighet …": the
# points of a page run into one line, each opening with its number
_MARK = re.compile(r"(?<!\S)(\d{1,2})\.(\d{1,2})?\s+(?=[A-ZÅÄÖ])")


def _follows(a: re.Match, b: re.Match) -> bool:
    """Point `b` is the one after point `a` ('1.4' -> '1.5' or '2.1', '3.' -> '4.')."""
    if bool(a[2]) != bool(b[2]):
        return False
    if not a[2]:
        return int(b[1]) == int(a[1]) + 1
    return (b[1] == a[1] and int(b[2]) == int(a[2]) + 1) or (int(b[1]) == int(a[1]) + 1)


def _point_before(paragraph: str, text: str) -> str:
    """The number of the point a decision stands under, in a paragraph that runs numbered
    points together ('… 1.4 Val av justerare Kristoffer Lindh väljs till justerare.'): the last
    mark before the decision's end that is one of a run ('1.4' after '1.3' or before '1.5');
    '' when the paragraph has no such run."""
    at = paragraph.find(text[:40])
    if at < 0:
        return ""
    # the point the deciding word stands in ('1.6 … Dagordningen godkändes med tillägg av
    # punkterna: 2.2 Rapport …' is point 1.6, whatever it lists after)
    verb = next((w.start() for w in re.finditer(r"\w+", text) if might_decide(w[0])), len(text))
    end = at + verb
    marks = list(_MARK.finditer(paragraph))
    for k in range(len(marks) - 1, -1, -1):
        if marks[k].start() >= end:
            continue
        run = (k and _follows(marks[k - 1], marks[k])) or (
            k + 1 < len(marks) and _follows(marks[k], marks[k + 1])
        )
        if run:
            return f"{marks[k][1]}.{marks[k][2]}" if marks[k][2] else marks[k][1]
        return ""
    return ""


# The titles of the items every meeting has, as a transcript runs them into their decision
# ('… Val av mötesordförande Anton Nordenfur valdes enhälligt till mötesordförande.',
# '… Fastställande av dagordning Utsänd och föreslagen dagordning fastställs'): capitalised, as a
# title is, and right before the decision
_TITLES = (
    r"(?P<title>(?-i:V)al\s+av\s+(?:(?:två|en|ett|tre)\s+)?(?:mötes|protokoll)?"
    r"(?:ordförande|sekreterare|justerare|justeringsperson(?:er)?|rösträknare|funktionärer)"
    r"(?:\s+(?:och|samt)\s+(?:mötes|protokoll)?(?:ordförande|sekreterare|justerare"
    r"|justeringsperson(?:er)?|rösträknare))*"
    r"|(?-i:[FG])(?:astställande|odkännande)\s+av\s+(?:dagordning(?:en)?|föredragningslista(?:n)?"
    r"|agenda(?:n)?)|(?-i:N)ärvarorätt|(?-i:F)öregående\s+(?:mötes\s*)?protokoll)"
)
_STANDARD_TITLE = re.compile(rf"(?:^|\s){_TITLES}\s*$", re.I)
# … and inside a decision's sentence, when the transcript ran the title, and what stood before
# it, into the sentence that decides: 'Närvaro Johannes Öhlin … Val av mötesordförande Anton
# Nordenfur valdes enhälligt till mötesordförande.'
_TITLE_INSIDE = re.compile(rf"(?<!\S){_TITLES}\s+(?=[A-ZÅÄÖ])", re.I)


def _title_inside(text: str) -> str:
    """The standard title that stands inside `text` right before what decides; ''
    otherwise."""
    for m in reversed(list(_TITLE_INSIDE.finditer(text))):
        if is_decision(text[m.end() :]):
            return " ".join(m["title"].split())
    return ""


def _title_before(paragraph: str, text: str) -> str:
    """The title a decision without an item stands right after, when it is one of the items
    every meeting has; '' otherwise."""
    at = paragraph.find(text[:40])
    if at <= 0:
        return ""
    m = _STANDARD_TITLE.search(paragraph[max(0, at - 120) : at])
    return " ".join(m["title"].split()) if m else ""


def decision_units(text: str, ours: set[str] | None = None) -> list[str]:
    """The decisions in a paragraph of running text, one per sentence that decides."""
    if not might_decide(text):
        return []  # most paragraphs: no word in them decides
    found, reporting = [], False
    parts = [
        part for s in sentences(text)
        for part in (_LOST_SUBJECT.split(s) if _ENDS.search(s) else [s])
    ]
    for sentence in parts:
        reporting = reporting or _reports(sentence)
        for part in _DASH_PART.split(sentence):
            if is_decision(part, ours) and (not reporting or _NOTING.search(part)):
                found.extend(_two_decisions(part, ours))
    return found


# "Vi lägger rapporten till handlingarna och styrelsen beslutar att …": two main clauses, each
# with its own subject, joined by "och"
_AND_CLAUSE = re.compile(r",?\s+(?:och|samt)\s+(?=[a-zåäöA-ZÅÄÖ][\wåäö-]+\s+[a-zåäö]+\s)")


def _two_decisions(sentence: str, ours: set[str] | None) -> list[str]:
    """A deciding sentence of two main clauses that each decide, as two decisions; else the
    sentence whole."""
    if " och " not in sentence and " samt " not in sentence:
        return [sentence]
    for m in _AND_CLAUSE.finditer(sentence):
        first, second = sentence[: m.start()].strip(), sentence[m.end() :].strip()
        subject = second.split(None, 1)[0].lower()
        if (subject in _BARE_SUBJECTS or subject.endswith(_BODY_ENDS)) and is_decision(
            first, ours
        ) and is_decision(second, ours):
            return [first, second]
    return [sentence]


_BARE_SUBJECTS = {
    "vi", "mötet", "gruppen", "rådet", "nämnden", "styrelsen", "utskottet", "direktionen",
    "presidiet", "nätverket", "delegationen", "beredningen",
}  # fmt: skip
_BODY_ENDS = ("nämnden", "styrelsen", "utskottet", "fullmäktige", "rådet", "gruppen")


# "Kommunstyrelsens förslag: 1. Taxan fastställs … 2. Taxan gäller …", as proposal_before
# writes a proposal found under its heading
_HEADED_PROPOSAL = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?(?:förslag|beslutsförslag)(?:\s+till\s+[\wåäö-]+)?\s*:\s*"
    r"(?P<body>\S.*)$",
    re.I | re.S,
)


def _approved(context: str) -> str:
    """The proposal an approval approves: the last proposing sentence before it."""
    if not context:
        return ""
    context = re.sub(r"^(?:Förslag till (?:beslut|nästa steg)\s*:\s*)", "", context, flags=re.I)
    headed = _HEADED_PROPOSAL.match(context)
    if headed:  # "Arbetsutskottets förslag: att godkänna …, att uppdra …": all its points
        body = headed["body"].strip()
        return body if len(body) <= 600 else body[:600].rsplit(" ", 1)[0] + " …"
    proposing = [s for s in sentences(context) if _PROPOSES.search(s)] or sentences(context)
    return (proposing[-1] if proposing else "").strip()


def find_decisions(
    paragraphs: list[str], items: list[AgendaItem], start: int, skip: set[int],
    groups: list[str] | None = None,
) -> tuple[list[Decision], list[str]]:
    finder = _Finder(paragraphs, items, start, skip | furniture(paragraphs, start))
    header = paragraphs[:start] if start else paragraphs[:2]
    finder.ours = body_heads(groups or []) | _own_headings(paragraphs[start:]) | _header_bodies(
        header
    )
    finder.run()
    return _without_restated_titles(_without_echoes(finder.decisions)), finder.warnings


# "Protokoll från årsmöte i föreningen …", "Årsmötesprotokoll 2018-03-08", "Protokoll fört vid
# ordinarie föreningsstämma": the minutes are the annual meeting's own
_ANNUAL_TITLE = re.compile(
    r"\b(?:års(?:mötes|stämmo)|stämmo|föreningsstämmo)protokoll|\bprotokoll\w*\s+(?:\S+\s+){0,2}?"
    r"(?:från|vid|för)\s+(?:(?:ordinarie|extra)\s+)?(?:årsmöte|årsstämm|föreningsstämm)",
    re.I,
)
# "Extra styrelsemöte med Näshults Sockenråd", "Styrelsemöte i Bäcks byförening": the
# association whose board meets; its own name for itself ("Sockenrådet beslutade") is the board
_BOARD_OF = re.compile(
    r"\bstyrelse(?:möte|sammanträde)\w*\s+(?:med|i|för)\s+(?P<name>(?:[A-ZÅÄÖ][\wåäö-]*\s+)?"
    r"[A-ZÅÄÖa-zåäö][\wåäö-]*)",
    re.I,
)


# "Årsmöte Undenäsbygdens byalag 14 mars 2024", "Hembygdsföreningens årsmöte 2001", "ÅRSMÖTE
# 2022": a title that names the meeting by its kind in its first words, as an annual meeting's
# minutes are headed whatever else they say (a board's minutes name the board's meeting there)
_ANNUAL_FIRST = re.compile(
    r"^(?:\S+\s+){0,3}?(?:(?:ordinarie|extra)\s+)?(?:årsmöte|årsstämma|föreningsstämma)(?:t|n)?\b",
    re.I,
)
_BOARD_MEETING = re.compile(r"\bstyrelse(?:möte|sammanträde)|\bkonstituerande\b", re.I)


def _header_bodies(header: list[str]) -> set[str]:
    """What the minutes' title says the meeting is: an annual meeting (verdicts.ANNUAL_MEETING),
    or the board of an association that names itself by the kind of body it is."""
    found: set[str] = set()
    board = any(_BOARD_MEETING.search(paragraph) for paragraph in header)
    for paragraph in header:
        if paragraph.lstrip()[:1] in "§0123456789":
            continue  # an item, not the title
        if _ANNUAL_TITLE.search(paragraph) or (
            not board and _ANNUAL_FIRST.match(paragraph.lstrip())
        ):
            found.add(ANNUAL_MEETING)
        board = _BOARD_OF.search(paragraph)
        if board:
            found |= body_heads([board["name"]])
    return found


_OWN_HEADING = re.compile(r"^(?P<body>[A-ZÅÄÖ][\w-]+)s\s+beslut\s*:?$", re.I)


def _own_headings(paragraphs: list[str]) -> set[str]:
    """'Socialnämndens beslut' over the decisions: the meeting is a nämnd, whatever its header
    said (or failed to say)."""
    return body_heads(
        [m["body"] for p in paragraphs if (m := _OWN_HEADING.match(p.strip()))]
    )


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


# "Till adjungerade ledamöter för 1 år väljs …", "Till kassör valdes …": an election with its
# post first records who was elected; no agenda names an item so, whatever follows it
_ELECTED_FIRST = re.compile(
    r"^Till\s+(?:\S+\s+){1,8}?(?:väljs|valdes|omväljs|omvaldes|utses|utsågs)\b", re.I
)


def _without_restated_titles(decisions: list[Decision]) -> list[Decision]:
    """An item's title read as a decision ('1. Mötet öppnas och justerare utses,' over 'Till
    justerare utsågs Tina Johansson') when the item has a decision of its own: the title only
    names what the item is about."""
    def key(d: Decision) -> tuple[str, str]:
        return (d.item or "", d.number or "")

    restated = {
        id(d) for d in decisions
        if d.item and _plain(d.text) == _plain(d.item) and not _ELECTED_FIRST.match(d.text)
    }
    own = {key(d) for d in decisions if id(d) not in restated}
    return [d for d in decisions if id(d) not in restated or key(d) not in own]


def _without_echoes(decisions: list[Decision]) -> list[Decision]:
    """A decision read twice, once without its item (a transcript's title line repeats a line
    of the document), or a justerare's election restated outside the numbered items: the one
    under its item is kept."""
    def plain(text: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())

    placed = [plain(d.text) for d in decisions if d.item or d.number]
    numbered = [d.text for d in decisions if d.number]
    return [
        d for d in decisions
        if (d.item or d.number or not any(plain(d.text) in p or p in plain(d.text) for p in placed))
        and (d.number or not _justering_echo(d.text, numbered))
    ]


_FULL_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü-]+(?:\s+[A-ZÅÄÖ][a-zåäöéü-]+)+")


def _justering_echo(text: str, placed: list[str]) -> bool:
    """The front page's 'Att jämte ordförande Åsa Ulander justera dagens protokoll valdes Linda
    Mattsson.' over the § that elects her ('Till justeringsperson valdes Linda Mattsson.'):
    minutes record who signs with the chair in their head as well as in the item that elected
    her; it is one election, and the item's record of it is the decision."""
    if "juster" not in text.lower():
        return False
    names = set(_FULL_NAME.findall(text))
    return bool(names) and any(
        "juster" in other.lower() and names & set(_FULL_NAME.findall(other)) for other in placed
    )
