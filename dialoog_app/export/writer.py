"""The minutes model → a Word document: title page, contents, meetings and their tables.

The opgaven, the afspraken and the appendix are in ``chapters.py``. Everything is built as
XML text with styles resolved once (``ooxml.Body``), then put into the template and saved
atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from . import chapters, dutch, survey_chapter
from .agenda import agenda_chapter
from .charts import ChartRenderer
from .lines import meta_at_table, note_runs
from .model import MeetingMinutes, Minutes, RoleCounts, ScopeKind, TableMinutes
from .ooxml import A4_TEXT_WIDTH, BOLD, MUTED, Body, Column, StyleBook, plain, run
from .pictures import Picture
from .save import write_atomically
from .template import Template

Progress = Callable[[float], None]
OUTSIDE_AGENDA = "Buiten de agenda om"


class _Ticker:
    """Reports progress every few hundred notes (the UI shows it; cheap when unused)."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = max(1, total)
        self.done = 0
        self.progress = progress

    def add(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))


def render_body(
    minutes: Minutes,
    styles: StyleBook,
    progress: Progress | None = None,
    *,
    direct_header: bool = True,
    text_width: int = A4_TEXT_WIDTH,
    pictures: list[Picture] | None = None,
) -> str:
    """The document body as WordprocessingML text."""
    contents = minutes.contents
    body = Body(styles, direct_header, text_width)
    total = minutes.note_count if contents.notes else 0
    total += sum(len(o.statements) for o in minutes.opgaven) if contents.opgaven else 0
    total += len(minutes.unplaced) if contents.unplaced else 0
    ticker = _Ticker(total, progress)
    if contents.title_page:
        _title_page(body, minutes)
        _introduction(body, minutes)
    if contents.title_page or contents.agenda or contents.notes:
        for index, meeting in enumerate(minutes.meetings):
            # The first meeting follows the (short) introduction on its page.
            _meeting(body, minutes, meeting, ticker, new_page=index > 0 or not contents.title_page)
    if contents.opgaven:
        chapters.opgaven(body, minutes, ticker.add)
    if contents.agreements:
        chapters.agreements(body, minutes)
    if contents.unplaced:
        chapters.unplaced(body, minutes, ticker.add)
    if minutes.survey:
        survey_chapter.write(body, minutes.survey, pictures or [])
    if not body.parts:
        body.text("Dit verslag is leeg: er is niets gekozen om op te nemen.")
    return body.xml()


def write_docx(
    minutes: Minutes,
    template: Template,
    target: Path,
    progress: Progress | None = None,
    *,
    charts: ChartRenderer,
) -> None:
    """Write the verslag to ``target`` (atomically) in the template's house style; the
    survey's charts drawn by ``charts``."""
    width = template.text_width
    xml = render_body(
        minutes,
        template.styles,
        progress,
        direct_header=template.builtin,
        text_width=width,
        pictures=survey_chapter.add_charts(template.document, minutes.survey, width, charts)
        if minutes.survey
        else None,
    )
    template.fill(xml, title_page=minutes.contents.title_page)
    _set_properties(template, minutes)
    write_atomically(target, template.document.save)


def _set_properties(template: Template, minutes: Minutes) -> None:
    properties = template.document.core_properties
    created = minutes.created.astimezone(dt.UTC).replace(tzinfo=None)
    # plain(): a name or title stored before the text rules may hold a control character,
    # which lxml refuses ("All strings must be XML compatible").
    properties.title = plain(minutes.title)
    properties.subject = plain(minutes.subtitle)
    properties.author = plain(minutes.author)
    properties.last_modified_by = plain(minutes.author)
    properties.created = created
    properties.modified = created
    properties.language = "nl-NL"
    properties.category = "Verslag"
    properties.keywords = plain(", ".join(minutes.keywords))
    properties.comments = "Gemaakt met Dialoog"
    properties.revision = 1


