"""The clock's controls as actions: one set, shared by the control window and the projector.

Each press is stored at ``ctx.clock.now()`` through the clock service and pushed on the undo
stack (undo withdraws the press; the replay then shows the clock as if it never happened).
The shortcuts are single keys, live only while a view that carries them is visible: the
clock screen or the presenter window — never while typing in the agenda editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dialoog_app.domain.agenda_clock import ClockAction, ClockState, ClockStatus
from dialoog_app.services import clock as svc

from ..clock.clock_model import ClockModel
from ..context import UiContext
from ..shortcuts import sequences
from ..undo import DoneCommand
from . import clock_texts

EXTEND_SHORT, EXTEND_LONG = 60, 300


class RunControls(QObject):
    def __init__(self, ctx: UiContext, model: ClockModel, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner  # where a refusal is shown
        self.ctx = ctx
        self.model = model
        self.start_pause = self._action("startPause", "clock.start_pause", self.toggle)
        self.next = self._action("next", "clock.next", self.go_next)
        self.previous = self._action(
            "previous", "clock.previous", lambda: self.press(ClockAction.PREVIOUS)
        )
        self.extend_short = self._action(
            "extendShort",
            "clock.extend_short",
            lambda: self.press(ClockAction.EXTEND, seconds=EXTEND_SHORT),
        )
        self.extend_long = self._action(
            "extendLong",
            "clock.extend_long",
            lambda: self.press(ClockAction.EXTEND, seconds=EXTEND_LONG),
        )
        self.skip = self._action("skip", "clock.skip", lambda: self.press(ClockAction.SKIP))
        self.previous.setText(self.tr("Previous"))
        self.previous.setToolTip(self.tr("Back to the previous item (Page Up or ←)"))
        self.extend_short.setText(self.tr("+1 min"))
        self.extend_short.setToolTip(self.tr("Give this item one minute more (+ or 1)"))
        self.extend_long.setText(self.tr("+5 min"))
        self.extend_long.setToolTip(self.tr("Give this item five minutes more (5)"))
        self.skip.setText(self.tr("Skip"))
        self.skip.setToolTip(self.tr("Skip this item and go on with the next one (S)"))
        model.ticked.connect(self.update_actions)
        self.update_actions(model.state)

    def _action(self, name: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(sequences(keys))
        # Live while a widget carrying the action is visible in the active window.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [
            self.start_pause,
            self.previous,
            self.next,
            self.extend_short,
            self.extend_long,
            self.skip,
        ]

    # -- showing ----------------------------------------------------------------------------
    def update_actions(self, state: ClockState | None) -> None:
        status = state.status if state else ClockStatus.NOT_STARTED
        has_items = bool(self.model.snapshot and self.model.snapshot.items)
        live = status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
        if status == ClockStatus.RUNNING:
            text, tip = self.tr("Pause"), self.tr("Pause the clock (Space or F5)")
        elif status == ClockStatus.PAUSED:
            text, tip = self.tr("Resume"), self.tr("Let the clock run on (Space or F5)")
        else:
            text, tip = self.tr("Start"), self.tr("Start the meeting's clock (Space or F5)")
        self.start_pause.setText(text)
        self.start_pause.setToolTip(tip)
        self.start_pause.setEnabled((status == ClockStatus.NOT_STARTED and has_items) or live)
        last = live and state is not None and state.next_item_id is None
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next.setToolTip(
            self.tr("End the meeting (Page Down or →)")
            if last
            else self.tr("On to the next item (Page Down or →)")
        )
        self.next.setEnabled(live)
        self.previous.setEnabled(live and state is not None and state.previous_item_id is not None)
        for action in (self.extend_short, self.extend_long, self.skip):
            action.setEnabled(live)

    # -- pressing ---------------------------------------------------------------------------
    def toggle(self) -> None:
        state = self.model.state
        status = state.status if state else ClockStatus.NOT_STARTED
        if status == ClockStatus.NOT_STARTED:
            self.press(ClockAction.START)
        elif status == ClockStatus.RUNNING:
            self.press(ClockAction.PAUSE)
        elif status == ClockStatus.PAUSED:
            self.press(ClockAction.RESUME)

    def go_next(self) -> None:
        self.press(ClockAction.NEXT)

    def go_to(self, item_id: str) -> None:
        state = self.model.state
        if state is not None and state.status == ClockStatus.NOT_STARTED:
            self.press(ClockAction.START, item_id=item_id)
        elif item_id != (state.current_item_id if state else None):
            self.press(ClockAction.GO_TO, item_id=item_id)

    def press(self, action: ClockAction, item_id: str | None = None, seconds: int = 0) -> None:
        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        # Act only on what the user can see is possible (a shortcut may arrive anyway).
        if not self._allowed(action):
            return
        ws = self.ctx.workspace
        done = self.ctx.attempt(
            self.owner,
            lambda: svc.press(
                ws, meeting_id, action, at=self.ctx.clock.now(), item_id=item_id, seconds=seconds
            ),
        )
        if done is None:
            return
        event_id, _ = done
        self.ctx.undo_stack.push(
            DoneCommand(
                self._label(action),
                undo=lambda: svc.withdraw_press(ws, event_id),
                redo=lambda: svc.withdraw_press(ws, event_id, restore=True),
            )
        )
        self.model.reload()  # show it now, not a turn of the event loop later

    def reset(self) -> None:
        """Back to "not started"; Ctrl+Z restores every press. While the clock holds a
        rehearsal (presses of another day than the meeting's), only those go."""
        meeting_id = self.model.meeting_id
        if meeting_id is None:
            return
        ws = self.ctx.workspace
        # A rehearsal on another day goes; the evening's own presses stay.
        rehearsal = clock_texts.has_rehearsal(self.model)
        withdrawn = self.ctx.attempt(
            self.owner, lambda: svc.reset_clock(ws, meeting_id, rehearsal_only=rehearsal)
        )
        if not withdrawn:
            return

        def withdraw_again() -> None:
            for event_id in withdrawn:
                svc.withdraw_press(ws, event_id)

        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("reset the rehearsal") if rehearsal else self.tr("reset the clock"),
                undo=lambda: svc.restore_presses(ws, withdrawn),
                redo=withdraw_again,
            )
        )
        self.model.reload()

    def _allowed(self, action: ClockAction) -> bool:
        if action == ClockAction.START:
            return self.start_pause.isEnabled()
        by_action = {
            ClockAction.PAUSE: self.start_pause,
            ClockAction.RESUME: self.start_pause,
            ClockAction.NEXT: self.next,
            ClockAction.GO_TO: self.next,
            ClockAction.PREVIOUS: self.previous,
            ClockAction.EXTEND: self.extend_short,
            ClockAction.SKIP: self.skip,
        }
        action_widget = by_action.get(action)
        return action_widget is None or action_widget.isEnabled()

    def _label(self, action: ClockAction) -> str:
        return {
            ClockAction.START: self.tr("start the clock"),
            ClockAction.PAUSE: self.tr("pause the clock"),
            ClockAction.RESUME: self.tr("resume the clock"),
            ClockAction.NEXT: self.tr("next item"),
            ClockAction.PREVIOUS: self.tr("previous item"),
            ClockAction.GO_TO: self.tr("go to an item"),
            ClockAction.EXTEND: self.tr("extend the item"),
            ClockAction.SKIP: self.tr("skip the item"),
            ClockAction.FINISH: self.tr("finish the meeting"),
        }[action]
