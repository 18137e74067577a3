"""Decisions, each with its agenda item and enough of the proposal before it to stand alone.

A proposal ("Förslag till beslut", "Förslag till nästa steg", "X föreslår att …") is never a
decision by itself; "Gruppen bifaller Ingmars förslag" is, and carries Ingmar's proposal as its
context.
"""

from __future__ import annotations

import re

from .model import AgendaItem, Decision

# "Beslut", "Nämndens beslut", "Arbetsutskottets beslut", "Styrelsens beslut:"
_BESLUT_HEADING = re.compile(r"^(?:[A-ZÅÄÖ]\w+s\s+)?beslut\s*:?$", re.I)
_BESLUT_INLINE = re.compile(r"^(?:[A-ZÅÄÖ]\w+s\s+)?beslut\s*:\s*(?P<text>\S.*)$", re.I)
_PROPOSAL_HEADING = re.compile(
    r"^förslag(?:\s+till\s+(?:beslut|nästa steg))?\s*:?\s*(?P<rest>.*)$", re.I
)
_DECISION = re.compile(
    r"\b(?:beslutar|beslöt|beslutade|beslutades)\s+att\b"
    r"|\b(?:bifaller|bifölls|biföll|ger\s+(?:\w+\s+)?bifall)\b"
    r"|\bfastställ(?:des|s|es|de)\b"
    r"|\b(?:lades|läggs|lägges)\s+(?:\w+\s+){0,3}till\s+handlingarna\b"
    r"|\bvaldes\s+till\s+justerare\b|\btill\s+justerare\s+(?:utsågs|valdes)\b"
    r"|\butsågs\s+till\s+justerare\b"
    r"|\buppdrag\s+ges\b|\bges\s+i\s+uppdrag\b"
    r"|\b(?:godkändes|godkänns|godkände)\b"
    r"|\b(?:mötet|gruppen|rådet|nämnden|styrelsen)\s+antar\b"
    r"|\b(?:utsågs|utses|valdes|väljs)\s+(?:att\s+justera|till\s+(?:protokoll)?juster\w*)"
    r"|\b(?:uppdrar|uppdrog)\s+åt\b|\blades\s+till\s+dagordningen\b|\bbeslöts\b"
    r"|\b(?:bordläggs|bordlägges|bordlades)\b|\bärendet\s+utgår\b"
    r"|\b(?:informationen|redovisningen|rapporten|rapporterna)\s+(?:noteras|antecknas"
    r"|noterades|antecknades|läggs\s+till\s+handlingarna)\b"
    r"|\b(?:tillstyrker|tillstyrks|tillstyrktes|avslår|avslås|avslogs)\b"
    r"|\bbeslutas\s+att\b|\bgodkänner\b|\b(?:uppdrar|uppdrog)\b"
    r"|\b(?:väljer|valdes|väljs|utsågs|utses)\b[^.]{0,40}?\b(?:till|som)\s+\w*(?:ordförande"
    r"|sekreterare|justerare|justeringsman)\b",
    re.I,
)
# "Styrelsen beslutar:" followed by att-satser, one decision each.
_DECIDES_COLON = re.compile(r"\b(?:beslutar|beslutade|beslöt|beslutas)(?:\s+att)?\s*:?$", re.I)
# "Gruppen bifaller Ingmars förslag", "Beslut: Attsats bifalles": an approval whose content is
# the proposal before it.
_APPROVAL = re.compile(
    r"\bbifall\w*|\bbiföll\w*|\battsats\w*|\benligt\s+(?:\w+\s+)?förslag\w*"
    r"|\bställer\s+sig\s+bakom\b|\bförslaget\s+(?:godkänns|godkändes|antas|antogs)\b",
    re.I,
)
_NOT_DECISION = re.compile(
    r"\bföreslår\b|\bförslag\s+till\s+beslut\b|\bhar\s+beslutat\b|\bupp\s+för\s+beslut\b"
    r"|\?$|\bom\s+.*\bbifall|^utses\s+att\s+justera",
    re.I,
)
_REFERS_TO_PROPOSAL = re.compile(
    r"\bförslag(?:et)?\b|\bbifall\w*|\bställer\s+sig\s+bakom\b|\bbifölls\b|\battsats\w*",
    re.I,
)
_PROPOSES = re.compile(
    r"\bföreslår\b|\bförslag(?:et)?\b|\bställer\s+frågan\b|^att\s*:", re.I
)
_BULLET = re.compile(r"^[-–•*·▪]\s+")
# The discussion that led to a decision: the last paragraphs of running text before it. The
# whole item would let a word said in passing ("Polisen") find decisions about something else.
_ITEM_TEXT_PARAGRAPHS = 3
_ATT = re.compile(r"^att\s+\S", re.I)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])", text.strip())
    return [p.strip() for p in parts if p.strip()]


