"""The scorecard's matching rules: what the reader found against the hand-written truth.

Every category counts four outcomes. *Right*: the fact as the truth has it (for a single fact such
as the date, also "none" when the truth has none). *Wrong*: the reader found the fact but got it
wrong (another date; a decision under another item; an ersättare for someone else). *Missed*: in
the truth, not found. *Invented*: found, but not in the truth. The share right is
right / (right + wrong + missed + invented), so inventing costs as much as missing.

Matching, chosen to be fair to a reader that gets the fact and strict on one that does not:
- names: case, diacritics, hyphens and punctuation ignored, party letters "(S)" and role words
  ("ordförande", "tjg ers") stripped; otherwise the whole name must be equal;
- body and place: the same words, or one a run of the other's words at least half as long
  ("Konferensrum 1" for "Konferensrum 1, Krondikesvägen 60" is right; "Örebro" for
  "Immanuelkyrkan, Karlsdalsallén 35 Örebro" is wrong);
- time: start and end both equal; next meeting: the date equal, and the start when the truth
  has one;
- decisions: one reader decision for one truth decision, found when the truth's `says` phrase
  is contained in the decision's text or in the proposal it approves (case, punctuation and
  spacing ignored; an item title or a 'Beslut:' label quoted in front of the decision's words
  is left out, since the title is scored as the item and the label is no word of the
  decision); right when the item also agrees (same § or item number, 'Punkt 3' and 'Ärende 3'
  being item 3, or one title within the other), else wrong;
- deadlines: the same date, one for one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

CATEGORIES = (
    "refused-or-not", "body", "date", "time", "place", "present", "absent", "substitutes",
    "decisions", "deadlines", "next meeting",
)  # fmt: skip
_PARTIES = {"s", "m", "c", "v", "l", "kd", "mp", "sd", "fp", "ns", "mav", "sl", "kip", "pp"}
_ROLE_WORDS = {
    "ordforande", "ordf", "vice", "sekreterare", "justerare", "ledamot", "ersattare", "tjg",
    "ers", "tjanstgorande", "adjungerad", "dr", "fil",
}  # fmt: skip


def plain(text: str) -> str:
    """Lower case, no diacritics, words separated by single spaces, no punctuation."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[^\w]+", " ", text).replace("_", " ").split()


def name_key(name: str) -> str:
    name = re.sub(r"\((?:[^()]*)\)", " ", name or "")
    return " ".join(w for w in plain(name).split() if w not in _PARTIES | _ROLE_WORDS)


