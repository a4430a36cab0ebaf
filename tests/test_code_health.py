"""One place for each rule (issue 9, code health): checks that fail when a rule is duplicated
or bypassed again."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pydantic
import pytest

from chart_support import CHARTS
from dialoog_app.domain.errors import GoneError
from dialoog_app.services import agenda, board, meetings, notes, opgaven
from dialoog_app.services.minutes_read import MinutesRequest
from dialoog_app.services.patch import Patch
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.roles import ID_ROLE

APP = Path(__file__).parent.parent / "dialoog_app"
AT = datetime(2023, 4, 11, 19, 30, tzinfo=UTC)


def test_a_misspelt_field_of_an_edit_is_refused_not_ignored() -> None:
    with pytest.raises(pydantic.ValidationError, match="txt"):
        notes.NotePatch(txt="nieuwe tekst")  # type: ignore[call-arg]
    assert notes.NotePatch(text="nieuwe tekst").model_dump(exclude_unset=True) == {
        "text": "nieuwe tekst"
    }


@pytest.mark.parametrize(
    "model",
    [
        notes.NotePatch,
        meetings.MeetingPatch,
        meetings.TablePatch,
        agenda.AgendaItemPatch,
        opgaven.OpgavePatch,
        MinutesRequest,
        board.PoolFilter,
    ],
)
def test_every_input_model_forbids_unknown_fields(model: type[pydantic.BaseModel]) -> None:
    # MinutesRequest is a keyword-only dataclass (`dialoog export` does without pydantic).
    with pytest.raises((pydantic.ValidationError, TypeError), match="no_such_field"):
        model(no_such_field=1)


def test_every_patch_derives_from_the_one_base() -> None:
    declared = {
        match.group(1): match.group(2)
        for path in APP.rglob("*.py")
        for match in re.finditer(r"^class (\w+Patch)\((\w+)\)", path.read_text(), re.M)
    }
    assert declared and all(base == "Patch" for base in declared.values()), declared
    # Every service module imported, so the answer does not depend on which tests ran first.
    for module in sorted((APP / "services").glob("*.py")):
        importlib.import_module(f"dialoog_app.services.{module.stem}")
    assert set(declared) == {cls.__name__ for cls in Patch.__subclasses__()}


def test_every_item_role_is_defined_once_in_ui_roles() -> None:
    from dialoog_app.ui import roles

    elsewhere = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if path.name != "roles.py"
        and (
            "UserRole" in path.read_text()
            or re.search(r"^\w+_ROLE\s*=", path.read_text(), re.M) is not None
        )
    ]
    assert elsewhere == []
    values = [roles.ID_ROLE, roles.NOTE_ROLE, roles.CARD_ROLE, roles.AGENDA_ROLE]
    assert len(set(values)) == len(values)


def test_not_found_is_said_one_way(workspace: Workspace, tmp_path: Path) -> None:
    from dialoog_app.domain.agenda_clock import ClockAction
    from dialoog_app.services import clock
    from dialoog_app.services.minutes import export_minutes
    from dialoog_app.services.minutes_read import ScopeKind

    meeting = meetings.add_meeting(workspace, "Avond")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    opgave = opgaven.add_opgave(workspace, "Weg").created
    assert opgave is not None
    opgaven.delete_opgave(workspace, opgave)
    meetings.delete_table(workspace, table.id)
    missing = "00000000-0000-4000-8000-00000000dead"
    calls = {
        "note": lambda: notes.update_note(workspace, missing, notes.NotePatch(starred=True)),
        "get note": lambda: notes.get_note(workspace, missing),
        "meeting": lambda: meetings.get_meeting(workspace, missing),
        "table": lambda: meetings.update_table(workspace, missing, meetings.TablePatch(name="x")),
        "move table": lambda: meetings.move_table(workspace, missing, 0),
        "agenda item": lambda: agenda.get_item(workspace, missing),
        "agenda of": lambda: agenda.add_item(workspace, missing, "Welkom"),
        "clock": lambda: clock.press(workspace, missing, ClockAction.START, at=AT),
        "deleted opgave": lambda: opgaven.update_opgave(
            workspace, opgave, opgaven.OpgavePatch(title="Terug?")
        ),
        "export of a deleted table": lambda: export_minutes(
            workspace,
            MinutesRequest(scope=ScopeKind.TABLE, table_id=table.id),
            tmp_path / "v.docx",
            charts=CHARTS,
        ),
    }
    for name, call in calls.items():
        with pytest.raises(GoneError) as raised:
            call()
        assert raised.value.text.context == "Errors", name
    for path in (APP / "services").glob("*.py"):
        source = path.read_text()
        assert "get_one(" not in source and "raise LookupError" not in source, path.name


QUERIES = ["", "çay", "ÇAY", "straße park", "STRASSE", "j.b.", "park bank", "geen-treffer"]
TEXTS = [("Çok güzel çay in het Park", "J.B."), ("Meer bankjes in het park", ""), ("Strasse", "")]


def test_every_search_box_follows_the_one_rule(qapp: object, workspace: Workspace) -> None:
    from dialoog_app.domain import search
    from dialoog_app.ui.capture.notes_list import NotesFilter
    from dialoog_app.ui.capture.notes_model import NotesModel

    meeting = meetings.add_meeting(workspace, "Avond")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    for text, speaker in [*TEXTS, ("Een straße met bankjes", "")]:
        notes.add_note(workspace, table.id, text, at=AT, speaker=speaker)
    every = notes.list_notes(workspace, table.id)
    model = NotesModel()
    model.show_notes(every)
    proxy = NotesFilter()
    proxy.setSourceModel(model)
    for query in QUERIES:
        rule = {
            n.id
            for n in every
            if search.found(search.words(query), search.folded(n.text, n.speaker))
        }
        service = {n.id for n in notes.search_notes(workspace, query, table_id=table.id)}
        pool = {c.id for c in board.list_pool(workspace, board.PoolFilter(text=query))}
        proxy.set_words(query)
        capture = {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}
        assert rule == service == pool == capture, query
    assert {n.text for n in notes.search_notes(workspace, "STRASSE park")} == set()
    assert len(notes.search_notes(workspace, "straße")) == 2  # "Strasse" folds to it


def test_no_search_rule_is_written_twice() -> None:
    for path in APP.rglob("*.py"):
        if path.name == "search.py":
            continue
        source = path.read_text()
        assert ".casefold().split()" not in source, path
        assert re.search(r"all\(\w+ in \w+ for \w+ in", source) is None, path


def test_per_project_settings_are_written_one_way(
    workspace: Workspace, reopen: Callable[[], Workspace], tmp_path: Path
) -> None:
    from dialoog_app.services import drafts, export_settings, project_settings

    meeting = meetings.add_meeting(workspace, "Avond")
    table = meetings.add_table(workspace, meeting.id, "Tafel 1")
    drafts.remember_table(workspace, meeting.id, table.id)
    (tmp_path / "huisstijl.docx").write_bytes(b"PK")
    export_settings.remember(workspace, template=tmp_path / "huisstijl.docx", folder=tmp_path)
    with pytest.raises(KeyError, match="undeclared"):
        project_settings.write(workspace, {"export.tempalte": "typo"})
    workspace.close()
    ws = reopen()
    assert drafts.remembered_table(ws, meeting.id) == table.id
    assert export_settings.load(ws) == export_settings.ExportSettings(
        template=tmp_path / "huisstijl.docx", folder=tmp_path
    )
    for path in (APP / "services").glob("*.py"):
        if path.name != "project_settings.py":
            source = path.read_text()
            # The Setting model (or its table) is touched by project_settings alone.
            assert not re.search(r"\b(Setting|SETTING)\b", source), path.name


def test_the_domain_document_cited_by_the_code_is_in_the_repository() -> None:
    document = APP.parent / "docs" / "DOMAIN.md"
    assert "What an opgave holds" in document.read_text()
    for path in APP.rglob("*.py"):
        for cited in re.findall(r"[\w/.]*DOMAIN\.md", path.read_text()):
            assert cited == "docs/DOMAIN.md", path
