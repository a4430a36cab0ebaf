"""The pieces the Plan and Voortgang tabs share: the list of opgaven on the left, which
keeps its choice when it is filled again, a read-only table of rows that carry their ids,
and emptying the row of indicator charts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ..roles import ID_ROLE


class OpgaveList(QListWidget):
    """Opgaven as two-line items (title, then what this tab says of it), in the order given."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setMaximumWidth(320)

    def fill(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """``(id, title, second line)`` per opgave. The chosen opgave stays chosen if it is
        still there, else the first; no ``currentRowChanged`` while filling (the caller
        shows the current opgave once, afterwards)."""
        current = self.currentItem()
        keep = current.data(ID_ROLE) if current is not None else None
        self.blockSignals(True)
        self.clear()
        for opgave_id, title, second in entries:
            item = QListWidgetItem(f"{title}\n{second}")
            item.setData(ID_ROLE, opgave_id)
            self.addItem(item)
        ids = [opgave_id for opgave_id, _title, _second in entries]
        self.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        self.blockSignals(False)


def read_only_table(
    name: str, accessible_name: str, headers: list[str], parent: QWidget
) -> QTableWidget:
    """A table to choose a row in, not to type in; the first column takes the room."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """``(id, texts)`` per row; every cell carries the row's id."""
    table.setRowCount(len(rows))
    for row, (row_id, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            table.setItem(row, column, item)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (the charts of the last opgave)."""
    while layout.count():
        taken = layout.takeAt(0)
        widget = taken.widget() if taken is not None else None
        if widget is not None:
            widget.deleteLater()
