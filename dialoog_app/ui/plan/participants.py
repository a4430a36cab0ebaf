"""Counting per participant number on the Prioriteren screen: how many numbered name
cards the round has (it can grow as people come in) and, when the facilitator knows it,
the role a number carries — so the spread per role works for anonymous votes too. Never
a name. Every change is a service call and a ``DoneCommand``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QMenu, QSpinBox, QTableView, QWidget

from dialoog_app.domain.kinds import ROLE_LABELS, Role
from dialoog_app.domain.plan import MAX_PARTICIPANTS, CountedPer
from dialoog_app.services import votes
from dialoog_app.services.votes import RoundView

from ..context import UiContext
from ..undo import DoneCommand
from .vote_models import Group, VoteGridModel, header_lines

VOTING_ROLES = (Role.RESIDENT, Role.PROFESSIONAL, Role.CIVIL_SERVANT, Role.OTHER)


class ParticipantControls(QObject):
    """The "Participants" number in the screen's top bar and the role menu of a column."""

    def __init__(
        self,
        ctx: UiContext,
        grid: QTableView,
        current_round: Callable[[], RoundView | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.grid, self.current_round, self.page = ctx, grid, current_round, parent
        self.roles: dict[int, str] = {}  # the shown round's participant number → role
        self.shown = 0  # the shown round's number of participants, as last written
        self.count = QSpinBox(parent)
        self.count.setObjectName("participants")
        self.count.setRange(1, MAX_PARTICIPANTS)
        self.count.setToolTip(self.tr("How many numbered participants vote; add more here"))
        self.label = QLabel(self.tr("&Participants:"), parent)
        self.label.setBuddy(self.count)
        self.count.editingFinished.connect(self._count_edited)
        # Right-click a column (or its header), or the menu key in the grid: its role.
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        grid.customContextMenuRequested.connect(self._menu_at_cell)
        header = grid.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at_header)
        self.menu: QMenu | None = None

    def show_round(self, chosen: RoundView | None) -> None:
        shown = chosen is not None and chosen.counted_per is CountedPer.PARTICIPANT
        self.count.setVisible(shown)
        self.label.setVisible(shown)
        if shown and chosen is not None:
            self.shown = chosen.participants
            if not self.count.hasFocus():
                self.count.setValue(chosen.participants)

    def groups(self, chosen: RoundView, roles: dict[int, str]) -> list[Group]:
        metrics = self.grid.horizontalHeader().fontMetrics()
        self.roles = dict(roles)
        groups = []
        for number in range(1, chosen.participants + 1):
            name = self.tr("Participant %1").replace("%1", str(number))
            role = roles.get(number, "")
            role_label = _role_label(role) if role else ""
            label = header_lines(name, metrics) + (f"\n{role_label}" if role else "")
            tooltip = f"{name} ({role_label})" if role else name
            groups.append(Group(str(number), label, CountedPer.PARTICIPANT, tooltip))
        return groups

    # -- how many ----------------------------------------------------------------------------
    def _count_edited(self) -> None:
        chosen = self.current_round()
        wanted = self.count.value()
        if chosen is None or chosen.counted_per is not CountedPer.PARTICIPANT:
            return
        if wanted == self.shown:  # Enter, then leaving the field: one change, not two
            return
        ws, round_id = self.ctx.workspace, chosen.id
        before = self.ctx.attempt(self.page, lambda: votes.set_participants(ws, round_id, wanted))
        if before is None:
            self.count.setValue(self.shown)
            return
        self.shown = wanted
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("number of participants"),
                undo=lambda: votes.set_participants(ws, round_id, before),
                redo=lambda: votes.set_participants(ws, round_id, wanted),
            )
        )

    # -- a number's role ---------------------------------------------------------------------
    def _menu_at_header(self, pos: QPoint) -> None:
        header: QHeaderView = self.grid.horizontalHeader()
        self.role_menu(header.logicalIndexAt(pos), header.mapToGlobal(pos))

    def _menu_at_cell(self, pos: QPoint) -> None:
        index = self.grid.indexAt(pos)
        if not index.isValid():  # the menu key: the current cell's column
            index = self.grid.currentIndex()
            pos = self.grid.visualRect(index).center()
        self.role_menu(index.column(), self.grid.viewport().mapToGlobal(pos))

    def role_menu(self, column: int, at: QPoint) -> QMenu | None:
        """The menu of roles for the participant in ``column``; None for another round."""
        chosen = self.current_round()
        model = self.grid.model()
        if chosen is None or chosen.counted_per is not CountedPer.PARTICIPANT:
            return None
        if not isinstance(model, VoteGridModel) or not 0 <= column < len(model.groups):
            return None
        number = int(model.groups[column].key)
        current = self.roles.get(number, "")
        menu = QMenu(self.grid)
        title = self.tr("Role of participant %1").replace("%1", str(number))
        menu.addSection(title)
        choices = [(role.value, _role_label(role)) for role in VOTING_ROLES]
        choices.append(("", self.tr("role not known")))
        for role, text in choices:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(role == current)
            action.triggered.connect(
                lambda _checked=False, r=role: self.set_role(chosen.id, number, r)
            )
            menu.addAction(action)
        self.menu = menu
        menu.popup(at)
        return menu

    def set_role(self, round_id: str, number: int, role: str) -> None:
        ws = self.ctx.workspace
        before = self.ctx.attempt(
            self.page, lambda: votes.set_participant_role(ws, round_id, number, role)
        )
        if before is None or before == role:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("role of a participant"),
                undo=lambda: votes.set_participant_role(ws, round_id, number, before),
                redo=lambda: votes.set_participant_role(ws, round_id, number, role),
            )
        )


def _role_label(role: str) -> str:
    return QCoreApplication.translate("Vocabulary", ROLE_LABELS[Role(role)])