# -- title page and introduction ---------------------------------------------------------------


def _when(meeting: MeetingMinutes) -> str:
    parts = []
    if meeting.date:
        parts.append(dutch.long_date(meeting.date))
    if meeting.start_time:
        parts.append(f"{dutch.clock(meeting.start_time)} uur")
    return ", ".join(parts)


def _participants_sentence(counts: RoleCounts) -> str:
    return dutch.enumerate_nl(dutch.role_counts(counts))


def _facts(minutes: Minutes) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = [("Traject", minutes.project_name)]
    meetings = minutes.meetings
    if len(meetings) == 1:
        meeting = meetings[0]
        facts.append(("Bijeenkomst", meeting.title))
        if when := _when(meeting):
            facts.append(("Datum en tijd", when))
        if meeting.location:
            facts.append(("Locatie", meeting.location))
    elif meetings:
        listed = [m.title + (f" ({dutch.short_date(m.date)})" if m.date else "") for m in meetings]
        facts.append(("Bijeenkomsten", "\n".join(listed)))
    tables = [t for m in meetings for t in m.tables]
    if minutes.scope == ScopeKind.TABLE and tables:
        table = tables[0]
        facts.append(
            (
                "Tafel",
                table.name + (f", gespreksleider {table.facilitator}" if table.facilitator else ""),
            )
        )
    elif tables:
        facts.append(("Tafels", str(len(tables))))
    counts = RoleCounts()
    for table in tables:  # in a table's verslag: only that table
        counts = counts + table.participants
    if counts.total:
        facts.append(("Deelnemers", f"{counts.total}: {_participants_sentence(counts)}"))
    facts.append(
        (
            "Vastgelegd",
            f"{dutch.counted(minutes.note_count, 'notitie', 'notities')}, waarvan "
            f"{minutes.placed_count} in {dutch.counted(len(minutes.opgaven), 'opgave', 'opgaven')}",
        )
    )
    made = dutch.short_date(minutes.created.astimezone().date())
    facts.append(("Opgesteld", made + (f" door {minutes.author}" if minutes.author else "")))
    return facts


def _title_page(body: Body, minutes: Minutes) -> None:
    styles = body.styles
    body.paragraph(styles.title, run(minutes.title))
    body.paragraph(styles.subtitle, run(minutes.subtitle))
    rows = [(run(label, BOLD), run(value)) for label, value in _facts(minutes)]
    body.table([Column("", 2268), Column("", 6803)], rows, header=False, first_column=True)
    if minutes.anonymised:
        body.text("Namen en initialen van sprekers zijn in dit verslag weggelaten.", MUTED)
    body.paragraph(styles.toc_heading, run("Inhoud"), page_break_before=True)
    body.reserve_toc()


