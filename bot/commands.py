"""Words and arguments → calls: one neutral Request in, one neutral Reply out."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import texts
from bot.absences import call_reply, overview, standing_in, take_back
from bot.absences import command as absence
from bot.consultations import command as consultation
from bot.context import Context
from bot.decisions import follows
from bot.decisions import questions as decisions
from bot.meetings import agenda, date_alone
from bot.meetings import planning as secretary
from bot.minutes import chat_review
from bot.privacy import command as privacy
from bot.replies import Reply, Request
from bot.retrieval import analysis, attended
from bot.roster import members_list, permissions, posts
from bot.roster.weblink import web_link

# Workspaces that refuse å, ä and ö get ASCII twins of every command.
ASCII_TWINS = {
    "nytt-mote": "nytt-möte",
    "hjalp": "hjälp",
    "anmal-forhinder": "anmäl-förhinder",
    "narvaro": "närvaro",
}


def canonical(command: str) -> str:
    name = command.strip().lstrip("/").lower()
    return ASCII_TWINS.get(name, name)


# Slack's own limits: a message ends at 40,000 characters, a form field at 3,000, a button's
# value at 2,000. Longer text never came from Slack's own client, and is refused before any of
# it is read (a megabyte of text once took half a minute and 680 MB to turn down).
TEXT_LIMIT = 40_000
FIELD_LIMIT = 3_000
VALUE_LIMIT = 2_000
# A question or a command's words need far less, and searching them costs time in the
# acknowledgement; only the text of a synpunkt may be as long as Slack allows.
QUESTION_LIMIT = 1_000
SYNPUNKT = re.compile(r"^\s*synpunkt", re.I)


def handle(ctx: Context, request: Request) -> Reply:
    """A slash command, or free text when `request.command` is None."""
    too_long = _too_long(request)
    if too_long is not None:
        return too_long
    if request.command is None:
        return handle_text(ctx, request)
    name = canonical(request.command)
    handler = COMMANDS.get(name)
    if handler is None:
        return Reply(texts.UNKNOWN_COMMAND.format(command=name))
    return handler(ctx, request)


SUBJECT_WORDS = 6  # longer texts that no intent matched are sentences, not a subject
# What people write back to the bot that is no subject, whatever a decision's text holds.
REACTIONS = frozenset(analysis.wordlist("""
    ok okej okey bra toppen perfekt super kanon fint finemang utmärkt ja nej nä jaha aha ah
    precis absolut visst javisst jo japp nope hmm mm tack tackar hej hejdå då vi ses bra gjort
    snyggt grymt najs nice great thanks yes no lol haha
