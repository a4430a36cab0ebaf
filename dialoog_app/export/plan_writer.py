"""The plan of action → Word: per opgave (in priority order) the opgave written out, the
statements it came from (counted, a few quotes), the votes, the goal and the meerjarenplan
link, indicators and actions as tables. Same house style handling as the verslag
(``ooxml.Body`` over the template's resolved styles, saved atomically)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import dutch
from .model import RoleCounts
from .ooxml import BOLD, ITALIC, MUTED, Body, Column, StyleBook, run
from .plan_model import ActionLine, IndicatorLine, PlanDocument, PlanOpgave
from .save import write_atomically
from .template import Template

STATUS = {"planned": "gepland", "running": "lopend", "done": "gereed", "dropped": "vervallen"}
NOT_FILLED_IN = "nog niet ingevuld"


def _day(day: dt.date | None) -> str:
    return dutch.short_date(day) if day else "—"


def render_plan_body(document: PlanDocument, styles: StyleBook, *, direct_header: bool = True,
                     text_width: int = 9071) -> str:  # fmt: skip
    body = Body(styles, direct_header, text_width)
    body.paragraph(styles.title, run("Plan van aanpak"))
    body.paragraph(styles.subtitle, run(document.project_name))
    made = dutch.long_date(document.created.astimezone().date())
    body.text(f"Opgesteld op {made}" + (f" door {document.author}" if document.author else ""))
    if not document.opgaven:
        body.text("Dit project heeft nog geen opgaven.")
    body.text(
        "De opgaven staan in volgorde van prioriteit. Uitspraken zijn anoniem weergegeven.",
        MUTED,
    )
    for number, opgave in enumerate(document.opgaven, start=1):
        _opgave(body, number, opgave)
    return body.xml()


def write_plan_docx(document: PlanDocument, template: Template, target: Path) -> None:
    xml = render_plan_body(
        document, template.styles, direct_header=template.builtin, text_width=template.text_width
    )
    template.fill(xml, title_page=False)
    properties = template.document.core_properties
    properties.title = "Plan van aanpak"
    properties.subject = document.project_name
    properties.author = document.author
    properties.created = document.created.astimezone(dt.UTC).replace(tzinfo=None)
    properties.language = "nl-NL"
    properties.category = "Plan van aanpak"
    properties.comments = "Gemaakt met Dialoog"
    write_atomically(target, template.document.save)


def _opgave(body: Body, number: int, opgave: PlanOpgave) -> None:
    body.heading(1, f"{number}. {opgave.title}", new_page=number > 1)
    body.text(f"Prioriteit: {dutch.PRIORITY.get(opgave.priority, '—')}", MUTED)
    body.heading(2, "De opgave")
    body.paragraph(body.styles.body, run("Aanleiding en vraagstuk: ", BOLD),
                   run(opgave.problem or NOT_FILLED_IN))  # fmt: skip
    body.paragraph(body.styles.body, run("Gewenste situatie: ", BOLD),
                   run(opgave.desired_situation or NOT_FILLED_IN))  # fmt: skip

    body.heading(2, "Waar de opgave vandaan komt")
    if opgave.statements:
        counts = RoleCounts(
            residents=opgave.statements_by_role.get("resident", 0),
            professionals=opgave.statements_by_role.get("professional", 0),
            civil_servants=opgave.statements_by_role.get("civil_servant", 0),
            others=opgave.statements_by_role.get("other", 0),
        )
        said = dutch.counted(opgave.statements, "uitspraak", "uitspraken")
        tables = dutch.counted(opgave.tables, "tafel", "tafels")
        roles = dutch.enumerate_nl(dutch.role_counts(counts))
        body.text(f"{said} van {tables}, van {roles}. Enkele citaten:")
        body.bullets(run(f"“{quote}”", ITALIC) for quote in opgave.quotes)
    else:
        body.text("Er zijn (nog) geen uitspraken aan deze opgave gekoppeld.")

    body.heading(2, "Stemmen")
    if opgave.votes:
        body.table(
            [Column("Stemronde", 4000), Column("Datum", 2271), Column("Stemmen", 1400, "right"),
             Column("Plaats", 1400, "right")],
            [(run(v.round_name), run(_day(v.held_on)), run(str(v.total)),
              run(f"{v.rank}{' (gedeeld)' if v.tied else ''}")) for v in opgave.votes],
        )  # fmt: skip
    else:
        body.text("Over deze opgave is nog niet gestemd.")

    body.heading(2, "Doel en meerjarenplan")
    body.paragraph(body.styles.body, run("Doel: ", BOLD), run(opgave.goal or NOT_FILLED_IN))
    if opgave.effect:
        body.paragraph(body.styles.body, run("Beoogd effect: ", BOLD), run(opgave.effect))
    body.paragraph(body.styles.body, run("Jaren: ", BOLD), run(opgave.years or "—"),
                   run("   Begrotingspost: ", BOLD), run(opgave.budget_line or "—"))  # fmt: skip

    body.heading(2, "Indicatoren")
    indicators_table(body, opgave.indicators)
    body.heading(2, "Acties")
    actions_table(body, opgave.actions)
    if opgave.experts:
        body.heading(2, "Expertpool")
        body.bullets(run(org + (f" ({role})" if role else "")) for org, role in opgave.experts)


def indicators_table(body: Body, indicators: tuple[IndicatorLine, ...]) -> None:
    if not indicators:
        body.text("Nog geen indicatoren.")
        return
    body.table(
        [Column("Indicator", 2871), Column("Eenheid", 1300), Column("Nulmeting", 1200, "right"),
         Column("Streefwaarde", 1300, "right"), Column("Streefdatum", 1200),
         Column("Laatste meting", 1200, "right")],
        [(run(i.name), run(i.unit), run(dutch.number(i.baseline)), run(dutch.number(i.target)),
          run(_day(i.target_date)),
          run(dutch.number(i.latest) + (f" ({_day(i.latest_on)})" if i.latest_on else "")))
         for i in indicators],
    )  # fmt: skip


def actions_table(body: Body, actions: tuple[ActionLine, ...]) -> None:
    if not actions:
        body.text("Nog geen acties.")
        return
    body.table(
        [Column("Actie", 2871), Column("Eigenaar", 1800), Column("Partners", 1600),
         Column("Start", 1000), Column("Einde", 1000), Column("Status", 800)],
        [(run(a.what), run(a.owner), run(a.partners or "—"), run(_day(a.starts_on)),
          run(_day(a.ends_on)), run(STATUS.get(a.status, a.status))) for a in actions],
    )  # fmt: skip
