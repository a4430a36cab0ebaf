"""File → "Prepare table laptops…": one copy of this project per table, in a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.exchange.prepare import PreparedCopy
from dialoog_app.services import meetings, merging
from dialoog_app.ui.roles import ID_ROLE

from ..context import UiContext


class PrepareDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("prepareDialog")
        self.setWindowTitle(self.tr("Prepare table laptops"))
        self.resize(560, 460)
        self.copies: list[PreparedCopy] = []
        intro = QLabel(
            self.tr(
                "Writes one copy of this project for each table. Put a copy on the table's "
                "laptop: Dialoog opens it on that table. Afterwards, merge the copies back "
                "with File → Merge with laptop files."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("prepareMeeting")
        for m in meetings.list_meetings(ctx.workspace):
            self.meeting.addItem(m.title, m.id)
        self.meeting.currentIndexChanged.connect(self._fill_tables)
        self.tables = QListWidget(self)
        self.tables.setObjectName("prepareTables")
        self.tables.setMaximumHeight(160)  # leaves room for the list of copies made
        self.folder = QLineEdit(str(ctx.workspace.path.parent / "Tafellaptops"), self)
        self.folder.setObjectName("prepareFolder")
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Meeting:"), self.meeting)
        form.addRow(self.tr("&Tables:"), self.tables)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder)  # the row is a layout: the mnemonic needs a buddy
        form.addRow(folder_label, folder_row)
        self.status = QLabel(self)
        self.status.setObjectName("prepareStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.prepare_button = buttons.addButton(
            self.tr("&Write the copies"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.prepare_button.setObjectName("prepareButton")
        self.prepare_button.clicked.connect(self.prepare)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._fill_tables()

    def _fill_tables(self) -> None:
        self.tables.clear()
        meeting_id = self.meeting.currentData()
        for table in meetings.list_tables(self.ctx.workspace, meeting_id) if meeting_id else []:
            item = QListWidgetItem(table.name, self.tables)
            item.setData(ID_ROLE, table.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.prepare_button.setEnabled(self.tables.count() > 0)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the copies"))
        if name:
            self.folder.setText(name)

    def checked_tables(self) -> list[str]:
        return [
            self.tables.item(i).data(ID_ROLE)
            for i in range(self.tables.count())
            if self.tables.item(i).checkState() == Qt.CheckState.Checked
        ]

    def prepare(self) -> list[PreparedCopy] | None:
        wanted = self.checked_tables()
        if not wanted:
            self.status.setText(self.tr("Tick at least one table."))
            return None
        ws = self.ctx.workspace
        copies = self.ctx.attempt(
            self,
            lambda: merging.prepare_laptops(
                ws, Path(self.folder.text()), wanted, meeting=self.meeting.currentData()
            ),
        )
        if copies is None:
            return None
        self.copies = copies
        names = "\n".join(c.path.name for c in copies)
        self.status.setText(
            self.tr("Copies written ({count}) to {folder}:").format(
                count=len(copies), folder=self.folder.text()
            )
            + "\n"
            + names
        )
        return copies
