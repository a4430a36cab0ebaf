"""Everything a user does on the board: each action is one service call (one transaction),
shown at once from the state it returns, and pushed on the undo stack as that state's
before and after — so Ctrl+Z and Ctrl+Shift+Z restore placement and order exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from dialoog_app.services import board as board_svc
from dialoog_app.services import opgaven as svc
from dialoog_app.services.placement import BoardChange, BoardState

from ..plurals import plural
from ..shortcuts import sequence
from ..undo import DoneCommand
from .chooser import NEW_OPGAVE, TO_POOL, OpgaveChooser
from .note_view import NoteListView

if TYPE_CHECKING:
    from .page import BoardPage


class BoardActions(QObject):
    def __init__(self, page: BoardPage) -> None:
        super().__init__(page)
        self.page = page
        self.chooser: OpgaveChooser | None = None
        for keys, slot in (
            ("board.move", self.choose_target),
            ("board.new", lambda: self.new_opgave_with(self._selection())),
            ("board.edit", page.edit_opgave),
            ("board.opgave_left", lambda: self.move_current_opgave(-1)),
            ("board.opgave_right", lambda: self.move_current_opgave(+1)),
            ("board.hop_left", lambda: self.hop(-1)),
            ("board.hop_right", lambda: self.hop(+1)),
        ):
            QShortcut(
                sequence(keys),
                page,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # -- the one way an action is done ------------------------------------------------------
    def command(self, view: NoteListView, name: str) -> None:
        """Keys a list handles itself (so they never steal a key from a text field)."""
        self.page.current_view = view
        if name == "to_pool":
            self.to_pool()
        elif name in ("up", "down"):
            self.step(-1 if name == "up" else +1)

    def _do(self, label: str, action: Callable[[], BoardChange]) -> BoardChange | None:
        page = self.page
        page.flush()  # a half-typed field of the opgave editor is saved first
        change = page.ctx.attempt(page, action)
        if change is None or not change.changed:
            return None
        page.apply(change.after)
        ws = page.ctx.workspace

        def write(state: BoardState) -> None:
            board_svc.restore_board(ws, state)
            page.apply(state)

        page.ctx.undo_stack.push(
            DoneCommand(label, undo=lambda: write(change.before), redo=lambda: write(change.after))
        )
        return change

    def _selection(self) -> list[str]:
        view = self.page.current_view
        return view.selected_ids() if view is not None else []

    def _opgave_of(self, view: NoteListView | None) -> str | None:
        return view.note_model().opgave_id if view is not None else None

    # -- moving statements ------------------------------------------------------------------
    def drop(self, note_ids: list[str], target: str | None, row: int | None) -> bool:
        """A drop on a list or a header. The move runs after the drag has finished, so the
        source view is not changed under the drag's feet."""
        if target is None and all(n not in self.page.data.holder for n in note_ids):
            return False  # pool to pool: nothing to do
        QTimer.singleShot(0, self.page, lambda: self.move(note_ids, target, row))
        return True

    def move(
        self,
        note_ids: list[str],
        target: str | None,
        index: int | None = None,
        offer: bool = True,
    ) -> bool:
        """Move statements (drag, Ctrl+M, Del, Ctrl+Up/Down); statements arriving in an
        opgave bring the offer to place their near-duplicates too (``offer``)."""
        ws = self.page.ctx.workspace
        holder = self.page.data.holder
        arriving = [n for n in note_ids if holder.get(n) != target]
        if target is None:
            label = plural().return_statements(len(note_ids))
        else:
            label = plural().move_statements(len(note_ids))
        done = self._do(label, lambda: board_svc.move_notes(ws, note_ids, target, index))
        if done is not None and offer:
            self.page.offer_similar(arriving, target)
        return done is not None

    def to_pool(self) -> None:
        view = self.page.current_view
        if view is None or self._opgave_of(view) is None:
            return  # Delete in the pool removes nothing: statements are not deleted here
        ids = view.selected_ids()
        row = min((view.note_model().row_of(n) for n in ids), default=0)
        if ids and self.move(ids, None):
            self._select_row(view, row)

    def step(self, direction: int) -> None:
        """Ctrl+Up / Ctrl+Down: the selected statements one place up or down."""
        view = self.page.current_view
        opgave_id = self._opgave_of(view)
        if view is None or opgave_id is None:
            return
        ids = view.selected_ids()
        if not ids:
            return
        rows = [view.note_model().row_of(n) for n in ids]
        index = min(rows) - 1 if direction < 0 else max(rows) + 2
        if index < 0 or index > view.note_model().rowCount():
            return
        if self.move(ids, opgave_id, index):
            view.select_ids(ids)

    def choose_target(self) -> None:
        """Ctrl+M: "Move to opgave…" for the selected statements, by typing a title."""
        view = self.page.current_view
        ids = self._selection()
        if view is None or not ids:
            return
        here = self._opgave_of(view)
        data = self.page.data
        choices = [(i, data.title(i)) for i in data.order if i != here]
        extras = [(NEW_OPGAVE, self.tr("+ New opgave with these statements"))]
        if here is not None:
            extras.append((TO_POOL, self.tr("Back to the pool")))
        chooser = OpgaveChooser(
            self.page,
            self.tr("Move to opgave"),
            plural().move_statements_to(len(ids)),
            choices,
            extras,
        )
        row = min(view.note_model().row_of(n) for n in ids)

        def chosen(result: int) -> None:
            self.chooser = None
            self._back_from_dialog(view)
            target = chooser.chosen
            if not result or target is None:
                return
            if target == NEW_OPGAVE:
                self.new_opgave_with(ids)
            elif self.move(ids, None if target == TO_POOL else target):
                self._select_row(view, row)  # ready for the next one

        chooser.finished.connect(chosen)
        self.chooser = chooser
        chooser.open()

    def _back_from_dialog(self, view: NoteListView | None) -> None:
        """Give the keyboard back to the board (and its window) once a chooser closes."""
        self.page.window().activateWindow()
        if view is not None:
            view.setFocus()

    def _select_row(self, view: NoteListView, row: int) -> None:
        model = view.note_model()
        if model.rowCount():
            index = model.index(min(row, model.rowCount() - 1), 0)
            view.setCurrentIndex(index)

    def hop(self, step: int) -> None:
        """Alt+Left / Alt+Right: to the list beside this one."""
        lists = self.page.lists()
        current = self.page.current_view
        at = lists.index(current) if current in lists else 0
        target = lists[max(0, min(len(lists) - 1, at + step))]
        target.setFocus()
        if not target.currentIndex().isValid() and target.note_model().rowCount():
            target.setCurrentIndex(target.note_model().index(0, 0))

    # -- opgaven -----------------------------------------------------------------------------
    def new_opgave_with(self, note_ids: list[str]) -> bool:
        ws = self.page.ctx.workspace
        title = self.tr("New opgave")
        done = self._do(self.tr("new opgave"), lambda: svc.add_opgave(ws, title, note_ids))
        if done is not None and done.created:
            self.page.offer_similar(note_ids, done.created)
            self.page.edit_opgave(done.created)  # name it straight away
        return done is not None

    def split(self, opgave_id: str) -> None:
        column = self.page.columns.get(opgave_id)
        ids = column.view.selected_ids() if column else []
        if not ids:
            return
        ws = self.page.ctx.workspace
        title = self.tr("{title} (part 2)").format(title=self.page.data.title(opgave_id))
        done = self._do(
            self.tr("split opgave"), lambda: svc.split_opgave(ws, opgave_id, ids, title)
        )
        if done is not None and done.created:
            self.page.edit_opgave(done.created)

    def delete(self, opgave_id: str) -> None:
        ws = self.page.ctx.workspace
        if self._do(self.tr("delete opgave"), lambda: svc.delete_opgave(ws, opgave_id)):
            self._tell(self.tr("Opgave deleted; its statements are back in the pool (Ctrl+Z)."))

    def merge_into(self, keep_id: str) -> None:
        """Pick another opgave; its statements follow this one's, then it is gone."""
        data = self.page.data
        choices = [(i, data.title(i)) for i in data.order if i != keep_id]
        if not choices:
            return
        chooser = OpgaveChooser(
            self.page,
            self.tr("Merge opgaven"),
            self.tr("Which opgave merges into “{title}”? Its statements go below.").format(
                title=data.title(keep_id)
            ),
            choices,
        )

        def chosen(result: int) -> None:
            self.chooser = None
            self._back_from_dialog(None)
            gone = chooser.chosen
            if result and gone is not None:
                ws = self.page.ctx.workspace
                self._do(self.tr("merge opgaven"), lambda: svc.merge_opgaven(ws, keep_id, gone))

        chooser.finished.connect(chosen)
        self.chooser = chooser
        chooser.open()

    def move_opgave(self, opgave_id: str, step: int) -> None:
        order = self.page.data.order
        index = order.index(opgave_id) + step
        if 0 <= index < len(order):
            ws = self.page.ctx.workspace
            self._do(self.tr("move opgave"), lambda: svc.move_opgave(ws, opgave_id, index))
            column = self.page.columns.get(opgave_id)
            if column is not None:
                self.page.opgave_scroll.ensureWidgetVisible(column, 20, 0)

    def drop_opgave(self, opgave_id: str, onto: str) -> bool:
        """A header dropped on another header: the opgave takes that one's place."""
        order = self.page.data.order
        if opgave_id == onto or opgave_id not in order or onto not in order:
            return False
        index = order.index(onto)
        ws = self.page.ctx.workspace
        QTimer.singleShot(
            0,
            self.page,
            lambda: self._do(self.tr("move opgave"), lambda: svc.move_opgave(ws, opgave_id, index)),
        )
        return True

    def move_current_opgave(self, step: int) -> None:
        if self.page.current_opgave is not None:
            self.move_opgave(self.page.current_opgave, step)

    def _tell(self, message: str) -> None:
        status = getattr(self.page.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 6000)

    # -- menus -------------------------------------------------------------------------------
    def column_menu(self, opgave_id: str, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # made anew each time
        menu.addAction(self.tr("Write out…\tF2"), lambda: self.page.edit_opgave(opgave_id))
        menu.addSeparator()
        menu.addAction(
            self.tr("Move left\tCtrl+Shift+Left"), lambda: self.move_opgave(opgave_id, -1)
        )
        menu.addAction(
            self.tr("Move right\tCtrl+Shift+Right"), lambda: self.move_opgave(opgave_id, +1)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Merge with…"), lambda: self.merge_into(opgave_id))
        menu.addAction(self.tr("Split off the selected statements"), lambda: self.split(opgave_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete opgave"), lambda: self.delete(opgave_id))
        return menu

    def note_menu(self, view: NoteListView, position: QPoint) -> None:
        self.page.current_view = view
        ids = view.selected_ids()
        if not ids:
            return
        here = self._opgave_of(view)
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Move to opgave…\tCtrl+M"), self.choose_target)
        menu.addAction(
            self.tr("New opgave with these statements\tCtrl+Shift+N"),
            lambda: self.new_opgave_with(ids),
        )
        if here is not None:
            menu.addAction(self.tr("Back to the pool\tDel"), self.to_pool)
            menu.addAction(self.tr("Up\tCtrl+Up"), lambda: self.step(-1))
            menu.addAction(self.tr("Down\tCtrl+Down"), lambda: self.step(+1))
            menu.addAction(self.tr("Split off into a new opgave"), lambda: self.split(here))
        menu.popup(position)
