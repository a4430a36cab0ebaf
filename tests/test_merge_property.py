"""Property: random edits on random copies, merged in random orders, always converge."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialoog_app.exchange import merge
from dialoog_app.exchange.dump import canonical_dump
from dialoog_app.exchange.merge import merge_files
from dialoog_app.services import meetings, notes
from dialoog_app.services.workspace import new_workspace

T0 = dt.datetime(2026, 11, 24, 19, 0, tzinfo=dt.UTC)
COPIES = 3
DEVICES = [f"00000000-0000-4000-8000-0000000002{n:02d}" for n in range(COPIES)]
words = st.text(alphabet="abcdeéf ", min_size=1, max_size=8).filter(str.strip)
operation = st.tuples(
    st.integers(0, COPIES - 1),
    st.sampled_from(["add", "edit", "delete"]),
    st.integers(0, 50),
    words,
)


_BASE: dict[str, tuple[Path, str]] = {}


def _base(folder: Path) -> tuple[Path, str]:
    """The project before the evening, made once per session (copied for each example)."""
    if "base" not in _BASE:
        made = Path(tempfile.mkdtemp(prefix="merge-property-"))
        _BASE["base"] = _make_base(made)
    path, table = _BASE["base"]
    copy = folder / "basis.dialoog"
    shutil.copyfile(path, copy)
    return copy, table


def _make_base(folder: Path) -> tuple[Path, str]:
    path = folder / "basis.dialoog"
    ws = new_workspace(path, "Basis", device_id="00000000-0000-4000-8000-0000000002ff")
    meeting = meetings.add_meeting(ws, "Avond")
    table = meetings.add_table(ws, meeting.id, "Tafel 1").id
    for n in range(3):
        notes.add_note(ws, table, f"begin {n}", at=T0)
    ws.close()
    return path, table


def _edit(
    copy: Path, table: str, device: str, ops: list[tuple[int, str, int, str]], touched: set[str]
) -> None:
    """The writes a laptop's services make (stamped device and time), as bare SQL: the
    version triggers see them the same way, and without fsyncs the property runs fast."""
    db = sqlite3.connect(copy, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    for step, (_, kind, pick, text) in enumerate(ops):
        stamp = (T0 + dt.timedelta(seconds=step + 1)).strftime("%Y-%m-%d %H:%M:%S.%f")
        live = [
            r[0] for r in db.execute("SELECT id FROM note WHERE deleted_at IS NULL ORDER BY id")
        ]
        if kind == "add" or not live:
            note_id = str(uuid.uuid5(uuid.NAMESPACE_OID, f"{device}/{step}"))
            db.execute(
                "INSERT INTO note (id, created_at, updated_at, device_id, table_id, text, kind, "
                "role, speaker, starred, noted_at, concept) "
                "VALUES (?, ?, ?, ?, ?, ?, 'statement', 'resident', '', 0, ?, 0)",
                (note_id, stamp, stamp, device, table, text, stamp),
            )
            touched.add(note_id)
        elif kind == "edit":
            note_id = live[pick % len(live)]
            db.execute(
                "UPDATE note SET text = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (text, stamp, device, note_id),
            )
            touched.add(note_id)
        else:
            note_id = live[pick % len(live)]
            db.execute(
                "UPDATE note SET deleted_at = ?, updated_at = ?, device_id = ? WHERE id = ?",
                (stamp, stamp, device, note_id),
            )
            touched.discard(note_id)
    db.close()


def _live_texts(path: Path) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT id, text FROM note WHERE deleted_at IS NULL"))
    finally:
        db.close()


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    ops=st.lists(operation, max_size=14),
    order_a=st.permutations(range(COPIES)),
    order_b=st.permutations(range(COPIES)),
)
def test_random_edits_merged_in_any_order_converge_and_lose_nothing(
    ops: list[tuple[int, str, int, str]], order_a: list[int], order_b: list[int]
) -> None:
    # The backup before each merge is tested elsewhere; here it would only cost fsyncs.
    with tempfile.TemporaryDirectory() as tmp, patch.object(merge, "backup_before"):
        folder = Path(tmp)
        base, table = _base(folder)
        copies = [folder / f"laptop{n}.dialoog" for n in range(COPIES)]
        for copy in copies:
            shutil.copyfile(base, copy)
        touched: list[set[str]] = [set() for _ in range(COPIES)]
        for n, copy in enumerate(copies):
            _edit(copy, table, DEVICES[n], [op for op in ops if op[0] == n], touched[n])
        targets = []
        for name, order in (("a", order_a), ("b", order_b)):
            target = folder / f"doel-{name}.dialoog"
            shutil.copyfile(base, target)
            for index in order:
                merge_files(target, [copies[index]])
            targets.append(target)
        assert canonical_dump(targets[0]) == canonical_dump(targets[1])
        merged = _live_texts(targets[0])
        db = sqlite3.connect(targets[0])
        kept = {(r, t) for r, t in db.execute("SELECT row_id, other_text FROM merge_conflict")}
        db.close()
        for n, copy in enumerate(copies):
            mine = _live_texts(copy)
            for note_id in touched[n] & mine.keys():
                assert note_id in merged, "a note a laptop still has was lost"
                assert merged[note_id] == mine[note_id] or (note_id, mine[note_id]) in kept
