"""Requests an attacker sends: Teams activities with parts missing, Slack bodies that are not
what they claim, signed requests sent twice, text far over Slack's limits.

Every case must end in a 4xx (or, for a replay, a 200 that changes nothing), never a 500, and
nothing may be stored or sent.
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage.engine import unit_of_work
from storage.models import Absence
from tests.handlers.test_teams import activity, bot_framework, teams  # noqa: F401 (fixtures)
from tests.support.bot_framework import SERVICE_URL


@pytest.mark.parametrize("missing", [
    {"channelId": None}, {"channelId": ""}, {"channelId": 5}, {"channelId": ["msteams"]},
    {"serviceUrl": None}, {"serviceUrl": ""}, {"serviceUrl": {"url": SERVICE_URL}},
])
def test_a_teams_activity_without_channel_id_or_service_url_is_refused(
        teams, bot_framework, loaded, missing):  # noqa: F811
    body = {**activity("anmäl-förhinder 31 augusti"), **missing}
    body = {key: value for key, value in body.items() if value is not None}
    assert teams(body) == 401
    assert bot_framework.calls_to(SERVICE_URL) == []
    with unit_of_work(loaded) as session:
        assert session.exec(select(Absence)).all() == []
