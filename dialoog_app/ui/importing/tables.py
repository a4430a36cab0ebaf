"""The dialog's three tables: the first rows, the unknown values, the rows left out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dialoog_app.exchange.errors import RowProblem
from dialoog_app.exchange.sheet import Sheet

from .. import i18n

PREVIEW_ROWS = 20


def _table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def preview_table(parent: QWidget) -> QTableWidget:
    return _table(parent, "previewTable", [])


def show_preview(table: QTableWidget, sheet: Sheet | None) -> None:
    """The first rows as the file has them, numbered as the spreadsheet numbers them."""
    table.clear()
    if sheet is None:
        table.setRowCount(0)
        table.setColumnCount(0)
        return
    rows = sheet.rows[:PREVIEW_ROWS]
    table.setColumnCount(len(sheet.columns))
    table.setHorizontalHeaderLabels(list(sheet.columns))
    table.setRowCount(len(rows))
    table.setVerticalHeaderLabels([str(r.number) for r in rows])
    table.verticalHeader().setVisible(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row.cells):
            item = QTableWidgetItem(" ".join(value.split()))
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))


def values_table(parent: QWidget) -> QTableWidget:
    headers = [
        QCoreApplication.translate("ImportDialog", "Column"),
        QCoreApplication.translate("ImportDialog", "Value in the file"),
        QCoreApplication.translate("ImportDialog", "Import as"),
    ]
    table = _table(parent, "unknownValuesTable", headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def add_value_row(
    table: QTableWidget,
    column_label: str,
    value: str,
    choices: Mapping[Any, str],  # a vocabulary's labels: NOTE_KIND_LABELS, ROLE_LABELS
    current: StrEnum,
) -> QComboBox:
    """One unknown value with a chooser of what it means; returns the chooser."""
    row = table.rowCount()
    table.insertRow(row)
    table.setItem(row, 0, QTableWidgetItem(column_label))
    table.setItem(row, 1, QTableWidgetItem(value))
    combo = QComboBox(table)
    for member, label in choices.items():
        combo.addItem(i18n.translate("Vocabulary", label), member)
    combo.setCurrentIndex(combo.findData(current))
    table.setCellWidget(row, 2, combo)
    return combo


def problems_table(parent: QWidget) -> QTableWidget:
    headers = [
        QCoreApplication.translate("ImportDialog", "Row"),
        QCoreApplication.translate("ImportDialog", "Not imported because"),
    ]
    table = _table(parent, "problemsTable", headers)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


def show_problems(table: QTableWidget, problems: Sequence[RowProblem]) -> None:
    table.setRowCount(len(problems))
    for r, found in enumerate(problems):
        number = QTableWidgetItem(str(found.row))
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(r, 0, number)
        table.setItem(r, 1, QTableWidgetItem(i18n.text(found.reason)))
