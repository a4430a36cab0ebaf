"""Qt's own file dialog speaks Dutch: where the system has no native dialog, Qt's widget
dialog is shown, and every label, button and column of it is Dutch (qtbase_nl, plus our
own texts for the few it leaves in English)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QTreeView
from pytestqt.qtbot import QtBot

from conftest import screenshot

ROOT = Path(__file__).resolve().parent.parent


def _widget_dialog(qtbot: QtBot, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "Project openen", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the fallback under test
    dialog.setAcceptMode(mode)
    filter_ = QApplication.translate("MainWindow", "Dialoog projects (*{suffix})")
    dialog.setNameFilter(filter_.format(suffix=".dialoog"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog: QFileDialog) -> list[str]:
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    buttons = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
    return [t.replace("&", "") for t in labels + buttons if t]


@pytest.mark.usefixtures("qapp")
def test_the_widget_file_dialog_is_dutch(qtbot: QtBot) -> None:
    dialog = _widget_dialog(qtbot, QFileDialog.AcceptMode.AcceptOpen)
    texts = _texts(dialog)
    assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:", "Openen", "Annuleren"} <= set(texts)
    assert dialog.nameFilters() == ["Dialoog-projecten (*.dialoog)"]
    assert not {"Look in:", "Files of type:", "File name:", "Open", "Cancel"} & set(texts)
    view = dialog.findChild(QTreeView)
    assert view is not None
    model = view.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:2] == ["Naam", "Grootte"]
    tips = {b.toolTip() for b in dialog.findChildren(QPushButton)} | {
        w.toolTip() for w in dialog.findChildren(QLabel)
    }
    assert not any(re.search(r"\b(Back|Forward|Parent)\b", tip) for tip in tips)
    screenshot(dialog, "file_dialog_open_nl")
    dialog.close()

    dialog = _widget_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave)
    assert "Opslaan" in _texts(dialog)
    dialog.close()


@pytest.mark.usefixtures("qapp")
def test_qt_dutch_catalogue_is_loaded_and_shipped() -> None:
    # Loaded: a text only qtbase_nl has, and one only ours fills in.
    assert QCoreApplication.translate("QFileDialog", "Back") == "Terug"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    catalogues = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (catalogues / "qtbase_nl.qm").is_file()
    # Shipped: the PyInstaller build keeps Qt's catalogues of the languages the app speaks.
    spec = (ROOT / "packaging" / "dialoog.spec").read_text(encoding="utf-8")
    kept = re.search(r"^LANGUAGES = \((.*)\)$", spec, re.MULTILINE)
    assert kept is not None and '"nl"' in kept.group(1)


def test_no_screen_turns_the_native_file_dialog_off() -> None:
    """The system's own dialog (Windows, macOS, the desktop portal) is Dutch on a Dutch
    system: the app never asks for Qt's widget dialog instead."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "dialoog_app").rglob("*.py")
        if "DontUseNativeDialog" in path.read_text(encoding="utf-8")
    ]
    assert not offenders
