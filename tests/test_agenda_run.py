"""Running the meeting's clock from the Agenda screen, on a fake clock, by its shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from agenda_ui import REDO, UNDO, open_agenda
from conftest import screenshot
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, meetings
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.agenda.page import AgendaPage
from dialoog_app.ui.agenda.presenter_window import PresenterWindow
from dialoog_app.ui.agenda.run_panel import RunPanel
from dialoog_app.ui.clock import alerts
from dialoog_app.ui.clock.alerts import DARK_OVERRUN, OVERRUN_COLOUR, WARNING_COLOUR
from dialoog_app.ui.main_window import MainWindow

Key = Qt.Key


@pytest.fixture
def evening(workspace: Workspace) -> tuple[str, FakeClock]:
    """The demo's classic two-hour agenda, and a fake clock at its planned start."""
    fill_demo(workspace, notes=0, opgaven=0)
    meeting = meetings.list_meetings(workspace)[0]
    assert meeting.date and meeting.start_time
    return meeting.id, FakeClock(datetime.combine(meeting.date, meeting.start_time).astimezone())


def open_clock(
    qtbot: QtBot, ws: Workspace, fake: FakeClock
) -> tuple[MainWindow, AgendaPage, RunPanel]:
    window, page = open_agenda(qtbot, ws, clock=fake)
    qtbot.keyClick(window, Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Klok"
    qtbot.waitUntil(page.run_panel.isVisible)
    qtbot.waitUntil(page.run_panel.hasFocus)
    return window, page, page.run_panel


def key(qtbot: QtBot, panel: RunPanel, which: Key) -> None:
    qtbot.keyClick(panel, which)


def later(panel: RunPanel, fake: FakeClock, **delta: float) -> None:
    fake.advance(**delta)
    panel.model.tick()  # what the repaint timer does four times a second


def test_run_the_clock_by_its_shortcuts(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, FakeClock],
    reopen: Callable[[], Workspace],
) -> None:
    meeting_id, fake = evening
    t0 = fake.now()
    window, page = open_agenda(qtbot, workspace, clock=fake)
    page.editor.view.setFocus()
    qtbot.keyClick(page.editor.view, Key.Key_Space)  # typing in the editor starts nothing
    assert not clock.snapshot(workspace, meeting_id).presses

    qtbot.keyClick(window, Key.Key_K, Qt.KeyboardModifier.AltModifier)
    panel = page.run_panel
    qtbot.waitUntil(panel.hasFocus)
    assert panel.title_label.text() == "Eerst: Welkom, doel en gespreksregels"
    assert panel.countdown_label.text() == "10:00"  # what the first item will get
    assert panel.next_label.text() == "Start de klok met spatie of F5"
    assert panel.end_label.text() == "Gepland 19:00 – 21:00"

    key(qtbot, panel, Key.Key_Space)  # start
    assert panel.status_label.text() == "Loopt · onderdeel 1 van 7 · plenair"
    assert panel.countdown_label.text() == "10:00"
    assert panel.buttons["startPause"].text() == "Pauzeren"
    later(panel, fake, minutes=3)
    assert panel.countdown_label.text() == "07:00"
    key(qtbot, panel, Key.Key_Space)  # pause: the clock stands still
    later(panel, fake, minutes=2)
    assert panel.countdown_label.text() == "07:00"
    assert panel.status_label.text().startswith("Gepauzeerd")
    assert panel.end_label.text() == "Verwacht einde 21:02 · gepland 21:00 · 2 min later"
    key(qtbot, panel, Key.Key_F5)  # resume
    key(qtbot, panel, Key.Key_PageDown)  # next
    assert panel.title_label.text() == "Kennismaken"
    assert panel.countdown_label.text() == "15:00"
    assert panel.next_label.text() == "Hierna: Ervaringen delen (30 min)"
    key(qtbot, panel, Key.Key_1)
    key(qtbot, panel, Key.Key_Plus)
    key(qtbot, panel, Key.Key_5)
    assert panel.countdown_label.text() == "22:00"
    later(panel, fake, seconds=30)
    key(qtbot, panel, Key.Key_Left)  # back to the welcome, which runs on where it was
    assert panel.countdown_label.text() == "07:00"
    key(qtbot, panel, Key.Key_Right)
    assert panel.countdown_label.text() == "21:30"
    key(qtbot, panel, Key.Key_S)  # skip the round
    assert panel.title_label.text() == "Ervaringen delen"

    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Kennismaken")
    assert panel.countdown_label.text() == "21:30"
    qtbot.keyClick(window, *REDO)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Ervaringen delen")
    later(panel, fake, minutes=4, seconds=12)
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(window, "agenda-clock")

    window.close()
    timings = clock.item_timings(reopen(), meeting_id, fake.now())
    welkom, kennis = timings[0], timings[1]
    assert welkom.actual_start == t0 and welkom.paused_seconds == 120
    # Left at 5:00, visited again at 5:30 (for no time at all) and left again.
    assert welkom.active_seconds == 180
    assert welkom.actual_end == t0 + timedelta(minutes=5, seconds=30)
    assert kennis.extended_seconds == 420 and kennis.skipped
    assert kennis.actual_end == t0 + timedelta(minutes=5, seconds=30)
    assert timings[2].actual_start == t0 + timedelta(minutes=5, seconds=30)


