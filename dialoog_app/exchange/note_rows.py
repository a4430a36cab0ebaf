"""A sheet and a column mapping → the notes to import, and every row that cannot be.

Pure: no file, no database. Each row gets a stable key from its cells (and how many
identical rows came before it), so importing the same file again finds its notes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from dialoog_app.domain.kinds import NoteKind, Role

from .errors import (
    ROW_BAD_TIME,
    ROW_NO_TEXT,
    ROW_TOO_LONG,
    NoTextColumnError,
    RowProblem,
    UnknownColumnError,
    problem,
)
from .mapping import KIND_WORDS, ROLE_WORDS, E, Field, fold, value_table
from .sheet import Sheet

MAX_TEXT = 100_000  # as services.notes: ten pages; longer is a paste gone wrong


@dataclass(frozen=True)
class NoteMapping:
    """Which column is which, and what the user chose for values that were not known."""

    columns: dict[Field, str]
    kinds: dict[str, NoteKind] = field(default_factory=dict)  # folded value → kind
    roles: dict[str, Role] = field(default_factory=dict)  # folded value → role
    default_kind: NoteKind = NoteKind.STATEMENT
    default_role: Role = Role.RESIDENT


@dataclass(frozen=True)
class NoteRow:
    row: int
    key: str
    text: str
    table: str  # "" → the table chosen for the whole import
    kind: NoteKind
    role: Role
    round: str  # "" → no agenda round
    speaker: str
    noted_at: dt.datetime | None


@dataclass(frozen=True)
class NotePlan:
    rows: tuple[NoteRow, ...]
    problems: tuple[RowProblem, ...]
    kinds: dict[str, NoteKind]  # every folded value in the kind column → its kind
    roles: dict[str, Role]
    unknown_kinds: tuple[str, ...]
    unknown_roles: tuple[str, ...]
    empty_rows: int


def row_keys(sheet: Sheet, salt: str = "") -> list[str]:
    """A stable key per row: its cells, plus the count of identical rows before it."""
    seen: Counter[tuple[str, ...]] = Counter()
    keys = []
    for row in sheet.rows:
        seen[row.cells] += 1
        material = "\x1f".join(row.cells) + f"\x1e{seen[row.cells]}\x1e{salt}"
        keys.append(hashlib.sha256(material.encode("utf-8")).hexdigest())
    return keys


def _index(sheet: Sheet, mapping: NoteMapping, name: Field) -> int | None:
    column = mapping.columns.get(name)
    if not column:
        return None
    if column not in sheet.columns:
        raise UnknownColumnError(column, list(sheet.columns))
    return sheet.column_index(column)


def plan_notes(sheet: Sheet, mapping: NoteMapping, day: dt.date | None = None) -> NotePlan:
    """What importing ``sheet`` with ``mapping`` would add; ``day`` completes bare times."""
    text_at = _index(sheet, mapping, Field.TEXT)
    if text_at is None:
        raise NoTextColumnError()
    at = {f: _index(sheet, mapping, f) for f in Field if f is not Field.TEXT}
    kinds, unknown_kinds = _values(
        sheet, at[Field.KIND], KIND_WORDS, NoteKind, mapping.default_kind
    )
    # A role nobody recognises is "other" (not the default resident) until the user says.
    roles, unknown_roles = _values(sheet, at[Field.ROLE], ROLE_WORDS, Role, Role.OTHER)
    kinds.update(mapping.kinds)
    roles.update(mapping.roles)
    rows: list[NoteRow] = []
    problems: list[RowProblem] = []
    # A column that is not mapped reads as an empty cell (index -1 of the padded cells).
    padded = [(r.number, (*r.cells, "")) for r in sheet.rows]
    table_at, kind_at, role_at, round_at, time_at, speaker_at = (
        _or_last(at[f])
        for f in (Field.TABLE, Field.KIND, Field.ROLE, Field.ROUND, Field.TIME, Field.SPEAKER)
    )
    for (number, cells), key in zip(padded, row_keys(sheet), strict=True):
        text = cells[text_at].strip()
        if not text:
            problems.append(problem(number, ROW_NO_TEXT, column=sheet.columns[text_at]))
            continue
        if len(text) > MAX_TEXT:
            problems.append(problem(number, ROW_TOO_LONG, max=f"{MAX_TEXT:,}".replace(",", ".")))
            continue
        noted_at = None
        if when := cells[time_at].strip():
            try:
                noted_at = parse_time(when, day)
            except ValueError:
                problems.append(problem(number, ROW_BAD_TIME, value=when))
                continue
        rows.append(
            NoteRow(
                row=number,
                key=key,
                text=text,
                table=" ".join(cells[table_at].split())[:200],
                kind=kinds.get(fold(cells[kind_at]), mapping.default_kind),
                role=roles.get(fold(cells[role_at]), mapping.default_role),
                round=" ".join(cells[round_at].split())[:200],
                speaker=cells[speaker_at].strip()[:100],
                noted_at=noted_at,
            )
        )
    return NotePlan(
        rows=tuple(rows),
        problems=tuple(problems),
        kinds=kinds,
        roles=roles,
        unknown_kinds=tuple(unknown_kinds),
        unknown_roles=tuple(unknown_roles),
        empty_rows=sheet.empty_rows,
    )


def _or_last(index: int | None) -> int:
    return -1 if index is None else index


def _values(
    sheet: Sheet, index: int | None, words: dict[str, E], enum: type[E], default: E
) -> tuple[dict[str, E], list[str]]:
    if index is None:
        return {}, []
    return value_table((r.cells[index] for r in sheet.rows), words, enum, default)


_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%H.%M")


def parse_time(value: str, day: dt.date | None = None) -> dt.datetime:
    """A spreadsheet's date/time (local wall-clock time) as an aware UTC moment.

    Reads ISO ("2026-03-14 19:30"), Dutch ("14-3-2026 19:30"), a bare time (on ``day``,
    else today) and an Excel serial number ("46095.8125"). Raises ValueError otherwise.
    """
    value = " ".join(value.replace("T", " ").split())
    if re.fullmatch(r"\d{4,6}(\.\d+)?", value.replace(",", ".")):
        from openpyxl.utils.datetime import from_excel

        moment = from_excel(float(value.replace(",", ".")))
        if not isinstance(moment, dt.datetime):
            raise ValueError(value)
        return moment.astimezone(dt.UTC)
    for date_format in _DATE_FORMATS:
        for time_format in ("", *(" " + t for t in _TIME_FORMATS)):
            try:
                moment = dt.datetime.strptime(value, date_format + time_format)
            except ValueError:
                continue
            return moment.astimezone(dt.UTC)
    for time_format in _TIME_FORMATS:
        try:
            clock = dt.datetime.strptime(value, time_format).time()
        except ValueError:
            continue
        return dt.datetime.combine(day or dt.date.today(), clock).astimezone(dt.UTC)
    raise ValueError(value)
