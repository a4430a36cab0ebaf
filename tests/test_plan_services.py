"""Prioritising and the plan of action without Qt: votes, ranking with ties, priority from
the ranking and back, plan/indicator/action edits with undo, the status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DEVICE
from dialoog_app.domain.errors import GoneError, ValidationError
from dialoog_app.domain.plan import ActionStatus, CountedPer, competition_ranks
from dialoog_app.services import meetings, opgaven, plan, votes
from dialoog_app.services.demo import create_demo
from dialoog_app.services.info import project_info
from dialoog_app.services.info_schema import ProjectInfo
from dialoog_app.services.plan import IndicatorPatch, PlanItem, PlanPatch
from dialoog_app.services.workspace import Workspace, open_workspace


def _three_opgaven(ws: Workspace) -> list[str]:
    return [opgaven.add_opgave(ws, t).created or "" for t in ("Groen", "Verkeer", "Wonen")]


def test_competition_ranks_share_a_rank_and_skip() -> None:
    assert competition_ranks({"a": 5, "b": 9, "c": 5, "d": 0}) == {"a": 2, "b": 1, "c": 2, "d": 4}


def test_votes_per_table_rank_with_ties_and_spread(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    meeting = meetings.add_meeting(workspace, "Plenair")
    t1 = meetings.add_table(workspace, meeting.id, "Tafel 1")
    t2 = meetings.add_table(workspace, meeting.id, "Tafel 2")
    groen, verkeer, wonen = _three_opgaven(workspace)
    rnd = votes.add_round(workspace, "april", held_on=dt.date(2027, 4, 3))
    votes.set_votes(workspace, rnd.id, groen, 4, table_id=t1.id)
    votes.set_votes(workspace, rnd.id, groen, 2, table_id=t2.id)
    assert votes.set_votes(workspace, rnd.id, wonen, 6, table_id=t2.id) == 0
    assert votes.set_votes(workspace, rnd.id, verkeer, 1, table_id=t1.id) == 0
    assert votes.set_votes(workspace, rnd.id, verkeer, 3, table_id=t1.id) == 1  # changed
    workspace.close()
    ws = reopen()
    ranking = votes.ranking(ws, rnd.id)
    assert [(r.title, r.total, r.rank) for r in ranking] == [
        ("Groen", 6, 1),
        ("Wonen", 6, 1),
        ("Verkeer", 3, 3),
    ]
    assert ranking[1].by_table == {t2.id: 6}  # one table's favourite is visible as such
    assert ranking[0].by_table == {t1.id: 4, t2.id: 2}


def test_votes_per_role_and_bad_counts(workspace: Workspace) -> None:
    groen, verkeer, _ = _three_opgaven(workspace)
    rnd = votes.add_round(workspace, "januari", counted_per=CountedPer.ROLE)
    votes.set_votes(workspace, rnd.id, groen, 5, role="resident")
    votes.set_votes(workspace, rnd.id, verkeer, 2, role="professional")
    assert votes.ranking(workspace, rnd.id)[0].by_role == {"resident": 5}
    with pytest.raises(ValidationError):
        votes.set_votes(workspace, rnd.id, groen, -1, role="resident")
    with pytest.raises(ValidationError):
        votes.set_votes(workspace, rnd.id, groen, 1, role="mayor")
    with pytest.raises(ValidationError):
        votes.add_round(workspace, "  ")
    assert votes.vote_grid(workspace, rnd.id) == {
        (groen, "resident"): 5,
        (verkeer, "professional"): 2,
    }


def test_priority_from_ranking_and_undo(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    groen, verkeer, wonen = _three_opgaven(workspace)
    opgaven.update_opgave(workspace, wonen, opgaven.OpgavePatch(priority=1))
    rnd = votes.add_round(workspace, "april", counted_per=CountedPer.ROLE)
    votes.set_votes(workspace, rnd.id, groen, 7, role="resident")
    votes.set_votes(workspace, rnd.id, verkeer, 2, role="resident")
    change = votes.priorities_from_ranking(workspace, rnd.id)
    assert change.before == {groen: 0, verkeer: 0, wonen: 1}
    assert change.after == {groen: 3, verkeer: 2, wonen: 0}  # no votes: no priority
    workspace.close()
    ws = reopen()
    assert {o.id: o.priority for o in opgaven.list_opgaven(ws)} == change.after
    votes.restore_priorities(ws, change.before)
    assert {o.id: o.priority for o in opgaven.list_opgaven(ws)} == change.before


def test_plan_edits_with_undo_and_status_history(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    groen, *_ = _three_opgaven(workspace)
    old = plan.update_plan(workspace, groen, PlanPatch(goal="Meer\r\ngroen", years="2027–2030"))
    assert old == PlanPatch(goal="", years="")
    ind = plan.add_indicator(workspace, groen, "Bomen", unit="stuks", baseline=100, target=150)
    plan.add_measurement(workspace, ind.id, dt.date(2027, 6, 1), 110, source="Wijkschouw")
    undo_ind = plan.update_indicator(workspace, ind.id, IndicatorPatch(target=175))
    assert undo_ind == IndicatorPatch(target=150)
    act = plan.add_action(workspace, groen, "Bomen planten", owner="Gemeente, team Groen")
    done = plan.set_action_status(workspace, act.id, ActionStatus.RUNNING, dt.date(2027, 5, 1))
    plan.add_expert(workspace, groen, "IVN", role="natuureducatie", contact_name="J. de Vries")
    with pytest.raises(ValidationError):
        plan.add_action(
            workspace,
            groen,
            "Terug in de tijd",
            starts_on=dt.date(2027, 2, 1),
            ends_on=dt.date(2027, 1, 1),
        )
    with pytest.raises(ValidationError):
        plan.add_indicator(workspace, groen, "Kapot", target=float("nan"))
    workspace.close()
    ws = reopen()
    view = plan.get_plan(ws, groen)
    assert view.goal == "Meer\ngroen" and view.years == "2027–2030"
    assert [(i.name, i.target, [m.value for m in i.measurements]) for i in view.indicators] == [
        ("Bomen", 175.0, [110.0])
    ]
    [action] = view.actions
    assert action.status is ActionStatus.RUNNING
    assert [(c.changed_on, c.status) for c in action.history] == [
        (dt.date(2027, 5, 1), ActionStatus.RUNNING)
    ]
    assert view.experts[0].contact_name == "J. de Vries"
    plan.undo_status_change(ws, done)
    action = plan.get_plan(ws, groen).actions[0]
    assert action.status is ActionStatus.PLANNED and action.history == ()
    plan.redo_status_change(ws, done)
    assert plan.get_plan(ws, groen).actions[0].status is ActionStatus.RUNNING
    plan.update_plan(ws, groen, old)
    plan.update_indicator(ws, ind.id, undo_ind)
    plan.delete_item(ws, PlanItem.ACTION, act.id)
    view = plan.get_plan(ws, groen)
    assert view.goal == "" and view.indicators[0].target == 150 and view.actions == ()
    plan.restore_item(ws, PlanItem.ACTION, act.id)
    assert len(plan.get_plan(ws, groen).actions) == 1
    with pytest.raises(GoneError):
        plan.add_measurement(ws, "no-such-id", dt.date(2027, 1, 1), 1)


def _plan_part(path: Path) -> tuple[object, object]:
    ws = open_workspace(path, device_id=DEVICE)
    try:
        info = project_info(ws)
    finally:
        ws.close()
    return info["vote_rounds"], info["plans"]


def test_demo_fills_votes_and_plans_deterministically_and_info_reports_them(
    tmp_path: Path,
) -> None:
    create_demo(tmp_path / "a.dialoog", opgaven=4)
    create_demo(tmp_path / "b.dialoog", opgaven=4)
    rounds, plans = _plan_part(tmp_path / "a.dialoog")
    assert (rounds, plans) == _plan_part(tmp_path / "b.dialoog")
    assert isinstance(rounds, list) and isinstance(plans, list)
    assert [r["name"] for r in rounds] == ["april", "januari", "plenair, op naamkaartjes"]
    assert [r["counted_per"] for r in rounds] == ["table", "role", "number"]
    # Twelve numbered participants with three dots each; the role of eleven is known.
    numbered = rounds[2]
    assert [r["participants"] for r in rounds] == [0, 0, 12]
    assert sum(line["total"] for line in numbered["ranking"]) == 36
    assert sum(sum(line["by_role"].values()) for line in numbered["ranking"]) == 33
    assert len(rounds[0]["ranking"]) == 4 and len(plans) == 4
    ranks = [line["rank"] for line in rounds[0]["ranking"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    first = plans[0]
    assert [a["status"] for a in first["actions"]] == ["done", "running", "planned"]
    assert [a["status_changes"] for a in first["actions"]] == [2, 1, 0]
    assert len(first["indicators"][0]["measurements"]) == 2 and first["experts"] == 2
    schema = ProjectInfo.model_json_schema()
    assert {"vote_rounds", "plans"} <= set(schema["properties"])
    assert {"PlanInfo", "VoteRoundInfo", "ActionInfo"} <= set(schema["$defs"])


def test_the_screens_read_the_plans_that_dialoog_info_reports(tmp_path: Path) -> None:
    """The Plan screen's reading (plan_overview, SQL through Workspace.read) and dialoog
    info's (plan_info, SQL) agree on every plan of the demo, a deleted action, indicator
    and expert left out of both; the documents' ``plans_of`` reads the same views."""
    from dialoog_app.services.plan_info import plan_infos
    from dialoog_app.services.plan_overview import plan_overview

    create_demo(tmp_path / "demo.dialoog", opgaven=4)
    ws = open_workspace(tmp_path / "demo.dialoog", device_id=DEVICE)
    try:
        first = plan_overview(ws)[0].plan
        plan.delete_item(ws, PlanItem.ACTION, first.actions[0].id)
        plan.delete_item(ws, PlanItem.INDICATOR, first.indicators[-1].id)
        plan.delete_item(ws, PlanItem.EXPERT, first.experts[0].id)
        shown = [o for o in plan_overview(ws) if o.plan.goal or o.plan.actions]
        with ws.read() as db:
            reported = {info["opgave"]: info for info in plan_infos(db)}
        with ws.unit_of_work() as uow:
            documents = plan.plans_of(uow.session, [o.id for o in shown])
    finally:
        ws.close()
    assert len(shown) == len(reported) == 4
    for opgave in shown:
        view, info = opgave.plan, reported[opgave.title]
        assert documents[opgave.id] == view
        assert (view.goal, view.years, view.budget_line) == (
            info["goal"],
            info["years"],
            info["budget_line"],
        )
        assert [(a.what, a.owner, a.status.value, a.starts_on, a.ends_on, len(a.history))
                for a in view.actions] == [
            (a["what"], a["owner"], a["status"], a["starts_on"], a["ends_on"],
             a["status_changes"])
            for a in info["actions"]
        ]  # fmt: skip
        assert [(i.name, i.unit, i.baseline, i.target, i.target_date,
                 [(m.measured_on, m.value, m.source) for m in i.measurements])
                for i in view.indicators] == [
            (i["name"], i["unit"], i["baseline"], i["target"], i["target_date"],
             [(m["measured_on"], m["value"], m["source"]) for m in i["measurements"]])
            for i in info["indicators"]
        ]  # fmt: skip
        assert len(view.experts) == info["experts"]
    assert first.actions[0].id not in {a.id for a in shown[0].plan.actions}
    assert any(len(a.history) > 1 for o in shown for a in o.plan.actions)
    assert all(a.created_at is not None for o in shown for a in o.plan.actions)
