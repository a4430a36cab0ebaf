"""A backup's notes, read-only, to find one and copy it back into the project."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services.backups import BackupInfo, backup_notes

from . import texts


class BackupViewer(QDialog):
    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupViewer")
        self.setWindowTitle(self.tr("Backup of {when}").format(when=texts.when(info.taken_at)))
        label = QLabel(
            self.tr(
                "Read-only: nothing here changes the project. Select text and copy it "
                "(Ctrl+C) to use it again."
            ),
            self,
        )
        label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Find (Enter for the next)"))
        self.search.returnPressed.connect(self.find_next)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("backupText")
        self.text.setReadOnly(True)
        self.text.setPlainText(self._render(info))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(680, 520)

    def _render(self, info: BackupInfo) -> str:
        lines: list[str] = []
        heading = None
        for note in backup_notes(info.path):
            if (note.meeting, note.table) != heading:
                heading = (note.meeting, note.table)
                lines += ["", f"{note.meeting} — {note.table}", ""]
            lines.append(f"• {note.text}")
        return "\n".join(lines).strip() or self.tr("This backup holds no notes.")

    def find_next(self) -> bool:
        found = self.text.find(self.search.text())
        if not found:  # from the top again
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
            found = self.text.find(self.search.text(), QTextDocument.FindFlag(0))
        return found
