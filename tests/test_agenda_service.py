"""The agenda service: every edit validated, ordered, undoable; templates replace an agenda."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dialoog_app.domain.agenda import split_instructions
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.kinds import Phase, Venue
from dialoog_app.domain.validate import minutes as check_minutes
from dialoog_app.domain.validate import parse_minutes
from dialoog_app.services import agenda, agenda_templates, meetings
from dialoog_app.services.agenda import AgendaItemPatch
from dialoog_app.services.workspace import Workspace


def _titles(ws: Workspace, meeting_id: str) -> list[str]:
    return [i.title for i in agenda.list_items(ws, meeting_id)]


@pytest.fixture
def meeting_id(workspace: Workspace) -> str:
    return meetings.add_meeting(workspace, "Avond in Putten").id


def test_add_edit_move_duplicate_remove_restore(
    workspace: Workspace, meeting_id: str, reopen: Callable[[], Workspace]
) -> None:
    ws = workspace
    welkom = agenda.add_item(ws, meeting_id, "  Welkom ", phase=Phase.WELCOME, planned_minutes=10)
    dromen = agenda.add_item(ws, meeting_id, "Dromen", phase=Phase.DREAMING, planned_minutes=25)
    kennis = agenda.add_item(ws, meeting_id, "Kennismaken", planned_minutes=15, index=1)
    assert _titles(ws, meeting_id) == ["Welkom", "Kennismaken", "Dromen"]
    assert welkom.venue == Venue.TABLES and welkom.phase == Phase.WELCOME

    agenda.update_item(
        ws, kennis.id, AgendaItemPatch(phase=Phase.GETTING_ACQUAINTED, instructions=" Wie? \n")
    )
    copy = agenda.duplicate_item(ws, dromen.id)
    assert _titles(ws, meeting_id) == ["Welkom", "Kennismaken", "Dromen", "Dromen"]
    assert copy.position == 3 and copy.planned_minutes == 25 and copy.id != dromen.id
    agenda.move_item(ws, copy.id, 0)
    assert [i.id for i in agenda.list_items(ws, meeting_id)][0] == copy.id
    agenda.delete_item(ws, kennis.id)
    assert _titles(ws, meeting_id) == ["Dromen", "Welkom", "Dromen"]
    agenda.restore_item(ws, kennis.id, 2)
    items = agenda.list_items(ws, meeting_id)
    assert [(i.title, i.position) for i in items] == [
        ("Dromen", 0),
        ("Welkom", 1),
        ("Kennismaken", 2),
        ("Dromen", 3),
    ]
    ws.close()
    again = agenda.list_items(reopen(), meeting_id)
    assert again[2].instructions == "Wie?" and again[2].phase == Phase.GETTING_ACQUAINTED


@pytest.mark.parametrize(
    ("minutes", "message"),
    [
        (0, "An agenda item lasts at least 1 minute."),
        (-5, "An agenda item lasts at least 1 minute."),
        (481, "An agenda item can last at most 480 minutes (8 hours); that looks like a typing"),
        (10_000, "An agenda item can last at most 480 minutes"),
    ],
)
def test_absurd_lengths_are_refused_and_nothing_is_saved(
    workspace: Workspace, meeting_id: str, minutes: int, message: str
) -> None:
    item = agenda.add_item(workspace, meeting_id, "Kennismaken", planned_minutes=15)
    with pytest.raises(ValidationError) as refused:
        agenda.update_item(workspace, item.id, AgendaItemPatch(planned_minutes=minutes))
    assert str(refused.value).startswith(message)
    with pytest.raises(ValidationError):
        agenda.add_item(workspace, meeting_id, "Nog een", planned_minutes=minutes)
    assert [(i.title, i.planned_minutes) for i in agenda.list_items(workspace, meeting_id)] == [
        ("Kennismaken", 15)
    ]


def test_empty_and_overlong_titles_are_refused(workspace: Workspace, meeting_id: str) -> None:
    item = agenda.add_item(workspace, meeting_id, "Oogst")
    for bad in ("", "   ", "\n\t"):
        with pytest.raises(ValidationError, match="needs a title"):
            agenda.update_item(workspace, item.id, AgendaItemPatch(title=bad))
        with pytest.raises(ValidationError, match="needs a title"):
            agenda.add_item(workspace, meeting_id, bad)
    with pytest.raises(ValidationError, match="at most 200"):
        agenda.update_item(workspace, item.id, AgendaItemPatch(title="x" * 201))
    tidied = agenda.update_item(workspace, item.id, AgendaItemPatch(title=" Oogst\n en  zo "))
    assert tidied.title == "Oogst en zo"


def test_typed_minutes_are_parsed_strictly() -> None:
    with pytest.raises(ValidationError, match="whole number"):
        check_minutes(True)  # a bool is an int to Python, not a length
    assert parse_minutes(" 15 ") == 15
    assert parse_minutes("20 min") == 20
    for text, fragment in [
        ("1,5", "whole number"),
        ("abc", "whole number"),
        ("", "whole number"),
        ("0", "at least 1"),
        ("-3", "at least 1"),
        ("999", "at most 480"),
    ]:
        with pytest.raises(ValidationError, match=fragment):
            parse_minutes(text)


def test_the_question_is_the_first_paragraph() -> None:
    assert split_instructions("Wie bent u?\n\nBegin zelf.\n\nNoteer rollen.") == (
        "Wie bent u?",
        "Begin zelf.\n\nNoteer rollen.",
    )
    assert split_instructions("  Alleen een vraag?  ") == ("Alleen een vraag?", "")
    assert split_instructions("") == ("", "")


def test_apply_a_template_replaces_the_agenda_and_can_be_undone(
    workspace: Workspace, meeting_id: str
) -> None:
    own = agenda.add_item(workspace, meeting_id, "Eigen onderdeel", planned_minutes=7)
    [classic] = [t for t in agenda_templates.catalogue().builtin if "Klassieke" in t.name]
    swap = agenda.apply_template(workspace, meeting_id, agenda_templates.load(classic))
    items = agenda.list_items(workspace, meeting_id)
    assert [i.planned_minutes for i in items] == [10, 15, 30, 5, 25, 25, 10]
    assert swap.before == (own.id,) and swap.after == tuple(i.id for i in items)

    agenda.set_live_items(workspace, meeting_id, swap.before)  # undo
    assert _titles(workspace, meeting_id) == ["Eigen onderdeel"]
    agenda.set_live_items(workspace, meeting_id, swap.after)  # redo
    assert [i.id for i in agenda.list_items(workspace, meeting_id)] == list(swap.after)


def test_an_agenda_becomes_a_template(workspace: Workspace, meeting_id: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        agenda.agenda_as_template(workspace, meeting_id, "Leeg")
    agenda.add_item(workspace, meeting_id, "Oogst", phase=Phase.HARVEST, venue=Venue.PLENARY)
    with pytest.raises(ValidationError, match="needs a name"):
        agenda.agenda_as_template(workspace, meeting_id, "  ")
    template = agenda.agenda_as_template(workspace, meeting_id, " Mijn  avond ", "Kort")
    assert template.name == "Mijn avond" and template.total_minutes == 10
    assert template.items[0].venue == Venue.PLENARY
