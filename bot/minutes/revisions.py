"""Two people on one draft: the review page carries which corrections it showed, so a page
opened before someone else saved cannot quietly undo what they saved.

The form sends back every field, not only those changed, and decisions by their place in the
list: applied over newer corrections it would put back the old date and drop a decision another
person added. So such a form is refused, and the page shows what is saved now."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.roster.web_access import Access
from bot.texts import review as t
from storage.models import MinutesCorrection, MinutesDraft, Person


def revision(session: Session, draft: MinutesDraft) -> str:
    """Which corrections the page shows: the last one kept (each save that changes anything,
    the group too, keeps at least one); a save that changed nothing leaves it as it was."""
    last = session.exec(select(MinutesCorrection.id).where(
        MinutesCorrection.draft_id == draft.id).order_by(MinutesCorrection.id.desc())).first()
    return str(last or 0)


def stale_reason(session: Session, draft: MinutesDraft, seen: str | None,
                 access: Access) -> str | None:
    """Why the form is not taken (someone else saved corrections after the page was opened),
    or None. Her own saves in between are hers to overwrite, as before; a form without the
    mark (a page from before it existed) is taken as before too."""
    # A forged mark ('²', a number past the database's range) is as good as none.
    if not seen or not (seen.isascii() and seen.isdigit()) or len(seen) > 15:
        return None
    newer = session.exec(select(MinutesCorrection).where(
        MinutesCorrection.draft_id == draft.id, MinutesCorrection.id > int(seen),
        MinutesCorrection.person_id != access.person.id)
        .order_by(MinutesCorrection.id.desc())).first()
    if newer is None:
        return None
    person = session.get(Person, newer.person_id) if newer.person_id else None
    return t.CHANGED_MEANWHILE.format(name=person.name if person else t.SOMEONE_ELSE)
