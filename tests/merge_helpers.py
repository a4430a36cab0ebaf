"""A simulated dialogue evening: a prepared project, four table laptops, their edits."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.exchange.dump import canonical_dump
from dialoog_app.exchange.merge import merge_files
from dialoog_app.exchange.prepare import prepare_laptops
from dialoog_app.services import agenda, board, clock, drafts, meetings, notes, opgaven
from dialoog_app.services.notes import NotePatch
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.workspace import new_workspace, open_workspace

LEAD = "00000000-0000-4000-8000-00000000000a"
LAPTOPS = [f"00000000-0000-4000-8000-00000000010{n}" for n in range(4)]
T0 = dt.datetime(2026, 11, 24, 18, 0, tzinfo=dt.UTC)


@dataclass
class Evening:
    project: Path
    laptops: list[Path]
    meeting_id: str
    table_ids: list[str]
    shared_notes: list[str]  # typed before the evening, so on every laptop
    opgave_id: str


def prepared_evening(folder: Path) -> Evening:
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "Samenleving.dialoog"
    ws = new_workspace(project, "Samenleving", device_id=LEAD)
    meeting = meetings.add_meeting(ws, "Dialoogavond Zorg")
    names = ["Zorg en welzijn", "Wonen", "Jeugd", "Ouderen"]
    tables = [meetings.add_table(ws, meeting.id, name).id for name in names]
    agenda.add_item(ws, meeting.id, "Ervaringen delen")
    shared = [
        notes.add_note(ws, tables[0], f"Eerdere uitspraak {n}", at=T0).id  # type: ignore[union-attr]
        for n in range(3)
    ]
    opgave = opgaven.add_opgave(ws, "Eenzaamheid", [shared[2]]).created
    ws.close()
    copies = prepare_laptops(project, folder / "laptops")
    assert opgave is not None
    return Evening(project, [c.path for c in copies], meeting.id, tables, shared, opgave)


def run_the_evening(evening: Evening) -> None:
    """What four facilitators do: type, edit, delete; two edit the same note."""
    for n, (path, device) in enumerate(zip(evening.laptops, LAPTOPS, strict=True)):
        ws = open_workspace(path, device_id=device)
        table = evening.table_ids[n]
        typed = [
            notes.add_note(ws, table, f"Tafel {n + 1} zegt {k}", at=T0 + dt.timedelta(minutes=k))
            for k in range(5)
        ]
        notes.update_note(ws, typed[1].id, NotePatch(text=f"Tafel {n + 1} verbeterd"))  # type: ignore[union-attr]
        notes.delete_note(ws, typed[2].id)  # type: ignore[union-attr]
        if n == 0:
            notes.update_note(ws, evening.shared_notes[0], NotePatch(text="Versie van tafel 1"))
            clock.press(ws, evening.meeting_id, ClockAction.START, at=T0)
        if n == 1:
            notes.update_note(ws, evening.shared_notes[0], NotePatch(text="Versie van tafel 2"))
            board.move_notes(ws, [typed[0].id], evening.opgave_id)  # type: ignore[union-attr]
        if n == 2:
            notes.delete_note(ws, evening.shared_notes[1])
            drafts.save_draft(ws, table, "Half getypt, nooit opgeslagen")
        if n == 3:
            notes.update_note(ws, evening.shared_notes[1], NotePatch(text="Aangevuld aan tafel 4"))
            opgaven.update_opgave(
                ws, evening.opgave_id, OpgavePatch(title="Eenzaamheid onder ouderen")
            )
        ws.close()


def fresh_target(evening: Evening, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.dialoog"
    shutil.copyfile(evening.project, target)
    return target


OTHER_DEVICE = "00000000-0000-4000-8000-0000000000bb"


def other_project(folder: Path) -> Path:
    """Another project's evening (its own project id): a meeting with two tables, an
    agenda item, a clock press, notes (one deleted, one linked), a closed survey answer,
    an opgave with a placement, and a second meeting that was deleted."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "Wijkavond Noord.dialoog"
    ws = new_workspace(path, "Wijkavond Noord", device_id=OTHER_DEVICE)
    meeting = meetings.add_meeting(ws, "Wijkavond 12 maart")
    gone = meetings.add_meeting(ws, "Geschrapte avond")
    meetings.add_table(ws, gone.id, "Weg")
    meetings.delete_meeting(ws, gone.id)
    first = meetings.add_table(ws, meeting.id, "Tafel Groen").id
    second = meetings.add_table(ws, meeting.id, "Tafel Verkeer").id
    item = agenda.add_item(ws, meeting.id, "Wat gaat goed?").id
    clock.press(ws, meeting.id, ClockAction.START, at=T0)
    kept = notes.add_note(ws, first, "Meer bomen in de straat", at=T0, agenda_item_id=item)
    notes.add_note(ws, second, "Drempels bij de school", at=T0 + dt.timedelta(minutes=3))
    deleted = notes.add_note(ws, second, "Verkeerd getypt", at=T0)
    notes.delete_note(ws, deleted.id)  # type: ignore[union-attr]
    opgaven.add_opgave(ws, "Groen", [kept.id])  # type: ignore[union-attr]
    drafts.save_draft(ws, first, "Half getypt")
    ws.close()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO survey_answer (id, created_at, updated_at, device_id, meeting_id, "
            "question, question_position, respondent, role, answer, import_key) SELECT ?, "
            "created_at, created_at, device_id, id, 'Hoe tevreden?', 0, 1, 'resident', "
            "'Tevreden', 'k1' FROM meeting WHERE id = ?",
            ("aaaaaaaa-0000-4000-8000-000000000001", meeting.id),
        )
    db.close()
    return path


Dump = dict[str, list[dict[str, Any]]]


def merged_either_way(one: Path, other: Path, again: Sequence[Path]) -> Dump:
    """What every merge promises: ``one`` and ``other`` (the same copies merged in the two
    orders) are the same file, and merging ``again`` into it once more changes nothing.
    The merged file's dump, table → rows."""
    assert canonical_dump(one) == canonical_dump(other)
    once = canonical_dump(one)
    for source in again:
        merge_files(one, [source])
    assert canonical_dump(one) == once, "a second merge must be a no-op"
    dump: Dump = json.loads(once)
    return dump


def live_rows(dump: Dump) -> Dump:
    """The dump without its tombstones."""
    return {t: [r for r in rows if r.get("deleted_at") is None] for t, rows in dump.items()}
