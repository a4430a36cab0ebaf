"""Title, date, start time and location of the selected meeting; saved as they are edited."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from dialoog_app.services.project_rows import MeetingRow

from .. import theme
from ..context import UiContext
from ..deferred import deferred
from ..undo import DoneCommand

if TYPE_CHECKING:
    from dialoog_app.services import meetings as svc
else:  # loaded at the first write: the first paint needs no ORM (ui/deferred.py)
    svc = deferred("dialoog_app.services.meetings")

DATE_FORMAT = "dddd d MMMM yyyy"


class MeetingForm(QWidget):
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingRow | None = None
        self._loading = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("meetingTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Dialoogtafels Samenleving"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("meetingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName("meetingStart")
        self.time_edit.setDisplayFormat("HH:mm")
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("meetingLocation")
        self.location_edit.setPlaceholderText(self.tr("e.g. Dorpshuis De Aker"))
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        theme.style(self.message, "color: @error;")
        self.message.hide()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.message)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Start time"), self.time_edit)
        form.addRow(self.tr("&Location"), self.location_edit)

        # Dates and times are saved shortly after the last change (the arrows and the
        # calendar change them step by step), and at once when the field is left.
        self._when_timer = QTimer(self, singleShot=True, interval=500)
        self._when_timer.timeout.connect(self._save_when)
        self.title_edit.editingFinished.connect(self._save_title)
        self.location_edit.editingFinished.connect(self._save_location)
        self.date_edit.dateChanged.connect(self._schedule_when)
        self.time_edit.timeChanged.connect(self._schedule_when)
        self.date_edit.editingFinished.connect(self._save_when)
        self.time_edit.editingFinished.connect(self._save_when)

    def show_meeting(self, meeting: MeetingRow | None) -> None:
        self._loading = True
        self.meeting = meeting
        self.setEnabled(meeting is not None)
        self.message.hide()
        if meeting is not None:
            self.title_edit.setText(meeting.title)
            self.location_edit.setText(meeting.location)
            if meeting.date:
                self.date_edit.setDate(
                    QDate(meeting.date.year, meeting.date.month, meeting.date.day)
                )
            if meeting.start_time:
                self.time_edit.setTime(QTime(meeting.start_time.hour, meeting.start_time.minute))
        self._loading = False

    def flush(self) -> None:
        """Save whatever is still being edited (before switching meeting or closing)."""
        self._save_title()
        self._save_location()
        if self._when_timer.isActive():
            self._save_when()

    # -- saving -----------------------------------------------------------------------------
    def _apply(self, label: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
        assert self.meeting is not None
        ws, meeting_id = self.ctx.workspace, self.meeting.id
        updated = self.ctx.attempt(
            self, lambda: svc.update_meeting(ws, meeting_id, svc.MeetingPatch(**new))
        )
        if updated is None:
            return False
        self.meeting = updated
        self.ctx.undo_stack.push(
            DoneCommand(
                label,
                undo=lambda: svc.update_meeting(ws, meeting_id, svc.MeetingPatch(**old)),
                redo=lambda: svc.update_meeting(ws, meeting_id, svc.MeetingPatch(**new)),
            )
        )
        self.saved.emit()
        return True

    def _save_title(self) -> None:
        if self._loading or self.meeting is None:
            return
        title = self.title_edit.text().strip()
        if title == self.meeting.title:
            self.message.hide()
            return
        if not title:
            # Keep what was saved; say why instead of a dialog in the user's face.
            self.message.setText(self.tr("A meeting needs a title; the old one is kept."))
            self.message.show()
            # Show the kept title back: a blank field would say the title is gone.
            self.title_edit.setText(self.meeting.title)
            self.title_edit.selectAll()  # so typing a new one replaces it at once
            return
        self.message.hide()
        self._apply(self.tr("rename meeting"), {"title": self.meeting.title}, {"title": title})

    def _save_location(self) -> None:
        if self._loading or self.meeting is None:
            return
        location = self.location_edit.text().strip()
        if location != self.meeting.location:
            self._apply(
                self.tr("change location"),
                {"location": self.meeting.location},
                {"location": location},
            )

    def _schedule_when(self) -> None:
        if not self._loading:
            self._when_timer.start()

    def _save_when(self) -> None:
        self._when_timer.stop()
        if self._loading or self.meeting is None:
            return
        qd, qt = self.date_edit.date(), self.time_edit.time()
        new_date = date(qd.year(), qd.month(), qd.day())
        new_time = time(qt.hour(), qt.minute())
        if (new_date, new_time) != (self.meeting.date, self.meeting.start_time):
            self._apply(
                self.tr("change date and time"),
                {"date": self.meeting.date, "start_time": self.meeting.start_time},
                {"date": new_date, "start_time": new_time},
            )