"""))


def _too_long(request: Request) -> Reply | None:
    length = len(request.text)
    if length <= QUESTION_LIMIT:
        return None
    synpunkt = (canonical(request.command) == "synpunkt" if request.command
                else bool(SYNPUNKT.match(request.text[:40])))
    limit = TEXT_LIMIT if synpunkt else QUESTION_LIMIT
    if length <= limit:
        return None
    return Reply(texts.TEXT_TOO_LONG.format(length=texts.number(length),
                                            limit=texts.number(limit)))


def handle_text(ctx: Context, request: Request) -> Reply:
    text = request.text.strip()
    for pattern, handler in INTENTS:
        match = pattern.search(text)
        if match and (reply := handler(ctx, request, match)) is not None:
            return reply  # None: the text is not what this handler answers; read on
    # A few words and nothing else, as people type a subject into a search box: a decision
    # about them if there is one.
    words = re.findall(r"\w+", text.lower())
    if words and len(words) <= SUBJECT_WORDS and not set(words) <= REACTIONS and (
            reply := decisions.answer_if_found(ctx, request)) is not None:
        return reply
    # "3.9" or "31 augusti" and nothing else: what was understood, and what to write.
    return date_alone.answer(ctx, request) or Reply(texts.NOT_UNDERSTOOD)


def handle_form(ctx: Context, request: Request, callback: str, metadata: str, values) -> Reply:
    handler = FORMS.get(callback)
    if handler is None:
        return Reply(texts.SOMETHING_WENT_WRONG)
    values = {str(k): v if isinstance(v, str) else "" for k, v in dict(values or {}).items()}
    errors = {name: texts.FIELD_TOO_LONG.format(limit=texts.number(FIELD_LIMIT))
              for name, value in values.items() if len(value) > FIELD_LIMIT}
    if errors or len(metadata or "") > FIELD_LIMIT:
        return Reply(texts.FIELD_TOO_LONG.format(limit=texts.number(FIELD_LIMIT)),
                     field_errors=errors)
    return handler(ctx, request, metadata or "", values)


def handle_action(ctx: Context, request: Request, action: str, value: str) -> Reply:
    handler = ACTIONS.get(action)
    if handler is None:
        return Reply(texts.SOMETHING_WENT_WRONG)
    if not isinstance(value, str) or len(value) > VALUE_LIMIT:  # no button of ours sends that
        return permissions.not_yours(ctx.actor(request))
    return handler(ctx, request, value)


def _help(ctx: Context, request: Request) -> Reply:
    return Reply(texts.HELP)


def _agenda_from_text(ctx: Context, request: Request, match: re.Match) -> Reply:
    from bot import dates

    text = request.text
    found = dates.extract_expected_date(text, ctx.today())
    week = dates.WEEK_ALONE.search(text) if found is None else None  # "mötet i vecka 40"
    impossible = dates.impossible_date(text) if found is None and week is None else None
    rest = (found.phrase if found else week[0] if week else  # "den 31 april": said as such
            impossible.phrase if impossible else "")
    if not rest and (last := agenda.LAST_MEETING.search(text)):  # "… förra mötet?"
        rest = last[0]
    groups, _ = ctx.scope(request, ctx.person(request))
    named = agenda.group_named_in(groups, text)
    # "när är nästa möte?" asks when and where: a long agenda is shortened, and pointed to.
    short = not re.search(r"dagordning|agenda|prata|ta upp|diskutera|handlar", text, re.I)
    return agenda.show_agenda(ctx, request, f"{named.slug if named else ''} {rest}".strip(),
                              short)


def _remisser_from_text(ctx: Context, request: Request, match: re.Match) -> Reply:
    """The open remisser, of a group named in the question if one is; the rest of the words
    ("har jag inte svarat på") are no group's name."""
    groups, _ = ctx.scope(request, ctx.person(request))
    named = agenda.group_named_in(groups, request.text)
    return consultation.list_open(ctx, replace(request, text=named.slug if named else ""))


def _attendance_from_text(ctx: Context, request: Request, match: re.Match) -> Reply:
    from bot import dates

    found = dates.extract_expected_date(request.text, ctx.today())
    return overview.overview(ctx, replace(request, text=found.phrase if found else ""))


ACTIONS = {
    "meeting.add_item": secretary.new_item_form,
    "absence.withdraw": absence.withdraw,
    "absence.accept": lambda ctx, request, value: absence.answer(ctx, request, value, True),
    "absence.decline": lambda ctx, request, value: absence.answer(ctx, request, value, False),
    "absence.choose": absence.choose,
    "absence.form": absence.form_for_meeting,
    "consultation.edit": consultation.edit,
    "consultation.withdraw": consultation.withdraw,
    "consultation.comment_on": consultation.comment_on,
    "consultation.confirm": consultation.confirm,
    "attendance.export": overview.export_reply,
    "minutes.publish_draft": chat_review.publish,
    "minutes.discard_draft": chat_review.discard,
    "privacy.export": privacy.export,
}

FORMS = {
    "meeting.new": lambda ctx, request, metadata, values: secretary.submit_meeting(
        ctx, request, values),
    "meeting.item": secretary.submit_item,
    "absence.new": lambda ctx, request, metadata, values: absence.submit_form(
        ctx, request, values),
    "consultation.comment": lambda ctx, request, metadata, values: consultation.submit_form(
        ctx, request, values),
    "consultation.new": lambda ctx, request, metadata, values: consultation.submit_new(
        ctx, request, values),
}

COMMANDS = {
    "anmäl-förhinder": absence.report,
    "närvaro": overview.overview,
    "beslut": decisions.answer_reply,
    "bevaka": follows.follow,
    "sluta-bevaka": follows.unfollow,
    "remisser": consultation.list_open,
    "synpunkt": consultation.comment,
    "synpunkter": consultation.show_comments,
    "ny-remiss": consultation.new_form,
    "dagordning": agenda.show_agenda,
    "nytt-möte": secretary.new_meeting_form,
    "hjälp": _help,
    "webb": web_link,
    "mina-uppgifter": privacy.show,
}

