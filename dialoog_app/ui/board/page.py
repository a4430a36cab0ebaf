"""The "Opgaven" page: the pool on the left, the opgaven side by side, the editor on the right.

Why this structure (see ARCHITECTURE.md, "Opgaven board"): one ``QListView`` per list over
a thin model of note ids, all sharing the cards in ``BoardData``. Cards have one height, so
Qt lays out a list of thousands without measuring each; a move is a handful of row
removes/inserts in two models plus one transaction, never a reset; only visible cards are
painted. Actions live in ``actions.py``; this module builds the screen and keeps it in step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from dialoog_app.services import board as board_svc
from dialoog_app.services import opgaven as opgaven_svc
from dialoog_app.services.events import Topic
from dialoog_app.services.placement import BoardState, OpgaveFields
from dialoog_app.ui.roles import ID_ROLE

from ..context import UiContext
from ..refresh import RefreshWhenShown
from ..shortcuts import sequence
from .actions import BoardActions
from .board_data import BoardData
from .note_view import NoteListView
from .opgave_column import NewOpgaveTarget, OpgaveColumn
from .opgave_editor import OpgaveEditor
from .pool_panel import PoolPanel
from .similar_offer import SimilarOffer
from .style import on_wall

RELOAD_TOPICS = {Topic.NOTES, Topic.TABLES, Topic.MEETINGS, Topic.AGENDA, Topic.PROJECT}


class BoardPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = BoardData()
        self.columns: dict[str, OpgaveColumn] = {}
        self.current_opgave: str | None = None
        self.current_view: NoteListView | None = None
        self._own_change = False
        self._similar_due = False
        self.setObjectName("boardPage")

        self.pool = PoolPanel(self.data, self)
        self.strip = QWidget(self)
        self.strip.setObjectName("opgaveStrip")
        self.strip.setAutoFillBackground(True)
        on_wall(self.strip, QPalette.ColorRole.Window, QPalette.ColorRole.WindowText)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(10, 4, 10, 10)
        self.strip_layout.setSpacing(10)
        self.new_target = NewOpgaveTarget(self.strip)
        self.strip_layout.addWidget(self.new_target)
        self.strip_layout.addStretch(1)
        self.opgave_scroll = QScrollArea(self)
        self.opgave_scroll.setObjectName("opgaveScroll")
        self.opgave_scroll.setAccessibleName(self.tr("Opgaven"))
        self.opgave_scroll.setWidgetResizable(True)
        self.opgave_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.opgave_scroll.setWidget(self.strip)
        self.editor = OpgaveEditor(ctx, self)
        self.editor.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 0, 0)
        layout.setSpacing(8)
        pool_box = QVBoxLayout()
        pool_box.setContentsMargins(0, 0, 0, 10)
        pool_box.addWidget(self.pool)
        layout.addLayout(pool_box)
        self.similar_offer = SimilarOffer(self)
        board_box = QVBoxLayout()
        board_box.setContentsMargins(0, 0, 0, 0)
        board_box.setSpacing(6)
        board_box.addWidget(self.similar_offer)
        board_box.addWidget(self.opgave_scroll, 1)
        layout.addLayout(board_box, 1)
        layout.addWidget(self.editor)

        self.board_actions = BoardActions(self)
        self._wire_view(self.pool.view)
        self.pool.model.on_drop = self.board_actions.drop
        self.new_target.on_drop = self.board_actions.new_opgave_with
        self.new_target.clicked.connect(lambda: self.board_actions.new_opgave_with([]))
        self.editor.saved.connect(self._fields_saved)
        self.similar_offer.accepted.connect(self._place_similar)
        self.editor.closed.connect(self._editor_closed)
        QShortcut(
            sequence("board.close_editor"),
            self.editor,
            self.editor.close_panel,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            sequence("board.search"),
            self,
            self.focus_search,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.refresh = RefreshWhenShown(self, self.reload)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()
        board_svc.prepare(ctx.workspace)

    # -- loading and keeping in step ---------------------------------------------------------
    def reload(self) -> None:
        """Read everything from the file (on open, and after other screens changed notes)."""
        ws = self.ctx.workspace
        self.data.load(board_svc.list_notes(ws), opgaven_svc.list_opgaven(ws))
        self.similar_offer.withdraw()
        self._sync_columns()
        for opgave_id, column in self.columns.items():
            column.model.set_ids(self.data.lists[opgave_id])
            column.view.viewport().update()
            self._update_header(opgave_id)
        self.pool.reload()
        if self.current_opgave is not None and self.current_opgave not in self.columns:
            self.set_current_opgave(None)
        elif self.editor.isVisible():
            self._show_in_editor(self.current_opgave)
        if not self._similar_due:  # after the board is on screen: it opens as fast as before
            self._similar_due = True
            QTimer.singleShot(0, self, self._find_similar)

    def _find_similar(self) -> None:
        self._similar_due = False
        if self.data.find_similar():
            for view in self.lists():
                view.viewport().update()

    def apply(self, state: BoardState) -> None:
        """Show a state an action (or its undo) has just written."""
        touched = self.data.apply(state)
        self.similar_offer.withdraw()  # about the placement before this one (or undone)
        for snapshot in state.opgaven:
            touched.add(snapshot.id)
        if state.order is not None:
            self._sync_columns()
        for opgave_id in touched:
            column = self.columns.get(opgave_id)
            if column is not None:
                column.model.set_ids(self.data.lists[opgave_id])
                self._update_header(opgave_id)
        self.pool.sync()
        if self.current_opgave is not None and self.current_opgave not in self.columns:
            self.set_current_opgave(None)
        elif self.current_opgave in touched:
            self._show_in_editor(self.current_opgave)
        self._own_change = True

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if self._own_change and topics <= {Topic.OPGAVEN}:
            self._own_change = False  # our own action: already on screen
            return
        self._own_change = False
        if topics & (RELOAD_TOPICS | {Topic.OPGAVEN}):
            self.refresh.changed()

    def _sync_columns(self) -> None:
        """One column per live opgave, in order; reuse the ones that exist."""
        wanted = self.data.order
        for opgave_id in [i for i in self.columns if i not in wanted]:
            gone = self.columns.pop(opgave_id)
            if self.current_view is gone.view:
                self.current_view = None
            self.strip_layout.removeWidget(gone)
            gone.deleteLater()
        for position, opgave_id in enumerate(wanted):
            column: OpgaveColumn | None = self.columns.get(opgave_id)
            if column is None:
                column = self._make_column(opgave_id)
                self.columns[opgave_id] = column
                self.strip_layout.insertWidget(position, column)
            elif self.strip_layout.indexOf(column) != position:
                self.strip_layout.removeWidget(column)
                self.strip_layout.insertWidget(position, column)

    def _make_column(self, opgave_id: str) -> OpgaveColumn:
        column = OpgaveColumn(self.data, opgave_id, self.strip)
        column.model.on_drop = self.board_actions.drop
        column.header.on_drop = lambda ids, o=opgave_id: self.board_actions.drop(ids, o, None)
        column.header.on_opgave_drop = lambda moved, o=opgave_id: self.board_actions.drop_opgave(
            moved, o
        )
        column.activated.connect(self.set_current_opgave)
        column.edit_requested.connect(self.edit_opgave)
        # The menu is made when it is opened: sixty menus up front would slow the opening.
        column.menu_button.clicked.connect(
            lambda _=False, o=opgave_id, c=column: self.board_actions.column_menu(o, c).popup(
                c.menu_button.mapToGlobal(c.menu_button.rect().bottomLeft())
            )
        )
        column.model.set_ids(self.data.lists.get(opgave_id, []))
        self._wire_view(column.view)
        self._update_header(opgave_id)
        return column

    def _wire_view(self, view: NoteListView) -> None:
        view.focused.connect(lambda v=view: self._view_focused(v))
        view.context_menu_requested.connect(
            lambda pos, v=view: self.board_actions.note_menu(v, pos)
        )
        view.command.connect(lambda name, v=view: self.board_actions.command(v, name))
        view.selectionModel().currentChanged.connect(
            lambda current, _previous: self.pool.show_details(
                self.data.cards.get(current.data(ID_ROLE)) if current.isValid() else None
            )
        )

    def _update_header(self, opgave_id: str) -> None:
        column = self.columns.get(opgave_id)
        fields = self.data.fields.get(opgave_id)
        if column is not None and fields is not None:
            column.show_opgave(fields.title, fields.priority, self.data.support(opgave_id))

    def offer_similar(self, note_ids: list[str], target: str | None) -> None:
        """After statements arrive in an opgave: offer their near-duplicates still in the
        pool (those in other opgaven were placed there on purpose)."""
        data = self.data
        arrived = set(note_ids)
        similar: dict[str, None] = {}  # in order, once each
        for note_id in note_ids if target is not None else []:
            for other in data.similar_to(note_id):
                if other not in arrived and other not in data.holder:
                    similar[other] = None
        if target is not None and similar:
            self.similar_offer.offer(list(similar), target, data.title(target))
        else:
            self.similar_offer.withdraw()

    def _place_similar(self, note_ids: list[str], target: str) -> None:
        self.board_actions.move(note_ids, target, offer=False)
        (self.current_view or self.pool.view).setFocus()  # the button is gone: back to work

    # -- current opgave, current list, editor ------------------------------------------------
    def _view_focused(self, view: NoteListView) -> None:
        self.current_view = view
        if view is self.pool.view:
            return
        for opgave_id, column in self.columns.items():
            if column.view is view:
                self.set_current_opgave(opgave_id)

    def set_current_opgave(self, opgave_id: str | None) -> None:
        if opgave_id == self.current_opgave:
            return
        old = self.columns.get(self.current_opgave or "")
        if old is not None:
            old.set_current(False)
        self.current_opgave = opgave_id
        column = self.columns.get(opgave_id or "")
        if column is not None:
            column.set_current(True)
            self.opgave_scroll.ensureWidgetVisible(column, 20, 0)
        if self.editor.isVisible():
            self._show_in_editor(opgave_id)

    def _show_in_editor(self, opgave_id: str | None) -> None:
        fields = self.data.fields.get(opgave_id or "") if opgave_id in self.columns else None
        self.editor.show_opgave(opgave_id if fields else None, fields)
        if opgave_id is not None and fields is not None:
            self.editor.show_support(self.data.support(opgave_id))

    def edit_opgave(self, opgave_id: str | None = None) -> None:
        """Open the side panel on an opgave (F2, double-click on its header)."""
        opgave_id = opgave_id or self.current_opgave
        if opgave_id is None or opgave_id not in self.columns:
            return
        self.set_current_opgave(opgave_id)
        self.editor.show()
        self._show_in_editor(opgave_id)
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()

    def _fields_saved(self, opgave_id: str, fields: OpgaveFields) -> None:
        self.data.fields[opgave_id] = fields
        self._update_header(opgave_id)
        if self.editor.opgave_id == opgave_id and self.editor.fields != fields:
            self.editor.show_opgave(opgave_id, fields)
        self._own_change = True

    def _editor_closed(self) -> None:
        column = self.columns.get(self.current_opgave or "")
        (column.view if column else self.pool.view).setFocus()

    def focus_search(self) -> None:
        self.pool.search.setFocus()
        self.pool.search.selectAll()

    def lists(self) -> list[NoteListView]:
        """The pool and the opgaven, left to right (for Alt+Left / Alt+Right)."""
        return [self.pool.view, *(self.columns[i].view for i in self.data.order)]

    def flush(self) -> None:
        self.editor.flush()
