"""The Qt models of the Prioriteren screen: the vote grid (opgaven × groups) and the
ranking beside it. Thin: they hold what the services answered; edits go through a callback
that calls a service, and a refresh changes only the cells whose value changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialoog_app.domain.plan import MAX_DOTS, CountedPer
from dialoog_app.ui.roles import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Group:
    """A column of the grid: a table (its id), a speaker role (its value) or a participant
    number (as text). ``label`` is the header's text, broken onto lines so the column
    stays narrow; ``tooltip`` the whole name."""

    key: str
    label: str
    kind: CountedPer
    tooltip: str = ""

    def where(self) -> dict[str, str | int]:
        """The keyword that names this group to ``votes.set_votes``."""
        if self.kind is CountedPer.TABLE:
            return {"table_id": self.key}
        if self.kind is CountedPer.ROLE:
            return {"role": self.key}
        return {"participant": int(self.key)}


def header_lines(text: str, metrics: QFontMetrics) -> str:
    """``text`` broken between words onto lines no wider than its longest word (or about
    eight characters): a column header that wraps instead of being cut off."""
    words = text.split()
    width = max([metrics.averageCharWidth() * 9, *map(metrics.horizontalAdvance, words)])
    lines: list[str] = []
    for word in words:
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class VoteGridModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opgaven: list[tuple[str, str]] = []  # (id, title)
        self.groups: list[Group] = []
        self.counts: dict[tuple[str, str], int] = {}
        # Called with (opgave id, group, count); answers whether the service took it.
        self.on_edit: Callable[[str, Group, int], bool] = lambda *_: False

    def set_contents(
        self,
        opgaven: Sequence[tuple[str, str]],
        groups: Sequence[Group],
        counts: dict[tuple[str, str], int],
    ) -> None:
        if list(opgaven) != self.opgaven or list(groups) != self.groups:
            # Another round or other opgaven: a new grid, so a reset is what happened.
            self.beginResetModel()
            self.opgaven, self.groups, self.counts = list(opgaven), list(groups), dict(counts)
            self.endResetModel()
            return
        old, self.counts = self.counts, dict(counts)
        for row, (opgave_id, _title) in enumerate(self.opgaven):
            for column, group in enumerate(self.groups):
                key = (opgave_id, group.key)
                if old.get(key, 0) != self.counts.get(key, 0):
                    index = self.index(row, column)
                    self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.opgaven)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        opgave_id = self.opgaven[index.row()][0]
        count = self.counts.get((opgave_id, self.groups[index.column()].key), 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.EditRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return opgave_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            group = self.groups[section] if section < len(self.groups) else None
            return (group.tooltip or group.label.replace("\n", " ")) if group else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.groups[section].label if section < len(self.groups) else None
        return self.opgaven[section][1] if section < len(self.opgaven) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, int):
            return False
        opgave_id = self.opgaven[index.row()][0]
        group = self.groups[index.column()]
        if self.counts.get((opgave_id, group.key), 0) == value:
            return False
        if not self.on_edit(opgave_id, group, value):
            return False
        self.counts[(opgave_id, group.key)] = value
        self.dataChanged.emit(index, index)
        return True


class DotsDelegate(QStyledItemDelegate):
    """A plain number field: the first digit typed replaces the cell, Tab goes on."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_DOTS)
        editor.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor


class RankingModel(QAbstractTableModel):
    """The ranking as the page words it: rank, opgave, votes, spread, priority."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.rows: list[tuple[str, ...]] = []
        self.headers: tuple[str, ...] = ()

    def set_rows(self, ids: Sequence[str], rows: Sequence[tuple[str, ...]]) -> None:
        if list(ids) != self.ids:
            self.beginResetModel()  # the order itself changed: every row moved
            self.ids, self.rows = list(ids), list(rows)
            self.endResetModel()
            return
        changed = [
            r for r, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new
        ]
        self.rows = list(rows)
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3):
            return self.rows[index.row()][index.column()]  # a long title or spread, whole
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2):
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return self.ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None