class _Finder:
    def __init__(self, paragraphs: list[str], items: list[AgendaItem], start: int, skip: set[int]):
        self.paragraphs = paragraphs
        self.items = items
        self.start = start
        self.skip = skip
        self.item_starts = {it.line for it in items}
        self.decisions: list[Decision] = []
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
        found = None
        for it in self.items:
            if it.line <= i:
                found = it
        return found

    def number_at(self, i: int) -> str:
        """The § or item number: the item's own, else the numbered item it sits in."""
        number = ""
        for it in self.items:
            if it.line <= i and it.number and it.level == 1:
                number = it.number
        found = self.agenda_item_at(i)
        return found.number if found and found.number else number

    def add(self, i: int, text: str, context: str = "", section: bool = False) -> None:
        item, item_line = self.item_at(i)
        text = " ".join(text.split())
        if not context:
            context = self.context_for(i, text, item_line, item)
        if not context and section:
            context = self.item_introduction(item_line, i)
        if any(d.text == text and d.item == item for d in self.decisions):
            return
        approves = _approved(context) if _APPROVAL.search(text) else ""
        # An approval says nothing of its own ("Gruppen bifaller Ingmars förslag"): the
        # discussion before it says what it is about. A decision that notes information is
        # about its item's title, not about everything said under it.
        about = self.item_text(i) if approves else ""
        self.decisions.append(Decision(item, text, context, self.number_at(i), approves, about))

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
            if heading and len(para) < 60 and j + 1 < len(self.paragraphs):
                return f"{para.rstrip(':')}: {self.paragraphs[j + 1].strip()}"
            if _PROPOSES.search(para) and (not who or who[1] in para):
                return para
        return ""

    def run(self) -> None:
        i = self.start
        in_proposal = False
        while i < len(self.paragraphs):
            text = self.paragraphs[i].strip()
            if i in self.skip:
                i += 1
                continue
            if i in self.item_starts:
                in_proposal = False
            if (
                _PROPOSAL_HEADING.match(text)
                and (len(text) < 40 or text.endswith(":"))
                and (re.match(r"^förslag\s+till\s+(beslut|nästa)", text, re.I))
            ):
                in_proposal = True
                i += 1
                continue
            if _BESLUT_HEADING.match(text) or _DECIDES_COLON.search(text):
                in_proposal = False
                i = self.section(i + 1)
                continue
            inline = _BESLUT_INLINE.match(text)
            if inline:
                in_proposal = False
                self.add(i, inline["text"], section=True)
                i = self.att_lines(i + 1)
                continue
            if not in_proposal and not _BULLET.match(text):
                for run in _decision_runs(text):
                    self.add(i, run)
            i += 1

    def att_lines(self, j: int) -> int:
        while j < len(self.paragraphs) and _ATT.match(self.paragraphs[j].strip()):
            self.add(j, self.paragraphs[j], section=True)
            j += 1
        return j

    def section(self, j: int) -> int:
        """The paragraphs after a 'Beslut' heading."""
        if j >= len(self.paragraphs) or j in self.item_starts:
            return j
        first = self.paragraphs[j].strip()
        if _ATT.match(first):
            return self.att_lines(j)
        nxt = self.paragraphs[j + 1].strip() if j + 1 < len(self.paragraphs) else ""
        approval = nxt and _DECISION.search(nxt) and j + 1 not in self.item_starts
        if _PROPOSES.search(first) and approval:
            self.add(j + 1, nxt, context=first)
            return j + 2
        self.add(j, first, section=True)
        return j + 1


def _decision_runs(text: str) -> list[str]:
    """Decision sentences of a paragraph; sentences next to each other make one decision
    ("Två övriga frågor lades till dagordningen. Dagordningen godkändes.")."""
    runs: list[list[str]] = []
    last = -2
    for k, sentence in enumerate(sentences(text)):
        for part in re.split(r"\s+[-–]\s+(?=[A-ZÅÄÖ])", sentence):  # "… - Kommunstyrelsen uppdrar"
            if _DECISION.search(part) and not _NOT_DECISION.search(part):
                if k == last + 1 and runs and part is not sentence:
                    runs.append([part])
                elif k == last + 1 and runs:
                    runs[-1].append(part)
                else:
                    runs.append([part])
                last = k
    return [" ".join(r) for r in runs]


def _approved(context: str) -> str:
    """The proposal an approval approves: the last proposing sentence before it."""
    if not context:
        return ""
    context = re.sub(r"^(?:Förslag till (?:beslut|nästa steg)\s*:\s*)", "", context, flags=re.I)
    proposing = [s for s in sentences(context) if _PROPOSES.search(s)] or sentences(context)
    return (proposing[-1] if proposing else "").strip()


def find_decisions(
    paragraphs: list[str], items: list[AgendaItem], start: int, skip: set[int]
) -> tuple[list[Decision], list[str]]:
    finder = _Finder(paragraphs, items, start, skip)
    finder.run()
    return finder.decisions, finder.warnings
