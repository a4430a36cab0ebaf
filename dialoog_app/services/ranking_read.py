"""The ranking of a vote round, read as SQL: the one rule the Prioriteren screen, the plan
document and ``dialoog info`` share (services/reading.py: no SQLAlchemy on this path).

Ranks are competition ranks (1, 1, 3: ``domain.plan.competition_ranks``); ties keep the
board's order, so the ranking does not jump about while votes arrive. A numbered
participant's dots count for the role the number carries, if one is set, and in the total
always.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from dialoog_app.domain.plan import competition_ranks

LIVE_OPGAVEN = "SELECT id, title FROM opgave WHERE deleted_at IS NULL ORDER BY position"


@dataclass(frozen=True, kw_only=True)  # not pydantic: `dialoog info` reads it too
class RankedOpgave:
    """One line of the ranking: the total, its rank (ties share one) and the spread."""

    opgave_id: str
    title: str
    total: int
    rank: int
    by_role: dict[str, int]
    by_table: dict[str, int]
    voters: int = 0  # counted per participant: how many numbers gave it a dot


def participant_roles(db: Any, round_id: str) -> dict[int, str]:
    """Participant number → role, for the numbers of a round that carry one."""
    return dict(
        db.execute(
            "SELECT number, role FROM vote_participant"
            " WHERE round_id = ? AND deleted_at IS NULL AND role != ''",
            (round_id,),
        )
    )


def ranking_of(db: Any, round_id: str) -> list[RankedOpgave]:
    """Every live opgave ranked by its dots in the round, with the spread per table/role."""
    opgaven = list(db.execute(LIVE_OPGAVEN))
    totals: dict[str, int] = {o: 0 for o, _title in opgaven}
    by_role: dict[str, dict[str, int]] = defaultdict(dict)
    by_table: dict[str, dict[str, int]] = defaultdict(dict)
    voters: dict[str, int] = defaultdict(int)
    roles = participant_roles(db, round_id)
    for opgave_id, table_id, role, participant, count in db.execute(
        "SELECT opgave_id, table_id, role, participant, count FROM vote"
        " WHERE round_id = ? AND deleted_at IS NULL AND count > 0",
        (round_id,),
    ):
        if opgave_id not in totals:
            continue  # a deleted opgave's votes
        totals[opgave_id] += count
        if participant is not None:
            voters[opgave_id] += 1
            role = roles.get(participant, "")
        if table_id is not None:
            spread = by_table[opgave_id]
            spread[table_id] = spread.get(table_id, 0) + count
        elif role:
            spread = by_role[opgave_id]
            spread[role] = spread.get(role, 0) + count
    ranks = competition_ranks(totals)
    lines = [
        RankedOpgave(
            opgave_id=o,
            title=title,
            total=totals[o],
            rank=ranks[o],
            by_role=dict(by_role[o]),
            by_table=dict(by_table[o]),
            voters=voters[o],
        )
        for o, title in opgaven
    ]
    return sorted(lines, key=lambda line: line.rank)
