"""The progress report → Word: per opgave what changed since a date, the actions as they
stand, the indicators against baseline and target with a chart each (an image with its
values as alt text, ``indicator_chart.py``); then per table "wat we
met uw inbreng deden" (statements → opgave → actions), without speakers or quotes, for
sending back to the participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import dutch, pictures
from .charts import ChartRenderer, rendered
from .indicator_chart import description, line_chart
from .ooxml import BOLD, MUTED, Body, StyleBook, run
from .plan_writer import STATUS, actions_table, indicators_table
from .progress_model import ChangeLine, ProgressDocument, ProgressOpgave
from .save import write_atomically
from .template import Template

CHANGED = {
    "planned": "Weer gepland",
    "running": "Gestart",
    "done": "Afgerond",
    "dropped": "Vervallen",
}


def add_charts(
    document: Any, progress: ProgressDocument, text_width: int, charts: ChartRenderer
) -> list[pictures.Picture]:
    """Every measured indicator's chart, in the order of the document, in its package."""
    measured = [line_chart(i) for o in progress.opgaven for i in o.indicators if i.measurements]
    return pictures.add_pictures(document, rendered(charts, measured), text_width)


def render_progress_body(document: ProgressDocument, styles: StyleBook, *,
                         direct_header: bool = True, text_width: int = 9071,
                         charts: list[pictures.Picture] | None = None) -> str:  # fmt: skip
    """The body; ``charts`` (from ``add_charts``) go under their indicators, left out
    (with the text saying so) when not given."""
    body = Body(styles, direct_header, text_width)
    drawn = iter(enumerate(charts or [], start=1))
    since = dutch.short_date(document.since)
    body.paragraph(styles.title, run("Voortgang"))
    body.paragraph(styles.subtitle, run(f"{document.project_name} — sinds {since}"))
    body.text(f"Opgesteld op {dutch.long_date(document.created.astimezone().date())}.")
    body.text("Namen van deelnemers staan niet in dit overzicht.", MUTED)
    if not document.opgaven:
        body.text("Dit project heeft nog geen opgaven.")
    for number, opgave in enumerate(document.opgaven, start=1):
        _opgave(body, number, opgave, since, drawn)
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


def write_progress_docx(
    document: ProgressDocument, template: Template, target: Path, *, charts: ChartRenderer
) -> None:
    width = template.text_width
    drawn = add_charts(template.document, document, width, charts)
    xml = render_progress_body(
        document, template.styles, direct_header=template.builtin, text_width=width, charts=drawn
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


def change_text(change: ChangeLine) -> str:
    day = dutch.short_date(change.on)
    if change.kind == "new_action":
        return f"Nieuwe actie op {day}: {change.subject}"
    if change.kind == "status":
        return f"{CHANGED.get(change.status, change.status)} op {day}: {change.subject}"
    return f"Gemeten op {day}: {change.subject} {dutch.number(change.value)}"


def _opgave(body: Body, number: int, opgave: ProgressOpgave, since: str,
            charts: Iterator[tuple[int, pictures.Picture]]) -> None:  # fmt: skip
    body.heading(1, f"{number}. {opgave.title}", new_page=number > 1)
    body.heading(2, f"Sinds {since}")
    if opgave.changes:
        body.bullets(run(change_text(change)) for change in opgave.changes)
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
    for indicator in opgave.indicators:
        unit = f" ({indicator.unit})" if indicator.unit else ""
        body.paragraph(body.styles.body, run(indicator.name + unit, BOLD), keep_next=True)
        if not indicator.measurements:
            body.text("Voor deze indicator is nog niets gemeten, dus er is geen grafiek.", MUTED)
            continue
        drawn = next(charts, None)
        if drawn is None:
            body.text("De grafiek is weggelaten.", MUTED)
            continue
        body.parts.append(pictures.paragraph(body.styles.body, drawn[1], drawn[0],
                                             description(indicator)))  # fmt: skip
