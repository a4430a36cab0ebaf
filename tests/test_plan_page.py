"""The Plan screen: opgaven in priority order, the plan of the chosen one with indicator
charts and actions, the timeline filtered by owner and status, a status change recorded
(dated) and undone; and what is in the file after reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.clock import FakeClock
from dialoog_app.domain.plan import ActionStatus
from dialoog_app.services import opgaven, plan
from dialoog_app.services.opgaven import OpgavePatch
from dialoog_app.services.plan import PlanPatch
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.plan.charts import IndicatorChart
from dialoog_app.ui.plan.plan_page import PlanPage

TODAY = dt.datetime(2027, 6, 15, 10, 0, tzinfo=dt.UTC)


def _project(ws: Workspace) -> dict[str, str]:
    ids = {t: opgaven.add_opgave(ws, t).created or "" for t in ("Verkeer", "Groen")}
    opgaven.update_opgave(ws, ids["Groen"], OpgavePatch(priority=3))
    plan.update_plan(ws, ids["Groen"], PlanPatch(goal="Een koele wijk", years="2027–2030"))
    trees = plan.add_indicator(ws, ids["Groen"], "Bomen", unit="stuks", baseline=100, target=200)
    for month, value in ((1, 100.0), (6, 150.0)):
        plan.add_measurement(ws, trees.id, dt.date(2027, month, 1), value)
    plan.add_action(ws, ids["Groen"], "Bomen planten", owner="Team Groen",
                    starts_on=dt.date(2027, 1, 1), ends_on=dt.date(2027, 12, 31))  # fmt: skip
    plan.add_action(ws, ids["Verkeer"], "Buurtbus", owner="Vervoerregio",
                    starts_on=dt.date(2028, 4, 1))  # fmt: skip
    return ids


def test_plan_screen_timeline_charts_and_status_change_with_undo(
    qtbot: QtBot, workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    ids = _project(workspace)
    window = MainWindow(workspace, FakeClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.findChild(PlanPage)
    assert page is not None and page.isVisible()

    titles = [page.opgave_list.item(r).text().split("\n")[0] for r in range(2)]
    assert titles == ["Groen", "Verkeer"]  # priority order
    assert page.details.text() == "Groen"
    assert page.editor.fields["goal"].text() == "Een koele wijk"
    assert page.editor.fields["years"].text() == "2027–2030"
    [chart] = page.findChildren(IndicatorChart)
    low, high = chart.value_range()
    assert low < 100.0 and high > 200.0  # baseline and target inside, with room around
    first, second = chart.points()
    assert first.x() < second.x() and second.y() < first.y()  # up, towards the target
    geometry = chart.chart_geometry()
    baseline = geometry.y(100.0)
    assert abs(first.y() - baseline) < 1  # the first measurement is the baseline
    assert geometry.plot.top() < baseline < geometry.plot.bottom() < chart.height()

    assert [a.what for _t, a in page.timeline.rows] == ["Bomen planten", "Buurtbus"]
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Vervoerregio"))
    assert [a.what for _t, a in page.timeline.rows] == ["Buurtbus"]
    page.owner_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ActionStatus.RUNNING.value))
    assert page.timeline.rows == []
    page.status_filter.setCurrentIndex(0)
    screenshot(window, "plan-screen")
    screenshot(chart, "plan-indicator-chart")

    page.actions_table.setFocus()
    page.actions_table.selectRow(0)
    page.new_status.setCurrentIndex(page.new_status.findData(ActionStatus.RUNNING.value))
    qtbot.mouseClick(page.record_status, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.actions_table.item(0, 4).text() == "lopend")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.actions_table.item(0, 4).text() == "gepland")
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.actions_table.item(0, 4).text() == "lopend")

    # Editing the plan by keyboard: the goal (saved on Enter) and a new action in one line.
    goal = page.editor.fields["goal"]
    goal.setFocus()
    goal.selectAll()
    qtbot.keyClicks(goal, "Een koele, groene wijk")
    qtbot.keyClick(goal, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor.new_action, "Geveltuinen")
    qtbot.keyClicks(page.editor.new_owner, "Bewoners")
    qtbot.keyClick(page.editor.new_owner, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 2)
    assert page.actions_table.item(1, 1).text() == "Bewoners"
    assert page.editor.new_action.text() == ""
    page.actions_table.setFocus()  # Ctrl+Z goes to the window, not the typing
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 1)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 2)
    screenshot(window, "plan-screen-edited")
    window.close()

    ws = reopen()
    view = plan.get_plan(ws, ids["Groen"])
    assert view.goal == "Een koele, groene wijk"
    assert [(a.what, a.owner) for a in view.actions][1] == ("Geveltuinen", "Bewoners")
    action = view.actions[0]
    assert action.status is ActionStatus.RUNNING
    assert [(c.changed_on, c.status) for c in action.history] == [
        (dt.date(2027, 6, 15), ActionStatus.RUNNING)
    ]
