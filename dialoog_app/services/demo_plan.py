"""The demo's votes, plans, actions and measurements (``dialoog demo``), deterministic.

Written as bulk inserts in the demo's one unit of work, like the rest of the demo.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from dialoog_app.domain.plan import (
    ActionStatus,
    CountedPer,
    participant_id,
    plan_part_id,
    vote_id,
)
from dialoog_app.store.plan_models import (
    ActionStatusChange,
    Expert,
    Indicator,
    Measurement,
    OpgavePlan,
    PlanAction,
    Vote,
    VoteParticipant,
    VoteRound,
)

ACTIONS = (
    ("Verkenning met partners", "Gemeente, team Sociaal Domein", "Welzijnsorganisatie"),
    ("Pilot in één wijk", "Welzijnsorganisatie", "Huisartsen, wijkteam"),
    ("Evaluatie en besluit over uitbreiding", "Gemeente, beleid", "Raadswerkgroep"),
)
INDICATORS = (
    ("Bereikte inwoners", "inwoners", 120.0, 300.0),
    ("Tevredenheid deelnemers", "rapportcijfer", 6.2, 7.5),
)
EXPERTS = (("Welzijnsorganisatie", "uitvoering"), ("GGD", "kennis en cijfers"))
# The plenary round on numbered name cards: twelve participants, three dots each; the
# role of most numbers is known (the last one's is not).
PARTICIPANT_ROLES = ("resident",) * 7 + ("professional",) * 3 + ("civil_servant", "")
DOTS_EACH = 3

Row = Callable[..., dict[str, Any]]


def fill_plan(
    session: Session,
    row: Row,
    project_id: str,
    opgave_ids: Sequence[str],
    table_ids: Sequence[str],
    rng: random.Random,
) -> None:
    rounds = [
        row(project_id=project_id, name="april", held_on=date(2023, 4, 11),
            counted_per=CountedPer.TABLE.value, position=0),
        row(project_id=project_id, name="januari", held_on=date(2024, 1, 16),
            counted_per=CountedPer.ROLE.value, position=1),
    ]  # fmt: skip
    session.execute(insert(VoteRound), rounds)
    votes = [
        row(
            id=vote_id(rounds[0]["id"], o, t, ""),
            round_id=rounds[0]["id"],
            opgave_id=o,
            table_id=t,
            role="",
            count=rng.randint(0, 6),
        )
        for o in opgave_ids
        for t in table_ids
    ]
    votes += [
        row(
            id=vote_id(rounds[1]["id"], o, None, r),
            round_id=rounds[1]["id"],
            opgave_id=o,
            table_id=None,
            role=r,
            count=rng.randint(0, 9),
        )
        for o in opgave_ids
        for r in ("resident", "professional", "civil_servant")
    ]
    if votes:
        session.execute(insert(Vote), votes)

    plans, indicators, measurements, actions, changes, experts = [], [], [], [], [], []
    for index, opgave_id in enumerate(opgave_ids):
        plans.append(
            row(
                id=plan_part_id(opgave_id),
                opgave_id=opgave_id,
                goal="Meer inwoners vinden op tijd de weg naar hulp en doen mee.",
                effect="Minder inwoners lopen vast; partners werken vanuit één plan.",
                years="2024–2027",
                budget_line=f"Programma Samenleving, post 6.{index + 1}",
            )
        )
        for position, (name, unit, baseline, target) in enumerate(INDICATORS):
            indicator = row(
                opgave_id=opgave_id, position=position, name=name, unit=unit,
                baseline=baseline, target=target, target_date=date(2027, 12, 31),
            )  # fmt: skip
            indicators.append(indicator)
            for year in (2024, 2025):
                step = (target - baseline) * (year - 2023) / 4
                measurements.append(
                    row(
                        indicator_id=indicator["id"],
                        measured_on=date(year, 12, 1),
                        value=round(baseline + step * rng.uniform(0.6, 1.2), 1),
                        source="Monitor Sociaal Domein",
                        note="",
                    )
                )
        for position, (what, owner, partners) in enumerate(ACTIONS):
            status = (ActionStatus.DONE, ActionStatus.RUNNING, ActionStatus.PLANNED)[position]
            action = row(
                opgave_id=opgave_id, position=position, what=what, owner=owner,
                partners=partners, starts_on=date(2024 + position, 1 + 3 * (index % 4), 1),
                ends_on=date(2024 + position, 12, 31), status=status.value,
            )  # fmt: skip
            actions.append(action)
            history = {ActionStatus.DONE: (ActionStatus.RUNNING, ActionStatus.DONE)}.get(
                status, (status,) if status is ActionStatus.RUNNING else ()
            )
            for step_index, step_status in enumerate(history):
                changes.append(
                    row(
                        action_id=action["id"],
                        changed_on=date(2024 + position, 2 + 9 * step_index, 1),
                        status=step_status.value,
                        note="",
                    )
                )
        for position, (organisation, role) in enumerate(EXPERTS):
            experts.append(
                row(opgave_id=opgave_id, position=position, organisation=organisation,
                    role=role, contact_name="")
            )  # fmt: skip
    # Last, so the rounds, plans and measurements above stay what they were.
    _participant_round(session, row, project_id, opgave_ids, rng)
    for model, rows in (
        (OpgavePlan, plans),
        (Indicator, indicators),
        (Measurement, measurements),
        (PlanAction, actions),
        (ActionStatusChange, changes),
        (Expert, experts),
    ):
        if rows:
            session.execute(insert(model), rows)


def _participant_round(
    session: Session, row: Row, project_id: str, opgave_ids: Sequence[str], rng: random.Random
) -> None:
    the_round = row(project_id=project_id, name="plenair, op naamkaartjes",
                    held_on=date(2024, 6, 4), counted_per=CountedPer.PARTICIPANT.value,
                    position=2, participants=len(PARTICIPANT_ROLES))  # fmt: skip
    session.execute(insert(VoteRound), [the_round])
    round_id = the_round["id"]
    numbers = [
        row(id=participant_id(round_id, n), round_id=round_id, number=n, role=role)
        for n, role in enumerate(PARTICIPANT_ROLES, start=1)
        if role
    ]
    session.execute(insert(VoteParticipant), numbers)
    if not opgave_ids:
        return
    votes = []
    for number in range(1, len(PARTICIPANT_ROLES) + 1):
        dots = Counter(rng.choice(opgave_ids) for _ in range(DOTS_EACH))
        votes += [
            row(id=vote_id(round_id, o, None, "", number), round_id=round_id, opgave_id=o,
                table_id=None, role="", participant=number, count=count)
            for o, count in sorted(dots.items())
        ]  # fmt: skip
    session.execute(insert(Vote), votes)
