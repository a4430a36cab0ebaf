"""``dialoog info`` reports each agenda item as planned and as it ran on the clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.services import clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.info import project_info, to_json
from dialoog_app.services.info_schema import ProjectInfo
from dialoog_app.services.workspace import Workspace
from test_cli import dialoog


def _run_part_of_an_evening(ws: Workspace) -> datetime:
    fill_demo(ws, notes=0, opgaven=0)
    meeting = meetings.list_meetings(ws)[0]
    assert meeting.date and meeting.start_time
    t0 = datetime.combine(meeting.date, meeting.start_time).astimezone()
    clock.press(ws, meeting.id, ClockAction.START, at=t0)
    clock.press(ws, meeting.id, ClockAction.EXTEND, at=t0 + timedelta(minutes=8), seconds=60)
    clock.press(ws, meeting.id, ClockAction.NEXT, at=t0 + timedelta(minutes=13, seconds=30))
    clock.press(ws, meeting.id, ClockAction.SKIP, at=t0 + timedelta(minutes=20))
    return t0


def test_info_has_planned_and_actual_times(workspace: Workspace) -> None:
    t0 = _run_part_of_an_evening(workspace)
    data = project_info(workspace, now=t0 + timedelta(minutes=25))
    info = ProjectInfo.model_validate(data)
    [meeting] = info.meetings
    assert meeting.clock_status == "running"
    welkom, kennis, ervaring, pauze = meeting.agenda[:4]
    assert welkom.planned_start == t0 and welkom.actual_start == t0
    assert welkom.actual_end == t0 + timedelta(minutes=13, seconds=30)
    assert (welkom.extended_seconds, welkom.overrun_seconds) == (60, 150)
    assert kennis.planned_start == t0 + timedelta(minutes=10)
    assert kennis.skipped and kennis.active_seconds == 390 and kennis.overrun_seconds == 0
    assert ervaring.actual_start == t0 + timedelta(minutes=20) and ervaring.actual_end is None
    assert pauze.actual_start is None and not pauze.skipped
    # Round-trips through its own JSON, as scripts read it.
    assert ProjectInfo.model_validate_json(to_json(data)) == info


def test_info_schema_documents_the_times() -> None:
    schema = ProjectInfo.model_json_schema()
    fields = schema["$defs"]["AgendaItemInfo"]["properties"]
    for name in ("planned_start", "actual_start", "actual_end", "overrun_seconds", "skipped"):
        assert fields[name].get("description"), name


def test_info_text_shows_actual_times_and_overruns(workspace: Workspace) -> None:
    _run_part_of_an_evening(workspace)
    workspace.close()
    result = dialoog("info", str(workspace.path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(
        line.startswith(
            "    19:00   10 min  Welkom, doel en gespreksregels — werkelijk 19:00–19:13"
        )
        and line.endswith("02:30 uitgelopen")
        for line in lines
    ), lines
    assert any(
        line.endswith("Kennismaken — werkelijk 19:13–19:20 (overgeslagen)") for line in lines
    )
    assert any(line.startswith("    19:55    5 min  Pauze") for line in lines)
