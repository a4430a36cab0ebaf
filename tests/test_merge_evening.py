"""The simulated evening: four table laptops merged back, in every order, and again."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest

from conftest import sha256
from dialoog_app.exchange.dump import canonical_dump
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import notes
from dialoog_app.services.notes import NotePatch
from dialoog_app.services.workspace import open_workspace
from merge_helpers import LAPTOPS, LEAD, Evening, fresh_target, prepared_evening, run_the_evening


@pytest.fixture(scope="module")
def evening(tmp_path_factory: pytest.TempPathFactory) -> Evening:
    folder = tmp_path_factory.mktemp("evening")
    evening = prepared_evening(folder)
    run_the_evening(evening)
    return evening


def _rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def test_every_order_of_four_laptops_gives_the_same_project(
    evening: Evening, tmp_path: Path
) -> None:
    before = [sha256(p) for p in evening.laptops]
    dumps = set()
    for n, order in enumerate(itertools.permutations(evening.laptops)):
        target = fresh_target(evening, tmp_path / str(n), "doel")
        for source in order:  # one merge per laptop, so the order really varies
            merge_files(target, [source])
        dumps.add(canonical_dump(target))
    assert len(dumps) == 1
    assert [sha256(p) for p in evening.laptops] == before, "a source must never change"
    merged = json.loads(dumps.pop())
    texts = {n["text"] for n in merged["note"] if n["deleted_at"] is None}
    assert {f"Tafel {t} zegt 0" for t in range(1, 5)} <= texts
    assert {f"Tafel {t} verbeterd" for t in range(1, 5)} <= texts
    assert not {f"Tafel {t} zegt 2" for t in range(1, 5)} & texts, "deletes travel"
    assert "Half getypt, nooit opgeslagen" in {n["text"] for n in merged["note"] if n["concept"]}
    assert [o["title"] for o in merged["opgave"]] == ["Eenzaamheid onder ouderen"]
    assert len(merged["clock_event"]) == 1


def test_conflicting_edits_keep_both_texts(evening: Evening, tmp_path: Path) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    merge_files(target, evening.laptops)
    shared = evening.shared_notes[0]
    [(current,)] = _rows(target, "SELECT text FROM note WHERE id = ?", shared)
    conflicts = _rows(
        target, "SELECT kind, other_text FROM merge_conflict WHERE row_id = ?", shared
    )
    assert len(conflicts) == 1
    kind, other = conflicts[0]
    assert kind == "text"
    assert {current, other} == {"Versie van tafel 1", "Versie van tafel 2"}


def test_delete_against_edit_is_a_conflict_and_the_edit_survives(
    evening: Evening, tmp_path: Path
) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    merge_files(target, evening.laptops)
    shared = evening.shared_notes[1]
    assert _rows(target, "SELECT text, deleted_at FROM note WHERE id = ?", shared) == [
        ("Aangevuld aan tafel 4", None)
    ]
    assert _rows(target, "SELECT kind FROM merge_conflict WHERE row_id = ?", shared) == [
        ("deleted",)
    ]


def test_merging_again_changes_nothing(evening: Evening, tmp_path: Path) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    merge_files(target, evening.laptops)
    once = canonical_dump(target)
    again = merge_files(target, list(reversed(evening.laptops)))
    assert canonical_dump(target) == once
    for summary in again:
        total = summary.total
        assert (total.new, total.updated, total.conflicts) == (0, 0, 0)
        assert total.unchanged > 0


def test_a_laptop_merged_then_edited_brings_only_its_new_changes(
    evening: Evening, tmp_path: Path
) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    laptop = tmp_path / "laptop.dialoog"
    laptop.write_bytes(evening.laptops[0].read_bytes())
    merge_files(target, [laptop, *evening.laptops[1:]])
    ws = open_workspace(laptop, device_id=LAPTOPS[0])
    [mine, *_] = notes.list_notes(ws, evening.table_ids[0])
    added = notes.add_note(ws, evening.table_ids[0], "Later nog gezegd", at=mine.noted_at)
    notes.update_note(
        ws,
        [n for n in notes.list_notes(ws, evening.table_ids[0]) if n.text == "Tafel 1 zegt 3"][0].id,
        NotePatch(starred=True),
    )
    ws.close()
    [summary] = merge_files(target, [laptop])
    assert summary.tables["note"].new == 1
    assert summary.tables["note"].updated == 1
    assert summary.total.conflicts == 0
    assert added is not None
    assert _rows(target, "SELECT text FROM note WHERE id = ?", added.id) == [("Later nog gezegd",)]


def test_notes_keep_the_laptop_they_were_written_on(evening: Evening, tmp_path: Path) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    merge_files(target, evening.laptops)
    origin = dict(_rows(target, "SELECT text, coalesce(origin_device, device_id) FROM note"))
    assert origin["Tafel 3 zegt 0"] == LAPTOPS[2]
    assert origin["Tafel 4 verbeterd"] == LAPTOPS[3]
    # Typed by the lead before the evening, edited at tables 1, 2 and 4: still the lead's.
    for shared in evening.shared_notes[:2]:
        [(first,)] = _rows(target, "SELECT origin_device FROM note WHERE id = ?", shared)
        assert first == LEAD
