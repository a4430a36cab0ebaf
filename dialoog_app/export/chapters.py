"""The verslag's later chapters: the opgaven, the afspraken, the appendix of loose notes."""

from __future__ import annotations

from collections.abc import Callable

from . import dutch
from .lines import meta_at_table, note_runs, note_text, source_of
from .model import Minutes, NoteLine, OpgaveMinutes
from .ooxml import BOLD, MUTED, Body, Column, run

FIELDS: tuple[tuple[str, str], ...] = (
    ("problem", "Aanleiding en vraagstuk"),
    ("desired_situation", "Gewenste situatie"),
    ("causes", "Oorzaken"),
    ("scope", "Afbakening"),
    ("partners", "Betrokken partners"),
    ("first_steps", "Eerste stappen"),
)
NOT_FILLED_IN = "nog niet ingevuld"


def _support_sentence(opgave: OpgaveMinutes, several_meetings: bool) -> str:
    support = opgave.support
    count = dutch.counted(len(opgave.statements), "uitspraak", "uitspraken")
    if not opgave.statements:
        return "Draagvlak: nog geen uitspraken gekoppeld."
    tables = dutch.counted(support.tables, "tafel", "tafels")
    meetings = (
        f" in {dutch.counted(support.meetings, 'bijeenkomst', 'bijeenkomsten')}"
        if several_meetings
        else ""
    )
    roles = dutch.enumerate_nl(dutch.role_counts(support.by_role))
    return f"Draagvlak: {count} van {tables}{meetings}, van {roles}."


def opgaven(body: Body, minutes: Minutes, done: Callable[[int], None]) -> None:
    body.heading(1, "Opgaven", new_page=True)
    items = minutes.opgaven
    if not items:
        body.text("Er zijn (nog) geen opgaven geformuleerd.")
        return
    body.text(
        f"Uit de gesprekken komen {dutch.counted(len(items), 'opgave', 'opgaven')} naar voren. "
        "Het overzicht toont per opgave het draagvlak: hoeveel uitspraken eraan bijdragen, "
        "van welke deelnemers, en aan hoeveel tafels ze zijn gedaan."
    )
    _overview(body, items)
    meta = source_of(minutes.several_meetings)
    for opgave in items:
        body.heading(2, f"{opgave.number}. {opgave.title}")
        body.text(_support_sentence(opgave, minutes.several_meetings))
        rows = []
        for attribute, label in FIELDS:
            value = getattr(opgave, attribute).strip()
            rows.append((run(label, BOLD), run(value) if value else run(NOT_FILLED_IN, MUTED)))
        rows.append((run("Prioriteit", BOLD), run(dutch.PRIORITY.get(opgave.priority, "geen"))))
        body.table([Column("", 2268), Column("", 6803)], rows, header=False, first_column=True)
        body.heading(3, "Uitspraken waarop deze opgave rust")
        if opgave.statements:
            body.bullets(note_runs(note, meta(note)) for note in opgave.statements)
        else:
            body.text("Aan deze opgave zijn nog geen uitspraken gekoppeld.", MUTED)
        done(len(opgave.statements))


def _overview(body: Body, items: tuple[OpgaveMinutes, ...]) -> None:
    right = "right"
    columns = [
        Column("Nr", 450, right),
        Column("Opgave", 3021),
        Column("Prioriteit", 1000),
        Column("Uitspraken", 1100, right),
        Column("Inw.", 650, right),
        Column("Prof.", 650, right),
        Column("Ambt.", 700, right),
        Column("Overig", 800, right),
        Column("Tafels", 700, right),
    ]
    rows = []
    for o in items:
        by_role = o.support.by_role
        rows.append(
            (
                run(str(o.number)),
                run(o.title),
                run(dutch.PRIORITY.get(o.priority, "geen")),
                run(str(len(o.statements)), BOLD),
                run(str(by_role.residents)),
                run(str(by_role.professionals)),
                run(str(by_role.civil_servants)),
                run(str(by_role.others)),
                run(str(o.support.tables)),
            )
        )
    body.table(columns, rows)


def _who(note: NoteLine) -> str:
    role = dutch.ROLE.get(note.role, note.role)
    return f"{role} ({note.speaker})" if note.speaker else role


def agreements(body: Body, minutes: Minutes) -> None:
    body.heading(1, "Afspraken", new_page=True)
    items = minutes.agreements
    if not items:
        body.text("Er zijn geen afspraken vastgelegd.")
        return
    body.text(
        f"Aan tafel zijn {dutch.counted(len(items), 'afspraak', 'afspraken')} gemaakt. "
        "Ze staan hieronder in de volgorde van de tafels en van het gesprek."
    )
    columns = [
        Column("Nr", 450, "right"),
        Column("Afspraak", 4421),
        Column("Tafel", 1500),
        Column("Ronde", 1500),
        Column("Ingebracht door", 1200),
    ]
    several = minutes.several_meetings
    rows = [
        (
            run(str(i)),
            run(note_text(note), BOLD if note.starred else ""),
            run(note.table_name + (f"\n{note.meeting_title}" if several else "")),
            run(note.round_title or "—"),
            run(_who(note)),
        )
        for i, note in enumerate(items, start=1)
    ]
    body.table(columns, rows)


def unplaced(body: Body, minutes: Minutes, done: Callable[[int], None]) -> None:
    body.heading(1, "Bijlage: notities buiten de opgaven", new_page=True)
    items = minutes.unplaced
    if not items:
        body.text(
            "Alle notities zijn in een opgave opgenomen."
            if minutes.note_count
            else "Er zijn geen notities vastgelegd."
        )
        return
    body.text(
        f"Deze {dutch.counted(len(items), 'notitie is', 'notities zijn')} (nog) niet in een "
        "opgave opgenomen. Ze staan hier per tafel en per ronde, zodat niets verloren gaat."
    )
    groups: dict[tuple[str, str], list[NoteLine]] = {}
    for note in items:
        groups.setdefault((note.meeting_title, note.table_name), []).append(note)
    several = minutes.several_meetings
    for (meeting_title, table_name), notes in groups.items():
        body.heading(2, f"{table_name} ({meeting_title})" if several else table_name)
        rounds: dict[str, list[NoteLine]] = {}
        for note in notes:
            rounds.setdefault(note.round_title, []).append(note)
        for round_title, round_notes in rounds.items():
            body.heading(3, round_title or "Buiten de agenda om")
            body.bullets(note_runs(note, meta_at_table(note)) for note in round_notes)
        done(len(notes))
