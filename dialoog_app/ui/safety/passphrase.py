"""Encrypted projects in the window: asking the passphrase on opening, and encrypting one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.errors import UserError, WrongPassphraseError
from dialoog_app.services.workspace import Workspace, open_workspace
from dialoog_app.store import cipher

from .. import i18n, theme
from ..context import show_error
from ..deferred import deferred

if TYPE_CHECKING:
    from dialoog_app.services import encryption
else:  # at its first use: the main window imports this module (ui/deferred.py)
    encryption = deferred("dialoog_app.services.encryption")

translate = QCoreApplication.translate


def ask_passphrase(parent: QWidget | None, path: Path, *, wrong: bool) -> str | None:
    label = translate("Passphrase", "Passphrase for “{name}”:").format(name=path.stem)
    if wrong:
        label = translate("Passphrase", "That passphrase is not right.") + "\n" + label
    text, ok = QInputDialog.getText(
        parent,
        translate("Passphrase", "Encrypted project"),
        label,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def open_encrypted(parent: QWidget | None, path: Path) -> Workspace | None:
    """Ask until the passphrase is right (or the user gives up); the project opened."""
    path = Path(path).expanduser().absolute()
    wrong = False
    while True:
        passphrase = ask_passphrase(parent, path, wrong=wrong)
        if passphrase is None:
            return None
        cipher.remember(path, passphrase)
        try:
            return open_workspace(path)
        except WrongPassphraseError:
            cipher.forget(path)
            wrong = True
        except UserError as error:
            cipher.forget(path)
            show_error(parent, i18n.text(error.text))
            return None


class EncryptDialog(QDialog):
    """A new passphrase, typed twice, with the plain warning about losing it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptDialog")
        self.setWindowTitle(self.tr("Encrypt with a passphrase"))
        warning = QLabel(
            self.tr(
                "“{name}” will only open with this passphrase, its backups too. Whoever "
                "loses the passphrase loses the project: nobody can open it without, not "
                "even the makers of Dialoog. Write it down somewhere safe."
            ).format(name=name),
            self,
        )
        warning.setWordWrap(True)
        theme.style(warning, "color: @error;")
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("encryptMessage")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Encrypt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.adjustSize()  # the wrapped warning sets the height

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if len(self.first.text()) < encryption.MIN_LENGTH:
            self.message.setText(
                self.tr("A passphrase needs at least {n} characters.").format(
                    n=encryption.MIN_LENGTH
                )
            )
            return
        super().accept()
