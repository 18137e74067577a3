"""The large county is as large as it says: the figures other tests rely on."""

from __future__ import annotations

from collections import Counter

from sqlmodel import func, select

from bot.consultations import service as consultations
from storage import directory
from storage import meetings as store
from storage.engine import unit_of_work
from storage.models import Decision, DocumentStatus
from tests.support.large_county import ORGANISATIONS


def test_the_large_county_holds_what_it_promises(large_county):
    county = large_county
    with unit_of_work(county.engine) as session:
        roles = Counter(m.role for m, _ in directory.memberships_of_group(session, county.group_id))
        assert roles == {"member": 80, "substitute": 80, "chair": 1, "secretary": 1,
                         "official": 2}
        organisations = {m.organisation
                         for m, _ in directory.memberships_of_group(session, county.group_id)}
        assert organisations == set(ORGANISATIONS)
        assert all(county.substitutes[p.name] is not None for p in county.members)
        items = store.agenda(session, county.meeting_id)
        assert len(items) == 40
        assert all(item.presenter and len(item.documents) == 2 for item in items)
        decisions = session.exec(select(func.count()).select_from(Decision).where(
            Decision.document_id == county.document_id, Decision.published_at.is_not(None))).one()
        assert decisions == 60
        assert session.get(consultations.Consultation, county.consultation_id).status == "open"
        assert len(county.consultation_ids) == 30
        assert len(consultations.standing(session, county.consultation_id)) == 50
        from storage.models import Document

        assert session.get(Document, county.document_id).status == DocumentStatus.published
