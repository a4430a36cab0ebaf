"""The "Plan" screen: the opgaven in priority order, each opening to its plan (goal,
indicators as small line charts, actions with their status), and above them a timeline
of every action per quarter, filterable by owner and status. A status change is recorded
with today's date and undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.plan import ACTION_STATUS_LABELS, ActionStatus
from dialoog_app.services import plan
from dialoog_app.services.events import Topic
from dialoog_app.services.plan import PlanItem
from dialoog_app.services.plan_overview import PlannedOpgave, plan_overview

from ..board.style import priority_labels
from ..context import UiContext
from ..roles import ID_ROLE
from ..undo import DoneCommand
from .charts import IndicatorChart, TimelineStrip
from .item_form import show_day
from .plan_editor import FIELDS, PlanEditor
from .plan_items import PlanItemsPanel

ALL = ""


def status_label(status: ActionStatus) -> str:
    return QCoreApplication.translate("Vocabulary", ACTION_STATUS_LABELS[status])


class PlanPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opgaven: list[PlannedOpgave] = []
        self.setObjectName("planPage")

        self.owner_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("all statuses"), ALL)
        for status in ActionStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.timeline = TimelineStrip(self)
        timeline_scroll = QScrollArea(self)
        timeline_scroll.setAccessibleName(self.tr("Timeline of the actions"))
        timeline_scroll.setWidgetResizable(True)
        timeline_scroll.setWidget(self.timeline)
        timeline_scroll.setMaximumHeight(190)

        self.opgave_list = QListWidget(self)
        self.opgave_list.setObjectName("planOpgaven")
        self.opgave_list.setAccessibleName(self.tr("Opgaven in order of priority"))
        self.opgave_list.setMaximumWidth(320)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = PlanEditor(ctx, self)
        self.charts = QHBoxLayout()
        self.actions_table = QTableWidget(0, 5, self)
        self.actions_table.setObjectName("planActions")
        self.actions_table.setAccessibleName(self.tr("Actions"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Start"), self.tr("End"),
             self.tr("Status")]
        )  # fmt: skip
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.verticalHeader().hide()
        self.actions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.new_status = QComboBox(self)
        for status in ActionStatus:
            self.new_status.addItem(status_label(status), status.value)
        self.items = PlanItemsPanel(ctx, self)
        self.delete_action = QPushButton(self.tr("Delete action"), self)
        self.delete_action.setObjectName("deleteAction")
        self.record_status = QPushButton(self.tr("Record status"), self)
        self.record_status.setToolTip(self.tr("Change the chosen action's status, dated today"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Timeline of the actions — owner:"), self))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(self.tr("status:"), self))
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.delete_action)
        status_row.addStretch(1)
        status_row.addWidget(self.new_status)
        status_row.addWidget(self.record_status)
        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self.editor)
        right.addLayout(self.charts)
        right.addWidget(self.actions_table, 1)
        right.addLayout(status_row)
        right.addWidget(self.items)
        below = QHBoxLayout()
        below.addWidget(self.opgave_list)
        below.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(timeline_scroll)
        layout.addLayout(below, 1)

        self.owner_filter.currentIndexChanged.connect(lambda _i: self._fill_timeline())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._fill_timeline())
        self.opgave_list.currentRowChanged.connect(lambda _row: self._show_current())
        self.record_status.clicked.connect(self.change_status)
        self.delete_action.clicked.connect(self.remove_action)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.PLAN, Topic.OPGAVEN}:
            self.reload()

    @property
    def current(self) -> PlannedOpgave | None:
        row = self.opgave_list.currentRow()
        return self.opgaven[row] if 0 <= row < len(self.opgaven) else None

    def reload(self) -> None:
        keep = self.current.id if self.current else None
        self.opgaven = plan_overview(self.ctx.workspace)
        labels = priority_labels()
        self.opgave_list.blockSignals(True)
        self.opgave_list.clear()
        for opgave in self.opgaven:
            item = QListWidgetItem(f"{opgave.title}\n{labels[max(0, min(3, opgave.priority))]}")
            item.setData(ID_ROLE, opgave.id)
            self.opgave_list.addItem(item)
        ids = [o.id for o in self.opgaven]
        self.opgave_list.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.opgave_list.blockSignals(False)
        owner = self.owner_filter.currentData() or ALL
        owners = sorted({a.owner for o in self.opgaven for a in o.plan.actions if a.owner})
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("all owners"), ALL)
        for name in owners:
            self.owner_filter.addItem(name, name)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(owner)))
        self.owner_filter.blockSignals(False)
        self._fill_timeline()
        self._show_current()

    def _fill_timeline(self) -> None:
        owner = self.owner_filter.currentData() or ALL
        status = self.status_filter.currentData() or ALL
        self.timeline.set_actions(
            [
                (o.title, a)
                for o in self.opgaven
                for a in o.plan.actions
                if (owner == ALL or a.owner == owner) and (status == ALL or a.status == status)
            ]
        )

    def _show_current(self) -> None:
        while self.charts.count():
            taken = self.charts.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        opgave = self.current
        self.actions_table.setRowCount(0)
        if opgave is None:
            self.details.setText(self.tr("No opgaven yet: make them on the Opgaven screen."))
            self.editor.show_plan(None, {})
            self.items.show_plan(None, None)
            return
        p = opgave.plan
        self.details.setText(opgave.title)
        self.editor.show_plan(opgave.id, {name: getattr(p, name) for name in FIELDS})
        self.items.show_plan(opgave.id, p)
        for indicator in p.indicators:
            self.charts.addWidget(IndicatorChart(indicator, self))
        self.actions_table.setRowCount(len(p.actions))
        for row, action in enumerate(p.actions):
            values = (
                action.what,
                action.owner,
                show_day(action.starts_on),
                show_day(action.ends_on),
                status_label(action.status),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, action.id)
                self.actions_table.setItem(row, column, item)

    def change_status(self) -> None:
        opgave = self.current
        row = self.actions_table.currentRow()
        if opgave is None or not 0 <= row < len(opgave.plan.actions):
            return
        action = opgave.plan.actions[row]
        status = ActionStatus(self.new_status.currentData())
        today = self.ctx.clock.now().astimezone().date()
        ws = self.ctx.workspace
        done = self.ctx.attempt(self, lambda: plan.set_action_status(ws, action.id, status, today))
        if done is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("change action status"),
                undo=lambda: plan.undo_status_change(ws, done),
                redo=lambda: plan.redo_status_change(ws, done),
            )
        )

    def remove_action(self) -> None:
        opgave = self.current
        row = self.actions_table.currentRow()
        if opgave is None or not 0 <= row < len(opgave.plan.actions):
            return
        action_id, ws = opgave.plan.actions[row].id, self.ctx.workspace
        if not self.ctx.succeeded(self, lambda: plan.delete_item(ws, PlanItem.ACTION, action_id)):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("delete action"),
                undo=lambda: plan.restore_item(ws, PlanItem.ACTION, action_id),
                redo=lambda: plan.delete_item(ws, PlanItem.ACTION, action_id),
            )
        )
