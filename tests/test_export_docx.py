"""The verslag in Word, read back: nothing lost, everything in its place, real Word structures."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from chart_support import CHARTS
from dialoog_app.export import dutch
from dialoog_app.export.lines import note_text
from dialoog_app.export.model import NoteLine, ScopeKind
from dialoog_app.services import meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import Workspace
from dialoog_app.store.models import DialogueTable, Meeting, Note, Opgave
from export_support import read_back, run_meeting_clock

OUTSIDE = "Buiten de agenda om"
NOW = dt.datetime(2023, 4, 12, 9, 0, tzinfo=dt.UTC)


def _printed(text: str, kind: str) -> str:
    """The text as the verslag prints it (a citaat gets quotation marks if it has none)."""
    line = NoteLine("", text, kind, "", "", False, "", "", "", "")
    return note_text(line)


def _database(path: Path) -> dict[str, list[tuple[str, ...]]]:
    """What the file holds, read with plain SQL (independent of the code under test)."""
    db = sqlite3.connect(path)
    notes = db.execute(
        "SELECT n.id, m.title, t.name, COALESCE(a.title, ''), n.text, n.kind, n.role, n.speaker"
        " FROM note n JOIN dialogue_table t ON t.id = n.table_id"
        " JOIN meeting m ON m.id = t.meeting_id"
        " LEFT JOIN agenda_item a ON a.id = n.agenda_item_id AND a.deleted_at IS NULL"
        " WHERE n.deleted_at IS NULL"
    ).fetchall()
    placements = db.execute(
        "SELECT o.position, o.title, n.id, n.text, n.kind FROM opgave_note p"
        " JOIN opgave o ON o.id = p.opgave_id JOIN note n ON n.id = p.note_id"
        " WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND n.deleted_at IS NULL"
        " ORDER BY o.position, p.position"
    ).fetchall()
    opgaven = db.execute(
        "SELECT position, title, problem, desired_situation, causes, scope, partners,"
        " first_steps FROM opgave WHERE deleted_at IS NULL ORDER BY position"
    ).fetchall()
    db.close()
    return {"notes": notes, "placements": placements, "opgaven": opgaven}


@pytest.fixture
def two_meetings(workspace: Workspace) -> Workspace:
    """Two demo meetings (the clock run on the first), with a few awkward notes added."""
    fill_demo(workspace, notes=240, opgaven=6, seed=3)
    with workspace.unit_of_work() as uow:
        earlier = {row.id for row in uow.session.scalars(select(Opgave))}
    fill_demo(workspace, notes=60, opgaven=2, tables=2, seed=4)
    with workspace.unit_of_work() as uow:  # the demo numbers each batch from 0: put it after
        later = [o for o in uow.session.scalars(select(Opgave)) if o.id not in earlier]
        for opgave in later:
            opgave.position += len(earlier)
        second = uow.session.scalars(
            select(Meeting).where(
                Meeting.id.not_in(
                    select(DialogueTable.meeting_id).where(DialogueTable.name == "Tafel Zuid")
                )
            )
        ).one()
        second.position, second.title = 1, "Tweede avond"
    first = meetings.list_meetings(workspace)[0]
    run_meeting_clock(workspace, first.id)
    table = meetings.list_tables(workspace, first.id)[0]
    with workspace.unit_of_work() as uow:
        for text in ["Regel één\nregel twee", "A & B <samen> \x0b", "Zonder ronde"]:
            uow.session.add(
                Note(
                    table_id=table.id,
                    text=text,
                    kind="idea",
                    role="other",
                    speaker="Q.",
                    device_id=workspace.store.device_id,
                )
            )
    return workspace


def test_every_note_appears_once_where_it_belongs(two_meetings: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "verslag.docx"
    result = export_minutes(
        two_meetings, MinutesRequest(author="Beleid"), target, now=NOW, charts=CHARTS
    )
    expected = _database(two_meetings.path)
    back = read_back(target)
    assert result.notes == len(expected["notes"]) == 303

    # A \x0b stored by an older version is printed as the line break it meant.
    clean = {n[0]: n[4].replace("\x0b", "\n") for n in expected["notes"]}
    # 1. Per table, grouped by round: every note exactly once, under its meeting/table/round.
    chapters = {m.title for m in meetings.list_meetings(two_meetings)}
    in_tables = Counter((b.h1, b.h2, b.h3, b.text) for b in back.bullets if b.h1 in chapters)
    assert in_tables == Counter(
        (n[1], n[2], n[3] or OUTSIDE, _printed(clean[n[0]], n[5])) for n in expected["notes"]
    )
    # 2. Every opgave, with all its statements, in their order.
    numbered = {o[0]: f"{i}. {o[1]}" for i, o in enumerate(expected["opgaven"], start=1)}
    for position, heading in numbered.items():
        shown = [b.text for b in back.bullets if b.h1 == "Opgaven" and b.h2 == heading]
        wanted = [_printed(clean[p[2]], p[4]) for p in expected["placements"] if p[0] == position]
        assert shown == wanted, heading
    # 3. The appendix: exactly the notes in no opgave.
    placed = {p[2] for p in expected["placements"]}
    appendix = Counter((b.h3, b.text) for b in back.bullets if b.h1.startswith("Bijlage"))
    assert appendix == Counter(
        (n[3] or OUTSIDE, _printed(clean[n[0]], n[5]))
        for n in expected["notes"]
        if n[0] not in placed
    )
    # 4. The afspraken table: every agreement once.
    [(_, rows)] = [t for t in back.tables if t[0] == "Afspraken"]
    assert Counter(row[1] for row in rows[1:]) == Counter(
        _printed(n[4], n[5]) for n in expected["notes"] if n[5] == "agreement"
    )
    # 5. Each opgave's written-out fields are in the document.
    everything = "\n".join(back.texts)
    for opgave in expected["opgaven"]:
        for value in opgave[2:]:
            assert value in everything
    assert "Regel één\nregel twee" in everything and "A & B <samen>" in everything


def test_real_word_structures(two_meetings: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "verslag.docx"
    export_minutes(
        two_meetings, MinutesRequest(author="A. de Beleidsadviseur"), target, now=NOW, charts=CHARTS
    )
    document = docx.Document(str(target))
    styles = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"} <= styles
    # Headings carry outline levels (the navigation pane), bullets a real list numbering.
    heading = document.styles["Heading 1"].element
    assert (
        heading.find(".//{*}outlineLvl").get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"
        )
        == "0"
    )
    assert document.styles["List Bullet"].element.find(".//{*}numPr") is not None
    assert all(t.style is not None and t.style.name == "Table Grid" for t in document.tables)
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode()
        footers = "".join(
            archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")
        )
        types = archive.read("[Content_Types].xml").decode()
    assert 'TOC \\o "1-2"' in body and 'w:dirty="true"' in body
    assert " PAGE " in footers and " NUMPAGES " in footers
    assert "wordprocessingml.document.main+xml" in types  # a .docx, though made from a .dotx
    properties = document.core_properties
    assert properties.title == "Putten"
    assert properties.author == "A. de Beleidsadviseur"
    assert properties.created == NOW
    assert properties.language == "nl-NL"
    back = read_back(target)
    assert "dinsdag 11 april 2023, 19:00 uur, Dorpshuis De Aker, Putten" in back.texts
    agenda = [rows for h1, rows in back.tables if rows[0][:2] == ["Onderdeel", "Gepland"]]
    first = {row[0].split("  (")[0]: row for row in agenda[0][1:]}
    assert first["Ervaringen delen"][2] == "19:29–20:03 (34 min)"
    assert first["Ervaringen delen"][3] == "+4 min"
    assert first["Pauze"][2] == "overgeslagen"
    assert first["Dromen"][2].endswith("(32 min, verlengd met 5 min)")
    assert first["Oogst"][3] == "−1 min"
    assert agenda[1][1][2] == "—"  # the second meeting never ran its clock
    starred = [b for b in back.bullets if b.starred]
    assert starred and all(b.details.startswith("(") for b in back.bullets)


def test_anonymise_leaves_out_speakers_keeps_roles(two_meetings: Workspace, tmp_path: Path) -> None:
    named, anonymous = tmp_path / "named.docx", tmp_path / "anon.docx"
    export_minutes(two_meetings, MinutesRequest(), named, now=NOW, charts=CHARTS)
    export_minutes(two_meetings, MinutesRequest(anonymise=True), anonymous, now=NOW, charts=CHARTS)
    speakers = {n[7] for n in _database(two_meetings.path)["notes"] if n[7]}
    details_named = [b.details for b in read_back(named).bullets]
    details_anon = [b.details for b in read_back(anonymous).bullets]
    assert any(s in d for d in details_named for s in speakers)
    assert not any(f", {s}" in d or f"({s})" in d for d in details_anon for s in speakers)
    everything = "\n".join(read_back(anonymous).texts)
    assert "Namen en initialen van sprekers zijn" in everything
    roles = set(dutch.ROLE.values())
    assert all(any(role in d for role in roles) for d in details_anon)


def test_scope_one_table_and_leaving_parts_out(two_meetings: Workspace, tmp_path: Path) -> None:
    first = meetings.list_meetings(two_meetings)[0]
    table = meetings.list_tables(two_meetings, first.id)[1]
    target = tmp_path / "tafel.docx"
    request = MinutesRequest(
        scope=ScopeKind.TABLE, table_id=table.id, unplaced=False, agreements=False
    )
    result = export_minutes(two_meetings, request, target, now=NOW, charts=CHARTS)
    notes = [
        n
        for n in _database(two_meetings.path)["notes"]
        if (n[1], n[2]) == (first.title, table.name)
    ]
    assert result.notes == len(notes)
    back = read_back(target)
    assert {b.h2 for b in back.bullets if b.h1 == first.title} == {table.name}
    assert not [h for h in back.headings if h[1].startswith(("Bijlage", "Afspraken"))]
    opgave_bullets = [b for b in back.bullets if b.h1 == "Opgaven"]
    assert opgave_bullets and all(f"({table.name}," in b.details for b in opgave_bullets)
    assert f"Verslag van {table.name}, {first.title}" in back.texts

    bare = tmp_path / "kaal.docx"
    only = MinutesRequest(
        scope=ScopeKind.MEETING,
        meeting_id=first.id,
        title_page=False,
        agenda=False,
        notes=False,
        unplaced=False,
        agreements=False,
    )
    export_minutes(two_meetings, only, bare, now=NOW, charts=CHARTS)
    back = read_back(bare)
    assert back.headings[0] == (1, "Opgaven")
    assert "Title" not in {p.style.name for p in docx.Document(str(bare)).paragraphs}


def test_dutch_dates_without_a_locale() -> None:
    days = [dutch.long_date(dt.date(2023, 4, d)) for d in range(10, 17)]
    assert days == [
        "maandag 10 april 2023",
        "dinsdag 11 april 2023",
        "woensdag 12 april 2023",
        "donderdag 13 april 2023",
        "vrijdag 14 april 2023",
        "zaterdag 15 april 2023",
        "zondag 16 april 2023",
    ]
    assert [dutch.short_date(dt.date(2024, m, 1)).split()[1] for m in (1, 3, 5, 12)] == [
        "januari",
        "maart",
        "mei",
        "december",
    ]
    assert dutch.enumerate_nl(["a", "b", "c"]) == "a, b en c"


def test_an_empty_project_still_gives_a_tidy_document(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "leeg.docx"
    export_minutes(workspace, MinutesRequest(), target, now=NOW, charts=CHARTS)
    texts = read_back(target).texts
    assert "Er zijn (nog) geen opgaven geformuleerd." in texts
    assert "Er zijn geen notities vastgelegd." in texts
    nothing = MinutesRequest(
        title_page=False, agenda=False, notes=False, opgaven=False, agreements=False,
        unplaced=False,
    )  # fmt: skip
    export_minutes(workspace, nothing, target, now=NOW, charts=CHARTS)
    assert read_back(target).texts == ["Dit verslag is leeg: er is niets gekozen om op te nemen."]
