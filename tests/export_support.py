"""Shared by the export tests and benchmark: a demo project whose meeting really ran."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.table import Table as DocxTable

from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace

# Minutes each agenda item of the classic agenda actually took; the pause is skipped and
# "Dromen" gets five extra minutes, then still runs over.
ACTUAL_MINUTES = [12, 15, 34, None, 32, 25, 9]


def run_meeting_clock(ws: Workspace, meeting_id: str) -> None:
    """Press the meeting clock as a facilitator would, on a fake clock."""
    meeting = meetings.get_meeting(ws, meeting_id)
    assert meeting.date and meeting.start_time
    start = dt.datetime.combine(meeting.date, meeting.start_time).astimezone()
    fake = FakeClock(start.astimezone(dt.UTC) + dt.timedelta(minutes=2))
    snapshot = clock.snapshot(ws, meeting_id)
    items = [item.id for item in snapshot.items]
    clock.press(ws, meeting_id, ClockAction.START, at=fake.now())
    for item_id, minutes in zip(items, ACTUAL_MINUTES, strict=True):
        if minutes is None:
            clock.press(ws, meeting_id, ClockAction.SKIP, at=fake.now(), item_id=item_id)
            continue
        if minutes == 32:
            fake.advance(minutes=20)
            clock.press(ws, meeting_id, ClockAction.EXTEND, at=fake.now(), seconds=300)
            fake.advance(minutes=12)
        else:
            fake.advance(minutes=minutes)
        clock.press(ws, meeting_id, ClockAction.NEXT, at=fake.now())


def ran_demo(ws: Workspace, **sizes: int) -> str:
    """Fill ``ws`` with a demo project and run its meeting's clock; the meeting's id."""
    fill_demo(ws, **sizes)
    [meeting] = meetings.list_meetings(ws)
    run_meeting_clock(ws, meeting.id)
    return meeting.id


def docx_path(folder: Path, name: str = "verslag.docx") -> Path:
    return folder / name


# -- reading a written verslag back -------------------------------------------------------------


@dataclass(frozen=True)
class Bullet:
    h1: str
    h2: str
    h3: str
    text: str  # the note's text as printed (without ★ and without the grey details)
    details: str  # the grey details "(idee, inwoner, J.B.)"
    starred: bool


@dataclass
class ReadBack:
    bullets: list[Bullet] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    tables: list[tuple[str, list[list[str]]]] = field(default_factory=list)  # (h1, rows)
    texts: list[str] = field(default_factory=list)  # every paragraph's text, in order


def read_back(path: Path) -> ReadBack:
    """Walk the body in order, keeping track of the headings above each bullet."""
    document = docx.Document(str(path))
    found = ReadBack()
    context = ["", "", ""]
    for block in document.iter_inner_content():
        if isinstance(block, DocxTable):
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            found.tables.append((context[0], rows))
            found.texts.extend(cell for row in rows for cell in row)
            continue
        style = block.style.name if block.style is not None else ""
        found.texts.append(block.text)
        if style.startswith("Heading "):
            level = int(style.split()[-1])
            context[level - 1 :] = [block.text] + [""] * (3 - level)
            found.headings.append((level, block.text))
        elif style == "List Bullet":
            runs = [r.text for r in block.runs]
            starred = runs[0] == "★ "
            body = runs[1:] if starred else runs
            found.bullets.append(
                Bullet(*context, "".join(body[:-1]), body[-1].strip(), starred)  # type: ignore[arg-type]
            )
    return found


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def template_without_styles(path: Path, names: set[str], *, drop_numbering: bool = False) -> Path:
    """A stock template with the named styles (lower case) removed."""
    document = docx.Document()
    styles = document.styles.element
    for style in list(styles.iterchildren(f"{W}style")):
        name = style.find(f"{W}name").get(f"{W}val").lower()
        if name in names:
            styles.remove(style)
    if drop_numbering:
        for rel_id, rel in list(document.part.rels.items()):
            if rel.reltype == RT.NUMBERING:
                document.part.drop_rel(rel_id)
    document.save(str(path))
    return path
