"""Plan parts and vote cells started on two copies under different ids (files from before
the derived ids): the merge folds them into one row, the same in both orders, with the
losing goal kept as a conflict the user resolves; merging again changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from dialoog_app.domain.plan import CountedPer
from dialoog_app.exchange import merge_fold
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import merging, opgaven, plan, votes
from dialoog_app.services.merging import Resolution
from dialoog_app.services.plan import PlanPatch
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.ui.context import UiContext
from dialoog_app.ui.event_bus import EventBus
from dialoog_app.ui.merge.conflict_list import ConflictList
from merge_helpers import live_rows, merged_either_way

LEAD = "00000000-0000-4000-8000-0000000000b0"
ANNA = "00000000-0000-4000-8000-0000000000b1"
BRAM = "00000000-0000-4000-8000-0000000000b2"


def _random_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write as a Dialoog from before the derived ids did: a fresh uuid4 per new row."""
    monkeypatch.setattr(plan, "plan_part_id", lambda _opgave: str(uuid.uuid4()))
    monkeypatch.setattr(votes, "vote_id", lambda *_cell: str(uuid.uuid4()))


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path | str]:
    project = tmp_path / "Plan.dialoog"
    ws = new_workspace(project, "Plan", device_id=LEAD)
    opgave = opgaven.add_opgave(ws, "Eenzaamheid").created or ""
    other = opgaven.add_opgave(ws, "Groen").created or ""
    rnd = votes.add_round(ws, "plenair", counted_per=CountedPer.PARTICIPANT, participants=4).id
    ws.close()
    anna, bram = tmp_path / "anna.dialoog", tmp_path / "bram.dialoog"
    shutil.copyfile(project, anna)
    shutil.copyfile(project, bram)
    _random_ids(monkeypatch)

    ws = open_workspace(anna, device_id=ANNA)  # Anna first: Bram's writes are newer
    plan.update_plan(ws, opgave, PlanPatch(goal="Minder eenzaamheid", years="2027–2030"))
    plan.update_plan(ws, other, PlanPatch(goal="Meer groen"))
    votes.set_votes(ws, rnd, opgave, 3, participant=1)
    votes.set_votes(ws, rnd, other, 1, participant=2)
    ws.close()

    ws = open_workspace(bram, device_id=BRAM)
    plan.update_plan(ws, opgave, PlanPatch(goal="Iedereen een netwerk", budget_line="6.1"))
    plan.update_plan(ws, other, PlanPatch(goal="Meer groen", effect="Koelere straten"))
    votes.set_votes(ws, rnd, opgave, 2, participant=1)  # the same card, counted again
    votes.set_votes(ws, rnd, opgave, 4, participant=3)
    ws.close()
    return {"anna": anna, "bram": bram, "opgave": opgave, "other": other, "round": rnd}


def _merged(into: Path, source: Path, name: str) -> Path:
    target = into.with_name(f"{name}.dialoog")
    shutil.copyfile(into, target)
    merge_files(target, [source])
    return target


def test_two_plan_parts_of_one_opgave_fold_into_one_in_both_orders(
    copies: dict[str, Path | str],
) -> None:
    anna, bram = Path(copies["anna"]), Path(copies["bram"])
    one = _merged(anna, bram, "anna-then-bram")  # no IntegrityError on the unique index
    other = _merged(bram, anna, "bram-then-anna")
    dump = merged_either_way(one, other, again=[bram, anna])
    live = live_rows(dump)
    parts = {p["opgave_id"]: p for p in live["opgave_plan"]}
    assert len(live["opgave_plan"]) == 2 and len(dump["opgave_plan"]) == 4
    # Newest non-empty value per field: Bram's goal and budget line, Anna's years.
    mine = parts[copies["opgave"]]
    assert (mine["goal"], mine["years"], mine["budget_line"]) == (
        "Iedereen een netwerk",
        "2027–2030",
        "6.1",
    )
    assert parts[copies["other"]]["effect"] == "Koelere straten"
    # The goal that lost is a conflict; an equal goal is none.
    [conflict] = dump["merge_conflict"]
    assert (conflict["table_name"], conflict["row_id"], conflict["other_text"]) == (
        "opgave_plan",
        mine["id"],
        "Minder eenzaamheid",
    )
    # One vote cell per card and opgave: the newer count, not the two summed.
    cells = sorted((v["participant"], v["count"]) for v in live["vote"])
    assert cells == [(1, 2), (2, 1), (3, 4)]


