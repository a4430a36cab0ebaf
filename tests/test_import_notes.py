"""Importing notes from real-world CSV and Excel files: detection, mapping, reported rows,
one transaction, and a second import of the same file that adds nothing."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import import_fixtures as fx
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.domain.sources import NoteSource
from dialoog_app.exchange import errors
from dialoog_app.exchange.mapping import Field, guess_columns
from dialoog_app.exchange.note_rows import NoteMapping, plan_notes
from dialoog_app.exchange.sheet import ReadOptions, read_sheet
from dialoog_app.services import agenda, board, importing, meetings
from dialoog_app.services.project_rows import MeetingRow
from dialoog_app.services.workspace import Workspace


def _plan(path: Path, **options: object):  # type: ignore[no-untyped-def]
    sheet = read_sheet(path, ReadOptions(**options))  # type: ignore[arg-type]
    columns = guess_columns(sheet.columns, [r.cells for r in sheet.rows])
    return sheet, plan_notes(sheet, NoteMapping(columns), day=dt.date(2026, 3, 14))


def test_dutch_excel_csv_in_windows_1252_with_semicolons(tmp_path: Path) -> None:
    sheet, plan = _plan(fx.cp1252_semicolon(tmp_path))
    assert (sheet.encoding, sheet.delimiter, sheet.has_header) == ("cp1252", ";", True)
    assert [r.text for r in plan.rows][1] == fx.DUTCH_ROWS[1][3]  # "—" and "’" intact
    assert [(r.table, r.kind, r.role) for r in plan.rows] == [
        ("Noord", NoteKind.IDEA, Role.RESIDENT),
        ("Noord", NoteKind.CONCERN, Role.PROFESSIONAL),
        ("Zuid", NoteKind.AGREEMENT, Role.CIVIL_SERVANT),
        ("Zuid", NoteKind.QUESTION, Role.OTHER),  # "wethouder" is not known …
    ]
    assert plan.unknown_roles == ("wethouder",)  # … and is shown, not guessed silently
    remapped = plan_notes(
        sheet, NoteMapping(guess_columns(sheet.columns), roles={"wethouder": Role.CIVIL_SERVANT})
    )
    assert remapped.rows[3].role is Role.CIVIL_SERVANT


def test_utf8_with_bom_and_english_headers(tmp_path: Path) -> None:
    sheet, plan = _plan(fx.utf8_bom_comma(tmp_path))
    assert (sheet.encoding, sheet.delimiter) == ("utf-8-sig", ",")
    assert sheet.columns == ("Table", "Role", "Kind", "Note")  # no BOM glued to "Table"
    assert guess_columns(sheet.columns)[Field.TEXT] == "Note"
    assert [r.text for r in plan.rows] == [r[3] for r in fx.DUTCH_ROWS]


def test_quoted_newlines_empty_rows_and_every_bad_row_reported(tmp_path: Path) -> None:
    sheet, plan = _plan(fx.quoted_newlines_and_gaps(tmp_path))
    assert plan.rows[0].text == "Eerste regel\nTweede regel; met puntkomma"
    assert plan.rows[-1].text == 'Zeg "ja" tegen de buurt'
    assert plan.empty_rows == 2
    reasons = [(p.row, p.reason.english()) for p in plan.problems]
    assert reasons == [
        (5, "no text in the column “Tekst”"),
        (6, "the time “kwart voor acht” cannot be read"),
    ]
    assert plan.rows[0].noted_at == dt.datetime(2026, 3, 14, 19, 40).astimezone(dt.UTC)


def test_a_file_without_header_is_read_as_columns(tmp_path: Path) -> None:
    sheet, plan = _plan(fx.no_header(tmp_path))
    assert not sheet.has_header
    assert sheet.columns == ("Kolom 1", "Kolom 2")
    assert len(plan.rows) == 3 and plan.rows[0].text.startswith("Meer groen")
    assert plan.rows[0].row == 1  # nothing was taken for a header


def test_workbook_sheet_choice_merged_cells_and_dates(tmp_path: Path) -> None:
    path = fx.two_sheet_workbook(tmp_path)
    first = read_sheet(path)
    assert first.sheets == ("Uitleg", "Notities") and first.sheet == "Uitleg"
    sheet, plan = _plan(path, sheet="notities")  # any case
    assert sheet.sheet == "Notities"
    assert [r.table for r in plan.rows] == ["Tafel Oost", "Tafel Oost", "Tafel West"]
    assert plan.rows[1].noted_at == dt.datetime(2026, 3, 14, 19, 35).astimezone(dt.UTC)
    assert [r.role for r in plan.rows] == [Role.RESIDENT, Role.RESIDENT, Role.PROFESSIONAL]
    with pytest.raises(errors.UnknownSheetError) as caught:
        read_sheet(path, ReadOptions(sheet="Blad3"))
    assert "Uitleg, Notities" in caught.value.text.english()


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (fx.corrupt_workbook, errors.DamagedSpreadsheetError),
        (fx.empty_file, errors.EmptySpreadsheetError),
        (fx.binary_named_csv, errors.NotASpreadsheetError),
    ],
)
def test_unusable_files_are_refused_in_plain_words(
    tmp_path: Path, make: Callable[[Path], Path], error: type[Exception]
) -> None:
    with pytest.raises(error):
        read_sheet(make(tmp_path))


def test_excel_serial_numbers_are_dates(tmp_path: Path) -> None:
    from dialoog_app.exchange.note_rows import parse_time

    assert parse_time("46095.8125") == dt.datetime(2026, 3, 14, 19, 30).astimezone(dt.UTC)
    assert parse_time("14-3-2026 19:30") == dt.datetime(2026, 3, 14, 19, 30).astimezone(dt.UTC)


@pytest.fixture
def meeting(workspace: Workspace) -> MeetingRow:
    return meetings.add_meeting(workspace, "Avond 1")


def test_import_adds_tables_and_rounds_once_and_reimport_adds_nothing(
    workspace: Workspace,
    meeting: MeetingRow,
    tmp_path: Path,
    reopen: Callable[[], Workspace],
) -> None:
    meetings.add_table(workspace, meeting.id, "noord")  # found by name, any case
    path = fx.cp1252_semicolon(tmp_path)
    _, plan = _plan(path)
    result = importing.import_notes(workspace, plan, meeting.id, table="Tafel 9")
    assert (result.added, result.already_there, result.tables_added) == (4, 0, ("Zuid",))
    again = importing.import_notes(workspace, _plan(path)[1], meeting.id, table="Tafel 9")
    assert (again.added, again.already_there) == (0, 4)
    workspace.close()
    ws = reopen()
    cards = board.list_notes(ws)
    assert sorted(c.table_name for c in cards) == ["Zuid", "Zuid", "noord", "noord"]
    assert [c.text for c in cards] == [r[3] for r in fx.DUTCH_ROWS]  # the file's order
    assert [t.name for t in meetings.list_tables(ws, meeting.id)] == ["noord", "Zuid"]


def test_rows_naming_no_table_go_to_the_chosen_table_with_their_round(
    workspace: Workspace, meeting: MeetingRow, tmp_path: Path
) -> None:
    path = tmp_path / "rondes.csv"
    path.write_text("Ronde;Opmerking\nDromen;Een groene wijk\nDromen;Veilig fietsen\n", "utf-8")
    _, plan = _plan(path)
    result = importing.import_notes(workspace, plan, meeting.id, table="Tafel 3")
    assert result.rounds_added == ("Dromen",)
    [item] = agenda.list_items(workspace, meeting.id)
    cards = board.list_notes(workspace)
    assert {(c.table_name, c.agenda_title) for c in cards} == {("Tafel 3", "Dromen")}
    assert {c.agenda_item_id for c in cards} == {item.id}


def test_a_failing_import_writes_nothing(
    workspace: Workspace, meeting: MeetingRow, tmp_path: Path
) -> None:
    _, plan = _plan(fx.cp1252_semicolon(tmp_path))
    meetings.delete_meeting(workspace, meeting.id)
    with pytest.raises(Exception, match="no longer exists"):
        importing.import_notes(workspace, plan, meeting.id, table="X")
    meetings.restore_meeting(workspace, meeting.id)
    assert board.list_notes(workspace) == []
    assert meetings.list_tables(workspace, meeting.id) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialoog_app", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_import_reports_rows_and_is_idempotent(
    workspace: Workspace, meeting: MeetingRow, tmp_path: Path, project_path: Path,
    reopen: Callable[[], Workspace],
) -> None:  # fmt: skip
    workspace.close()
    path = fx.quoted_newlines_and_gaps(tmp_path)
    first = _cli("import", str(project_path), str(path), "--meeting", "avond 1",
                 "--map", "text=Tekst,table=Tafel,time=Tijd", "--source", "verslag")  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert "rij 5 niet geïmporteerd: geen tekst in de kolom “Tekst”" in first.stderr
    assert "rij 6 niet geïmporteerd" in first.stderr
    assert "notities: 2," in first.stdout
    second = _cli("import", str(project_path), str(path), "--meeting", "Avond 1")
    assert second.returncode == 0 and "al aanwezig: 2" in second.stdout
    bad = _cli("import", str(project_path), str(fx.binary_named_csv(tmp_path)), "--meeting", "X")
    assert bad.returncode == 2 and "geen spreadsheet" in bad.stderr
    ws = reopen()
    cards = board.list_notes(ws)
    assert len(cards) == 2
    with ws.unit_of_work() as uow:
        from dialoog_app.store.models import Note

        assert {n.source for n in uow.session.query(Note)} == {NoteSource.MINUTES.value}


def test_a_line_csv_cannot_parse_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Opmerking\nkort\n" + '"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(errors.UnreadableRowError) as caught:
        read_sheet(path)
    assert caught.value.text.args["row"] == 3


def test_cli_reads_the_chosen_sheet_and_refuses_a_bad_mapping(
    workspace: Workspace, meeting: MeetingRow, tmp_path: Path, project_path: Path,
    reopen: Callable[[], Workspace],
) -> None:  # fmt: skip
    workspace.close()
    book = fx.two_sheet_workbook(tmp_path)
    bad = _cli("import", str(project_path), str(book), "--meeting", "Avond 1", "--map", "tekst")
    assert bad.returncode == 2 and "is geen koppeling" in bad.stderr
    wrong = _cli("import", str(project_path), str(book), "--meeting", "Avond 1", "--sheet", "X")
    assert wrong.returncode == 2 and "Kies uit: Uitleg, Notities" in wrong.stderr
    ok = _cli("import", str(project_path), str(book), "--meeting", "Avond 1", "--sheet", "Notities")
    assert ok.returncode == 0, ok.stderr
    ws = reopen()
    assert sorted(c.table_name for c in board.list_notes(ws)) == [
        "Tafel Oost", "Tafel Oost", "Tafel West",
    ]  # fmt: skip


def test_a_sheet_naming_noord_finds_tafel_noord(
    workspace: Workspace, meeting: MeetingRow, tmp_path: Path
) -> None:
    """Typed-up sheets say "Noord" or "3"; the meeting has "Tafel Noord" and "Tafel 3"."""
    meetings.add_table(workspace, meeting.id, "Tafel Noord")
    meetings.add_table(workspace, meeting.id, "Tafel 3")
    path = tmp_path / "tafels.csv"
    path.write_text(
        "Tafel;Opmerking\nNoord;Meer bankjes\n3;Veilig fietsen\ntafel noord;Groen\nOost;Nieuw\n",
        "utf-8",
    )
    result = importing.import_notes(workspace, _plan(path)[1], meeting.id, table="Tafel 9")
    assert (result.added, result.tables_added) == (4, ("Oost",))
    names = {c.text: c.table_name for c in board.list_notes(workspace)}
    assert names == {
        "Meer bankjes": "Tafel Noord",
        "Veilig fietsen": "Tafel 3",
        "Groen": "Tafel Noord",
        "Nieuw": "Oost",
    }
