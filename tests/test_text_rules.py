"""Issue 9 item 11: control characters pasted from Word never break the export or glue words.

One boundary (domain/validate.py) makes line breaks plain and drops control characters on
input; the export cleans again as a last line of defence for text stored before the rules.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from chart_support import CHARTS
from dialoog_app.domain import validate
from dialoog_app.domain.errors import ValidationError
from dialoog_app.services import agenda, drafts, meetings, notes, opgaven
from dialoog_app.services.agenda import AgendaItemPatch
from dialoog_app.services.meetings import MeetingPatch, TablePatch
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.workspace import Workspace, new_workspace
from export_support import read_back

AT = datetime(2023, 4, 11, 19, 30, tzinfo=UTC)
HALF_EMOJI = "\ud83d"  # the first half of a surrogate pair, alone


@pytest.mark.parametrize(
    ("typed", "multi", "single"),
    [
        ("voor\x0bna", "voor\nna", "voor na"),  # Word's soft line break (Shift+Enter)
        ("a\r\nb\rc\nd", "a\nb\nc\nd", "a b c d"),
        ("a\u2028b\u2029c\x85d\x0ce", "a\nb\nc\nd\ne", "a b c d e"),
        ("bel\x07 nul\x00 esc\x1b del\x7f c1\x9b", "bel nul esc del c1", "bel nul esc del c1"),
        ("tab\tblijft", "tab\tblijft", "tab blijft"),
        ("  👍🏽 çay  ", "  👍🏽 çay  ", "👍🏽 çay"),
    ],
)
def test_one_rule_for_line_breaks_and_control_characters(
    typed: str, multi: str, single: str
) -> None:
    assert validate.clean_text(typed) == multi
    assert validate.clean_line(typed) == single


def test_half_an_emoji_is_refused_in_words_or_replaced_in_a_draft() -> None:
    with pytest.raises(ValidationError) as refused:
        validate.clean_text(f"kapot {HALF_EMOJI} teken")
    assert refused.value.text.source == validate.BROKEN_CHARACTER
    assert validate.clean_text(f"a{HALF_EMOJI}b", broken="\ufffd") == "a\ufffdb"


@pytest.fixture
def table(workspace: Workspace) -> tuple[str, str]:
    meeting = meetings.add_meeting(workspace, "Avond")
    return meeting.id, meetings.add_table(workspace, meeting.id, "Tafel 1").id


def test_every_service_that_stores_text_applies_the_rule(
    workspace: Workspace, table: tuple[str, str], reopen: Callable[[], Workspace]
) -> None:
    meeting_id, table_id = table
    meetings.update_meeting(
        workspace, meeting_id, MeetingPatch(title="Avond\x0bdeel 2", location="Het\x0bDorpshuis")
    )
    meetings.update_table(workspace, table_id, TablePatch(name="Tafel\x0b1", facilitator="A\x01B"))
    note = notes.add_note(workspace, table_id, "voor\x0bna", at=AT, speaker="J.\x0bB.")
    assert note is not None and note.text == "voor\nna" and note.speaker == "J. B."
    item = agenda.add_item(workspace, meeting_id, "Dromen\x0b(25 min)", instructions="Wat\x0bnu?")
    agenda.update_item(workspace, item.id, AgendaItemPatch(instructions="Vraag\u2028uitleg\x02"))
    change = opgaven.add_opgave(workspace, "Eenzaamheid\x0bonder ouderen")
    assert change.created is not None
    opgaven.update_opgave(workspace, change.created, OpgavePatch(problem="Wie?\x0bWaarom?"))
    drafts.save_draft(workspace, table_id, f"half\x0bgetypt {HALF_EMOJI}")
    workspace.close()

    ws = reopen()
    [meeting] = meetings.list_meetings(ws)
    assert (meeting.title, meeting.location) == ("Avond deel 2", "Het Dorpshuis")
    [stored_table] = meetings.list_tables(ws, meeting_id)
    assert (stored_table.name, stored_table.facilitator) == ("Tafel 1", "AB")
    assert notes.get_note(ws, note.id).text == "voor\nna"
    [stored_item] = agenda.list_items(ws, meeting_id)
    assert (stored_item.title, stored_item.instructions) == ("Dromen (25 min)", "Vraag\nuitleg")
    opgave = opgaven.get_opgave(ws, change.created)
    assert (opgave.title, opgave.problem) == ("Eenzaamheid onder ouderen", "Wie?\nWaarom?")
    assert drafts.draft_text(ws, table_id) == "half\ngetypt \ufffd"  # nothing typed is lost


def test_half_an_emoji_in_a_note_is_refused_and_nothing_saved(
    workspace: Workspace, table: tuple[str, str]
) -> None:
    _, table_id = table
    with pytest.raises(ValidationError):
        notes.add_note(workspace, table_id, f"Mooi {HALF_EMOJI}", at=AT)
    with pytest.raises(ValidationError):
        meetings.add_meeting(workspace, f"Avond {HALF_EMOJI}")
    assert notes.list_notes(workspace, table_id) == []
    assert len(meetings.list_meetings(workspace)) == 1


def test_a_name_and_title_with_a_soft_line_break_export_and_words_stay_apart(
    tmp_path: Path,
) -> None:
    # Before: "ValueError: All strings must be XML compatible" (the document properties),
    # and "voor\x0bna" printed as "voorna".
    ws = new_workspace(tmp_path / "p.dialoog", name="Meerjarenplan\x0bPutten")
    try:
        meeting = meetings.add_meeting(ws, "Avond\x0b1")
        table_id = meetings.add_table(ws, meeting.id, "Tafel 1").id
        notes.add_note(ws, table_id, "voor\x0bna", at=AT)
        target = tmp_path / "verslag.docx"
        export_minutes(ws, MinutesRequest(author="Beleid\x0bteam"), target, charts=CHARTS)
    finally:
        ws.close()
    document = docx.Document(str(target))
    assert document.core_properties.title == "Meerjarenplan Putten"
    assert document.core_properties.author == "Beleid\nteam"
    back = read_back(target)
    assert ("Avond 1") in back.texts
    assert {b.text for b in back.bullets} == {"voor\nna"}  # in its table and unplaced


def test_text_stored_before_the_rules_still_exports(tmp_path: Path) -> None:
    """The export's last line of defence: a file written by an older version."""
    path = tmp_path / "oud.dialoog"
    ws = new_workspace(path)
    meeting = meetings.add_meeting(ws, "Avond")
    table_id = meetings.add_table(ws, meeting.id, "Tafel 1").id
    notes.add_note(ws, table_id, "x", at=AT)
    ws.close()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE project SET name = 'Oud\x0bproject\x01'")
        raw.execute("UPDATE meeting SET title = 'Avond\x0bdeel\x1f 1'")
        raw.execute("UPDATE note SET text = 'voor\x0bna\u2028\x02'")
    raw.close()
    from dialoog_app.services.workspace import open_workspace

    ws = open_workspace(path)
    try:
        target = tmp_path / "verslag.docx"
        export_minutes(ws, MinutesRequest(), target, charts=CHARTS)
    finally:
        ws.close()
    assert docx.Document(str(target)).core_properties.title == "Oud\nproject"
    back = read_back(target)
    assert "Avond\ndeel 1" in back.texts
    assert {b.text for b in back.bullets} == {"voor\nna\n"}


