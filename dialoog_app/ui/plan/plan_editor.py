"""Editing an opgave's plan on the Plan screen: goal, meerjarenplan years and budget line
(saved when a field is left or Enter is pressed), and a new action typed in one line.
Every edit is a DoneCommand on the window's undo stack."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from dialoog_app.services import plan
from dialoog_app.services.plan import PlanItem
from dialoog_app.services.plan_views import PlanPatch

from ..context import UiContext
from ..undo import DoneCommand

FIELDS = ("goal", "years", "budget_line")


class PlanEditor(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opgave_id: str | None = None
        self.shown: dict[str, str] = {}
        self.fields = {name: QLineEdit(self) for name in FIELDS}
        self.fields["goal"].setPlaceholderText(self.tr("what this opgave should achieve"))
        self.fields["years"].setPlaceholderText(self.tr("for example 2027–2030"))
        self.new_action = QLineEdit(self)
        self.new_action.setObjectName("newAction")
        self.new_action.setPlaceholderText(self.tr("New action: type it and press Enter"))
        self.new_owner = QLineEdit(self)
        self.new_owner.setPlaceholderText(self.tr("owner (organisation or department)"))
        self.new_owner.setAccessibleName(self.tr("Owner of the new action"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Goal:"), self.fields["goal"])
        meerjaren = QHBoxLayout()
        meerjaren.addWidget(self.fields["years"])
        meerjaren.addWidget(self.fields["budget_line"], 2)
        self.fields["budget_line"].setPlaceholderText(self.tr("budget line"))
        self.fields["budget_line"].setAccessibleName(self.tr("Budget line"))
        form.addRow(self._label(self.tr("&Years, budget:"), self.fields["years"]), meerjaren)
        adding = QHBoxLayout()
        adding.addWidget(self.new_action, 2)
        adding.addWidget(self.new_owner, 1)
        form.addRow(self._label(self.tr("New &action:"), self.new_action), adding)
        for name, field in self.fields.items():
            field.editingFinished.connect(lambda n=name: self._save(n))
        self.new_action.returnPressed.connect(self.add_action)
        self.new_owner.returnPressed.connect(self.add_action)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A row label for a row of several fields: its shortcut goes to the first."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def show_plan(self, opgave_id: str | None, values: dict[str, str]) -> None:
        self.opgave_id = opgave_id
        self.shown = dict(values)
        for name, field in self.fields.items():
            if not field.hasFocus() or field.text() == values.get(name, ""):
                field.setText(values.get(name, ""))
        self.setEnabled(opgave_id is not None)

    def _save(self, name: str) -> None:
        opgave_id, text = self.opgave_id, self.fields[name].text()
        if opgave_id is None or text == self.shown.get(name, ""):
            return
        ws = self.ctx.workspace
        new = PlanPatch.model_validate({name: text})
        old = self.ctx.attempt(self, lambda: plan.update_plan(ws, opgave_id, new))
        if old is None:
            self.fields[name].setText(self.shown.get(name, ""))  # refused: show what is stored
            return
        self.shown[name] = text
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("edit plan"),
                undo=lambda: plan.update_plan(ws, opgave_id, old),
                redo=lambda: plan.update_plan(ws, opgave_id, new),
            )
        )

    def add_action(self) -> None:
        opgave_id, what = self.opgave_id, self.new_action.text()
        if opgave_id is None or not what.strip():
            return
        ws = self.ctx.workspace
        owner = self.new_owner.text()
        made = self.ctx.attempt(self, lambda: plan.add_action(ws, opgave_id, what, owner=owner))
        if made is None:
            return  # the typing stays, the refusal was shown
        self.new_action.clear()
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("new action"),
                undo=lambda: plan.delete_item(ws, PlanItem.ACTION, made.id),
                redo=lambda: plan.restore_item(ws, PlanItem.ACTION, made.id),
            )
        )