def _introduction(body: Body, minutes: Minutes) -> None:
    body.heading(1, "Inleiding", new_page=True)
    meetings = minutes.meetings
    tables = sum(len(m.tables) for m in meetings)
    if minutes.scope == ScopeKind.TABLE and meetings and meetings[0].tables:
        meeting, table = meetings[0], meetings[0].tables[0]
        when = f" op {dutch.long_date(meeting.date)}" if meeting.date else ""
        body.text(
            f"Dit verslag beschrijft het gesprek aan {table.name} tijdens "
            f"‘{meeting.title}’{when}"
            + (f", onder leiding van {table.facilitator}." if table.facilitator else ".")
        )
    elif len(meetings) == 1:
        meeting = meetings[0]
        people = meeting.participants
        when = f"Op {dutch.long_date(meeting.date)} " if meeting.date else "Tijdens de bijeenkomst "
        where = f" in {meeting.location}" if meeting.location else ""
        who = (
            f"{people.total} deelnemers ({_participants_sentence(people)})"
            if people.total
            else "de deelnemers"
        )
        at_tables = dutch.counted(tables, "tafel", "tafels")
        body.text(f"{when}gingen {who} aan {at_tables} met elkaar in gesprek{where}.")
    elif meetings:
        body.text(
            f"In {len(meetings)} bijeenkomsten gingen deelnemers aan in totaal "
            f"{dutch.counted(tables, 'tafel', 'tafels')} met elkaar in gesprek."
        )
    if minutes.project_description:
        body.text(minutes.project_description)
    body.text(
        "Dit verslag legt vast wat er aan tafel is gezegd en welke opgaven daaruit naar voren "
        "komen. Elke gespreksleider schreef tijdens het gesprek mee; de beleidsadviseur heeft "
        "de uitspraken daarna tot opgaven gebundeld."
    )
    body.heading(2, "Leeswijzer")
    body.text(
        "Bij elke notitie staan tussen haakjes de soort (idee, zorg, vraag, afspraak of "
        "citaat; een gewone uitspraak krijgt geen soort) en de rol van wie het zei. "
        "Notities met ★ zijn aan tafel als belangrijk gemarkeerd. Citaten staan cursief "
        "tussen aanhalingstekens."
    )
    if minutes.anonymised:
        body.text("Namen en initialen van sprekers zijn weggelaten; alleen hun rol is vermeld.")


# -- a meeting: its tables, its agenda, the notes per table ------------------------------------


def _meeting(
    body: Body, minutes: Minutes, meeting: MeetingMinutes, ticker: _Ticker, *, new_page: bool
) -> None:
    contents = minutes.contents
    body.heading(1, meeting.title, new_page=new_page and bool(body.parts))
    where = ", ".join(p for p in (_when(meeting), meeting.location) if p)
    if where:
        body.text(where, MUTED)
    if contents.title_page and meeting.tables:
        _tables_overview(body, meeting)
    if contents.agenda and meeting.agenda:
        agenda_chapter(body, meeting)
    if contents.notes:
        for table in meeting.tables:
            _table_notes(body, table)
            ticker.add(table.note_count)


def _tables_overview(body: Body, meeting: MeetingMinutes) -> None:
    body.heading(2, "Tafels en gespreksleiders")
    columns = [
        Column("Tafel", 1800),
        Column("Gespreksleider", 1821),
        Column("Inwoners", 1100, "right"),
        Column("Professionals", 1450, "right"),
        Column("Ambtenaren", 1300, "right"),
        Column("Overig", 800, "right"),
        Column("Totaal", 800, "right"),
    ]
    rows: list[tuple[str, ...]] = [
        (
            run(t.name),
            run(t.facilitator or "—"),
            run(str(t.participants.residents)),
            run(str(t.participants.professionals)),
            run(str(t.participants.civil_servants)),
            run(str(t.participants.others)),
            run(str(t.participants.total), BOLD),
        )
        for t in meeting.tables
    ]
    total = meeting.participants
    rows.append(
        (
            run("Totaal", BOLD),
            run(""),
            *(
                run(str(value), BOLD)
                for value in (
                    total.residents,
                    total.professionals,
                    total.civil_servants,
                    total.others,
                    total.total,
                )
            ),
        )
    )
    body.table(columns, rows)


def _table_notes(body: Body, table: TableMinutes) -> None:
    body.heading(2, table.name)
    about = []
    if table.facilitator:
        about.append(f"Gespreksleider: {table.facilitator}.")
    if table.participants.total:
        about.append(f"Aan tafel: {_participants_sentence(table.participants)}.")
    about.append(f"{dutch.counted(table.note_count, 'notitie', 'notities')}.")
    body.text(" ".join(about), MUTED)
    if not table.note_count:
        body.text("Aan deze tafel zijn geen notities vastgelegd.")
        return
    for round_notes in table.rounds:
        body.heading(3, round_notes.title or OUTSIDE_AGENDA)
        body.bullets(note_runs(note, meta_at_table(note)) for note in round_notes.notes)
