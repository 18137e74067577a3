"""`samverkansbot parse` and `samverkansbot ingest`: minutes from the terminal."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from bot import markup, texts
from bot.clock import Clock
from bot.minutes.ingest import IngestError, ingest_file
from bot.minutes.reading import NotMinutesError, bounded
from bot.texts import minutes as t
from handlers.cli_parser import CliError, iso_date
from storage.engine import unit_of_work


def parse(path: str, as_json: bool) -> int:
    try:
        parsed = bounded.parse(Path(path))  # the same limits as a file shared in chat
    except NotMinutesError as error:
        raise CliError(markup.plain(t.NOT_MINUTES.format(file=path, reason=error.reason_sv))) \
            from None
    except FileNotFoundError:
        raise CliError(texts.CLI_NO_FILE.format(path=path)) from None
    data = parsed.to_json()
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(human(data))
    return 0


def human(data: dict) -> str:
    """The same facts as --json, for a person: dates and times written the Swedish way."""
    none = t.CLI_PARSE_NONE
    lines = [t.CLI_PARSE_GROUPS.format(groups=", ".join(data["groups"]) or none),
             t.CLI_PARSE_DATE.format(day=_day(data["date"])),
             t.CLI_PARSE_TIME.format(time=_clock_range(data["start"], data["end"]) or none),
             t.CLI_PARSE_PLACE.format(place=data["place"] or none),
             t.CLI_PARSE_PRESENT.format(count=len(data["present"]),
                                        names=", ".join(data["present"]) or none),
             t.CLI_PARSE_ABSENT.format(count=len(data["absent"]),
                                       names=", ".join(data["absent"]) or none)]
    for s in data["substitutes"]:
        lines.append(t.CLI_PARSE_SUBSTITUTE.format(substitute=s["substitute"], replaces=s["for"])
                     if s["for"] else
                     t.CLI_PARSE_SUBSTITUTE_FOR_NOBODY.format(substitute=s["substitute"]))
    lines.append(t.CLI_PARSE_AGENDA.format(count=len(data["agenda"])))
    lines += [_agenda_line(a) for a in data["agenda"]]
    lines.append(t.CLI_PARSE_DECISIONS.format(count=len(data["decisions"])))
    for d in data["decisions"]:
        lines.append(f"  [{d['item']}] {d['text']}")
        if d["approves"]:
            lines.append(t.CLI_PARSE_APPROVES.format(approves=d["approves"]))
        if d["context"]:
            lines.append(t.CLI_PARSE_CONTEXT.format(context=d["context"]))
    for d in data["deadlines"]:
        lines.append(t.CLI_PARSE_DEADLINE.format(day=_day(d["date"]), what=d["what"],
                                                 to=", ".join(d["to"]) or none))
    nxt = data["next_meeting"]
    if nxt:
        when = [_day(nxt["date"]), _clock_range(nxt["start"], nxt["end"]), nxt["place"] or ""]
        lines.append(t.CLI_PARSE_NEXT.format(when=", ".join(part for part in when if part)))
    lines += [t.CLI_PARSE_WARNING.format(warning=w) for w in data["warnings"]]
    return "\n".join(lines)


def _agenda_line(item: dict) -> str:
    """An item numbered as the minutes number it ('3.', '§ 101', 'Punkt 3'), so that the
    secretary can hold the reading against her document; a dash where the minutes have no
    number, and a topic inside an item (or inside a topic) indented under it."""
    number = " ".join((item.get("number") or "").split())
    if not number:
        label = "–"
    elif number[0].isdigit() and not number.endswith("."):
        label = f"{number}."
    else:
        label = number
    depth = 1 + (item.get("level", 1) > 1) + bool(item.get("parent"))
    indent = "  " * depth
    presenters = f" ({', '.join(item['presenters'])})" if item["presenters"] else ""
    return f"{indent}{label} {item['title']}{presenters}"


def _day(iso: str | None) -> str:
    """'torsdag 9 juni 2016', or a dash when the reader found no date."""
    return texts.long_date(date.fromisoformat(iso)) if iso else t.CLI_PARSE_NONE


def _clock_range(start: str | None, end: str | None) -> str:
    """'kl. 13.00–16.00' from the reader's 'HH:MM', or '' when it found no time."""
    if not start:
        return ""
    return "kl. " + start.replace(":", ".") + (f"–{end.replace(':', '.')}" if end else "")


def ingest(engine: Engine, clock: Clock, args, publisher=None) -> int:
    """Each file in its own unit of work: a bad file is refused while the others go in."""
    day = iso_date(args.date) if args.date else None
    files = args.files
    progress = _progress(files)
    bad = 0
    for name in progress:
        try:
            with unit_of_work(engine) as session:
                result = ingest_file(session, name, clock, args.group, day, args.publish)
                line = _line(name, result)
                if result.published and publisher is not None:  # once, however often asked
                    publisher(session, result.document)
        except IngestError as error:
            bad += 1
            message = (t.NO_DATE.format(file=name) if error.kind == "no_date"
                       else t.NOT_MINUTES.format(file=name, reason=error.reason))
            _write(progress, markup.plain(message), sys.stderr)
            continue
        except FileNotFoundError:
            bad += 1
            _write(progress, texts.CLI_NO_FILE.format(path=name), sys.stderr)
            continue
        _write(progress, line, sys.stdout)
    if bad:
        print(t.SUMMARY_BAD.format(bad=bad, total=len(files)), file=sys.stderr)
        return 1
    return 0


def _line(name: str, result) -> str:
    """What happened to one file, as plain text; a draft says how to publish or discard it."""
    meeting = result.meeting
    groups = texts.join_names([g.name for g in result.groups])
    when = meeting.date.isoformat()
    document = result.document
    if not result.created:
        if result.published:
            return t.CLI_PUBLISHED_NOW.format(file=name, when=when, groups=groups)
        line = markup.plain(t.UNCHANGED.format(file=name, when=when, groups=groups))
        if document.status == "draft":
            line += t.CLI_STORED_AS_DRAFT.format(id=document.id)
        return line
    nxt = (t.NEXT_MEETING.format(when=result.next_meeting.date.isoformat())
           if result.next_meeting else "")
    line = markup.plain(t.INGESTED.format(file=name, when=when, groups=groups,
                                          decisions=len(result.decisions),
                                          deadlines=len(result.consultations), next=nxt))
    if document.status == "published":
        line += markup.plain(t.PUBLISHED)
    else:
        line += t.CLI_STORED_AS_DRAFT.format(id=document.id)
    for consultation in result.consultations:
        if consultation.status == "proposed":  # a passed deadline is kept, not proposed
            line += markup.plain(t.PROPOSED_CLI.format(id=consultation.id,
                                                       title=consultation.title))
    return line


def _progress(files):
    if len(files) > 3 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(files, unit="fil", desc="Läser in", file=sys.stderr)
    return files


def _write(progress, message: str, stream) -> None:
    if hasattr(progress, "write"):
        progress.write(message, file=stream)
    else:
        print(message, file=stream)
