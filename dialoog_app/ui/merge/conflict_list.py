"""The conflicts a merge left: two versions side by side; keep one, the other, both, or edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import merging
from dialoog_app.services.merging import ConflictView, Resolution
from dialoog_app.ui.roles import ID_ROLE

from ..context import UiContext


class ConflictList(QWidget):
    resolved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictView] = []
        self.list = QListWidget(self)
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("No conflicts: every version found its place."), self)
        self.current = self._pane("conflictCurrent")
        self.other = self._pane("conflictOther")
        self.current_label = QLabel(self.tr("In the project now"), self)
        self.other_label = QLabel(self)
        self.keep_this = QPushButton(self.tr("Keep &this one"), self)
        self.keep_that = QPushButton(self.tr("Keep t&hat one"), self)
        self.keep_both = QPushButton(self.tr("Keep &both"), self)
        self.edit = QPushButton(self.tr("&Edit…"), self)
        for button, name, choice in (
            (self.keep_this, "keepThis", Resolution.KEEP_CURRENT),
            (self.keep_that, "keepThat", Resolution.KEEP_OTHER),
            (self.keep_both, "keepBoth", Resolution.KEEP_BOTH),
        ):
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, c=choice: self.resolve(c))
        self.edit.setObjectName("editConflict")
        self.edit.clicked.connect(self._edit)

        versions = QGridLayout()
        versions.addWidget(self.current_label, 0, 0)
        versions.addWidget(self.other_label, 0, 1)
        versions.addWidget(self.current, 1, 0)
        versions.addWidget(self.other, 1, 1)
        buttons = QHBoxLayout()
        for button in (self.keep_this, self.keep_that, self.keep_both, self.edit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(versions, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return pane

    def refresh(self) -> None:
        self.conflicts = merging.open_conflicts(self.ctx.workspace)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self._title(conflict), self.list)
            item.setData(ID_ROLE, conflict.id)
        has_any = bool(self.conflicts)
        self.empty.setVisible(not has_any)
        for widget in (self.list, self.current, self.other, self.current_label, self.other_label):
            widget.setVisible(has_any)
        for button in (self.keep_this, self.keep_that, self.keep_both, self.edit):
            button.setVisible(has_any)
        if has_any:
            self.list.setCurrentRow(0)

    def _title(self, conflict: ConflictView) -> str:
        what = {
            "note": self.tr("Note of table {table}").format(table=conflict.where),
            "opgave_plan": self.tr("Goal of opgave {opgave}").format(opgave=conflict.where),
        }.get(conflict.table_name, self.tr("Opgave"))
        if conflict.kind == "deleted":
            return self.tr("{what}: deleted on one laptop, changed on another").format(what=what)
        return self.tr("{what}: changed differently on two laptops").format(what=what)

    def selected(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, _row: int) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.current.setPlainText(conflict.current_text)
        self.other.setPlainText(conflict.other_text)
        when = conflict.other_updated_at.astimezone().strftime("%H:%M")
        if conflict.kind == "deleted":
            self.other_label.setText(
                self.tr("Deleted on another laptop ({time})").format(time=when)
            )
            self.keep_that.setText(self.tr("Delete &after all"))
        else:
            self.other_label.setText(self.tr("The other version ({time})").format(time=when))
            self.keep_that.setText(self.tr("Keep t&hat one"))
        # Keeping "both" of a deletion and an edit is keeping the edit.
        self.keep_both.setEnabled(conflict.kind == "text" and conflict.table_name == "note")
        self.edit.setEnabled(conflict.table_name in ("note", "opgave_plan"))

    def resolve(self, choice: Resolution, text: str | None = None) -> None:
        conflict = self.selected()
        if conflict is None:
            return

        def run() -> bool:
            merging.resolve_conflict(self.ctx.workspace, conflict.id, choice, text)
            return True

        if self.ctx.attempt(self, run):
            self.refresh()
            self.resolved.emit()

    def _edit(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        title, label = (
            (self.tr("Edit the goal"), self.tr("The opgave's goal:"))
            if conflict.table_name == "opgave_plan"
            else (self.tr("Edit the note"), self.tr("The note's text:"))
        )
        text, ok = QInputDialog.getMultiLineText(self, title, label, conflict.current_text)
        if ok and text.strip():
            self.resolve(Resolution.EDIT, text)
