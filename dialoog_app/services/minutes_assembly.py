"""From the rows of one read to the minutes model: grouping, ordering, counting support.

Pure (no session): the rows are plain data by now. Local clock times are made here, so
the writer only formats them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from dialoog_app.domain.agenda_clock import ClockPress, PlannedItem, planned_starts, replay
from dialoog_app.domain.kinds import NoteKind
from dialoog_app.export.model import (
    AgendaLine,
    MeetingMinutes,
    Minutes,
    NoteLine,
    OpgaveMinutes,
    RoleCounts,
    RoundNotes,
    ScopeKind,
    Support,
    TableMinutes,
)

from .minutes_read import MinutesRequest, MinutesRows
from .project_rows import AgendaRow, MeetingRow, TableRow

OUTSIDE_AGENDA_RANK = 1_000_000
_ROLE_FIELD = {
    "resident": "residents",
    "professional": "professionals",
    "civil_servant": "civil_servants",
}


def _local_time(moment: dt.datetime | None) -> dt.time | None:
    return None if moment is None else moment.astimezone().time().replace(tzinfo=None)


def agenda_lines(
    meeting: MeetingRow, items: list[AgendaRow], presses: list[ClockPress], now: dt.datetime
) -> tuple[AgendaLine, ...]:
    """Planned against actual, replayed from the stored clock presses at ``now``."""
    planned = [PlannedItem(i.id, i.planned_minutes * 60) for i in items]
    state = replay(planned, presses, now)
    starts: list[dt.datetime | None] = [None] * len(items)
    if meeting.date and meeting.start_time:
        # The meeting's date and time are local wall-clock time (as in services/clock.py).
        start = dt.datetime.combine(meeting.date, meeting.start_time).astimezone()
        starts = list(planned_starts(start, planned))
    lines = []
    for item, plan, planned_start in zip(items, planned, starts, strict=True):
        run = state.runs[item.id]
        ran = run.started_at is not None and not run.skipped  # a skipped item did not run
        overrun = run.overrun_seconds(plan.planned_seconds) if ran else 0.0
        lines.append(
            AgendaLine(
                title=item.title,
                venue=item.venue,
                planned_minutes=item.planned_minutes,
                planned_start=_local_time(planned_start),
                actual_start=_local_time(run.started_at) if ran else None,
                actual_end=_local_time(run.ended_at) if ran else None,
                actual_minutes=round(run.active_seconds / 60) if ran else None,
                extended_minutes=round(run.extended_seconds / 60),
                overrun_minutes=max(0, round(overrun / 60)),
                skipped=run.skipped,
            )
        )
    return tuple(lines)


def role_counts(roles: list[str]) -> RoleCounts:
    tally = {"residents": 0, "professionals": 0, "civil_servants": 0, "others": 0}
    for role in roles:
        tally[_ROLE_FIELD.get(role, "others")] += 1
    return RoleCounts(**tally)


def _participants(table: TableRow) -> RoleCounts:
    return RoleCounts(table.residents, table.professionals, table.civil_servants, table.others)


def _subtitle(request: MinutesRequest, rows: MinutesRows) -> str:
    if request.scope == ScopeKind.TABLE:
        return f"Verslag van {rows.tables[0].name}, {rows.meetings[0].title}"
    if request.scope == ScopeKind.MEETING:
        return f"Verslag van de bijeenkomst ‘{rows.meetings[0].title}’"
    return "Verslag van de dialoogtafels"


def _origin(request: MinutesRequest, rows: MinutesRows, device: str, table_name: str) -> str:
    """The laptop a note was typed on, named only where it tells something: the project
    holds merged laptop files, and the laptop is not the note's own table (a prepared
    laptop's notes under its own table say nothing new). So the minutes of a project that
    was never merged, or of an evening on prepared laptops, read as before. Left out when
    anonymised: a laptop's file name may name a person."""
    label = rows.laptops.get(device, "")
    if request.anonymise or label == table_name:
        return ""
    return label


