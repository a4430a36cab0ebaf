"""The meeting clock as pure code: replay the presses (start, pause, next …) at a moment.

Only timestamps are stored (``clock_event`` rows), never a tick count, so the state at any
moment — after a restart, a crash, or on another laptop — is the same replay. ``QTimer``
in the UI only asks for a repaint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


class ClockAction(StrEnum):
    START = "start"  # the meeting begins, at the first item (or the item given)
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"  # end the current item, begin the next one that is not skipped
    PREVIOUS = "previous"  # back to the item before (it runs on from where it was)
    GO_TO = "go_to"  # end the current item, begin ``item_id`` (chosen in the list)
    EXTEND = "extend"  # give the current item ``seconds`` more
    SKIP = "skip"  # skip ``item_id`` (the current one: end it and go on)
    FINISH = "finish"  # the meeting is over


class ClockStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class PlannedItem:
    id: str
    planned_seconds: int


@dataclass(frozen=True)
class ClockPress:
    """One press. ``item_id`` anchors it to an item (see ``anchor``): the item a START,
    NEXT, PREVIOUS or GO_TO begins, the item an EXTEND lengthens, the item a SKIP skips.
    Anchored presses replay the same after the agenda is reordered or an item removed."""

    at: datetime
    action: ClockAction
    item_id: str | None = None
    seconds: int = 0


@dataclass
class ItemRun:
    """What actually happened to one agenda item."""

    item_id: str
    started_at: datetime | None = None
    ended_at: datetime | None = None
    active_seconds: float = 0.0  # running time, pauses excluded
    paused_seconds: float = 0.0
    extended_seconds: int = 0
    skipped: bool = False

    def overrun_seconds(self, planned_seconds: int) -> float:
        return self.active_seconds - planned_seconds - self.extended_seconds


@dataclass(frozen=True)
class ClockState:
    status: ClockStatus
    current_item_id: str | None
    current_index: int | None
    elapsed_seconds: float  # in the current item, pauses excluded
    allowed_seconds: int  # planned plus extensions
    next_item_id: str | None
    projected_end: datetime | None
    runs: dict[str, ItemRun] = field(default_factory=dict)
    previous_item_id: str | None = None  # what PREVIOUS would go back to

    @property
    def remaining_seconds(self) -> float:
        """Negative once the item overruns."""
        return self.allowed_seconds - self.elapsed_seconds

    @property
    def overrun(self) -> bool:
        return self.status in (ClockStatus.RUNNING, ClockStatus.PAUSED) and (
            self.remaining_seconds < 0
        )


class _Replay:
    def __init__(self, items: Sequence[PlannedItem]) -> None:
        self.items = list(items)
        self.index_of = {item.id: i for i, item in enumerate(self.items)}
        self.runs = {item.id: ItemRun(item.id) for item in self.items}
        self.status = ClockStatus.NOT_STARTED
        self.current: int | None = None
        self.since: datetime | None = None  # when the current running/paused stretch began

    def _settle(self, at: datetime) -> None:
        """Book the time since the last press on the current item."""
        if self.current is None or self.since is None:
            return
        seconds = max(0.0, (at - self.since).total_seconds())
        run = self.runs[self.items[self.current].id]
        if self.status == ClockStatus.RUNNING:
            run.active_seconds += seconds
        elif self.status == ClockStatus.PAUSED:
            run.paused_seconds += seconds
        self.since = at

    def _begin(self, index: int | None, at: datetime) -> None:
        self.current = index
        if index is None:
            self.status = ClockStatus.FINISHED
            self.since = None
            return
        run = self.runs[self.items[index].id]
        if run.started_at is None:
            run.started_at = at
        run.ended_at = None
        self.status = ClockStatus.RUNNING
        self.since = at

    def _end_current(self, at: datetime) -> None:
        if self.current is not None:
            self.runs[self.items[self.current].id].ended_at = at

    def _next_index(self, after: int) -> int | None:
        for i in range(after + 1, len(self.items)):
            if not self.runs[self.items[i].id].skipped:
                return i
        return None

    def _previous_index(self, before: int) -> int | None:
        for i in range(before - 1, -1, -1):
            if not self.runs[self.items[i].id].skipped:
                return i
        return None

    def _target(self, press: ClockPress, fallback: int | None) -> int | None:
        """The item a press begins: its anchor if that item is still on the agenda."""
        if press.item_id is not None and press.item_id in self.index_of:
            return self.index_of[press.item_id]
        return fallback

    def apply(self, press: ClockPress) -> None:
        at, action = press.at, press.action
        if action == ClockAction.START:
            if self.status != ClockStatus.NOT_STARTED or not self.items:
                return
            self._begin(self._target(press, self._next_index(-1)), at)
            return
        if self.status in (ClockStatus.NOT_STARTED, ClockStatus.FINISHED):
            if action == ClockAction.SKIP and press.item_id in self.runs:
                self.runs[press.item_id].skipped = True
            return
        self._settle(at)
        assert self.current is not None
        current = self.items[self.current]
        if action == ClockAction.PAUSE and self.status == ClockStatus.RUNNING:
            self.status = ClockStatus.PAUSED
        elif action == ClockAction.RESUME and self.status == ClockStatus.PAUSED:
            self.status = ClockStatus.RUNNING
        elif action == ClockAction.EXTEND:
            extended_id = press.item_id if press.item_id in self.runs else current.id
            self.runs[extended_id].extended_seconds += press.seconds
        elif action in (ClockAction.NEXT, ClockAction.GO_TO):
            target = self._target(press, self._next_index(self.current))
            if action == ClockAction.GO_TO and target is None:
                return
            if target is not None:
                self.runs[self.items[target].id].skipped = False
            self._end_current(at)
            self._begin(target, at)
        elif action == ClockAction.PREVIOUS:
            previous = self._target(press, self._previous_index(self.current))
            if previous is not None and previous != self.current:
                self.runs[self.items[previous].id].skipped = False
                self._end_current(at)
                self._begin(previous, at)
        elif action == ClockAction.SKIP:
            target_id = press.item_id or current.id
            if target_id not in self.runs:
                return
            self.runs[target_id].skipped = True
            if target_id == current.id:
                self._end_current(at)
                self._begin(self._next_index(self.current), at)
        elif action == ClockAction.FINISH:
            self._end_current(at)
            self._begin(None, at)


def _replayed(
    items: Sequence[PlannedItem], presses: Sequence[ClockPress], now: datetime
) -> _Replay:
    machine = _Replay(items)
    for press in sorted(presses, key=lambda p: p.at):  # stable: same-second presses keep order
        if press.at <= now:
            machine.apply(press)
    machine._settle(now)
    return machine


def replay(
    items: Sequence[PlannedItem], presses: Sequence[ClockPress], now: datetime
) -> ClockState:
    """The clock's state at ``now``, from the agenda (in order) and the presses so far."""
    machine = _replayed(items, presses, now)
    index = machine.current
    if index is None:
        return ClockState(machine.status, None, None, 0.0, 0, None, None, machine.runs)
    item = machine.items[index]
    run = machine.runs[item.id]
    allowed = item.planned_seconds + run.extended_seconds
    following = machine._next_index(index)
    before = machine._previous_index(index)
    rest = sum(
        machine.items[i].planned_seconds
        for i in range(index + 1, len(machine.items))
        if not machine.runs[machine.items[i].id].skipped
    )
    left = max(0.0, allowed - run.active_seconds)
    projected = now + timedelta(seconds=left + rest)
    return ClockState(
        status=machine.status,
        current_item_id=item.id,
        current_index=index,
        elapsed_seconds=run.active_seconds,
        allowed_seconds=allowed,
        next_item_id=machine.items[following].id if following is not None else None,
        projected_end=projected,
        runs=machine.runs,
        previous_item_id=machine.items[before].id if before is not None else None,
    )


