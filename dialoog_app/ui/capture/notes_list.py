"""The live list of a table's notes: newest at the bottom, searchable, filterable by round.

Every Qt item view lays out all its rows again after an insert; what that costs depends
on the rows. Up to ``COMPACT_ABOVE`` notes each row is as tall as its text (with a heading
where another agenda item begins) and the delegate answers from a cache of heights. Above
that — a table that has grown far beyond an evening — every row is two lines high
(``uniformItemSizes``): the layout then needs no call per row at all, so appending to
10,000 notes costs what appending to 100 does. A longer text ends in "…" there; all of it
is in the tooltip and the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain import search
from dialoog_app.services.notes_read import NoteRow
from dialoog_app.ui.roles import NOTE_ROLE

from .. import theme
from ..plurals import plural
from .markers import capture_key
from .note_delegate import NoteDelegate
from .notes_model import NotesModel

Index = QModelIndex | QPersistentModelIndex
ALL_ITEMS = "\x00all"  # the item filter's "every round"
NO_ITEM = ""  # notes not linked to a round


class NotesFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.item = ALL_ITEMS
        self.words: list[str] = []

    def set_item(self, item: str) -> None:
        self._change(lambda: setattr(self, "item", item))

    def set_words(self, text: str) -> None:
        self._change(lambda: setattr(self, "words", search.words(text)))

    def _change(self, change: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    @property
    def active(self) -> bool:
        return self.item != ALL_ITEMS or bool(self.words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.active:
            return True
        model = self.sourceModel()
        assert isinstance(model, NotesModel)
        note = model.rows[source_row]
        if self.item != ALL_ITEMS and (note.agenda_item_id or NO_ITEM) != self.item:
            return False
        return search.found(self.words, search.note_haystack(note.text, note.speaker))


COMPACT_ABOVE = 1500


class NotesView(QListView):
    capture_key_pressed = Signal(str, int)
    delete_pressed = Signal()
    leave = Signal()  # Esc: back to the input

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesView")
        self.setAccessibleName(self.tr("Notes of this table"))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        theme.style(self, "QListView#notesView { background: @base; border: 1px solid @border; }")
        self._width = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if capture_key(event) is not None:
                event.accept()  # applies to the selected note
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = capture_key(event)
        if key is not None:
            self.capture_key_pressed.emit(*key)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.edit(self.currentIndex())
        elif event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The rows leave room for the scroll bar whether it shows or not: its appearing
        # (the list outgrowing the view, e.g. at start-up) would otherwise wrap every
        # note anew — at 1,200 notes a third of a second before the first paint.
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.contentsRect().width() - extent
        if width != self._width:
            self._width = width
            delegate = self.itemDelegate()
            if isinstance(delegate, NoteDelegate):
                delegate.set_width(self._width)
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width


class NotesList(QWidget):
    """The filter bar and the list; ``model`` holds every note of the table."""

    search_left = Signal()  # Esc in the search field: clear it, back to the input

    def __init__(self, delegate_titles: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(self)
        self.proxy = NotesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = NotesView(self)
        self.view.setModel(self.proxy)
        self.delegate = NoteDelegate(self.view, delegate_titles, self.neighbours)
        self.view.setItemDelegate(self.delegate)

        self.search = QLineEdit(self)
        self.search.setObjectName("noteSearch")
        self.search.setAccessibleName(self.tr("Search the notes"))
        self.search.setPlaceholderText(self.tr("Search the notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_words)
        self.search.installEventFilter(self)
        self.item_filter = QComboBox(self)
        self.item_filter.setObjectName("itemFilter")
        self.item_filter.setToolTip(self.tr("Show the notes of one agenda item"))
        self.item_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_item(self.item_filter.currentData() or NO_ITEM)
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noteCount")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Notes of this table"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        bar.addWidget(heading)
        bar.addSpacing(12)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.item_filter, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._follow = True
        scroll_bar = self.view.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._on_scrolled)
        scroll_bar.rangeChanged.connect(self._on_range_changed)
        self.proxy.rowsAboutToBeInserted.connect(self._remember_follow)
        self.proxy.rowsInserted.connect(self._after_insert)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)
            signal.connect(self._choose_row_heights)
        self.set_items([])
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.search.clear()
            self.search_left.emit()
            return True
        return super().eventFilter(watched, event)

    # -- filters --------------------------------------------------------------------------
    def set_items(self, items: list[tuple[str, str]]) -> None:
        """The agenda items to filter on, as (id, title)."""
        current = self.item_filter.currentData()
        self.item_filter.blockSignals(True)
        self.item_filter.clear()
        self.item_filter.addItem(self.tr("All agenda items"), ALL_ITEMS)
        for item_id, title in items:
            self.item_filter.addItem(title, item_id)
        self.item_filter.addItem(self.tr("Without agenda item"), NO_ITEM)
        index = self.item_filter.findData(current) if current is not None else 0
        self.item_filter.setCurrentIndex(max(0, index))
        self.item_filter.blockSignals(False)
        self.proxy.set_item(self.item_filter.currentData() or NO_ITEM)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.proxy.active:
            text = self.tr("{shown} of {total} notes").format(shown=shown, total=total)
        else:
            text = plural().notes(total)
        self.count_label.setText(text)

    def _choose_row_heights(self) -> None:
        compact = self.proxy.rowCount() > COMPACT_ABOVE
        if compact != self.delegate.compact:
            self.delegate.compact = compact
            self.view.setUniformItemSizes(compact)

    def neighbours(self, index: Index) -> tuple[NoteRow, NoteRow | None]:
        """The note of a shown row and the one shown above it — without going through
        ``data()``: the view asks this for every row after each insert."""
        rows, row = self.model.rows, index.row()
        if not self.proxy.active:  # unfiltered: the proxy's rows are the model's
            return rows[row], rows[row - 1] if row else None
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        if not row:
            return rows[source], None
        return rows[source], rows[self.proxy.mapToSource(self.proxy.index(row - 1, 0)).row()]

    # -- following the newest note ----------------------------------------------------------
    # The list follows while the user is at the bottom when a note arrives, and keeps
    # following until the next note — through any relayout in between. It used to lose
    # its place when the list first outgrew the view: the scroll bar appeared, the rows
    # rewrapped narrower and grew *after* the scroll to the bottom, so at the next note
    # the list looked "scrolled up" and stopped following (at 31 notes).
    def at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum()

    def _remember_follow(self, parent: Index, first: int, last: int) -> None:
        self._follow = self.at_bottom() and first >= self.proxy.rowCount()

    def _on_scrolled(self, value: int) -> None:
        if value < self.view.verticalScrollBar().maximum() and self.view.isVisible():
            self._follow = False  # the user scrolled up to read back: stay there

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:  # the rows grew after the scroll (a rewrap): stay at the bottom
            self.view.verticalScrollBar().setValue(maximum)

    def _after_insert(self) -> None:
        if self._follow:
            # Deferred: the save returns at once; the view lays out in the next turn.
            QTimer.singleShot(0, self._scroll_if_following)

    def _scroll_if_following(self) -> None:
        if self._follow:  # (the user may have scrolled up meanwhile)
            self.view.scrollToBottom()

    # -- showing ----------------------------------------------------------------------------
    def show_notes(self, notes: list[NoteRow]) -> None:
        self.model.show_notes(notes)
        self._follow = True
        if self.view.isVisible():
            self.view.scrollToBottom()
        # (Again) once the view has its size — unless the user has scrolled up by then. A
        # hidden view (the screen being built) is laid out once, at its real width: a
        # scroll now would wrap every note twice (at start-up, 1,200 notes: 0.3 s).
        QTimer.singleShot(0, self._scroll_if_following)

    def current_note(self) -> NoteRow | None:
        index = self.view.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    def select_note(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def focus_last(self) -> None:
        count = self.proxy.rowCount()
        if count:
            self.view.setCurrentIndex(self.proxy.index(count - 1, 0))
            self.view.setFocus()
