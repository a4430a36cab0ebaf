"""What is in a project (``dialoog info``): the meetings, tables, notes, opgaven, merges,
votes and plans, read in one read.

The JSON (``--json``) is documented by the pydantic model ``info_schema.ProjectInfo``
(``dialoog schema``); the data here are plain typed dicts written as that model would be
(``to_json``), so ``dialoog info`` never imports pydantic (0.1 s of its half second).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, TypedDict

from dialoog_app.store.fileformat import SCHEMA_VERSION
from dialoog_app.store.reader import utc

from . import json_text, project_rows
from .clock_read import ItemTiming, snapshot_from
from .plan_info import PlanData, VoteRoundData, plan_infos, vote_round_infos
from .reading import Readable

# What ``project_info`` returns: plain dicts with the fields, in the order, of the
# documented pydantic model (info_schema.ProjectInfo), so the text and the JSON need no
# pydantic; tests/test_info_json.py holds the two together.


class AgendaItemData(TypedDict):
    title: str
    phase: str
    venue: str
    planned_minutes: int
    planned_start: dt.datetime | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    active_seconds: int
    paused_seconds: int
    extended_seconds: int
    overrun_seconds: int
    skipped: bool


class TableData(TypedDict):
    name: str
    facilitator: str
    participants: dict[str, int]
    note_count: int
    notes_by_kind: dict[str, int]


class MeetingData(TypedDict):
    title: str
    date: dt.date | None
    start_time: dt.time | None
    location: str
    agenda: list[AgendaItemData]
    planned_minutes: int
    clock_status: str
    tables: list[TableData]


class OpgaveData(TypedDict):
    title: str
    priority: int
    note_count: int
    notes_by_role: dict[str, int]


class MergeData(TypedDict):
    merged_at: dt.datetime
    source_path: str
    source_device: str
    table_name: str
    new: int
    updated: int
    unchanged: int
    conflicts: int


class ProjectInfoData(TypedDict):
    name: str
    path: str
    schema_version: int
    note_count: int
    unplaced_note_count: int
    meetings: list[MeetingData]
    opgaven: list[OpgaveData]
    merges: list[MergeData]
    open_conflicts: int
    vote_rounds: list[VoteRoundData]
    plans: list[PlanData]


def project_info(source: Readable, now: dt.datetime | None = None) -> ProjectInfoData:
    """The summary, with the meeting clocks as they stand at ``now`` (default: this moment).

    One read (SQL on ``source``'s connection: the GUI's workspace or a plain reader)."""
    now = now or dt.datetime.now(dt.UTC)
    with source.read() as db:
        return _info(db, source.path, now)


def to_json(info: ProjectInfoData) -> str:
    """The JSON of ``dialoog info --json``: what ``ProjectInfo.model_dump_json(indent=2)``
    writes for these values."""
    return json_text.dumps(info)


def _counts(db: Any, sql: str) -> dict[str, Counter[str]]:
    """(group, key, count) rows → group → Counter."""
    found: dict[str, Counter[str]] = {}
    for group, key, count in db.execute(sql):
        found.setdefault(group, Counter())[key] = count
    return found


def _agenda_item(item: project_rows.AgendaRow, timing: ItemTiming) -> AgendaItemData:
    return {
        "title": item.title,
        "phase": item.phase,
        "venue": item.venue,
        "planned_minutes": item.planned_minutes,
        "planned_start": timing.planned_start,
        "actual_start": timing.actual_start,
        "actual_end": timing.actual_end,
        "active_seconds": timing.active_seconds,
        "paused_seconds": timing.paused_seconds,
        "extended_seconds": timing.extended_seconds,
        "overrun_seconds": timing.overrun_seconds,
        "skipped": timing.skipped,
    }


def _meetings(db: Any, now: dt.datetime) -> list[MeetingData]:
    kind_counts = _counts(
        db,
        "SELECT table_id, kind, count(*) FROM note WHERE deleted_at IS NULL"
        " GROUP BY table_id, kind",
    )
    meetings: list[MeetingData] = []
    for meeting in project_rows.meetings(db):
        # The same planned-against-actual figures as clock.item_timings, in this read.
        clock_snapshot = snapshot_from(db, meeting.id)
        timings = {t.item_id: t for t in clock_snapshot.timings(now)}
        agenda = [
            _agenda_item(item, timings[item.id]) for item in project_rows.agenda(db, [meeting.id])
        ]
        tables: list[TableData] = [
            {
                "name": t.name,
                "facilitator": t.facilitator,
                "participants": {
                    "resident": t.residents,
                    "professional": t.professionals,
                    "civil_servant": t.civil_servants,
                    "other": t.others,
                },
                "note_count": sum(kind_counts.get(t.id, Counter()).values()),
                "notes_by_kind": dict(sorted(kind_counts.get(t.id, Counter()).items())),
            }
            for t in project_rows.tables(db, [meeting.id])
        ]
        meetings.append(
            {
                "title": meeting.title,
                "date": meeting.date,
                "start_time": meeting.start_time,
                "location": meeting.location,
                "agenda": agenda,
                "planned_minutes": sum(a["planned_minutes"] for a in agenda),
                "clock_status": clock_snapshot.state(now).status.value,
                "tables": tables,
            }
        )
    return meetings


_MERGE_FIELDS = tuple(MergeData.__annotations__)
_PLACED_NOTES = (
    " FROM opgave_note p JOIN note n ON n.id = p.note_id"
    " WHERE p.deleted_at IS NULL AND n.deleted_at IS NULL"
)


def _info(db: Any, path: Path, now: dt.datetime) -> ProjectInfoData:
    role_counts = _counts(
        db, f"SELECT p.opgave_id, n.role, count(*){_PLACED_NOTES} GROUP BY p.opgave_id, n.role"
    )
    opgaven: list[OpgaveData] = [
        {
            "title": o.title,
            "priority": o.priority,
            "note_count": sum(role_counts.get(o.id, Counter()).values()),
            "notes_by_role": dict(sorted(role_counts.get(o.id, Counter()).items())),
        }
        for o in project_rows.opgaven(db)
    ]
    note_count = _one(db, "SELECT count(*) FROM note WHERE deleted_at IS NULL")
    placed = _one(db, f"SELECT count(*){_PLACED_NOTES}")
    merges: list[MergeData] = []
    for row in db.execute(
        f"SELECT {', '.join(_MERGE_FIELDS)} FROM merge_log"
        " WHERE finished_at IS NOT NULL ORDER BY merged_at, id"
    ):
        fields = dict(zip(_MERGE_FIELDS, row, strict=True))
        merges.append({**fields, "merged_at": utc(fields["merged_at"])})  # type: ignore[typeddict-item]
    return {
        "name": project_rows.project_row(db).name,
        "path": str(path),
        "schema_version": SCHEMA_VERSION,
        "note_count": note_count,
        "unplaced_note_count": note_count - placed,
        "meetings": _meetings(db, now),
        "opgaven": opgaven,
        "merges": merges,
        "open_conflicts": _one(db, "SELECT count(*) FROM merge_conflict WHERE resolved_at IS NULL"),
        "vote_rounds": vote_round_infos(db),
        "plans": plan_infos(db),
    }


def _one(db: Any, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0] or 0)
