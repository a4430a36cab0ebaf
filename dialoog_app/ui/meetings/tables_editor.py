"""The tables of the selected meeting: add, rename, set counts, reorder, remove — with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.validate import MAX_PARTICIPANTS
from dialoog_app.services.events import Topic
from dialoog_app.services.meetings_read import list_tables

from ..context import UiContext
from ..deferred import deferred
from ..header_fit import StretchWithMinimum
from ..shortcuts import sequence
from ..undo import DoneCommand
from .tables_model import COUNT_COLUMNS, NAME, TOTAL, TablesModel

if TYPE_CHECKING:
    from dialoog_app.services import meetings as svc
else:  # loaded at the first write: the first paint needs no ORM (ui/deferred.py)
    svc = deferred("dialoog_app.services.meetings")


class CountDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_PARTICIPANTS)
        editor.setFrame(False)
        return editor


class TablesEditor(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.model = TablesModel(self)
        self.model.on_edit = self._edit

        self.view = QTableView(self)
        self.view.setObjectName("tablesView")
        self.view.setAccessibleName(self.tr("Tables of this meeting"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stretch = StretchWithMinimum(self.view, (NAME, 1))  # never a cut-off header
        delegate = CountDelegate(self.view)
        for column in COUNT_COLUMNS:
            self.view.setItemDelegateForColumn(column, delegate)

        self.add_button = QPushButton(self.tr("+ Add table"), self)
        self.add_button.setToolTip(self.tr("Add a table (Ctrl+T)"))
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Move the table up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Move the table down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the table (Delete); Ctrl+Z brings it back"))
        self.add_button.clicked.connect(self.add_table)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        for keys, slot in (
            ("meetings.add_table", self.add_table),
            ("meetings.table_up", lambda: self.move_selected(-1)),
            ("meetings.table_down", lambda: self.move_selected(+1)),
        ):
            QShortcut(
                sequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        QShortcut(
            sequence("meetings.remove_table"),
            self.view,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------------
    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        rows = list_tables(self.ctx.workspace, self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        self._update_buttons()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.TABLES in topics or Topic.MEETINGS in topics:
            self.refresh()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def select(self, table_id: str, column: int = NAME) -> None:
        row = self.model.row_of(table_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _update_buttons(self) -> None:
        has_meeting = self.meeting_id is not None
        selected = self.selected_id()
        row = self.model.row_of(selected) if selected else -1
        self.add_button.setEnabled(has_meeting)
        self.remove_button.setEnabled(selected is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.model.rows) - 1)

    # -- actions ----------------------------------------------------------------------------
    def add_table(self) -> None:
        if self.meeting_id is None:
            return
        ws, meeting_id = self.ctx.workspace, self.meeting_id
        name = self.tr("Table {number}").format(number=len(self.model.rows) + 1)
        table = self.ctx.attempt(self, lambda: svc.add_table(ws, meeting_id, name))
        if table is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("add table"),
                undo=lambda: svc.delete_table(ws, table.id),
                redo=lambda: svc.restore_table(ws, table.id, table.position),
            )
        )
        self.refresh()
        self.select(table.id)
        self.view.edit(self.view.currentIndex())  # type the real name straight away

    def _edit(self, table_id: str, field: str, value: Any) -> bool:
        ws = self.ctx.workspace
        before = next(r for r in self.model.rows if r.id == table_id)
        old = getattr(before, field)
        if isinstance(value, str):
            value = value.strip()
        done = self.ctx.attempt(
            self, lambda: svc.update_table(ws, table_id, svc.TablePatch(**{field: value}))
        )
        if done is None:
            return False
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("change table"),
                undo=lambda: svc.update_table(ws, table_id, svc.TablePatch(**{field: old})),
                redo=lambda: svc.update_table(ws, table_id, svc.TablePatch(**{field: value})),
            )
        )
        self.refresh()
        return True

    def move_selected(self, step: int) -> None:
        table_id = self.selected_id()
        if table_id is None:
            return
        ws = self.ctx.workspace
        old = self.model.row_of(table_id)
        new = old + step
        if not 0 <= new < len(self.model.rows):
            return
        if not self.ctx.succeeded(self, lambda: svc.move_table(ws, table_id, new)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("move table"),
                undo=lambda: svc.move_table(ws, table_id, old),
                redo=lambda: svc.move_table(ws, table_id, new),
            )
        )
        self.refresh()
        self.select(table_id, self.view.currentIndex().column())

    def remove_selected(self) -> None:
        table_id = self.selected_id()
        if table_id is None:
            return
        ws = self.ctx.workspace
        position = self.model.row_of(table_id)
        if not self.ctx.succeeded(self, lambda: svc.delete_table(ws, table_id)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("remove table"),
                undo=lambda: svc.restore_table(ws, table_id, position),
                redo=lambda: svc.delete_table(ws, table_id),
            )
        )
        self.refresh()
        if self.model.rows:
            self.view.selectRow(min(position, len(self.model.rows) - 1))

    def total_participants(self) -> int:
        return sum(r.participants for r in self.model.rows)


__all__ = ["TablesEditor", "TOTAL"]
