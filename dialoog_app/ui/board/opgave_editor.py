"""The side panel where an opgave is written out (docs/DOMAIN.md: what an opgave holds).

Fields are saved when you leave them, and a second after you stop typing; every save is
one undo step. The support line shows who backs the opgave, in the colours of the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.services import opgaven as svc
from dialoog_app.services.opgaven import OpgavePatch, Support
from dialoog_app.services.placement import TEXT_FIELDS, OpgaveFields

from .. import theme
from ..context import UiContext
from ..plurals import plural
from ..undo import DoneCommand
from .style import priority_labels
from .support_bar import SupportBar

EDITOR_WIDTH = 380


class OpgaveEditor(QFrame):
    saved = Signal(str, object)  # opgave id, OpgaveFields now stored
    closed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opgave_id: str | None = None
        self.fields: OpgaveFields | None = None
        self._loading = False
        self.setObjectName("opgaveEditor")
        self.setFixedWidth(EDITOR_WIDTH)
        theme.style(self, "#opgaveEditor { background: @base; border-left: 1px solid @border; }")

        heading = QLabel(self.tr("Write out the opgave"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close the panel (Esc)"))
        self.close_button.clicked.connect(self.close_panel)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.close_button)

        self.support_heading = QLabel(self)
        self.support_bar = SupportBar(self)
        self.support_bar.setObjectName("editorSupport")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("opgaveTitleEdit")
        self.priority_box = QComboBox(self)
        self.priority_box.setObjectName("opgavePriority")
        for value, label in enumerate(priority_labels()):
            self.priority_box.addItem(label, value)
        self.message = QLabel(self)
        theme.style(self.message, "color: @error;")
        self.message.hide()

        labels = {
            "problem": (
                self.tr("Problem / reason"),
                self.tr("What is the problem, and for whom?"),
            ),
            "desired_situation": (
                self.tr("Desired situation"),
                self.tr("What is different when it works?"),
            ),
            "causes": (self.tr("Causes"), self.tr("Why is it so now?")),
            "scope": (self.tr("Scope"), self.tr("What belongs to it, and what not?")),
            "partners": (
                self.tr("Partners involved"),
                self.tr("Who must take part, and in what role?"),
            ),
            "first_steps": (self.tr("First steps"), self.tr("Who does what, and when?")),
        }
        self.text_edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.message)
        form.addRow(self.tr("&Priority"), self.priority_box)
        for name in TEXT_FIELDS:
            label, hint = labels[name]
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"opgave_{name}")
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(78)
            edit.installEventFilter(self)
            edit.textChanged.connect(self._typed)
            self.text_edits[name] = edit
            form.addRow(label, edit)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 6, 0)
        body_layout.addWidget(self.support_heading)
        body_layout.addWidget(self.support_bar)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self._timer = QTimer(self, singleShot=True, interval=1000)
        self._timer.timeout.connect(self.flush)
        self.title_edit.editingFinished.connect(self.flush)
        self.priority_box.currentIndexChanged.connect(self.flush)

    # -- showing ---------------------------------------------------------------------------
    def show_opgave(self, opgave_id: str | None, fields: OpgaveFields | None) -> None:
        if opgave_id != self.opgave_id:
            self.flush()
        self._loading = True
        self.opgave_id, self.fields = opgave_id, fields
        self.setEnabled(fields is not None)
        self.message.hide()
        if fields is not None:
            if self.title_edit.text() != fields.title:
                self.title_edit.setText(fields.title)
            self.priority_box.setCurrentIndex(max(0, min(3, fields.priority)))
            for name, edit in self.text_edits.items():
                if edit.toPlainText() != getattr(fields, name):
                    edit.setPlainText(getattr(fields, name))
        self._loading = False

    def show_support(self, support: Support) -> None:
        self.support_heading.setText(
            self.tr("Supported by {statements} from {tables}:").format(
                statements=plural().statements(support.statements),
                tables=plural().tables(support.tables),
            )
        )
        if support.survey:  # survey answers: counted apart, they were not said at a table
            self.support_heading.setText(
                self.support_heading.text() + " " + plural().and_survey_answers(support.survey)
            )
        self.support_bar.set_support(support)

    def close_panel(self) -> None:
        self.flush()
        self.hide()
        self.closed.emit()

    # -- saving ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        """Save what differs from what is stored (leaving a field, switching, closing)."""
        self._timer.stop()
        if self._loading or self.opgave_id is None or self.fields is None:
            return
        old: dict[str, object] = {}
        new: dict[str, object] = {}
        title = " ".join(self.title_edit.text().split())
        if title != self.fields.title:
            if not title:
                self.message.setText(self.tr("An opgave needs a title; the old one is kept."))
                self.message.show()
            else:
                old["title"], new["title"] = self.fields.title, title
        priority = int(self.priority_box.currentData() or 0)
        if priority != self.fields.priority:
            old["priority"], new["priority"] = self.fields.priority, priority
        for name, edit in self.text_edits.items():
            text = edit.toPlainText().strip()
            if text != getattr(self.fields, name):
                old[name], new[name] = getattr(self.fields, name), text
        if not new:
            return
        self.message.hide()
        ws, opgave_id = self.ctx.workspace, self.opgave_id
        view = self.ctx.attempt(self, lambda: svc.update_opgave(ws, opgave_id, OpgavePatch(**new)))
        if view is None:
            return
        self.fields = OpgaveFields.model_validate(view.model_dump())
        saved = self.saved.emit

        def write(values: dict[str, object]) -> None:
            stored = svc.update_opgave(ws, opgave_id, OpgavePatch.model_validate(values))
            saved(opgave_id, OpgaveFields.model_validate(stored.model_dump()))

        self.ctx.undo_stack.push(
            DoneCommand(self.tr("edit opgave"), undo=lambda: write(old), redo=lambda: write(new))
        )
        self.saved.emit(opgave_id, self.fields)
