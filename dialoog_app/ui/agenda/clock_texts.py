"""What the control window and the projector say about the clock, worded once for both.

Both views call these with the same ``ClockModel`` state, so they cannot disagree.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from dialoog_app.domain.agenda import split_instructions
from dialoog_app.domain.agenda_clock import (
    ClockState,
    ClockStatus,
    format_countdown,
    is_rehearsal,
    minutes_late,
    planned_end_of_run,
    run_started_at,
)
from dialoog_app.domain.kinds import VENUE_LABELS, Venue

from .. import i18n
from ..clock.alerts import Zone, zone_of
from ..clock.clock_model import ClockModel
from ..plurals import english

translate = QCoreApplication.translate


def hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def countdown(state: ClockState | None, model: ClockModel) -> str:
    """The time left; before the start, the first item's length; after the end, nothing."""
    if state is None or state.status == ClockStatus.NOT_STARTED:
        items = model.snapshot.items if model.snapshot else ()
        return format_countdown(items[0].planned_seconds) if items else ""
    if state.current_item_id is None:
        return ""
    return format_countdown(state.remaining_seconds)


def progress(state: ClockState | None) -> float:
    """0.0 … 1.0 of the item's allowed time used (1.0 once over time)."""
    if state is None or state.current_item_id is None or state.allowed_seconds <= 0:
        return 0.0
    return max(0.0, min(1.0, state.elapsed_seconds / state.allowed_seconds))


def rehearsing(state: ClockState | None, model: ClockModel) -> bool:
    """Is the clock's run on another day than the meeting's date (a rehearsal)?"""
    started = run_started_at(state) if state else None
    meeting_date = model.snapshot.meeting_date if model.snapshot else None
    return started is not None and is_rehearsal(started, meeting_date)


def has_rehearsal(model: ClockModel) -> bool:
    """Does the clock hold presses of another day than the meeting's (to be reset)?"""
    snapshot = model.snapshot
    return snapshot is not None and any(
        is_rehearsal(p.at, snapshot.meeting_date) for p in snapshot.presses
    )


def status_text(state: ClockState | None, model: ClockModel) -> str:
    text = _status_text(state, model)
    if rehearsing(state, model):
        return translate("ClockTexts", "Rehearsal · {status}").format(status=text)
    return text


def _status_text(state: ClockState | None, model: ClockModel) -> str:
    if state is None or state.status == ClockStatus.NOT_STARTED:
        return translate("ClockTexts", "Not started yet")
    if state.status == ClockStatus.FINISHED:
        return translate("ClockTexts", "The meeting is over")
    count = len(model.snapshot.items) if model.snapshot else 0
    position = (state.current_index or 0) + 1
    where = translate("ClockTexts", "item {number} of {count}").format(number=position, count=count)
    venue = venue_text(state.current_item_id, model)
    if venue:
        where += " · " + venue
    if state.status == ClockStatus.PAUSED:
        return translate("ClockTexts", "Paused · {where}").format(where=where)
    return translate("ClockTexts", "Running · {where}").format(where=where)


def venue_text(item_id: str | None, model: ClockModel) -> str:
    """ "plenary" or "at the tables" (nothing for a break): where the room should be."""
    venue = model.venue_of(item_id)
    if venue not in (Venue.PLENARY, Venue.TABLES):
        return ""
    return i18n.translate("Vocabulary", VENUE_LABELS[Venue(venue)])


def current_title(state: ClockState | None, model: ClockModel) -> str:
    if state is None or state.status == ClockStatus.NOT_STARTED:
        first = model.snapshot.items[0].id if model.snapshot and model.snapshot.items else None
        return (
            translate("ClockTexts", "First: {title}").format(title=model.title_of(first))
            if first
            else translate("ClockTexts", "This meeting has no agenda yet")
        )
    if state.status == ClockStatus.FINISHED:
        return translate("ClockTexts", "Thank you!")
    return model.title_of(state.current_item_id)


def question_and_notes(state: ClockState | None, model: ClockModel) -> tuple[str, str]:
    if state is None or state.current_item_id is None:
        return "", ""
    return split_instructions(model.instructions_of(state.current_item_id))


