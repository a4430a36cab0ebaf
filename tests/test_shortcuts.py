"""One shortcut scheme: no key means two things on a screen, every key a screen carries is
declared once (ui/shortcuts), F1 lists them in Dutch, and a hidden screen never takes keys."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from capture_helpers import ALT, CTRL, DIGITS, open_capture, press, type_text
from conftest import screenshot
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services import drafts, meetings, notes
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui import shortcuts
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.meetings.page import MeetingsPage
from dialoog_app.ui.pages import PAGES
from dialoog_app.ui.shortcuts.overview import ShortcutOverview


def _portable(key: str | QKeySequence) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


@pytest.mark.parametrize("screen", [*shortcuts.PAGE_SCREENS, shortcuts.PRESENTER])
def test_no_key_means_two_things_on_a_screen(screen: str) -> None:
    active = shortcuts.for_screen(screen)
    wide = [_portable(k) for s in active if not s.focus for k in s.keys]
    clashes = [key for key, n in Counter(wide).items() if n > 1]
    assert clashes == [], f"{screen}: {clashes}"
    # A key that works only in one part (the list, the input) may repeat another part's
    # key, never a key that works screen-wide, and never one of its own part.
    for part in {s.focus for s in active if s.focus}:
        keys = [_portable(k) for s in active if s.focus == part for k in s.keys]
        assert len(keys) == len(set(keys)), f"{screen}/{part}: {keys}"
        assert not set(keys) & set(wide), f"{screen}/{part}: {set(keys) & set(wide)}"


def test_the_scheme_screens_on_ctrl_digits_note_marks_on_alt_digits() -> None:
    order = [spec.key for spec in PAGES]
    for key in shortcuts.PAGE_SCREENS:  # Ctrl + the screen's place in the navigation
        assert shortcuts.shortcut(f"screen.{key}").keys == (f"Ctrl+{order.index(key) + 1}",)
    kinds = [shortcuts.shortcut(f"capture.kind.{k.value}").keys[0] for k in NoteKind]
    roles = [shortcuts.shortcut(f"capture.role.{r.value}").keys[0] for r in Role]
    assert kinds + roles == [f"Alt+{n % 10}" for n in range(1, 11)]


def _declared(screen: str) -> set[str]:
    return {_portable(k) for s in shortcuts.for_screen(screen) for k in s.keys}


def _carried(widget: QWidget) -> set[str]:
    """Every key a widget and its children really answer to (shortcuts and actions)."""
    found = set()
    for item in [*widget.findChildren(QShortcut), *widget.findChildren(QAction), *widget.actions()]:
        for key in item.keys() if isinstance(item, QShortcut) else item.shortcuts():
            if not key.isEmpty():
                found.add(_portable(key))
    return found


def test_every_key_a_screen_carries_is_declared_once(qtbot: QtBot, workspace: Workspace) -> None:
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel 1")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    carried_by_window = _carried(window.menuBar())
    assert carried_by_window <= _declared(shortcuts.WINDOW)
    for key in shortcuts.PAGE_SCREENS:
        page = window.show_page(key)
        undeclared = _carried(page) - _declared(key)
        assert undeclared == set(), f"{key}: {undeclared}"
    agenda = window.pages["agenda"]
    presenter = agenda.open_presenter(None)  # type: ignore[attr-defined]
    assert _carried(presenter) - _declared(shortcuts.PRESENTER) == set()
    # Qt adds " — Dialoog" to window titles itself: the projector's own title must not.
    assert "Dialoog" not in presenter.windowTitle()
    presenter.close()
    window.close()


def test_f1_lists_the_shortcuts_of_the_shown_screen_in_dutch(
    qtbot: QtBot, workspace: Workspace
) -> None:
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel 1")
    window, page = open_capture(qtbot, workspace)
    qtbot.keyClick(page.input, Qt.Key.Key_F1)
    overview = window.findChild(ShortcutOverview)
    assert isinstance(overview, ShortcutOverview)
    qtbot.waitExposed(overview)
    assert overview.windowTitle() == "Sneltoetsen — Tafel"
    rows = overview.rows()
    assert ("Schermen", "Ctrl+3", "Naar Tafel") in rows
    assert ("Een notitie schrijven", "Enter", "Notitie opslaan") in rows
    marks = [r for r in rows if r[0].startswith("De notitie markeren")]
    assert [r[1] for r in marks[:3]] == ["Alt+1", "Alt+2", "Alt+3"]
    assert marks[2][2] == "Soort: zorg"
    assert not any(r[0] == "Opgavenbord" for r in rows)  # only this screen's keys
    assert len(rows) == len(shortcuts.for_screen(shortcuts.CAPTURE))
    overview.resize(640, 900)
    screenshot(overview, "shortcut-overview-capture")
    overview.close()
    # Ctrl+/ does the same, on another screen, with that screen's keys.
    window.show_page("board")
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)
    board = [w for w in window.findChildren(ShortcutOverview) if w.isVisible()]
    assert len(board) == 1 and board[0].windowTitle() == "Sneltoetsen — Opgaven"
    assert any(r[0] == "Opgavenbord" for r in board[0].rows())
    board[0].close()
    window.close()


def test_a_hidden_screen_never_takes_the_keys(qtbot: QtBot, workspace: Workspace) -> None:
    """Issue 9.1: "+ Tafel toevoegen" on Bijeenkomsten, then typing, Ctrl+3 and Enter."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    first = page.findChild(QPushButton, "firstMeetingButton")
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.form.title_edit.hasFocus)
    qtbot.keyClicks(page.form.title_edit, "Avond in Putten")
    qtbot.keyClick(page.form.title_edit, Qt.Key.Key_Return)
    (meeting,) = meetings.list_meetings(workspace)
    qtbot.mouseClick(page.tables.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the table's change reaches every screen, the hidden Tafel one too
    capture = window.pages["capture"]
    assert isinstance(capture, CapturePage)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.isVisible()
    assert not capture.isAncestorOf(focused)
    focused.selectAll()
    qtbot.keyClicks(focused, "Tafel Noord")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tables.view.state() != QAbstractItemView.State.EditingState)
    (table,) = meetings.list_tables(workspace, meeting.id)
    assert table.name == "Tafel Noord"  # the name went where the user saw the cursor
    capture.flush()
    assert drafts.draft_text(workspace, table.id) == ""
    assert capture.input.toPlainText() == ""
    assert notes.list_notes(workspace, table.id) == []  # Enter saved no note

    # Ctrl+3 goes to Tafel — from the table list and from Tafel's own input alike.
    press(qtbot, DIGITS[3], CTRL)
    assert window.current_page_key() == "capture"
    qtbot.waitUntil(capture.input.hasFocus)
    type_text(qtbot, capture.input, "Meer groen")
    press(qtbot, DIGITS[3], ALT)  # Alt+3: zorg
    assert capture.composer.kind == NoteKind.CONCERN
    press(qtbot, DIGITS[1], CTRL)
    assert window.current_page_key() == "meetings"
    assert not capture.input.hasFocus()
    press(qtbot, DIGITS[3], CTRL)
    qtbot.waitUntil(capture.input.hasFocus)  # back in the input, the text still there
    assert capture.input.toPlainText() == "Meer groen"
    window.close()


