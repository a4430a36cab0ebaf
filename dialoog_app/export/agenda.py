"""The agenda in the verslag: planned against actual, with overruns, and a summary."""

from __future__ import annotations

import datetime as dt

from . import dutch
from .model import AgendaLine, MeetingMinutes
from .ooxml import ALERT, MUTED, Body, Column, run


def agenda_chapter(body: Body, meeting: MeetingMinutes) -> None:
    body.heading(2, "Agenda: gepland en werkelijk")
    columns = [
        Column("Onderdeel", 3371),
        Column("Gepland", 1900),
        Column("Werkelijk", 2500),
        Column("Verschil", 1300, "right"),
    ]
    rows = []
    overruns = []
    for line in meeting.agenda:
        venue = dutch.VENUE.get(line.venue, "")
        title = run(line.title) + (
            run(f"  ({venue})", MUTED) if line.venue != "none" and venue else ""
        )
        start = dutch.clock(line.planned_start)
        planned = (f"{start}, " if start else "") + f"{line.planned_minutes} min"
        if line.skipped:
            actual, difference = run("overgeslagen", MUTED), run("")
        elif line.actual_start is None or line.actual_minutes is None:
            actual, difference = run("—", MUTED), run("")
        else:
            span = dutch.clock(line.actual_start)
            if line.actual_end is not None:
                span += f"–{dutch.clock(line.actual_end)}"
            extended = (
                f", verlengd met {line.extended_minutes} min" if line.extended_minutes else ""
            )
            actual = run(f"{span} ({line.actual_minutes} min{extended})")
            delta = line.actual_minutes - line.planned_minutes
            if delta > 0:
                overruns.append(line)
                difference = run(f"+{delta} min", ALERT)
            else:
                shown = f"{delta:+d} min".replace("-", "−") if delta else "op tijd"
                difference = run(shown, MUTED if delta <= 0 else "")
        rows.append((title, run(planned), actual, difference))
    body.table(columns, rows)
    body.text(_agenda_summary(meeting, overruns))


def _overrun(line: AgendaLine) -> str:
    assert line.actual_minutes is not None
    extra = f"+{line.actual_minutes - line.planned_minutes} min"
    if line.extended_minutes:
        extra += f", waarvan {line.extended_minutes} min verlengd"
    return f"{line.title} ({extra})"


def _agenda_summary(meeting: MeetingMinutes, overruns: list[AgendaLine]) -> str:
    ran = [a for a in meeting.agenda if a.actual_start is not None and not a.skipped]
    if not ran:
        return "De klok is voor deze bijeenkomst niet gebruikt; alleen de planning is bekend."
    parts = []
    if overruns:
        names = dutch.enumerate_nl([_overrun(a) for a in overruns])
        parts.append(
            f"{dutch.counted(len(overruns), 'onderdeel liep', 'onderdelen liepen')} uit: {names}."
        )
    else:
        parts.append("Alle onderdelen bleven binnen de geplande tijd.")
    planned = [a for a in meeting.agenda if a.planned_start is not None]
    last_end = ran[-1].actual_end
    if planned and last_end is not None and meeting.date is not None:
        last = planned[-1]
        assert last.planned_start is not None
        planned_end = dt.datetime.combine(meeting.date, last.planned_start) + dt.timedelta(
            minutes=last.planned_minutes
        )
        actual_end = dt.datetime.combine(planned_end.date(), last_end)
        late = round((actual_end - planned_end).total_seconds() / 60)
        when = dutch.clock(last_end)
        if late > 0:
            parts.append(
                f"De bijeenkomst eindigde om {when}, {dutch.minutes(late)} later dan gepland."
            )
        elif late < 0:
            parts.append(
                f"De bijeenkomst eindigde om {when}, {dutch.minutes(-late)} eerder dan gepland."
            )
        else:
            parts.append(f"De bijeenkomst eindigde zoals gepland om {when}.")
    return " ".join(parts)
