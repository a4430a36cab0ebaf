"""Speed of the capture screen, against baselines measured in the same run.

    python -m pytest tests/benchmarks/bench_capture.py -s

Not collected by the default run (the file name does not start with ``test_``). Targets
(issue 4): saving a note on a 10,000-note project — median ≤ 1 ms, p99 ≤ 5 ms from Enter
to committed, ≤ 4× a raw sqlite3 insert+commit with the same pragmas; opening a table of
2,000 notes shows the list in ≤ 200 ms; appending to a 10,000-row list stays cheap.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from benchmark_support import Targets, scaled
from dialoog_app.domain.clock import FakeClock
from dialoog_app.domain.kinds import NoteKind
from dialoog_app.services import meetings, notes
from dialoog_app.services.demo import create_demo
from dialoog_app.services.workspace import Workspace, open_workspace
from dialoog_app.ui.capture.page import CapturePage
from dialoog_app.ui.main_window import MainWindow

DEVICE = "00000000-0000-4000-8000-0000000000be"
TEXT = "Er is te weinig te doen voor jongeren in het dorp, zeker in de winter. 👍"
LATE = datetime(2023, 4, 11, 23, 0, tzinfo=UTC)  # after the demo's notes: rows append


def _figures(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e3, ordered[int(len(ordered) * 0.99)] * 1e3


def _line(name: str, samples: list[float]) -> tuple[float, float]:
    median, p99 = _figures(samples)
    print(f"  {name:<46} median {median:7.3f} ms   p99 {p99:7.3f} ms   (n={len(samples)})")
    return median, p99


NOTES = scaled(10_000, 300)
BLOCKS = scaled(10, 1)  # of 60 saves each


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "Groot.dialoog"
    create_demo(path, tables=5, notes=NOTES, opgaven=6, seed=7)
    return path


def _raw_baseline(path: Path, table_id: str, count: int) -> list[float]:
    """A bare sqlite3 insert+commit into the same schema, same pragmas, same size."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    sql = (
        "INSERT INTO note (id, created_at, updated_at, device_id, deleted_at, table_id,"
        " agenda_item_id, text, kind, role, speaker, starred, noted_at)"
        " VALUES (?, ?, ?, ?, NULL, ?, NULL, ?, 'idea', 'resident', '', 0, ?)"
    )
    samples = []
    for _ in range(count):
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(sql, (str(uuid.uuid4()), now, now, DEVICE, table_id, TEXT, now))
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    connection.close()
    return samples


def test_saving_a_note(demo: Path, tmp_path: Path) -> None:
    ours_path, raw_path = tmp_path / "ours.dialoog", tmp_path / "raw.dialoog"
    shutil.copy(demo, ours_path)
    shutil.copy(demo, raw_path)
    ws = open_workspace(ours_path, device_id=DEVICE)
    meeting = meetings.list_meetings(ws)[0]
    table_id = meetings.list_tables(ws, meeting.id)[0].id
    moment = LATE

    ours: list[float] = []
    raw: list[float] = []
    targets = Targets()
    for _ in range(BLOCKS):  # interleaved blocks: both see the same disk weather
        for _ in range(60):
            started = time.perf_counter()
            notes.add_note(ws, table_id, TEXT, at=moment, kind=NoteKind.IDEA)
            ours.append(time.perf_counter() - started)
            moment += timedelta(seconds=1)
        raw += _raw_baseline(raw_path, table_id, 60)
    ws.close()
    print(f"\nSaving a note on a project of {NOTES:,} notes (WAL, synchronous=FULL):")
    ours_median, ours_p99 = _line("notes.add_note (Enter → committed)", ours[20:])
    raw_median, _ = _line("raw sqlite3 insert + commit (baseline)", raw[20:])
    targets.check("add_note / raw sqlite3", ours_median / raw_median, 4.0, "×")
    targets.check("add_note median", ours_median, 1.0, " ms")
    targets.check("add_note p99", ours_p99, 5.0, " ms")
    targets.verdict()


def _window(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, CapturePage]:
    window = MainWindow(ws, clock=FakeClock(LATE))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("capture")
    assert isinstance(page, CapturePage)
    qtbot.waitUntil(page.input.hasFocus)
    return window, page


def _shown(page_or_view: QListView | CapturePage) -> None:
    """Until the list is on screen: pending layout done, the viewport painted."""
    view = page_or_view.notes.view if isinstance(page_or_view, CapturePage) else page_or_view
    QApplication.processEvents()
    view.viewport().repaint()


