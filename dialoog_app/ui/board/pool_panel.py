"""The pool: statements not yet in an opgave, filtered by meeting, table, round, kind,
role, star and free text as the user types.

Filtering runs over the cards already in memory (no query per keystroke) with the same
``matches`` rule the service uses, and shows the result with one model reset — cheaper
than thousands of single-row removes, and the selection is put back afterwards.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.domain.sources import SOURCE_LABELS
from dialoog_app.services.board import NoteCard, PoolFilter, matches

from .. import theme
from ..plurals import plural
from .board_data import BoardData
from .note_model import NoteListModel
from .note_view import NoteListView
from .style import clock_time, count, kind_label, role_label

POOL_WIDTH = 340


class PoolModel(NoteListModel):
    def __init__(self, data: BoardData, parent: Any = None) -> None:
        super().__init__(data, None, parent)
        self.pool_filter = PoolFilter()
        self.pool_size = 0

    def _visible(self) -> list[str]:
        board, f = self.board, self.pool_filter
        pool = board.pool_ids()
        self.pool_size = len(pool)
        if f == PoolFilter():
            return pool
        cards, folded = board.cards, board.folded
        return [n for n in pool if matches(cards[n], f, folded[n])]

    def refilter(self) -> None:
        """A new filter: show its result at once."""
        self.reset_ids(self._visible())

    def sync(self) -> None:
        """Statements came or went: update only the rows that changed."""
        self.set_ids(self._visible())


class PoolPanel(QWidget):
    def __init__(self, data: BoardData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = data
        self.setFixedWidth(POOL_WIDTH)
        heading = QLabel(self.tr("Pile: still to sort"), self)
        heading.setObjectName("poolHeading")
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("poolCount")
        theme.style(self.count_label, "color: @muted;")

        self.search = QLineEdit(self)
        self.search.setObjectName("poolSearch")
        self.search.setAccessibleName(self.tr("Search the statements"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the statements… (Ctrl+F)"))
        self.meeting_box = self._combo("poolMeeting", self.tr("All meetings"))
        self.table_box = self._combo("poolTable", self.tr("All tables"))
        self.round_box = self._combo("poolRound", self.tr("All rounds"))
        self.kind_box = self._combo("poolKind", self.tr("All kinds"))
        self.role_box = self._combo("poolRole", self.tr("All roles"))
        for kind in NoteKind:
            self.kind_box.addItem(kind_label(kind), kind.value)
        for role in Role:
            self.role_box.addItem(role_label(role), role.value)
        self.source_box = self._combo("poolSource", self.tr("All sources"))
        for source, label in SOURCE_LABELS.items():
            self.source_box.addItem(QCoreApplication.translate("Vocabulary", label), source.value)
        self.starred_box = QCheckBox(self.tr("★ starred only"), self)
        self.starred_box.setObjectName("poolStarred")

        filters = QGridLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.meeting_box, 1, 0, 1, 2)
        filters.addWidget(self.table_box, 2, 0)
        filters.addWidget(self.round_box, 2, 1)
        filters.addWidget(self.kind_box, 3, 0)
        filters.addWidget(self.role_box, 3, 1)
        filters.addWidget(self.starred_box, 4, 0)
        filters.addWidget(self.source_box, 4, 1)

        self.model = PoolModel(data, self)
        self.view = NoteListView(
            self.model, self.tr("No statements here. Change the filter, or all are sorted."), self
        )
        self.view.setObjectName("poolNotes")
        self.view.setAccessibleName(self.tr("Statements not yet in an opgave"))
        self.details = QLabel(self)
        self.details.setObjectName("noteDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        theme.style(
            self.details,
            "background: @base; border: 1px solid @border; border-radius: 6px; padding: 8px;",
        )
        self.details.setMinimumHeight(90)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        self._details_card: NoteCard | None = None
        self.show_details(None)

        self.search.textChanged.connect(self.apply_filter)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        for box in (self.table_box, self.round_box, self.kind_box, self.role_box, self.source_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.starred_box.toggled.connect(self.apply_filter)

    def _combo(self, name: str, everything: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(everything, None)
        box.setMinimumContentsLength(8)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    # -- filling -----------------------------------------------------------------------------
    def reload(self) -> None:
        """After the cards were (re)loaded: refill the choices, keep what was chosen."""
        meetings: dict[str, str] = {}
        for card in self.board.cards.values():
            meetings.setdefault(card.meeting_id, card.meeting_title)
        self._fill(self.meeting_box, meetings.items())
        self._fill_dependent()
        self.apply_filter()

    def _fill_dependent(self) -> None:
        meeting = self.meeting_box.currentData()
        several = len({c.meeting_id for c in self.board.cards.values()}) > 1 and meeting is None
        tables: dict[str, str] = {}
        rounds: dict[str, str] = {}
        for card in self.board.cards.values():
            if meeting is not None and card.meeting_id != meeting:
                continue
            prefix = f"{card.meeting_title}: " if several else ""
            tables.setdefault(card.table_id, prefix + card.table_name)
            if card.agenda_item_id:
                rounds.setdefault(card.agenda_item_id, prefix + card.agenda_title)
        self._fill(self.table_box, sorted(tables.items(), key=lambda kv: kv[1]))
        self._fill(self.round_box, rounds.items())

    def _fill(self, box: QComboBox, choices: Any) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value, label in choices:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)

    def _meeting_chosen(self) -> None:
        self._fill_dependent()
        self.apply_filter()

    # -- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> PoolFilter:
        return PoolFilter(
            meeting_id=self.meeting_box.currentData(),
            table_id=self.table_box.currentData(),
            agenda_item_id=self.round_box.currentData(),
            kind=self.kind_box.currentData(),
            role=self.role_box.currentData(),
            starred=True if self.starred_box.isChecked() else None,
            text=self.search.text(),
            source=self.source_box.currentData(),
        )

    def apply_filter(self) -> None:
        selected = self.view.selected_ids()
        self.model.pool_filter = self.current_filter()
        self.model.refilter()
        if selected:
            self.view.select_ids(selected)
        self.update_count()

    def sync(self) -> None:
        self.model.sync()
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.pool_size
        if shown == total:
            text = plural().not_in_an_opgave(total)
        else:
            text = self.tr("{shown} of {total} shown").format(
                shown=count(shown), total=count(total)
            )
        self.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the scheme changed: the muted words
            self.show_details(self._details_card)

    def show_details(self, card: NoteCard | None) -> None:
        """The whole text of the current statement and where it came from."""
        self._details_card = card
        if card is None:
            hint = self.tr("Select a statement to read it in full and see where it came from.")
            self.details.setText(
                f"<span style='color:{theme.colour('muted')}'>{html.escape(hint)}</span>"
            )
            return
        where = " · ".join(
            p
            for p in (
                card.meeting_title,
                card.table_name,
                card.agenda_title,
                clock_time(card),
                f"{kind_label(card.kind)}, {role_label(card.role)}",
            )
            if p
        )
        star = " ★" if card.starred else ""
        self.details.setText(
            f"{html.escape(card.text)}{star}<br>"
            f"<span style='color:{theme.colour('muted')}; font-size:small'>"
            f"{html.escape(where)}</span>"
        )
