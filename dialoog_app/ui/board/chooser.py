""" "Move to opgave…": pick an opgave by typing part of its title, then Enter.

The list narrows as you type (any order of words, any case); Up/Down move through it
without leaving the text field; Enter takes the highlighted one, Escape cancels. Extra
choices ("New opgave", "Back to the pool") stay at the top.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain import search
from dialoog_app.ui.roles import ID_ROLE

# A choice: (value returned, label shown). The values of the extra choices are strings
# that no opgave id can be.
NEW_OPGAVE = "::new"
TO_POOL = "::pool"


class OpgaveChooser(QDialog):
    def __init__(
        self,
        parent: QWidget,
        title: str,
        prompt: str,
        choices: list[tuple[str, str]],
        extras: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("opgaveChooser")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.choices = choices
        self.extras = list(extras or [])
        self.chosen: str | None = None

        label = QLabel(prompt, self)
        self.search = QLineEdit(self)
        self.search.setObjectName("chooserSearch")
        self.search.setPlaceholderText(self.tr("Type part of the title…"))
        label.setBuddy(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("chooserList")
        self.list.setMinimumHeight(320)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # Our own words: Qt's translations of its standard buttons are not shipped.
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._narrow("")
        self.search.setFocus()

    def _narrow(self, text: str) -> None:
        words = search.words(text)
        self.list.clear()
        for value, label in self.extras:
            if not words:
                self._add(value, label, italic=True)
        for value, label in self.choices:
            if search.found(words, search.folded(label)):
                self._add(value, label)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add(self, value: str, label: str, italic: bool = False) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(ID_ROLE, value)
        if italic:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down/PageUp/PageDown in the text field move through the list.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return  # nothing matches: keep the dialog open
        self.chosen = item.data(ID_ROLE)
        super().accept()
