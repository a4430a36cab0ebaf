"""The tables of a project file (see ARCHITECTURE.md for the diagram).

Every row is mergeable with a row written on another laptop: a UUID key, UTC timestamps,
the device that last wrote it, and a tombstone (``deleted_at``) instead of a hard delete.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    event,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .versions import install_triggers

# Stable constraint names, so SQLite batch migrations can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps stored naive-in-UTC and always returned timezone-aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Row(Base):
    """Columns every synchronisable row has."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    device_id: Mapped[str] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Version vector {device id: edits}, kept by the triggers in store/versions.py; NULL
    # means {device_id: 1} (never edited since written). How a merge tells "edited since
    # the common version" on both sides (a conflict) from "one side is simply newer".
    versions: Mapped[str | None] = mapped_column(Text, default=None)


class Project(Row):
    __tablename__ = "project"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class Meeting(Row):
    """A bijeenkomst: one dialogue event."""

    __tablename__ = "meeting"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    date: Mapped[date | None] = mapped_column(Date, default=None)
    start_time: Mapped[time | None] = mapped_column(Time, default=None)
    location: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class DialogueTable(Row):
    """A tafel at a meeting. (Named so it does not clash with SQL's "table".)"""

    __tablename__ = "dialogue_table"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    residents: Mapped[int] = mapped_column(Integer, default=0)
    professionals: Mapped[int] = mapped_column(Integer, default=0)
    civil_servants: Mapped[int] = mapped_column(Integer, default=0)
    others: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItem(Row):
    """An agenda-onderdeel, with its planned length and (once run) its actual times."""

    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    phase: Mapped[str] = mapped_column(String(40), default="other")
    venue: Mapped[str] = mapped_column(String(20), default="tables")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    instructions: Mapped[str] = mapped_column(Text, default="")


class ClockEvent(Row):
    """One press on the meeting clock (start, pause, resume, next, extend, skip …).

    The clock's state is replayed from these timestamps (domain/agenda timing), never
    counted in ticks, so a restart resumes at the right second and laptops merge cleanly.
    """

    __tablename__ = "clock_event"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(20))
    agenda_item_id: Mapped[str | None] = mapped_column(ForeignKey("agenda_item.id"), default=None)
    seconds: Mapped[int] = mapped_column(Integer, default=0)


class Note(Row):
    """What was said at a table."""

    __tablename__ = "note"
    __table_args__ = (Index("ix_note_table_noted", "table_id", "noted_at"),)

    table_id: Mapped[str] = mapped_column(ForeignKey("dialogue_table.id"))
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id"), default=None, index=True
    )
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="statement")
    role: Mapped[str] = mapped_column(String(20), default="resident")
    speaker: Mapped[str] = mapped_column(String(100), default="")
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    noted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The laptop that wrote it first (device_id is the last writer); NULL = device_id.
    origin_device: Mapped[str | None] = mapped_column(String(36), default=None)
    # A draft left unsaved on a table laptop, brought in by a merge: kept, but marked.
    # (A server default too, like migration 0002: raw inserts by other tools stay valid.)
    concept: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Where it came from: typed at the table, or imported (domain/sources.py).
    source: Mapped[str] = mapped_column(String(20), default="table", server_default="table")
    # An imported row's stable key, so importing the same file again adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    # "Zelfde uitspraak": the note id of the first of a group of linked statements, which
    # count once for support. No foreign key: adding one would make SQLite copy the table
    # (batch mode) while opgave_note points at it; services keep it pointing at a note.
    same_as_id: Mapped[str | None] = mapped_column(String(36), default=None)


class SurveyAnswer(Row):
    """One respondent's answer to a closed survey question (open answers become notes)."""

    __tablename__ = "survey_answer"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    question_position: Mapped[int] = mapped_column(Integer, default=0)
    respondent: Mapped[int] = mapped_column(Integer)  # the row number in the file
    role: Mapped[str] = mapped_column(String(20), default="resident")
    answer: Mapped[str] = mapped_column(Text, default="")
    import_key: Mapped[str] = mapped_column(String(64), index=True)


class NoteDraft(Row):
    """Text typed at a table but not yet saved, so a crash does not take it."""

    __tablename__ = "note_draft"

    table_id: Mapped[str] = mapped_column(ForeignKey("dialogue_table.id"), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")


class Opgave(Row):
    """A societal challenge grouped from statements, written out (see docs/DOMAIN.md)."""

    __tablename__ = "opgave"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, default="")  # aanleiding / vraagstuk
    desired_situation: Mapped[str] = mapped_column(Text, default="")  # gewenste situatie
    causes: Mapped[str] = mapped_column(Text, default="")  # oorzaken
    scope: Mapped[str] = mapped_column(Text, default="")  # afbakening
    partners: Mapped[str] = mapped_column(Text, default="")  # betrokken partners
    first_steps: Mapped[str] = mapped_column(Text, default="")  # eerste stappen
    priority: Mapped[int] = mapped_column(Integer, default=0)  # 0 none, 1 low … 3 high


class OpgaveNote(Row):
    """The placement of a note in an opgave, in order. A note is in at most one opgave."""

    __tablename__ = "opgave_note"
    __table_args__ = (
        Index(
            "uq_opgave_note_live_note",
            "note_id",
            unique=True,
            # SQLite only: naming another dialect here would load it at every start-up.
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index("ix_opgave_note_opgave_position", "opgave_id", "position"),
    )

    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"))
    note_id: Mapped[str] = mapped_column(ForeignKey("note.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Per-project preferences (last export template, the table this laptop is set to …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class MergeLog(Base):
    """One source file merged into this project: what came from where, and when."""

    __tablename__ = "merge_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # NULL while the merge's transaction runs: the version triggers stand aside then.
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    source_path: Mapped[str] = mapped_column(Text, default="")
    source_device: Mapped[str] = mapped_column(String(36), default="")
    table_name: Mapped[str] = mapped_column(String(200), default="")  # the laptop's table
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[str] = mapped_column(Text, default="{}")  # counts per table, JSON


class MergeConflict(Base):
    """A version that lost a merge but must not be lost: the user decides in a list.

    ``kind`` is "text" (the note's text was changed differently on two sides) or
    "deleted" (deleted on one side, edited on the other; the edit was kept).
    The id is derived from the row and the losing version, so merging again, in any
    order, records the same conflict once.
    """

    __tablename__ = "merge_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    other_text: Mapped[str] = mapped_column(Text, default="")
    other_device: Mapped[str] = mapped_column(String(36), default="")
    other_updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


event.listen(Base.metadata, "after_create", install_triggers)
# The plan tables (issue 14) live in their own module; importing it here puts them in the
# one metadata that create_all and Alembic read.
from . import plan_models as _plan_models  # noqa: E402, F401
