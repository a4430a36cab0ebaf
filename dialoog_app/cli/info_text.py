"""``dialoog info`` as readable text."""

from __future__ import annotations

import datetime as dt

from dialoog_app.domain import merge_texts
from dialoog_app.domain.agenda_clock import format_countdown
from dialoog_app.domain.kinds import NOTE_KIND_LABELS, NoteKind
from dialoog_app.services.info import AgendaItemData, ProjectInfoData

from . import dates
from .catalogue import text, translate


def _clock_time(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else "--:--"


def _agenda_line(item: AgendaItemData) -> str:
    """``19:10   15 min  Kennismaken — actual 19:12–19:29, 2:00 over``."""
    line = (
        f"    {_clock_time(item['planned_start'])}  {item['planned_minutes']:>3} min"
        f"  {item['title']}"
    )
    if item["actual_start"] is not None:
        end = _clock_time(item["actual_end"]) if item["actual_end"] else translate("Cli", "now")
        line += " — " + translate("Cli", "actual {start}–{end}").format(
            start=_clock_time(item["actual_start"]), end=end
        )
        if item["overrun_seconds"]:
            line += ", " + translate("Cli", "{time} over").format(
                time=format_countdown(item["overrun_seconds"])
            )
    if item["skipped"]:
        line += " (" + translate("Cli", "skipped") + ")"
    return line


def render_info(info: ProjectInfoData) -> str:
    lines = [
        translate("Cli", "Project: {name}").format(name=info["name"]),
        translate("Cli", "File: {path}").format(path=info["path"]),
        translate("Cli", "Notes: {count} ({unplaced} not in an opgave)").format(
            count=info["note_count"], unplaced=info["unplaced_note_count"]
        ),
        "",
    ]
    for meeting in info["meetings"]:
        when = " ".join(
            str(part)
            for part in (
                _long_date(meeting["date"]),
                meeting["start_time"] and meeting["start_time"].strftime("%H:%M"),
            )
            if part
        )
        lines.append(
            translate("Cli", "Meeting: {title}").format(title=meeting["title"])
            + (f" — {when}" if when else "")
            + (f", {meeting['location']}" if meeting["location"] else "")
        )
        if meeting["agenda"]:
            lines.append(
                "  "
                + translate("Cli", "Agenda ({minutes} minutes):").format(
                    minutes=meeting["planned_minutes"]
                )
            )
            for item in meeting["agenda"]:
                lines.append(_agenda_line(item))
        for table in meeting["tables"]:
            kinds = ", ".join(f"{_kind_label(k)} {n}" for k, n in table["notes_by_kind"].items())
            lines.append(
                "  "
                + translate("Cli", "Table {name} ({facilitator}): {count} notes").format(
                    name=table["name"],
                    facilitator=table["facilitator"] or "—",
                    count=table["note_count"],
                )
                + (f" — {kinds}" if kinds else "")
            )
        lines.append("")
    if info["opgaven"]:
        lines.append(translate("Cli", "Opgaven:"))
        for opgave in info["opgaven"]:
            lines.append(
                "  "
                + translate("Cli", "{title}: {count} notes").format(
                    title=opgave["title"], count=opgave["note_count"]
                )
            )
    lines.extend(_merge_lines(info))
    return "\n".join(lines).rstrip()


def _merge_lines(info: ProjectInfoData) -> list[str]:
    if not info["merges"]:
        return []
    lines = ["", translate("Cli", "Merged laptop files:")]
    for merge in info["merges"]:
        when = merge["merged_at"].astimezone().strftime("%d-%m-%Y %H:%M")
        file_name = merge["source_path"].replace("\\", "/").rsplit("/", 1)[-1]
        name = text(merge_texts.source_title(file_name, merge["table_name"]))
        counts = merge_texts.counts_text(
            merge["new"], merge["updated"], merge["unchanged"], merge["conflicts"]
        )
        lines.append(f"  {when}  {name}: {text(counts)}")
    if info["open_conflicts"]:
        lines.append(
            "  "
            + translate("Cli", "Conflicts to resolve: {count}").format(count=info["open_conflicts"])
        )
    return lines


def _kind_label(kind: str) -> str:
    try:
        return translate("Vocabulary", NOTE_KIND_LABELS[NoteKind(kind)])
    except ValueError:
        return kind


def _long_date(day: dt.date | None) -> str:
    """ "dinsdag 11 april 2023" in Dutch, in the language's own form otherwise."""
    return "" if day is None else dates.long_date(day)
