"""The Tafel screen: notes follow the running clock; exact texts; drafts survive a crash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from capture_helpers import CTRL, EVENING, open_capture, texts, type_note, type_text
from conftest import screenshot
from dialoog_app.domain.agenda_clock import ClockAction
from dialoog_app.domain.clock import FakeClock
from dialoog_app.services import clock, drafts, meetings, notes
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.notes import NotePatch
from dialoog_app.services.workspace import Workspace
from dialoog_app.ui.capture.note_delegate import LINE_BREAK
from dialoog_app.ui.capture.note_menu import NoteMenu
from dialoog_app.ui.capture.notes_list import COMPACT_ABOVE


@pytest.fixture
def agenda(workspace: Workspace) -> dict[str, str]:
    """The classic two-hour agenda (demo), no notes; title → item id."""
    fill_demo(workspace, tables=2, notes=0, opgaven=0)
    meeting = meetings.list_meetings(workspace)[0]
    snapshot = clock.snapshot(workspace, meeting.id)
    return {"meeting": meeting.id} | {title: i for i, title in snapshot.titles.items()}


def test_notes_are_linked_to_the_running_agenda_item(
    qtbot: QtBot,
    workspace: Workspace,
    agenda: dict[str, str],
    reopen: Callable[[], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meeting_id = agenda["meeting"]
    titles = {item_id: title for title, item_id in agenda.items() if title != "meeting"}
    fake = FakeClock(EVENING)
    window, page = open_capture(qtbot, workspace, fake)
    combo = page.composer.item_combo
    assert combo.currentText() == "Automatisch (de klok loopt niet)"
    type_note(qtbot, page, "Voor de start")

    clock.press(workspace, meeting_id, ClockAction.START, at=fake.now())
    qtbot.waitUntil(lambda: combo.currentText() == "Automatisch: Welkom, doel en gespreksregels")
    type_note(qtbot, page, "Welkom")
    fake.advance(minutes=12)  # over time, still the same item
    type_note(qtbot, page, "Nog steeds welkom")
    clock.press(workspace, meeting_id, ClockAction.NEXT, at=fake.now())
    qtbot.waitUntil(lambda: combo.currentText() == "Automatisch: Kennismaken")
    type_note(qtbot, page, "Kennismaken")

    # A chosen item holds while the clock stays on its item …
    combo.setCurrentIndex(combo.findData(agenda["Dromen"]))
    type_note(qtbot, page, "Over dromen, vooruitgelopen")
    type_note(qtbot, page, "Nog een droom")
    # … and lapses when the clock moves on — even when the move is due at this very
    # moment and no screen tick has come by yet: the save replays the clock at "now".
    clock.press(workspace, meeting_id, ClockAction.NEXT, at=fake.now() + timedelta(seconds=30))
    qtbot.wait(20)  # the press is stored and reread; it is not yet due
    fake.advance(seconds=31)
    type_note(qtbot, page, "Ervaringen")

    # Change a note's item afterwards through its menu (right click).
    page.notes.select_note(page.notes.model.rows[0].id)

    def choose(menu: QMenu, *_: object) -> None:
        agenda_menu = next(a.menu() for a in menu.actions() if a.text() == "Agenda-onderdeel")
        next(a for a in agenda_menu.actions() if a.text() == "Pauze").trigger()

    monkeypatch.setattr(NoteMenu, "exec", choose)
    view = page.notes.view
    view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
    assert page.input.hasFocus()

    page.notes.item_filter.setCurrentIndex(page.notes.item_filter.findData(agenda["Dromen"]))
    assert page.notes.proxy.rowCount() == 2
    window.close()

    ws = reopen()
    stored = [
        (n.text, titles.get(n.agenda_item_id or "")) for n in notes.list_notes(ws, page.table_id)
    ]
    assert stored == [
        ("Voor de start", "Pauze"),
        ("Welkom", "Welkom, doel en gespreksregels"),
        ("Nog steeds welkom", "Welkom, doel en gespreksregels"),
        ("Kennismaken", "Kennismaken"),
        ("Over dromen, vooruitgelopen", "Dromen"),
        ("Nog een droom", "Dromen"),
        ("Ervaringen", "Ervaringen delen"),
    ]
    assert all(n.noted_at >= EVENING for n in notes.list_notes(ws, page.table_id))


PASTED = [
    "Wij willen \"gewoon\" 'gehoord' worden — écht!",
    "Tab\tgescheiden\tkolommen\nen regels\n\nmet lege regel",
    "  spaties voor en na  ",
    "Emoji: 👍🏽 🏳️‍🌈 👨‍👩‍👧‍👦 klaar",
    "Fatma Yılmaz zei: Çok güzel, İstanbul'da da böyle",
    "محمد العلي: نريد مكانًا للقاء في الحي",
    ("Een lange plak uit de enquête. " * 320)[:9_990] + "https://x.nl/" + "a" * 200,
]


def test_pasted_and_typed_texts_are_stored_and_shown_exactly(
    qtbot: QtBot, workspace: Workspace, agenda: dict[str, str], reopen: Callable[[], Workspace]
) -> None:
    window, page = open_capture(qtbot, workspace)
    for text in PASTED:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(page.input, Qt.Key.Key_V, CTRL)
        assert page.input.toPlainText() == text
        qtbot.keyClick(page.input, Qt.Key.Key_Return)
    type_note(qtbot, page, "Ayşe: çay içelim — مرحبا 👍")
    expected = [*PASTED, "Ayşe: çay içelim — مرحبا 👍"]
    assert texts(page) == expected
    # What the list draws is the text itself (its layout holds exactly these characters).
    for row, text in enumerate(expected):
        index = page.notes.proxy.index(row, 0)
        assert page.notes.delegate.sizeHint(QStyleOptionViewItem(), index).height() > 20
        note = page.notes.model.rows[row]
        shown = page.notes.delegate._layout(note).text()
        assert shown == text.replace("\n", LINE_BREAK)
    table_id = page.table_id
    window.close()
    assert [n.text for n in notes.list_notes(reopen(), table_id)] == expected


def test_the_draft_comes_back_after_a_crash(
    qtbot: QtBot, workspace: Workspace, agenda: dict[str, str], reopen: Callable[[], Workspace]
) -> None:
    window, page = open_capture(qtbot, workspace, register=False)
    table_id = page.table_id
    typed = "Ze zei dat de bus om\tzeven uur — çay 👍"
    type_text(qtbot, page.input, typed)
    # Stored a moment after typing stops, without any save or close.
    qtbot.waitUntil(lambda: drafts.draft_text(workspace, table_id) == typed, timeout=3000)
    # The crash: the OS releases the file; the window dies without a close event or flush.
    workspace.store.close()
    shiboken6.delete(window)

    window, page = open_capture(qtbot, reopen())
    assert page.table_id == table_id
    assert page.input.toPlainText() == typed
    # Saving it empties the stored draft in the same transaction.
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert texts(page) == [typed]
    assert drafts.draft_text(page.ctx.workspace, table_id) == ""
    window.close()


def test_leaving_the_input_stores_the_draft_at_once(
    qtbot: QtBot, workspace: Workspace, agenda: dict[str, str]
) -> None:
    window, page = open_capture(qtbot, workspace)
    qtbot.keyClicks(page.input, "half af")
    page.notes.search.setFocus()
    qtbot.waitUntil(lambda: not page.input.hasFocus())
    assert drafts.draft_text(workspace, page.table_id) == "half af"
    window.close()


def test_the_list_follows_new_notes_unless_scrolled_up(qtbot: QtBot, workspace: Workspace) -> None:
    fill_demo(workspace, tables=1, notes=300, opgaven=0)  # noted 19:00–21:00
    later = FakeClock(EVENING.replace(hour=22))
    window, page = open_capture(qtbot, workspace, later)
    bar = page.notes.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    type_note(qtbot, page, "Nieuw onderaan")
    view = page.notes.view

    def newest_in_sight() -> bool:
        last = page.notes.proxy.index(page.notes.proxy.rowCount() - 1, 0)
        return view.viewport().rect().contains(view.visualRect(last))

    qtbot.waitUntil(newest_in_sight)
    assert bar.value() == bar.maximum()

    bar.setValue(10)  # the facilitator scrolls up to read back
    type_note(qtbot, page, "Nog een, terwijl ik terugkijk")
    qtbot.wait(50)
    assert bar.value() == 10
    assert texts(page)[-1] == "Nog een, terwijl ik terugkijk"
    window.close()


def test_changes_made_elsewhere_appear_without_a_reset(
    qtbot: QtBot, workspace: Workspace, agenda: dict[str, str]
) -> None:
    window, page = open_capture(qtbot, workspace)
    type_note(qtbot, page, "Eerste")
    type_note(qtbot, page, "Tweede")
    resets: list[int] = []
    page.notes.model.modelReset.connect(lambda: resets.append(1))
    first = page.notes.model.rows[0]
    # Another screen (the board) edits one note and removes the other.
    notes.update_note(workspace, first.id, NotePatch(text="Eerste, elders bewerkt"))
    notes.delete_note(workspace, page.notes.model.rows[1].id)
    qtbot.waitUntil(lambda: texts(page) == ["Eerste, elders bewerkt"])
    assert resets == []
    window.close()


def test_screenshot_of_a_realistic_table(qtbot: QtBot, workspace: Workspace) -> None:
    """For a person to look at: tests/screenshots/capture-page.png."""
    fill_demo(workspace, tables=4, notes=160, opgaven=0)
    meeting_id = meetings.list_meetings(workspace)[0].id
    fake = FakeClock(EVENING.replace(hour=19))
    clock.press(workspace, meeting_id, ClockAction.START, at=fake.now())
    for minutes in (10, 15):
        fake.advance(minutes=minutes)
        clock.press(workspace, meeting_id, ClockAction.NEXT, at=fake.now())
    fake.advance(minutes=17, seconds=25)
    window, page = open_capture(qtbot, workspace, fake)
    type_text(qtbot, page.input, "Mevrouw vertelt dat ze sinds de verhuizing van haar dochter ")
    page.notes.select_note(page.notes.model.rows[-3].id)
    qtbot.wait(50)
    assert page.clock.time_label.text() == "12:35"
    assert page.composer.item_combo.currentText() == "Automatisch: Ervaringen delen"
    assert window.nav.item(2).text() == "Tafel"
    # What dominates: the input and the clock, well above the list's text size.
    assert page.input.font().pointSizeF() >= 15 and page.clock.time_label.font().pointSizeF() >= 28
    screenshot(window, "capture-page")
    window.close()


def test_a_very_long_list_switches_to_two_line_rows(qtbot: QtBot, workspace: Workspace) -> None:
    fill_demo(workspace, tables=1, notes=COMPACT_ABOVE + 50, opgaven=0)
    window, page = open_capture(qtbot, workspace, FakeClock(EVENING.replace(hour=22)))
    assert page.notes.delegate.compact and page.notes.view.uniformItemSizes()
    type_note(qtbot, page, "Een lange zin. " * 40)
    assert texts(page)[-1] == "Een lange zin. " * 40
    # Filtered down to a few, rows are as tall as their text again.
    qtbot.keyClick(page.input, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.notes.search, "Een lange zin")
    assert page.notes.proxy.rowCount() == 1 and not page.notes.delegate.compact
    screenshot(window, "capture-page-filtered")
    window.close()