def next_text(state: ClockState | None, model: ClockModel) -> str:
    if state is None or state.status == ClockStatus.NOT_STARTED:
        return translate("ClockTexts", "Start the clock with Space or F5")
    if state.status == ClockStatus.FINISHED:
        return translate("ClockTexts", "See “Planned and actual” for how the times went")
    if state.next_item_id is None:
        return translate("ClockTexts", "This is the last item")
    return translate("ClockTexts", "Next: {title} ({minutes} min)").format(
        title=model.title_of(state.next_item_id),
        minutes=model.planned_minutes_of(state.next_item_id),
    )


def end_text(state: ClockState | None, model: ClockModel) -> str:
    """Projected end against the planned end, with the difference in minutes.

    Once the clock runs, "planned" is the run's own start plus the agenda's planned
    durations (``planned_end_of_run``): a rehearsal on another day, or an evening that
    began late, is never compared with the calendar.
    """
    snapshot = model.snapshot
    if state is None or state.status == ClockStatus.NOT_STARTED:
        start = snapshot.planned_start if snapshot else None
        planned = snapshot.planned_end if snapshot else None
        if start and planned:
            return translate("ClockTexts", "Planned {start} – {end}").format(
                start=hhmm(start), end=hhmm(planned)
            )
        return ""
    items = snapshot.items if snapshot else ()
    planned = planned_end_of_run(items, state)
    if state.status == ClockStatus.FINISHED:
        text = ended_text(state)
        if planned:
            text += " · " + translate("ClockTexts", "planned {time}").format(time=hhmm(planned))
        return text
    text = translate("ClockTexts", "Expected end {time}").format(time=hhmm(state.projected_end))
    minutes = minutes_late(items, state)
    if planned and minutes is not None:
        text += " · " + translate("ClockTexts", "planned {time}").format(time=hhmm(planned))
        if minutes > 0:
            text += " · " + translate("ClockTexts", "{minutes} min late").format(minutes=minutes)
        elif minutes < 0:
            text += " · " + translate("ClockTexts", "{minutes} min early").format(minutes=-minutes)
        else:
            text += " · " + translate("ClockTexts", "on time")
    return text


def starts_at(model: ClockModel) -> str:
    """For the projector before the start: when we begin."""
    start = model.snapshot.planned_start if model.snapshot else None
    return translate("ClockTexts", "We start at {time}").format(time=hhmm(start)) if start else ""


def ended_text(state: ClockState) -> str:
    ends = [r.ended_at for r in state.runs.values() if r.ended_at]
    return translate("ClockTexts", "Ended at {time}").format(time=hhmm(max(ends) if ends else None))


def banner_text(state: ClockState | None) -> str:
    """The alert line: empty while there is time; a warning; the time is up."""
    zone = zone_of(state)
    if state is None or zone == Zone.NORMAL:
        return ""
    if zone == Zone.OVERRUN:
        over = -state.remaining_seconds
        if over < 1:
            return translate("ClockTexts", "Time is up")
        return translate("ClockTexts", "Time is up · {over} over").format(
            over=format_countdown(-over).lstrip("+")
        )
    return time_left_text(state.remaining_seconds)


def time_left_text(seconds: float) -> str:
    """The time left in words, to the nearest half minute (a tie goes down), so at 1:30
    it says "1½ minutes" — not the "2 minutes" of the warning setting — and as a 3-minute
    warning begins (2:59) it says "3 minutes", as a person reading 02:59 would."""
    halves = max(0, math.ceil(seconds / 30 - 0.5))
    whole, half = divmod(halves, 2)
    if whole == 0:
        if half:
            return translate("ClockTexts", "Half a minute left")
        return translate("ClockTexts", "Less than half a minute left")
    if half:
        return translate("ClockTexts", "{minutes}½ minutes left").format(minutes=whole)
    return _Plurals().minutes_left(whole)


class _Plurals(QObject):
    """Plural forms through Linguist's ``%n`` (lupdate finds numerus forms only in
    ``self.tr``); the class name is the translation context."""

    def minutes_left(self, minutes: int) -> str:
        return english(self.tr("%n minute(s) left", "", minutes), minutes)
