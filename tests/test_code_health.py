"""One place for each rule (issue 9, code health): checks that fail when a rule is duplicated
or bypassed again."""

from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest

from dialoog_app.services import agenda, board, meetings, notes, opgaven
from dialoog_app.services.minutes_read import MinutesRequest
from dialoog_app.services.patch import Patch

APP = Path(__file__).parent.parent / "dialoog_app"


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
    with pytest.raises(pydantic.ValidationError):
        model(no_such_field=1)


def test_every_patch_derives_from_the_one_base() -> None:
    declared = {
        match.group(1): match.group(2)
        for path in APP.rglob("*.py")
        for match in re.finditer(r"^class (\w+Patch)\((\w+)\)", path.read_text(), re.M)
    }
    assert declared and all(base == "Patch" for base in declared.values()), declared
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
