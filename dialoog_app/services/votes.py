"""Dot voting on opgaven (Prioriteren): rounds, counts per table, role or participant
number, the ranking, and the opgave priority set from it — each step undoable.

A count is stored per (round, opgave, group); a group is a table, a speaker role or a
participant number (dot stickers on numbered name cards). The votes are anonymous: only
counts exist; a number may carry a role (``vote_participant``), never a name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.domain.kinds import Role
from dialoog_app.domain.plan import (
    MAX_DOTS,
    MAX_PARTICIPANTS,
    CountedPer,
    participant_id,
    priority_for_rank,
    vote_id,
)
from dialoog_app.store.models import DialogueTable, Meeting, Opgave
from dialoog_app.store.plan_models import Vote, VoteParticipant, VoteRound

from . import ranking_read
from .events import Topic
from .ordering import insert_at
from .ranking_read import RankedOpgave, ranking_of
from .rows import get_row, revive, tombstone
from .workspace import Workspace

ROUND_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A voting round needs a name.")
DOTS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A number of votes is a whole number from 0 to {max}."
)
GROUP_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "Votes are counted per table, per role or per participant number."
)
PARTICIPANTS_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "The number of participants is a whole number from {low} to {max}."
)


class RoundView(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: str
    name: str
    held_on: dt.date | None
    counted_per: CountedPer
    position: int
    participants: int  # counted per participant number: the numbers 1 … participants


class PriorityChange(BaseModel):
    """Priorities per opgave before and after "take over the ranking", for undo/redo."""

    model_config = ConfigDict(frozen=True)

    before: dict[str, int]
    after: dict[str, int]


def dots(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DOTS:
        raise ValidationError(DOTS_OUT_OF_RANGE, max=f"{MAX_DOTS:,}".replace(",", "."))
    return value


def _live_rounds(session: Session, project_id: str) -> list[VoteRound]:
    query = (
        select(VoteRound)
        .where(VoteRound.project_id == project_id, VoteRound.deleted_at.is_(None))
        .order_by(VoteRound.position)
    )
    return list(session.scalars(query))


def list_rounds(ws: Workspace) -> list[RoundView]:
    with ws.unit_of_work() as uow:
        project_id = ws.store.project_row(uow.session).id
        return [RoundView.model_validate(r) for r in _live_rounds(uow.session, project_id)]


def add_round(
    ws: Workspace,
    name: str,
    *,
    held_on: dt.date | None = None,
    counted_per: CountedPer = CountedPer.TABLE,
    participants: int = 0,
) -> RoundView:
    name = validate.title(name, ROUND_NEEDS_NAME)
    per_number = CountedPer(counted_per) is CountedPer.PARTICIPANT
    participants = _participants(participants, 1) if per_number else 0
    with ws.unit_of_work() as uow:
        project_id = ws.store.project_row(uow.session).id
        row = VoteRound(
            project_id=project_id,
            name=name,
            held_on=held_on,
            counted_per=CountedPer(counted_per).value,
            participants=participants,
            device_id=ws.store.device_id,
        )
        insert_at(_live_rounds(uow.session, project_id), row, None)
        uow.session.add(row)
        uow.session.flush()
        uow.changed(Topic.PLAN)
        return RoundView.model_validate(row)


def delete_round(ws: Workspace, round_id: str) -> None:
    with ws.unit_of_work() as uow:
        tombstone(get_row(uow.session, VoteRound, round_id, live=True))
        uow.changed(Topic.PLAN)


def restore_round(ws: Workspace, round_id: str) -> None:
    with ws.unit_of_work() as uow:
        revive(get_row(uow.session, VoteRound, round_id))
        uow.changed(Topic.PLAN)


def _participants(value: int, low: int) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not low <= value <= MAX_PARTICIPANTS
    ):
        raise ValidationError(PARTICIPANTS_OUT_OF_RANGE, low=low, max=MAX_PARTICIPANTS)
    return value


def set_participants(ws: Workspace, round_id: str, participants: int) -> int:
    """How many numbered participants a round has (it can grow as people come in);
    never fewer than the highest number that voted. Returns the old number, for undo."""
    with ws.unit_of_work() as uow:
        s = uow.session
        row = get_row(s, VoteRound, round_id, live=True)
        if CountedPer(row.counted_per) is not CountedPer.PARTICIPANT:
            raise ValidationError(GROUP_UNKNOWN)
        highest = s.scalar(
            select(func.max(Vote.participant)).where(
                Vote.round_id == round_id, Vote.deleted_at.is_(None), Vote.count > 0
            )
        )
        before = row.participants
        row.participants = _participants(participants, max(1, highest or 0))
        uow.changed(Topic.PLAN)
        return before


def set_participant_role(ws: Workspace, round_id: str, number: int, role: str) -> str:
    """The role participant ``number`` has ("" = not known); returns the old one."""
    if role and role not in {r.value for r in Role}:
        raise ValidationError(GROUP_UNKNOWN)
    with ws.unit_of_work() as uow:
        s = uow.session
        get_row(s, VoteRound, round_id, live=True)
        row = s.get(VoteParticipant, participant_id(round_id, number))
        if row is None:
            row = VoteParticipant(
                id=participant_id(round_id, number),
                round_id=round_id,
                number=number,
                role="",
                device_id=ws.store.device_id,
            )
            s.add(row)
        before = "" if row.deleted_at is not None else row.role
        if row.deleted_at is not None:
            revive(row)
        if row.role != role:
            row.role = role
        uow.changed(Topic.PLAN)
        return before


def participant_roles(session: Session, round_id: str) -> dict[int, str]:
    session.flush()  # the SQL below reads what this unit of work changed too
    return ranking_read.participant_roles(_db(session), round_id)


def _db(session: Session) -> Any:
    """The session's DB-API connection, for the SQL readers shared with the CLI."""
    return session.connection().connection.driver_connection