def test_enter_on_the_screen_and_opening_a_table(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "screen.dialoog"
    shutil.copy(demo, path)
    window, page = _window(qtbot, open_workspace(path, device_id=DEVICE))
    ids = list(page.tables)

    # -- Enter: from the key to committed (the service returned), and to the end of the
    # key's handling (input cleared, row appended, undo step pushed).
    # The connection goes back to the pool the moment its COMMIT has returned.
    committed_at: list[float] = []
    event.listen(page.ctx.workspace.store.engine, "checkin",
                 lambda *_: committed_at.append(time.perf_counter()))  # fmt: skip
    to_commit: list[float] = []
    to_done: list[float] = []
    targets = Targets()
    enters = scaled(300, 30)
    for i in range(enters):
        page.input.setPlainText(f"{TEXT} ({i})")
        started = time.perf_counter()
        qtbot.keyClick(page.input, Qt.Key.Key_Return)
        to_done.append(time.perf_counter() - started)
        to_commit.append(next(t for t in committed_at if t > started) - started)
        if i % 20 == 0:
            QApplication.processEvents()  # let the view lay out and paint now and then
    assert page.input.toPlainText() == "" and len(committed_at) == enters
    print("\nThe Tafel screen, a table of about 2,000 notes:")
    median, p99 = _line("Enter key → committed", to_commit[20:])
    targets.check("Enter → committed, median", median, 1.0, " ms")
    targets.check("Enter → committed, p99", p99, 5.0, " ms")
    _line("Enter key → committed, cleared, row appended", to_done[20:])

    # -- opening a table of 2,000 notes, until its list is painted.
    opening: list[float] = []
    query: list[float] = []
    for i in range(12):
        table_id = ids[1 + i % (len(ids) - 1)]
        started = time.perf_counter()
        found = notes.list_notes(page.ctx.workspace, table_id)
        query.append(time.perf_counter() - started)
        page.table_id = None  # as if arriving from elsewhere
        started = time.perf_counter()
        page.show_table(table_id)
        _shown(page)
        opening.append(time.perf_counter() - started)
    rows = len(found)

    bare_view = QListView()
    qtbot.addWidget(bare_view)
    bare_view.resize(page.notes.view.size())
    bare_view.show()
    bare: list[float] = []
    for _ in range(12):
        model = QStringListModel()
        started = time.perf_counter()
        model.setStringList([note.text for note in found])
        bare_view.setModel(model)
        bare_view.scrollToBottom()
        _shown(bare_view)
        bare.append(time.perf_counter() - started)
    print(f"Opening a table of {rows} notes until its list is shown:")
    median, _ = _line("switch table (query + list + draft + paint)", opening[2:])
    _line("  of which the one query (notes.list_notes)", query[2:])
    _line("bare QListView + QStringListModel (baseline)", bare[2:])
    targets.check("opening a table", median, 200.0, " ms")
    window.close()
    targets.verdict()


def test_appending_to_a_long_list(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    path = tmp_path / "long.dialoog"
    shutil.copy(demo, path)
    window, page = _window(qtbot, open_workspace(path, device_id=DEVICE))
    everything = notes.search_notes(page.ctx.workspace, "")  # all 10,000, one list
    table_id = page.table_id
    assert table_id is not None

    def appends(count: int) -> list[float]:
        samples = []
        base = everything[-1].noted_at
        for i in range(count):
            note = everything[i]._replace(
                id=str(uuid.uuid4()), table_id=table_id, noted_at=base + timedelta(minutes=i + 1)
            )
            started = time.perf_counter()
            page.notes.model.put(note)
            _shown(page)
            samples.append(time.perf_counter() - started)
        return samples

    results: dict[int, list[float]] = {}
    for size in (100, len(everything)):
        page.notes.show_notes(everything[:size])
        _shown(page)
        results[size] = appends(60)

    bare_view = QListView()
    qtbot.addWidget(bare_view)
    bare_view.resize(page.notes.view.size())
    bare_view.show()
    bare_view.setUniformItemSizes(True)  # the fastest a bare list can be
    model = QStringListModel([note.text for note in everything])
    bare_view.setModel(model)
    bare: list[float] = []
    for i in range(60):
        started = time.perf_counter()
        model.insertRows(model.rowCount(), 1)
        model.setData(model.index(model.rowCount() - 1), f"{TEXT} {i}")
        bare_view.scrollToBottom()
        _shown(bare_view)
        bare.append(time.perf_counter() - started)
    print("\nAppending one note to the list (insert, layout, scroll, paint):")
    small, _ = _line("100 rows", results[100][5:])
    large, _ = _line(f"{len(everything):,} rows", results[len(everything)][5:])
    _line(f"bare QListView, {len(everything):,} uniform rows (baseline)", bare[5:])
    print(f"  {len(everything):,} rows vs 100 rows: {large / small:.1f}×")
    window.close()
