"""``dialoog info --json`` is written without pydantic (services/json_text.py), yet is
exactly what the documented model (services/info_schema.ProjectInfo) writes; and the
schema ``dialoog schema`` prints has not changed by a byte."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, TypeAdapter

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.services import clock, info_schema, json_text, meetings, plan_info
from dialoog_app.services import info as info_service
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.info import project_info, to_json
from dialoog_app.services.info_schema import ProjectInfo
from dialoog_app.services.workspace import Workspace
from dialoog_app.store.models import MergeLog
from test_cli import dialoog

SCHEMA = Path(__file__).with_name("info_schema.json")

PAIRS = [
    (info_service.ProjectInfoData, info_schema.ProjectInfo),
    (info_service.MeetingData, info_schema.MeetingInfo),
    (info_service.AgendaItemData, info_schema.AgendaItemInfo),
    (info_service.TableData, info_schema.TableInfo),
    (info_service.OpgaveData, info_schema.OpgaveInfo),
    (info_service.MergeData, info_schema.MergeInfo),
    (plan_info.VoteRoundData, info_schema.VoteRoundInfo),
    (plan_info.RankData, info_schema.RankInfo),
    (plan_info.PlanData, info_schema.PlanInfo),
    (plan_info.IndicatorData, info_schema.IndicatorInfo),
    (plan_info.MeasurementData, info_schema.MeasurementInfo),
    (plan_info.ActionData, info_schema.ActionInfo),
]


def test_the_schema_is_unchanged_byte_for_byte() -> None:
    """Scripts rely on it: a change must be deliberate (and this file updated with it)."""
    result = dialoog("schema")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCHEMA.read_text(encoding="utf-8")


@pytest.mark.parametrize("data, model", PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_each_typed_dict_has_its_models_fields_in_order(data: type, model: type[BaseModel]) -> None:
    assert list(data.__annotations__) == list(model.model_fields)


def _an_evening_with_everything(ws: Workspace) -> dt.datetime:
    """Demo rows, votes and plans, a clock that ran over and skipped, and a merge."""
    fill_demo(ws, notes=80, opgaven=5)
    meeting = meetings.list_meetings(ws)[0]
    assert meeting.date and meeting.start_time
    t0 = dt.datetime.combine(meeting.date, meeting.start_time).astimezone()
    clock.press(ws, meeting.id, ClockAction.START, at=t0)
    clock.press(ws, meeting.id, ClockAction.EXTEND, at=t0 + dt.timedelta(minutes=8), seconds=60)
    clock.press(ws, meeting.id, ClockAction.NEXT, at=t0 + dt.timedelta(minutes=13, seconds=31))
    clock.press(ws, meeting.id, ClockAction.SKIP, at=t0 + dt.timedelta(minutes=20))
    with ws.unit_of_work() as uow:
        uow.session.add(
            MergeLog(
                merged_at=dt.datetime(2023, 4, 12, 9, 30, 15, 250000, tzinfo=dt.UTC),
                finished_at=dt.datetime(2023, 4, 12, 9, 30, 16, tzinfo=dt.UTC),
                source_path='E:\\usb\\Tafel 2 – "Wonen"\t.dialoog',
                source_device="laptop-2",
                table_name="Wonen",
                new=5,
                updated=1,
                unchanged=7,
                conflicts=2,
            )
        )
    return t0


def test_info_json_is_what_the_documented_model_writes(workspace: Workspace) -> None:
    t0 = _an_evening_with_everything(workspace)
    data = project_info(workspace, now=t0 + dt.timedelta(minutes=25))
    assert data["merges"] and data["plans"] and data["vote_rounds"]
    assert data["meetings"][0]["agenda"][0]["actual_end"] is not None
    written = to_json(data)
    model = ProjectInfo.model_validate(data)
    assert written == model.model_dump_json(indent=2)
    assert ProjectInfo.model_validate_json(written) == model


def test_the_command_writes_it_too(workspace: Workspace) -> None:
    _an_evening_with_everything(workspace)
    workspace.close()
    result = dialoog("info", str(workspace.path), "--json")
    assert result.returncode == 0, result.stderr
    parsed = ProjectInfo.model_validate_json(result.stdout)
    assert result.stdout == parsed.model_dump_json(indent=2) + "\n"
    assert parsed.merges[0].table_name == "Wonen" and parsed.merges[0].conflicts == 2


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.floats(min_value=-1e-3, max_value=1e-3),
    st.text(),
    st.dates(),
    st.times(),
    st.datetimes(
        timezones=st.timedeltas(
            min_value=-dt.timedelta(hours=23, minutes=59),
            max_value=dt.timedelta(hours=23, minutes=59),
        ).map(dt.timezone)
    ),
    st.datetimes(timezones=st.just(dt.UTC)),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
ANY: TypeAdapter[Any] = TypeAdapter(Any)


@given(VALUES)
def test_json_text_writes_any_value_as_pydantic_does(value: Any) -> None:
    assert json_text.dumps(value) == ANY.dump_json(value, indent=2).decode()


def test_awkward_values_by_name() -> None:
    for value, expected in [
        (1e-05, "0.00001"),
        (-1.5e-05, "-0.000015"),
        (1e-07, "1e-7"),
        (1e16, "1e+16"),
        (float("nan"), "null"),
        (dt.datetime(1850, 1, 1, tzinfo=dt.timezone(dt.timedelta(seconds=1172))), None),
        ("a\x00\x1f\x7f\u2028é", None),
    ]:
        written = json_text.dumps(value)
        assert written == ANY.dump_json(value, indent=2).decode()
        assert expected is None or written == expected
    assert json.loads(json_text.dumps({"a": [1, {"b": []}, {}]})) == {"a": [1, {"b": []}, {}]}
