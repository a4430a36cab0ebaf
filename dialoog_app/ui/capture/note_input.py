"""The one large input of the capture screen: Enter saves, Shift+Enter is a new line.

It claims the capture keys (kind, role, important: ``ui/shortcuts``) before any shortcut
sees them — but only while it is shown: a hidden input claims nothing, so the window's
Ctrl+1…4 always switch screens. It hands Ctrl+Z / Ctrl+Shift+Z to the window's undo
history whenever there is no typing of its own to undo, so undoing a saved note works
without leaving the input.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .. import theme
from .markers import capture_key

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    combo = QKeySequence(event.keyCombination())
    return event.matches(QKeySequence.StandardKey.Redo) or combo in _REDO_KEYS


class NoteInput(QPlainTextEdit):
    submitted = Signal()
    capture_key_pressed = Signal(str, int)  # ("kind", i) | ("role", i) | ("star", 0)
    up_from_empty = Signal()  # ↑ in an empty input: to the list, to edit the last note
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteInput")
        self.setAccessibleName(self.tr("New note"))
        font = QFont(self.font())
        font.setPointSizeF(max(15.0, font.pointSizeF() * 1.7))
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Wrap at words, and anywhere inside a word too long for a line (a pasted URL).
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 24)
        theme.style(
            self,
            "QPlainTextEdit#noteInput { background: @base;"
            " border: 2px solid @highlight; border-radius: 6px; padding: 6px; }",
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.isVisible()
        ):
            if capture_key(event) is not None or event.key() in _ENTER_KEYS:
                event.accept()  # ours, not a shortcut's
                return True
            document = self.document()
            if (is_undo(event) and not document.isUndoAvailable()) or (
                is_redo(event) and not document.isRedoAvailable()
            ):
                event.ignore()  # nothing typed to undo: the window undoes the last action
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = capture_key(event)
        if key is not None:
            self.capture_key_pressed.emit(*key)
            return
        if event.key() in _ENTER_KEYS:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")  # a real newline, stored as "\n"
            else:
                self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText():
            self.up_from_empty.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def replace_text(self, text: str) -> None:
        """Show ``text`` (a restored draft, or nothing after a save) with a fresh history."""
        self.setPlainText(text)  # also clears the typing history
        self.moveCursor(self.textCursor().MoveOperation.End)
