"""A project on a network share or in a synced folder: warn, and offer a local copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMessageBox

from dialoog_app import paths
from dialoog_app.services import location
from dialoog_app.services.location import Risk

from ..context import UiContext

translate = QCoreApplication.translate


def local_projects_folder() -> Path:
    # The app's own data folder: not Documents, which OneDrive often takes over on Windows.
    return paths.user_data_dir() / "Projecten"


class LocationWarning:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.box: QMessageBox | None = None
        self.copy_button: QAbstractButton | None = None
        self.ctx: UiContext | None = None

    def check(self, ctx: UiContext) -> QMessageBox | None:
        self.ctx = ctx
        path = ctx.workspace.path
        risk = location.risk_of(path)
        if risk is None:
            return None
        box = QMessageBox(self.window)
        box.setObjectName("locationWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        if risk is Risk.SYNCED:
            box.setWindowTitle(translate("Location", "Project in a synced folder"))
            box.setText(
                translate(
                    "Location",
                    "“{name}” is in a folder that is synchronised ({folder}). The sync can "
                    "copy the project while it is half written, or put an old version back.",
                ).format(name=path.stem, folder=location.synced_folder(path))
            )
        else:
            box.setWindowTitle(translate("Location", "Project on a network drive"))
            box.setText(
                translate(
                    "Location",
                    "“{name}” is on a network drive. Dialoog cannot keep a project safe "
                    "there: a dropped connection can damage it.",
                ).format(name=path.stem)
            )
        box.setInformativeText(
            translate(
                "Location",
                "Work in a copy on this computer, and put the minutes in the shared folder "
                "afterwards. The copy goes to {folder}.",
            ).format(folder=local_projects_folder())
        )
        self.copy_button = box.addButton(
            translate("Location", "Make a copy on this computer"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("Location", "Work here anyway"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.copy_button)
        box.buttonClicked.connect(self._clicked)
        self.box = box
        box.open()  # not blocking: the project is open behind it
        return box

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.copy_button:
            self.make_local_copy()

    def make_local_copy(self) -> Path | None:
        """Copy the open project to this computer and carry on in the copy."""
        ctx = self.ctx
        if ctx is None or ctx.workspace.store.closed:
            return None
        copy = location.copy_to_local(ctx.workspace.path, local_projects_folder())
        opened = self.window.open_path(copy)  # type: ignore[attr-defined]
        if opened:
            self.window.statusBar().showMessage(
                translate("Location", "You are now working in the copy: {path}").format(path=copy),
                20000,
            )
        return copy if opened else None