def test_focus_never_stays_on_a_hidden_page(qtbot: QtBot, workspace: Workspace) -> None:
    """The net under the rule: whoever calls setFocus on a hidden widget, it bounces."""
    meeting = meetings.add_meeting(workspace, "Avond")
    meetings.add_table(workspace, meeting.id, "Tafel 1")
    window, capture = open_capture(qtbot, workspace)
    window.show_page("meetings")
    qtbot.waitUntil(lambda: not capture.isVisible())
    capture.input.setFocus()  # a stray call, as a slot reacting to a change might make
    focused = QApplication.focusWidget()
    assert focused is None or focused.isVisible()
    window.close()


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), lower case; None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_menu_mnemonics_never_clash_in_dutch(qtbot: QtBot, workspace: Workspace) -> None:
    """Alt+letter opens one menu and, inside it, picks one item: two with the same letter
    make the key cycle between them instead."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    titles = [menu.title() for menu in menus]
    assert "&Bestand" in titles  # Dutch, as the app runs
    letters = Counter(_mnemonic(t) for t in titles if _mnemonic(t))
    assert [t for t in titles if letters[_mnemonic(t)] > 1] == []
    for menu in menus:
        items = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        used = Counter(_mnemonic(t) for t in items if _mnemonic(t))
        clashing = [t for t in items if _mnemonic(t) and used[_mnemonic(t)] > 1]
        assert clashing == [], f"{menu.title()}: {clashing}"
    # Nor may a button or field label of a screen take a menu's letter: Alt+letter would
    # open the menu instead (the board's "P&laatsen" against a "Bee&ld").
    menu_letters = set(letters)
    window.show()
    taken = []
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.pages[spec.key]
        qtbot.waitUntil(page.isVisible)
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            letter = _mnemonic(widget.text())
            if letter in menu_letters and (isinstance(widget, QAbstractButton) or widget.buddy()):
                taken.append(f"{spec.key}: {widget.text()}")
    assert taken == []
    window.close()
