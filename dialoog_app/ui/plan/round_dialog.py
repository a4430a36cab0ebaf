"""Asking for a new voting round: its name, its date and whether votes are counted per
table, per role or per participant number (then: how many participants, for now)."""

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
    QSpinBox,
    QWidget,
)

from dialoog_app.domain.plan import MAX_PARTICIPANTS, CountedPer


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
        self.counted_per.addItem(
            self.tr("per participant number (anonymous)"), CountedPer.PARTICIPANT
        )
        # Numbered name cards with dot stickers: how many cards; more can be added later.
        self.participants = QSpinBox(self)
        self.participants.setRange(1, MAX_PARTICIPANTS)
        self.participants.setValue(20)
        self.participants.setToolTip(self.tr("More participants can be added later"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Count votes:"), self.counted_per)
        form.addRow(self.tr("&Participants:"), self.participants)
        form.addRow(buttons)
        self.counted_per.currentIndexChanged.connect(self._per_number)
        self._per_number()

    def _per_number(self) -> None:
        self.participants.setEnabled(self.counted_per.currentData() == CountedPer.PARTICIPANT)

    def values(self) -> tuple[str, dt.date, CountedPer, int]:
        day = self.held_on.date()
        per = CountedPer(self.counted_per.currentData())
        return (
            self.name.text(),
            dt.date(day.year(), day.month(), day.day()),
            per,
            self.participants.value() if per is CountedPer.PARTICIPANT else 0,
        )
