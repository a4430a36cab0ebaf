"""The export dialog offers the three documents: the verslag, the plan van aanpak and the
voortgang since a date — each exported from the dialog and read back from the .docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.plan import ActionStatus
from dialoog_app.services import plan
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.export.dialog import ExportDialog
from dialoog_app.ui.export.documents import DocumentKind
from test_export_dialog import LEFT, _click_option, _open_dialog, _window
from test_plan_document import _project


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes said (answered "Close": nothing is opened)."""
    messages: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        messages.append(box.text())
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    return messages


def _export(qtbot: QtBot, dialog: ExportDialog, out: Path, said: list[str]) -> None:
    dialog.output_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.export_thread is None)


def _texts(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_plan_of_action_from_the_dialog(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, said: list[str]
) -> None:
    _project(workspace)
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    assert dialog.documents.kind() is DocumentKind.MINUTES  # the verslag stays the default
    _click_option(qtbot, dialog.documents.radios[DocumentKind.PLAN])
    assert dialog.documents.kind() is DocumentKind.PLAN
    assert not dialog.scope_box.isEnabled() and not dialog.contents_box.isEnabled()
    assert not dialog.documents.since_edit.isEnabled()
    assert Path(dialog.output_edit.text()).name.startswith("Plan van aanpak")
    screenshot(dialog, "export_dialog_plan")
    out = tmp_path / "plan.docx"
    _export(qtbot, dialog, out, said)
    assert "Het document is opgeslagen" in said[-1]
    texts = _texts(out)
    assert texts[0] == "Plan van aanpak"
    assert "Doel: Een groene wijk <3" in texts
    window.close()


def test_progress_report_since_a_date_from_the_dialog(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, said: list[str]
) -> None:
    ids = _project(workspace)
    [old, _new] = plan.get_plan(workspace, ids["Groen"]).actions
    plan.set_action_status(workspace, old.id, ActionStatus.DONE, dt.date(2026, 12, 1))
    plan.set_action_status(workspace, old.id, ActionStatus.DONE, dt.date(2027, 5, 1))
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    _click_option(qtbot, dialog.documents.radios[DocumentKind.PROGRESS])
    assert dialog.documents.since_edit.isEnabled()
    assert Path(dialog.output_edit.text()).name.startswith("Voortgang")
    dialog.documents.since_edit.setDate(QDate(2027, 1, 1))
    out = tmp_path / "voortgang.docx"
    _export(qtbot, dialog, out, said)
    texts = _texts(out)
    assert texts[1].endswith("sinds 1 januari 2027")
    assert "Afgerond op 1 mei 2027: Bomen planten" in texts
    assert "Afgerond op 1 december 2026: Bomen planten" not in texts  # before the date
    window.close()


def test_the_verslag_is_still_written_after_looking_at_the_others(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, said: list[str]
) -> None:
    _project(workspace)
    window = _window(qtbot, workspace)
    dialog = _open_dialog(qtbot, window)
    _click_option(qtbot, dialog.documents.radios[DocumentKind.PLAN])
    _click_option(qtbot, dialog.documents.radios[DocumentKind.MINUTES])
    assert dialog.scope_box.isEnabled() and dialog.contents_box.isEnabled()
    assert Path(dialog.output_edit.text()).name.startswith("Verslag")
    out = tmp_path / "verslag.docx"
    _export(qtbot, dialog, out, said)
    assert "Het verslag is opgeslagen" in said[-1]
    assert "Plan van aanpak" not in _texts(out)[:1]
    assert any(p.style.name == "Heading 1" for p in docx.Document(str(out)).paragraphs)
    window.close()
