"""Every Qt item model on its own, under pytest-qt's ``qtmodeltester`` (the model contract:
row counts, parents, indexes, and begin/end signals around every change) — no widgets.

The Python tester is attached first and raises inside the model's signals (pytest-qt turns
that into a failure); Qt's own C++ tester runs alongside and must not warn.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex
from pytestqt.modeltest import ModelTester

from dialoog_app.services import agenda, board, meetings, notes, opgaven
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.agenda.agenda_model import AgendaModel
from dialoog_app.ui.board.board_data import BoardData
from dialoog_app.ui.board.note_model import NoteListModel
from dialoog_app.ui.capture.notes_model import NotesModel
from dialoog_app.ui.meetings.page import MeetingListModel
from dialoog_app.ui.meetings.tables_model import TablesModel
from dialoog_app.ui.roles import CARD_ROLE, ID_ROLE, NOTE_ROLE

AT = datetime(2023, 4, 11, 19, 30, tzinfo=UTC)


@pytest.fixture
def tested(qtlog: object) -> Iterator[list[QAbstractItemModel]]:
    """Models put in this list are checked now and after every change until the test ends."""
    from PySide6.QtTest import QAbstractItemModelTester

    keep: list[object] = []

    class Checked(list[QAbstractItemModel]):
        def append(self, model: QAbstractItemModel) -> None:
            python_tester = ModelTester(None)  # one per model: it tracks the changes in flight
            python_tester.check(model, force_py=True)
            mode = QAbstractItemModelTester.FailureReportingMode.Warning
            keep.extend([python_tester, QAbstractItemModelTester(model, mode)])
            super().append(model)

    yield Checked()
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]  # type: ignore[attr-defined]
    assert failures == []
    keep.clear()


def _ids(model: QAbstractItemModel, role: int = ID_ROLE) -> list[str]:
    return [model.index(r, 0).data(role) for r in range(model.rowCount(QModelIndex()))]


@pytest.fixture
def evening(workspace: Workspace) -> tuple[str, list[str]]:
    meeting = meetings.add_meeting(workspace, "Avond", start_time=time(19, 0))
    tables = [meetings.add_table(workspace, meeting.id, f"Tafel {n}").id for n in range(1, 5)]
    return meeting.id, tables


def test_the_row_model_of_tables_and_meetings(
    tested: list[QAbstractItemModel], workspace: Workspace, evening: tuple[str, list[str]]
) -> None:
    meeting_id, tables = evening
    model = TablesModel()
    tested.append(model)
    model.set_rows(meetings.list_tables(workspace, meeting_id))
    assert _ids(model) == tables
    # A removal, a move, a rename and an insertion in one refresh: minimal row operations.
    meetings.delete_table(workspace, tables[1])
    meetings.move_table(workspace, tables[3], 0)
    meetings.update_table(workspace, tables[2], meetings.TablePatch(name="Tafel Drie"))
    new = meetings.add_table(workspace, meeting_id, "Tafel 5").id
    model.set_rows(meetings.list_tables(workspace, meeting_id))
    assert _ids(model) == [tables[3], tables[0], tables[2], new]
    assert model.index(2, 0).data() == "Tafel Drie"
    model.set_rows([])
    assert model.rowCount() == 0

    listing = MeetingListModel()
    tested.append(listing)
    listing.set_rows(meetings.list_meetings(workspace))
    assert _ids(listing) == [meeting_id]


def test_the_agenda_model(
    tested: list[QAbstractItemModel], workspace: Workspace, evening: tuple[str, list[str]]
) -> None:
    meeting_id, _ = evening
    model = AgendaModel()
    tested.append(model)
    model.set_start(time(19, 0))
    items = [agenda.add_item(workspace, meeting_id, t, planned_minutes=10).id for t in "ABC"]
    model.set_rows(agenda.list_items(workspace, meeting_id))
    agenda.move_item(workspace, items[2], 0)
    agenda.update_item(workspace, items[0], agenda.AgendaItemPatch(planned_minutes=25))
    model.set_rows(agenda.list_items(workspace, meeting_id))
    assert _ids(model) == [items[2], items[0], items[1]]
    assert model.total_minutes() == 45


def test_the_notes_model_of_the_capture_list(
    tested: list[QAbstractItemModel], workspace: Workspace, evening: tuple[str, list[str]]
) -> None:
    _, tables = evening
    saved = [
        notes.add_note(workspace, tables[0], f"notitie {i}", at=AT + timedelta(minutes=i))
        for i in range(5)
    ]
    model = NotesModel()
    tested.append(model)
    model.show_notes(notes.list_notes(workspace, tables[0]))
    late = notes.add_note(workspace, tables[0], "te laat", at=AT - timedelta(minutes=1))
    assert late is not None
    model.put(late)  # inserted in time order, not at the end
    model.put(notes.delete_note(workspace, saved[2].id))  # type: ignore[union-attr]
    model.put(notes.update_note(workspace, saved[0].id, notes.NotePatch(text="beter")))  # type: ignore[union-attr]
    assert [n.text for n in (model.index(r, 0).data(NOTE_ROLE) for r in range(5))] == [
        "te laat",
        "beter",
        "notitie 1",
        "notitie 3",
        "notitie 4",
    ]
    notes.delete_note(workspace, late.id)
    model.sync(notes.list_notes(workspace, tables[0]))
    assert model.rowCount() == 4
    model.show_notes([])


def test_the_note_list_models_of_the_board(
    tested: list[QAbstractItemModel], workspace: Workspace, evening: tuple[str, list[str]]
) -> None:
    _, tables = evening
    ids = [
        n.id
        for i in range(8)
        if (n := notes.add_note(workspace, tables[i % 4], f"uitspraak {i}", at=AT)) is not None
    ]
    opgave = opgaven.add_opgave(workspace, "Ontmoeten", ids[:3]).created
    assert opgave is not None
    data = BoardData()
    data.load(board.list_notes(workspace), opgaven.list_opgaven(workspace))
    pool = NoteListModel(data, None)
    column = NoteListModel(data, opgave)
    tested.append(pool)
    tested.append(column)
    pool.set_ids(data.pool_ids())
    column.set_ids(data.lists[opgave])
    assert _ids(column) == ids[:3]
    assert [c.id for c in (column.index(r, 0).data(CARD_ROLE) for r in range(3))] == ids[:3]
    change = board.move_notes(workspace, [ids[5], ids[3]], opgave, 1)
    data.apply(change.after)
    pool.set_ids(data.pool_ids())
    column.set_ids(data.lists[opgave])
    assert _ids(column) == [ids[0], ids[5], ids[3], ids[1], ids[2]]
    column.set_ids(list(reversed(data.lists[opgave])))  # moves only
    pool.reset_ids(ids[6:])
    pool.cards_changed({ids[6]})
    assert _ids(pool) == ids[6:]
