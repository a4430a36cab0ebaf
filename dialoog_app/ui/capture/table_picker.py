"""Which meeting and which table this laptop notes for: one click to switch tables."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from dialoog_app.services.project_rows import MeetingRow, TableRow

from .. import theme

TABLE_STYLE = (  # a theme.style template
    "QToolButton { border: 1px solid @border; border-radius: 6px; padding: 6px 14px;"
    " background: @base; color: @accent; font-size: 12pt; }"
    "QToolButton:checked { background: @highlight; color: @on_highlight;"
    " border-color: @highlight; font-weight: bold; }"
    "QToolButton:hover:!checked { background: @selected; }"
)


class MeetingPicker(QWidget):
    meeting_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("captureMeeting")
        self.combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.combo.setMinimumContentsLength(24)
        self.combo.activated.connect(lambda i: self.meeting_chosen.emit(self.combo.itemData(i)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Meeting"), self)
        theme.style(caption, "color: @muted;")
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def set_meetings(self, meetings: list[MeetingRow], current: str | None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for meeting in meetings:
            self.combo.addItem(meeting.title, meeting.id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)


class TablePicker(QWidget):
    table_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addStretch(1)

    def set_tables(self, tables: list[TableRow], current: str | None) -> None:
        for button in self.buttons.values():
            self.group.removeButton(button)
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for i, table in enumerate(tables):
            button = QToolButton(self)
            button.setObjectName(f"tableButton{i}")
            button.setText(table.name)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.style(button, TABLE_STYLE)
            tip = self.tr("Take notes for {table}; this laptop remembers its table")
            button.setToolTip(tip.format(table=table.name))
            button.clicked.connect(lambda _=False, t=table.id: self.table_chosen.emit(t))
            self.group.addButton(button)
            self._layout.insertWidget(i, button)
            self.buttons[table.id] = button
        self.set_current(current)

    def set_current(self, table_id: str | None) -> None:
        button = self.buttons.get(table_id or "")
        if button is not None:
            button.setChecked(True)
