"""An existing document is never half-written; a locked or read-only target is explained."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from chart_support import CHARTS
from dialoog_app import fsutil
from dialoog_app.export import errors, save
from dialoog_app.services import archive
from dialoog_app.services.demo import fill_demo
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import Workspace

NOW = dt.datetime(2023, 4, 12, 9, 0, tzinfo=dt.UTC)
OLD = b"het verslag van vorige week"


@pytest.fixture
def demo(workspace: Workspace) -> Workspace:
    fill_demo(workspace, notes=60, opgaven=2)
    return workspace


@pytest.fixture
def old_document(tmp_path: Path) -> Path:
    target = tmp_path / "verslag.docx"
    target.write_bytes(OLD)
    return target


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~dialoog"))


def test_a_crash_while_writing_leaves_the_old_document(
    demo: Workspace, old_document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = save.write_atomically

    def dies_halfway(target: Path, write: object) -> None:
        def partial(handle: IO[bytes]) -> None:
            handle.write(b"PK\x03\x04 half a document")
            raise OSError(28, "No space left on device")

        real_write(target, partial)

    monkeypatch.setattr("dialoog_app.export.writer.write_atomically", dies_halfway)
    with pytest.raises(errors.OutputWriteError) as raised:
        export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    assert "No space left on device" in raised.value.text.english()
    assert old_document.read_bytes() == OLD
    assert _leftovers(old_document.parent) == []


def test_a_document_open_in_word_is_not_overwritten(
    demo: Workspace, old_document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows refuses to replace a file Word holds open: the rename fails.
    def refused(source: object, target: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(errors.OutputLockedError) as raised:
        export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    assert "open in another program" in raised.value.text.english()
    assert old_document.read_bytes() == OLD
    assert _leftovers(old_document.parent) == []


@pytest.mark.parametrize("owner", ["~$rslag.docx", ".~lock.verslag.docx#"])
def test_the_owner_file_of_word_or_libreoffice_is_noticed(
    demo: Workspace, old_document: Path, owner: str
) -> None:
    (old_document.parent / owner).write_text("A. de Beleidsadviseur")
    with pytest.raises(errors.OutputLockedError):
        export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    assert old_document.read_bytes() == OLD


def test_a_read_only_folder_gets_a_clear_message(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, where chmod does not stop writes: answer as a read-only folder would.
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: False if mode == os.W_OK and Path(p) == tmp_path else real_access(p, mode),
    )
    with pytest.raises(errors.OutputReadOnlyError) as raised:
        export_minutes(demo, MinutesRequest(), tmp_path / "verslag.docx", now=NOW, charts=CHARTS)
    assert str(tmp_path) in raised.value.text.english()
    assert not (tmp_path / "verslag.docx").exists()


def test_a_folder_that_refuses_new_files(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refused(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)).name.startswith(fsutil.TEMP_PREFIX):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(errors.OutputReadOnlyError):
        export_minutes(demo, MinutesRequest(), tmp_path / "verslag.docx", now=NOW, charts=CHARTS)


def test_a_read_only_document_and_a_missing_folder(
    demo: Workspace, old_document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(errors.OutputFolderMissingError):
        export_minutes(
            demo, MinutesRequest(), tmp_path / "weg" / "verslag.docx", now=NOW, charts=CHARTS
        )
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode: (
            False if mode == os.W_OK and Path(p) == old_document else real_access(p, mode)
        ),
    )
    with pytest.raises(errors.OutputLockedError):
        export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    with pytest.raises(errors.OutputLockedError):  # the JSON archive is written the same way
        archive.export_archive(demo, old_document)
    assert old_document.read_bytes() == OLD


def test_a_successful_export_replaces_the_old_document(demo: Workspace, old_document: Path) -> None:
    old_document.chmod(0o640)
    export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    assert old_document.read_bytes().startswith(b"PK\x03\x04")
    assert old_document.stat().st_mode & 0o777 == 0o640  # its permissions are kept
    assert _leftovers(old_document.parent) == []


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o027, 0o640), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_document_follows_the_umask_and_the_project_stays_private(
    demo: Workspace, tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    os.umask(mask)
    target = tmp_path / "verslag.docx"
    export_minutes(demo, MinutesRequest(), target, now=NOW, charts=CHARTS)
    archive.export_archive(demo, tmp_path / "archief.json")
    assert target.stat().st_mode & 0o777 == mode  # as any program's new file, not 0644
    assert (tmp_path / "archief.json").stat().st_mode & 0o777 == mode
    assert demo.path.stat().st_mode & 0o777 == 0o600


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from dialoog_app import fsutil
path, handle = fsutil.create_temp(Path(sys.argv[1]))
handle.write(b"PK half a verslag")
handle.flush()
print(path, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_export_leaves_a_temp_file_that_the_next_export_removes(
    demo: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(out)], capture_output=True, text=True
    )
    assert child.returncode == -9
    killed = Path(child.stdout.strip())
    assert killed.exists() and _leftovers(out) == [killed.name]
    # Another export is writing right now (a second window): its file is in use.
    in_use, handle = fsutil.create_temp(out)
    # Look-alikes that are not ours, and a fresh one of ours (maybe a write just begun).
    mine = [out / ".~lock.ander.docx#", out / "notities.tmp", out / ".~dialoog-x.txt"]
    for path in mine:
        path.write_text("van de gebruiker")
    fresh = out / f"{fsutil.TEMP_PREFIX}vers{fsutil.TEMP_SUFFIX}"
    fresh.write_bytes(b"")
    an_hour_ago = time.time() - 3600
    for path in [killed, in_use, *mine]:
        os.utime(path, (an_hour_ago, an_hour_ago))

    export_minutes(demo, MinutesRequest(), out / "verslag.docx", now=NOW, charts=CHARTS)
    assert not killed.exists()
    assert in_use.exists() and fresh.exists() and all(p.exists() for p in mine)
    handle.close()
    in_use.unlink()
    fresh.unlink()
    assert _leftovers(out) == [".~dialoog-x.txt"]  # the user's


def test_a_failure_of_any_kind_while_writing_leaves_no_temp_file(
    demo: Workspace, old_document: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(handle: object) -> None:
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr("docx.document.Document.save", lambda self, handle: broken(handle))
    with pytest.raises(ValueError):
        export_minutes(demo, MinutesRequest(), old_document, now=NOW, charts=CHARTS)
    assert old_document.read_bytes() == OLD
    assert _leftovers(old_document.parent) == []
