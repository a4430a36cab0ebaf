"""A screen reader can use every screen: each widget that takes the keyboard focus has a
name (its own, a label's buddy, or its visible text), and the clock's countdown says
"Nog 2 minuten" aloud through QAccessible rather than only showing "02:00"."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES

Key = Qt.Key


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives a screen reader (accessibleName, buddy label, or own text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.nav.setFocus()  # offscreen, shortcuts need a focus widget in the window
    qtbot.waitUntil(window.nav.hasFocus)
    return window


def nameless(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's or combo box's own editor: the box carries the name
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_focusable_widget_of_every_screen_has_a_name(
    qtbot: QtBot, workspace: Workspace
) -> None:
    fill_demo(workspace, tables=3, notes=30, opgaven=3, seed=2)
    window = shown(qtbot, MainWindow(workspace))
    missing: dict[str, list[str]] = {}
    for row, spec in enumerate(PAGES):
        qtbot.keyClick(window, Key(Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        page = window.pages[spec.key]
        qtbot.waitUntil(page.isVisible)
        tabs = getattr(page, "tabs", None)  # the agenda's clock and report, Plan's Voortgang
        for tab in range(tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            if found := nameless(window):
                missing[f"{spec.key} tab {tab}"] = found
        if found := nameless(window):
            missing[spec.key] = found
    window.close()
    assert not missing
    # The check itself sees a nameless field.
    bare = QWidget()
    qtbot.addWidget(bare)
    QLineEdit(bare)
    assert nameless(bare) == ["QLineEdit ''"]


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What reaches the screen reader: (event, text) for each accessibility update."""
    events: list[tuple[str, str]] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            events.append(("announce", event.message()))
        elif event.type() == QAccessible.Event.DescriptionChanged:
            widget = event.object()
            events.append(("description", widget.accessibleDescription()))  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return events


def test_the_countdown_says_the_time_left_aloud(
    qtbot: QtBot, workspace: Workspace, heard: list[tuple[str, str]]
) -> None:
    fill_demo(workspace, notes=0, opgaven=0)
    meeting = meetings.list_meetings(workspace)[0]
    assert meeting.date and meeting.start_time
    fake = FakeClock(datetime.combine(meeting.date, meeting.start_time).astimezone())
    window = shown(qtbot, MainWindow(workspace, fake))
    qtbot.keyClick(window, Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["agenda"]
    qtbot.waitUntil(page.isVisible)
    qtbot.keyClick(window, Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Klok"
    panel = page.run_panel
    qtbot.waitUntil(panel.hasFocus)
    panel.warning_spin.setValue(3)
    label = panel.countdown_label
    assert accessible_name(label) == "Resterende tijd"

    qtbot.keyClick(panel, Key.Key_Space)  # start: 10 minutes for the first item
    assert label.accessibleDescription() == "Nog 10 minuten"
    assert heard == [("description", "Nog 10 minuten")]  # calm time: not announced
    fake.advance(minutes=8)
    panel.model.tick()
    assert label.text() == "02:00"
    assert ("announce", "Nog 2 minuten") in heard
    assert label.accessibleDescription() == "Nog 2 minuten"
    count = len(heard)
    fake.advance(seconds=1)
    panel.model.tick()
    assert len(heard) == count  # one second later: nothing new is said

    fake.advance(minutes=2)
    panel.model.tick()
    assert heard[-1] == ("announce", "De tijd is om")
    fake.advance(minutes=1)
    panel.model.tick()
    assert heard[-1] == ("announce", "De tijd is om")  # said once, not every second
    assert sum(1 for e in heard if e == ("announce", "De tijd is om")) == 1
    window.close()
