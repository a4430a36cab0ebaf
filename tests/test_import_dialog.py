"""The import dialog driven as a user: File menu, choose a file, check the columns and the
unknown values, import, and find the notes in the file after reopening it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

import import_fixtures as fx
from conftest import screenshot
from dialoog_app.domain.kinds import Role
from dialoog_app.services import board, meetings
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.importing.dialog import ImportDialog
from dialoog_app.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _open(qtbot: QtBot, ws: Workspace, monkeypatch: pytest.MonkeyPatch, file: Path) -> tuple[
    MainWindow, ImportDialog
]:  # fmt: skip
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(file), ""))
    )
    assert window.import_action.text() == "Notities &importeren uit CSV/Excel…"
    window.import_action.trigger()
    dialog = window.import_action.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.findChild(object, "chooseFileButton"), LEFT)
    return window, dialog


def test_import_a_dutch_excel_csv_mapping_an_unknown_role(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[], Workspace],
) -> None:
    meeting = meetings.add_meeting(workspace, "Avond 1")
    window, dialog = _open(qtbot, workspace, monkeypatch, fx.cp1252_semicolon(tmp_path))

    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(0, 3).text() == fx.DUTCH_ROWS[0][3]
    assert dialog.field_combos[dialog_field("text")].currentText() == "Opmerking"
    assert "cp1252" in dialog.detected.text() and "“;”" in dialog.detected.text()
    assert dialog.summary.text().startswith("Te importeren notities: 4.")
    # "wethouder" is not a role Dialoog knows: it is listed, the user says what it is.
    assert dialog.tabs.currentWidget() is dialog.values
    assert dialog.values.item(0, 1).text() == "wethouder"
    combo = dialog.values.cellWidget(0, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "anders"
    combo.setCurrentIndex(combo.findData(Role.CIVIL_SERVANT))
    screenshot(dialog, "import-dialog")

    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.summary.text() == "Notities geïmporteerd in “Avond 1”: 4."
    assert not dialog.import_button.isEnabled()
    dialog.close()
    window.close()

    ws = reopen()
    cards = board.list_notes(ws)
    assert [c.role for c in cards] == ["resident", "professional", "civil_servant", "civil_servant"]
    assert {c.meeting_id for c in cards} == {meeting.id}


def test_a_broken_file_is_explained_and_nothing_can_be_imported(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings.add_meeting(workspace, "Avond 1")
    window, dialog = _open(qtbot, workspace, monkeypatch, fx.corrupt_workbook(tmp_path))
    assert "beschadigd" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.close()
    window.close()


def test_choosing_the_sheet_and_seeing_the_rows_left_out(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings.add_meeting(workspace, "Avond 1")
    window, dialog = _open(qtbot, workspace, monkeypatch, fx.two_sheet_workbook(tmp_path))
    assert dialog.sheet_combo.currentText() == "Uitleg"
    dialog.sheet_combo.setCurrentIndex(1)
    dialog.sheet_combo.activated.emit(1)  # what a user's choice emits
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(1, 0).text() == "Tafel Oost"  # the merged cell, filled
    assert dialog.summary.text().startswith("Te importeren notities: 3.")
    # Map the text to the table column: no row is lost without saying so.
    dialog.field_combos[dialog_field("text")].setCurrentIndex(0)
    assert "tekst" in dialog.summary.text().lower() and not dialog.import_button.isEnabled()
    dialog.close()
    window.close()


def dialog_field(name: str):  # type: ignore[no-untyped-def]
    from dialoog_app.exchange.mapping import Field

    return Field(name)


def test_import_a_survey_choosing_what_each_question_is(
    qtbot: QtBot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reopen: Callable[[], Workspace],
) -> None:
    meetings.add_meeting(workspace, "Enquête voorjaar")
    path, _rows = fx.survey_csv(tmp_path, respondents=60)
    # One respondent wrote a role of their own: it must be shown, not guessed.
    path.write_text(path.read_text("utf-8-sig").replace(";Ambtenaar;", ";Wethouder;", 1), "utf-8")
    window, dialog = _open(qtbot, workspace, monkeypatch, path)
    dialog.source_combo.setCurrentIndex(1)  # "een enquête, één respondent per rij"
    panel = dialog.survey_panel
    assert dialog.sides.currentWidget() is panel and panel.isVisible()
    assert panel.role_column.currentText() == "Ik ben"
    assert panel.kind_combo("E-mail").currentText() == "weglaten"
    assert panel.kind_combo(fx.OPEN_QUESTIONS[0]).currentText().startswith("open")
    closed = list(fx.CLOSED_QUESTIONS)
    assert panel.kind_combo(closed[0]).currentText().startswith("gesloten")
    assert dialog.values.item(0, 1).text() == "Wethouder"
    role = dialog.values.cellWidget(0, 2)
    assert isinstance(role, QComboBox) and role.currentText() == "anders"
    role.setCurrentIndex(role.findData(Role.CIVIL_SERVANT))
    leave_out = panel.kind_combo(closed[4])
    leave_out.setCurrentIndex(leave_out.findText("weglaten"))
    assert dialog.summary.text().startswith("Respondenten: 60")
    assert dialog.table_edit.text() == "Enquête"
    assert dialog.target_form.labelForField(dialog.table_edit).text() == "Tafel voor de antwoorden:"
    screenshot(dialog, "import-dialog-survey")
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.summary.text().startswith("Enquête geïmporteerd in “Enquête voorjaar”")
    dialog.close()
    window.close()

    from dialoog_app.services import surveys

    ws = reopen()
    closed_questions, open_questions = surveys.summary(ws)
    assert [q.question for q in closed_questions] == closed[:4]
    assert [q.question for q in open_questions] == fx.OPEN_QUESTIONS
    assert "other" not in closed_questions[0].respondents_by_role  # Wethouder → ambtenaar


def test_without_a_meeting_the_dialog_says_what_to_do_first(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialog = _open(qtbot, workspace, monkeypatch, fx.cp1252_semicolon(tmp_path))
    assert "Voeg eerst een bijeenkomst toe" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.close()
    window.close()
