"""The countdown for a screen reader: the big "02:59" is read as "Nog 3 minuten".

The label's accessible description always holds the time left in words (read when the
user asks); while time runs short it is also announced as it changes (every half minute)
and "De tijd is om" once when the time is up. Announcing every tick would drown out
everything else, so the normal zone is never announced.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus

from ..clock.alerts import Zone, zone_of
from . import clock_texts as texts


def spoken_text(state: ClockState | None) -> str:
    """The time left in words while the clock runs; empty otherwise."""
    if state is None or state.status != ClockStatus.RUNNING:
        return ""
    if zone_of(state) == Zone.OVERRUN:
        return QCoreApplication.translate("ClockTexts", "Time is up")
    return texts.time_left_text(state.remaining_seconds)


class SpokenCountdown:
    def __init__(self, label: QLabel) -> None:
        self.label = label
        label.setAccessibleName(QCoreApplication.translate("SpokenCountdown", "Time left"))

    def show(self, state: ClockState | None) -> None:
        said = spoken_text(state)
        if said == self.label.accessibleDescription():
            return
        self.label.setAccessibleDescription(said)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.label, QAccessible.Event.DescriptionChanged)
        )
        zone = zone_of(state)
        if said and zone != Zone.NORMAL:
            event = QAccessibleAnnouncementEvent(self.label, said)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if zone == Zone.OVERRUN
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
