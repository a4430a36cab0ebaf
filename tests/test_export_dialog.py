"""Exporteren naar Word… driven as a user: Ctrl+E, choose, export in the background, open."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services import export_settings, minutes
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.export.dialog import ExportDialog
from dialoog_app.ui.main_window import MainWindow
from export_support import ran_demo, read_back
from test_export_templates import house_style

LEFT = Qt.MouseButton.LeftButton


class Recorder:
    """What the patched message boxes said and which documents were opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.messages: list[str] = []
        self.opened: list[QUrl] = []
        self.threads: list[str] = []
        self.progress: list[int] = []

        def exec_box(box: QMessageBox) -> int:
            self.messages.append(box.text())
            return answer

        def open_url(url: QUrl) -> bool:
            self.opened.append(url)
            return True

        real_export = minutes.export_minutes

        def export(*args: Any, **kwargs: Any) -> minutes.ExportResult:
            self.threads.append(threading.current_thread().name)
            return real_export(*args, **kwargs)

        monkeypatch.setattr(QMessageBox, "exec", exec_box)
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
        monkeypatch.setattr(minutes, "export_minutes", export)


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # so Ctrl+E reaches it
    return window


def _click_option(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click on a radio button's or check box's label (its clickable part)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(12, button.height() // 2))


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.export_action.dialog is not None)
    dialog = window.export_action.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_export_one_table_anonymised_then_open_it(
    qtbot: QtBot,
    workspace: Workspace,
    reopen: Callable[[], Workspace],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran_demo(workspace, notes=400, opgaven=4)
    seen = Recorder(monkeypatch, QMessageBox.StandardButton.Open)
    out = tmp_path / "Verslag tafel Oost.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out)[:-5], ""))
    )
    window = _window(qtbot, workspace)
    assert "Ctrl+E" in window.export_action.toolTip()
    dialog = _open_dialog(qtbot, window)
    assert dialog.project_radio.isChecked() and dialog.builtin_radio.isChecked()
    assert dialog.output_edit.text().endswith("Verslag Putten.docx")
    screenshot(dialog, "export_dialog")

    _click_option(qtbot, dialog.table_radio)
    assert dialog.table_combo.isEnabled() and not dialog.meeting_combo.isEnabled()
    dialog.table_combo.setFocus()
    qtbot.keyClick(dialog.table_combo, Qt.Key.Key_Down)  # Tafel Noord → Tafel Oost
    assert dialog.table_combo.currentText() == "Tafel Oost"
    assert dialog.output_edit.text().endswith("Verslag Tafel Oost.docx")
    _click_option(qtbot, dialog.parts["unplaced"])
    _click_option(qtbot, dialog.anonymise)
    qtbot.mouseClick(dialog.findChild(QPushButton, "browseOutput"), LEFT)
    assert dialog.output_edit.text() == str(out)  # ".docx" added to the chosen name

    dialog.progress.valueChanged.connect(seen.progress.append)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: bool(seen.opened), timeout=30_000)
    assert seen.threads and seen.threads[0] != threading.main_thread().name  # never on the GUI
    assert seen.progress and seen.progress[-1] == 100
    assert seen.opened[0].toLocalFile() == str(out)
    assert "Het verslag is opgeslagen" in seen.messages[-1]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: dialog.export_thread is None)

    back = read_back(out)
    assert {b.h2 for b in back.bullets if b.h1 == "Dialoogtafels Samenleving"} == {"Tafel Oost"}
    assert not [h for h in back.headings if h[1].startswith("Bijlage")]
    assert "Namen en initialen van sprekers zijn in dit verslag weggelaten." in back.texts
    window.close()
    assert export_settings.load(reopen()).folder == tmp_path


def test_a_bad_template_is_explained_and_nothing_is_lost(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran_demo(workspace, notes=60, opgaven=2)
    seen = Recorder(monkeypatch, QMessageBox.StandardButton.Close)
    bad = tmp_path / "huisstijl.docx"
    bad.write_text("dit is geen Word-bestand")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    out = tmp_path / "verslag.docx"
    dialog.output_edit.setText(str(out))
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseTemplate"), LEFT)
    assert dialog.own_radio.isChecked() and dialog.template_edit.text() == str(bad)

    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen.messages), timeout=30_000)
    assert "is geen Word-document" in seen.messages[0]
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert dialog.isVisible() and not out.exists()  # the user can choose again

    _click_option(qtbot, dialog.builtin_radio)
    assert dialog.builtin_radio.isChecked()
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: out.exists() and not dialog.isVisible(), timeout=30_000)
    assert seen.opened == []  # the user chose not to open it
    assert export_settings.load(workspace).template is None


def test_the_last_template_is_remembered_per_project(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran_demo(workspace, notes=40, opgaven=2)
    template = house_style(tmp_path / "huisstijl.dotx", as_template=True)
    export_settings.remember(workspace, template=template, folder=tmp_path)
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    assert dialog.own_radio.isChecked()
    assert dialog.template_edit.text() == str(template)
    assert Path(dialog.output_edit.text()).parent == tmp_path
    screenshot(dialog, "export_dialog_own_template")
    dialog.reject()


def _odd_style_ids(path: Path) -> Path:
    """A user's template whose style ids hold `"` and `&` (Word allows them)."""
    document = docx.Document(str(house_style(path)))
    for name, style_id in [
        ("Heading 1", 'Kop"1'),
        ("List Bullet", "Opsomming&Co"),
        ("Normal", "<N>"),
    ]:
        document.styles[name].style_id = style_id
    document.save(str(path))
    return path


def test_a_template_with_quotes_and_ampersands_in_style_ids_exports(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: an XML syntax error in the worker thread, and the dialog showed nothing.
    ran_demo(workspace, notes=40, opgaven=2)
    seen = Recorder(monkeypatch, QMessageBox.StandardButton.Close)
    template = _odd_style_ids(tmp_path / "huisstijl.docx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(template), ""))
    )
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    out = tmp_path / "verslag.docx"
    dialog.output_edit.setText(str(out))
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseTemplate"), LEFT)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen.messages), timeout=30_000)
    assert "Het verslag is opgeslagen" in seen.messages[0]
    qtbot.waitUntil(lambda: not dialog.isVisible() and dialog.export_thread is None)
    # python-docx cannot look such an id up (its XPath breaks on `"`): read the XML itself.
    body = docx.Document(str(out)).element.body
    used = Counter(v for v in body.xpath("//w:pStyle/@w:val"))
    assert used['Kop"1'] >= 1 and used["Opsomming&Co"] >= 20 and used["<N>"] >= 1


def test_an_unexpected_error_is_shown_in_dutch_and_logged(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ran_demo(workspace, notes=20, opgaven=1)
    seen = Recorder(monkeypatch, QMessageBox.StandardButton.Ok)

    def bug(*args: Any, **kwargs: Any) -> minutes.ExportResult:
        raise RuntimeError("iets onvoorziens")

    monkeypatch.setattr(minutes, "export_minutes", bug)
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    out = tmp_path / "verslag.docx"
    dialog.output_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen.messages), timeout=30_000)
    [message] = seen.messages
    assert "onverwachte fout" in message and "RuntimeError: iets onvoorziens" in message
    assert "iets onvoorziens" in caplog.text and "Traceback" in caplog.text
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    assert dialog.isVisible() and not out.exists()  # the form is given back
    assert "onverwachte fout" in dialog.status.text()
    screenshot(dialog, "export_dialog_unexpected_error")
    dialog.reject()
