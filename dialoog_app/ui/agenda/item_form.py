"""The selected agenda item in full: title, phase, place, minutes and the instructions.

Each field is saved when it is left (the instructions also after a short pause in typing),
through the service, with undo. A refusal (an empty title, 0 or 900 minutes) is shown in
Dutch under the form; the typed text stays so it can be corrected, and nothing is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dialoog_app.domain.errors import UserError
from dialoog_app.domain.kinds import PHASE_LABELS, Phase, Venue
from dialoog_app.domain.validate import parse_minutes
from dialoog_app.services import agenda as svc
from dialoog_app.services.agenda import AgendaItemPatch, AgendaItemView

from .. import i18n, theme
from ..context import UiContext
from ..undo import DoneCommand
from .agenda_model import venue_label

SAVE_PAUSE_MS = 800


class ItemForm(QWidget):
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: AgendaItemView | None = None
        self._loading = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("agendaItemTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Sharing experiences"))
        self.phase_combo = QComboBox(self)
        self.phase_combo.setObjectName("agendaItemPhase")
        for phase in Phase:
            self.phase_combo.addItem(i18n.translate("Vocabulary", PHASE_LABELS[phase]), phase)
        self.venue_combo = QComboBox(self)
        self.venue_combo.setObjectName("agendaItemVenue")
        for venue in Venue:
            label = self.tr("nowhere in particular") if venue == Venue.NONE else venue_label(venue)
            self.venue_combo.addItem(label, venue)
        self.minutes_edit = QLineEdit(self)
        self.minutes_edit.setObjectName("agendaItemMinutes")
        self.minutes_edit.setMaximumWidth(80)
        self.minutes_edit.setToolTip(self.tr("A whole number of minutes, from 1 to 480"))
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_edit)
        minutes_row.addWidget(QLabel(self.tr("minutes"), self))
        minutes_row.addStretch(1)
        length_label = QLabel(self.tr("&Length"), self)
        length_label.setBuddy(self.minutes_edit)  # a row holding a layout gets no buddy itself
        self.instructions_edit = QPlainTextEdit(self)
        self.instructions_edit.setObjectName("agendaItemInstructions")
        self.instructions_edit.setTabChangesFocus(True)
        self.instructions_edit.setPlaceholderText(
            self.tr(
                "What is the question for the room?\n\n"
                "Then, after an empty line, tips for the table facilitators."
            )
        )
        hint = QLabel(
            self.tr(
                "The first paragraph is the question shown on the projector; what follows "
                "an empty line is only for the facilitators."
            ),
            self,
        )
        hint.setWordWrap(True)
        theme.style(hint, "color: @muted;")
        # A refusal is said right under the field it is about.
        self.title_message = self._message_label("agendaTitleMessage")
        self.minutes_message = self._message_label("agendaMinutesMessage")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.title_message)
        form.addRow(self.tr("&Phase"), self.phase_combo)
        form.addRow(self.tr("&Where"), self.venue_combo)
        form.addRow(length_label, minutes_row)
        form.addRow("", self.minutes_message)
        form.addRow(self.tr("&Instructions"), self.instructions_edit)
        form.addRow("", hint)

        self._instructions_timer = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._instructions_timer.timeout.connect(self._save_instructions)
        self.title_edit.editingFinished.connect(self._save_title)
        self.minutes_edit.editingFinished.connect(self._save_minutes)
        self.phase_combo.activated.connect(self._save_phase)
        self.venue_combo.activated.connect(self._save_venue)
        self.instructions_edit.textChanged.connect(self._schedule_instructions)
        self.instructions_edit.installEventFilter(self)
        self.show_item(None)

    # -- showing ----------------------------------------------------------------------------
    def show_item(self, item: AgendaItemView | None) -> None:
        """Show an item; a field being typed in keeps its text when the same item refreshes."""
        same = item is not None and self.item is not None and item.id == self.item.id
        self._loading = True
        self.item = item
        self.setEnabled(item is not None)
        if not same:
            self.title_message.hide()
            self.minutes_message.hide()
        if item is None:
            for edit in (self.title_edit, self.minutes_edit):
                edit.clear()
            self.instructions_edit.clear()
        else:
            if not (same and self.title_edit.hasFocus()):
                self.title_edit.setText(item.title)
            if not (same and self.minutes_edit.hasFocus()):
                self.minutes_edit.setText(str(item.planned_minutes))
            if not (same and self.instructions_edit.hasFocus()):
                if self.instructions_edit.toPlainText() != item.instructions:
                    self.instructions_edit.setPlainText(item.instructions)
            self.phase_combo.setCurrentIndex(self.phase_combo.findData(item.phase))
            self.venue_combo.setCurrentIndex(self.venue_combo.findData(item.venue))
        self._loading = False

    def flush(self) -> None:
        """Save whatever is still being edited (before another item is shown, or closing)."""
        self._save_title()
        self._save_minutes()
        self._save_instructions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.instructions_edit and event.type() == QEvent.Type.FocusOut:
            self._save_instructions()
        return super().eventFilter(watched, event)

    def _message_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        theme.style(label, "color: @error; font-weight: bold;")
        label.hide()
        return label

    def _say(self, field: str, message: str | None) -> None:
        label = self.title_message if field == "title" else self.minutes_message
        label.setText(message or "")
        label.setVisible(bool(message))

    # -- saving -----------------------------------------------------------------------------
    def _apply(self, label: str, field: str, value: Any) -> bool:
        if self._loading or self.item is None or getattr(self.item, field) == value:
            return True
        ws, item_id, old = self.ctx.workspace, self.item.id, getattr(self.item, field)
        try:
            self.item = svc.update_item(ws, item_id, AgendaItemPatch(**{field: value}))
        except UserError as refusal:
            self._say(field, i18n.text(refusal.text))
            return False
        self._say(field, None)
        self.ctx.undo_stack.push(
            DoneCommand(
                label,
                undo=lambda: svc.update_item(ws, item_id, AgendaItemPatch(**{field: old})),
                redo=lambda: svc.update_item(ws, item_id, AgendaItemPatch(**{field: value})),
            )
        )
        self.saved.emit()
        return True

    def _save_title(self) -> None:
        title = " ".join(self.title_edit.text().split())  # as the service will keep it
        if self.item is None or self._loading:
            return
        if title == self.item.title:
            self._say("title", None)
        else:
            self._apply(self.tr("rename agenda item"), "title", title)

    def _save_minutes(self) -> None:
        if self._loading or self.item is None:
            return
        text = self.minutes_edit.text()
        if text.strip() == str(self.item.planned_minutes):
            self._say("planned_minutes", None)
            return
        try:
            minutes = parse_minutes(text)
        except UserError as refusal:
            self._say("planned_minutes", i18n.text(refusal.text))
            return
        self._apply(self.tr("change length"), "planned_minutes", minutes)

    def _save_phase(self) -> None:
        self._apply(self.tr("change phase"), "phase", self.phase_combo.currentData())

    def _save_venue(self) -> None:
        self._apply(self.tr("change place"), "venue", self.venue_combo.currentData())

    def _schedule_instructions(self) -> None:
        if not self._loading:
            self._instructions_timer.start()

    def _save_instructions(self) -> None:
        self._instructions_timer.stop()
        if self.item is None:
            return
        text = self.instructions_edit.toPlainText().strip()
        if text != self.item.instructions:
            self._apply(self.tr("change instructions"), "instructions", text)
