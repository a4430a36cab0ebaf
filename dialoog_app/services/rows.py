"""Fetching the row an action names, and saying "not found" one way (``GoneError``).

A row can vanish between a click and the call (another screen removed it, an undo took
it back): the user then reads which kind of thing is gone, in Dutch, never a traceback.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from dialoog_app.domain.errors import GoneError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store.models import (
    AgendaItem,
    ClockEvent,
    DialogueTable,
    Meeting,
    MergeConflict,
    Note,
    Opgave,
    Row,
    utcnow,
)
from dialoog_app.store.plan_models import (
    ActionStatusChange,
    Expert,
    Indicator,
    Measurement,
    PlanAction,
    VoteRound,
)

from .notes_read import NOTE_GONE  # the SQL readers' too
from .project_rows import MEETING_GONE, TABLE_GONE

R = TypeVar("R", bound=Row)

OPGAVE_GONE = QT_TRANSLATE_NOOP("Errors", "That opgave no longer exists.")
ITEM_GONE = QT_TRANSLATE_NOOP("Errors", "That agenda item no longer exists.")
PRESS_GONE = QT_TRANSLATE_NOOP("Errors", "That press of the clock no longer exists.")
CONFLICT_GONE = QT_TRANSLATE_NOOP("Errors", "That merge conflict no longer exists.")
PLAN_ROW_GONE = QT_TRANSLATE_NOOP("Errors", "That part of the plan no longer exists.")
ROUND_GONE = QT_TRANSLATE_NOOP("Errors", "That voting round no longer exists.")

_GONE: dict[type[object], str] = {
    Meeting: MEETING_GONE,
    DialogueTable: TABLE_GONE,
    Note: NOTE_GONE,
    Opgave: OPGAVE_GONE,
    AgendaItem: ITEM_GONE,
    ClockEvent: PRESS_GONE,
    MergeConflict: CONFLICT_GONE,
    VoteRound: ROUND_GONE,
    Indicator: PLAN_ROW_GONE,
    Measurement: PLAN_ROW_GONE,
    PlanAction: PLAN_ROW_GONE,
    ActionStatusChange: PLAN_ROW_GONE,
    Expert: PLAN_ROW_GONE,
}


def gone(model: type[object]) -> GoneError:
    return GoneError(_GONE[model])


def get_row(session: Session, model: type[R], row_id: str | None, *, live: bool = False) -> R:
    """The row with this id (tombstoned too, unless ``live``), or ``GoneError``."""
    row = session.get(model, row_id) if row_id else None
    if row is None or (live and row.deleted_at is not None):
        raise gone(model)
    return row


def tombstone(row: Row) -> None:
    """Mark a row deleted; rows are never removed, so laptops can be merged later."""
    row.deleted_at = utcnow()


def revive(row: Row) -> None:
    """Undo a tombstone (the undo of a delete)."""
    row.deleted_at = None
