"""Pure rules of prioritising and the plan of action: ranking with ties, priority bands,
action statuses. No SQL, no Qt."""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class ActionStatus(StrEnum):
    PLANNED = "planned"  # gepland
    RUNNING = "running"  # lopend
    DONE = "done"  # gereed
    DROPPED = "dropped"  # vervallen


ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Vocabulary", "planned"),
    ActionStatus.RUNNING: QT_TRANSLATE_NOOP("Vocabulary", "running"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "dropped"),
}


class CountedPer(StrEnum):
    """What a vote round's columns are: the tables, the speaker roles, or the numbered
    participants (dot stickers on numbered name cards: anonymous, never a name)."""

    TABLE = "table"
    ROLE = "role"
    PARTICIPANT = "number"  # stored as "number": the column is 10 characters wide


MAX_DOTS = 10_000  # dots per group and opgave: more is a typing error
MAX_PARTICIPANTS = 500  # numbered name cards in one round


def competition_ranks(totals: Mapping[str, int]) -> dict[str, int]:
    """Rank 1 for the most votes; equal totals share a rank and the next rank skips
    ("1, 1, 3"), so a tie is visible and no opgave is placed above its equal."""
    ordered = sorted(totals.values(), reverse=True)
    first_at: dict[int, int] = {}
    for index, total in enumerate(ordered):
        first_at.setdefault(total, index + 1)
    return {key: first_at[total] for key, total in totals.items()}


def priority_for_rank(rank: int, total: int, ranked: int) -> int:
    """The opgave priority (3 high … 1 low, 0 none) a place in the ranking gives.

    The ranking is cut in thirds by rank, so tied opgaven always get the same priority;
    an opgave without a single vote gets none (0): nobody chose it.
    """
    if total <= 0 or ranked <= 0:
        return 0
    third = math.ceil(ranked / 3)
    if rank <= third:
        return 3
    if rank <= 2 * third:
        return 2
    return 1


# Rows there is one of per parent get an id derived from that parent: two advisors who
# each start the plan part of one opgave (or count the same vote cell) on their own copy
# make the same row, which the merge then decides like any edit — instead of two rows
# that the live-unique index (or the ranking's sum) cannot take.
_ONE_PER_PARENT = uuid.UUID("5d0c8a61-2f4e-4c57-b7f0-3e1d6a9c4b22")


def plan_part_id(opgave_id: str) -> str:
    return str(uuid.uuid5(_ONE_PER_PARENT, f"opgave_plan|{opgave_id}"))


def vote_id(
    round_id: str, opgave_id: str, table_id: str | None, role: str, participant: int | None = None
) -> str:
    cell = f"vote|{round_id}|{opgave_id}|{table_id or ''}|{role}"
    # A participant's cell adds its number; table and role cells keep the ids they had.
    return str(
        uuid.uuid5(_ONE_PER_PARENT, cell if participant is None else f"{cell}|{participant}")
    )


def participant_id(round_id: str, number: int) -> str:
    """The one row that says which role participant ``number`` of a round has."""
    return str(uuid.uuid5(_ONE_PER_PARENT, f"vote_participant|{round_id}|{number}"))
