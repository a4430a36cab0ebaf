"""The "Templates" menu: start from a built-in or one's own template; save the agenda as one.

The menu is rebuilt each time it opens, so a template saved in another window or project
is there at once. Files that are not templates are listed, greyed out, with the reason.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from dialoog_app.domain.errors import UserError
from dialoog_app.services import agenda as svc
from dialoog_app.services import agenda_templates as templates
from dialoog_app.services import clock as clock_service
from dialoog_app.services.agenda_templates import TemplateRef

from .. import i18n
from ..context import UiContext, show_error
from ..undo import DoneCommand
from .agenda_model import duration_text
from .save_template_dialog import SaveTemplateDialog

if TYPE_CHECKING:
    from .agenda_editor import AgendaEditor

MENU_TEXT_LIMIT = 90


class TemplateMenu(QMenu):
    def __init__(self, ctx: UiContext, editor: AgendaEditor) -> None:
        super().__init__(editor)
        self.setObjectName("templateMenu")
        self.ctx = ctx
        self.editor = editor
        self.setToolTipsVisible(True)
        self.aboutToShow.connect(self.rebuild)

    def builtin_refs(self) -> list[TemplateRef]:
        return templates.catalogue().builtin

    def rebuild(self) -> None:
        self.clear()
        catalogue = templates.catalogue()
        self.addSection(self.tr("Start from a template"))
        for ref in catalogue.builtin:
            self._add_template_action(ref)
        if catalogue.user:
            self.addSection(self.tr("Your own templates"))
            for ref in catalogue.user:
                self._add_template_action(ref)
        for problem in catalogue.problems:
            message = i18n.text(problem)
            short = message if len(message) <= MENU_TEXT_LIMIT else message[:MENU_TEXT_LIMIT] + "…"
            action = self.addAction("⚠ " + short)
            action.setToolTip(message)
            action.setEnabled(False)
        self.addSeparator()
        save = self.addAction(self.tr("Save this agenda as a template…"), self.save_as_template)
        save.setObjectName("saveAsTemplate")
        save.setEnabled(bool(self.editor.model.rows))
        if catalogue.user:
            remove_menu = self.addMenu(self.tr("Remove one of your templates"))
            for ref in catalogue.user:
                remove_menu.addAction(ref.name, partial(self.remove_user_template, ref))

    def _add_template_action(self, ref: TemplateRef) -> None:
        action = self.addAction(
            self.tr("{name} — {length}").format(
                name=ref.name, length=duration_text(ref.total_minutes)
            ),
            partial(self.apply_ref, ref),
        )
        # As rich text, so Qt wraps the description instead of one long cut-off line.
        action.setToolTip(f"<p>{html.escape(ref.description)}</p>")
        action.setData(ref.key)

    # -- actions ----------------------------------------------------------------------------
    def apply_ref(self, ref: TemplateRef) -> None:
        meeting_id = self.editor.meeting_id
        if meeting_id is None:
            return
        template = self.ctx.attempt(self.editor, lambda: templates.load(ref))
        if template is None:
            return
        if clock_service.snapshot(self.ctx.workspace, meeting_id).presses and not self._confirm(
            self.tr(
                "The clock of this meeting has already been started. If you replace the "
                "agenda now, the times recorded so far no longer match its items. "
                "Replace it anyway?"
            )
        ):
            return
        self.editor.apply_template(template)

    def save_as_template(self) -> None:
        if self.editor.meeting_id is not None:
            SaveTemplateDialog(self._save, self.editor).exec()

    def _save(self, name: str, description: str) -> str | None:
        """Save from the dialog: None when saved, else why not ("" when the user said no)."""
        meeting_id = self.editor.meeting_id
        assert meeting_id is not None
        try:
            template = svc.agenda_as_template(self.ctx.workspace, meeting_id, name, description)
            replace = templates.existing_user_template(template.name) is not None
            if replace and not self._confirm(
                self.tr("There is already a template called “{name}”. Replace it?").format(
                    name=template.name
                )
            ):
                return ""
            ref = templates.save_user_template(template, replace=replace)
        except UserError as refusal:
            return i18n.text(refusal.text)
        self.editor.say(
            self.tr(
                "Saved as template “{name}”: it can be used in any meeting and any project."
            ).format(name=ref.name)
        )
        return None

    def remove_user_template(self, ref: TemplateRef) -> None:
        try:
            content = templates.delete_user_template(ref)
        except (UserError, OSError) as error:
            message = i18n.text(error.text) if isinstance(error, UserError) else str(error)
            show_error(self.editor, message)
            return

        def remove_again() -> None:
            again = templates.existing_user_template(content.name)
            if again is not None:
                templates.delete_user_template(again)

        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("remove template"),
                undo=lambda: templates.save_user_template(content, replace=True),
                redo=remove_again,
            )
        )
        self.editor.say(
            self.tr("Template “{name}” removed. Ctrl+Z brings it back.").format(name=content.name)
        )

    def _confirm(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Dialoog",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.editor if isinstance(self.editor, QWidget) else None,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
