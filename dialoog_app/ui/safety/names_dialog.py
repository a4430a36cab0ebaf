"""The "Names in notes" check: likely names, their notes, replaced in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import names
from dialoog_app.services.names import NameHit
from dialoog_app.ui.roles import HIT_ROLE

from ..context import UiContext
from ..undo import DoneCommand


class NamesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("namesDialog")
        self.setWindowTitle(self.tr("Names in notes"))
        self.ctx = ctx
        intro = QLabel(
            self.tr(
                "Words in the notes that may be people's names: after a title (mevrouw, dhr.), "
                "capitalised words that are not common words, and the speakers' initials. "
                "Tick the ones to replace. Edit → Undo puts them back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.names_list = QListWidget(self)
        self.names_list.setObjectName("namesList")
        self.names_list.currentItemChanged.connect(self._show_notes)
        self.names_list.itemChanged.connect(lambda _item: self._update_button())
        self.notes_list = QListWidget(self)
        self.notes_list.setObjectName("notesList")
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)  # one note from the next at a glance
        splitter = QSplitter(self)
        splitter.addWidget(self.names_list)
        splitter.addWidget(self.notes_list)
        splitter.setSizes([260, 480])

        self.replacement = QLineEdit(names.DEFAULT_REPLACEMENT, self)
        self.replacement.setObjectName("replacement")
        form = QFormLayout()
        form.addRow(self.tr("Replace &with:"), self.replacement)
        self.replace_button = QPushButton(self.tr("&Replace the ticked names"), self)
        self.replace_button.setObjectName("replaceNames")
        self.replace_button.clicked.connect(self.replace_ticked)
        self.status = QLabel(self)
        self.status.setObjectName("namesStatus")
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.replace_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(780, 480)
        self.reload()

    def reload(self) -> None:
        hits = self.ctx.attempt(self, lambda: names.find_names_in_notes(self.ctx.workspace)) or []
        self.names_list.blockSignals(True)
        self.names_list.clear()
        for hit in hits:
            label = (
                self.tr("{name} (speaker, {count} notes)")
                if hit.speaker
                else self.tr("{name} ({count} notes)")
            ).format(name=hit.name, count=len(hit.note_ids))
            item = QListWidgetItem(label, self.names_list)
            item.setData(HIT_ROLE, hit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.names_list.blockSignals(False)
        if not hits:
            self.notes_list.clear()
            self.notes_list.addItem(self.tr("No likely names found in the notes."))
        else:
            self.names_list.setCurrentRow(0)
        self._update_button()

    def hits(self) -> list[NameHit]:
        return [self.names_list.item(i).data(HIT_ROLE) for i in range(self.names_list.count())]

    def ticked(self) -> list[str]:
        items = (self.names_list.item(i) for i in range(self.names_list.count()))
        return [
            item.data(HIT_ROLE).name for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def tick(self, name: str) -> None:
        for i in range(self.names_list.count()):
            item = self.names_list.item(i)
            if item.data(HIT_ROLE).name == name:
                item.setCheckState(Qt.CheckState.Checked)

    def _show_notes(self, item: QListWidgetItem | None) -> None:
        self.notes_list.clear()
        if item is None:
            return
        hit: NameHit = item.data(HIT_ROLE)
        for note in names.notes_by_id(self.ctx.workspace, hit.note_ids):
            self.notes_list.addItem(f"{note.where}\n{note.text}")

    def _update_button(self) -> None:
        self.replace_button.setEnabled(bool(self.ticked()))

    def replace_ticked(self) -> None:
        chosen = self.ticked()
        replacement = self.replacement.text().strip() or names.DEFAULT_REPLACEMENT
        ws = self.ctx.workspace
        change = self.ctx.attempt(self, lambda: names.replace_names(ws, chosen, replacement))
        if change is None:
            return
        label = self.tr("replace names in notes")
        self.ctx.undo_stack.push(
            DoneCommand(
                label,
                undo=lambda: names.write_texts(ws, change.before),
                redo=lambda: names.write_texts(ws, change.after),
            )
        )
        self.status.setText(
            self.tr("Replaced in {count} notes. Edit → Undo puts the names back.").format(
                count=len(change.after)
            )
        )
        self.reload()
