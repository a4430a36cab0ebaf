"""The Voortgang tab of the Plan screen: a status changed and a measurement added show up
as exactly those changes since a date typed on the keyboard; a later date shows none; the
date comes back when the project is opened again; the export button opens the export
dialog with the voortgang and the date chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.clock import FakeClock
from dialoog_app.domain.plan import ActionStatus
from dialoog_app.services import plan
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.export.dialog import ExportDialog
from dialoog_app.ui.export.documents import DocumentKind
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.plan.charts import IndicatorChart
from dialoog_app.ui.plan.plan_screen import PlanScreen
from dialoog_app.ui.shortcuts.overview import ShortcutOverview
from test_progress import project

TODAY = dt.datetime(2027, 6, 15, 10, 0, tzinfo=dt.UTC)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, PlanScreen]:
    window = MainWindow(ws, FakeClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    screen = window.findChild(PlanScreen)
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    return window, screen


def _type_date(qtbot: QtBot, screen: PlanScreen, digits: str) -> None:
    """Ctrl+Shift+V (the Voortgang tab, the date's day chosen), then the digits."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, CTRL_SHIFT)
    edit = screen.progress.since_edit
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, digits)


def _changes(screen: PlanScreen) -> list[str]:
    listed = screen.progress.changes
    return [listed.item(row).text() for row in range(listed.count())] if listed.isVisible() else []


def test_what_changed_since_a_typed_date_and_the_date_remembered(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    ids = project(workspace)
    window, screen = _open(qtbot, workspace)
    # On the plan tab: the first action of Groen becomes "lopend" today (15 June).
    page = screen.plan
    assert screen.tabs.currentWidget() is page
    page.actions_table.setFocus()
    page.actions_table.selectRow(0)
    page.new_status.setCurrentIndex(page.new_status.findData(ActionStatus.RUNNING.value))
    qtbot.mouseClick(page.record_status, Qt.MouseButton.LeftButton)
    [trees, _heat] = plan.get_plan(workspace, ids["Groen"]).indicators
    plan.add_measurement(workspace, trees.id, dt.date(2027, 6, 1), 150)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, CTRL_SHIFT)
    view = screen.progress
    qtbot.waitUntil(view.isVisible)
    assert screen.tabs.currentWidget() is view
    assert view.since_edit.date() == QDate(2027, 3, 15)  # three months ago: nothing chosen yet
    _type_date(qtbot, screen, "01062027")
    assert view.since() == dt.date(2027, 6, 1)
    titles = [view.opgave_list.item(r).text() for r in range(view.opgave_list.count())]
    assert titles == ["Groen\n2 wijzigingen", "Verkeer\ngeen wijzigingen"]
    assert view.title.text() == "Groen"
    assert view.changes_heading.text() == "Wijzigingen sinds 1-6-2027:"
    assert _changes(screen) == [
        "1-6-2027 · Gemeten 150 stuks: Bomen",
        "15-6-2027 · Status “lopend”: Bomen planten",
    ]
    assert view.summary.text() == "2 wijzigingen sinds 1-6-2027 in 1 opgave"
    statuses = [view.actions_table.item(r, 2).text() for r in range(2)]
    assert statuses == ["lopend", "gepland"]

    def charts() -> list[str]:
        return [c.indicator.name for c in view.findChildren(IndicatorChart) if c.isVisible()]

    qtbot.waitUntil(lambda: charts() == ["Bomen", "Hittestress"])
    screenshot(window, "plan-progress")

    _type_date(qtbot, screen, "16062027")  # the day after both
    assert _changes(screen) == []
    assert view.changes_heading.text() == "Geen wijzigingen sinds 16-6-2027."
    assert view.summary.text() == "Geen wijzigingen sinds 16-6-2027."

    # Undo the status change (Ctrl+Z, from the list: the date field has its own undo).
    _type_date(qtbot, screen, "01062027")
    view.opgave_list.setFocus()
    qtbot.keyClick(view.opgave_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_changes(screen)) == 1)
    assert _changes(screen) == ["1-6-2027 · Gemeten 150 stuks: Bomen"]

    # The export button: the dialog with the voortgang and this date.
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.documents.kind() is DocumentKind.PROGRESS
    assert dialog.documents.since() == dt.date(2027, 6, 1)
    dialog.reject()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    overview = window.findChild(ShortcutOverview)
    assert overview is not None
    qtbot.waitExposed(overview)
    rows = overview.rows()
    assert (
        "Plan en voortgang",
        "Ctrl+Shift+V",
        "Voortgang: wat er sinds een datum veranderde",
    ) in rows
    assert ("Schermen", "Ctrl+6", "Naar Plan") in rows
    overview.close()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, CTRL_SHIFT)
    assert screen.tabs.currentWidget() is page
    window.close()
    workspace.close()

    again = reopen()
    window, screen = _open(qtbot, again)
    screen.show_tab(screen.progress)
    assert screen.progress.since_edit.date() == QDate(2027, 6, 1)  # remembered in the file
    assert _changes(screen) == ["1-6-2027 · Gemeten 150 stuks: Bomen"]
    window.close()
