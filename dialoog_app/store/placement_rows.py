"""Bulk writes of ``opgave_note`` rows (where statements sit in opgaven), in the caller's
transaction, straight to the driver with ``executemany``.

A board action may renumber hundreds of placements; going through SQL expression
compilation and per-row parameter processing for each would cost more than the writes
themselves. The timestamp is converted once, by the column's own type, so what is stored
is exactly what the ORM would store.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from .models import OpgaveNote

# (row id, opgave id, position) for a row that moves or comes back to life
Placed = tuple[str, str, int]
# (row id, opgave id, note id, position) for a new row
NewRow = tuple[str, str, str, int]


def write_placement_rows(
    session: Session,
    device_id: str,
    now: datetime,
    *,
    tombstones: Sequence[str] = (),
    moves: Sequence[Placed] = (),
    revivals: Sequence[Placed] = (),
    inserts: Sequence[NewRow] = (),
) -> None:
    """Tombstones first: a note's old row must be dead before another row of it lives."""
    connection = session.connection()
    to_stored = OpgaveNote.__table__.c.updated_at.type.bind_processor(connection.dialect)
    stamp = to_stored(now) if to_stored is not None else now
    if tombstones:
        connection.exec_driver_sql(
            "UPDATE opgave_note SET deleted_at = ?, updated_at = ?, device_id = ? WHERE id = ?",
            [(stamp, stamp, device_id, row) for row in tombstones],
        )
    if moves:
        connection.exec_driver_sql(
            "UPDATE opgave_note SET opgave_id = ?, position = ?, updated_at = ?, device_id = ?"
            " WHERE id = ?",
            [(opgave, position, stamp, device_id, row) for row, opgave, position in moves],
        )
    if revivals:
        connection.exec_driver_sql(
            "UPDATE opgave_note SET opgave_id = ?, position = ?, deleted_at = NULL,"
            " updated_at = ?, device_id = ? WHERE id = ?",
            [(opgave, position, stamp, device_id, row) for row, opgave, position in revivals],
        )
    if inserts:
        connection.exec_driver_sql(
            "INSERT INTO opgave_note (id, opgave_id, note_id, position, created_at, updated_at,"
            " device_id, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
            [
                (row, opgave, note, position, stamp, stamp, device_id)
                for row, opgave, note, position in inserts
            ],
        )
