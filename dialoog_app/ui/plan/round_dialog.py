"""Asking for a new voting round: its name, its date and whether votes are counted per
table or per role."""

from __future__ import annotations

import datetime as dt

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

from dialoog_app.domain.plan import CountedPer


class RoundDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New voting round"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("for example: april"))
        self.held_on = QDateEdit(QDate.currentDate(), self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d-M-yyyy")
        self.counted_per = QComboBox(self)
        self.counted_per.addItem(self.tr("per table"), CountedPer.TABLE)
        self.counted_per.addItem(self.tr("per role"), CountedPer.ROLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Count votes:"), self.counted_per)
        form.addRow(buttons)

    def values(self) -> tuple[str, dt.date, CountedPer]:
        day = self.held_on.date()
        return (
            self.name.text(),
            dt.date(day.year(), day.month(), day.day()),
            CountedPer(self.counted_per.currentData()),
        )
