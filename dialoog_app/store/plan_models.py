"""The tables of prioritising, the plan of action and monitoring (issue 14).

Same row rules as every other table (``models.Row``): UUID key, UTC timestamps, the device
that last wrote the row, a tombstone instead of a delete — so a plan worked on by two
advisors merges like notes do. Imported at the bottom of ``models.py`` so one metadata
(and Alembic's autogenerate) sees every table.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Row

# A column holding a private person's data: the privacy tools (anonymise, purge) find
# every such column through this marker instead of a list kept elsewhere.
PERSONAL = {"personal_data": True}


class VoteRound(Row):
    """One round of dot voting (e.g. "april", "januari"); every round is kept."""

    __tablename__ = "vote_round"

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date | None] = mapped_column(Date, default=None)
    counted_per: Mapped[str] = mapped_column(String(10), default="table")  # domain CountedPer
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Counted per participant number: how many numbered cards (1 … participants); can grow.
    participants: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class VoteParticipant(Row):
    """The role a numbered participant of a round has, when the facilitator knows it: so
    the spread per role works for anonymous votes too. A number, a role — never a name.
    One row per (round, number), under an id derived from both (``participant_id``)."""

    __tablename__ = "vote_participant"

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_round.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20), default="")  # "" = not known


class Vote(Row):
    """The dots one group gave one opgave in a round: a table, a role or a participant number.

    Anonymous by design: only counts, never who voted.
    """

    __tablename__ = "vote"
    __table_args__ = (Index("ix_vote_round_opgave", "round_id", "opgave_id"),)

    round_id: Mapped[str] = mapped_column(ForeignKey("vote_round.id"))
    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"), index=True)
    table_id: Mapped[str | None] = mapped_column(ForeignKey("dialogue_table.id"), default=None)
    role: Mapped[str] = mapped_column(String(20), default="")  # when counted per role
    participant: Mapped[int | None] = mapped_column(Integer, default=None)  # per number
    count: Mapped[int] = mapped_column(Integer, default=0)


class OpgavePlan(Row):
    """The plan part of an opgave: its goal and its place in the meerjarenplan."""

    __tablename__ = "opgave_plan"
    __table_args__ = (
        Index(
            "uq_opgave_plan_live_opgave",
            "opgave_id",
            unique=True,
            # SQLite only: naming another dialect would load it at every start-up.
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"))
    goal: Mapped[str] = mapped_column(Text, default="")  # doel
    effect: Mapped[str] = mapped_column(Text, default="")  # beoogd effect
    years: Mapped[str] = mapped_column(String(200), default="")  # meerjarenplan, e.g. 2027–2030
    budget_line: Mapped[str] = mapped_column(String(200), default="")  # begrotingspost


class Indicator(Row):
    __tablename__ = "indicator"

    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    baseline: Mapped[float | None] = mapped_column(Float, default=None)
    target: Mapped[float | None] = mapped_column(Float, default=None)
    target_date: Mapped[date | None] = mapped_column(Date, default=None)


class Measurement(Row):
    __tablename__ = "measurement"

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class PlanAction(Row):
    """An actie of the plan. (Named so it does not clash with a QAction.)"""

    __tablename__ = "plan_action"

    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200), default="")  # organisation / department
    partners: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="planned")


class ActionStatusChange(Row):
    """One dated change of an action's status: the history the progress report reads."""

    __tablename__ = "action_status_change"

    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Expert(Row):
    """An organisation in an opgave's expert pool; a person only as an optional name."""

    __tablename__ = "expert"

    opgave_id: Mapped[str] = mapped_column(ForeignKey("opgave.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    organisation: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="", info=PERSONAL)
