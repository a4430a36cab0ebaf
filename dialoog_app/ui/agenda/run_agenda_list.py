"""The agenda beside the running clock: what is done, what runs now, what is still to come.

A double click on an item goes to it (stored as a press, so it is undoable like any other).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from dialoog_app.domain.agenda_clock import ClockState, ClockStatus
from dialoog_app.ui.roles import ID_ROLE

from .. import theme
from ..clock.clock_model import ClockModel
from .agenda_model import clock_times
from .clock_texts import hhmm

MARK, PLANNED, TITLE = range(3)


class RunAgendaList(QTreeWidget):
    go_to_requested = Signal(str)

    def __init__(self, model: ClockModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runAgendaList")
        self.clock_model = model
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the clock's single-key shortcuts stay live
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnCount(3)
        self.setHeaderLabels(["", self.tr("Planned"), self.tr("Agenda item")])
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.setToolTip(self.tr("Double-click an item to go to it"))
        self.setStyleSheet("QTreeWidget { font-size: 11pt; } QTreeWidget::item { padding: 5px; }")
        self._shown: list[tuple[str, ...]] = []
        self._agenda: tuple[object, ...] = ()  # what the rows were built from
        self.itemDoubleClicked.connect(self._on_double_click)
        model.snapshot_changed.connect(self._rebuild)
        model.ticked.connect(self.show_state)
        self._rebuild()

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        item_id = str(item.data(0, ID_ROLE))
        # Out of the view's event handling first: the press may rebuild these rows.
        QTimer.singleShot(0, self, lambda: self.go_to_requested.emit(item_id))

    def _rebuild(self) -> None:
        snapshot = self.clock_model.snapshot
        agenda = (snapshot.items, snapshot.titles, snapshot.planned_start) if snapshot else ()
        if agenda == self._agenda:
            self.show_state(self.clock_model.state)  # only presses changed: no new rows
            return
        self._agenda = agenda
        self.clear()
        self._shown = []
        if snapshot is None:
            return
        start = snapshot.planned_start.astimezone().time() if snapshot.planned_start else None
        times = clock_times(start, [i.planned_seconds // 60 for i in snapshot.items])
        for planned, item in zip(times, snapshot.items, strict=True):
            entry = QTreeWidgetItem(self, ["", planned, snapshot.titles[item.id]])
            entry.setData(0, ID_ROLE, item.id)
            entry.setTextAlignment(PLANNED, Qt.AlignmentFlag.AlignRight)
            self._shown.append(())
        self.show_state(self.clock_model.state)

    def show_state(self, state: ClockState | None) -> None:
        snapshot = self.clock_model.snapshot
        if snapshot is None or self.topLevelItemCount() != len(snapshot.items):
            return
        for row, item in enumerate(snapshot.items):
            run = state.runs.get(item.id) if state else None
            current = (
                state is not None
                and state.current_item_id == item.id
                and state.status in (ClockStatus.RUNNING, ClockStatus.PAUSED)
            )
            skipped = bool(run and run.skipped)
            done = bool(run and run.ended_at and not current)
            mark = "▶" if current else "✓" if done else "–" if skipped else ""
            planned_text = self.tr("{title} — {minutes} min planned").format(
                title=self.clock_model.title_of(item.id), minutes=item.planned_seconds // 60
            )
            tip = (
                planned_text
                + "\n"
                + self.tr("began {time}").format(time=hhmm(run.started_at))
                + (" · " + self.tr("skipped") if skipped else "")
                if run and run.started_at
                else planned_text + (" · " + self.tr("skipped") if skipped else "")
            )
            key = (mark, tip, str(current), str(done), str(skipped))
            if self._shown[row] == key:
                continue  # repaint only what changed, four times a second
            self._shown[row] = key
            entry = self.topLevelItem(row)
            assert entry is not None
            entry.setText(MARK, mark)
            entry.setToolTip(TITLE, tip)
            font = QFont(self.font())
            font.setBold(current)
            colour = theme.qcolour("muted" if done or skipped else "text")
            for column in range(self.columnCount()):
                column_font = QFont(font)
                column_font.setStrikeOut(skipped and column == TITLE)
                entry.setFont(column, column_font)
                entry.setForeground(column, QBrush(colour))
                entry.setBackground(
                    column,
                    QBrush(theme.qcolour("selected")) if current else QBrush(Qt.BrushStyle.NoBrush),
                )
            if current:
                self.scrollToItem(entry)
