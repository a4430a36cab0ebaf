"""The "Plan" screen: the opgaven in priority order, each opening to its plan (goal,
indicators as small line charts, actions with their status), and above them a timeline
of every action per quarter, filterable by owner and status. A status change is recorded
with today's date and undoable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
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
from ..refresh import RefreshWhenShown
from ..undo import DoneCommand
from .charts import IndicatorChart, TimelineStrip
from .item_form import show_day
from .opgave_parts import OpgaveList, clear_layout, fill_table, read_only_table
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

        self.opgave_list = OpgaveList("planOpgaven", self.tr("Opgaven in order of priority"), self)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = PlanEditor(ctx, self)
        self.charts = QHBoxLayout()
        self.actions_table = read_only_table(
            "planActions",
            self.tr("Actions"),
            [self.tr("Action"), self.tr("Owner"), self.tr("Start"), self.tr("End"),
             self.tr("Status")],
            self,
        )  # fmt: skip
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
        self.refresh = RefreshWhenShown(self, self.reload)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.PLAN, Topic.OPGAVEN}:
            self.refresh.changed()

    @property
    def current(self) -> PlannedOpgave | None:
        row = self.opgave_list.currentRow()
        return self.opgaven[row] if 0 <= row < len(self.opgaven) else None

    def reload(self) -> None:
        self.opgaven = plan_overview(self.ctx.workspace)
        labels = priority_labels()
        self.opgave_list.fill(
            [(o.id, o.title, labels[max(0, min(3, o.priority))]) for o in self.opgaven]
        )
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
        clear_layout(self.charts)
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
        fill_table(
            self.actions_table,
            [
                (a.id, (a.what, a.owner, show_day(a.starts_on), show_day(a.ends_on),
                        status_label(a.status)))
                for a in p.actions
            ],
        )  # fmt: skip

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
