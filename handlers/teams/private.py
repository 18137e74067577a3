"""Private answers to a mention in a Teams channel go to the person's own chat with the bot.

Everyone in a channel reads its threads, members of the group or not, and Teams has no message
in a channel that only one person sees. So a reply marked private (Reply.ephemeral) is posted
in the person's personal chat with the bot (opened by the bot when none is known yet), and the
thread gets one sentence saying where the answer went; when no personal chat can be had, the
thread is told that, and nothing of the answer is posted there.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from bot.replies import Reply
from bot.texts import answers as say
from handlers import afterwards
from handlers.teams.activities import conversation
from handlers.teams.render import reply_activities, reply_activity
from storage import teams as references
from storage.engine import unit_of_work

log = logging.getLogger(__name__)


def needed(activity: dict, reply: Reply) -> bool:
    """A private reply to something said in a channel (or a group chat)."""
    return reply.ephemeral and not conversation(activity)[1]


def answer(handler, activity: dict, reply: Reply, thread_url: str,
           fallback: dict | None = None) -> None:
    """Runs in the handler's send pool: the reply in the personal chat, a note in the thread;
    `fallback` (something went wrong) in the thread should this fail unexpectedly."""
    try:
        _answer(handler, activity, reply, thread_url)
    except Exception as error:
        afterwards.log_failure(log, "Teams private answer", error,
                               person=activity["from"]["id"])
        if fallback is not None:
            handler._post(thread_url, fallback)


def _answer(handler, activity: dict, reply: Reply, thread_url: str) -> None:
    person = activity["from"]
    chat = personal_chat(handler, activity)
    if chat is not None:
        service_url, conversation_id = chat
        url = (f"{service_url.rstrip('/')}/v3/conversations/"
               f"{quote(conversation_id, safe='')}/activities")
        sent = True
        for payload in reply_activities(reply, activity.get("locale")):
            payload.update(conversation={"id": conversation_id}, recipient=person,
                           **{"from": activity.get("recipient")})
            sent = handler._post(url, payload) and sent
        if sent:
            _note(handler, activity, thread_url, say.ANSWERED_IN_PRIVATE_CHAT)
            return
    _note(handler, activity, thread_url, say.NO_PRIVATE_CHAT)


def personal_chat(handler, activity: dict) -> tuple[str, str] | None:
    """(connector URL, conversation id) of the person's chat with the bot, opened if need be."""
    person = activity["from"]["id"]
    with unit_of_work(handler.engine) as session:
        found = references.reference(session, person)
        if found is not None:
            return found.service_url, found.conversation_id
    data = activity.get("channelData") or {}
    tenant = (data.get("tenant") or {}).get("id") or (
        activity.get("conversation") or {}).get("tenantId")
    if not tenant:
        return None
    service_url = activity["serviceUrl"]  # vouched for by the token, as for every reply
    body = {"bot": activity.get("recipient") or {"id": f"28:{handler.tokens.app_id}"},
            "members": [{"id": person}], "channelData": {"tenant": {"id": tenant}},
            "isGroup": False}
    try:
        response = handler._send(f"{service_url.rstrip('/')}/v3/conversations", body)
        conversation_id = str(response.json().get("id") or "") if response.is_success else ""
    except Exception as error:  # the connector, the token endpoint, or a body that is no JSON
        log.warning("Teams: no personal chat opened: %s", type(error).__name__)
        return None
    if not conversation_id:
        log.warning("Teams: no personal chat opened: HTTP %s", response.status_code)
        return None
    with unit_of_work(handler.engine) as session:
        references.remember(session, person, service_url, conversation_id, tenant,
                            handler.clock.now())
    return service_url, conversation_id


def _note(handler, activity: dict, thread_url: str, sentence: str) -> None:
    payload = reply_activity(Reply(sentence), activity.get("locale"))
    payload.update(conversation=activity.get("conversation"), replyToId=activity.get("id"),
                   recipient=activity.get("from"), **{"from": activity.get("recipient")})
    handler._post(thread_url, payload)
