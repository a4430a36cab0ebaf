""" "Possible duplicates": statements that say nearly the same, side by side.

The user moves the threshold (how alike is alike), goes through the pairs, and links a
pair as the same statement (it then counts once for support, every source kept) or
places the loose one in the opgave of the placed one. Both are undoable (Ctrl+Z).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QThread, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.kinds import ROLE_LABELS, Role
from dialoog_app.domain.sources import SOURCE_LABELS, NoteSource
from dialoog_app.exchange.near_duplicates import Pair
from dialoog_app.services import board, duplicates, opgaven
from dialoog_app.services.board import NoteCard
from dialoog_app.services.duplicates import DuplicatePair

from .. import i18n, theme
from ..context import UiContext
from ..undo import DoneCommand
from .search import SearchWorker, start_search

LOWEST, HIGHEST = 60, 100


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(980, 640)
        self.pairs: list[DuplicatePair] = []
        self.cards: list[NoteCard] = []
        self.opgave_titles: dict[str, str] = {}
        self.search_thread: QThread | None = None
        self.searched_cards: list[NoteCard] = []
        self.again = False  # the threshold moved during a search

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("thresholdSlider")
        self.slider.setRange(LOWEST, HIGHEST)
        self.slider.setValue(duplicates.DEFAULT_THRESHOLD)
        self.slider.setTracking(False)  # search again when the user lets go, not per pixel
        self.slider.setPageStep(5)
        self.threshold_label = QLabel(self)
        self.threshold_label.setObjectName("thresholdLabel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pairCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("How alike:"), self))
        top.addWidget(self.slider, 1)
        top.addWidget(self.threshold_label)
        top.addSpacing(16)
        top.addWidget(self.count_label)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("pairsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Alike"), self.tr("Statement"), self.tr("Looks like")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.left = self._side("leftStatement")
        self.right = self._side("rightStatement")
        sides = QHBoxLayout()
        sides.addWidget(self.left)
        sides.addWidget(self.right)

        self.link_button = QPushButton(self.tr("&Same statement"), self)
        self.link_button.setObjectName("linkButton")
        self.link_button.setToolTip(
            self.tr("Link the two: they count once for support and keep both sources")
        )
        self.unlink_button = QPushButton(self.tr("&Unlink"), self)
        self.unlink_button.setObjectName("unlinkButton")
        self.place_button = QPushButton(self.tr("&Place together"), self)
        self.place_button.setObjectName("placeButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.link_button, self.unlink_button, self.place_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(sides)
        layout.addLayout(actions)

        self.slider.valueChanged.connect(self.search)
        self.table.itemSelectionChanged.connect(self.show_pair)
        self.link_button.clicked.connect(self.link)
        self.unlink_button.clicked.connect(self.unlink)
        self.place_button.clicked.connect(self.place)
        self.search()

    def _side(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMinimumHeight(120)
        theme.style(
            label,
            "background: @base; border: 1px solid @border; border-radius: 6px; padding: 8px;",
        )
        return label

    # -- finding -----------------------------------------------------------------------------
    def search(self) -> None:
        """Find the pairs at the slider's threshold, in a worker thread; a search asked
        for while one runs starts when it ends (with the slider's value then)."""
        threshold = self.slider.value()
        self.threshold_label.setText(self.tr("{percent}% alike").format(percent=threshold))
        if self.search_thread is not None:
            self.again = True
            return
        ws = self.ctx.workspace
        cards = board.list_notes(ws)
        self.opgave_titles = {o.id: o.title for o in opgaven.list_opgaven(ws)}
        self.count_label.setText(self.tr("Searching…"))
        worker = SearchWorker([c.text for c in cards], threshold)
        self.searched_cards = cards
        # A slot of this dialog (not a lambda): queued, so it runs in the GUI thread.
        worker.found.connect(self._found)
        self.search_thread = start_search(worker)
        self.search_thread.finished.connect(self._search_ended)

    @property
    def searching(self) -> bool:
        return self.search_thread is not None

    def _search_ended(self) -> None:
        self.search_thread = None
        if self.again:
            self.again = False
            self.search()

    @Slot(object)
    def _found(self, found: list[Pair]) -> None:
        cards = self.cards = self.searched_cards
        self.pairs = duplicates.pair_cards(cards, found)
        if len(self.pairs) >= duplicates.MAX_PAIRS:
            text = self.tr("The {count} most alike pairs: raise the threshold to see fewer")
        else:
            text = self.tr("Pairs: {count}")
        self.count_label.setText(text.format(count=len(self.pairs)))
        self._fill()

    def _fill(self, keep_row: int = 0) -> None:
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            linked = " · " + self.tr("linked") if pair.linked else ""
            score = QTableWidgetItem(f"{pair.score}%{linked}")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if pair.linked:
                score.setToolTip(self.tr("Linked as the same statement"))
            self.table.setItem(row, 0, score)
            for column, card in ((1, pair.first), (2, pair.second)):
                item = QTableWidgetItem(" ".join(card.text.split()))
                item.setToolTip(card.text)
                self.table.setItem(row, column, item)
        if self.pairs:
            self.table.selectRow(min(keep_row, len(self.pairs) - 1))
        self.show_pair()

    def current(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def show_pair(self) -> None:
        pair = self.current()
        self.left.setText(self._describe(pair.first) if pair else "")
        self.right.setText(self._describe(pair.second) if pair else "")
        self.link_button.setEnabled(pair is not None and not pair.linked)
        self.unlink_button.setEnabled(pair is not None and pair.linked)
        one_placed = pair is not None and (
            (pair.first.opgave_id is None) != (pair.second.opgave_id is None)
        )
        self.place_button.setEnabled(one_placed)
        self.place_button.setToolTip(
            self.tr("Put the loose one in the opgave of the other")
            if one_placed
            else self.tr("Possible when exactly one of the two is in an opgave")
        )

    def _describe(self, card: NoteCard) -> str:
        role = i18n.translate("Vocabulary", ROLE_LABELS[Role(card.role)])
        source = i18n.translate("Vocabulary", SOURCE_LABELS[NoteSource(card.source)])
        where = " · ".join(p for p in (card.meeting_title, card.table_name, card.agenda_title) if p)
        placed = (
            self.tr("in opgave “{title}”").format(title=self.opgave_titles.get(card.opgave_id, ""))
            if card.opgave_id
            else self.tr("not yet in an opgave")
        )
        meta = html.escape(f"{where} · {role} · {source} · {placed}")
        return f"<p>{html.escape(card.text)}</p><p style='color:{theme.colour('muted')}'>{meta}</p>"

    # -- acting ------------------------------------------------------------------------------
    def link(self) -> None:
        pair = self.current()
        if pair is None:
            return
        ids = [pair.first.id, pair.second.id]
        ws = self.ctx.workspace
        before = self.ctx.attempt(self, lambda: duplicates.link_notes(ws, ids))
        if before is None:
            return
        after = duplicates.groups_of(ws, list(before))
        self._done(self.tr("Same statement"), before, after)

    def unlink(self) -> None:
        pair = self.current()
        if pair is None:
            return
        ws = self.ctx.workspace
        before = duplicates.unlink_notes(ws, [pair.second.id, pair.first.id])
        after = duplicates.groups_of(ws, list(before))
        self._done(self.tr("Unlink statements"), before, after)

    def _done(self, text: str, before: dict[str, str | None], after: dict[str, str | None]) -> None:
        ws = self.ctx.workspace
        self.ctx.undo_stack.push(
            DoneCommand(
                text,
                undo=lambda: duplicates.set_groups(ws, before),
                redo=lambda: duplicates.set_groups(ws, after),
            )
        )
        self._refresh()

    def place(self) -> None:
        pair = self.current()
        if pair is None:
            return
        ws = self.ctx.workspace
        change = self.ctx.attempt(
            self, lambda: duplicates.place_together(ws, pair.first, pair.second)
        )
        if change is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("Place together"),
                undo=lambda: board.restore_board(ws, change.before),
                redo=lambda: board.restore_board(ws, change.after),
            )
        )
        self._refresh()

    def done(self, result: int) -> None:
        """Closing waits for a running search (a thread outliving its dialog crashes)."""
        self._wait_for_search()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._wait_for_search()
        super().closeEvent(event)

    def _wait_for_search(self) -> None:
        self.again = False
        if self.search_thread is not None:
            try:
                self.search_thread.wait()
            except RuntimeError:  # ended and deleted by Qt a moment ago
                pass
            self.search_thread = None

    def _refresh(self) -> None:
        """After an action: the same pairs, their new state, the same row selected."""
        row = self.table.currentRow()
        by_id = {c.id: c for c in board.list_notes(self.ctx.workspace)}
        self.pairs = [
            DuplicatePair(by_id[p.first.id], by_id[p.second.id], p.score)
            for p in self.pairs
            if p.first.id in by_id and p.second.id in by_id
        ]
        self._fill(max(0, row))
