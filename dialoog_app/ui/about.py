"""Help → About Dialoog: the version, what the app promises, and the licences it uses."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app import __version__


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # for its version; "" when it is not a Python package
    licence: str
    url: str


# What the app (and a PyInstaller build) ships. Qt and PySide6 are LGPL-3.0: the one-folder
# build keeps them as separate libraries a user may replace.
COMPONENTS = [
    Component("Qt", "", "LGPL-3.0", "https://www.qt.io/licensing/"),
    Component("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0", "https://pyside.org"),
    Component("Shiboken6", "shiboken6", "LGPL-3.0", "https://pyside.org"),
    Component("Python", "", "PSF-2.0", "https://docs.python.org/3/license.html"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("Mako", "Mako", "MIT", "https://www.makotemplates.org"),
    Component("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com"),
    Component("pydantic", "pydantic", "MIT", "https://docs.pydantic.dev"),
    Component("pydantic-core", "pydantic_core", "MIT", "https://github.com/pydantic"),
    Component("annotated-types", "annotated-types", "MIT", "https://github.com/annotated-types"),
    Component("typing-extensions", "typing_extensions", "PSF-2.0", "https://github.com/python"),
    Component("typing-inspection", "typing-inspection", "MIT", "https://github.com/pydantic"),
    Component("python-docx", "python-docx", "MIT", "https://python-docx.readthedocs.io"),
    Component("lxml", "lxml", "BSD-3-Clause", "https://lxml.de"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("SQLite", "", "Public domain", "https://sqlite.org/copyright.html"),
]


def component_version(component: Component) -> str:
    if component.name == "Qt":
        return qVersion()
    if component.name.startswith("PySide6"):
        return pyside_version
    if component.name == "Python":
        import platform

        return platform.python_version()
    if component.name == "SQLite":
        import sqlite3

        return sqlite3.sqlite_version
    try:
        return version(component.distribution)
    except PackageNotFoundError:
        return ""  # a frozen build keeps no package metadata for some


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Dialoog"))
        self.resize(620, 560)
        title = QLabel(f"<h2>Dialoog {__version__}</h2>", self)
        title.setObjectName("aboutTitle")
        intro = QLabel(
            self.tr(
                "Dialogue tables, notes, opgaven and minutes — offline.\n"
                "Everything stays on this computer: no network, no telemetry."
            ),
            self,
        )
        intro.setWordWrap(True)
        licences_label = QLabel(self.tr("Dialoog is built with:"), self)
        self.table = QTableWidget(len(COMPONENTS), 3, self)
        self.table.setObjectName("licenceTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.setAccessibleName(self.tr("Components and their licences"))
        for row, component in enumerate(COMPONENTS):
            for column, text in enumerate(
                (component.name, component_version(component), component.licence)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(component.url)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        lgpl = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: you may replace "
                "their libraries in the program folder with your own build. Their source "
                'code is at <a href="https://code.qt.io">code.qt.io</a>.'
            ),
            self,
        )
        lgpl.setWordWrap(True)
        lgpl.setOpenExternalLinks(True)
        lgpl.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Escape closes; the table is for reading
        close.setFocus()
        layout = QVBoxLayout(self)
        for widget in (title, intro, licences_label, self.table, lgpl, buttons):
            layout.addWidget(widget)


def show_about(parent: QWidget) -> AboutDialog:
    """Window-modal, so the event loop (and the meeting clock) keeps running."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
