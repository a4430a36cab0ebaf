"""A damaged project on opening: offer the newest healthy backup and say what is lost."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dialoog_app.domain.errors import DamagedFileError, UserError
from dialoog_app.services.workspace import Workspace, open_workspace

from .. import background, i18n
from ..context import show_error
from ..deferred import deferred
from . import passphrase, texts

if TYPE_CHECKING:
    from dialoog_app.services import backups, health
else:  # at their first use: the main window imports this module (ui/deferred.py)
    backups = deferred("dialoog_app.services.backups")
    health = deferred("dialoog_app.services.health")

translate = QCoreApplication.translate


def handle_open_error(parent: QWidget | None, path: Path, error: UserError) -> Workspace | None:
    """A project that did not open because it is damaged or encrypted: offer the way in."""
    if isinstance(error, DamagedFileError):
        return offer_recovery(parent, path)
    return passphrase.open_encrypted(parent, path)


def offer_recovery(parent: QWidget | None, path: Path) -> Workspace | None:
    """Ask whether to put the newest healthy backup back; the project opened, or None.

    The damaged file is never written to: a restore keeps it beside the project, renamed.
    """
    path = Path(path).expanduser().absolute()
    offer = health.recovery_offer(path)
    box = QMessageBox(parent)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Recovery", "Project damaged"))
    box.setText(
        translate(
            "Recovery", "The project “{name}” is damaged. The file has not been changed."
        ).format(name=path.stem)
    )
    if offer is None:
        box.setInformativeText(
            translate("Recovery", "There is no backup of this project on this computer.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
        return None
    box.setInformativeText(
        translate(
            "Recovery",
            "The newest good backup is of {when}: {holds}.\n\n"
            "If you put it back, what was done after it is lost: {lost}.\n"
            "The damaged file is kept beside the project.",
        ).format(
            when=texts.when(offer.backup.taken_at),
            holds=texts.holds(offer.backup),
            lost=i18n.text(offer.lost),
        )
    )
    restore = box.addButton(
        translate("Recovery", "Put the backup back"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        background.run(
            parent,
            translate("Recovery", "Putting the backup back…"),
            lambda: backups.restore_file(path, offer.backup.path),
        )
        return open_workspace(path)
    except (DamagedFileError, UserError) as error:
        show_error(parent, i18n.text(error.text))
        return None
