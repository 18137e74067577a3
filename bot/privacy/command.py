"""`/mina-uppgifter`: what the bot stores about me, and all of it as a file."""

from __future__ import annotations

from bot import audit, texts
from bot.context import Context
from bot.privacy import data, page
from bot.replies import Attachment, Button, Reply, Request, Section
from bot.settings import Settings
from bot.texts import privacy as t


def show(ctx: Context, request: Request) -> Reply:
    person = ctx.person(request)
    if person is None:
        return Reply(t.NOTHING_STORED)
    found = data.collect(ctx.session, person)
    lines = [t.IDENTITY.format(name=person.name, email=person.email or t.NONE,
                               slack=person.slack_id or t.NONE, teams=person.teams_id or t.NONE)]
    groups = [
        (t.GROUP_LINE if g["aktiv"] else t.GROUP_INACTIVE).format(
            group=g["grupp"], role=texts.ROLE_NAMES.get(g["roll"], g["roll"]),
            organisation=g["organisation"] or t.NONE)
        for g in found["grupper"]
    ]
    lines.append(t.GROUPS.format(groups=texts.join_names(groups)) if groups else t.NO_GROUPS)
    if found["ordinarie_ersättare_för"]:
        lines.append(t.USUAL_SUBSTITUTE_FOR.format(names=texts.join_names(
            [f"{s['ledamot']} ({s['grupp']})" for s in found["ordinarie_ersättare_för"]])))
    lines.append(t.COUNTS.format(
        absences=len(found["förhinder"]), calls=len(found["kallelser_som_ersättare"]),
        comments=len(found["synpunkter"]),
        consultations=len({c["remiss"] for c in found["synpunkter"]}),
        follows=texts.join_names(found["bevakningar"]) or "inga",
        owned=len(found["remisser_du_äger"]), documents=len(found["protokoll_du_skickat_in"])))
    meetings = data.published_meetings(ctx.session, person)
    if meetings:
        lines.append(t.MINUTES.format(meetings=meetings))
    if found["loggade_handlingar"]:
        lines.append(t.LOGGED.format(events=len(found["loggade_handlingar"])))
    months = (ctx.settings or Settings.from_env()).retention_months
    return Reply(t.SUMMARY.format(name=person.name),
                 [Section("\n".join(lines)), Section(t.KEPT.format(months=months))],
                 [Button(t.EXPORT_BUTTON, "privacy.export", "", "primary")])


def export(ctx: Context, request: Request, value: str = "") -> Reply:
    """The whole of `data.collect` as JSON; each export is in the audit log."""
    person = ctx.person(request)
    if person is None:
        return Reply(t.NOTHING_STORED)
    content = page.export_file(ctx.session, person)
    audit.record_request(ctx, request, "privacy.export", f"person:{person.id}")
    return Reply(t.EXPORT_SENT, attachment=Attachment(page.file_name(ctx.today()), content))
