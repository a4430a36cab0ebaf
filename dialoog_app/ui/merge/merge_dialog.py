"""File → "Merge with laptop files…": choose the files, merge, see per file what came in.

Then the same dialog lists what needs a decision: conflicts (conflict_list.py) and
things made twice on several laptops, offered to be combined; and the merge history.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.exchange.as_meetings import MeetingImport
from dialoog_app.exchange.merge import MAX_SOURCES, SourceSummary
from dialoog_app.services import merging
from dialoog_app.ui.roles import PATH_ROLE

from .. import background
from ..context import UiContext
from .conflict_list import ConflictList
from .texts import duplicate_text, log_line, meeting_import_lines, summary_lines


class MergeDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge with laptop files"))
        self.resize(760, 560)
        self.summaries: list[SourceSummary] = []

        intro = QLabel(
            self.tr(
                "Choose the files of the table laptops. Their notes, tables, agenda, clock "
                "and opgaven are added to this project; the laptop files are not changed. "
                "A backup of this project is made first."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("mergeFiles")
        self.files.setMaximumHeight(110)  # a handful of laptops; the results need the room
        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.add_button.setObjectName("addFiles")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._remove_selected)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        file_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        file_buttons.addWidget(self.merge_button)

        self.tabs = QTabWidget(self)
        self.result_view = QPlainTextEdit(self)
        self.result_view.setObjectName("mergeResult")
        self.result_view.setReadOnly(True)
        self.result_view.setPlaceholderText(self.tr("What each file brought appears here."))
        self.conflicts = ConflictList(ctx, self)
        self.conflicts.resolved.connect(self._update_tabs)
        self.twice = self._twice_tab()
        self.history = QPlainTextEdit(self)
        self.history.setObjectName("mergeHistory")
        self.history.setReadOnly(True)
        self.tabs.addTab(self.result_view, "")
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.twice, "")
        self.tabs.addTab(self.history, "")

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files)
        layout.addLayout(file_buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self._update_buttons()
        self._update_tabs()

    def _twice_tab(self) -> QWidget:
        tab = QWidget(self)
        self.duplicates = QListWidget(tab)
        self.duplicates.setObjectName("duplicateList")
        self.combine_button = QPushButton(self.tr("&Combine into one"), tab)
        self.combine_button.setObjectName("combineButton")
        self.combine_button.clicked.connect(self.combine_selected)
        explain = QLabel(
            self.tr(
                "These were made on more than one laptop under the same name. Combine them "
                "to keep one, with all their notes."
            ),
            tab,
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.duplicates, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.combine_button)
        layout.addLayout(row)
        return tab

    # -- choosing files -------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the laptops' files"),
            str(self.ctx.workspace.path.parent),
            self.tr("Dialoog projects (*.dialoog)"),
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        known = {self.files.item(i).data(PATH_ROLE) for i in range(self.files.count())}
        for path in paths:
            if str(path) not in known:
                item = QListWidgetItem(path.name, self.files)
                item.setData(PATH_ROLE, str(path))
                item.setToolTip(str(path))
        self._update_buttons()

    def chosen(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE)) for i in range(self.files.count())]

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.files.count()
        self.merge_button.setEnabled(0 < count <= MAX_SOURCES)
        self.remove_button.setEnabled(count > 0)

    # -- merging ----------------------------------------------------------------------

    def merge(self) -> list[SourceSummary] | None:
        sources = self.chosen()
        ws = self.ctx.workspace
        looking = background.runner(self, self.tr("Reading the laptop files…"))
        others = self.ctx.attempt(self, lambda: merging.other_projects(ws, sources, run=looking))
        if others is None:
            return None  # not a project file, damaged…: explained, the files stay listed
        lines: list[str] = []
        for path, name in others:
            added = self._offer_as_meeting(path, name)
            if added is None:
                if lines:
                    self.ctx.undo_stack.clear()
                self.result_view.setPlainText("\n".join(lines).rstrip())
                return None  # declined: this file and the ones after it stay listed
            lines += [*meeting_import_lines(added), ""]
            self._forget(path)
            sources.remove(path)
        summaries: list[SourceSummary] = []
        if sources:
            merging_files = background.runner(
                self, self.tr("Merging the laptop files into this project…")
            )
            merged = self.ctx.attempt(
                self, lambda: merging.merge_laptops(ws, sources, run=merging_files)
            )
            if merged is None:
                return None  # refused: explained, nothing changed, the files stay listed
            summaries = merged
        # The undo history spoke of the project before the merge.
        self.ctx.undo_stack.clear()
        self.summaries = summaries
        self.files.clear()
        self._update_buttons()
        lines += [line for s in summaries for line in [*summary_lines(s), ""]]
        self.result_view.setPlainText("\n".join(lines).rstrip())
        self._update_tabs()
        self.tabs.setCurrentIndex(1 if self.conflicts.conflicts else 0)
        return summaries

    def _offer_as_meeting(self, path: Path, name: str) -> MeetingImport | None:
        """A file of another project cannot be merged; offer to add its meetings."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Another project"))
        box.setText(
            self.tr(
                "\u201c{file}\u201d belongs to another project (\u201c{name}\u201d), so it "
                "cannot be merged with this one."
            ).format(file=path.name, name=name)
        )
        box.setInformativeText(
            self.tr(
                "Its meetings can be added to this project as separate meetings, with their "
                "tables, agenda, clock and notes. Its opgaven are not copied; the file itself "
                "is not changed."
            )
        )
        add = box.addButton(self.tr("Add as a separate meeting"), QMessageBox.ButtonRole.AcceptRole)
        add.setObjectName("addAsMeeting")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() is not add:
            return None
        adding = background.runner(
            self, self.tr("Adding the meetings of “{file}”…").format(file=path.name)
        )
        return self.ctx.attempt(
            self, lambda: merging.import_as_meetings(self.ctx.workspace, path, run=adding)
        )

    def _forget(self, path: Path) -> None:
        for row in reversed(range(self.files.count())):
            if self.files.item(row).data(PATH_ROLE) == str(path):
                self.files.takeItem(row)
        self._update_buttons()

    def combine_selected(self) -> None:
        row = self.duplicates.currentRow()
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]

        def run() -> bool:
            merging.combine(self.ctx.workspace, group)
            return True

        if self.ctx.attempt(self, run):
            self.ctx.undo_stack.clear()
            self._update_tabs()

    def _update_tabs(self) -> None:
        ws = self.ctx.workspace
        self.conflicts.refresh()
        self.groups = merging.duplicates(ws)
        self.duplicates.clear()
        for group in self.groups:
            QListWidgetItem(duplicate_text(group), self.duplicates)
        if self.groups:
            self.duplicates.setCurrentRow(0)
        self.combine_button.setEnabled(bool(self.groups))
        self.history.setPlainText(
            "\n".join(log_line(e) for e in merging.merge_log(ws))
            or self.tr("No laptop files have been merged into this project yet.")
        )
        count = len(self.conflicts.conflicts)
        self.tabs.setTabText(0, self.tr("Result"))
        self.tabs.setTabText(1, self.tr("Conflicts ({count})").format(count=count))
        self.tabs.setTabText(2, self.tr("Made twice ({count})").format(count=len(self.groups)))
        self.tabs.setTabText(3, self.tr("History"))