Group = tuple[str | None, str, int | None]  # (table id, role, participant number)


def _group(table_id: str | None, role: str, participant: int | None) -> Group:
    if sum((table_id is not None, bool(role), participant is not None)) != 1:
        raise ValidationError(GROUP_UNKNOWN)
    if role and role not in {r.value for r in Role}:
        raise ValidationError(GROUP_UNKNOWN)
    if participant is not None:
        _participants(participant, 1)
    return table_id, role, participant


def set_votes(
    ws: Workspace,
    round_id: str,
    opgave_id: str,
    count: int,
    *,
    table_id: str | None = None,
    role: str = "",
    participant: int | None = None,
) -> int:
    """Set one cell of the grid; returns the count it had (0 if none), for undo."""
    count = dots(count)
    table_id, role, participant = group = _group(table_id, role, participant)
    with ws.unit_of_work() as uow:
        s = uow.session
        get_row(s, VoteRound, round_id, live=True)
        get_row(s, Opgave, opgave_id, live=True)
        query = select(Vote).where(
            Vote.round_id == round_id,
            Vote.opgave_id == opgave_id,
            Vote.role == role,
            Vote.deleted_at.is_(None),
        )
        query = query.where(
            Vote.table_id.is_(None) if table_id is None else Vote.table_id == table_id,
            Vote.participant.is_(None) if participant is None else Vote.participant == participant,
        )
        existing = s.scalars(query).first()
        before = existing.count if existing is not None else 0
        if existing is None and (dead := s.get(Vote, vote_id(round_id, opgave_id, *group))):
            revive(dead)  # a cell's row comes back under its one id
            existing = dead
        if existing is None:
            s.add(
                Vote(
                    id=vote_id(round_id, opgave_id, *group),
                    round_id=round_id,
                    opgave_id=opgave_id,
                    table_id=table_id,
                    role=role,
                    participant=participant,
                    count=count,
                    device_id=ws.store.device_id,
                )
            )
        elif existing.count != count:
            existing.count = count
        uow.changed(Topic.PLAN)
        return before


def vote_grid(ws: Workspace, round_id: str) -> dict[tuple[str, str], int]:
    """The counts of a round: (opgave id, group) → count; a group is a table id, a role or
    a participant number (as text: "12")."""
    with ws.unit_of_work() as uow:
        return _grid(uow.session, round_id)


