"""`storage.plain.adopt` puts a row read on the cursor into the session's identity map the way
SQLAlchemy's own loader does, through parts of SQLAlchemy that are not its public API. Should an
upgrade move or change them, these fail first and say what, rather than a chat command
misbehaving: a row not the session's own, a change never written, a copy of a row twice.

The range of SQLAlchemy tested is pinned in pyproject.toml; widen it only with these passing."""

from __future__ import annotations

import inspect as signature_of

import pytest
import sqlalchemy
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import object_session

from storage.engine import unit_of_work
from storage.models import Person
from storage.plain import adopt, columns_of

USED = "storage/plain.adopt relies on it: check adopt before widening the pin in pyproject.toml"


def _parts() -> list[tuple[str, object, str, list[str] | None]]:
    """(what, object, attribute, its parameters if they matter): everything adopt touches that
    SQLAlchemy does not document, on live objects (the classes' own names are private too)."""
    session = OrmSession()
    person = Person.__mapper__.class_manager.new_instance()
    identity_map = session.identity_map
    return [
        ("the identity map", identity_map, "_add_unpresent", ["state", "key"]),
        ("the identity map", identity_map, "get", None),
        ("an instance", person, "_sa_instance_state", None),
        ("an instance state", inspect(person), "_commit_all", None),
        ("an instance state", inspect(person), "session_id", None),
        ("an instance state", inspect(person), "committed_state", None),
        ("a session", session, "hash_key", None),
        ("a class manager", Person.__mapper__.class_manager, "new_instance", None),
    ]


@pytest.mark.parametrize(("what", "holder", "name", "parameters"), _parts(),
                         ids=lambda value: value if isinstance(value, str) else "")
def test_the_private_parts_adopt_uses_are_there(what, holder, name, parameters):
    assert hasattr(holder, name), (
        f"SQLAlchemy {sqlalchemy.__version__}: {what} has no {name} any more; {USED}")
    if parameters is not None:
        assert list(signature_of.signature(getattr(holder, name)).parameters) == parameters, (
            f"SQLAlchemy {sqlalchemy.__version__}: {what}'s {name} takes other arguments now; "
            f"{USED}")


def _state(instance) -> dict:
    """What the ORM tells about an instance and its place in its session."""
    state = inspect(instance)
    session = object_session(instance)
    return {
        "persistent": state.persistent, "pending": state.pending, "detached": state.detached,
        "transient": state.transient, "deleted": state.deleted, "modified": state.modified,
        "has_identity": state.has_identity, "expired": state.expired,
        "unloaded": sorted(state.unloaded), "committed_state": dict(state.committed_state),
        "in_identity_map": session is not None and state.key in session.identity_map
        and session.identity_map[state.key] is instance,
        "session_is_ours": session is not None and state.session_id == session.hash_key,
    }


def test_an_adopted_row_is_in_every_way_a_row_the_orm_loaded(loaded):
    columns = columns_of(Person)
    with unit_of_work(loaded) as session:
        first, second = session.exec(select(Person).order_by(Person.id).limit(2)).scalars()
        values = {name: getattr(second, name) for name in columns}
        session.expunge(second)
        assert session.get_transaction() is not None  # the query began one; adopt must not
        adopted = adopt(session, Person, values)
        assert adopted is not second
        assert _state(adopted) == _state(first), (
            f"SQLAlchemy {sqlalchemy.__version__}: an adopted row differs from a loaded one; "
            f"{USED}")
        assert inspect(adopted).key == (Person, (values["id"],), None)
        assert session.get(Person, values["id"]) is adopted  # found without a query
        # Changed, both are flushed alike; rolled back, both are expired alike.
        adopted.name, first.name = "Åsa Ärlig", "Örjan Ödman"
        assert session.is_modified(adopted) and adopted in session.dirty and first in session.dirty
        session.flush()
        assert _state(adopted) == _state(first)
        session.rollback()
        assert _state(adopted) == _state(first) and inspect(adopted).expired
        assert adopted.name == values["name"]  # loaded again: the change was never saved
        assert first.name != "Örjan Ödman"
        session.close()
        assert _state(adopted) == _state(first) and inspect(adopted).detached


def test_an_adopted_row_leaves_the_session_as_a_loaded_one(loaded):
    columns = columns_of(Person)
    with unit_of_work(loaded) as session:
        person = session.exec(select(Person).order_by(Person.id).limit(1)).scalars().one()
        values = {name: getattr(person, name) for name in columns}
        session.expunge(person)
        adopted = adopt(session, Person, values)
        session.expunge(adopted)
        assert inspect(adopted).detached and adopted not in session
        assert object_session(adopted) is None
        again = adopt(session, Person, values)
        assert again is not adopted and again in session
