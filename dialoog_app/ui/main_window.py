"""The main window: navigation between screens, the project menu, undo, saved-indicator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from dialoog_app.domain.clock import Clock, SystemClock
from dialoog_app.domain.errors import (
    DamagedFileError,
    PassphraseRequiredError,
    UserError,
    WrongPassphraseError,
)
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.store.fileformat import PROJECT_SUFFIX

from . import i18n, icons, settings, theme, warm_up, window_state
from .context import UiContext, show_error
from .duplicates import action as duplicates_action
from .errors import log
from .event_bus import EventBus
from .export import action as export_action
from .importing import action as import_action
from .lazy_pages import LazyPages
from .merge import action as merge_action
from .page_focus import FocusGuard
from .pages import PAGES
from .retire import retire_screens
from .safety import action as safety_action
from .safety import recovery
from .shortcuts import overview as shortcut_overview


class MainWindow(QMainWindow):
    project_changed = Signal()

    def __init__(
        self, workspace: Workspace, clock: Clock | None = None, *, remember: bool = True
    ) -> None:
        super().__init__()
        self.clock: Clock = clock or SystemClock()
        self.setObjectName("mainWindow")
        self.bus = EventBus(self)
        # The Edit menu follows the open project's own undo stack (one per project, like
        # the bus), so nothing connected to an old project's stack outlives it.
        self.undo_group = QUndoGroup(self)
        self.undo_stack = self._new_undo_stack()
        self.ctx: UiContext | None = None
        self._current_key: str | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(22, 22))
        theme.style(
            self.nav,
            "QListWidget { font-size: 12pt; border: none; background: @nav; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: @highlight; color: @on_highlight; }",
        )
        central = QWidget(self)
        self._layout = QHBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.nav)
        self.stack = self._new_stack()
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.resize(1180, 760)
        self._current_key = window_state.saved_screen()  # built first, and alone
        self._build_project(workspace, remember=remember)
        self.window_state = window_state.WindowState(self)
        warm_up.start_after_first_paint(self)  # the ORM's import, once painted

    # -- project ----------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        assert self.ctx is not None
        return self.ctx.workspace

    def switch_to(
        self, workspace: Workspace | Callable[[], Workspace], *, remember: bool = True
    ) -> bool:
        """THE one way to replace the open project: Nieuw, Openen, Recent, and merge or
        restore (which pass a callable, run once the current project is closed, so it may
        replace the file; if it raises a ``UserError`` the previous project is reopened).

        Every screen, timer, model and signal connection of the old project goes before its
        workspace closes; the new screens are built on a fresh bus and context.
        ``remember=False`` leaves the recent list and ``last_project`` alone (a fallback
        project at start-up is not the user's choice). Returns False when nothing changed.
        """
        previous = self._retire_project()
        try:
            opened = workspace() if callable(workspace) else workspace
        except UserError as error:
            show_error(self, i18n.text(error.text))
            if previous is not None:
                try:
                    self._build_project(open_workspace(previous), remember=False)
                except UserError as again:  # e.g. a restore that broke the file after all
                    show_error(self, i18n.text(again.text))
            return False
        self._build_project(opened, remember=remember)
        return True

    def _retire_project(self) -> Path | None:
        """Tear down the open project's screens, then close it; its path, or None."""
        if self.ctx is None:
            return None
        self._current_key = self.current_page_key() or self._current_key
        self._flush_pages()
        self.bus.detach()
        # Hidden first, while the workspace is still open: focus leaves the old screens
        # (their drafts are saved) and no other old screen is shown by the stack.
        retire_screens(self.stack)
        self.stack = self._new_stack()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        # A new bus and undo stack per project: the old screens' connections to them, and
        # commands holding the old context, are deleted with them.
        self.undo_group.removeStack(self.undo_stack)
        self.undo_stack.clear()
        self.undo_stack.deleteLater()
        self.undo_stack = self._new_undo_stack()
        self.bus.deleteLater()
        self.bus = EventBus(self)
        # Anything of the old screens still queued (a drop, a 0-ms timer) finds its
        # context closed and does nothing (ui/errors.py guarded, UiContext.attempt).
        self.ctx.closed = True
        path = self.ctx.workspace.path
        self.ctx.workspace.close()
        self.ctx = None
        return path

    def _build_project(self, workspace: Workspace, *, remember: bool) -> None:
        self.bus.current_meeting_id = window_state.opening_meeting(workspace)
        self.bus.attach(workspace)
        self.ctx = UiContext(workspace, self.bus, self.undo_stack, self.clock)
        self.nav.blockSignals(True)
        # The screen shown last is built now, each other one when it is first shown.
        self.pages.replace(PAGES, self.ctx, self._current_key)
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("Pages", spec.title), self.nav)
            item.setIcon(icons.screen_icon(spec.key))
            item.setToolTip(f"{QCoreApplication.translate('Pages', spec.title)} ({spec.shortcut})")
        self.nav.blockSignals(False)
        keys = [spec.key for spec in PAGES]
        current = self._current_key
        self.nav.setCurrentRow(keys.index(current) if current in keys else 0)
        if remember:
            settings.remember_project(workspace.path)
        self._update_title()
        self._rebuild_recent_menu()
        self.saved_label.setText(self.tr("All changes are saved automatically"))
        self.bus.saved.connect(self._show_saved)
        self.project_changed.emit()

    def _new_stack(self) -> QStackedWidget:
        stack = QStackedWidget(self)
        stack.setObjectName("screens")
        FocusGuard(stack)  # a hidden page never keeps the focus (page_focus.py)
        # The project's screens, each built the first time it is shown (start-up speed).
        self.pages = LazyPages(stack)
        old = getattr(self, "stack", None)
        if old is None:
            self._layout.addWidget(stack, 1)
        else:
            self._layout.replaceWidget(old, stack)
        return stack

    def _new_undo_stack(self) -> QUndoStack:
        stack = QUndoStack(self)
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        return stack

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)

    def bring_forward(self) -> None:
        """Another start of Dialoog asked for this window (ui/single_instance.py)."""
        log.info("Brought forward by a second start")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) and self.pages else None

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow([spec.key for spec in PAGES].index(key))
        return self.pages[key]

    def _update_title(self) -> None:
        path = self.workspace.path
        self.setWindowTitle(f"{path.stem} — Dialoog")
        self.setWindowFilePath(str(path))

    def _show_saved(self) -> None:
        stamp = QDateTime.currentDateTime().toString("HH:mm:ss")
        self.saved_label.setText(self.tr("Saved at {time}").format(time=stamp))

    def _flush_pages(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    # -- menus ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New project…"), self.new_project)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(self.tr("&Open…"), self.open_project)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        self.export_action = export_action.install(self, file_menu, lambda: self.ctx)
        self.safety = safety_action.install(self, file_menu, lambda: self.ctx)
        self.merge_actions = merge_action.install(self, file_menu, lambda: self.ctx)
        self.import_action = import_action.install(self, file_menu, lambda: self.ctx)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.duplicates_action = duplicates_action.install(self, edit_menu, lambda: self.ctx)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, spec in enumerate(PAGES):
            action = view_menu.addAction(QCoreApplication.translate("Pages", spec.title))
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.chosen_language()
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcut_overview.install(self, help_menu)
        help_menu.addAction(self.tr("&About Dialoog"), self._about)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in settings.recent_projects() if p != self.workspace.path]
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _choose_language(self, code: str) -> None:
        settings.LANGUAGE.set(code)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Dialoog starts."),
        )

    def _about(self) -> None:
        from .about import show_about  # the licence table is not needed at start-up

        show_about(self)

    # -- project actions --------------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("Dialoog projects (*{suffix})").format(suffix=PROJECT_SUFFIX)

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(self.workspace.path.parent), self._file_filter()
        )
        if not name:
            return
        path = Path(name)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            workspace = new_workspace(path)
        except UserError as error:
            show_error(self, i18n.text(error.text))
            return
        self.switch_to(workspace)

    def open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(self.workspace.path.parent), self._file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; a refused file changes nothing (shown, False)."""
        if path.absolute() == self.workspace.path:
            return True
        try:
            workspace = open_workspace(path)
        except (DamagedFileError, PassphraseRequiredError, WrongPassphraseError) as error:
            restored = recovery.handle_open_error(self, path, error)  # a backup; a passphrase
            if restored is None:
                return False
            workspace = restored
        except UserError as error:
            show_error(self, i18n.text(error.text))
            if not path.exists():
                settings.forget_project(path)
                self._rebuild_recent_menu()
            return False
        return self.switch_to(workspace)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._retire_project()
        super().closeEvent(event)
