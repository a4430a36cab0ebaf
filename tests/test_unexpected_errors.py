"""Unexpected errors are seen, logged and survivable (issue 9).

A fault in a service call or a slot shows the calm Dutch dialog (its exec is recorded by
conftest's ``unexpected_errors``), lands in the log file, and the window carries on.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace
from dialoog_app.ui import errors
from dialoog_app.ui.errors import ErrorDialog, log_path
from dialoog_app.ui.main_window import MainWindow


@pytest.fixture
def app_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GUI's hooks and log, as ``run_gui`` installs them; the runner's come back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    errors.setup_logging()
    errors.install_hooks()


@pytest.mark.qt_no_exception_capture
def test_a_failing_service_call_shows_the_dialog_is_logged_and_the_window_goes_on(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    unexpected_errors: list[str],
    app_hooks: None,
) -> None:
    window = MainWindow(new_workspace(tmp_path / "Putten.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("meetings")
    real_add = meetings.add_meeting

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("schijf weg tijdens het opslaan")

    monkeypatch.setattr(meetings, "add_meeting", broken)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(unexpected_errors) == 1
    assert "RuntimeError: schijf weg tijdens het opslaan" in unexpected_errors[0]
    assert "schijf weg tijdens het opslaan" in log_path().read_text(encoding="utf-8")
    unexpected_errors.clear()

    # The window is still usable: the same click works once the fault is gone.
    monkeypatch.setattr(meetings, "add_meeting", real_add)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [m.title for m in meetings.list_meetings(window.workspace)] == ["Nieuwe bijeenkomst"]
    window.close()


@pytest.mark.qt_no_exception_capture
def test_a_slot_or_thread_that_raises_is_reported_by_the_hooks(
    qtbot: QtBot, unexpected_errors: list[str], app_hooks: None
) -> None:
    def slot() -> None:
        raise RuntimeError("fout in een slot")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: len(unexpected_errors) == 1)
    assert "fout in een slot" in unexpected_errors[0]

    worker = threading.Thread(target=lambda: 1 / 0, name="export")
    worker.start()
    worker.join()
    # Widgets live in the GUI thread: the report crosses over with a queued signal.
    qtbot.waitUntil(lambda: len(unexpected_errors) == 2)
    assert "ZeroDivisionError" in unexpected_errors[1] and "(export)" in unexpected_errors[1]
    text = log_path().read_text(encoding="utf-8")
    assert "fout in een slot" in text and "in thread export" in text
    unexpected_errors.clear()


def test_the_dialog_is_calm_dutch_and_copies_the_details(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Traceback …\nRuntimeError: schijf weg")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text() == "Er ging iets mis; uw notities zijn opgeslagen."
    assert str(log_path()) in dialog.informativeText()
    screenshot(dialog, "unexpected_error_dialog")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Traceback …\nRuntimeError: schijf weg"
    assert dialog.isVisible()  # copying does not close it
    assert dialog.copy_button.text() == "Gekopieerd"
    dialog.close()
