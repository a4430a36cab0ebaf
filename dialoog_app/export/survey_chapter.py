"""The verslag's chapter "Uitkomsten enquête": per closed question a table and a chart,
per open question how many answered and where the answers were placed."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from . import dutch
from .ooxml import BOLD, MUTED, Body, Column, escape, run
from .survey_chart import bar_chart
from .survey_model import ClosedQuestion, SurveyResults

EMU_PER_INCH = 914_400
EMU_PER_TWIP = 635
_NS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


@dataclass(frozen=True)
class Picture:
    """An image already added to the document's package: its relationship id and size."""

    rid: str
    cx: int  # EMU
    cy: int


def add_charts(document: Any, results: SurveyResults, text_width: int) -> list[Picture]:
    """Draw every closed question's chart and add it to the package (python-docx's
    image part, deduplicated by content); the body then refers to it by relationship id."""
    pictures = []
    for question in results.closed:
        png, width, height = bar_chart(question)
        rid, _image = document.part.get_or_add_image(BytesIO(png))
        cx = min(int(width * EMU_PER_INCH), text_width * EMU_PER_TWIP)
        pictures.append(Picture(rid, cx, int(cx * height / width)))
    return pictures


def _drawing(picture: Picture, number: int, description: str) -> str:
    return (
        f"<w:r><w:drawing {_NS}>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{picture.cx}" cy="{picture.cy}"/>'
        f'<wp:docPr id="{4000 + number}" name="Grafiek {number}" descr="{escape(description)}"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{4000 + number}" name="grafiek{number}.png"/>'
        f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{picture.rid}"/>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{picture.cx}" cy="{picture.cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


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
            style = body.styles.body
            drawing = _drawing(pictures[number - 1], number, question.question)
            body.parts.append(
                f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:keepLines/></w:pPr>{drawing}</w:p>'
            )
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
