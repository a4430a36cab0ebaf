"""The import dialog's file part: the file, and what was detected about it (changeable)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

ENCODINGS = ["utf-8", "cp1252", "iso8859-15", "mac_roman"]
DELIMITERS = {";": ";", ",": ",", "\t": "tab", "|": "|"}


class FileBox(QGroupBox):
    """Emits ``options_changed`` when the user overrides the sheet, characters, separator
    or header; the dialog then reads the file again."""

    options_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("File"))
        grid = QGridLayout(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        self.choose_button = QPushButton(self.tr("&Choose…"), self)
        self.choose_button.setObjectName("chooseFileButton")
        grid.addWidget(self.file_edit, 0, 0, 1, 5)
        grid.addWidget(self.choose_button, 0, 5)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingCombo")
        self.encoding_combo.addItem(self.tr("detect"), None)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterCombo")
        self.delimiter_combo.addItem(self.tr("detect"), None)
        for delimiter, label in DELIMITERS.items():
            self.delimiter_combo.addItem(label, delimiter)
        self.header_check = QCheckBox(self.tr("First row holds the column names"), self)
        self.header_check.setObjectName("headerCheck")
        self.header_check.setTristate(False)
        self.detected = QLabel(self)
        self.detected.setObjectName("detectedLabel")
        grid.addWidget(QLabel(self.tr("Sheet:"), self), 1, 0)
        grid.addWidget(self.sheet_combo, 1, 1)
        grid.addWidget(QLabel(self.tr("Characters:"), self), 1, 2)
        grid.addWidget(self.encoding_combo, 1, 3)
        grid.addWidget(QLabel(self.tr("Separator:"), self), 2, 2)
        grid.addWidget(self.delimiter_combo, 2, 3)
        grid.addWidget(self.header_check, 2, 0, 1, 2)
        grid.addWidget(self.detected, 1, 4, 2, 2)
        for combo in (self.sheet_combo, self.encoding_combo, self.delimiter_combo):
            combo.activated.connect(self.options_changed)
        self.header_check.clicked.connect(self.options_changed)
