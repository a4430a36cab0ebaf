"""Agenda templates: the built-in Dutch ones, the user's own, and files that are not templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DEVICE
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.kinds import Phase, Venue
from dialoog_app.services import agenda, agenda_templates, meetings
from dialoog_app.services.agenda_templates import AgendaTemplate, TemplateItem
from dialoog_app.services.workspace import new_workspace


def _builtin(fragment: str) -> AgendaTemplate:
    [ref] = [t for t in agenda_templates.catalogue().builtin if fragment in t.name]
    return agenda_templates.load(ref)


def test_the_builtin_templates_follow_the_method() -> None:
    catalogue = agenda_templates.catalogue()
    assert catalogue.problems == []
    assert len(catalogue.builtin) >= 3

    classic = _builtin("Klassieke")
    assert classic.total_minutes == 120
    assert [(i.minutes, i.phase, i.venue) for i in classic.items] == [
        (10, Phase.WELCOME, Venue.PLENARY),
        (15, Phase.GETTING_ACQUAINTED, Venue.TABLES),
        (30, Phase.SHARING_EXPERIENCES, Venue.TABLES),
        (5, Phase.BREAK, Venue.NONE),
        (25, Phase.DREAMING, Venue.TABLES),
        (25, Phase.DOING, Venue.TABLES),
        (10, Phase.HARVEST, Venue.PLENARY),
    ]
    assert _builtin("Compacte").total_minutes == 90

    cafe = _builtin("Wereldcafé")
    rounds = [i for i in cafe.items if i.title.startswith("Ronde")]
    assert [(r.minutes, r.venue) for r in rounds] == [(20, Venue.TABLES)] * 4
    plenary = [i.minutes for i in cafe.items if i.venue == Venue.PLENARY]
    assert 30 in plenary and 15 in plenary

    for ref in catalogue.builtin:
        template = agenda_templates.load(ref)
        assert template.description
        for item in template.items:
            # Every item has a question for the room and notes for the facilitators.
            question, notes = item.instructions.split("\n\n", 1)
            assert question.strip() and notes.strip(), (ref.name, item.title)


def test_save_a_template_and_reuse_it_in_another_project(tmp_path: Path) -> None:
    first = new_workspace(tmp_path / "Putten.dialoog", device_id=DEVICE)
    meeting = meetings.add_meeting(first, "Avond 1")
    agenda.add_item(first, meeting.id, "Welkom", phase=Phase.WELCOME, planned_minutes=5)
    agenda.add_item(first, meeting.id, "Gesprek", instructions="Wat speelt er?\n\nLuister.")
    ref = agenda_templates.save_user_template(
        agenda.agenda_as_template(first, meeting.id, "Korte avond", "Voor kleine groepen")
    )
    first.close()
    assert ref.path.parent == agenda_templates.user_dir()
    assert json.loads(ref.path.read_text(encoding="utf-8"))["format"] == "dialoog-agenda-template"
    assert not list(ref.path.parent.glob("*.tmp"))  # written via a temp file, renamed

    second = new_workspace(tmp_path / "Ermelo.dialoog", device_id=DEVICE)
    other = meetings.add_meeting(second, "Avond in Ermelo")
    [mine] = agenda_templates.catalogue().user
    assert (mine.name, mine.total_minutes, mine.item_count) == ("Korte avond", 15, 2)
    agenda.apply_template(second, other.id, agenda_templates.load(mine))
    items = agenda.list_items(second, other.id)
    assert [(i.title, i.planned_minutes) for i in items] == [("Welkom", 5), ("Gesprek", 10)]
    assert items[1].instructions == "Wat speelt er?\n\nLuister."
    second.close()


def test_a_name_in_use_is_refused_unless_replacing() -> None:
    one = AgendaTemplate(name="Avond", items=[TemplateItem(title="A", minutes=5)])
    two = AgendaTemplate(name="avond", items=[TemplateItem(title="B", minutes=7)])
    first = agenda_templates.save_user_template(one)
    with pytest.raises(ValidationError, match="already a template"):
        agenda_templates.save_user_template(two)
    replaced = agenda_templates.save_user_template(two, replace=True)
    assert replaced.path == first.path
    assert agenda_templates.load(replaced).items[0].title == "B"
    # Different names that make the same file name get their own file.
    third = agenda_templates.save_user_template(
        AgendaTemplate(name="Avond!", items=[TemplateItem(title="C", minutes=1)])
    )
    assert third.path != first.path
    assert len(agenda_templates.catalogue().user) == 2


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{ not json", "JSON, line 1"),
        (b"", "JSON, line 1"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"name": "X", "items": []}', "items"),
        (b'{"name": "X", "items": [{"title": "A", "minutes": 0}]}', "items.0.minutes"),
        (b'{"name": "X", "items": [{"title": "A", "minutes": "5"}]}', "items.0.minutes"),
        (b'{"name": "X", "items": [{"title": "A", "minutes": 5, "phase": "dansen"}]}', "phase"),
        (b'["a list"]', "Input should be"),
        (b'{"format": "iets anders", "name": "X", "items": []}', "format"),
    ],
)
def test_a_malformed_template_file_is_skipped_with_a_message(content: bytes, fragment: str) -> None:
    folder = agenda_templates.user_dir()
    folder.mkdir(parents=True)
    (folder / "kapot.json").write_bytes(content)
    agenda_templates.save_user_template(
        AgendaTemplate(name="Goed", items=[TemplateItem(title="A", minutes=5)])
    )
    catalogue = agenda_templates.catalogue()
    assert [t.name for t in catalogue.user] == ["Goed"]
    [problem] = catalogue.problems
    assert problem.args["file"] == "kapot.json"
    assert fragment in str(problem.args["detail"])
    assert "was skipped" in problem.english()


def test_a_huge_file_is_not_read() -> None:
    folder = agenda_templates.user_dir()
    folder.mkdir(parents=True)
    (folder / "groot.json").write_bytes(b" " * (agenda_templates.MAX_FILE_BYTES + 1))
    [problem] = agenda_templates.catalogue().problems
    assert "1 MB" in str(problem.args["detail"])


def test_remove_a_user_template_and_put_it_back() -> None:
    ref = agenda_templates.save_user_template(
        AgendaTemplate(name="Weg", items=[TemplateItem(title="A", minutes=5)])
    )
    content = agenda_templates.delete_user_template(ref)
    assert agenda_templates.catalogue().user == []
    agenda_templates.save_user_template(content)
    assert [t.name for t in agenda_templates.catalogue().user] == ["Weg"]