def assemble(request: MinutesRequest, rows: MinutesRows, now: dt.datetime) -> Minutes:
    meeting_of = {m.id: m for m in rows.meetings}
    table_of = {t.id: t for t in rows.tables}
    item_of = {i.id: i for i in rows.agenda}
    table_rank = {t.id: i for i, t in enumerate(rows.tables)}

    lines: dict[str, NoteLine] = {}
    for n in rows.notes:
        table = table_of[n.table_id]
        item = item_of.get(n.agenda_item_id or "")
        lines[n.id] = NoteLine(
            id=n.id,
            text=n.text,
            kind=n.kind,
            role=n.role,
            speaker="" if request.anonymise else n.speaker,
            starred=bool(n.starred),
            meeting_title=meeting_of[table.meeting_id].title,
            table_id=table.id,
            table_name=table.name,
            round_title=item.title if item is not None else "",
            concept=bool(n.concept),
            origin=_origin(request, rows, n.origin_device, table.name),
        )

    # Notes in table order, then by round (agenda position; outside the agenda last), then
    # in the order they were noted.
    by_table_round: dict[str, dict[int, list[NoteLine]]] = defaultdict(lambda: defaultdict(list))
    rank_of: dict[str, tuple[int, int, int]] = {}
    for index, n in enumerate(rows.notes):
        item = item_of.get(n.agenda_item_id or "")
        rank = item.position if item is not None else OUTSIDE_AGENDA_RANK
        by_table_round[n.table_id][rank].append(lines[n.id])
        rank_of[n.id] = (table_rank[n.table_id], rank, index)

    meetings = []
    for meeting in rows.meetings:
        tables = []
        for table in (t for t in rows.tables if t.meeting_id == meeting.id):
            rounds = by_table_round.get(table.id, {})
            tables.append(
                TableMinutes(
                    id=table.id,
                    name=table.name,
                    # Anonymised: no gespreksleider names either (the writer leaves them out).
                    facilitator="" if request.anonymise else table.facilitator,
                    participants=_participants(table),
                    rounds=tuple(
                        RoundNotes(notes[0].round_title, tuple(notes))
                        for _, notes in sorted(rounds.items())
                    ),
                )
            )
        items = [i for i in rows.agenda if i.meeting_id == meeting.id]
        meetings.append(
            MeetingMinutes(
                id=meeting.id,
                title=meeting.title,
                date=meeting.date,
                start_time=meeting.start_time,
                location=meeting.location,
                tables=tuple(tables),
                agenda=agenda_lines(meeting, items, rows.presses.get(meeting.id, []), now),
            )
        )

    placed_in: dict[str, list[NoteLine]] = defaultdict(list)
    placed: set[str] = set()
    for opgave_id, note_id in rows.placements:
        line = lines.get(note_id)
        if line is not None:  # a note outside this verslag's scope is not shown
            placed_in[opgave_id].append(line)
            placed.add(note_id)
    opgaven: list[OpgaveMinutes] = []
    for opgave in rows.opgaven:
        statements = placed_in.get(opgave.id, [])
        if request.scope != ScopeKind.PROJECT and not statements:
            continue  # a meeting's or table's verslag shows the opgaven it contributed to
        opgaven.append(
            OpgaveMinutes(
                id=opgave.id,
                number=len(opgaven) + 1,
                title=opgave.title,
                problem=opgave.problem,
                desired_situation=opgave.desired_situation,
                causes=opgave.causes,
                scope=opgave.scope,
                partners=opgave.partners,
                first_steps=opgave.first_steps,
                priority=opgave.priority,
                statements=tuple(statements),
                support=Support(
                    by_role=role_counts([s.role for s in statements]),
                    tables=len({s.table_id for s in statements}),
                    meetings=len({s.meeting_title for s in statements}),
                ),
            )
        )

    in_table_order = sorted(lines.values(), key=lambda line: rank_of[line.id])
    return Minutes(
        project_name=rows.project.name,
        project_description=rows.project.description,
        scope=request.scope,
        title=rows.project.name,
        subtitle=_subtitle(request, rows),
        author=request.author,
        created=now,
        anonymised=request.anonymise,
        contents=request.contents(),
        meetings=tuple(meetings),
        opgaven=tuple(opgaven),
        agreements=tuple(n for n in in_table_order if n.kind == NoteKind.AGREEMENT),
        unplaced=tuple(n for n in in_table_order if n.id not in placed),
        note_count=len(lines),
        placed_count=len(placed),
        keywords=("dialoogtafels", "verslag", "opgaven"),
    )
