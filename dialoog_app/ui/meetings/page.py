"""The "Bijeenkomsten" page: the meetings on the left, the selected one on the right."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services.events import Topic
from dialoog_app.services.meetings_read import list_meetings
from dialoog_app.services.project_rows import MeetingRow

from ..context import UiContext
from ..deferred import deferred
from ..plurals import plural
from ..row_model import RowModel
from ..shortcuts import sequence
from ..undo import DoneCommand
from .meeting_form import MeetingForm
from .tables_editor import TablesEditor

if TYPE_CHECKING:
    from dialoog_app.services import meetings as svc
else:  # loaded at the first write: the first paint needs no ORM (ui/deferred.py)
    svc = deferred("dialoog_app.services.meetings")


class MeetingListModel(RowModel[MeetingRow]):
    columns = ("",)

    def cell(self, row: MeetingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            when = (
                QLocale().toString(QDate(row.date.year, row.date.month, row.date.day), "d MMM yyyy")
                if row.date
                else ""
            )
            return f"{row.title}\n{when}" if when else row.title
        return None


class MeetingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        # -- left: the meetings --
        self.list_model = MeetingListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("meetingList")
        self.list_view.setAccessibleName(self.tr("Meetings"))
        self.list_view.setModel(self.list_model)
        self.list_view.setSpacing(2)
        self.new_button = QPushButton(self.tr("+ New meeting"), self)
        self.new_button.setToolTip(self.tr("Add a meeting (Ctrl+Shift+N)"))
        self.remove_button = QPushButton(self.tr("Remove meeting"), self)
        self.remove_button.setToolTip(self.tr("Remove the meeting; Ctrl+Z brings it back"))
        self.new_button.clicked.connect(self.add_meeting)
        self.remove_button.clicked.connect(self.remove_meeting)
        QShortcut(
            sequence("meetings.new"),
            self,
            self.add_meeting,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        left = QVBoxLayout()
        heading = QLabel(self.tr("Meetings"), self)
        heading.setFont(_bigger(heading.font(), 1.25, bold=True))
        left.addWidget(heading)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.remove_button)

        # -- right: the selected meeting, or an invitation to make the first one --
        self.form = MeetingForm(ctx, self)
        self.tables = TablesEditor(ctx, self)
        details_box = QGroupBox(self.tr("Meeting"), self)
        QVBoxLayout(details_box).addWidget(self.form)
        tables_box = QGroupBox(self.tr("Tables"), self)
        QVBoxLayout(tables_box).addWidget(self.tables)
        self.summary = QLabel(self)
        self.summary.setObjectName("tablesSummary")
        details = QWidget(self)
        right = QVBoxLayout(details)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(details_box)
        right.addWidget(tables_box, 1)
        right.addWidget(self.summary)

        empty = QWidget(self)
        empty_layout = QVBoxLayout(empty)
        invitation = QLabel(
            self.tr("No meetings yet.\nA meeting is one evening or afternoon of dialogue tables."),
            empty,
        )
        invitation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        invitation.setFont(_bigger(invitation.font(), 1.3))
        first_button = QPushButton(self.tr("Create the first meeting"), empty)
        first_button.setObjectName("firstMeetingButton")
        first_button.clicked.connect(self.add_meeting)
        empty_layout.addStretch(1)
        empty_layout.addWidget(invitation)
        empty_layout.addWidget(first_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(empty)
        self.right_stack.addWidget(details)

        layout = QHBoxLayout(self)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left_widget.setFixedWidth(270)
        layout.addWidget(left_widget)
        layout.addWidget(self.right_stack, 1)

        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self.tables.model.rowsInserted.connect(self._update_summary)
        self.tables.model.rowsRemoved.connect(self._update_summary)
        self.tables.model.dataChanged.connect(self._update_summary)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.list_model.set_rows(list_meetings(self.ctx.workspace))
        has_any = bool(self.list_model.rows)
        self.right_stack.setCurrentIndex(1 if has_any else 0)
        self.remove_button.setEnabled(has_any)
        if has_any and not self.list_view.currentIndex().isValid():
            wanted = self.ctx.bus.current_meeting_id
            row = max(0, self.list_model.row_of(wanted)) if wanted else 0
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        elif not has_any:
            self.ctx.bus.set_current_meeting(None)
        current = self.current_meeting()
        if current is not None and current != self.form.meeting:
            self.form.show_meeting(current)

    def current_meeting(self) -> MeetingRow | None:
        index = self.list_view.currentIndex()
        return self.list_model.rows[index.row()] if index.isValid() else None

    def _on_current_changed(self) -> None:
        self.form.flush()
        meeting = self.current_meeting()
        self.form.show_meeting(meeting)
        self.tables.show_meeting(meeting.id if meeting else None)
        self.ctx.bus.set_current_meeting(meeting.id if meeting else None)
        self._update_summary()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.MEETINGS in topics:
            self.refresh()

    def _update_summary(self) -> None:
        rows = self.tables.model.rows
        self.summary.setText(
            self.tr("{tables}, {people}").format(
                tables=plural().tables(len(rows)),
                people=plural().participants(sum(r.participants for r in rows)),
            )
            if rows
            else ""
        )

    # -- actions ----------------------------------------------------------------------------
    def add_meeting(self) -> None:
        ws = self.ctx.workspace
        meeting = self.ctx.attempt(
            self,
            lambda: svc.add_meeting(
                ws, self.tr("New meeting"), date=date.today(), start_time=time(19, 0)
            ),
        )
        if meeting is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("add meeting"),
                undo=lambda: svc.delete_meeting(ws, meeting.id),
                redo=lambda: svc.restore_meeting(ws, meeting.id, meeting.position),
            )
        )
        self.refresh()
        self.list_view.setCurrentIndex(self.list_model.index(self.list_model.row_of(meeting.id), 0))
        self.form.title_edit.setFocus()
        self.form.title_edit.selectAll()

    def remove_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        ws = self.ctx.workspace
        position = self.list_model.row_of(meeting.id)
        if not self.ctx.succeeded(self, lambda: svc.delete_meeting(ws, meeting.id)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("remove meeting"),
                undo=lambda: svc.restore_meeting(ws, meeting.id, position),
                redo=lambda: svc.delete_meeting(ws, meeting.id),
            )
        )
        self.refresh()

    def flush(self) -> None:
        self.form.flush()


def _bigger(font: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(font)
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
