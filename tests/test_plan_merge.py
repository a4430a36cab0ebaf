"""A plan worked on by two advisors merges like notes: both orders give the same project,
merging again changes nothing, and the same plan part or vote cell made on both copies
is one row decided by the merge rule (not two rows that break the one transaction)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dialoog_app.domain.plan import ActionStatus
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import meetings, opgaven, plan, votes
from dialoog_app.services.plan import ActionPatch, PlanPatch
from dialoog_app.services.workspace import new_workspace, open_workspace
from merge_helpers import live_rows, merged_either_way

LEAD = "00000000-0000-4000-8000-0000000000a0"
ANNA = "00000000-0000-4000-8000-0000000000a1"
BRAM = "00000000-0000-4000-8000-0000000000a2"


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | str]:
    folder = tmp_path_factory.mktemp("plan-merge")
    project = folder / "Plan.dialoog"
    ws = new_workspace(project, "Plan", device_id=LEAD)
    table = meetings.add_table(ws, meetings.add_meeting(ws, "Plenair").id, "Tafel 1").id
    opgave = opgaven.add_opgave(ws, "Eenzaamheid").created or ""
    rnd = votes.add_round(ws, "april").id
    shared = plan.add_action(ws, opgave, "Buurtkamer openen", owner="Welzijn")
    ws.close()
    anna, bram = folder / "anna.dialoog", folder / "bram.dialoog"
    shutil.copyfile(project, anna)
    shutil.copyfile(project, bram)

    ws = open_workspace(anna, device_id=ANNA)  # Anna first, so Bram's same-row edits are newer
    plan.update_plan(ws, opgave, PlanPatch(goal="Minder eenzaamheid", years="2027"))
    indicator = plan.add_indicator(ws, opgave, "Eenzame ouderen", unit="%", baseline=30)
    plan.add_measurement(ws, indicator.id, dt.date(2027, 6, 1), 28, source="Monitor")
    plan.add_action(ws, opgave, "Huisbezoeken", owner="Wijkteam")
    plan.update_action(ws, shared.id, ActionPatch(owner="Gemeente"))
    plan.set_action_status(ws, shared.id, ActionStatus.RUNNING, dt.date(2027, 5, 1))
    plan.add_expert(ws, opgave, "GGD", role="Onderzoek")
    votes.set_votes(ws, rnd, opgave, 3, table_id=table)
    ws.close()

    ws = open_workspace(bram, device_id=BRAM)
    plan.update_plan(ws, opgave, PlanPatch(goal="Iedereen een netwerk", budget_line="6.1"))
    plan.add_indicator(ws, opgave, "Bezoekers buurtkamer", target=200)
    plan.update_action(ws, shared.id, ActionPatch(owner="Stichting Welzijn"))
    plan.set_action_status(ws, shared.id, ActionStatus.DONE, dt.date(2027, 9, 1))
    votes.set_votes(ws, rnd, opgave, 5, table_id=table)
    ws.close()
    return {"anna": anna, "bram": bram, "opgave": opgave, "action": shared.id}


def _merged(into: Path, source: Path, folder: Path) -> Path:
    target = folder / f"into-{into.stem}.dialoog"
    shutil.copyfile(into, target)
    merge_files(target, [source])
    return target


def test_both_orders_give_the_same_plan_and_merging_again_changes_nothing(
    copies: dict[str, Path | str], tmp_path: Path
) -> None:
    anna, bram = Path(copies["anna"]), Path(copies["bram"])
    one = _merged(anna, bram, tmp_path)
    other = _merged(bram, anna, tmp_path)
    dump = merged_either_way(one, other, again=[bram, anna])
    live = live_rows(dump)
    # One plan part per opgave: the same row on both copies, the newer write (Bram's) wins.
    assert [(p["goal"], p["budget_line"]) for p in live["opgave_plan"]] == [
        ("Iedereen een netwerk", "6.1")
    ]
    # One vote cell, not two counted together.
    assert [v["count"] for v in live["vote"]] == [5]
    # Rows added on either copy are all kept.
    assert {i["name"] for i in live["indicator"]} == {"Eenzame ouderen", "Bezoekers buurtkamer"}
    assert {a["what"] for a in live["plan_action"]} == {"Buurtkamer openen", "Huisbezoeken"}
    assert len(live["measurement"]) == 1 and len(live["expert"]) == 1
    assert sorted(c["status"] for c in live["action_status_change"]) == ["done", "running"]
    # The same action edited on both: the newer edit wins, as for a note.
    shared = next(a for a in live["plan_action"] if a["id"] == copies["action"])
    assert (shared["owner"], shared["status"]) == ("Stichting Welzijn", "done")


def test_the_merged_plan_reads_back_in_the_app(
    copies: dict[str, Path | str], tmp_path: Path
) -> None:
    target = _merged(Path(copies["anna"]), Path(copies["bram"]), tmp_path)
    ws = open_workspace(target, device_id=LEAD)
    try:
        view = plan.get_plan(ws, str(copies["opgave"]))
        assert view.goal == "Iedereen een netwerk"
        assert len(view.indicators) == 2 and len(view.actions) == 2
        rnd = votes.list_rounds(ws)[0]
        assert [r.total for r in votes.ranking(ws, rnd.id)] == [5]
        # Editing the merged plan again writes the one row (no second plan part appears).
        plan.update_plan(ws, str(copies["opgave"]), PlanPatch(effect="Meer contact"))
        assert plan.get_plan(ws, str(copies["opgave"])).effect == "Meer contact"
    finally:
        ws.close()
