"""The import dialog's column mapping: which column holds the text, the table, the kind …"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.exchange.mapping import Field

from .. import i18n

FIELD_LABELS = {
    Field.TEXT: QT_TRANSLATE_NOOP("ImportDialog", "Text (required)"),
    Field.TABLE: QT_TRANSLATE_NOOP("ImportDialog", "Table"),
    Field.KIND: QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    Field.ROLE: QT_TRANSLATE_NOOP("ImportDialog", "Role"),
    Field.ROUND: QT_TRANSLATE_NOOP("ImportDialog", "Round"),
    Field.TIME: QT_TRANSLATE_NOOP("ImportDialog", "Time"),
    Field.SPEAKER: QT_TRANSLATE_NOOP("ImportDialog", "Speaker"),
}


class MappingBox(QGroupBox):
    """One chooser per field; emits ``changed`` when the user picks another column."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which column is which"))
        self._filling = False
        form = QFormLayout(self)
        self.field_combos: dict[Field, QComboBox] = {}
        for field in Field:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{field.value}")
            combo.currentIndexChanged.connect(self._changed)
            self.field_combos[field] = combo
            form.addRow(i18n.translate("ImportDialog", FIELD_LABELS[field]) + ":", combo)

    def fill(self, columns: Sequence[str], guessed: dict[Field, str]) -> None:
        """Offer the sheet's columns, the guessed one chosen (no ``changed`` meanwhile)."""
        self._filling = True
        for field, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for column in columns:
                combo.addItem(column, column)
            if field in guessed:
                combo.setCurrentIndex(combo.findData(guessed[field]))
        self._filling = False

    def columns(self) -> dict[Field, str]:
        return {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()
