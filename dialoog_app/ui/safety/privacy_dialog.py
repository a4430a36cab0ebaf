"""File → "Privacy…": the author's name, anonymised exports, the deletion date, and the
three strong tools — names in notes, removing personal data, deleting the project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import encryption, privacy
from dialoog_app.services.privacy import PrivacySettings

from .. import theme
from ..context import UiContext
from . import author
from .names_dialog import NamesDialog
from .passphrase import EncryptDialog


class PrivacyDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        purge: Callable[[], bool],
        encrypt: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self.setWindowTitle(self.tr("Privacy"))
        self.ctx = ctx
        self.purge = purge
        self.encrypt = encrypt
        self.encrypt_dialog: EncryptDialog | None = None
        self.names: NamesDialog | None = None
        current = privacy.load(ctx.workspace)

        self.author_edit = QLineEdit(author.author_name(), self)
        self.author_edit.setObjectName("authorName")
        self.author_edit.setPlaceholderText(self.tr("empty: no author in the minutes"))
        self.anonymise = QCheckBox(self.tr("Export &anonymised by default"), self)
        self.anonymise.setObjectName("anonymiseByDefault")
        self.anonymise.setChecked(current.anonymise_exports)
        self.keep_until = QCheckBox(self.tr("&Delete personal data on"), self)
        self.keep_until.setObjectName("hasDeletionDate")
        self.delete_date = QDateEdit(self)
        self.delete_date.setObjectName("deletionDate")
        self.delete_date.setCalendarPopup(True)
        self.delete_date.setDisplayFormat("d MMMM yyyy")
        due = current.delete_after or dt.date.today() + dt.timedelta(days=365)
        self.delete_date.setDate(QDate(due.year, due.month, due.day))
        self.keep_until.setChecked(current.delete_after is not None)
        self.delete_date.setEnabled(current.delete_after is not None)
        self.keep_until.toggled.connect(self.delete_date.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Your &name (for minutes):"), self.author_edit)
        form.addRow("", self.anonymise)
        retention = QHBoxLayout()
        retention.addWidget(self.keep_until)
        retention.addWidget(self.delete_date)
        retention.addStretch(1)
        form.addRow(self.tr("Retention:"), retention)

        tools = QGroupBox(self.tr("Personal data in this project"), self)
        tools_layout = QVBoxLayout(tools)
        self.names_button = QPushButton(self.tr("Names in &notes…"), tools)
        self.names_button.setObjectName("namesInNotes")
        self.names_button.clicked.connect(self.show_names)
        self.strip_button = QPushButton(self.tr("Remove &personal data…"), tools)
        self.strip_button.setObjectName("stripPersonalData")
        self.strip_button.clicked.connect(self.strip)
        self.encrypt_button = QPushButton(self.tr("&Encrypt with a passphrase…"), tools)
        self.encrypt_button.setObjectName("encrypt")
        self.encrypt_button.clicked.connect(self._encrypt)
        if encryption.is_encrypted(ctx.workspace):
            self.encrypt_button.setEnabled(False)
            self.encrypt_button.setText(self.tr("Encrypted with a passphrase"))
        self.purge_button = QPushButton(self.tr("Delete project &permanently…"), tools)
        self.purge_button.setObjectName("purgeProject")
        theme.style(self.purge_button, "color: @error;")
        self.purge_button.clicked.connect(self._purge)
        for button, why in (
            (self.names_button, self.tr("find names residents mentioned, and replace them")),
            (self.strip_button, self.tr("remove every speaker and gespreksleider name")),
            (self.encrypt_button, self.tr("the file and its backups unreadable without it")),
            (self.purge_button, self.tr("the file, its backups and its copies, for good")),
        ):
            line = QHBoxLayout()
            line.addWidget(button)
            line.addWidget(QLabel(why, tools), 1)
            tools_layout.addLayout(line)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tools)
        layout.addWidget(buttons)

    def settings(self) -> PrivacySettings:
        date = self.delete_date.date()
        return PrivacySettings(
            anonymise_exports=self.anonymise.isChecked(),
            delete_after=(
                dt.date(date.year(), date.month(), date.day())
                if self.keep_until.isChecked()
                else None
            ),
        )

    def accept(self) -> None:
        author.set_author_name(self.author_edit.text())
        chosen = self.settings()
        self.ctx.attempt(self, lambda: privacy.save(self.ctx.workspace, chosen))
        super().accept()

    def show_names(self) -> NamesDialog:
        if self.names is not None:
            self.names.deleteLater()
        self.names = NamesDialog(self.ctx, self)
        self.names.open()
        return self.names

    def strip(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Remove personal data"),
            self.tr(
                "Remove every speaker (initials, pseudonyms) and every gespreksleider name "
                "from the whole project “{name}”?\n\nThe notes themselves stay. Older backups "
                "still hold the names, so they are deleted too. This cannot be undone."
            ).format(name=self.ctx.workspace.path.stem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = self.ctx.attempt(self, lambda: privacy.strip_personal_data(self.ctx.workspace))
        if result is None:
            return
        self.ctx.undo_stack.clear()  # an undo must not bring a name back
        QMessageBox.information(
            self,
            self.tr("Remove personal data"),
            self.tr(
                "Removed: {speakers} speakers, {facilitators} gespreksleider names and "
                "{contacts} contact names of experts; {backups} older backups deleted."
            ).format(
                speakers=result.speakers,
                facilitators=result.facilitators,
                contacts=result.contacts,
                backups=result.backups_removed,
            ),
        )

    def _encrypt(self) -> None:
        self.encrypt_dialog = EncryptDialog(self.ctx.workspace.path.stem, self)
        if self.encrypt_dialog.exec() == QDialog.DialogCode.Accepted:
            if self.encrypt(self.encrypt_dialog.first.text()):
                self.reject()

    def _purge(self) -> None:
        if self.purge():
            self.reject()
