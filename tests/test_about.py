"""Help → Over Dialoog: the version from pyproject.toml, the licences, the app icon."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.about import AboutDialog
from dialoog_app.ui.main_window import MainWindow

PYPROJECT = Path(__file__).parent.parent / "pyproject.toml"


def test_about_shows_the_version_and_the_licences(qtbot: QtBot, workspace: Workspace) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&Over Dialoog")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Over Dialoog"

    wanted = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["version"]
    assert dialog.findChild(QLabel, "aboutTitle").text() == f"<h2>Dialoog {wanted}</h2>"
    rows = {
        dialog.table.item(row, 0).text(): (
            dialog.table.item(row, 1).text(),
            dialog.table.item(row, 2).text(),
        )
        for row in range(dialog.table.rowCount())
    }
    assert rows["PySide6 (Qt for Python)"][1] == "LGPL-3.0"
    assert rows["Qt"][1] == "LGPL-3.0" and rows["Qt"][0].startswith("6.")
    for name in ("SQLAlchemy", "python-docx", "Alembic", "pydantic", "platformdirs", "lxml"):
        version, licence = rows[name]
        assert version and licence, name  # each with its installed version
    assert [dialog.table.horizontalHeaderItem(i).text() for i in range(3)] == [
        "Onderdeel",
        "Versie",
        "Licentie",
    ]
    screenshot(dialog, "about")
    dialog.close()
    window.close()


def test_the_app_has_its_icon(qapp: QApplication) -> None:
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).isNull()  # the SVG really renders