INTENTS = [
    (re.compile(r"^(hjälp|hjalp|help|vad kan du)\b", re.I), lambda c, r, m: _help(c, r)),
    # "hur anmäler jag förhinder?", "hur gör jag för att lämna synpunkter?": how, not a report.
    (re.compile(r"^\W*hur (gör|anmäler|lämnar|skickar|ser|tar|frågar|använder) (jag|man)\b",
                re.I), lambda c, r, m: _help(c, r)),
    (
        # "synpunkt: text" or "synpunkt på VFU-avtalet: text", also as a reply to a ping.
        re.compile(r"^\s*synpunkt(er)?\b\s*(på\s+)?(?=.*:)", re.I | re.S),
        lambda c, r, m: consultation.comment(c, r, r.text[m.end():]),
    ),
    # "vilka remisser har jag inte svarat på?", "när är sista dag för synpunkter?"
    (re.compile(r"^(vilka|öppna) remisser|^remisser\b|\b(vilka|finns det( några)?|har vi"
                r"( några)?) (öppna )?remisser\b|\bsista dag(en)? för (att lämna )?synpunkter"
                r"|\bnär (ska|måste) (mina |våra )?synpunkter(na)? (vara inne|lämnas)\W*$", re.I),
     _remisser_from_text),
    (
        # Before the agenda: "vad beslutades på förra mötet?" is about decisions, not agendas.
        # "vem utsågs till justerare?", "vem fick uppdraget att …?": answered by a decision.
        re.compile(r"\b(beslut\w*|beslöt|bestämde\w*|bestämdes|vad sa\b.*\bom|vem ersatte"
                   r"|\b(utsågs|valdes|utsåg|valde) till\b"
                   r"|\bvad hände (på|vid|under) (förra|senaste|föregående|mötet)\b"
                   r"|\bvem (fick|har fått) (uppdraget|i uppdrag)"
                   r"|\bvem (blev|var|är) (justerare|mötesordförande|mötessekreterare)"
                   r"|kom (ni|vi|gruppen|man|de) fram till|landade (ni|vi|gruppen|man|de) i"
                   r"|synpunkter\w* (på|om) .+ "
                   r"(vara inne|lämnas))", re.I),
        lambda c, r, m: decisions.answer_reply(c, r, r.text),
    ),
    # "vilka var med på förra mötet?": who came, as the published minutes say.
    (attended.ASKED, lambda c, r, m: decisions.answer_reply(c, r, r.text)),
    # An ersättare's "ja, jag kommer" / "jag kan tyvärr inte" answers their open call; for
    # anyone without one the text reads on (a förhinder of their own, say).
    (re.compile(f"{call_reply.YES.pattern}|{call_reply.NO.pattern}", re.I),
     lambda c, r, m: call_reply.answer(c, r, r.text)),
    # Before förhinder: "ta tillbaka mitt förhinder" takes one back, it reports none.
    (
        re.compile(
            r"\b(ta|dra|tar|drar) tillbaka\b.*\bförhind(er|ret)|\båterkalla\w* .*förhind(er|ret)"
            r"|\bkan (komma|delta|vara med|närvara) (ändå|i alla fall|trots allt)\b"
            r"|\bkommer (ändå|i alla fall|trots allt)\b",
            re.I,
        ),
        lambda c, r, m: take_back.take_back(c, r, r.text),
    ),
    # "vem är sekreterare?", "vem ska jag kontakta?": the group's posts, as the roster says.
    (posts.ASKED, lambda c, r, m: posts.who_leads(c, r)),
    # "vem går i mitt ställe?" asks who the usual ersättare is; it reports nothing.
    (re.compile(r"^\W*vem (går|kommer|tar mötet) (i mitt ställe|för mig)\b", re.I),
     lambda c, r, m: standing_in.who_stands_in(c, r)),
    # "vilka är med i gruppen?", "vem är med från Örebro kommun?": the roster, not a meeting.
    (members_list.ASKED, lambda c, r, m: members_list.members(c, r)),
    # "vem kommer på mötet?", "vilka har anmält förhinder?": the attendance overview, or why
    # not (it is for the group's secretary, chair and officials).
    (
        re.compile(r"^\W*(vem|vilka)( som)? (kommer|deltar|är med|är anmälda|har anmält förhinder"
                   r"|har förhinder|kan inte komma)\b(?!.*\bi mitt ställe)", re.I),
        _attendance_from_text,
    ),
    (
        re.compile(
            r"(förhinder|förhindret|kan inte (komma|delta|vara med|närvara)|kommer inte på"
            r"|är förhindrad"
            r"|missar (nästa )?möte|(går|kommer) i mitt ställe"
            # Said with what keeps them away: the bot never asks for it and stores none of it.
            r"|\b(är|blir|blev)\s+(\w+\s+){0,2}?(sjuk|sjukskriven|bortrest|på semester"
            r"|på tjänsteresa|ledig)\b"
            r"|\bhar semester\b|\bkan tyvärr inte\b|\b(deltar|närvarar) inte\b"
            # "kan inte imorgon", "kan inte på måndag", "kan inte 31/8": no verb, but a day.
            r"|\bkan inte\s+(den\s+|på\s+)?(i\s*morgon|i\s*övermorgon|i\s*dag\b"
            r"|nästa\s+(möte|vecka|\w+dag)|\w+dag(en)?\b|\d{1,2}([./]\d{1,2}|\s+[a-zåäö]+)"
            r"|v(ecka|\.)?\s*\d)"
            r"|\bkommer inte (att )?(kunna )?(komma|delta|vara med|närvara)\b)",
            re.I,
        ),
        lambda c, r, m: absence.report(c, r, r.text),
    ),
    # After förhinder: "jag kan inte komma 31 augusti, vem är min ersättare?" reports the absence.
    (
        re.compile(
            r"\b(vem|vilka) (är|blir) (min|mina|mitt) (ordinarie )?ersättare"
            r"|\bvem ersätter (mig|jag)\b|\b(vem|vilka) är jag (ordinarie )?ersättare för"
            r"|\bvilken ersättare har jag|\bhar jag (någon|en) (ordinarie )?ersättare",
            re.I,
        ),
        lambda c, r, m: standing_in.who_stands_in(
            c, r, only_whom=bool(re.search(r"\bjag (ordinarie )?ersättare för", m[0], re.I))),
    ),
    (
        re.compile(
            r"(nästa möte|nästa sammanträde|dagordning|agendan?\b|när (är|har) vi möte"
            r"|när (ses|träffas|möts) (vi|ni|\w*gruppen)|nästa (gång|träff)\b|när är mötet"
            r"|vilka möten|kommande möten|\bmina möten\b"
            # Where, how long, the link, whether it is on: the meeting's own details.
            r"|\bvar (är|hålls|blir|ligger) (nästa )?mötet|\bvar (ses|träffas|möts) vi\b"
            r"|\blänk(en)? till (nästa |det digitala )?mötet|\b(teams|zoom)-?länk"
            r"|\b(vilken tid|när) (börjar|slutar|startar) (nästa )?mötet"
            r"|\bhur lång\w* (tid )?(är|blir|håller) (nästa )?mötet|\bhar vi (något |ett )?möte"
            r"|\b(är|blir) (nästa )?mötet (inställt|av)\b|\bställs (nästa )?mötet in\b"
            r"|\b(prata|ta upp|diskutera)( om)? på (nästa )?mötet|\bvad handlar (nästa )?mötet om)",
            re.I,
        ),
        _agenda_from_text,
    ),
    # Only a greeting or thanks, nothing else: answered as a person would, briefly.
    (re.compile(r"^\W*(hej|hejsan|hallå|god morgon|god dag|tjena)\W*$", re.I),
     lambda c, r, m: Reply(texts.GREETING)),
    (re.compile(r"^\W*(tack|tackar|tusen tack)( så mycket)?\W*$", re.I),
     lambda c, r, m: Reply(texts.THANKS)),
]


# Commands that never write, whatever they are asked: nothing of theirs needs saving together
# with the note that a request was handled, which may then be made ahead of them
# (handlers/slack/requests.run_bot). tests/bot/test_commands_that_only_read.py holds them to it.
READS_ONLY = frozenset({"dagordning", "remisser", "beslut", "hjälp"})


def reads_only(command: str) -> bool:
    return canonical(command) in READS_ONLY


def command_names() -> list[str]:
    """Every slash command the bot answers to, ASCII twins included."""
    return sorted(set(COMMANDS) | set(ASCII_TWINS))
