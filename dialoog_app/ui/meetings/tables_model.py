"""The tables of one meeting as an editable Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dialoog_app.services.project_rows import TableRow

from ..row_model import RowModel

NAME, FACILITATOR, RESIDENTS, PROFESSIONALS, CIVIL_SERVANTS, OTHERS, TOTAL = range(7)
FIELD_OF_COLUMN = {
    NAME: "name",
    FACILITATOR: "facilitator",
    RESIDENTS: "residents",
    PROFESSIONALS: "professionals",
    CIVIL_SERVANTS: "civil_servants",
    OTHERS: "others",
}
COUNT_COLUMNS = (RESIDENTS, PROFESSIONALS, CIVIL_SERVANTS, OTHERS)


translate = QCoreApplication.translate


class TablesModel(RowModel[TableRow]):
    """Edits go out through ``edit_requested`` (the page saves them with undo)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = [
            translate("TablesModel", "Table"),
            translate("TablesModel", "Facilitator"),
            translate("TablesModel", "Residents"),
            translate("TablesModel", "Professionals"),
            translate("TablesModel", "Civil servants"),
            translate("TablesModel", "Others"),
            translate("TablesModel", "Total"),
        ]
        self.on_edit: Any = None  # callable(table_id, field, value) -> bool

    def cell(self, row: TableRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TOTAL:
                return row.participants
            return getattr(row, FIELD_OF_COLUMN[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= RESIDENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return translate("TablesModel", "Double-click or press F2 to rename")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != TOTAL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        row = self.rows[index.row()]
        field = FIELD_OF_COLUMN[index.column()]
        if getattr(row, field) == value:
            return False
        return bool(self.on_edit(row.id, field, value))