def test_warning_then_time_up_then_overrun(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, FakeClock],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    _, fake = evening
    window, page, panel = open_clock(qtbot, workspace, fake)
    panel.warning_spin.setValue(3)  # remembered for the next time
    entered: list[int] = []
    panel.alerts.entered.connect(lambda zone, _item: entered.append(zone))

    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=6, seconds=59)
    assert not panel.banner.isVisible() and beeps == []
    later(panel, fake, seconds=2)
    assert panel.countdown_label.text() == "02:59"
    assert panel.banner.isVisible() and panel.banner.text() == "Nog 3 minuten"
    assert WARNING_COLOUR in panel.countdown_label.styleSheet()
    assert panel.is_flashing() and beeps == [1] and entered == [alerts.Zone.WARNING]

    later(panel, fake, minutes=3)
    assert panel.countdown_label.text() == "+00:01"
    assert panel.banner.text() == "De tijd is om · 00:01 uitgelopen"
    assert OVERRUN_COLOUR in panel.countdown_label.styleSheet()
    assert beeps == [1, 1] and entered[-1] == alerts.Zone.OVERRUN
    later(panel, fake, minutes=10)  # it never stops by itself
    assert panel.countdown_label.text() == "+10:01" and beeps == [1, 1]
    qtbot.wait(20)
    screenshot(window, "agenda-clock-overrun")

    # Without sound the signal still shows; the next item starts calm again.
    qtbot.mouseClick(panel.sound_check, Qt.MouseButton.LeftButton)
    assert not alerts.sound_enabled()
    key(qtbot, panel, Key.Key_PageDown)
    assert not panel.banner.isVisible()
    later(panel, fake, minutes=13)
    # Two minutes are left (not the three of the warning setting).
    assert panel.countdown_label.text() == "02:00"
    assert panel.banner.text() == "Nog 2 minuten" and beeps == [1, 1]
    window.close()
    assert alerts.warning_minutes() == 3


