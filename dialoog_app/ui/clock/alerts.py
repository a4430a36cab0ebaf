"""The clock's signals to the room: warning colour at N minutes left, alarm at zero.

The zone (normal / warning / over time) is a pure function of the state; ``ClockAlerts``
watches a ``ClockModel`` and announces a zone the moment it is *entered* while running,
with an optional short sound. Seeing a zone at start-up (after a restart, mid-overrun) is
not an entry: the display shows it, but nothing beeps.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus

from .. import theme
from ..settings import CLOCK_SOUND, CLOCK_WARNING_MINUTES
from .clock_model import ClockModel

DEFAULT_WARNING_MINUTES = CLOCK_WARNING_MINUTES.default
MAX_WARNING_MINUTES = 30

# Calm blue, amber when time runs short, red over time (the light theme's; the app's own
# screens use the current theme's, see zone_colour) …
LIGHT = theme.LIGHT
NORMAL_COLOUR, WARNING_COLOUR, OVERRUN_COLOUR = LIGHT.accent, LIGHT.warning, LIGHT.overrun
# … and for the projector's dark background.
DARK_NORMAL, DARK_WARNING, DARK_OVERRUN = "#f4f1ea", "#ffb547", "#ff6f61"


class Zone(IntEnum):
    NORMAL = 0
    WARNING = 1
    OVERRUN = 2  # zero reached: the time is up, the clock runs on as +mm:ss


def warning_minutes() -> int:
    """Minutes left at which the clock turns amber (0: no warning). Read per tick: 35 µs."""
    return max(0, min(CLOCK_WARNING_MINUTES.get(), MAX_WARNING_MINUTES))


def set_warning_minutes(minutes: int) -> None:
    CLOCK_WARNING_MINUTES.set(max(0, min(minutes, MAX_WARNING_MINUTES)))


def sound_enabled() -> bool:
    return CLOCK_SOUND.get()


def set_sound_enabled(enabled: bool) -> None:
    CLOCK_SOUND.set(enabled)


def zone_of(state: ClockState | None, warning_seconds: int | None = None) -> Zone:
    if state is None or state.status not in (ClockStatus.RUNNING, ClockStatus.PAUSED):
        return Zone.NORMAL
    warn = warning_minutes() * 60 if warning_seconds is None else warning_seconds
    remaining = state.remaining_seconds
    if remaining <= 0:
        return Zone.OVERRUN
    if remaining <= warn:
        return Zone.WARNING
    return Zone.NORMAL


def zone_role(zone: Zone) -> str:
    """The theme's colour role of a zone, for ``theme.style`` templates (``@accent`` …)."""
    return ("accent", "warning", "overrun")[zone]


def zone_colour(zone: Zone, dark: bool = False) -> str:
    """The projector is always dark; the app's own screens follow the theme."""
    if dark:
        return (DARK_NORMAL, DARK_WARNING, DARK_OVERRUN)[zone]
    return theme.colour(zone_role(zone))


class ClockAlerts(QObject):
    """Announces ``entered(zone, item_id)`` when a running item crosses into a new zone."""

    entered = Signal(int, str)  # Zone, agenda item id

    def __init__(self, model: ClockModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seen: tuple[str, Zone] | None = None  # (item, zone) at the last tick
        model.ticked.connect(self.observe)
        self.observe(model.state)

    def observe(self, state: ClockState | None) -> None:
        if state is None or state.current_item_id is None:
            self._seen = None
            return
        zone = zone_of(state)
        seen = self._seen
        self._seen = (state.current_item_id, zone)
        if seen is None or seen[0] != state.current_item_id:
            return  # a first look, or another item: no crossing happened before our eyes
        if zone > seen[1] and state.status == ClockStatus.RUNNING:
            if sound_enabled():
                QApplication.beep()
            self.entered.emit(int(zone), state.current_item_id)
