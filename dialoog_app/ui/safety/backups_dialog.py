"""File → "Backups…": the project's copies with date, size and contents; restore or look in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import backups
from dialoog_app.services.backups import BackupInfo
from dialoog_app.ui.roles import PATH_ROLE

from .. import background
from ..context import UiContext
from . import texts
from .backup_viewer import BackupViewer


class BackupsDialog(QDialog):
    """Lists the copies; ``restore_to`` puts one in place and reopens the project."""

    def __init__(
        self, ctx: UiContext, restore_to: Callable[[Path], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.ctx = ctx
        self.restore_to = restore_to
        self.items: list[BackupInfo] = []
        self.viewer: BackupViewer | None = None

        intro = QLabel(
            self.tr(
                "Dialoog makes a backup when you open the project and every {minutes} minutes "
                "while you work. Older backups are thinned: all of the last hour, one per hour "
                "for a day, one per day for a month, one per week after that."
            ).format(minutes=backups.AUTO_MINUTES),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Contents")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.look_inside())

        self.backup_button = QPushButton(self.tr("Make a backup &now"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.view_button = QPushButton(self.tr("&Look inside…"), self)
        self.view_button.setObjectName("lookInside")
        self.view_button.setToolTip(self.tr("Read the notes of this backup and copy from them"))
        self.view_button.clicked.connect(self.look_inside)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        self.items = backups.list_backups(self.ctx.workspace.path)
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            cells = [
                texts.when(info.taken_at),
                texts.reason(info),
                texts.size(info.size),
                texts.holds(info) if info.healthy else self.tr("damaged — cannot be used"),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(PATH_ROLE, str(info.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.items[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        usable = info is not None and info.healthy
        self.view_button.setEnabled(usable)
        self.restore_button.setEnabled(usable)

    def backup_now(self) -> None:
        copying = background.runner(self, self.tr("Making a backup of this project…"))
        ws = self.ctx.workspace
        if self.ctx.attempt(self, lambda: backups.backup_now(ws, "manual", run=copying)):
            self.reload()

    def look_inside(self) -> None:
        info = self.selected()
        if info is None or not info.healthy:
            return
        if self.viewer is not None:
            self.viewer.deleteLater()
        self.viewer = BackupViewer(info, self)
        self.viewer.open()

    def restore(self) -> None:
        info = self.selected()
        if info is None or not info.healthy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Put back the backup of {when} ({holds})?\n\n"
                "What the project holds now is first saved as a backup of its own, "
                "so you can go back."
            ).format(when=texts.when(info.taken_at), holds=texts.holds(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self.restore_to(info.path)
