"""The "Tafel" screen: type what is said, press Enter, eyes back on the group.

The save path is deliberately short: read the input, one service call that returns after
the COMMIT, then clear the input and append the returned note to the list — no query
before, no refetch after. The text typed but not yet saved is stored as the table's draft
300 ms after typing stops (and on leaving the input, switching tables, closing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFont, QShortcut, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.agenda_clock import ClockState
from dialoog_app.services import drafts_read
from dialoog_app.services.events import Topic
from dialoog_app.services.meetings_read import list_meetings, list_tables
from dialoog_app.services.notes_read import NoteRow, list_notes
from dialoog_app.services.project_rows import TableRow

from .. import theme
from ..clock.clock_model import ClockModel
from ..clock.compact_clock import CompactClock
from ..context import UiContext
from ..deferred import deferred
from ..page_focus import focus_if_shown
from ..shortcuts import keys_text, sequence
from . import draft_marks
from .composer import Composer
from .markers import KINDS, ROLES
from .note_actions import NoteActions, OwnCommits
from .note_input import NoteInput
from .note_menu import NoteMenu
from .notes_list import NotesList
from .table_picker import MeetingPicker, TablePicker

if TYPE_CHECKING:
    from dialoog_app.services import drafts
    from dialoog_app.services import notes as svc
else:  # the writes, at their first use: after a crash the app reopens on this screen,
    # which paints before the ORM is loaded (ui/deferred.py, ui/warm_up.py)
    drafts = deferred("dialoog_app.services.drafts")
    svc = deferred("dialoog_app.services.notes")

DRAFT_DELAY_MS = 300


class CapturePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capturePage")
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.table_id: str | None = None
        self.tables: dict[str, TableRow] = {}
        self._draft_stored = ""  # the draft as it is in the file for the shown table
        self._told_restored: bool | None = None  # None: no draft came back
        self.own = OwnCommits(ctx.workspace)  # our own saves need no refetch

        self.clock_model = ClockModel(ctx, self)
        self.clock = CompactClock(self.clock_model, self)
        self._enlarge_clock()
        self.meeting_picker = MeetingPicker(self)
        self.table_picker = TablePicker(self)
        self.input = NoteInput(self)
        self.composer = Composer(self)
        self.notes = NotesList(self.title_of, self)
        self.note_actions = NoteActions(ctx, self, self.own, self.show_note, self.table_name)
        self.notes.model.on_edit = self._edit_text

        capture = QWidget(self)
        grid = QGridLayout(capture)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.meeting_picker, 0, 0)
        grid.addWidget(self.table_picker, 1, 0)
        grid.addWidget(self.clock, 0, 1, 2, 1)
        grid.addWidget(self.input, 2, 0, 1, 2)
        grid.addWidget(self.composer, 3, 0, 1, 2)
        grid.addWidget(self.notes, 4, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(4, 5)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("captureEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = QFont(self.empty_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_label.setFont(font)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(capture)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.store_draft)
        self._connect()
        self.show_meeting(ctx.bus.current_meeting_id)
        self._refresh_items()

    def _enlarge_clock(self) -> None:
        # The clock is what the facilitator glances at: big, but second to the input.
        time_font = QFont(self.clock.time_label.font())
        time_font.setPointSizeF(30)
        self.clock.time_label.setFont(time_font)
        item_font = QFont(self.clock.item_label.font())
        item_font.setPointSizeF(15)
        self.clock.item_label.setFont(item_font)
        self.clock.item_label.setWordWrap(True)
        theme.style(self.clock, "#compactClock { background: @nav; border-radius: 8px; }")
        self.clock.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def _connect(self) -> None:
        bus = self.ctx.bus
        bus.changed.connect(self._on_changed)
        # After an undo of a saved change, Ctrl+Shift+Z must redo that, not old typing.
        self.ctx.undo_stack.indexChanged.connect(
            lambda _: self.input.document().clearUndoRedoStacks(QTextDocument.Stacks.RedoStack)
        )
        bus.current_meeting_changed.connect(self.show_meeting)
        self.meeting_picker.meeting_chosen.connect(bus.set_current_meeting)
        self.table_picker.table_chosen.connect(self.show_table)
        self.clock_model.ticked.connect(self._on_tick)
        self.clock_model.snapshot_changed.connect(self._refresh_items)
        self.input.submitted.connect(self.save_note)
        self.input.capture_key_pressed.connect(self._composer_key)
        self.input.up_from_empty.connect(self.notes.focus_last)
        self.input.textChanged.connect(self._draft_timer.start)
        self.input.focus_left.connect(self.store_draft)
        self.composer.speaker_done.connect(self.focus_input)
        view = self.notes.view
        view.capture_key_pressed.connect(self._note_key)
        view.delete_pressed.connect(self._delete_current)
        view.leave.connect(self.focus_input)
        view.customContextMenuRequested.connect(self._show_menu)
        self.notes.delegate.closeEditor.connect(
            lambda *_: QTimer.singleShot(0, self, self.focus_input)
        )
        self.notes.search.returnPressed.connect(self.focus_input)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(sequence("capture.search"), self, self._focus_search, context=context)
        QShortcut(
            sequence("capture.speaker"), self, self.composer.speaker.setFocus, context=context
        )
        self.notes.search_left.connect(self.focus_input)

    # -- which meeting, which table -----------------------------------------------------------
    def show_meeting(self, meeting_id: str | None) -> None:
        self.store_draft()
        meetings = list_meetings(self.ctx.workspace)
        if meeting_id not in {m.id for m in meetings}:
            # A laptop's prepared copy opens on its table's meeting (exchange/prepare.py).
            meeting_id = drafts_read.prepared_meeting(self.ctx.workspace) or (
                meetings[0].id if meetings else None
            )
        self.meeting_id = meeting_id
        self.meeting_picker.set_meetings(meetings, meeting_id)
        self._refresh_tables()

    def _refresh_tables(self) -> None:
        ws = self.ctx.workspace
        tables = list_tables(ws, self.meeting_id) if self.meeting_id else []
        self.tables = {t.id: t for t in tables}
        wanted = self.table_id if self.table_id in self.tables else None
        if wanted is None and self.meeting_id:
            remembered = drafts_read.remembered_table(ws, self.meeting_id)
            wanted = remembered if remembered in self.tables else None
        if wanted is None and tables:
            wanted = tables[0].id
        self.table_picker.set_tables(tables, wanted)
        if not tables:
            self.table_id = None
            self.empty_label.setText(
                self.tr(
                    "There is no meeting with tables yet.\n"
                    "Add a meeting and its tables on the Meetings screen ({key})."
                ).format(key=keys_text("screen.meetings"))
            )
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        if wanted != self.table_id:
            self.show_table(wanted, remember=False)
        else:
            self._name_table_in_input()  # the table may have been renamed meanwhile

    def _name_table_in_input(self) -> None:
        table = self.tables.get(self.table_id or "")
        if table is not None:
            self.input.setPlaceholderText(
                self.tr("What is being said at {table}? Enter saves.").format(table=table.name)
            )

    def show_table(self, table_id: str | None, remember: bool = True) -> None:
        """Switch tables: the old draft is stored, the new one comes back."""
        if table_id is None or table_id not in self.tables:
            return
        ws = self.ctx.workspace
        if table_id != self.table_id:
            self.store_draft()
            self.table_id = table_id
            self.notes.show_notes(list_notes(ws, table_id))
            self._draft_stored = drafts_read.draft_text(ws, table_id)
            self.input.blockSignals(True)
            self.input.replace_text(self._draft_stored)
            self.input.blockSignals(False)
            self._restore_marks(table_id)
            self.composer.speaker.clear()  # a speaker sits at one table
            self.own.foreign = False
        self._name_table_in_input()
        self.table_picker.set_current(table_id)
        if remember and self.meeting_id:
            drafts.remember_table(ws, self.meeting_id, table_id)
        self.focus_input()

    def table_name(self, table_id: str) -> str:
        table = self.tables.get(table_id)
        return table.name if table else self.tr("another table")

    def title_of(self, item_id: str | None) -> str:
        return self.clock_model.title_of(item_id) or self.tr("Without agenda item")

    # -- saving ---------------------------------------------------------------------------
    def save_note(self) -> None:
        text = self.input.toPlainText()
        if self.table_id is None or not text.strip():
            return  # nothing to save, and nothing to say about it
        now = self.ctx.clock.now()
        snapshot = self.clock_model.snapshot
        if snapshot is not None:  # the round running at this very moment, replayed in memory
            running = snapshot.state(now).current_item_id
            self.composer.show_running(running, self.clock_model.title_of(running))
        composer, ws, table_id = self.composer, self.ctx.workspace, self.table_id

        def save() -> NoteRow | None:
            return svc.add_note(
                ws,
                table_id,
                text,
                at=now,
                kind=composer.kind,
                role=composer.role,
                speaker=composer.speaker.text(),
                starred=composer.star.isChecked(),
                agenda_item_id=composer.agenda_item_id(),
                clear_draft=bool(self._draft_stored),
            )

        with self.own.mine():
            note = self.ctx.attempt(self, save)
        if note is None:
            return  # refused and explained; the text stays in the input
        # Committed: only now may the input clear.
        self._draft_timer.stop()
        self._draft_stored = ""
        self.input.blockSignals(True)
        self.input.replace_text("")
        self.input.blockSignals(False)
        composer.after_save()
        self.notes.model.put(note)
        self.note_actions.added(note)

    def store_draft(self) -> None:
        self._draft_timer.stop()
        if self.table_id is None or self.ctx.workspace is None:
            return
        text = self.input.toPlainText()
        if text != self._draft_stored:
            drafts.save_draft(self.ctx.workspace, self.table_id, text)
            self._draft_stored = text
            if text:
                draft_marks.remember(self.table_id, self.composer.kind, self.composer.role)

    def _restore_marks(self, table_id: str) -> None:
        """A draft comes back with its kind and role; the first time (after a restart or
        a crash) the facilitator is told, briefly and without a dialog."""
        if not self._draft_stored:
            return
        marks = draft_marks.recall(table_id)
        if marks is not None:
            self.composer.set_kind(marks[0])
            self.composer.set_role(marks[1])
        if self._told_restored is None:
            self._told_restored = False  # said when the screen is first shown

    def _tell_restored(self) -> None:
        window = self.window()
        if self._told_restored is False and isinstance(window, QMainWindow):
            self._told_restored = True
            window.statusBar().showMessage(
                self.tr("The note you had not saved yet is back in the input."), 15000
            )

    def flush(self) -> None:
        """The window closes or another project opens: keep what is typed."""
        self.store_draft()

    # -- showing changes ------------------------------------------------------------------
    def show_note(self, note: NoteRow) -> None:
        """A note changed through this screen (or its undo): show it if its table is shown."""
        if note.table_id == self.table_id:
            self.notes.model.put(note)

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.MEETINGS, Topic.TABLES}:
            self.show_meeting(self.meeting_id)
        if self.own.foreign and self.isVisible():
            self._reload_notes()

    def _reload_notes(self) -> None:
        self.own.foreign = False
        if self.table_id is not None:
            self.notes.model.sync(list_notes(self.ctx.workspace, self.table_id))

    def _on_tick(self, state: ClockState | None) -> None:
        running = state.current_item_id if state else None
        self.composer.show_running(running, self.clock_model.title_of(running))

    def _agenda_items(self) -> list[tuple[str, str]]:
        snapshot = self.clock_model.snapshot
        if snapshot is None:
            return []
        return [(item.id, snapshot.titles.get(item.id, "")) for item in snapshot.items]

    def _refresh_items(self) -> None:
        items = self._agenda_items()
        state = self.clock_model.state
        running = state.current_item_id if state else None
        self.composer.set_items(items, running, self.clock_model.title_of(running))
        self.notes.set_items(items)
        self.notes.view.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.own.foreign:
            self._reload_notes()
        self.focus_input()
        self._tell_restored()

    def focus_input(self) -> None:
        focus_if_shown(self.input)  # never while another screen is shown

    # -- keys and the list ----------------------------------------------------------------
    def _composer_key(self, what: str, index: int) -> None:
        if what == "kind":
            self.composer.set_kind(KINDS[index])
        elif what == "role":
            self.composer.set_role(ROLES[index])
        else:
            self.composer.toggle_star()

    def _note_key(self, what: str, index: int) -> None:
        note = self.notes.current_note()
        if note is None:
            return
        if what == "kind":
            self.note_actions.set_kind(note, KINDS[index])
        elif what == "role":
            self.note_actions.set_role(note, ROLES[index])
        else:
            self.note_actions.toggle_star(note)

    def _delete_current(self) -> None:
        note = self.notes.current_note()
        if note is not None:
            self.note_actions.delete(note)

    def _edit_text(self, note_id: str, text: str) -> bool:
        row = self.notes.model.row_of(note_id)
        if row < 0:
            return False
        return self.note_actions.edit_text(self.notes.model.note_at(row), text) is not None

    def _show_menu(self, position: QPoint) -> None:
        view = self.notes.view
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        note = self.notes.current_note()
        assert note is not None
        items = self._agenda_items()
        menu = NoteMenu(note, self.note_actions, items, lambda: view.edit(index), self)
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()
        if view.state() != view.State.EditingState:
            self.focus_input()

    def _focus_search(self) -> None:
        self.notes.search.setFocus()
        self.notes.search.selectAll()
