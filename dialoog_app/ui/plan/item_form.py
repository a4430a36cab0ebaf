"""A small form for one row of a plan (an indicator, a measurement, an expert), built from
a list of fields; what it returns goes to services/plan.py, which checks it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from dialoog_app.domain.errors import ValidationError
from dialoog_app.services.plan import NOT_A_NUMBER

_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")
# A date field may be left empty: its lowest date is shown as "—" and means "none".
_NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "line"  # line, number, date, optional_date, choice
    choices: tuple[tuple[str, str], ...] = ()  # (label, value) for a choice


def parse_number(typed: str) -> float | None:
    """A number as a Dutch user types it: "12", "3,5", "1.500,5", "1.200"; empty is none.

    A point is a thousands separator when a comma follows or it groups by three digits
    ("1.200" is twelve hundred); otherwise it is the decimal point ("3.5")."""
    text = typed.strip().replace(" ", "")
    if not text:
        return None
    if "," in text or _THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValidationError(NOT_A_NUMBER) from None


def show_day(day: dt.date | None) -> str:
    return f"{day.day}-{day.month}-{day.year}" if day else "—"  # Dutch order: 1-4-2027


def show_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


class ItemForm(QDialog):
    def __init__(
        self, title: str, fields: list[Field], values: dict[str, Any], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("planItemForm")
        self.setMinimumWidth(420)
        self.specs = fields
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for spec in fields:
            widget = self._widget(spec, values.get(spec.name))
            widget.setObjectName(f"field_{spec.name}")
            self.widgets[spec.name] = widget
            form.addRow(spec.label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _widget(self, spec: Field, value: Any) -> QWidget:
        if spec.kind in ("date", "optional_date"):
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")  # as the Plan screen shows dates
            if spec.kind == "optional_date":
                edit.setMinimumDate(_NO_DATE)
                edit.setSpecialValueText("—")
            day = value or (None if spec.kind == "optional_date" else dt.date.today())
            edit.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)
            return edit
        if spec.kind == "choice":
            combo = QComboBox(self)
            for label, data in spec.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        line = QLineEdit(self)
        line.setText(show_number(value) if spec.kind == "number" else str(value or ""))
        return line

    def values(self) -> dict[str, Any]:
        """What was typed, as the service takes it; a number that is none raises a
        ValidationError (shown to the user by ``ctx.attempt``)."""
        out: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if isinstance(widget, QDateEdit):
                day = widget.date()
                none = spec.kind == "optional_date" and day == _NO_DATE
                out[spec.name] = None if none else dt.date(day.year(), day.month(), day.day())
            elif isinstance(widget, QComboBox):
                out[spec.name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                text = widget.text()
                out[spec.name] = parse_number(text) if spec.kind == "number" else text
        return out
