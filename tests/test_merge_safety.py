"""A merge is all or nothing: refused sources change nothing; a kill leaves the target."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import sha256
from dialoog_app.domain import errors
from dialoog_app.exchange.dump import canonical_dump
from dialoog_app.exchange.merge import merge_files
from dialoog_app.exchange.merge_errors import OtherProjectError, SourceIsTargetError
from dialoog_app.services.workspace import new_workspace
from merge_helpers import Evening, fresh_target, prepared_evening, run_the_evening

SOURCE_ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).with_name("merge_child.py")


@pytest.fixture(scope="module")
def evening(tmp_path_factory: pytest.TempPathFactory) -> Evening:
    evening = prepared_evening(tmp_path_factory.mktemp("evening"))
    run_the_evening(evening)
    return evening


def _refused(target: Path, source: Path, expected: type[Exception]) -> str:
    before = sha256(target), sha256(source) if source.is_file() else ""
    with pytest.raises(expected) as caught:
        merge_files(target, [source])
    assert (sha256(target), sha256(source) if source.is_file() else "") == before
    assert not list(target.parent.glob("*.backup-before-merge-*")), "refused before a backup"
    return str(caught.value)


def test_sources_that_cannot_be_merged_are_refused_before_anything_changes(
    evening: Evening, tmp_path: Path
) -> None:
    target = fresh_target(evening, tmp_path / "t", "doel")
    text = tmp_path / "notities.dialoog"
    text.write_text("Dit is geen project", encoding="utf-8")
    _refused(target, text, errors.NotAProjectError)

    newer = tmp_path / "nieuwer.dialoog"
    shutil.copyfile(evening.laptops[0], newer)
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.close()
    _refused(target, newer, errors.NewerVersionError)

    damaged = tmp_path / "beschadigd.dialoog"
    damaged.write_bytes(evening.laptops[0].read_bytes()[:5000])
    _refused(target, damaged, errors.DamagedFileError)

    other = tmp_path / "ander.dialoog"
    new_workspace(other, "Ander project", device_id="ander").close()
    assert "Ander project" in _refused(target, other, OtherProjectError)

    _refused(target, target, SourceIsTargetError)


def test_a_bad_source_among_good_ones_stops_the_whole_merge(
    evening: Evening, tmp_path: Path
) -> None:
    target = fresh_target(evening, tmp_path, "doel")
    text = tmp_path / "kapot.dialoog"
    text.write_bytes(b"")
    before = sha256(target)
    with pytest.raises(errors.EmptyFileError):
        merge_files(target, [*evening.laptops[:2], text])
    assert sha256(target) == before


def test_a_kill_during_the_merge_leaves_the_target_and_a_later_merge_completes(
    evening: Evening, tmp_path: Path
) -> None:
    target = fresh_target(evening, tmp_path / "killed", "doel")
    expected = fresh_target(evening, tmp_path / "clean", "doel")
    merge_files(expected, evening.laptops)
    before, contents = sha256(target), canonical_dump(target)
    env = {**os.environ, "PYTHONPATH": str(SOURCE_ROOT)}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(target), *map(str, evening.laptops)],
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"merging"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert sha256(target) == before
    assert canonical_dump(target) == contents, "the half-done merge is not visible"
    merge_files(target, evening.laptops)
    assert canonical_dump(target) == canonical_dump(expected)
