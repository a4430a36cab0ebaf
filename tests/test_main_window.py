"""The main window: first start, new/open/recent projects, refusals shown in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from conftest import DEVICE, sha256
from dialoog_app import paths
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace
from dialoog_app.ui import settings
from dialoog_app.ui.app import first_workspace
from dialoog_app.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def test_first_start_creates_the_default_project(qtbot: QtBot) -> None:
    ws = first_workspace(None).workspace
    window = MainWindow(ws)
    qtbot.addWidget(window)
    assert ws.path == paths.default_project_path()
    assert window.windowTitle() == "Mijn dialoogtafels — Dialoog"
    window.close()
    # The next start reopens it rather than making another.
    ws = first_workspace(None).workspace
    assert ws.path == paths.default_project_path()
    ws.close()


def test_next_start_reopens_the_last_project(qtbot: QtBot, tmp_path: Path) -> None:
    other = tmp_path / "Ermelo.dialoog"
    new_workspace(other, device_id=DEVICE).close()
    window = MainWindow(first_workspace(other).workspace)
    qtbot.addWidget(window)
    window.close()
    ws = first_workspace(None).workspace
    assert ws.path == other
    ws.close()


def test_new_open_and_recent_projects(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "Putten.dialoog"
    window = MainWindow(new_workspace(first, device_id=DEVICE))
    qtbot.addWidget(window)
    meetings.add_meeting(window.workspace, "Avond in Putten")

    second = tmp_path / "Nijkerk"  # the suffix is added for the user
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(second), ""))
    window.new_action.trigger()
    assert window.workspace.path == tmp_path / "Nijkerk.dialoog"
    assert window.windowTitle() == "Nijkerk — Dialoog"
    assert window.pages["meetings"].list_model.rows == []

    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent == ["Putten.dialoog"]
    window.recent_menu.actions()[0].trigger()
    assert window.workspace.path == first
    assert [m.title for m in window.pages["meetings"].list_model.rows] == ["Avond in Putten"]

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "Nijkerk.dialoog"), "")
    )
    window.open_action.trigger()
    assert window.windowTitle() == "Nijkerk — Dialoog"
    assert settings.recent_projects()[:2] == [tmp_path / "Nijkerk.dialoog", first]
    window.close()


def test_opening_a_wrong_file_explains_and_keeps_the_current_project(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    window = MainWindow(new_workspace(tmp_path / "Putten.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    wrong = tmp_path / "begroting.dialoog"
    wrong.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    before = sha256(wrong)
    assert window.open_path(wrong) is False
    assert messages == [f"Het bestand {wrong} is geen Dialoog-project."]
    assert window.windowTitle() == "Putten — Dialoog"
    assert sha256(wrong) == before
    window.close()


def test_a_project_open_in_another_window_is_refused(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    shared = tmp_path / "Gedeeld.dialoog"
    one = MainWindow(new_workspace(shared, device_id=DEVICE))
    two = MainWindow(new_workspace(tmp_path / "Ander.dialoog", device_id=DEVICE))
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    assert two.open_path(shared) is False
    assert "is al geopend in een ander Dialoog-venster" in messages[0]
    one.close()
    assert two.open_path(shared) is True
    two.close()


def test_navigation_and_saved_indicator(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(new_workspace(tmp_path / "Putten.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Bijeenkomsten"
    assert window.saved_label.text() == "Alle wijzigingen worden automatisch opgeslagen"
    meetings.add_meeting(window.workspace, "Avond")
    assert window.saved_label.text().startswith("Opgeslagen om ")
    window.close()