def test_the_folded_plan_reads_back_and_its_conflict_is_resolved_in_the_app(
    copies: dict[str, Path | str],
) -> None:
    target = _merged(Path(copies["anna"]), Path(copies["bram"]), "merged")
    ws = open_workspace(target, device_id=LEAD)
    try:
        opgave = str(copies["opgave"])
        assert plan.get_plan(ws, opgave).goal == "Iedereen een netwerk"
        [line] = [r for r in votes.ranking(ws, str(copies["round"])) if r.opgave_id == opgave]
        assert line.total == 6 and line.voters == 2
        [conflict] = merging.open_conflicts(ws)
        assert (conflict.current_text, conflict.other_text) == (
            "Iedereen een netwerk",
            "Minder eenzaamheid",
        )
        assert conflict.where == "Eenzaamheid"
        merging.resolve_conflict(ws, conflict.id, Resolution.KEEP_OTHER)
        assert plan.get_plan(ws, opgave).goal == "Minder eenzaamheid"
        assert merging.open_conflicts(ws) == []
        # Editing the folded plan writes the one live row.
        plan.update_plan(ws, opgave, PlanPatch(effect="Meer contact"))
        assert plan.get_plan(ws, opgave).effect == "Meer contact"
    finally:
        ws.close()


def test_two_copies_that_both_counted_per_participant_merge_alike_in_both_orders(
    tmp_path: Path,
) -> None:
    project = tmp_path / "Stemmen.dialoog"
    ws = new_workspace(project, "Stemmen", device_id=LEAD)
    ids = [opgaven.add_opgave(ws, t).created or "" for t in ("Groen", "Wonen")]
    rnd = votes.add_round(ws, "plenair", counted_per=CountedPer.PARTICIPANT, participants=6).id
    ws.close()
    anna, bram = tmp_path / "anna.dialoog", tmp_path / "bram.dialoog"
    shutil.copyfile(project, anna)
    shutil.copyfile(project, bram)
    ws = open_workspace(anna, device_id=ANNA)  # cards 1–3, and a slip on card 4
    for number, count in ((1, 2), (2, 1), (3, 3), (4, 9)):
        votes.set_votes(ws, rnd, ids[0], count, participant=number)
    votes.set_participant_role(ws, rnd, 1, "resident")
    votes.set_participants(ws, rnd, 8)
    ws.close()
    ws = open_workspace(bram, device_id=BRAM)  # cards 4–6, card 4 read again, later
    for number, count in ((4, 1), (5, 2), (6, 3)):
        votes.set_votes(ws, rnd, ids[1], count, participant=number)
    votes.set_votes(ws, rnd, ids[0], 1, participant=4)
    votes.set_participant_role(ws, rnd, 5, "professional")
    ws.close()

    one = _merged(anna, bram, "anna-then-bram")
    merged_either_way(one, _merged(bram, anna, "bram-then-anna"), again=[anna, bram])
    ws = open_workspace(one, device_id=LEAD)
    try:
        grid = votes.vote_grid(ws, rnd)
        assert grid[(ids[0], "4")] == 1, "the same cell on both: the newer count, one row"
        lines = {line.title: line for line in votes.ranking(ws, rnd)}
        assert (lines["Groen"].total, lines["Groen"].by_role) == (7, {"resident": 2})
        assert (lines["Wonen"].total, lines["Wonen"].by_role) == (6, {"professional": 2})
        assert votes.list_rounds(ws)[0].participants == 8
    finally:
        ws.close()


