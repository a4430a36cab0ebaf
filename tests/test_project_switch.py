"""Switching projects (Nieuw, Openen, Recent) leaves nothing of the old project behind.

Issue 9 item 2: Tafel → type a note → Enter → open another project used to leave a blank
sidebar, the old board and "project … is closed" / "Internal C++ object already deleted" on
stderr. Here the window switches 10 times between three projects while on each screen in
turn, with a note typed, a drag in flight on the board and the clock running.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from capture_helpers import CTRL, EVENING, type_note, type_text
from conftest import DEVICE
from dialoog_app.domain.agenda_clock import ClockAction, ClockStatus
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, drafts, meetings, notes, opgaven
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.ui import settings
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES

SCREENS = ["meetings", "agenda", "capture", "board"]
# The offscreen platform's own remarks (no size hints, no raising), not faults of ours.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def _project(path: Path, name: str, seed: int) -> str:
    ws = new_workspace(path, name=name, device_id=DEVICE)
    fill_demo(ws, tables=2 + seed, notes=20, opgaven=2, seed=seed)
    meeting = meetings.list_meetings(ws)[0]
    clock.press(ws, meeting.id, ClockAction.START, at=EVENING)  # the clock is running
    ws.close()
    return meeting.title


@pytest.fixture
def complaints() -> Iterator[list[str]]:
    """Everything Qt and Python would print to stderr: Qt messages and warnings."""
    heard: list[str] = []

    def handler(_mode: object, _context: object, message: str) -> None:
        if not message.startswith(HARMLESS):
            heard.append(message)

    previous = qInstallMessageHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield heard
        heard.extend(str(w.message) for w in caught)
    qInstallMessageHandler(previous)


def _live_timers(window: MainWindow) -> int:
    return sum(1 for timer in window.findChildren(QTimer) if timer.isActive())


def _settle(qtbot: QtBot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)  # queued calls and 0-ms timers of the screens run
    QApplication.processEvents()


def _act_on(qtbot: QtBot, window: MainWindow, screen: str, step: int) -> None:
    """What a user is in the middle of on ``screen`` when they switch projects."""
    page = window.show_page(screen)
    if screen == "capture":
        page.input.selectAll()  # over a draft restored from an earlier visit
        type_note(qtbot, page, f"Notitie {step}")  # saved with Enter …
        type_text(qtbot, page.input, f"half getypt {step}")  # … and one still being typed
    elif screen == "board":
        note_ids = page.data.pool_ids()[:2]
        target = page.data.order[0]
        # The drop has happened; the move runs on the next turn of the event loop.
        assert page.board_actions.drop(note_ids, target, 0)
    elif screen == "agenda":
        page.open_presenter(None)  # the projector window, a child window of the screen
        assert page.presenter is not None and page.presenter.isVisible()


def test_switching_ten_times_between_three_projects_leaves_nothing_behind(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    complaints: list[str],
) -> None:
    paths = [tmp_path / f"{name}.dialoog" for name in ("Putten", "Ermelo", "Nijkerk")]
    titles = [_project(path, path.stem, seed) for seed, path in enumerate(paths, start=1)]
    for path in reversed(paths):  # all three were used before: in the recent list
        settings.remember_project(path)
    fake = FakeClock(EVENING + timedelta(minutes=3))
    window = MainWindow(open_workspace(paths[0], device_id=DEVICE), clock=fake)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    _settle(qtbot)

    seen: dict[tuple[int, str], tuple[int, int]] = {}
    typed_in: dict[int, list[int]] = {0: [], 1: [], 2: []}
    current = 0
    for step in range(10):
        screen = SCREENS[step % len(SCREENS)]
        _act_on(qtbot, window, screen, step)
        if screen == "capture":
            typed_in[current].append(step)
        following = (current + 1) % len(paths)
        # Alternate the user's ways in: File → Open (Ctrl+O), then the recent list.
        if step % 2 == 0:
            monkeypatch.setattr(
                QFileDialog, "getOpenFileName", lambda *a, p=paths[following], **k: (str(p), "")
            )
            window.activateWindow()  # back from the projector window, if it took the focus
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
            qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
        else:
            recent = {a.toolTip(): a for a in window.recent_menu.actions()}
            recent[str(paths[following])].trigger()
        current = following
        _settle(qtbot)

        # The right project everywhere: title, lists, the screen the user was on.
        ws = window.workspace
        assert ws.path == paths[current]
        assert window.windowTitle() == f"{paths[current].stem} — Dialoog"
        assert window.nav.count() == len(PAGES)  # every screen, not only those acted on
        assert window.current_page_key() == screen
        assert window.stack.currentWidget() is window.pages[screen]
        assert [m.title for m in window.pages["meetings"].list_model.rows] == [titles[current]]
        capture = window.pages["capture"]
        assert capture.table_id in {t.id for t in meetings.list_tables(ws, capture.meeting_id)}
        board = window.pages["board"]
        assert board.data.order == [o.id for o in opgaven.list_opgaven(ws)]
        assert settings.last_project() == paths[current]
        # Nothing of the old project grows in the window: same objects and timers as the
        # last time this project was shown on this screen.
        state = (len(window.findChildren(QObject)), _live_timers(window))
        if (current, screen) in seen:
            assert state == seen[(current, screen)]
        seen[(current, screen)] = state

    assert len(seen) == 10
    assert not complaints
    # No window of an old project lingers (the projector is hidden with its screen).
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    window.close()

    # What was typed went into the right file: each saved note, and the last draft.
    for index, path in enumerate(paths):
        ws = open_workspace(path, device_id=DEVICE)
        try:
            meeting = meetings.list_meetings(ws)[0]
            assert clock.clock_state(ws, meeting.id, fake.now()).status == ClockStatus.RUNNING
            tables = meetings.list_tables(ws, meeting.id)
            saved = {n.text for t in tables for n in notes.list_notes(ws, t.id)}
            assert {f"Notitie {s}" for s in typed_in[index]} <= saved
            assert (
                not {f"Notitie {s}" for i, ss in typed_in.items() if i != index for s in ss} & saved
            )
            waiting = {drafts.draft_text(ws, t.id) for t in tables} - {""}
            assert waiting == ({f"half getypt {typed_in[index][-1]}"} if typed_in[index] else set())
        finally:
            ws.close()


def test_switch_to_runs_a_replacement_after_the_old_project_is_closed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry point for merge and restore: the callable may replace the open file (its
    lock is released first); if it is refused, the previous project comes back."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    putten, backup = tmp_path / "Putten.dialoog", tmp_path / "backup.dialoog"
    _project(putten, "Putten", 1)
    ws = new_workspace(backup, name="Putten", device_id=DEVICE)
    meetings.add_meeting(ws, "Uit de reservekopie")
    ws.close()
    window = MainWindow(open_workspace(putten, device_id=DEVICE))
    qtbot.addWidget(window)
    window.show()

    def restore() -> Workspace:
        shutil.copyfile(backup, putten)  # only possible once the project is closed
        return open_workspace(putten, device_id=DEVICE)

    assert window.switch_to(restore) is True
    assert window.workspace.path == putten
    assert [m.title for m in window.pages["meetings"].list_model.rows] == ["Uit de reservekopie"]

    def refused() -> Workspace:
        return open_workspace(tmp_path / "weg.dialoog", device_id=DEVICE)

    assert window.switch_to(refused) is False
    assert shown == [f"Het bestand {tmp_path / 'weg.dialoog'} bestaat niet."]
    assert window.workspace.path == putten  # the previous project is back, working
    meetings.add_meeting(window.workspace, "Daarna")
    assert len(window.pages["meetings"].list_model.rows) in (1, 2)
    _settle(qtbot)
    assert [m.title for m in window.pages["meetings"].list_model.rows][-1] == "Daarna"
    window.close()