def anchor(
    items: Sequence[PlannedItem], presses: Sequence[ClockPress], press: ClockPress
) -> ClockPress:
    """The press as it should be stored: tied to the item it acts on at ``press.at``.

    Without an anchor, a NEXT replayed after an earlier item was removed would land one
    item too far. NEXT on the last item is stored as FINISH, so an item added at the end
    afterwards does not seem to have started when the meeting ended.
    """
    if press.item_id is not None or press.action == ClockAction.FINISH:
        return press
    machine = _replayed(items, presses, press.at)
    current = machine.current
    target: int | None = current
    action = press.action
    if action == ClockAction.START:
        target = machine._next_index(-1)
    elif current is None:
        return press
    elif action == ClockAction.NEXT:
        target = machine._next_index(current)
        if target is None:
            return replace(press, action=ClockAction.FINISH)
    elif action == ClockAction.PREVIOUS:
        target = machine._previous_index(current)
    if target is None:
        return press
    return replace(press, item_id=machine.items[target].id)


def planned_starts(start: datetime, items: Sequence[PlannedItem]) -> list[datetime]:
    """The planned clock time of each item, from the meeting's start."""
    times, moment = [], start
    for item in items:
        times.append(moment)
        moment += timedelta(seconds=item.planned_seconds)
    return times


def run_started_at(state: ClockState) -> datetime | None:
    """When this run of the clock began: the first item's actual start."""
    starts = [run.started_at for run in state.runs.values() if run.started_at is not None]
    return min(starts) if starts else None


def planned_end_of_run(items: Sequence[PlannedItem], state: ClockState) -> datetime | None:
    """When the run would end had every item taken its planned time: its own start plus
    the agenda's planned durations. Never the calendar's date and time — a rehearsal in
    the morning, or an evening that began ten minutes late, is compared with its own plan.
    """
    started = run_started_at(state)
    if started is None:
        return None
    return started + timedelta(seconds=sum(item.planned_seconds for item in items))


def minutes_late(items: Sequence[PlannedItem], state: ClockState) -> int | None:
    """Projected end against the run's planned end, in whole minutes (negative: early)."""
    planned = planned_end_of_run(items, state)
    if planned is None or state.projected_end is None:
        return None
    return round((state.projected_end - planned).total_seconds() / 60)


def is_rehearsal(moment: datetime, meeting_date: date | None) -> bool:
    """A press on another (local) day than the meeting's date belongs to a rehearsal."""
    return meeting_date is not None and moment.astimezone().date() != meeting_date


def format_countdown(seconds: float) -> str:
    """``12:05`` while time is left, ``+03:10`` in overrun; hours shown as ``1:02:03``."""
    sign = "+" if seconds < 0 else ""
    total = int(abs(seconds)) if seconds < 0 else int(-(-seconds // 1))  # ceil while counting
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    body = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    return sign + body
