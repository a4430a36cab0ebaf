"""``dialoog info`` as readable text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoog_app.services.info import ProjectInfo

translate = QCoreApplication.translate


def render_info(info: ProjectInfo) -> str:
    lines = [
        translate("Cli", "Project: {name}").format(name=info.name),
        translate("Cli", "File: {path}").format(path=info.path),
        translate("Cli", "Notes: {count} ({unplaced} not in an opgave)").format(
            count=info.note_count, unplaced=info.unplaced_note_count
        ),
        "",
    ]
    for meeting in info.meetings:
        when = " ".join(
            str(part)
            for part in (meeting.date, meeting.start_time and meeting.start_time.strftime("%H:%M"))
            if part
        )
        lines.append(
            translate("Cli", "Meeting: {title}").format(title=meeting.title)
            + (f" — {when}" if when else "")
            + (f", {meeting.location}" if meeting.location else "")
        )
        if meeting.agenda:
            lines.append(
                "  "
                + translate("Cli", "Agenda ({minutes} minutes):").format(
                    minutes=meeting.planned_minutes
                )
            )
            for item in meeting.agenda:
                lines.append(f"    {item.planned_minutes:>3} min  {item.title}")
        for table in meeting.tables:
            kinds = ", ".join(f"{k} {n}" for k, n in table.notes_by_kind.items())
            lines.append(
                "  "
                + translate("Cli", "Table {name} ({facilitator}): {count} notes").format(
                    name=table.name, facilitator=table.facilitator or "—", count=table.note_count
                )
                + (f" — {kinds}" if kinds else "")
            )
        lines.append("")
    if info.opgaven:
        lines.append(translate("Cli", "Opgaven:"))
        for opgave in info.opgaven:
            lines.append(
                "  "
                + translate("Cli", "{title}: {count} notes").format(
                    title=opgave.title, count=opgave.note_count
                )
            )
    return "\n".join(lines).rstrip()