def test_the_refusals_read_in_dutch(qapp: object, workspace: Workspace) -> None:
    from dialoog_app.ui import i18n

    meeting = meetings.add_meeting(workspace, "Avond")
    shown = []
    for call in [
        lambda: meetings.add_meeting(workspace, f"Avond {HALF_EMOJI}"),
        lambda: meetings.update_meeting(workspace, meeting.id, MeetingPatch(title="x" * 201)),
        lambda: meetings.update_meeting(workspace, meeting.id, MeetingPatch(title=" \x0b ")),
        lambda: meetings.update_meeting(workspace, meeting.id, MeetingPatch(location="x" * 201)),
    ]:
        with pytest.raises(ValidationError) as refused:
            call()
        shown.append(i18n.text(refused.value.text))
    assert shown == [
        "De tekst bevat een kapot teken (de helft van een emoji of symbool, meestal door "
        "plakken). Haal het weg of typ het opnieuw.",
        shown[1],
        shown[2],
        "Dit veld kan hoogstens 200 tekens bevatten.",
    ]
    assert "200" in shown[1] and shown[1] != "A title can be at most 200 characters long."
    assert shown[2] != "A meeting needs a title."


def test_one_title_rule_for_every_kind_of_title(
    workspace: Workspace, table: tuple[str, str]
) -> None:
    """Before: meetings had no length limit, agenda items 200, opgaven 300, templates 120."""
    meeting_id, table_id = table
    item = agenda.add_item(workspace, meeting_id, "Welkom").id
    opgave = opgaven.add_opgave(workspace, "Ontmoeten").created
    assert opgave is not None
    setters = {
        "meeting": lambda t: meetings.update_meeting(workspace, meeting_id, MeetingPatch(title=t)),
        "table": lambda t: meetings.update_table(workspace, table_id, TablePatch(name=t)),
        "agenda item": lambda t: agenda.update_item(workspace, item, AgendaItemPatch(title=t)),
        "opgave": lambda t: opgaven.update_opgave(workspace, opgave, OpgavePatch(title=t)),
        "template": lambda t: agenda.agenda_as_template(workspace, meeting_id, t),
    }
    for set_title in setters.values():
        for bad in ["", " \n\x0b\t ", "x" * (validate.MAX_TITLE + 1)]:
            with pytest.raises(ValidationError):
                set_title(bad)
        set_title(" " + "y" * validate.MAX_TITLE + "\x0b")  # at the limit, after cleaning


