"""Indicators, measurements and experts on the Plan screen, and deleting an action: added,
edited and deleted through the real buttons and forms, undone and redone with the window's
shortcuts, a bad number refused in Dutch — and what is in the file after reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from conftest import screenshot
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import plan
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.plan.item_form import ItemForm
from dialoog_app.ui.plan.plan_page import PlanPage
from test_plan_page import TODAY, _project

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


class Typist:
    """Answers each form the way a user would: types into its fields, then Save."""

    def __init__(self, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.plans: list[dict[str, str]] = []
        self.errors: list[str] = []

        def exec_form(form: ItemForm) -> int:
            for name, text in self.plans.pop(0).items():
                field = form.widgets[name]
                assert isinstance(field, QLineEdit)
                field.selectAll()
                qtbot.keyClicks(field, text)
            return QDialog.DialogCode.Accepted

        def exec_box(box: QMessageBox) -> int:
            self.errors.append(box.text())
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(ItemForm, "exec", exec_form)
        monkeypatch.setattr(QMessageBox, "exec", exec_box)


def test_indicators_measurements_experts_and_deleting_an_action(
    qtbot: QtBot,
    workspace: Workspace,
    reopen: Callable[[], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _project(workspace)
    typist = Typist(qtbot, monkeypatch)
    window = MainWindow(workspace, FakeClock(TODAY))
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    page = window.findChild(PlanPage)
    assert page is not None and page.details.text() == "Groen"
    items = page.items
    table = items.indicators.table

    def undo() -> None:
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)

    def redo() -> None:
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)

    # An indicator, typed the Dutch way (1.200 and 3,5), undone and redone.
    typist.plans.append({"name": "Geveltuinen", "unit": "tuinen", "baseline": "1.200",
                         "target": "3.500,5"})  # fmt: skip
    qtbot.mouseClick(items.indicators.add, LEFT)
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert [table.item(1, c).text() for c in range(4)] == [
        "Geveltuinen",
        "tuinen",
        "1200",
        "3500,5",
    ]
    undo()
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    redo()
    qtbot.waitUntil(lambda: table.rowCount() == 2)

    # Edited: a new target; undo brings the old one back.
    table.selectRow(1)
    typist.plans.append({"target": "4000"})
    qtbot.mouseClick(items.indicators.edit, LEFT)
    qtbot.waitUntil(lambda: table.item(1, 3).text() == "4000")
    undo()
    qtbot.waitUntil(lambda: table.item(1, 3).text() == "3500,5")
    redo()
    qtbot.waitUntil(lambda: table.item(1, 3).text() == "4000")

    # A measurement of the chosen indicator; a value that is no number is refused in Dutch.
    items.setCurrentWidget(items.measurements)
    typist.plans.append({"value": "veel"})
    qtbot.mouseClick(items.measurements.add, LEFT)
    assert typist.errors and "Vul een getal in" in typist.errors[-1]
    assert items.measurements.table.rowCount() == 2  # the two of the project, nothing added
    typist.plans.append({"value": "1.350", "source": "Telling"})
    qtbot.mouseClick(items.measurements.add, LEFT)
    qtbot.waitUntil(lambda: items.measurements.table.rowCount() == 3)
    assert items.measurements.table.item(2, 0).text() == "Geveltuinen"
    assert items.measurements.table.item(2, 1).text() == "15-6-2027"  # the clock's today

    # An expert with a contact name; edited; a second one deleted and the delete undone.
    items.setCurrentWidget(items.experts)
    experts = items.experts.table
    typist.plans.append({"organisation": "IVN", "role": "natuur", "contact_name": "J. de Vries"})
    qtbot.mouseClick(items.experts.add, LEFT)
    qtbot.waitUntil(lambda: experts.rowCount() == 1)
    experts.selectRow(0)
    typist.plans.append({"role": "natuureducatie"})
    qtbot.mouseClick(items.experts.edit, LEFT)
    qtbot.waitUntil(lambda: experts.item(0, 1).text() == "natuureducatie")
    typist.plans.append({"organisation": "Woningcorporatie"})
    qtbot.mouseClick(items.experts.add, LEFT)
    qtbot.waitUntil(lambda: experts.rowCount() == 2)
    experts.selectRow(1)
    qtbot.mouseClick(items.experts.delete, LEFT)
    qtbot.waitUntil(lambda: experts.rowCount() == 1)
    undo()
    qtbot.waitUntil(lambda: experts.rowCount() == 2)
    redo()
    qtbot.waitUntil(lambda: experts.rowCount() == 1)
    screenshot(window, "plan-screen-items")

    # Deleting an action, undone and done again.
    page.actions_table.selectRow(0)
    qtbot.mouseClick(page.delete_action, LEFT)
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 0)
    undo()
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 1)
    redo()
    qtbot.waitUntil(lambda: page.actions_table.rowCount() == 0)
    window.close()

    ws = reopen()
    view = plan.get_plan(ws, ids["Groen"])
    assert view.actions == ()
    [trees, gardens] = view.indicators
    assert (gardens.name, gardens.unit, gardens.baseline, gardens.target) == (
        "Geveltuinen", "tuinen", 1200.0, 4000.0
    )  # fmt: skip
    assert [(m.measured_on, m.value, m.source) for m in gardens.measurements] == [
        (dt.date(2027, 6, 15), 1350.0, "Telling")
    ]
    assert [(e.organisation, e.role, e.contact_name) for e in view.experts] == [
        ("IVN", "natuureducatie", "J. de Vries")
    ]
