"""What a new version of published minutes changes: decisions added, removed or reworded,
who was present or absent, the meeting's date, time and place.

Decisions are matched the way a reader of both versions would: the same words are the same
decision wherever it stands; of the rest, one under the same item (§ 5 Budget) is that item's
decision reworded; then the most alike pair; what is left was added or removed."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlmodel import Session, select

from bot import texts
from bot.meetings import service as meeting_service
from bot.minutes.reading import ParsedMinutes
from bot.texts import replace as t
from bot.texts.decisions import item_label
from storage.models import Attendance, Decision, Document, Meeting

ALIKE = 0.5  # how alike two decisions' words must be to be one decision reworded


@dataclass
class Said:
    """One decision as both versions can be compared: its item label and its words."""

    item: str
    text: str


@dataclass
class Changes:
    added: list[Said] = field(default_factory=list)
    removed: list[Said] = field(default_factory=list)
    changed: list[tuple[Said, Said]] = field(default_factory=list)  # (before, after)
    now_present: list[str] = field(default_factory=list)
    not_present: list[str] = field(default_factory=list)
    now_absent: list[str] = field(default_factory=list)
    not_absent: list[str] = field(default_factory=list)
    meeting: dict[str, tuple[str, str]] = field(default_factory=dict)  # date/time/place

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.attendance
                    or self.meeting)

    @property
    def attendance(self) -> bool:
        return bool(self.now_present or self.not_present or self.now_absent or self.not_absent)

    def new_texts(self) -> set[str]:
        """The words of the decisions a follower has not been told of: added or reworded."""
        return {same_words(s.text) for s in self.added} | {same_words(a.text)
                                                           for _, a in self.changed}

    def lines(self) -> list[str]:
        """Each change as one Swedish line, decisions first."""
        found = [t.DECISION_CHANGED.format(item=b.item, before=b.text, after=a.text)
                 for b, a in self.changed]
        found += [t.DECISION_ADDED.format(item=s.item, text=s.text) for s in self.added]
        found += [t.DECISION_REMOVED.format(item=s.item, text=s.text) for s in self.removed]
        came = [n for n in self.now_present if n in self.not_absent]  # absent → present
        left = [n for n in self.now_absent if n in self.not_present]  # present → absent
        moved = set(came) | set(left)
        for sentence, names in ((t.MOVED_TO_PRESENT, came), (t.MOVED_TO_ABSENT, left),
                                (t.NOW_PRESENT, _without(self.now_present, moved)),
                                (t.NO_LONGER_PRESENT, _without(self.not_present, moved)),
                                (t.NOW_ABSENT, _without(self.now_absent, moved)),
                                (t.NO_LONGER_ABSENT, _without(self.not_absent, moved))):
            if names:
                found.append(sentence.format(names=texts.join_names(names)))
        sentences = {"date": t.DATE_CHANGED, "time": t.TIME_CHANGED, "place": t.PLACE_CHANGED}
        for key, (before, after) in self.meeting.items():
            found.append(sentences[key].format(before=before or t.NOTHING,
                                               after=after or t.NOTHING))
        return found

    def summary(self) -> str:
        """'1 ändrade beslut, närvaron': what changed, counted, for one short sentence."""
        parts = [(t.CHANGE_ONE[kind] if len(items) == 1 else t.CHANGE_COUNTS[kind])
                 .format(count=len(items)) for kind, items in (
            ("changed", self.changed), ("added", self.added), ("removed", self.removed))
            if items]
        if self.attendance:
            parts.append(t.CHANGE_COUNTS["attendance"])
        parts += [t.CHANGE_COUNTS[key] for key in self.meeting]
        return texts.join_names(parts)


def _without(names: list[str], moved: set[str]) -> list[str]:
    return [n for n in names if n not in moved]


def between(session: Session, document: Document, parsed: ParsedMinutes) -> Changes:
    """What `parsed` changes of the published `document` and its meeting."""
    meeting = session.get(Meeting, document.meeting_id)
    stored = [Said(_label(d.number, d.item), d.text) for d in session.exec(
        select(Decision).where(Decision.document_id == document.id)
        .order_by(Decision.position, Decision.id))]
    read = [Said(_label(d.number, d.item), d.text) for d in parsed.decisions]
    changes = Changes()
    _decisions(stored, read, changes)
    _attendance(session, meeting, parsed, changes)
    _meeting(meeting, parsed, changes)
    return changes


def same_words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold().rstrip(". ")


def _label(number: str, item: str) -> str:
    return item_label(number, item) or texts.DECISION_FALLBACK


def _decisions(stored: list[Said], read: list[Said], changes: Changes) -> None:
    old = list(stored)
    new: list[Said] = []
    for said in read:  # the same words: the same decision, moved or not
        same = [s for s in old if same_words(s.text) == same_words(said.text)]
        # "Gruppen bifaller förslaget." under two items: each is the one under its own item.
        twin = next((s for s in same if s.item == said.item), same[0] if same else None)
        if twin is not None:
            old.remove(twin)
        else:
            new.append(said)
    for said in list(new):  # the same item, one decision left in it on each side: reworded
        before = [s for s in old if s.item == said.item]
        after = [s for s in new if s.item == said.item]
        if len(before) == 1 and len(after) == 1 and said.item != texts.DECISION_FALLBACK:
            changes.changed.append((before[0], said))
            old.remove(before[0])
            new.remove(said)
    pairs = sorted(((SequenceMatcher(None, same_words(b.text), same_words(a.text)).ratio(), i, j)
                    for i, b in enumerate(old) for j, a in enumerate(new)), reverse=True)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for ratio, i, j in pairs:  # the most alike first; each decision in one pair at most
        if ratio < ALIKE:
            break
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        changes.changed.append((old[i], new[j]))
    changes.removed = [s for i, s in enumerate(old) if i not in taken_old]
    changes.added = [s for j, s in enumerate(new) if j not in taken_new]


def _attendance(session: Session, meeting: Meeting, parsed: ParsedMinutes,
                changes: Changes) -> None:
    rows = session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)).all()
    before = {True: {r.name.casefold(): r.name for r in rows if r.status == "present"},
              False: {r.name.casefold(): r.name for r in rows if r.status != "present"}}
    people = parsed.people()
    after = {True: {p.name.casefold(): p.name for p in people if p.present},
             False: {p.name.casefold(): p.name for p in people if not p.present}}
    changes.now_present = [n for k, n in after[True].items() if k not in before[True]]
    changes.not_present = [n for k, n in before[True].items() if k not in after[True]]
    changes.now_absent = [n for k, n in after[False].items() if k not in before[False]]
    changes.not_absent = [n for k, n in before[False].items() if k not in after[False]]


def _meeting(meeting: Meeting, parsed: ParsedMinutes, changes: Changes) -> None:
    """Date, time and place the new version says otherwise (what it leaves unsaid stays)."""
    if parsed.date is not None and parsed.date != meeting.date:
        changes.meeting["date"] = (texts.long_date(meeting.date), texts.long_date(parsed.date))
    day = parsed.date or meeting.date
    start = meeting_service.moment(day, parsed.start) if parsed.start else meeting.starts_at
    end = meeting_service.moment(day, parsed.end) if parsed.end else meeting.ends_at
    before = texts.time_range(meeting.starts_at, meeting.ends_at)
    if (parsed.start or parsed.end) and texts.time_range(start, end) != before:
        changes.meeting["time"] = (before, texts.time_range(start, end))
    if parsed.place and parsed.place.strip() != (meeting.place or "").strip():
        changes.meeting["place"] = (meeting.place or "", parsed.place.strip())
