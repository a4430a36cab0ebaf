"""Another project's file added as separate meetings: copied, not merged; again = nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import sha256
from dialoog_app.exchange.merge_errors import OtherProjectError, SameProjectError
from dialoog_app.services import merging, project_settings
from dialoog_app.services.workspace import open_workspace
from dialoog_app.store.backup import folder_for, project_id_of
from merge_helpers import LEAD, OTHER_DEVICE, fresh_target, other_project, prepared_evening

TABLES = ("meeting", "dialogue_table", "agenda_item", "clock_event", "note", "survey_answer")


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        found = {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    db.close()
    return found


def test_other_projects_meetings_come_over_with_new_ids_and_only_once(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    source = other_project(tmp_path / "ander")
    source_hash = sha256(source)
    source_ids = {r[0] for rows in _rows(source).values() for r in rows}

    ws = open_workspace(target, device_id=LEAD)
    with pytest.raises(OtherProjectError):  # a merge still refuses it
        merging.merge_laptops(ws, [source])
    result = merging.import_as_meetings(ws, source)
    assert result.meetings == ["Wijkavond 12 maart"]  # the deleted meeting stays behind
    assert result.new == {
        "meeting": 1,
        "dialogue_table": 2,
        "agenda_item": 1,
        "clock_event": 1,
        "note": 2,
        "survey_answer": 1,
    }
    assert (result.opgaven_left_out, result.placements_left_out) == (1, 1)
    ws.close()
    assert sha256(source) == source_hash  # read-only, never changed
    backups = folder_for(project_id_of(target) or "").glob("*before-import-meetings*")
    assert len(list(backups)) == 1  # the target backed up first

    rows = _rows(target)
    with sqlite3.connect(target) as db:
        (meeting_id, title, position) = db.execute(
            "SELECT id, title, position FROM meeting WHERE title = 'Wijkavond 12 maart'"
        ).fetchone()
        assert position == 1  # after the project's own meeting
        notes = db.execute(
            "SELECT n.text, n.kind, n.role, n.origin_device, t.name, a.title, n.noted_at "
            "FROM note n JOIN dialogue_table t ON t.id = n.table_id "
            "LEFT JOIN agenda_item a ON a.id = n.agenda_item_id "
            "WHERE t.meeting_id = ? ORDER BY n.text",
            (meeting_id,),
        ).fetchall()
        assert [n[:6] for n in notes] == [
            (
                "Drempels bij de school",
                "statement",
                "resident",
                OTHER_DEVICE,
                "Tafel Verkeer",
                None,
            ),
            (
                "Meer bomen in de straat",
                "statement",
                "resident",
                OTHER_DEVICE,
                "Tafel Groen",
                "Wat gaat goed?",
            ),
        ]
        assert notes[1][6].startswith("2026-11-24 18:00")  # the time it was said, kept
        assert db.execute("SELECT count(*) FROM opgave WHERE title = 'Groen'").fetchone() == (0,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    copied = {r[0] for table in rows.values() for r in table}
    assert not copied & source_ids  # every copied row has a new id

    ws = open_workspace(target, device_id=LEAD)
    key = project_settings.IMPORTED_MEETINGS
    remembered = json.loads(project_settings.read(ws, key)[key])
    with sqlite3.connect(source) as db:
        project, source_meeting = db.execute(
            "SELECT project_id, id FROM meeting WHERE title = 'Wijkavond 12 maart'"
        ).fetchone()
    db.close()
    assert remembered[project][source_meeting] == meeting_id
    again = merging.import_as_meetings(ws, source)
    ws.close()
    assert again.meetings == [] and not any(again.new.values())
    assert _rows(target) == rows  # idempotent: nothing added, nothing changed


def test_a_copy_of_this_project_is_merged_not_added_as_meeting(tmp_path: Path) -> None:
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    before = sha256(target)
    ws = open_workspace(target, device_id=LEAD)
    with pytest.raises(SameProjectError):
        merging.import_as_meetings(ws, evening.laptops[0])
    ws.close()
    assert sha256(target) == before


def test_an_older_dialoogs_file_is_added_as_a_meeting_too(tmp_path: Path) -> None:
    from test_merge_schema import _file_at_0001

    old = _file_at_0001(tmp_path)  # schema 0001: no origin, concept, source, survey table
    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    ws = open_workspace(target, device_id=LEAD)
    result = merging.import_as_meetings(ws, old)
    ws.close()
    assert result.meetings == ["Avond"] and result.new["survey_answer"] == 0
    with sqlite3.connect(target) as db:
        assert db.execute(
            "SELECT n.text, n.source, n.concept FROM note n JOIN dialogue_table t "
            "ON t.id = n.table_id WHERE t.name = 'Tafel'"
        ).fetchall() == [("Oude notitie", "table", 0)]
    db.close()


def test_a_failure_halfway_leaves_the_project_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialoog_app.exchange import as_meetings

    evening = prepared_evening(tmp_path / "avond")
    target = fresh_target(evening, tmp_path / "bureau", "Samenleving")
    source = other_project(tmp_path / "ander")
    before = _rows(target)
    copy_table = as_meetings._copy_table

    def fail_at_notes(db: sqlite3.Connection, table: str, where: str, target_id: str) -> int:
        if table == "note":
            raise OSError("disk full")  # meetings and tables are in by now
        return copy_table(db, table, where, target_id)

    monkeypatch.setattr(as_meetings, "_copy_table", fail_at_notes)
    ws = open_workspace(target, device_id=LEAD)
    with pytest.raises(OSError):
        merging.import_as_meetings(ws, source)
    ws.close()
    assert _rows(target) == before  # one transaction: nothing of it stayed
    monkeypatch.undo()
    ws = open_workspace(target, device_id=LEAD)
    assert merging.import_as_meetings(ws, source).new["note"] == 2  # and it can be done again
    ws.close()
