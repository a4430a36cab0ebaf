"""The main window: navigation between screens, the project menu, undo, saved-indicator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
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
from dialoog_app.domain.errors import UserError
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.store.fileformat import PROJECT_SUFFIX

from . import i18n, settings
from .context import UiContext, show_error
from .event_bus import EventBus
from .export import action as export_action
from .lazy_pages import LazyPages
from .pages import PAGES


class MainWindow(QMainWindow):
    project_changed = Signal()

    def __init__(self, workspace: Workspace, clock: Clock | None = None) -> None:
        super().__init__()
        self.clock: Clock = clock or SystemClock()
        self.setObjectName("mainWindow")
        self.bus = EventBus(self)
        self.undo_stack = QUndoStack(self)
        self.ctx: UiContext | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; border: none; background: #f3f1ec; }"
            "QListWidget::item { padding: 10px 12px; }"
            "QListWidget::item:selected { background: #1f5f8b; color: white; }"
        )
        self.stack = QStackedWidget(self)
        self.pages = LazyPages(self.stack)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.resize(1180, 760)
        self.set_workspace(workspace)

    # -- project ----------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        assert self.ctx is not None
        return self.ctx.workspace

    def set_workspace(self, workspace: Workspace) -> None:
        current_key = self.current_page_key()
        if self.ctx is not None:
            self._flush_pages()
            self.bus.detach()
            self.ctx.workspace.close()
            # A new bus per project: the old pages (deleted later) stay connected to the
            # old one, which is silent, so they never act on the new project's events
            # with their closed workspace.
            self.bus.deleteLater()
            self.bus = EventBus(self)
        self.undo_stack.clear()
        self.bus.current_meeting_id = None
        self.bus.attach(workspace)
        self.ctx = UiContext(workspace, self.bus, self.undo_stack, self.clock)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.pages.replace(PAGES, self.ctx)  # each screen built when first shown
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("Pages", spec.title), self.nav)
            item.setToolTip(f"{QCoreApplication.translate('Pages', spec.title)} ({spec.shortcut})")
        self.nav.blockSignals(False)
        keys = [spec.key for spec in PAGES]
        self.nav.setCurrentRow(keys.index(current_key) if current_key in keys else 0)
        settings.remember_project(workspace.path)
        settings.app_settings().setValue("last_project", str(workspace.path))
        self._update_title()
        self._rebuild_recent_menu()
        self.saved_label.setText(self.tr("All changes are saved automatically"))
        self.bus.saved.connect(self._show_saved, Qt.ConnectionType.UniqueConnection)
        self.project_changed.emit()

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
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

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
        settings.app_settings().setValue("language", code)
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
        self.set_workspace(workspace)

    def open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(self.workspace.path.parent), self._file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        if path.absolute() == self.workspace.path:
            return True
        try:
            workspace = open_workspace(path)
        except UserError as error:
            show_error(self, i18n.text(error.text))
            if not path.exists():
                settings.forget_project(path)
                self._rebuild_recent_menu()
            return False
        self.set_workspace(workspace)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ctx is not None:
            self._flush_pages()
            self.bus.detach()
            self.ctx.workspace.close()
            self.ctx = None
        super().closeEvent(event)
