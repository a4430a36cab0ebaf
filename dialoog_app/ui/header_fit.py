"""Stretching columns that never get narrower than their own header.

Qt's ``Stretch`` gives a column whatever the other columns leave, down to nothing: in a
longer language (or a narrow window) its header is cut off. These columns share the room
left over the same way, but each keeps at least its header's width; when that does not
fit, the view scrolls sideways instead (tests/test_pseudo_locale.py checks every header).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class StretchWithMinimum(QObject):
    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.columns = view, tuple(columns)
        header = view.horizontalHeader()
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The other columns size to their contents; follow them and the view's width.
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.columns:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        shown = [c for c in self.columns if not header.isSectionHidden(c)]
        if not shown:
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self.columns and not header.isSectionHidden(c)
        )
        share = max(0, self.view.viewport().width() - others) // len(shown)
        for column in shown:
            least = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(share, least))
