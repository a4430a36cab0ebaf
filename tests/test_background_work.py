"""Merging and backups run off the GUI thread: the window repaints, timers fire, a busy
dialog says what happens, no window closes meanwhile, and the file is whole afterwards."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app.exchange.merge_errors import SourceIsTargetError
from dialoog_app.services import backups, meetings, merging, notes
from dialoog_app.services.workspace import new_workspace, open_workspace
from dialoog_app.ui.background import BusyDialog
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.merge.merge_dialog import MergeDialog
from merge_helpers import LEAD, T0, fresh_target, prepared_evening, run_the_evening

SLOW = 0.4  # seconds each piece of file work is made to take


class GuiWatch:
    """A QTimer on the GUI thread: counts its ticks and what the user saw at each."""

    def __init__(self) -> None:
        self.ticks = 0
        self.busy_texts: list[str] = []
        self.on_tick: Callable[[], None] | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, BusyDialog) and widget.isVisible():
                self.busy_texts.append(widget.label.text())
        if self.on_tick is not None:
            self.on_tick()


@pytest.fixture
def watch() -> Iterator[GuiWatch]:
    watching = GuiWatch()
    yield watching
    watching.timer.stop()


def slowed(original: Callable[..., Any], threads: list[str]) -> Callable[..., Any]:
    def slow(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        time.sleep(SLOW)
        return original(*args, **kwargs)

    return slow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


class Merging:
    """The lead's project open in the window, the merge dialog with four laptops listed."""

    def __init__(self, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        evening = prepared_evening(folder / "avond")
        run_the_evening(evening)
        self.target = fresh_target(evening, folder / "bureau", "Samenleving")
        self.window = MainWindow(open_workspace(self.target, device_id=LEAD))
        qtbot.addWidget(self.window)
        self.window.show()
        self.threads: list[str] = []
        monkeypatch.setattr(merging, "merge_files", slowed(merging.merge_files, self.threads))
        dialog = self.window.merge_actions.show_merge()
        assert isinstance(dialog, MergeDialog)
        self.dialog = dialog
        dialog.add_files(evening.laptops)

    def merged_in_full(self) -> bool:
        db = sqlite3.connect(self.target)
        try:
            finished = "SELECT count(*) FROM merge_log WHERE finished_at IS NOT NULL"
            return db.execute(finished).fetchone() == (4,) and db.execute(
                "PRAGMA integrity_check"
            ).fetchone() == ("ok",)
        finally:
            db.close()


def busy_dialogs() -> list[BusyDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog)]


def test_a_merge_runs_in_a_worker_while_the_window_repaints(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: GuiWatch
) -> None:
    merge = Merging(qtbot, tmp_path, monkeypatch)
    shots: list[bool] = []
    watch.on_tick = lambda: shots.append(bool(shots) or _shoot_busy())
    before = watch.ticks
    qtbot.mouseClick(merge.dialog.merge_button, Qt.MouseButton.LeftButton)

    assert merge.threads and merge.threads[0] != threading.main_thread().name
    assert watch.ticks - before >= 5, "the GUI thread's timer kept firing during the merge"
    assert "De laptopbestanden worden in dit project samengevoegd…" in watch.busy_texts
    assert "notities: 5 nieuw" in merge.dialog.result_view.toPlainText()
    assert not any(b.isVisible() for b in busy_dialogs())
    merge.window.close()
    assert merge.merged_in_full()


def _shoot_busy() -> bool:
    for widget in busy_dialogs():
        if widget.isVisible():
            screenshot(widget, "busy_dialog")
            return True
    return False


def test_no_window_closes_while_a_merge_runs_and_nothing_is_half_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, watch: GuiWatch
) -> None:
    merge = Merging(qtbot, tmp_path, monkeypatch)
    window = merge.window
    closed: list[bool] = []
    refusals: list[str] = []

    def close_during_merge() -> None:
        busy = busy_dialogs()
        if merge.threads and not closed and any(b.isVisible() for b in busy):
            closed.append(window.close())  # as the close button, or Ctrl+C, does
            QApplication.closeAllWindows()
            refusals.extend(b.refusal.text() for b in busy if b.refusal.isVisible())

    watch.on_tick = close_during_merge
    qtbot.mouseClick(merge.dialog.merge_button, Qt.MouseButton.LeftButton)
    assert closed == [False] and window.isVisible() and not window.workspace.store.closed
    assert refusals and "Dialoog kan sluiten zodra dit klaar is" in refusals[0]
    assert "notities: 5 nieuw" in merge.dialog.result_view.toPlainText()
    assert window.close(), "once the merge has ended the window closes as always"
    assert merge.merged_in_full()


def test_a_refusal_in_the_worker_is_said_in_dutch_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    merge = Merging(qtbot, tmp_path, monkeypatch)
    threads: list[str] = []

    def refused(*_args: object, **_kwargs: object) -> None:
        threads.append(threading.current_thread().name)
        raise SourceIsTargetError("tafel1.dialoog")

    monkeypatch.setattr(merging, "merge_files", refused)
    qtbot.mouseClick(merge.dialog.merge_button, Qt.MouseButton.LeftButton)
    assert threads and threads[0] != threading.main_thread().name
    assert len(messages) == 1 and "is dit project zelf" in messages[0]
    assert merge.dialog.files.count() == 4, "the files stay listed to try again"
    merge.window.close()


def _project_with_a_note(path: Path) -> tuple[MainWindow, str]:
    ws = new_workspace(path, device_id=DEVICE)
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1")
    notes.add_note(ws, table.id, "Meer bankjes in het park", at=T0)
    return MainWindow(ws), table.id


def test_backup_now_and_restore_run_in_a_worker(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    watch: GuiWatch,
) -> None:
    path = tmp_path / "Putten.dialoog"
    window, table = _project_with_a_note(path)
    qtbot.addWidget(window)
    window.show()
    threads: list[str] = []
    monkeypatch.setattr(backups, "_copy", slowed(backups._copy, threads))
    dialog = window.safety.backups.show_dialog()
    assert dialog is not None
    before = watch.ticks
    button = dialog.findChild(QPushButton, "backupNow")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert threads and threads[0] != threading.main_thread().name
    assert watch.ticks - before >= 5
    assert "Er wordt een reservekopie van dit project gemaakt…" in watch.busy_texts
    assert dialog.table.item(0, 1).text() == "met de hand gemaakt"

    notes.add_note(window.workspace, table, "Na de kopie getypt", at=T0)
    monkeypatch.setattr(backups, "restore_file", slowed(backups.restore_file, threads))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    switched: list[bool] = []
    window.project_changed.connect(
        lambda: switched.append(threading.current_thread() is threading.main_thread())
    )
    ticks, threads[:] = watch.ticks, []
    qtbot.mouseClick(dialog.findChild(QPushButton, "restore"), Qt.MouseButton.LeftButton)
    # The copy of the current state and the putting back; the copy the scheduler makes
    # on reopening (automatic, small) still runs on the GUI thread.
    assert len([t for t in threads if t != threading.main_thread().name]) == 2
    assert watch.ticks - ticks >= 10
    assert "De reservekopie wordt teruggezet…" in watch.busy_texts
    assert switched == [True], "the project is opened again on the GUI thread"
    assert [n.text for n in notes.list_notes(window.workspace, table)] == [
        "Meer bankjes in het park"
    ]
    window.close()
    reasons = [b.reason for b in backups.list_backups(path)]
    assert "before-restore" in reasons