def _run_of(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def same_place(truth: str, found: str) -> bool:
    a, b = plain(truth).split(), plain(found).split()
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return _run_of(short, long) and len(short) * 2 >= len(long)


def item_key(item: str | None) -> str:
    return re.sub(r"^(?:§+|punkt|arende|p)\s*(?=\d)", "", plain(item or "")).strip()


@dataclass
class Count:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    invented: int = 0

    def add(self, other: Count) -> None:
        for name in ("right", "wrong", "missed", "invented"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed + self.invented

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class DocumentScore:
    file: str
    counts: dict[str, Count] = field(default_factory=lambda: {c: Count() for c in CATEGORIES})
    refused: bool = False
    crashed: str = ""
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # what went wrong, for the development part


def _single(count: Count, truth, found, same) -> str:
    """One fact: right, wrong, missed or invented; returns the outcome's name."""
    if truth in (None, "", ()):
        outcome = "right" if found in (None, "", ()) else "invented"
    elif found in (None, "", ()):
        outcome = "missed"
    else:
        outcome = "right" if same(truth, found) else "wrong"
    setattr(count, outcome, getattr(count, outcome) + 1)
    return outcome


def _names(count: Count, truth: list[str], found: list[str]) -> tuple[set, set]:
    want = {name_key(n) for n in truth} - {""}
    have = {name_key(n) for n in found} - {""}
    count.right += len(want & have)
    count.missed += len(want - have)
    count.invented += len(have - want)
    return want - have, have - want


def _substitutes(count: Count, truth: list[dict], found: list[dict], notes: list[str]) -> None:
    want = {name_key(s["substitute"]): name_key(s.get("for") or "") for s in truth}
    have = {name_key(s["substitute"]): name_key(s.get("for") or "") for s in found}
    for who, replaces in want.items():
        if who not in have:
            count.missed += 1
            notes.append(f"substitute missed: {who}")
        elif have[who] == replaces:
            count.right += 1
        else:
            count.wrong += 1
            notes.append(f"substitute {who} for {have[who]!r}, truth {replaces!r}")
    invented = set(have) - set(want)
    count.invented += len(invented)
    notes.extend(f"substitute invented: {who}" for who in sorted(invented))


def _item_agrees(truth: dict, found: dict) -> bool:
    number, title = item_key(truth.get("item")), plain(truth.get("title") or "")
    if number and number == item_key(found.get("number")):
        return True
    have = plain(found.get("item") or "")
    if title and have and (title in have or have in title):
        return True
    return not number and not title


_LABEL = re.compile(r"^(?:\w+s )?beslut ")


def decision_words(decision: dict) -> str:
    """The truth's quoted phrase without the item title and the 'Beslut:' label the truth
    sometimes quotes in front of the decision ('Godkännande av budget 2018 Beslut: Godkändes
    och lades till handlingarna'): the title is scored as the item, the label is no word of the
    decision."""
    says, title = plain(decision["says"]), plain(decision.get("title") or "")
    if title and says.startswith(title + " "):
        says = says[len(title) + 1 :]
    return _LABEL.sub("", says) or says


def _decisions(count: Count, truth: list[dict], found: list[dict], notes: list[str]) -> None:
    texts = [plain(f"{d.get('text', '')} {d.get('approves') or ''}") for d in found]
    used: set[int] = set()
    for decision in truth:
        says = decision_words(decision)
        candidates = [i for i, t in enumerate(texts) if i not in used and says in t]
        if not candidates:
            count.missed += 1
            notes.append(f"decision missed: {decision.get('item')} {decision['says']!r}")
            continue
        agreeing = [i for i in candidates if _item_agrees(decision, found[i])]
        chosen = (agreeing or candidates)[0]
        used.add(chosen)
        if agreeing:
            count.right += 1
        else:
            count.wrong += 1
            notes.append(f"decision under the wrong item: {decision['says']!r} under "
                         f"{found[chosen].get('number')} {found[chosen].get('item')!r}")
    for i, decision in enumerate(found):
        if i not in used:
            count.invented += 1
            notes.append(f"decision invented: {decision.get('text', '')[:90]!r}")


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _deadlines(count: Count, truth: list[dict], found: list[dict], notes: list[str]) -> None:
    have = [d.get("date") for d in found]
    for deadline in truth:
        wanted = _iso(deadline["date"])
        if wanted in have:
            have.remove(wanted)
            count.right += 1
        else:
            count.missed += 1
            notes.append(f"deadline missed: {wanted}")
    count.invented += len(have)
    notes.extend(f"deadline invented: {d}" for d in have)


def _next(truth: dict | None) -> tuple:
    if not truth:
        return ()
    return (_iso(truth.get("date")), truth.get("start"))


def score(truth: dict, found: dict | None, file: str = "") -> DocumentScore:
    """Score one document; `found` is the reader's to_json(), None when it refused the file."""
    result = DocumentScore(file or truth["file"])
    c, notes = result.counts, result.notes
    result.refused = found is None
    if not truth["minutes"]:
        outcome = "right" if found is None else "missed"
        setattr(c["refused-or-not"], outcome, 1)
        if found is not None:
            notes.append("not minutes, but accepted")
        return result
    if found is None:
        c["refused-or-not"].wrong = 1
        notes.append("minutes, but refused")
        found = {}
    else:
        c["refused-or-not"].right = 1

    def note(category: str, outcome: str, want, have) -> None:
        if outcome != "right":
            notes.append(f"{category} {outcome}: truth {want!r}, found {have!r}")

    groups = found.get("groups") or []
    body = next((g for g in groups if same_place(truth["body"] or "", g)), None)
    if body is None and groups:
        body = " och ".join(groups)
    note("body", _single(c["body"], truth["body"], body, same_place), truth["body"], groups)
    want_date = _iso(truth["date"])
    note("date", _single(c["date"], want_date, found.get("date"), str.__eq__), want_date,
         found.get("date"))
    want_time = (truth["start"], truth["end"]) if truth["start"] or truth["end"] else ()
    have_time = (found.get("start"), found.get("end")) if found.get("start") else ()
    note("time", _single(c["time"], want_time, have_time, tuple.__eq__), want_time, have_time)
    note("place", _single(c["place"], truth["place"], found.get("place"), same_place),
         truth["place"], found.get("place"))
    for category, key in (("present", "present"), ("absent", "absent")):
        missed, invented = _names(c[category], truth[key], found.get(key) or [])
        notes.extend(f"{category} missed: {n}" for n in sorted(missed))
        notes.extend(f"{category} invented: {n}" for n in sorted(invented))
    _substitutes(c["substitutes"], truth["substitutes"], found.get("substitutes") or [], notes)
    _decisions(c["decisions"], truth["decisions"], found.get("decisions") or [], notes)
    _deadlines(c["deadlines"], truth["deadlines"], found.get("deadlines") or [], notes)
    want_next, have_next = _next(truth["next_meeting"]), _next(found.get("next_meeting"))

    def same_next(want: tuple, have: tuple) -> bool:
        return want[0] == have[0] and (want[1] is None or want[1] == have[1])

    note("next meeting", _single(c["next meeting"], want_next, have_next, same_next),
         want_next, have_next)
    return result
