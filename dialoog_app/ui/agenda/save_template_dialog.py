"""Asks for a template's name and description; a refusal is shown inside the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from .. import theme


class SaveTemplateDialog(QDialog):
    """``save(name, description)`` returns None when saved, or the reason it was refused."""

    def __init__(self, save: Callable[[str, str], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setObjectName("saveTemplateDialog")
        self.setWindowTitle(self.tr("Save as template"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("templateName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Evening with residents (2 hours)"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("templateDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("When is this agenda a good choice?"))
        self.description_edit.setFixedHeight(90)
        explanation = QLabel(
            self.tr(
                "The template is saved on this computer and can be used in every meeting "
                "of every project."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("templateMessage")
        self.message.setWordWrap(True)
        theme.style(self.message, "color: @error; font-weight: bold;")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Description"), self.description_edit)
        form.addRow(self.message)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        refusal = self._save(self.name_edit.text(), self.description_edit.toPlainText())
        if refusal is None:
            super().accept()
        elif refusal:  # an empty reason: the user changed their mind (kept the old one)
            self.say(refusal)

    def say(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
