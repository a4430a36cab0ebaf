"""The minutes model: what a verslag says, independent of Word and of the database.

Named tuples: immutable, and several times cheaper to define and to build than frozen
slotted dataclasses (a 10,000-note project builds its model in milliseconds, and
``dialoog export`` pays each class's definition at every start).
Display values are final here (local clock times, the speaker left out when anonymised),
so the writer only lays them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from .survey_model import SurveyResults


class ScopeKind(StrEnum):
    PROJECT = "project"
    MEETING = "meeting"
    TABLE = "table"


class Contents(NamedTuple):
    """What goes into the document; every part can be left out."""

    title_page: bool = True  # title page, contents, introduction, who was there
    agenda: bool = True  # planned against actual times
    notes: bool = True  # per table, grouped by agenda round
    opgaven: bool = True  # written out, with the statements they were built from
    agreements: bool = True  # afspraken as a table
    unplaced: bool = True  # appendix: statements in no opgave


@dataclass(frozen=True, slots=True)  # not a tuple: + adds the counts up
class RoleCounts:
    residents: int = 0
    professionals: int = 0
    civil_servants: int = 0
    others: int = 0

    @property
    def total(self) -> int:
        return self.residents + self.professionals + self.civil_servants + self.others

    def __add__(self, other: RoleCounts) -> RoleCounts:
        return RoleCounts(
            self.residents + other.residents,
            self.professionals + other.professionals,
            self.civil_servants + other.civil_servants,
            self.others + other.others,
        )


class NoteLine(NamedTuple):
    """One note as the minutes show it, with where it came from."""

    id: str
    text: str
    kind: str  # NoteKind value
    role: str  # Role value
    speaker: str  # "" when anonymised or not recorded
    starred: bool
    meeting_title: str
    table_id: str
    table_name: str
    round_title: str  # the agenda item, or "" when the note belongs to none
    concept: bool = False  # a draft never saved on its laptop, brought in by a merge
    origin: str = ""  # the laptop it was typed on, when the verslag names it (see assembly)


class RoundNotes(NamedTuple):
    title: str  # the agenda item's title; "" for notes outside the agenda
    notes: tuple[NoteLine, ...]


class TableMinutes(NamedTuple):
    id: str
    name: str
    facilitator: str
    participants: RoleCounts
    rounds: tuple[RoundNotes, ...]

    @property
    def note_count(self) -> int:
        return sum(len(r.notes) for r in self.rounds)


class AgendaLine(NamedTuple):
    """Planned against actual for one agenda item (local wall-clock times)."""

    title: str
    venue: str  # Venue value
    planned_minutes: int
    planned_start: dt.time | None
    actual_start: dt.time | None
    actual_end: dt.time | None
    actual_minutes: int | None  # the running time, pauses excluded; None if never run
    extended_minutes: int
    overrun_minutes: int  # beyond the planned time plus extensions
    skipped: bool


class MeetingMinutes(NamedTuple):
    id: str
    title: str
    date: dt.date | None
    start_time: dt.time | None
    location: str
    tables: tuple[TableMinutes, ...]
    agenda: tuple[AgendaLine, ...]

    @property
    def participants(self) -> RoleCounts:
        total = RoleCounts()
        for table in self.tables:
            total = total + table.participants
        return total


class Support(NamedTuple):
    """The breadth of support of an opgave: its statements per role, and from how many tables."""

    by_role: RoleCounts
    tables: int
    meetings: int


class OpgaveMinutes(NamedTuple):
    id: str
    number: int  # 1-based, in the board's order
    title: str
    problem: str  # aanleiding / vraagstuk
    desired_situation: str
    causes: str
    scope: str  # afbakening
    partners: str
    first_steps: str
    priority: int  # 0 none, 1 low, 2 medium, 3 high
    statements: tuple[NoteLine, ...]
    support: Support


class Minutes(NamedTuple):
    """A whole verslag: the project, one meeting or one table."""

    project_name: str
    project_description: str
    scope: ScopeKind
    title: str  # the document's title (also its core property)
    subtitle: str
    author: str
    created: dt.datetime  # aware
    anonymised: bool
    contents: Contents
    meetings: tuple[MeetingMinutes, ...]
    opgaven: tuple[OpgaveMinutes, ...]
    agreements: tuple[NoteLine, ...]
    unplaced: tuple[NoteLine, ...]
    note_count: int = 0
    placed_count: int = 0
    keywords: tuple[str, ...] = ()
    survey: SurveyResults | None = None  # the chapter "Uitkomsten enquête" (export/survey_*)

    @property
    def several_meetings(self) -> bool:
        return len(self.meetings) > 1
