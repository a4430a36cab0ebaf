"""File → "Backups…" and "Privacy…", the automatic backups and the retention reminder,
added to the main window in one call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from dialoog_app import paths
from dialoog_app.domain.errors import UserError
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace

from .. import background, i18n, settings, warm_up
from ..context import UiContext, show_error
from ..deferred import deferred
from .location_warning import LocationWarning
from .scheduler import BackupScheduler

if TYPE_CHECKING:  # the dialogs load when first opened, not before the first paint
    from dialoog_app.services import backups, encryption, privacy

    from .backups_dialog import BackupsDialog
    from .privacy_dialog import PrivacyDialog
else:  # the services, at their first use (ui/deferred.py)
    backups = deferred("dialoog_app.services.backups")
    encryption = deferred("dialoog_app.services.encryption")
    privacy = deferred("dialoog_app.services.privacy")


class ProjectWindow(Protocol):
    """What of the main window this package uses."""

    project_changed: SignalInstance
    pages: dict[str, QWidget]

    def switch_to(self, workspace: Workspace | Callable[[], Workspace]) -> bool: ...


def flush_pages(window: ProjectWindow) -> None:
    """Whatever is still being typed is saved before the file is swapped."""
    for page in window.pages.values():
        flush = getattr(page, "flush", None)
        if callable(flush):
            flush()


def restore_into(window: ProjectWindow, ctx: UiContext, backup: Path) -> bool:
    """Back up the current state, then put ``backup`` in place once the window has closed
    the project (``switch_to``), and carry on in it."""
    parent = window if isinstance(window, QWidget) else None
    path = ctx.workspace.path
    translate = QCoreApplication.translate
    saving = background.runner(parent, translate("Backups", "Saving the project as it is now…"))
    try:
        backups.before_restore(ctx.workspace, backup, run=saving)
    except UserError as error:
        show_error(parent, i18n.text(error.text))
        return False
    putting_back = background.runner(parent, translate("Backups", "Putting the backup back…"))

    def put_back() -> Workspace:  # the project is closed by now; opened again here
        putting_back(lambda: backups.restore_file(path, backup, back_up_current=False))
        return open_workspace(path)

    restored = window.switch_to(put_back)
    if restored and isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "The backup has been put back."), 15000
        )
    return restored


class BackupsAction(QAction):
    """File → Backups…; also owns the automatic backups of whichever project is open."""

    def __init__(self, window: QMainWindow, context: Callable[[], UiContext | None]) -> None:
        super().__init__(QCoreApplication.translate("Backups", "&Backups…"), window)
        self.setObjectName("backupsAction")
        self.window = window
        self.context = context
        self.dialog: BackupsDialog | None = None
        self.scheduler = BackupScheduler(window)
        self.triggered.connect(self.show_dialog)

    def follow(self, ctx: UiContext) -> None:
        self.scheduler.follow(ctx.workspace)

    def show_dialog(self) -> BackupsDialog | None:
        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        window: ProjectWindow = self.window  # type: ignore[assignment]
        from .backups_dialog import BackupsDialog

        self.dialog = BackupsDialog(ctx, lambda path: self._restore(window, path), self.window)
        self.dialog.open()
        return self.dialog

    def _restore(self, window: ProjectWindow, backup: Path) -> None:
        ctx = self.context()
        if ctx is not None:
            self.scheduler.stop()  # no copy of a file being swapped; the reopen starts it again
            restore_into(window, ctx, backup)


class PrivacyAction(QAction):
    """File → Privacy…, and the reminder when a project's deletion date has passed."""

    def __init__(
        self,
        window: QMainWindow,
        context: Callable[[], UiContext | None],
        scheduler: BackupScheduler,
    ) -> None:
        super().__init__(QCoreApplication.translate("Privacy", "&Privacy…"), window)
        self.setObjectName("privacyAction")
        self.window = window
        self.context = context
        self.scheduler = scheduler
        self.dialog: PrivacyDialog | None = None
        self.reminder: QMessageBox | None = None
        self.triggered.connect(self.show_dialog)

    def show_dialog(self) -> PrivacyDialog | None:
        ctx = self.context()
        if ctx is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        from .privacy_dialog import PrivacyDialog

        self.dialog = PrivacyDialog(ctx, self.purge, self.encrypt, self.window)
        self.dialog.open()
        return self.dialog

    def remind(self, ctx: UiContext) -> None:
        due = privacy.deletion_due(ctx.workspace, dt.date.today())
        if due is None:
            return
        self.reminder = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Privacy", "Retention period over"),
            QCoreApplication.translate(
                "Privacy",
                "The personal data in “{name}” was to be deleted on {date}. Remove it, or "
                "delete the whole project, under File → Privacy….",
            ).format(
                name=ctx.workspace.path.stem,
                date=QLocale().toString(QDate(due.year, due.month, due.day), "d MMMM yyyy"),
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.reminder.setObjectName("retentionReminder")
        self.reminder.open()  # not blocking: the project is open behind it

    def encrypt(self, passphrase: str) -> bool:
        """Encrypt the open project and carry on in it; its plain backups are deleted."""
        ctx = self.context()
        if ctx is None:
            return False
        window: ProjectWindow = self.window  # type: ignore[assignment]
        path = ctx.workspace.path
        try:
            encryption.check_passphrase(passphrase)
        except UserError as error:
            show_error(self.window, i18n.text(error.text))
            return False
        self.scheduler.stop()
        # The window closes the project first: SQLCipher may not touch a file that is open.
        if not window.switch_to(lambda: open_workspace(encryption.encrypt_file(path, passphrase))):
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Privacy", "The project is encrypted."), 15000
        )
        return True

    def purge(self) -> bool:
        """Ask, naming the project; delete it for good; carry on with the default project."""
        ctx = self.context()
        if ctx is None:
            return False
        name = ctx.workspace.path.stem
        box = QMessageBox(self.window)
        box.setObjectName("purgeBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Privacy", "Delete project permanently"))
        box.setText(
            QCoreApplication.translate("Privacy", "Delete the project “{name}” for good?").format(
                name=name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Privacy",
                "The project file, all its backups and the copies made for other laptops "
                "that Dialoog knows of are overwritten and deleted. This cannot be undone.",
            )
        )
        delete = box.addButton(
            QCoreApplication.translate("Privacy", "Delete “{name}”").format(name=name),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not delete:
            return False
        window: ProjectWindow = self.window  # type: ignore[assignment]
        self.scheduler.stop()  # no backup of a project being deleted
        flush_pages(window)
        path = ctx.workspace.path
        plan = privacy.scrub_for_purge(ctx.workspace)
        settings.forget_project(path)
        fallback = paths.default_project_path()

        def delete_then_open_fallback() -> Workspace:
            privacy.delete_project_files(plan)  # the project is closed by now
            return open_workspace(fallback) if fallback.exists() else new_workspace(fallback)

        window.switch_to(delete_then_open_fallback)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Privacy", "The project “{name}” has been deleted.").format(
                name=name
            ),
            15000,
        )
        return True


class SafetyActions:
    """The File menu's safety entries of one main window."""

    def __init__(self, window: QMainWindow, context: Callable[[], UiContext | None]) -> None:
        self.context = context
        self.backups = BackupsAction(window, context)
        self.privacy = PrivacyAction(window, context, self.backups.scheduler)
        self.scheduler = self.backups.scheduler
        self.location = LocationWarning(window)
        # A backup and the reminder need the services that write: not before the window
        # has painted and their imports are done (ui/warm_up.py).
        window.project_changed.connect(  # type: ignore[attr-defined]
            lambda: warm_up.when_ready(self._project_changed)
        )

    def _project_changed(self) -> None:
        ctx = self.context()
        if ctx is not None:
            self.backups.follow(ctx)
            self.privacy.remind(ctx)
            self.location.check(ctx)


def install(
    window: QMainWindow, menu: QMenu, context: Callable[[], UiContext | None]
) -> SafetyActions:
    actions = SafetyActions(window, context)
    menu.addAction(actions.backups)
    menu.addAction(actions.privacy)
    return actions
