"""The progress report → Word: per opgave what was finished and started since a date, the
actions as they stand, the indicators against baseline and target; then per table "wat we
met uw inbreng deden" (statements → opgave → actions), without speakers or quotes, for
sending back to the participants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import dutch
from .ooxml import BOLD, MUTED, Body, StyleBook, run
from .plan_writer import STATUS, actions_table, indicators_table
from .progress_model import ProgressDocument, ProgressOpgave
from .save import write_atomically
from .template import Template


def render_progress_body(document: ProgressDocument, styles: StyleBook, *,
                         direct_header: bool = True, text_width: int = 9071) -> str:  # fmt: skip
    body = Body(styles, direct_header, text_width)
    since = dutch.short_date(document.since)
    body.paragraph(styles.title, run("Voortgang"))
    body.paragraph(styles.subtitle, run(f"{document.project_name} — sinds {since}"))
    body.text(f"Opgesteld op {dutch.long_date(document.created.astimezone().date())}.")
    body.text("Namen van deelnemers staan niet in dit overzicht.", MUTED)
    if not document.opgaven:
        body.text("Dit project heeft nog geen opgaven.")
    for number, opgave in enumerate(document.opgaven, start=1):
        _opgave(body, number, opgave, since)
    body.heading(1, "Wat we met uw inbreng deden", new_page=True)
    if not document.traces:
        body.text("Er zijn nog geen uitspraken in opgaven verwerkt.")
    for trace in document.traces:
        body.heading(2, f"{trace.table} ({trace.meeting})")
        for title, statements, actions in trace.opgaven:
            said = dutch.counted(statements, "uitspraak", "uitspraken")
            body.paragraph(body.styles.body, run(f"{title}: ", BOLD),
                           run(f"{said} van deze tafel {'kwam' if statements == 1 else 'kwamen'}"
                               " in deze opgave."))  # fmt: skip
            if actions:
                body.bullets(run(action) for action in actions)
            else:
                body.text("Voor deze opgave zijn nog geen acties gepland.", MUTED)
    return body.xml()


def write_progress_docx(document: ProgressDocument, template: Template, target: Path) -> None:
    xml = render_progress_body(
        document, template.styles, direct_header=template.builtin, text_width=template.text_width
    )
    template.fill(xml, title_page=False)
    properties = template.document.core_properties
    properties.title = "Voortgang"
    properties.subject = document.project_name
    properties.created = document.created.astimezone(dt.UTC).replace(tzinfo=None)
    properties.language = "nl-NL"
    properties.category = "Voortgang"
    properties.comments = "Gemaakt met Dialoog"
    write_atomically(target, template.document.save)


def _opgave(body: Body, number: int, opgave: ProgressOpgave, since: str) -> None:
    body.heading(1, f"{number}. {opgave.title}", new_page=number > 1)
    body.heading(2, f"Sinds {since}")
    changes = [f"Afgerond op {dutch.short_date(d)}: {what}" for what, d in opgave.finished]
    changes += [f"Gestart op {dutch.short_date(d)}: {what}" for what, d in opgave.started]
    changes += [
        f"Gemeten op {dutch.short_date(d)}: {name} {str(value).replace('.', ',')}"
        for name, d, value in opgave.measurements
    ]
    if changes:
        body.bullets(run(line) for line in changes)
    else:
        body.text("Sindsdien is er niets veranderd.")
    body.heading(2, "Acties")
    actions_table(body, opgave.actions)
    counts = {s: sum(1 for a in opgave.actions if a.status == s) for s in STATUS}
    summary = [f"{n} {STATUS[s]}" for s, n in counts.items() if n]
    if summary:
        body.text("Stand: " + dutch.enumerate_nl(summary) + ".", MUTED)
    body.heading(2, "Indicatoren")
    indicators_table(body, opgave.indicators)
