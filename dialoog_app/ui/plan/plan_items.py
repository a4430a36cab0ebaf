"""The indicators, measurements and experts of the chosen opgave's plan, each in a tab with
Add / Edit / Delete; every change is a DoneCommand on the window's undo stack (an add is
undone by a tombstone, a delete by reviving the row, an edit by writing the old values)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.errors import ValidationError
from dialoog_app.services import plan
from dialoog_app.services.plan import NOT_A_NUMBER, PlanItem
from dialoog_app.services.plan_views import ExpertPatch, IndicatorPatch, PlanView

from ..context import UiContext
from ..undo import DoneCommand
from .item_form import Field, ItemForm, show_day, show_number


class ItemTab(QWidget):
    """A table of rows and the three buttons under it."""

    def __init__(self, name: str, headers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ids: list[str] = []
        self.add = QPushButton(self.tr("Add…"), self)
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        for button, what in ((self.add, "add"), (self.edit, "edit"), (self.delete, "delete")):
            button.setObjectName(f"{name}_{what}")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.edit)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit.click())

    def fill(self, rows: list[tuple[str, tuple[str, ...]]]) -> None:
        keep = self.current()
        self.ids = [row_id for row_id, _values in rows]
        self.table.setRowCount(len(rows))
        for r, (_row_id, values) in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        if keep in self.ids:
            self.table.selectRow(self.ids.index(keep))

    def current(self) -> str | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None


class PlanItemsPanel(QTabWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("planItems")
        self.opgave_id: str | None = None
        self.plan: PlanView | None = None
        headers = [self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline")]
        headers += [self.tr("Target"), self.tr("Target date")]
        self.indicators = ItemTab("indicators", headers, self)
        self.measurements = ItemTab(
            "measurements",
            [self.tr("Indicator"), self.tr("Date"), self.tr("Value"), self.tr("Source")],
            self,
        )
        self.experts = ItemTab(
            "experts",
            [self.tr("Organisation"), self.tr("Role"), self.tr("Contact (personal data)")],
            self,
        )
        self.measurements.edit.hide()  # a measurement is corrected by deleting it and adding
        self.setAccessibleName(self.tr("Indicators, measurements and experts"))
        for tab, title in (
            (self.indicators, self.tr("Indicators")),
            (self.measurements, self.tr("Measurements")),
            (self.experts, self.tr("Experts")),
        ):
            self.addTab(tab, title)
            tab.table.setAccessibleName(title)  # what a screen reader says for the table
        self.indicators.add.clicked.connect(self.add_indicator)
        self.indicators.edit.clicked.connect(self.edit_indicator)
        self.indicators.delete.clicked.connect(
            lambda: self._delete(PlanItem.INDICATOR, self.indicators, self.tr("delete indicator"))
        )
        self.measurements.add.clicked.connect(self.add_measurement)
        self.measurements.delete.clicked.connect(
            lambda: self._delete(
                PlanItem.MEASUREMENT, self.measurements, self.tr("delete measurement")
            )
        )
        self.experts.add.clicked.connect(self.add_expert)
        self.experts.edit.clicked.connect(self.edit_expert)
        self.experts.delete.clicked.connect(
            lambda: self._delete(PlanItem.EXPERT, self.experts, self.tr("delete expert"))
        )

    def show_plan(self, opgave_id: str | None, view: PlanView | None) -> None:
        self.opgave_id, self.plan = opgave_id, view
        self.setEnabled(view is not None)
        indicators = view.indicators if view else ()
        self.indicators.fill(
            [
                (i.id, (i.name, i.unit, show_number(i.baseline), show_number(i.target),
                        show_day(i.target_date)))
                for i in indicators
            ]
        )  # fmt: skip
        self.measurements.fill(
            [
                (m.id, (i.name, show_day(m.measured_on), show_number(m.value), m.source))
                for i in indicators
                for m in i.measurements
            ]
        )
        self.experts.fill(
            [
                (e.id, (e.organisation, e.role, e.contact_name))
                for e in (view.experts if view else ())
            ]
        )

    # -- the forms -----------------------------------------------------------------------
    def _indicator_fields(self) -> list[Field]:
        return [
            Field("name", self.tr("Name:")),
            Field("unit", self.tr("Unit:")),
            Field("baseline", self.tr("Baseline:"), "number"),
            Field("target", self.tr("Target:"), "number"),
            Field("target_date", self.tr("Target date:"), "optional_date"),
        ]

    def _expert_fields(self) -> list[Field]:
        return [
            Field("organisation", self.tr("Organisation:")),
            Field("role", self.tr("Role:")),
            Field("contact_name", self.tr("Contact name (optional, personal data):")),
        ]

    def _form(self, title: str, fields: list[Field], values: dict[str, Any]) -> ItemForm | None:
        form = ItemForm(title, fields, values, self)
        return form if form.exec() == QDialog.DialogCode.Accepted else None

    # -- adding ----------------------------------------------------------------------------
    def _added(self, kind: PlanItem, text: str, made: Any) -> None:
        if made is None:
            return
        ws = self.ctx.workspace
        self.ctx.undo_stack.push(
            DoneCommand(
                text,
                undo=lambda: plan.delete_item(ws, kind, made.id),
                redo=lambda: plan.restore_item(ws, kind, made.id),
            )
        )

    def add_indicator(self) -> None:
        opgave_id, ws = self.opgave_id, self.ctx.workspace
        form = self._form(self.tr("New indicator"), self._indicator_fields(), {})
        if opgave_id is None or form is None:
            return
        made = self.ctx.attempt(self, lambda: plan.add_indicator(ws, opgave_id, **form.values()))
        self._added(PlanItem.INDICATOR, self.tr("new indicator"), made)

    def add_measurement(self) -> None:
        if not self.plan or not self.plan.indicators:
            return
        choices = tuple((i.name, i.id) for i in self.plan.indicators)
        fields = [
            Field("indicator_id", self.tr("Indicator:"), "choice", choices),
            Field("measured_on", self.tr("Date:"), "date"),
            Field("value", self.tr("Value:"), "number"),
            Field("source", self.tr("Source:")),
            Field("note", self.tr("Note:")),
        ]
        values: dict[str, Any] = {"indicator_id": self.indicators.current()}
        values["measured_on"] = self.ctx.clock.now().astimezone().date()
        form = self._form(self.tr("New measurement"), fields, values)
        if form is None:
            return
        ws = self.ctx.workspace

        def add() -> Any:
            typed = form.values()
            if typed["value"] is None:
                raise ValidationError(NOT_A_NUMBER)
            return plan.add_measurement(ws, **typed)

        self._added(PlanItem.MEASUREMENT, self.tr("new measurement"), self.ctx.attempt(self, add))

    def add_expert(self) -> None:
        opgave_id, ws = self.opgave_id, self.ctx.workspace
        form = self._form(self.tr("New expert"), self._expert_fields(), {})
        if opgave_id is None or form is None:
            return
        made = self.ctx.attempt(self, lambda: plan.add_expert(ws, opgave_id, **form.values()))
        self._added(PlanItem.EXPERT, self.tr("new expert"), made)

    # -- editing and deleting ----------------------------------------------------------------
    def edit_indicator(self) -> None:
        row_id = self.indicators.current()
        found = [i for i in self.plan.indicators if i.id == row_id] if self.plan else []
        if not found:
            return
        values = found[0].model_dump()
        form = self._form(self.tr("Edit indicator"), self._indicator_fields(), values)
        if form is not None:
            self._edit(row_id or "", lambda: IndicatorPatch(**form.values()), plan.update_indicator)

    def edit_expert(self) -> None:
        row_id = self.experts.current()
        found = [e for e in self.plan.experts if e.id == row_id] if self.plan else []
        if not found:
            return
        form = self._form(self.tr("Edit expert"), self._expert_fields(), found[0].model_dump())
        if form is not None:
            self._edit(row_id or "", lambda: ExpertPatch(**form.values()), plan.update_expert)

    def _edit(self, row_id: str, patch: Callable[[], Any], update: Callable[..., Any]) -> None:
        ws = self.ctx.workspace
        new: list[Any] = []

        def write() -> Any:
            new.append(patch())
            return update(ws, row_id, new[0])

        old = self.ctx.attempt(self, write)
        if old is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("edit plan"),
                undo=lambda: update(ws, row_id, old),
                redo=lambda: update(ws, row_id, new[0]),
            )
        )

    def _delete(self, kind: PlanItem, tab: ItemTab, text: str) -> None:
        row_id, ws = tab.current(), self.ctx.workspace
        if row_id is None or not self.ctx.succeeded(
            self, lambda: plan.delete_item(ws, kind, row_id)
        ):
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                text,
                undo=lambda: plan.restore_item(ws, kind, row_id),
                redo=lambda: plan.delete_item(ws, kind, row_id),
            )
        )
