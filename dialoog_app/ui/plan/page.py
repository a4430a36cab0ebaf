"""The "Prioriteren" screen: the facilitator types the dots per opgave and table (or role),
Tab to the next cell; the ranking beside it fills in as the votes arrive; one button sets
the opgaven's priority from the ranking (undoable with Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoog_app.domain.kinds import ROLE_PLURAL_LABELS, Role
from dialoog_app.domain.plan import CountedPer
from dialoog_app.services import votes
from dialoog_app.services.events import Topic
from dialoog_app.services.ranking_read import RankedOpgave
from dialoog_app.services.votes import RoundView

from ..board.style import priority_labels
from ..context import UiContext
from ..undo import DoneCommand
from .participants import VOTING_ROLES, ParticipantControls
from .round_dialog import RoundDialog
from .vote_models import DotsDelegate, Group, RankingModel, VoteGridModel, header_lines
from .vote_projector import VoteProjector

REFRESH_TOPICS = {Topic.PLAN, Topic.OPGAVEN, Topic.TABLES, Topic.MEETINGS}


class PrioritisePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rounds: list[RoundView] = []
        self.setObjectName("prioritisePage")

        self.round_combo = QComboBox(self)
        self.round_combo.setMinimumWidth(220)
        round_label = QLabel(self.tr("Voting &round:"), self)
        round_label.setBuddy(self.round_combo)
        self.new_round_button = QPushButton(self.tr("New round…"), self)
        self.take_over_button = QPushButton(self.tr("Take over priorities"), self)
        self.projector_button = QPushButton(self.tr("Projector view"), self)
        self.projector_button.setToolTip(self.tr("The ranking in large bars, for the room"))
        self.projector: VoteProjector | None = None
        self.take_over_button.setToolTip(
            self.tr("Set each opgave's priority from this ranking: top third high, no votes none")
        )
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.notice = QLabel(self)  # what the last action did; stays until the next one
        self.notice.setObjectName("notice")

        self.grid_model = VoteGridModel(self)
        self.grid_model.on_edit = self._edit_votes
        self.grid = QTableView(self)
        self.grid.setObjectName("voteGrid")
        self.grid.setAccessibleName(self.tr("Votes per opgave"))
        self.grid.setModel(self.grid_model)
        self.grid.setItemDelegate(DotsDelegate(self.grid))
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Columns as wide as their header, which breaks long names onto lines (a role in
        # a long language, "Deelnemer 12"): never cut off; the whole name as a tooltip.
        # Sized from the header alone (not ResizeToContents, which would ask every cell).
        columns = self.grid.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 24)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.participants = ParticipantControls(ctx, self.grid, lambda: self.current_round, self)

        self.ranking_model = RankingModel(self)
        self.ranking_model.headers = (
            self.tr("Rank"),
            self.tr("Opgave"),
            self.tr("Votes"),
            self.tr("Where from"),
            self.tr("Priority"),
        )
        self.ranking = QTableView(self)
        self.ranking.setObjectName("ranking")
        self.ranking.setAccessibleName(self.tr("Opgaven ranked by votes"))
        self.ranking.setModel(self.ranking_model)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking.verticalHeader().hide()
        # Widths from the font, not measured over every row: the screen opens as fast with
        # 60 opgaven as with 6 (tests/benchmarks/bench_plan.py).
        header = self.ranking.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance
        header.resizeSection(0, width("Plaats") + 24)
        header.resizeSection(2, width("Stemmen") + 24)
        header.resizeSection(4, width("gemiddelde prioriteit") + 24)

        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_combo)
        top.addWidget(self.new_round_button)
        top.addWidget(self.participants.label)
        top.addWidget(self.participants.count)
        top.addStretch(1)
        top.addWidget(self.projector_button)
        top.addWidget(self.take_over_button)
        panes = QHBoxLayout()
        panes.addWidget(self.grid, 3)
        panes.addWidget(self.ranking, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        lines = QHBoxLayout()
        lines.addWidget(self.hint, 1)
        lines.addWidget(self.notice)
        layout.addLayout(lines)
        layout.addLayout(panes, 1)

        self.round_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.new_round_button.clicked.connect(self.new_round)
        self.take_over_button.clicked.connect(self.take_over_priorities)
        self.projector_button.clicked.connect(self.open_projector)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    @property
    def current_round(self) -> RoundView | None:
        index = self.round_combo.currentIndex()
        return self.rounds[index] if 0 <= index < len(self.rounds) else None

    def _on_changed(self, topics: frozenset[Topic]) -> None:
        if topics & REFRESH_TOPICS:
            self.reload()

    def reload(self) -> None:
        current = self.current_round
        data = votes.voting_screen(self.ctx.workspace, current.id if current else None)
        self.rounds = data.rounds
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self.rounds:
            date = f" ({r.held_on.day}-{r.held_on.month}-{r.held_on.year})" if r.held_on else ""
            self.round_combo.addItem(r.name + date, r.id)
        ids = [r.id for r in self.rounds]
        keep = ids.index(current.id) if current and current.id in ids else len(ids) - 1
        self.round_combo.setCurrentIndex(keep)
        self.round_combo.blockSignals(False)

        chosen = self.current_round
        self.participants.show_round(chosen)
        self.take_over_button.setEnabled(chosen is not None)
        self.grid.setEnabled(chosen is not None)
        if chosen is None:
            self.hint.setText(self.tr("Start a voting round with “New round…”."))
            self.grid_model.set_contents([], [], {})
            self.ranking_model.set_rows([], [])
            self._project("", [])
            return
        self.hint.setText(self.tr("Type the number of dots in a cell; Tab goes to the next one."))
        groups = self._groups(chosen, data.tables, data.participant_roles)
        columns_header = self.grid.horizontalHeader()
        self.grid_model.set_contents([(o, t) for o, t, _p in data.opgaven], groups, data.grid)
        for column in range(len(groups)):
            least = columns_header.sectionSizeFromContents(column).width()
            columns_header.resizeSection(column, max(least, columns_header.minimumSectionSize()))
        priorities = {o: p for o, _t, p in data.opgaven}
        labels = {g.key: g.tooltip or g.label for g in groups}
        if chosen.counted_per is CountedPer.PARTICIPANT:  # the spread is per role
            labels = {r.value: _role_plural(r) for r in VOTING_ROLES}
        lines = data.ranking
        self.ranking_model.set_rows(
            [line.opgave_id for line in lines],
            [self._ranking_row(line, lines, labels, priorities) for line in lines],
        )
        self._project(chosen.name, lines)

    def _project(self, round_name: str, lines: list[RankedOpgave]) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_ranking(round_name, lines)

    def open_projector(self) -> None:
        """The second window; it fills in with every vote typed here."""
        if self.projector is None:
            self.projector = VoteProjector(self)
        self.projector.show()
        self.projector.raise_()
        self.window().activateWindow()  # the typing goes on here
        self.reload()

    def _groups(
        self, chosen: RoundView, tables: list[tuple[str, str, str]], roles: dict[int, str]
    ) -> list[Group]:
        metrics = self.grid.horizontalHeader().fontMetrics()
        if chosen.counted_per is CountedPer.PARTICIPANT:
            return self.participants.groups(chosen, roles)
        if chosen.counted_per is CountedPer.ROLE:
            return [
                Group(
                    r.value,
                    header_lines(_role_plural(r), metrics),
                    CountedPer.ROLE,
                    _role_plural(r),
                )
                for r in VOTING_ROLES
            ]
        several = len({meeting for _t, meeting, _n in tables}) > 1
        groups = []
        for table_id, meeting, name in tables:
            whole = f"{meeting}: {name}" if several else name
            groups.append(Group(table_id, header_lines(whole, metrics), CountedPer.TABLE, whole))
        return groups

    def _ranking_row(
        self,
        line: RankedOpgave,
        lines: list[RankedOpgave],
        labels: dict[str, str],
        priorities: dict[str, int],
    ) -> tuple[str, ...]:
        tied = line.total > 0 and sum(1 for other in lines if other.rank == line.rank) > 1
        rank = f"{line.rank}=" if tied else str(line.rank)
        spread = {**line.by_table, **line.by_role}
        parts = [f"{labels.get(key, key)} {count}" for key, count in spread.items()]
        if unknown := line.total - sum(spread.values()):  # numbers without a known role
            parts.append(self.tr("role not known %1").replace("%1", str(unknown)))
        where = " · ".join(parts)
        if len(spread) == 1 and not unknown and len(labels) > 1:
            # A favourite of one table or one role only: say so, it matters for the plan.
            where = self.tr("only %1").replace("%1", labels.get(next(iter(spread)), ""))
            where += f" ({line.total})"
        priority = priority_labels()[max(0, min(3, priorities.get(line.opgave_id, 0)))]
        return (rank, line.title, str(line.total), where, priority)

    # -- actions -----------------------------------------------------------------------------
    def _edit_votes(self, opgave_id: str, group: Group, count: int) -> bool:
        chosen = self.current_round
        if chosen is None:
            return False
        ws = self.ctx.workspace
        where = group.where()

        def write(value: int) -> int:
            return votes.set_votes(ws, chosen.id, opgave_id, value, **where)  # type: ignore[arg-type]

        before = self.ctx.attempt(self, lambda: write(count))
        if before is None:
            return False
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("enter votes"), undo=lambda: write(before), redo=lambda: write(count)
            )
        )
        return True

    def new_round(self) -> None:
        dialog = RoundDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, held_on, counted_per, participants = dialog.values()
        ws = self.ctx.workspace
        made = self.ctx.attempt(
            self,
            lambda: votes.add_round(
                ws, name, held_on=held_on, counted_per=counted_per, participants=participants
            ),
        )
        if made is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("new voting round"),
                undo=lambda: votes.delete_round(ws, made.id),
                redo=lambda: votes.restore_round(ws, made.id),
            )
        )
        self.reload()
        self.round_combo.setCurrentIndex(len(self.rounds) - 1)
        self.grid.setFocus()
        self.grid.setCurrentIndex(self.grid_model.index(0, 0))

    def take_over_priorities(self) -> None:
        chosen = self.current_round
        if chosen is None:
            return
        ws = self.ctx.workspace
        change = self.ctx.attempt(self, lambda: votes.priorities_from_ranking(ws, chosen.id))
        if change is None:
            return
        self.ctx.undo_stack.push(
            DoneCommand(
                self.tr("take over priorities"),
                undo=lambda: votes.restore_priorities(ws, change.before),
                redo=lambda: votes.restore_priorities(ws, change.after),
            )
        )
        self.notice.setText(
            self.tr("The priorities now follow the ranking of “%1”. Undo with Ctrl+Z.").replace(
                "%1", chosen.name
            )
        )


def _role_plural(role: Role) -> str:
    return QCoreApplication.translate("Vocabulary", ROLE_PLURAL_LABELS[role])
