"""Bolt gets the body as the guard parsed it: the same request Bolt would have built itself."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qsl, urlencode

import pytest
from flask import Flask, request
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_bolt import BoltRequest

from handlers.slack import guard
from handlers.slack.adapter import bolt_request
from tests.support import signing

COMMAND = {"token": "x", "team_id": "T1", "team_domain": "region", "channel_id": "C0SBU0001",
           "channel_name": "sbu", "user_id": "U0JOHANNA", "user_name": "johanna",
           "command": "/anmäl-förhinder", "text": "3 december, Per Lind kommer i mitt ställe",
           "api_app_id": "A1", "is_enterprise_install": "false",
           "response_url": "https://hooks.slack.com/commands/T1/1/abc", "trigger_id": "1.2.3"}
EVENT = {"type": "event_callback", "team_id": "T1", "event_id": "Ev1", "api_app_id": "A1",
         "event": {"type": "message", "channel_type": "im", "user": "U0JOHANNA",
                   "channel": "D0JOHANNA", "text": "vad beslutades om SAMS?", "ts": "1.1"}}
BUTTON = {"payload": json.dumps({"type": "block_actions", "user": {"id": "U0JOHANNA"},
                                 "actions": [{"action_id": "ok", "value": "1"}],
                                 "trigger_id": "1.2", "team": {"id": "T1"}})}


@pytest.mark.parametrize("raw, content_type", [
    (urlencode(COMMAND), "application/x-www-form-urlencoded"),
    (urlencode({**COMMAND, "text": ""}), "application/x-www-form-urlencoded"),
    # Bolt reads a form that says "payload" without a payload field as empty: so do we.
    (urlencode({**COMMAND, "text": "payload"}), "application/x-www-form-urlencoded"),
    (urlencode(BUTTON), "application/x-www-form-urlencoded"),
    (json.dumps(EVENT), "application/json"),
])
def test_the_request_bolt_gets_is_the_one_it_would_build(raw, content_type):
    stamp = int(time.time())
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(stamp),
               "X-Slack-Signature": signing.signature(raw, stamp)}
    web = Flask("test")
    with web.test_request_context("/slack/events?a=1", method="POST", data=raw.encode(),
                                  headers=headers):
        body = guard.check(request.headers, request.get_data(cache=True))
        ours = bolt_request(request, body)
        bolts = BoltRequest(body=request.get_data(as_text=True),
                            query=request.query_string.decode(), headers=request.headers)
    assert vars(ours).keys() == vars(bolts).keys()
    for name in vars(bolts):
        if name == "context":
            assert dict(ours.context) == dict(bolts.context)
        else:
            assert getattr(ours, name) == getattr(bolts, name), name
    assert ours.body.get("text", "") == bolts.body.get("text", "")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.text(), st.text()), max_size=12), st.text(alphabet="&=+%2A0Fåx "))
def test_the_guard_reads_a_form_as_parse_qsl_does(fields, noise):
    """Fields as Slack encodes them, and raw strings with stray separators, escapes and plus
    signs: the guard's reading is parse_qsl's, which is Bolt's."""
    for text in (urlencode(fields), noise, urlencode(fields) + "&" + noise):
        try:
            expected = dict(parse_qsl(text, keep_blank_values=True,
                                      max_num_fields=guard.MAX_FIELDS))
        except ValueError:
            with pytest.raises(ValueError):
                guard.form_fields(text)
            continue
        assert guard.form_fields(text) == expected


def test_a_form_of_too_many_fields_is_refused_as_before():
    with pytest.raises(ValueError):
        guard.form_fields("&".join(f"f{n}=x" for n in range(guard.MAX_FIELDS + 1)))
    assert len(guard.form_fields("&".join(f"f{n}=x" for n in range(guard.MAX_FIELDS)))) == \
        guard.MAX_FIELDS
