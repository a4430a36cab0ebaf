"""Schema 0002: version vectors kept by triggers, also in a file upgraded from 0001."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from conftest import DEVICE
from dialoog_app import paths
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import meetings, notes
from dialoog_app.services.notes import NotePatch
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.store import migrate
from dialoog_app.store.engine import create_throwaway_engine

T0 = dt.datetime(2026, 11, 24, 19, 0, tzinfo=dt.UTC)
OTHER = "00000000-0000-4000-8000-0000000000b2"


def _versions(path: Path, note_id: str) -> dict[str, int] | None:
    db = sqlite3.connect(path)
    try:
        raw = db.execute("SELECT versions FROM note WHERE id = ?", (note_id,)).fetchone()[0]
        return None if raw is None else json.loads(raw)
    finally:
        db.close()


def test_a_write_counts_for_the_device_that_made_it(project_path: Path) -> None:
    ws = new_workspace(project_path, device_id=DEVICE)
    table = meetings.add_table(ws, meetings.add_meeting(ws, "Avond").id, "Tafel 1").id
    note = notes.add_note(ws, table, "Eerste versie", at=T0)
    assert note is not None
    ws.close()
    assert _versions(project_path, note.id) is None, "a new row costs no extra write"
    ws = open_workspace(project_path, device_id=OTHER)
    notes.update_note(ws, note.id, NotePatch(text="Tweede versie"))
    notes.update_note(ws, note.id, NotePatch(starred=True))
    notes.delete_note(ws, note.id)
    ws.close()
    assert _versions(project_path, note.id) == {DEVICE: 1, OTHER: 3}


def _file_at_0001(tmp_path: Path) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    for later in scripts.joinpath("versions").glob("*.py"):
        if not later.name.startswith("0001"):
            later.unlink()
    old = tmp_path / "Oud.dialoog"
    engine = create_throwaway_engine(old)
    migrate.upgrade(engine, scripts)
    engine.dispose()
    db = sqlite3.connect(old, isolation_level=None)
    db.execute("PRAGMA application_id = 1145654343")
    stamp = "2026-11-24 19:00:00.000000"
    db.execute(
        "INSERT INTO project VALUES ('Oud', '', 'p1', ?, ?, ?, NULL)", (stamp, stamp, DEVICE)
    )
    db.execute(
        "INSERT INTO meeting VALUES ('p1', 'Avond', NULL, NULL, '', 0, 'm1', ?, ?, ?, NULL)",
        (stamp, stamp, DEVICE),
    )
    db.execute(
        "INSERT INTO dialogue_table VALUES ('m1', 'Tafel', '', 0, 0, 0, 0, 0, 't1', ?, ?, ?, NULL)",
        (stamp, stamp, DEVICE),
    )
    db.execute(
        "INSERT INTO note VALUES ('t1', NULL, 'Oude notitie', 'statement', 'resident', '', 0, "
        "?, 'n1', ?, ?, ?, NULL)",
        (stamp, stamp, stamp, DEVICE),
    )
    db.close()
    return old


def test_a_file_from_0001_is_upgraded_with_versions_and_triggers(tmp_path: Path) -> None:
    old = _file_at_0001(tmp_path)
    ws = open_workspace(old, device_id=OTHER)  # backs up and upgrades to head
    notes.update_note(ws, "n1", NotePatch(text="Na de upgrade bewerkt"))
    [note] = notes.list_notes(ws, "t1")
    ws.close()
    assert note.text == "Na de upgrade bewerkt"
    assert _versions(old, "n1") == {DEVICE: 1, OTHER: 1}
    db = sqlite3.connect(old)
    assert db.execute("SELECT concept, origin_device FROM note").fetchall() == [(0, None)]
    assert db.execute("SELECT count(*) FROM merge_log").fetchone()[0] == 0
    db.close()


def test_a_laptop_file_from_before_0002_merges_too(tmp_path: Path) -> None:
    laptop = _file_at_0001(tmp_path)
    target = tmp_path / "Bureau.dialoog"
    shutil.copyfile(laptop, target)
    open_workspace(target, device_id=DEVICE).close()  # the desk's Dialoog upgrades its copy
    db = sqlite3.connect(laptop, isolation_level=None)  # the laptop's older Dialoog writes
    later = "2026-11-24 20:00:00.000000"
    db.execute(
        "UPDATE note SET text = 'Aan tafel aangevuld', updated_at = ?, device_id = ?",
        (later, OTHER),
    )
    db.execute(
        "INSERT INTO note VALUES ('t1', NULL, 'Nieuw aan tafel', 'statement', 'resident', '', 0, "
        "?, 'n2', ?, ?, ?, NULL)",
        (later, later, later, OTHER),
    )
    db.close()
    [summary] = merge_files(target, [laptop])
    # Without vectors the common version is unknown: the newer text wins, the other is kept.
    assert (summary.tables["note"].new, summary.tables["note"].conflicts) == (1, 1)
    db = sqlite3.connect(target)
    assert db.execute("SELECT other_text FROM merge_conflict").fetchall() == [("Oude notitie",)]
    assert db.execute("SELECT id, text FROM note ORDER BY id").fetchall() == [
        ("n1", "Aan tafel aangevuld"),
        ("n2", "Nieuw aan tafel"),
    ]
    db.close()
