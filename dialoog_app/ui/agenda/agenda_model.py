"""A meeting's agenda as a Qt table model: planned clock time, title, phase, place, minutes.

The planned time of each item is computed from the meeting's start and the items before
it, so it follows every edit. Rows are dragged by id (our own MIME type, so only our own
rows can be dropped); the drop asks the editor to move the item through the service,
which refreshes the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, Qt, QTimer

from dialoog_app.domain.kinds import PHASE_LABELS, VENUE_LABELS, Venue
from dialoog_app.services.agenda import AgendaItemView

from .. import i18n
from ..row_model import Index, RowModel

MIME_TYPE = "application/x-dialoog-agenda-item-ids"
TIME, TITLE, PHASE, VENUE, MINUTES = range(5)

translate = QCoreApplication.translate


def clock_times(start: time | None, minutes: Sequence[int]) -> list[str]:
    """``19:00``, ``19:10`` … from the start; without a start time, offsets ``0:00``, ``0:10``."""
    texts, offset = [], 0
    for length in minutes:
        if start is not None:
            moment = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=offset)
            texts.append(moment.strftime("%H:%M"))
        else:
            texts.append(f"{offset // 60}:{offset % 60:02d}")
        offset += length
    return texts


def duration_text(minutes: int) -> str:
    """``45 min`` or ``2 u 15 min`` — short enough for a total under a table."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("AgendaModel", "{minutes} min").format(minutes=rest)
    if not rest:
        return translate("AgendaModel", "{hours} h").format(hours=hours)
    return translate("AgendaModel", "{hours} h {minutes} min").format(hours=hours, minutes=rest)


class AgendaModel(RowModel[AgendaItemView]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = [
            translate("AgendaModel", "Time"),
            translate("AgendaModel", "Agenda item"),
            translate("AgendaModel", "Phase"),
            translate("AgendaModel", "Where"),
            translate("AgendaModel", "Minutes"),
        ]
        self.start: time | None = None
        self._times: list[str] = []
        self.on_move: Callable[[str, int], None] | None = None  # (item id, new index)

    # -- content -----------------------------------------------------------------------------
    def set_start(self, start: time | None) -> None:
        self.start = start
        self._update_times()

    def set_rows(self, new_rows: Sequence[AgendaItemView]) -> None:
        super().set_rows(new_rows)
        self._update_times()

    def _update_times(self) -> None:
        times = clock_times(self.start, [r.planned_minutes for r in self.rows])
        if times != self._times:
            self._times = times
            if self.rows:
                last = len(self.rows) - 1
                self.dataChanged.emit(self.index(0, TIME), self.index(last, TIME))

    def total_minutes(self) -> int:
        return sum(r.planned_minutes for r in self.rows)

    def cell(self, row: AgendaItemView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                index = self.row_of(row.id)
                return self._times[index] if 0 <= index < len(self._times) else ""
            if column == TITLE:
                return row.title
            if column == PHASE:
                return i18n.translate("Vocabulary", PHASE_LABELS[row.phase])
            if column == VENUE:
                return "—" if row.venue == Venue.NONE else venue_label(row.venue)
            if column == MINUTES:
                return row.planned_minutes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TIME, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE and row.instructions:
            return row.instructions
        return None

    # -- drag and drop ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(self.rows[i.row()].id for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(ids).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        ids = bytes(data.data(MIME_TYPE).data()).decode().split()
        if len(ids) != 1 or self.row_of(ids[0]) < 0 or self.on_move is None:
            return False
        if row < 0:  # dropped onto an item rather than between two: take its place
            row = parent.row() if parent.isValid() else len(self.rows)
        source = self.row_of(ids[0])
        target = row if row <= source else row - 1  # the index once the item is lifted out
        if target != source:
            # After the view has finished its drop handling: the move rebuilds the rows.
            on_move, item_id = self.on_move, ids[0]
            QTimer.singleShot(0, self, lambda: on_move(item_id, target))
        # False: the view must not remove the source row itself; the refresh moves it.
        return False


def venue_label(venue: Venue) -> str:
    return i18n.translate("Vocabulary", VENUE_LABELS[venue])
