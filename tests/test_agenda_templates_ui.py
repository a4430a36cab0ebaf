"""Templates from the Agenda screen: start from one, save one, reuse it elsewhere, bad files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QMessageBox
from pytestqt.qtbot import QtBot

from agenda_ui import REDO, UNDO, column, open_agenda
from conftest import DEVICE
from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.services import agenda, agenda_templates, clock, meetings
from dialoog_app.services.workspace import Workspace, new_workspace, open_workspace
from dialoog_app.ui.agenda.page import AgendaPage
from dialoog_app.ui.agenda.save_template_dialog import SaveTemplateDialog

TITLE = 1


def menu_action(page: AgendaPage, starts_with: str) -> QAction:
    menu = page.editor.template_menu
    menu.rebuild()  # what opening the menu does
    found = [a for a in menu.actions() if a.text().startswith(starts_with)]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def save_through_dialog(qtbot: QtBot, page: AgendaPage, attempts: list[str]) -> list[str]:
    """Open "save as template", type each name in turn and press Save; return the messages."""
    messages: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveTemplateDialog)
        for name in attempts:
            dialog.name_edit.setText(name)
            dialog.description_edit.setPlainText("Voor een korte avond")
            dialog.accept()
            if dialog.message.isVisible():
                messages.append(dialog.message.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    menu_action(page, "Deze agenda bewaren als sjabloon").trigger()
    return messages


@pytest.fixture
def evening(workspace: Workspace) -> str:
    return meetings.add_meeting(
        workspace, "Avond in Putten", date=date(2023, 4, 11), start_time=time(19, 0)
    ).id


def test_start_from_a_builtin_template_and_undo_it(
    qtbot: QtBot, workspace: Workspace, evening: str, reopen: Callable[[], Workspace]
) -> None:
    window, page = open_agenda(qtbot, workspace)
    starter_buttons = [
        b for b in page.editor.starter.findChildren(QCommandLinkButton) if "Klassieke" in b.text()
    ]
    assert [b.text() for b in starter_buttons] == ["Klassieke dialoogtafel — 2 uur, 7 onderdelen"]
    assert "Nederland in Dialoog" in starter_buttons[0].description()
    starter_buttons[0].click()
    assert column(page, TITLE)[:3] == [
        "Welkom, doel en gespreksregels",
        "Kennismaken",
        "Ervaringen delen",
    ]
    assert page.editor.totals.text() == "7 onderdelen, 2 uur in totaal · gepland 19:00 – 21:00"
    assert "Ctrl+Z" in page.editor.notice.text()

    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, TITLE) == [])
    assert page.editor.table_stack.currentWidget() is page.editor.starter
    qtbot.keyClick(window, *REDO)
    qtbot.waitUntil(lambda: len(column(page, TITLE)) == 7)

    # A second template replaces the first; undo brings the first back exactly.
    menu_action(page, "Wereldcafé").trigger()
    assert column(page, TITLE)[1] == "Ronde 1: wat speelt er?"
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: column(page, TITLE)[1] == "Kennismaken")
    window.close()
    assert [i.planned_minutes for i in agenda.list_items(reopen(), evening)] == [
        10,
        15,
        30,
        5,
        25,
        25,
        10,
    ]


def test_save_a_template_and_use_it_in_another_project(
    qtbot: QtBot,
    workspace: Workspace,
    evening: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agenda.add_item(workspace, evening, "Welkom", planned_minutes=5)
    agenda.add_item(workspace, evening, "Gesprek", planned_minutes=40, instructions="Wat nu?")
    window, page = open_agenda(qtbot, workspace)
    messages = save_through_dialog(qtbot, page, ["   ", "Korte avond"])
    assert messages == ["Een sjabloon heeft een naam nodig."]
    assert "Bewaard als sjabloon ‘Korte avond’" in page.editor.notice.text()
    [saved] = agenda_templates.catalogue().user
    assert saved.name == "Korte avond" and saved.total_minutes == 45

    # The same name again: asked before replacing; "No" keeps the dialog open.
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: asked.append(self.text()) or QMessageBox.StandardButton.No
    )
    assert save_through_dialog(qtbot, page, ["korte AVOND"]) == []
    assert asked == ["Er is al een sjabloon met de naam ‘korte AVOND’. Vervangen?"]
    assert len(agenda_templates.catalogue().user) == 1
    window.close()

    other = new_workspace(tmp_path / "Ermelo.dialoog", device_id=DEVICE)
    meeting = meetings.add_meeting(other, "Avond in Ermelo", start_time=time(14, 0))
    second, page = open_agenda(qtbot, other)
    menu_action(page, "Korte avond").trigger()
    assert column(page, TITLE) == ["Welkom", "Gesprek"]
    assert column(page, 0) == ["14:00", "14:05"]
    second.close()
    reopened = open_workspace(tmp_path / "Ermelo.dialoog", device_id=DEVICE)
    assert [i.instructions for i in agenda.list_items(reopened, meeting.id)] == ["", "Wat nu?"]
    reopened.close()


def test_a_malformed_template_file_is_shown_not_fatal(
    qtbot: QtBot, workspace: Workspace, evening: str
) -> None:
    folder = agenda_templates.user_dir()
    folder.mkdir(parents=True)
    (folder / "kapot.json").write_text('{"name": "Half', encoding="utf-8")
    window, page = open_agenda(qtbot, workspace)
    warning = menu_action(page, "⚠")
    assert not warning.isEnabled()
    assert "Het agendasjabloon kapot.json is overgeslagen" in warning.toolTip()
    menu_action(page, "Compacte dialoogtafel").trigger()  # the others still work
    assert len(column(page, TITLE)) == 6
    window.close()


def test_replacing_an_agenda_whose_clock_ran_asks_first(
    qtbot: QtBot, workspace: Workspace, evening: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    agenda.add_item(workspace, evening, "Welkom")
    clock.press(workspace, evening, ClockAction.START, at=datetime(2023, 4, 11, 17, 0, tzinfo=UTC))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: asked.append(self.text()) or QMessageBox.StandardButton.No
    )
    window, page = open_agenda(qtbot, workspace)
    menu_action(page, "Klassieke").trigger()
    assert asked and "al gestart" in asked[0]
    assert column(page, TITLE) == ["Welkom"]
    window.close()


def test_remove_a_user_template_and_undo(qtbot: QtBot, workspace: Workspace, evening: str) -> None:
    agenda.add_item(workspace, evening, "Welkom")
    agenda_templates.save_user_template(agenda.agenda_as_template(workspace, evening, "Weg ermee"))
    window, page = open_agenda(qtbot, workspace)
    page.editor.template_menu.rebuild()
    [remove_menu] = [
        a.menu()
        for a in page.editor.template_menu.actions()
        if a.text() == "Eigen sjabloon verwijderen"
    ]
    [remove] = remove_menu.actions()
    remove.trigger()
    assert agenda_templates.catalogue().user == []
    qtbot.keyClick(window, *UNDO)
    assert [t.name for t in agenda_templates.catalogue().user] == ["Weg ermee"]
    qtbot.keyClick(window, *REDO)
    assert agenda_templates.catalogue().user == []
    window.close()