def test_presenter_view_shows_the_same_item_and_time(
    qtbot: QtBot, workspace: Workspace, evening: tuple[str, FakeClock]
) -> None:
    _, fake = evening
    window, page, panel = open_clock(qtbot, workspace, fake)
    key(qtbot, panel, Key.Key_Space)
    key(qtbot, panel, Key.Key_P)  # one screen here: the presenter view opens in a window
    presenter = page.presenter
    assert isinstance(presenter, PresenterWindow)
    qtbot.waitExposed(presenter)
    presenter.resize(1280, 720)
    later(panel, fake, minutes=1, seconds=15)

    def same() -> None:
        assert presenter.countdown_label.text() == panel.countdown_label.text()
        assert presenter.title_label.text() == panel.title_label.text()
        assert presenter.question_label.text() == panel.question_label.text()
        assert presenter.next_label.text() == panel.next_label.text()

    same()
    qtbot.wait(20)  # let the layout settle before the picture
    assert presenter.countdown_label.text() == "08:45"
    assert presenter.question_label.text().startswith("Heet iedereen welkom")
    screenshot(presenter, "agenda-presenter")

    # A clicker on the projector's window moves both on.
    presenter.activateWindow()
    qtbot.waitUntil(presenter.hasFocus)
    qtbot.keyClick(presenter, Key.Key_PageDown)
    assert panel.title_label.text() == "Kennismaken"
    same()
    later(panel, fake, minutes=16)  # over time: both red
    same()
    assert DARK_OVERRUN in presenter.countdown_label.styleSheet()
    assert presenter.banner.text() == panel.banner.text() == "De tijd is om · 01:00 uitgelopen"
    qtbot.wait(20)
    screenshot(presenter, "agenda-presenter-overrun")
    qtbot.keyClick(presenter, Key.Key_Escape)  # in a window, Esc leaves it open
    assert presenter.isVisible()
    qtbot.keyClick(presenter, Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not presenter.isVisible())

    # Full screen on the screen of the user's choice, remembered for next time.
    page.screen_menu.aboutToShow.emit()  # what opening the menu does
    texts = [a.text() for a in page.screen_menu.actions()]
    assert texts[0].startswith("Schermvullend op scherm 1") and texts[-1] == "In een venster"
    page.screen_menu.actions()[0].trigger()
    screen = QGuiApplication.screens()[0]
    qtbot.waitUntil(presenter.isVisible)
    assert presenter.isFullScreen() and presenter.screen() is screen
    assert PresenterWindow.preferred_screen(window) is screen
    # Esc only leaves full screen: the clock stays on the wall, F11 puts it back.
    presenter.activateWindow()
    qtbot.waitUntil(presenter.hasFocus)
    qtbot.keyClick(presenter, Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isFullScreen())
    assert presenter.isVisible()
    qtbot.keyClick(presenter, Key.Key_F11)
    qtbot.waitUntil(presenter.isFullScreen)
    window.show_page("meetings")  # the facilitator looks elsewhere: the projector stays
    assert presenter.isVisible()
    window.close()  # the app closes: so does the projector's window
    assert not presenter.isVisible()


def test_a_restart_mid_item_resumes_at_the_right_second(
    qtbot: QtBot,
    workspace: Workspace,
    evening: tuple[str, FakeClock],
    reopen: Callable[[], Workspace],
) -> None:
    _, fake = evening
    window, page, panel = open_clock(qtbot, workspace, fake)
    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=12)
    key(qtbot, panel, Key.Key_PageDown)
    later(panel, fake, minutes=4, seconds=17)
    assert panel.countdown_label.text() == "10:43"
    window.close()  # the app is closed (or killed) mid-item

    fake.advance(seconds=30)  # and started again half a minute later
    window, page, panel = open_clock(qtbot, reopen(), fake)
    assert panel.title_label.text() == "Kennismaken"
    assert panel.countdown_label.text() == "10:13"
    assert panel.status_label.text() == "Loopt · onderdeel 2 van 7 · aan de tafels"

    page.tabs.setCurrentWidget(page.report)
    table = page.report.table
    assert [table.item(0, c).text() for c in range(8)] == [
        "Welkom, doel en gespreksregels",
        "19:00",
        "19:00 – 19:12",
        "10:00",
        "12:00",
        "—",
        "—",
        "+02:00",
    ]
    assert table.item(1, 2).text() == "19:12 – nu"
    assert page.report.summary.text().startswith("Gepland 120 min, tot nu toe werkelijk 17 min.")
    screenshot(window, "agenda-report")
    window.close()


def test_double_click_an_item_to_go_to_it(
    qtbot: QtBot, workspace: Workspace, evening: tuple[str, FakeClock]
) -> None:
    _, fake = evening
    window, page, panel = open_clock(qtbot, workspace, fake)
    listing = panel.agenda_list

    def double_click(row: int) -> None:
        where = listing.visualItemRect(listing.topLevelItem(row)).center()
        qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=where)

    double_click(4)  # before the start: the meeting starts there (a late start, say)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Dromen")
    later(panel, fake, minutes=2)
    double_click(1)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Kennismaken")
    assert listing.topLevelItem(4).text(0) == "✓" and listing.topLevelItem(1).text(0) == "▶"
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Dromen")
    window.close()


def test_reset_the_clock_after_a_rehearsal(
    qtbot: QtBot, workspace: Workspace, evening: tuple[str, FakeClock]
) -> None:
    meeting_id, fake = evening
    window, page, panel = open_clock(qtbot, workspace, fake)
    key(qtbot, panel, Key.Key_Space)
    later(panel, fake, minutes=2)
    key(qtbot, panel, Key.Key_PageDown)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text() == "Nog niet begonnen"
    assert not clock.snapshot(workspace, meeting_id).presses
    qtbot.keyClick(window, *UNDO)
    qtbot.waitUntil(lambda: panel.title_label.text() == "Kennismaken")
    window.close()
