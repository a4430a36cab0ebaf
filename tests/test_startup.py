"""Start-up: ``dialoog selftest`` and the imports the first screen must not pay for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialoog_app.services.demo import create_demo, fill_demo
from dialoog_app.services.workspace import Workspace

# Heavy and not needed before the first paint: Word export (python-docx, lxml), the
# migration machinery, and the screens that are not shown.
NOT_AT_START = [
    "alembic",
    "docx",
    "dialoog_app.export",
    "dialoog_app.services.minutes",
    "dialoog_app.ui.export.dialog",
    "dialoog_app.ui.board.page",
    "dialoog_app.ui.capture.page",
    "dialoog_app.ui.agenda.page",
    "dialoog_app.ui.merge.merge_dialog",
    "dialoog_app.ui.merge.prepare_dialog",
    "dialoog_app.ui.safety.backups_dialog",
    "dialoog_app.ui.safety.privacy_dialog",
    "sqlalchemy.dialects.postgresql",
]

# The modules there are when the main window first paints, and at the end of the selftest
# (after the warm-up).
START_AND_LIST_MODULES = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMainWindow
from dialoog_app.cli.main import main

def executed():
    return sorted(sys.modules)

at_paint = []
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not at_paint:
            at_paint.append(executed())
        return False

paint = Paint()
show = QMainWindow.show
def show_and_watch(window):
    window.installEventFilter(paint)  # installed last, so it sees the paint first
    show(window)
QMainWindow.show = show_and_watch
code = main(["selftest", sys.argv[1]])
print(json.dumps({"code": code, "at_paint": at_paint[0], "at_end": executed()}))
"""
# The ORM, the models and pydantic come after the first paint (ui/warm_up.py).
AFTER_THE_FIRST_PAINT = ["sqlalchemy", "pydantic", "dialoog_app.store.models"]


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DIALOOG_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, timeout=180
    )


def test_selftest_opens_the_project_and_says_what_it_opened(tmp_path: Path) -> None:
    project = tmp_path / "Putten.dialoog"
    create_demo(project, notes=1200, opgaven=3)
    result = _run("-m", "dialoog_app", "selftest", str(project), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "selftest: ok — Meerjarenplan Samenleving 2023–2026, 1.200 notities"
    )


def test_selftest_without_a_path_uses_a_throwaway_project(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run("-m", "dialoog_app", "selftest", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "selftest: ok — selftest, 0 notities"
    assert not data.exists() or not any(data.glob("*.dialoog"))  # nothing left behind


def test_selftest_refuses_a_file_that_is_not_a_project(tmp_path: Path) -> None:
    text = tmp_path / "boodschappen.dialoog"
    text.write_text("melk, brood", encoding="utf-8")
    result = _run("-m", "dialoog_app", "selftest", str(text), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "selftest: FAILED" in result.stderr
    assert text.read_text(encoding="utf-8") == "melk, brood"


def test_the_first_screen_does_not_import_what_it_does_not_show(tmp_path: Path) -> None:
    project = tmp_path / "Putten.dialoog"
    create_demo(project, notes=50, opgaven=2)
    result = _run("-c", START_AND_LIST_MODULES, str(project), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0
    at_paint, at_end = set(report["at_paint"]), set(report["at_end"])
    assert "dialoog_app.ui.meetings.page" in at_paint  # the guard looks at a real start
    imported_anyway = [name for name in NOT_AT_START if name in at_end]
    assert imported_anyway == []
    before_paint = [name for name in AFTER_THE_FIRST_PAINT if name in at_paint]
    assert before_paint == []
    assert all(name in at_end for name in AFTER_THE_FIRST_PAINT)  # warmed up afterwards


def test_reopening_on_the_tafel_screen_paints_before_the_orm(tmp_path: Path) -> None:
    """After a crash the app comes back on the Tafel screen, with its notes and draft."""
    project = tmp_path / "Putten.dialoog"
    create_demo(project, notes=50, opgaven=2)
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[window]\nscreen=capture\n", encoding="utf-8")
    result = _run("-c", START_AND_LIST_MODULES, str(project), data_dir=data)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    at_paint = set(report["at_paint"])
    assert "dialoog_app.ui.capture.notes_list" in at_paint  # it did open on Tafel …
    assert "dialoog_app.ui.meetings.page" not in at_paint  # … and built no other screen
    before_paint = [name for name in AFTER_THE_FIRST_PAINT if name in at_paint]
    assert before_paint == []


def test_a_screen_is_built_when_it_is_first_shown(qtbot: QtBot, workspace: Workspace) -> None:
    from dialoog_app.ui.board.page import BoardPage
    from dialoog_app.ui.main_window import MainWindow

    fill_demo(workspace, notes=30, opgaven=2)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [type(page).__name__ for page in window.pages.values()] == ["MeetingsPage"]

    board_row = window.nav.visualItemRect(window.nav.item(3)).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=board_row)
    board = window.stack.currentWidget()
    assert isinstance(board, BoardPage) and board.isVisible()
    assert len(board.data.cards) == 30  # built on the open project, with its notes
    assert window.nav.currentItem().text() == "Opgaven"
    window.close()
