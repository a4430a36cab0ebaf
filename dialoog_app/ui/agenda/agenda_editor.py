"""Building a meeting's agenda: the items in order with their planned times, and one in full.

Add, duplicate, remove, reorder (buttons, Ctrl+Up/Down, drag and drop), start from a
template — each through the service first, then a ``DoneCommand`` for undo.
"""

from __future__ import annotations

from datetime import time
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCommandLinkButton,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.kinds import Phase, Venue
from dialoog_app.services import agenda as svc
from dialoog_app.services.agenda_templates import AgendaTemplate
from dialoog_app.services.events import Topic

from .. import theme
from ..context import UiContext
from ..header_fit import StretchWithMinimum
from ..shortcuts import sequence
from ..undo import DoneCommand
from .agenda_model import TIME, TITLE, AgendaModel, clock_times, duration_text
from .item_form import ItemForm
from .template_menu import TemplateMenu

NEW_ITEM_MINUTES = 10
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


STARTER_WIDTH = 560


class AgendaEditor(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: str | None = None
        self.start: time | None = None
        self.model = AgendaModel(self)
        self.model.on_move = self.move_item

        self.view = QTableView(self)
        self.view.setObjectName("agendaView")
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # DragDrop, not InternalMove: the model refuses anything but its own ids, and the
        # service (not the view) moves the row.
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDropIndicatorShown(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(36)
        self.view.setAlternatingRowColors(True)
        self.view.setStyleSheet("QTableView { font-size: 11pt; }")
        self.view.setToolTip(self.tr("Drag an item to move it, or use Ctrl+Up and Ctrl+Down"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stretch = StretchWithMinimum(self.view, (TITLE,))  # never a cut-off header

        self.add_button = QPushButton(self.tr("+ Add item"), self)
        self.add_button.setToolTip(
            self.tr("Add an agenda item after the selected one (Ctrl+Shift+N)")
        )
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setToolTip(self.tr("Duplicate the selected item (Ctrl+D)"))
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Move the item up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Move the item down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the item (Delete); Ctrl+Z brings it back"))
        self.templates_button = QToolButton(self)
        self.templates_button.setObjectName("templatesButton")
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = TemplateMenu(ctx, self)
        self.templates_button.setMenu(self.template_menu)
        self.add_button.clicked.connect(self.add_item)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        for keys, slot in (
            ("agenda.add_item", self.add_item),
            ("agenda.duplicate", self.duplicate_selected),
            ("agenda.item_up", lambda: self.move_selected(-1)),
            ("agenda.item_down", lambda: self.move_selected(+1)),
        ):
            QShortcut(sequence(keys), self, slot, context=WITH_CHILDREN)
        QShortcut(
            sequence("agenda.remove_item"),
            self.view,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.totals = QLabel(self)
        self.totals.setObjectName("agendaTotals")
        self.totals.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.notice = QLabel(self)  # what just happened, e.g. "template applied; Ctrl+Z …"
        self.notice.setObjectName("agendaNotice")
        self.notice.setWordWrap(True)
        theme.style(self.notice, "color: @accent;")

        self.starter = self._build_starter()
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.starter)
        self.table_stack.addWidget(self.view)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.templates_button)
        left = QVBoxLayout()
        left.addWidget(self.table_stack, 1)
        left.addLayout(buttons)
        left.addWidget(self.totals)
        left.addWidget(self.notice)

        self.form = ItemForm(ctx, self)
        self.form.saved.connect(self.refresh)  # the table and times follow at once
        self.form_box = form_box = QGroupBox(self.tr("Agenda item"), self)
        QVBoxLayout(form_box).addWidget(self.form)
        form_box.setMinimumWidth(340)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(form_box, 2)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        ctx.bus.changed.connect(self._on_changed)
        self._update_controls()

    def _build_starter(self) -> QWidget:
        """For an empty agenda: start from a built-in template, or from one empty item."""
        starter = QWidget(self)
        starter.setObjectName("agendaStarter")
        layout = QVBoxLayout(starter)
        invitation = QLabel(
            self.tr(
                "This meeting has no agenda yet. Start from a template, or add items one by one."
            ),
            starter,
        )
        invitation.setWordWrap(True)
        invitation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        invitation.setStyleSheet("font-size: 13pt;")
        layout.addStretch(1)
        layout.addWidget(invitation)
        for ref in self.template_menu.builtin_refs():
            heading = self.tr("{name} — {length}, {count} items").format(
                name=ref.name, length=duration_text(ref.total_minutes), count=ref.item_count
            )
            button = QCommandLinkButton(heading, ref.description, starter)
            button.setFixedWidth(STARTER_WIDTH)
            # Tall enough for the whole description, wrapped: a centred item in a box
            # layout gets its size hint, which is one line (the rest was cut off).
            button.setFixedHeight(button.heightForWidth(STARTER_WIDTH))
            button.setToolTip(ref.description)
            button.clicked.connect(partial(self.template_menu.apply_ref, ref))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_button = QPushButton(self.tr("Add an empty item"), starter)
        empty_button.setObjectName("starterAddItem")
        empty_button.clicked.connect(self.add_item)
        layout.addWidget(empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return starter

    # -- showing ----------------------------------------------------------------------------
    def show_meeting(self, meeting_id: str | None, start: time | None) -> None:
        if meeting_id != self.meeting_id:
            self.form.flush()
            self.view.clearSelection()
        self.meeting_id, self.start = meeting_id, start
        self.model.set_start(start)
        self.refresh()

    def refresh(self) -> None:
        rows = svc.list_items(self.ctx.workspace, self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        self.table_stack.setCurrentIndex(1 if rows else 0)
        self.form_box.setVisible(bool(rows))  # an empty agenda: the templates get the room
        selected = self.selected_id()
        if selected is None and rows:
            self.view.selectRow(0)
        self.form.show_item(next((r for r in rows if r.id == self.selected_id()), None))
        self._update_controls()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.AGENDA in topics:
            self.refresh()

    def _on_current_changed(self) -> None:
        self.form.flush()
        selected = self.selected_id()
        self.form.show_item(next((r for r in self.model.rows if r.id == selected), None))
        self._update_controls()

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, TITLE))

    def _update_controls(self) -> None:
        selected = self.selected_id()
        row = self.model.row_of(selected) if selected else -1
        self.add_button.setEnabled(self.meeting_id is not None)
        self.templates_button.setEnabled(self.meeting_id is not None)
        for button in (self.duplicate_button, self.remove_button):
            button.setEnabled(selected is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.model.rows) - 1)
        total = self.model.total_minutes()
        count = len(self.model.rows)
        if not count:
            self.totals.setText("")
            return
        items = self.tr("1 item") if count == 1 else self.tr("{count} items").format(count=count)
        summary = self.tr("{items}, {length} in total").format(
            items=items, length=duration_text(total)
        )
        if self.start is not None:
            start, end = clock_times(self.start, [total, 0])
            summary += " · " + self.tr("planned {start} – {end}").format(start=start, end=end)
        else:
            summary += " · " + self.tr("set a start time under Meetings to see clock times")
        self.totals.setText(summary)

    def say(self, text: str) -> None:
        self.notice.setText(text)

    # -- actions ----------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        ws, meeting_id = self.ctx.workspace, self.meeting_id
        selected = self.selected_id()
        index = self.model.row_of(selected) + 1 if selected else None
        item = self.ctx.attempt(
            self,
            lambda: svc.add_item(
                ws,
                meeting_id,
                self.tr("New agenda item"),
                phase=Phase.OTHER,
                venue=Venue.TABLES,
                planned_minutes=NEW_ITEM_MINUTES,
                index=index,
            ),
        )
        if item is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("add agenda item"),
                undo=lambda: svc.delete_item(ws, item.id),
                redo=lambda: svc.restore_item(ws, item.id, item.position),
            )
        )
        self.refresh()
        self.select(item.id)
        self.form.title_edit.setFocus()  # type the real title straight away
        self.form.title_edit.selectAll()

    def duplicate_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        ws = self.ctx.workspace
        copy = self.ctx.attempt(self, lambda: svc.duplicate_item(ws, item_id))
        if copy is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("duplicate agenda item"),
                undo=lambda: svc.delete_item(ws, copy.id),
                redo=lambda: svc.restore_item(ws, copy.id, copy.position),
            )
        )
        self.refresh()
        self.select(copy.id)

    def move_selected(self, step: int) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.move_item(item_id, self.model.row_of(item_id) + step)

    def move_item(self, item_id: str, new: int) -> None:
        ws = self.ctx.workspace
        old = self.model.row_of(item_id)
        if old < 0 or not 0 <= new < len(self.model.rows) or new == old:
            return
        column = max(self.view.currentIndex().column(), TIME)
        if not self.ctx.succeeded(self, lambda: svc.move_item(ws, item_id, new)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("move agenda item"),
                undo=lambda: svc.move_item(ws, item_id, old),
                redo=lambda: svc.move_item(ws, item_id, new),
            )
        )
        self.refresh()
        self.view.setCurrentIndex(self.model.index(self.model.row_of(item_id), column))

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        ws = self.ctx.workspace
        position = self.model.row_of(item_id)
        self.form.flush()
        if not self.ctx.succeeded(self, lambda: svc.delete_item(ws, item_id)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("remove agenda item"),
                undo=lambda: svc.restore_item(ws, item_id, position),
                redo=lambda: svc.delete_item(ws, item_id),
            )
        )
        self.refresh()
        if self.model.rows:
            self.view.selectRow(min(position, len(self.model.rows) - 1))

    def apply_template(self, template: AgendaTemplate) -> None:
        """Replace the agenda by the template's items; one Ctrl+Z brings the old one back."""
        if self.meeting_id is None:
            return
        ws, meeting_id = self.ctx.workspace, self.meeting_id
        self.form.flush()
        swap = self.ctx.attempt(self, lambda: svc.apply_template(ws, meeting_id, template))
        if swap is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("apply template"),
                undo=lambda: svc.set_live_items(ws, meeting_id, swap.before),
                redo=lambda: svc.set_live_items(ws, meeting_id, swap.after),
            )
        )
        self.view.clearSelection()
        self.view.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()
        self.say(
            self.tr("Template “{name}” applied. Ctrl+Z brings back the agenda you had.").format(
                name=template.name
            )
        )

    def flush(self) -> None:
        self.form.flush()
