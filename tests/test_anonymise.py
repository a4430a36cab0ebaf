"""Anonymise means anonymous: no speaker initials, gespreksleider names or account name —
in the text, the JSON and every XML part of the docx (docProps too)."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from chart_support import CHARTS
from dialoog_app.services import archive, meetings, notes, privacy
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.export.dialog import ExportDialog
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.safety import author

AT = dt.datetime(2026, 11, 20, 19, 0, tzinfo=dt.UTC)
SPEAKERS = ["J.d.V.", "MÖ"]
FACILITATORS = ["Henk Jansen", "Fatima El Amrani"]
ACCOUNT = "kees.ambtenaar"


@pytest.fixture
def named(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    # Whatever the machine's account is called, it must never reach a document.
    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, ACCOUNT)
    monkeypatch.setattr(getpass, "getuser", lambda: ACCOUNT)
    meeting = meetings.add_meeting(workspace, "Avond in Putten")
    for i, facilitator in enumerate(FACILITATORS):
        table = meetings.add_table(workspace, meeting.id, f"Tafel {i + 1}", facilitator)
        for speaker in SPEAKERS:
            notes.add_note(
                workspace, table.id, f"Meer groen in de wijk {i}", at=AT, speaker=speaker
            )
    return workspace


def _xml_parts(docx: Path) -> dict[str, str]:
    with zipfile.ZipFile(docx) as package:
        return {
            name: package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith((".xml", ".rels"))
        }


def _real_account() -> str:
    """The machine's own account name, asked of the OS directly (not of the environment)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return ""


def _forbidden(real_account: str) -> list[str]:
    return [*SPEAKERS, *FACILITATORS, ACCOUNT, *([real_account] if len(real_account) > 3 else [])]


def test_anonymised_docx_and_json_hold_no_names(named: Workspace, tmp_path: Path) -> None:
    real_account = _real_account()
    target = tmp_path / "anoniem.docx"
    export_minutes(
        named, MinutesRequest(anonymise=True, author=author.author_name()), target, charts=CHARTS
    )
    parts = _xml_parts(target)
    assert "docProps/core.xml" in parts and "word/document.xml" in parts
    for name, xml in parts.items():
        for word in _forbidden(real_account):
            # as text between tags or as an attribute value: "root" inside a tag name is not a name
            assert not re.search(rf"[>\"]\s*{re.escape(word)}\b", xml), (name, word)
            if word not in ("root",):
                assert word not in xml, (name, word)
    core = parts["docProps/core.xml"]
    assert "<dc:creator></dc:creator>" in core or "<dc:creator/>" in core
    assert "Meer groen in de wijk 0" in parts["word/document.xml"]

    json_path = tmp_path / "anoniem.json"
    archive.export_archive(named, json_path, anonymise=True)
    raw = json_path.read_text("utf-8")
    for word in [*SPEAKERS, *FACILITATORS, ACCOUNT]:
        assert word not in raw, word
    data = json.loads(raw)
    assert data["anonymised"] is True
    assert {t["facilitator"] for m in data["meetings"] for t in m["tables"]} == {""}


def test_the_author_is_the_name_the_user_set(
    named: Workspace, tmp_path: Path, qapp: object
) -> None:
    author.set_author_name("  Gemeente   Putten, team Participatie ")
    target = tmp_path / "verslag.docx"
    export_minutes(named, MinutesRequest(author=author.author_name()), target, charts=CHARTS)
    parts = _xml_parts(target)
    assert (
        "<dc:creator>Gemeente Putten, team Participatie</dc:creator>" in parts["docProps/core.xml"]
    )
    assert ACCOUNT not in "".join(parts.values())
    # Not anonymised: the gespreksleiders are named as before.
    assert "Henk Jansen" in parts["word/document.xml"]


def test_project_setting_makes_exports_anonymised_by_default(
    qtbot: QtBot, named: Workspace
) -> None:
    window = MainWindow(named)
    qtbot.addWidget(window)
    dialog = ExportDialog(window.ctx, window)  # type: ignore[arg-type]
    assert not dialog.anonymise.isChecked()
    dialog.deleteLater()
    privacy.save(named, privacy.PrivacySettings(anonymise_exports=True))
    dialog = ExportDialog(window.ctx, window)  # type: ignore[arg-type]
    assert dialog.anonymise.isChecked()
    request = dialog.request()
    assert request.anonymise and request.author == ""
    dialog.deleteLater()
    window.close()
