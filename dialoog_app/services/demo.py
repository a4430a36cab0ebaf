"""A realistic Dutch demo project, deterministic for a seed, that scales to 10,000 notes.

Rows are written in bulk (one statement per table), so a large demo takes seconds; tests
and benchmarks build their projects with it.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import insert

from dialoog_app.domain.kinds import NoteKind, Phase, Role, Venue
from dialoog_app.store.models import (
    AgendaItem,
    DialogueTable,
    Meeting,
    Note,
    Opgave,
    OpgaveNote,
    new_id,
    utcnow,
)

from .demo_phrases import FACILITATORS, INITIALS, TABLE_NAMES, TEMPLATES, THEMES
from .demo_plan import fill_plan
from .workspace import Workspace, new_workspace

# The classic two-hour dialogue table (docs/DOMAIN.md).
CLASSIC_AGENDA: list[tuple[str, Phase, Venue, int, str]] = [
    (
        "Welkom, doel en gespreksregels",
        Phase.WELCOME,
        Venue.PLENARY,
        10,
        "Heet iedereen welkom, vertel waarom we hier zijn en spreek de gespreksregels af.",
    ),
    (
        "Kennismaken",
        Phase.GETTING_ACQUAINTED,
        Venue.TABLES,
        15,
        "Wie ben je, en wat verbindt jou met dit onderwerp?",
    ),
    (
        "Ervaringen delen",
        Phase.SHARING_EXPERIENCES,
        Venue.TABLES,
        30,
        "Vertel over een moment waarop het goed ging, of juist niet.",
    ),
    ("Pauze", Phase.BREAK, Venue.NONE, 5, ""),
    (
        "Dromen",
        Phase.DREAMING,
        Venue.TABLES,
        25,
        "Stel: het is 2030 en het is gelukt. Wat zien we dan?",
    ),
    (
        "Doen: afspraken en opgaven",
        Phase.DOING,
        Venue.TABLES,
        25,
        "Wat gaan we doen, wie doet wat, en welke opgaven zien we?",
    ),
    (
        "Oogst",
        Phase.HARVEST,
        Venue.PLENARY,
        10,
        "Elke tafel deelt de belangrijkste opbrengst in één minuut.",
    ),
]

KIND_WEIGHTS = {
    NoteKind.STATEMENT: 40,
    NoteKind.IDEA: 20,
    NoteKind.CONCERN: 18,
    NoteKind.QUESTION: 9,
    NoteKind.AGREEMENT: 6,
    NoteKind.QUOTE: 7,
}
ROLE_WEIGHTS = {Role.RESIDENT: 55, Role.PROFESSIONAL: 25, Role.CIVIL_SERVANT: 15, Role.OTHER: 5}


class DemoSummary(BaseModel):
    path: str
    meetings: int
    tables: int
    notes: int
    opgaven: int
    placed_notes: int


def create_demo(
    path: Path, *, tables: int = 4, notes: int = 200, opgaven: int = 6, seed: int = 1
) -> DemoSummary:
    filled: list[DemoSummary] = []
    # Filled before the file gets its name: a killed demo leaves no half-filled project.
    ws = new_workspace(
        path,
        name="Meerjarenplan Samenleving 2023–2026",
        fill=lambda building: filled.append(
            fill_demo(building, tables=tables, notes=notes, opgaven=opgaven, seed=seed)
        ),
    )
    ws.close()
    return filled[0].model_copy(update={"path": str(ws.path)})


def fill_demo(
    ws: Workspace, *, tables: int = 4, notes: int = 200, opgaven: int = 6, seed: int = 1
) -> DemoSummary:
    rng = random.Random(seed)
    device = ws.store.device_id
    now = utcnow()

    def row(**fields: Any) -> dict[str, Any]:
        return {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "device_id": device,
            "deleted_at": None,
            **fields,
        }

    with ws.unit_of_work() as uow:
        s = uow.session
        project_id = ws.store.project_row(s).id
        meeting_date = date(2023, 4, 11)
        start = time(19, 0)
        meeting = row(
            project_id=project_id,
            title="Dialoogtafels Samenleving",
            date=meeting_date,
            start_time=start,
            location="Dorpshuis De Aker, Putten",
            position=0,
        )
        s.execute(insert(Meeting), [meeting])

        agenda = [
            row(
                meeting_id=meeting["id"],
                position=i,
                title=title,
                phase=phase.value,
                venue=venue.value,
                planned_minutes=minutes,
                instructions=instructions,
            )
            for i, (title, phase, venue, minutes, instructions) in enumerate(CLASSIC_AGENDA)
        ]
        s.execute(insert(AgendaItem), agenda)
        table_rows = [
            row(
                meeting_id=meeting["id"],
                name=TABLE_NAMES[i % len(TABLE_NAMES)]
                + ("" if i < len(TABLE_NAMES) else f" {i // len(TABLE_NAMES) + 1}"),
                facilitator=FACILITATORS[i % len(FACILITATORS)],
                position=i,
                residents=rng.randint(3, 6),
                professionals=rng.randint(1, 3),
                civil_servants=rng.randint(0, 2),
                others=rng.randint(0, 1),
            )
            for i in range(tables)
        ]
        if table_rows:
            s.execute(insert(DialogueTable), table_rows)

        # Notes fall in the table rounds, at their planned clock time.
        meeting_start = datetime.combine(meeting_date, start, tzinfo=UTC)
        rounds: list[tuple[dict[str, Any], datetime]] = []
        offset = 0
        for item in agenda:
            if item["venue"] == Venue.TABLES.value:
                rounds.append((item, meeting_start + timedelta(minutes=offset)))
            offset += item["planned_minutes"]
        theme_weights = [rng.uniform(0.5, 3) for _ in THEMES]
        note_rows: list[dict[str, Any]] = []
        for _ in range(notes if table_rows else 0):
            table = rng.choice(table_rows)
            item, round_start = rng.choice(rounds)
            kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
            theme = rng.choices(range(len(THEMES)), theme_weights)[0]
            _, subject, people = THEMES[theme]
            text = rng.choice(TEMPLATES[kind.value]).format(subject=subject, people=people)
            noted_at = round_start + timedelta(seconds=rng.randint(0, item["planned_minutes"] * 60))
            note_rows.append(
                row(
                    table_id=table["id"],
                    agenda_item_id=item["id"],
                    text=text,
                    kind=kind.value,
                    role=rng.choices(list(ROLE_WEIGHTS), list(ROLE_WEIGHTS.values()))[0].value,
                    speaker=rng.choice(INITIALS),
                    starred=rng.random() < 0.08,
                    noted_at=noted_at,
                    _theme=theme,
                )
            )
        note_rows.sort(key=lambda n: n["noted_at"])
        themes_of = [n.pop("_theme") for n in note_rows]
        if note_rows:
            s.execute(insert(Note), note_rows)

        opgave_rows = []
        for i in range(opgaven):
            title, subject, people = THEMES[i % len(THEMES)]
            suffix = "" if i < len(THEMES) else f" ({i // len(THEMES) + 1})"
            opgave_rows.append(
                row(
                    project_id=project_id,
                    position=i,
                    title=title + suffix,
                    problem=f"Aan tafel kwam vaak terug dat {people} vastlopen rond {subject}.",
                    desired_situation=f"In 2026 weten {people} de weg en doen zij volwaardig mee.",
                    causes="Versnipperd aanbod, onbekendheid en te weinig tijd bij professionals.",
                    scope="Het sociaal domein van de gemeente; wonen en vervoer waar ze raken.",
                    partners="Welzijnsorganisatie, huisartsen, kerken, verenigingen, inwoners.",
                    first_steps="De beleidsadviseur organiseert voor de zomer een expertpool.",
                    priority=rng.randint(0, 3),
                )
            )
        if opgave_rows:
            s.execute(insert(Opgave), opgave_rows)

        # Place about half of the notes of each opgave's theme; the rest stays in the pool.
        placements = []
        counters = [0] * len(opgave_rows)
        by_theme = {i % len(THEMES): i for i in range(len(opgave_rows)) if i < len(THEMES)}
        for note, theme in zip(note_rows, themes_of, strict=True):
            target = by_theme.get(theme)
            if target is not None and rng.random() < 0.5:
                placements.append(
                    row(
                        opgave_id=opgave_rows[target]["id"],
                        note_id=note["id"],
                        position=counters[target],
                    )
                )
                counters[target] += 1
        if placements:
            s.execute(insert(OpgaveNote), placements)
        fill_plan(
            s, row, project_id, [o["id"] for o in opgave_rows], [t["id"] for t in table_rows], rng
        )

    return DemoSummary(
        path=str(ws.path),
        meetings=1,
        tables=len(table_rows),
        notes=len(note_rows),
        opgaven=len(opgave_rows),
        placed_notes=len(placements),
    )
