"""Reading meetings and their tables: plain SQL, no ORM and no pydantic.

The Meetings screen is the one painted first, and ``ui/window_state`` checks the
remembered meeting before that; reading here lets both happen before SQLAlchemy has been
imported (store/project_file.py). ``services/meetings`` writes, and re-exports these.
"""

from __future__ import annotations

from . import project_rows
from .project_rows import MeetingRow, TableRow
from .reading import Readable


def list_meetings(source: Readable) -> list[MeetingRow]:
    """The live meetings, in the order the screens show them."""
    with source.read() as db:
        return project_rows.meetings(db)


def get_meeting(source: Readable, meeting_id: str) -> MeetingRow:
    """The meeting (a removed one too), or ``GoneError``."""
    with source.read() as db:
        return project_rows.meeting(db, meeting_id)


def list_tables(source: Readable, meeting_id: str) -> list[TableRow]:
    """The meeting's live tables, by position."""
    with source.read() as db:
        return project_rows.tables(db, [meeting_id])