def test_a_laptop_file_from_schema_0004_merges_its_votes(tmp_path: Path) -> None:
    """A laptop still on 0004 (no participant numbers) merges into a 0005 project."""
    project = tmp_path / "Bureau.dialoog"
    ws = new_workspace(project, "Bureau", device_id=LEAD)
    opgave = opgaven.add_opgave(ws, "Groen").created or ""
    rnd = votes.add_round(ws, "april", counted_per=CountedPer.ROLE).id
    ws.close()
    laptop = tmp_path / "laptop.dialoog"
    shutil.copyfile(project, laptop)
    ws = open_workspace(laptop, device_id=ANNA)
    votes.set_votes(ws, rnd, opgave, 4, role="resident")
    ws.close()
    db = sqlite3.connect(laptop, isolation_level=None)  # as the older Dialoog left it
    db.execute("DROP TABLE vote_participant")
    db.execute("ALTER TABLE vote DROP COLUMN participant")
    db.execute("ALTER TABLE vote_round DROP COLUMN participants")
    db.execute("UPDATE alembic_version SET version_num = '0004'")
    db.execute("PRAGMA user_version = 4")
    db.close()
    [summary] = merge_files(project, [laptop])
    assert summary.tables["vote"].new == 1 and summary.tables["vote_participant"].new == 0
    ws = open_workspace(project, device_id=LEAD)
    try:
        [line] = votes.ranking(ws, rnd)
        assert (line.total, line.by_role) == (4, {"resident": 4})
        assert votes.list_rounds(ws)[0].participants == 0
    finally:
        ws.close()


def test_the_conflict_list_names_the_goal_and_edits_it(
    qtbot: QtBot, copies: dict[str, Path | str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _merged(Path(copies["anna"]), Path(copies["bram"]), "merged")
    ws = open_workspace(target, device_id=LEAD)
    bus = EventBus()
    conflicts = ConflictList(UiContext(ws, bus, QUndoStack()))
    qtbot.addWidget(conflicts)
    conflicts.show()
    try:
        assert conflicts.list.item(0).text().startswith("Doel van opgave Eenzaamheid: ")
        assert conflicts.current.toPlainText() == "Iedereen een netwerk"
        assert conflicts.other.toPlainText() == "Minder eenzaamheid"
        assert conflicts.edit.isEnabled() and not conflicts.keep_both.isEnabled()
        asked: list[str] = []

        def answer(_parent: object, title: str, *_args: object) -> tuple[str, bool]:
            asked.append(title)
            return ("Niemand alleen", True)

        monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
        qtbot.mouseClick(conflicts.edit, Qt.MouseButton.LeftButton)
        assert asked == ["Doel bewerken"]
        assert conflicts.list.count() == 0
        assert plan.get_plan(ws, str(copies["opgave"])).goal == "Niemand alleen"
    finally:
        conflicts.close()
        ws.close()


def test_rows_pointing_to_a_folded_row_follow_the_survivor() -> None:
    """No table points to a plan part yet; the fold re-points any that will."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE TABLE opgave_plan (id TEXT PRIMARY KEY)")
    db.execute(
        "CREATE TABLE plan_note (id TEXT PRIMARY KEY, plan_id TEXT REFERENCES opgave_plan(id))"
    )
    db.executemany("INSERT INTO opgave_plan VALUES (?)", [("a",), ("b",)])
    db.executemany("INSERT INTO plan_note VALUES (?, ?)", [("n1", "a"), ("n2", "b")])
    merge_fold.repoint_children(db, "opgave_plan", ["b"], "a")
    assert db.execute("SELECT plan_id FROM plan_note ORDER BY id").fetchall() == [("a",), ("a",)]


def test_the_merge_summary_counts_a_folded_plan_conflict(
    qtbot: QtBot, copies: dict[str, Path | str]
) -> None:
    """The summary the user reads first says there is a conflict in the plan, not only
    the Conflicten tab (the CLI prints the same lines)."""
    from dialoog_app.ui.main_window import MainWindow
    from dialoog_app.ui.merge.merge_dialog import MergeDialog

    window = MainWindow(open_workspace(Path(copies["anna"]), device_id=ANNA))
    qtbot.addWidget(window)
    dialog = window.merge_actions.show_merge()
    assert isinstance(dialog, MergeDialog)
    dialog.add_files([Path(copies["bram"])])
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    [summary] = dialog.summaries
    assert summary.plan.conflicts == 1 and summary.total.conflicts == 1
    lines = dialog.result_view.toPlainText().splitlines()
    [plan_line] = [line for line in lines if line.strip().startswith("prioriteren en plan:")]
    assert plan_line.endswith(", 1 in conflict")
    assert "notities: 0 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 in conflict" in lines[1]
    assert dialog.tabs.tabText(1) == "Conflicten (1)" and dialog.tabs.currentIndex() == 1
    window.close()
