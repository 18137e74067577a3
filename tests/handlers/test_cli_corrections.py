"""`samverkansbot minutes corrections`: the reader's mistakes as secretaries corrected them.

Real minutes are read into drafts as the web page reads an upload, corrected through the same
function the review page saves with (twice, one field changed and changed back), published or
discarded, and then counted from the command line.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlmodel import select

from bot.clock import STOCKHOLM, FixedClock
from bot.minutes import review
from bot.roster.web_access import access_for
from storage.engine import make_engine, unit_of_work
from storage.models import Person
from tests.conftest import EXAMPLES
from tests.handlers.test_cli_minutes import data_dir, run  # noqa: F401  (fixture)

SBU = EXAMPLES / "protokoll" / "samverkansgrupp-barn-och-unga-2026-05-12.txt"
SVOO = EXAMPLES / "protokoll" / "specifika-samverkansradet-svoo-2024-05-17.txt"
AUTUMN = EXAMPLES / "protokoll" / "chefsgrupper-gemensamt-hosten-2024.txt"
NOW = datetime(2026, 8, 24, 9, 0, tzinfo=STOCKHOLM)


def _draft(session, access, path, now):
    return review.read_upload(session, path, path.name, access, now)


def _save(session, draft, access, now, **changes):
    """The review form as the page posts it: every field, some changed."""
    form = review.field_values(review.from_data(draft.parsed))
    form.update(changes)
    checked = review.correct(session, draft, form, access, now, draft.group_id)
    assert not checked.errors, checked.errors


def test_corrections_are_counted_per_field_with_the_documents(data_dir, capsys):  # noqa: F811
    engine = make_engine(f"sqlite:///{data_dir / 'samverkansbot.db'}")
    with unit_of_work(engine) as session:
        daniel = session.exec(select(Person).where(Person.slack_id == "U0DANIELB")).one()
        access = access_for(session, daniel)
        now = NOW.astimezone(STOCKHOLM)

        sbu = _draft(session, access, SBU, now)
        fields = review.field_values(review.from_data(sbu.parsed))
        present = fields["present"].splitlines()
        assert len(present) > 3 and fields["decision.1.keep"] == "ja"
        # First save: a name the reader missed, one it should not have read, a decision's
        # wording, a decision that is none, and the place (to be changed back below).
        _save(session, sbu, access, now,
              present="\n".join([*present[1:], "Åsa Öberg, Örebro kommun"]),
              **{"decision.0.text": "Gruppen beslutar att godkänna dagordningen.",
                 "decision.1.keep": "", "place": "Regionhuset, sal Sothönan"})
        # Second save: the same decision again, and the place back as the reader had it.
        _save(session, sbu, access, now + timedelta(minutes=5),
              **{"decision.0.text": "Samverkansgruppen godkänner dagordningen.",
                 "place": fields["place"]})
        review.publish(session, sbu, access, FixedClock(now))

        svoo = _draft(session, access, SVOO, now)  # read right: published as it was
        review.publish(session, svoo, access, FixedClock(now))

        autumn = _draft(session, access, AUTUMN, now)  # corrected, then discarded
        _save(session, autumn, access, now, date="2024-10-30")
        review.discard(session, autumn, now)
        ids = (sbu.id, svoo.id)
    engine.dispose()

    code, out, err = run(capsys, "minutes", "corrections")
    assert code == 0 and not err
    lines = out.splitlines()
    assert lines[0] == ("2 inlästa protokoll (2 publicerade, resten under granskning; kastade "
                        "räknas inte). Sekreteraren rättade något av det boten läste i 1 av dem.")
    table = {line.split("\t")[0]: line.split("\t")[1:] for line in lines[2:]}
    name = f"{ids[0]} {SBU.name}"
    assert table["Närvarande"] == ["1 av 2", "1", "1", "1", name]
    assert table["Beslut: text"] == ["1 av 2", "1", "–", "–", name]  # two saves, one mistake
    assert table["Beslut: borttaget"] == ["1 av 2", "1", "–", "–", name]
    assert "Plats" not in table  # changed and changed back: the reader was right
    assert "Datum" not in table  # only the discarded draft's
    assert set(table) == {"Närvarande", "Beslut: text", "Beslut: borttaget"}

    code, out, _ = run(capsys, "minutes", "corrections", "--json")
    found = json.loads(out)
    assert (found["drafts"], found["published"], found["corrected"]) == (2, 2, 1)
    (present,) = [f for f in found["fields"] if f["field"] == "present"]
    assert (present["lines_added"], present["lines_removed"]) == (1, 1)
    assert present["documents"] == [{"id": ids[0], "file": SBU.name}]

    tomorrow = (NOW + timedelta(days=1)).date().isoformat()
    code, out, _ = run(capsys, "minutes", "corrections", "--since", tomorrow)
    assert (code, out.strip()) == (0, f"Inga inlästa protokoll sedan {tomorrow}: inget att "
                                      "räkna.")
    code, out, err = run(capsys, "minutes", "corrections", "--since", "31 augusti")
    assert code == 2 and "skriv det som 2026-08-31" in err