def _grid(session: Session, round_id: str) -> dict[tuple[str, str], int]:
    query = select(Vote.opgave_id, Vote.table_id, Vote.role, Vote.participant, Vote.count).where(
        Vote.round_id == round_id, Vote.deleted_at.is_(None)
    )
    return {(o, t or r or str(p)): c for o, t, r, p, c in session.execute(query)}


def ranking_in(session: Session, round_id: str) -> list[RankedOpgave]:
    session.flush()  # the SQL below reads what this unit of work changed too
    return ranking_of(_db(session), round_id)


def ranking(ws: Workspace, round_id: str) -> list[RankedOpgave]:
    """Every live opgave, most votes first; equal totals share a rank ("1, 1, 3")."""
    with ws.unit_of_work() as uow:
        get_row(uow.session, VoteRound, round_id)
        return ranking_in(uow.session, round_id)


def priorities_from_ranking(ws: Workspace, round_id: str) -> PriorityChange:
    """Set every opgave's priority from the round's ranking (top third high …, no votes
    none). Returns the priorities before and after; ``restore_priorities`` undoes it."""
    with ws.unit_of_work() as uow:
        s = uow.session
        get_row(s, VoteRound, round_id, live=True)
        lines = ranking_in(s, round_id)
        voted = sum(1 for line in lines if line.total > 0)
        after = {line.opgave_id: priority_for_rank(line.rank, line.total, voted) for line in lines}
        before = _write_priorities(s, after)
        uow.changed(Topic.OPGAVEN, Topic.PLAN)
        return PriorityChange(before=before, after=after)


def restore_priorities(ws: Workspace, priorities: dict[str, int]) -> None:
    with ws.unit_of_work() as uow:
        _write_priorities(uow.session, priorities)
        uow.changed(Topic.OPGAVEN, Topic.PLAN)


def _write_priorities(session: Session, priorities: dict[str, int]) -> dict[str, int]:
    before: dict[str, int] = {}
    for opgave_id, value in priorities.items():
        opgave = get_row(session, Opgave, opgave_id)
        before[opgave_id] = opgave.priority
        if opgave.priority != value:
            opgave.priority = validate.priority(value)
    return before


class VotingScreen(BaseModel):
    """Everything the Prioriteren screen shows, read in one unit of work."""

    model_config = ConfigDict(frozen=True)

    rounds: list[RoundView]
    opgaven: list[tuple[str, str, int]]  # (id, title, priority), board order
    tables: list[tuple[str, str, str]]  # (id, meeting title, table name), in order
    grid: dict[tuple[str, str], int]
    ranking: list[RankedOpgave]
    participant_roles: dict[int, str] = {}  # counted per participant: number → role


def voting_screen(ws: Workspace, round_id: str | None) -> VotingScreen:
    """The rounds; and for ``round_id`` (None: the last round) its grid and ranking."""
    with ws.unit_of_work() as uow:
        s = uow.session
        project_id = ws.store.project_row(s).id
        rounds = [RoundView.model_validate(r) for r in _live_rounds(s, project_id)]
        if round_id not in {r.id for r in rounds}:
            round_id = rounds[-1].id if rounds else None
        opgaven = [
            (o, t, p)
            for o, t, p in s.execute(
                select(Opgave.id, Opgave.title, Opgave.priority)
                .where(Opgave.deleted_at.is_(None))
                .order_by(Opgave.position)
            )
        ]
        tables = [
            (t, m, n)
            for t, m, n in s.execute(
                select(DialogueTable.id, Meeting.title, DialogueTable.name)
                .join(Meeting, Meeting.id == DialogueTable.meeting_id)
                .where(DialogueTable.deleted_at.is_(None), Meeting.deleted_at.is_(None))
                .order_by(Meeting.position, DialogueTable.position)
            )
        ]
        return VotingScreen(
            rounds=rounds,
            opgaven=opgaven,
            tables=tables,
            grid=_grid(s, round_id) if round_id else {},
            ranking=ranking_in(s, round_id) if round_id else [],
            participant_roles=participant_roles(s, round_id) if round_id else {},
        )
