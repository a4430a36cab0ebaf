"""What the control window and the projector say about the clock, worded once for both.

Both views call these with the same ``ClockModel`` state, so they cannot disagree.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from dialoog_app.domain.agenda import split_instructions
from dialoog_app.domain.agenda_clock import ClockState, ClockStatus, format_countdown
from dialoog_app.domain.kinds import VENUE_LABELS, Venue

from .. import i18n
from ..clock.alerts import Zone, warning_minutes, zone_of
from ..clock.clock_model import ClockModel

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


def status_text(state: ClockState | None, model: ClockModel) -> str:
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
    """Projected end against the planned end, with the difference in minutes."""
    planned = model.snapshot.planned_end if model.snapshot else None
    start = model.snapshot.planned_start if model.snapshot else None
    if state is None or state.status == ClockStatus.NOT_STARTED:
        if start and planned:
            return translate("ClockTexts", "Planned {start} – {end}").format(
                start=hhmm(start), end=hhmm(planned)
            )
        return ""
    if state.status == ClockStatus.FINISHED:
        text = ended_text(state)
        if planned:
            text += " · " + translate("ClockTexts", "planned {time}").format(time=hhmm(planned))
        return text
    projected = state.projected_end
    text = translate("ClockTexts", "Expected end {time}").format(time=hhmm(projected))
    if planned and projected:
        text += " · " + translate("ClockTexts", "planned {time}").format(time=hhmm(planned))
        minutes = round((projected - planned).total_seconds() / 60)
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
    minutes = warning_minutes()
    if minutes == 1:
        return translate("ClockTexts", "One minute left")
    return translate("ClockTexts", "{minutes} minutes left").format(minutes=minutes)
