"""The verslag's chapter "Uitkomsten enquête": per closed question a table and a chart,
per open question how many answered and where the answers were placed."""

from __future__ import annotations

from typing import Any

from . import dutch
from .charts import ChartRenderer, rendered
from .ooxml import BOLD, MUTED, Body, Column, run
from .pictures import Picture, add_pictures, paragraph
from .survey_chart import bar_chart
from .survey_model import ClosedQuestion, SurveyResults


def add_charts(
    document: Any, results: SurveyResults, text_width: int, charts: ChartRenderer
) -> list[Picture]:
    """Draw every closed question's chart and add it to the package."""
    drawn = rendered(charts, [bar_chart(q) for q in results.closed])
    return add_pictures(document, drawn, text_width)


def _cell(count: int, share: float) -> str:
    return run(f"{count} ({share:.0f}%)".replace(".", ","))


def _closed(body: Body, question: ClosedQuestion) -> None:
    roles = question.roles
    role_width = 1300
    columns = [Column("Antwoord", 9071 - role_width * (len(roles) + 1))]
    columns += [Column(dutch.ROLE_PLURAL[r][1].capitalize(), role_width, "right") for r in roles]
    columns.append(Column("Totaal", role_width, "right"))
    rows = []
    for option in question.options:
        cells = [run(option.answer)]
        cells += [_cell(option.by_role.get(r, 0), question.percent(option, r)) for r in roles]
        cells.append(_cell(option.total, question.percent(option)))
        rows.append(cells)
    answered = [run("Beantwoord door", BOLD)]
    answered += [run(str(question.respondents_by_role.get(r, 0)), BOLD) for r in roles]
    answered.append(run(str(question.respondents), BOLD))
    rows.append(answered)
    body.table(columns, rows)


def write(body: Body, results: SurveyResults, pictures: list[Picture]) -> None:
    body.heading(1, "Uitkomsten enquête", new_page=True)
    body.text(
        "De uitkomsten van de enquête die voorafging aan de dialoogtafels. Per gesloten vraag "
        "staat hoeveel respondenten elk antwoord gaven, per rol en in totaal (het percentage "
        "is het deel van de respondenten met die rol dat de vraag beantwoordde)."
    )
    if results.closed:
        body.heading(2, "Gesloten vragen")
    for number, question in enumerate(results.closed, start=1):
        body.heading(3, question.question)
        _closed(body, question)
        if number <= len(pictures):
            picture = pictures[number - 1]
            body.parts.append(paragraph(body.styles.body, picture, number, question.question))
    if results.open:
        body.heading(2, "Open vragen")
        body.text(
            "De antwoorden op de open vragen zijn als uitspraken meegenomen bij het vormen van "
            "de opgaven. Per vraag: hoeveel antwoorden er kwamen en waar ze zijn geplaatst."
        )
    for open_question in results.open:
        body.heading(3, open_question.question)
        answers = dutch.counted(open_question.answers, "antwoord", "antwoorden")
        body.text(f"{answers}.")
        for title, count in open_question.placed:
            body.bullet(run(title), run(f" — {dutch.counted(count, 'antwoord', 'antwoorden')}"))
        if open_question.unplaced:
            body.bullet(run(f"Nog niet in een opgave: {open_question.unplaced}", MUTED))
