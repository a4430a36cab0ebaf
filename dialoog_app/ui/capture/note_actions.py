"""Every change to a note: saved through the service first, then put on the undo stack.

Undo and redo call the services again and show the result wherever it belongs; the
commands name the table and hold only ids and values, so they keep working after the
facilitator has switched to another table (or the note has scrolled out of view).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services.events import Topic
from dialoog_app.services.notes_read import NoteRow
from dialoog_app.services.workspace import Workspace

from ..context import UiContext
from ..deferred import deferred
from ..undo import DoneCommand

if TYPE_CHECKING:
    from dialoog_app.services import notes as svc
    from dialoog_app.services.notes import NotePatch
else:  # at the first change: the screen paints without the ORM (ui/deferred.py)
    svc = deferred("dialoog_app.services.notes")

translate = QCoreApplication.translate


class OwnCommits:
    """Tells this screen's own note commits from those of other screens.

    The screen shows its own changes straight from the service's answer; only a change
    made elsewhere (the board, an import) calls for rereading the list. The workspace
    reports every commit synchronously, inside the service call, so the attribution is
    exact even when several commits share one turn of the event loop.
    """

    def __init__(self, ws: Workspace) -> None:
        self._mine = 0
        self.foreign = False  # a note changed elsewhere since the list was read
        ws.events.subscribe(self._heard)

    @contextmanager
    def mine(self) -> Iterator[None]:
        self._mine += 1
        try:
            yield
        finally:
            self._mine -= 1

    def _heard(self, topics: frozenset[Topic]) -> None:
        if Topic.NOTES in topics and not self._mine:
            self.foreign = True


class NoteActions:
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        own: OwnCommits,
        show: Callable[[NoteRow], None],
        table_name: Callable[[str], str],
    ) -> None:
        self.ctx = ctx
        self.own = own
        self.parent = parent
        self.show = show  # put the changed note where the screen shows it
        self.table_name = table_name

    def _label(self, what: str, note: NoteRow) -> str:
        return f"{what} ({self.table_name(note.table_id)})"

    def _do(self, change: Callable[[], NoteRow]) -> NoteRow:
        with self.own.mine():
            note = change()
        self.show(note)
        return note

    def added(self, note: NoteRow) -> None:
        """A note was saved (by the input): make the save undoable."""
        ws = self.ctx.workspace
        self.ctx.undo_stack.push(
            DoneCommand(
                self._label(translate("NoteActions", "save a note"), note),
                undo=lambda: self._do(lambda: svc.delete_note(ws, note.id)),
                redo=lambda: self._do(lambda: svc.restore_note(ws, note.id)),
            )
        )

    def change(self, note: NoteRow, patch: NotePatch, what: str) -> NoteRow | None:
        """Change a note; a refusal (an emptied text) is explained and changes nothing."""
        ws = self.ctx.workspace
        with self.own.mine():
            after = self.ctx.attempt(self.parent, lambda: svc.update_note(ws, note.id, patch))
        if after is None:
            return None
        self.show(after)
        before = svc.NotePatch(**{field: getattr(note, field) for field in patch.model_fields_set})
        self.ctx.undo_stack.push(
            DoneCommand(
                self._label(what, note),
                undo=lambda: self._do(lambda: svc.update_note(ws, note.id, before)),
                redo=lambda: self._do(lambda: svc.update_note(ws, note.id, patch)),
            )
        )
        return after

    def delete(self, note: NoteRow) -> None:
        ws = self.ctx.workspace
        self._do(lambda: svc.delete_note(ws, note.id))
        self.ctx.undo_stack.push(
            DoneCommand(
                self._label(translate("NoteActions", "delete a note"), note),
                undo=lambda: self._do(lambda: svc.restore_note(ws, note.id)),
                redo=lambda: self._do(lambda: svc.delete_note(ws, note.id)),
            )
        )

    # -- the usual changes, named for the undo history ---------------------------------
    def edit_text(self, note: NoteRow, text: str) -> NoteRow | None:
        return self.change(note, svc.NotePatch(text=text), translate("NoteActions", "edit a note"))

    def set_kind(self, note: NoteRow, kind: NoteKind) -> None:
        if kind != note.kind:
            self.change(note, svc.NotePatch(kind=kind), translate("NoteActions", "change the kind"))

    def set_role(self, note: NoteRow, role: Role) -> None:
        if role != note.role:
            self.change(note, svc.NotePatch(role=role), translate("NoteActions", "change the role"))

    def set_item(self, note: NoteRow, item_id: str | None) -> None:
        if item_id != note.agenda_item_id:
            self.change(
                note,
                svc.NotePatch(agenda_item_id=item_id),
                translate("NoteActions", "change the agenda item"),
            )

    def toggle_star(self, note: NoteRow) -> None:
        what = (
            translate("NoteActions", "unmark as important")
            if note.starred
            else translate("NoteActions", "mark as important")
        )
        self.change(note, svc.NotePatch(starred=not note.starred), what)
