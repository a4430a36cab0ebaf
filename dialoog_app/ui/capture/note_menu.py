"""The right-click menu of a note: edit, important, kind, role, agenda item, delete."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QWidget

from dialoog_app.services.notes_read import NoteRow

from ..shortcuts import keys_text
from .markers import (
    KINDS,
    ROLES,
    STAR_SHORTCUT,
    kind_icon,
    kind_label,
    kind_shortcut,
    role_icon,
    role_label,
    role_shortcut,
    star_icon,
)
from .note_actions import NoteActions


def _add(
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    icon: QIcon | None = None,
    checked: bool | None = None,
) -> QAction:
    action = QAction(text, menu) if icon is None else QAction(icon, text, menu)
    action.triggered.connect(slot)
    if checked is not None:
        action.setCheckable(True)
        action.setChecked(checked)
    menu.addAction(action)
    return action


class NoteMenu(QMenu):
    def __init__(
        self,
        note: NoteRow,
        actions: NoteActions,
        items: list[tuple[str, str]],
        edit: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteMenu")
        _add(self, self.tr("Edit the text") + "\t" + keys_text("capture.edit_note"), edit)
        _add(
            self,
            self.tr("Important") + f"\t{STAR_SHORTCUT}",
            lambda: actions.toggle_star(note),
            star_icon(True),
            note.starred,
        )
        kinds = self.addMenu(self.tr("Kind"))
        for kind in KINDS:
            _add(
                kinds,
                f"{kind_label(kind)}\t{kind_shortcut(kind)}",
                partial(actions.set_kind, note, kind),
                kind_icon(kind),
                kind == note.kind,
            )
        roles = self.addMenu(self.tr("Role"))
        for role in ROLES:
            _add(
                roles,
                f"{role_label(role)}\t{role_shortcut(role)}",
                partial(actions.set_role, note, role),
                role_icon(role),
                role == note.role,
            )
        agenda = self.addMenu(self.tr("Agenda item"))
        choices: list[tuple[str | None, str]] = [*items, (None, self.tr("No agenda item"))]
        for item_id, title in choices:
            _add(
                agenda,
                title,
                partial(actions.set_item, note, item_id),
                checked=item_id == note.agenda_item_id,
            )
        self.addSeparator()
        _add(
            self,
            self.tr("Delete") + "\t" + keys_text("capture.delete_note"),
            lambda: actions.delete(note),
        )