def test_a_note_pasted_from_word_keeps_its_line_break_on_screen_and_in_the_file(
    qtbot: QtBot,
    workspace: Workspace,
    table: tuple[str, str],
    reopen: Callable[[], Workspace],
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from capture_helpers import CTRL, open_capture, texts

    _, table_id = table
    window, page = open_capture(qtbot, workspace)
    QApplication.clipboard().setText("voor\x0bna\u2028en\x07 verder")  # Word's soft break
    qtbot.keyClick(page.input, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(texts(page)))
    assert texts(page) == ["voor\nna\nen verder"]  # what the screen shows is what is stored
    assert page.input.toPlainText() == ""
    window.close()
    ws = reopen()
    assert [n.text for n in notes.list_notes(ws, table_id)] == ["voor\nna\nen verder"]
    export_minutes(ws, MinutesRequest(), tmp_path / "verslag.docx", charts=CHARTS)
    assert {b.text for b in read_back(tmp_path / "verslag.docx").bullets} == {"voor\nna\nen verder"}


def test_a_template_file_with_control_characters_loads_clean() -> None:
    from dialoog_app.services import agenda_templates

    folder = agenda_templates.user_dir()
    folder.mkdir(parents=True, exist_ok=True)
    # As JSON may carry them: Word's soft break, a bell, half an emoji (\\ud83d escaped).
    (folder / "geplakt.json").write_text(
        '{"format": "dialoog-agenda-template", "version": 1, "name": "Avond\\u000bkort",'
        ' "description": "Uitleg\\u2028regel\\u0007", "items": [{"title": "Dromen \\ud83d",'
        ' "minutes": 25, "instructions": "Vraag\\u000bnotities"}]}',
        encoding="utf-8",
    )
    [ref] = agenda_templates.catalogue().user
    template = agenda_templates.load(ref)
    assert (template.name, template.description) == ("Avond kort", "Uitleg\nregel")
    [item] = template.items
    assert (item.title, item.instructions) == ("Dromen \ufffd", "Vraag\nnotities")
    saved = agenda_templates.save_user_template(template.model_copy(update={"name": "Kopie"}))
    assert "\\u000b" not in saved.path.read_text(encoding="utf-8")
