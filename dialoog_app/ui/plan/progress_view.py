"""The "Voortgang" tab of the Plan screen: what changed since a chosen date. The opgaven in
priority order with their number of changes; for the chosen one the changes (new
actions, status changes, measurements — ``services.progress.changes_since``, the rule of
the voortgang document too), its actions as they stand and its indicators as line charts
against baseline and target. The date is remembered per project."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.plan import ActionStatus
from dialoog_app.services import progress
from dialoog_app.services.events import Topic
from dialoog_app.services.progress import ChangeKind, OpgaveProgress, PlanChange

from ..context import UiContext
from ..plurals import plural
from ..refresh import RefreshWhenShown
from .charts import IndicatorChart
from .item_form import show_day, show_number
from .opgave_parts import OpgaveList, clear_layout, fill_table, read_only_table
from .plan_page import status_label


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ProgressView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opgaven: list[OpgaveProgress] = []
        self.setObjectName("progressView")

        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("progressSince")
        self.since_edit.setDisplayFormat("dd-MM-yyyy")
        self.since_edit.setCalendarPopup(True)
        since_label = QLabel(self.tr("Changes &since:"), self)
        since_label.setBuddy(self.since_edit)
        self.summary = QLabel(self)
        self.summary.setObjectName("progressSummary")
        self.export_button = QPushButton(self.tr("Export progress report…"), self)
        self.export_button.setObjectName("exportProgress")

        self.opgave_list = OpgaveList(
            "progressOpgaven", self.tr("Opgaven with their changes"), self
        )
        self.title = QLabel(self)
        self.title.setObjectName("progressTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold;")
        self.changes_heading = QLabel(self)
        self.changes_heading.setObjectName("changesHeading")
        self.changes = QListWidget(self)
        self.changes.setObjectName("progressChanges")
        self.changes.setAccessibleName(self.tr("What changed"))
        self.actions_table = read_only_table(
            "progressActions",
            self.tr("Actions as they stand"),
            [self.tr("Action"), self.tr("Owner"), self.tr("Status")],
            self,
        )
        self.no_indicators = QLabel(self.tr("No indicators yet."), self)
        self.charts = QHBoxLayout()

        top = QHBoxLayout()
        top.addWidget(since_label)
        top.addWidget(self.since_edit)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.changes_heading)
        right.addWidget(self.changes)
        right.addWidget(self.actions_table, 1)
        right.addWidget(self.no_indicators)
        right.addLayout(self.charts, 1)
        below = QHBoxLayout()
        below.addWidget(self.opgave_list)
        below.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(below, 1)

        today = ctx.clock.now().astimezone().date()
        self.since_edit.setDate(_qdate(progress.chosen_since(ctx.workspace, today)))
        self.since_edit.dateChanged.connect(self._date_chosen)
        self.opgave_list.currentRowChanged.connect(lambda _row: self._show_current())
        self.export_button.clicked.connect(self.export_report)
        self.refresh = RefreshWhenShown(self, self.reload)
        self.refresh.stale = True  # read when first shown
        ctx.bus.changed.connect(self._on_changed)

    # -- reading -----------------------------------------------------------------------------
    def since(self) -> dt.date:
        chosen = self.since_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & {Topic.PLAN, Topic.OPGAVEN}:
            self.refresh.changed()

    def reload(self) -> None:
        self.opgaven = progress.progress_since(self.ctx.workspace, self.since())
        self._fill()

    def _date_chosen(self, _date: QDate) -> None:
        since = self.since()
        progress.remember_since(self.ctx.workspace, since)
        # The plans are in hand: only the rule is applied again, no reading.
        self.opgaven = [
            o.model_copy(update={"changes": progress.changes_since(o.plan, since)})
            for o in self.opgaven
        ]
        self._fill()

    @property
    def current(self) -> OpgaveProgress | None:
        row = self.opgave_list.currentRow()
        return self.opgaven[row] if 0 <= row < len(self.opgaven) else None

    def _fill(self) -> None:
        self.opgave_list.fill(
            [
                (o.id, o.title,
                 plural().changes(len(o.changes)) if o.changes else self.tr("no changes"))
                for o in self.opgaven
            ]
        )  # fmt: skip
        total = sum(len(o.changes) for o in self.opgaven)
        touched = sum(1 for o in self.opgaven if o.changes)
        since = show_day(self.since())
        self.summary.setText(
            self.tr("%1 since %2 in %3")
            .replace("%1", plural().changes(total))
            .replace("%2", since)
            .replace("%3", plural().opgaven(touched))
            if total
            else self.tr("No changes since %1.").replace("%1", since)
        )
        self._show_current()

    def change_text(self, change: PlanChange) -> str:
        day = show_day(change.on)
        if change.kind is ChangeKind.NEW_ACTION:
            what = self.tr("New action")
        elif change.kind is ChangeKind.STATUS:
            what = self.tr("Status “%1”").replace(
                "%1", status_label(change.status or ActionStatus.PLANNED)
            )
        else:
            unit = f" {change.unit}" if change.unit else ""
            what = self.tr("Measured %1").replace("%1", show_number(change.value) + unit)
        return f"{day} · {what}: {change.subject}"

    def _show_current(self) -> None:
        clear_layout(self.charts)
        self.changes.clear()
        self.actions_table.setRowCount(0)
        opgave = self.current
        since = show_day(self.since())
        if opgave is None:
            self.title.setText(self.tr("No opgaven yet: make them on the Opgaven screen."))
            self.changes_heading.setText("")
            self.no_indicators.hide()
            return
        self.title.setText(opgave.title)
        self.changes_heading.setText(
            self.tr("Changes since %1:").replace("%1", since)
            if opgave.changes
            else self.tr("No changes since %1.").replace("%1", since)
        )
        self.changes.setVisible(bool(opgave.changes))
        for change in opgave.changes:
            self.changes.addItem(self.change_text(change))
        if opgave.changes:  # as tall as its lines, up to six
            rows = min(6, len(opgave.changes)) * self.changes.sizeHintForRow(0)
            self.changes.setFixedHeight(rows + 2 * self.changes.frameWidth() + 4)
        fill_table(
            self.actions_table,
            [(a.id, (a.what, a.owner, status_label(a.status))) for a in opgave.plan.actions],
        )
        self.no_indicators.setVisible(not opgave.plan.indicators)
        for indicator in opgave.plan.indicators:
            self.charts.addWidget(IndicatorChart(indicator, self))

    # -- actions -----------------------------------------------------------------------------
    def export_report(self) -> None:
        """The export dialog, with the voortgang and this date already chosen."""
        from ..export.dialog import ExportDialog
        from ..export.documents import DocumentKind

        action = getattr(self.window(), "export_action", None)
        dialog = action.show_dialog() if action is not None else None
        if dialog is None:
            dialog = ExportDialog(self.ctx, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        dialog.documents.radios[DocumentKind.PROGRESS].setChecked(True)
        dialog.documents.since_edit.setDate(self.since_edit.date())
