"""A project in a synced folder or on a network share: warned, and copied here in one click."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath, PureWindowsPath

from pytestqt.qtbot import QtBot

from conftest import DEVICE, screenshot
from dialoog_app.services import location, meetings, notes
from dialoog_app.services.location import Risk
from dialoog_app.services.workspace import new_workspace
from dialoog_app.ui.main_window import MainWindow

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fs01.gemeente.local/Participatie /mnt/participatie cifs rw,vers=3.0 0 0
fs02:/export/home /home/ambtenaar/netwerk nfs4 rw 0 0
/dev/sdb1 /mnt/participatie/lokaal ext4 rw 0 0
server:/x /media/Mijn\\040Schijf fuse.sshfs rw 0 0
"""


def test_synced_folders_are_recognised_by_name() -> None:
    windows = PureWindowsPath(r"C:\Users\kees\OneDrive - Gemeente Putten\p.dialoog")
    assert location.synced_folder(windows) == "OneDrive - Gemeente Putten"
    assert location.synced_folder(PurePosixPath("/home/kees/Dropbox (Persoonlijk)/p.dialoog"))
    assert location.synced_folder(PurePosixPath("/Users/kees/Google Drive/Mijn Drive/p.dialoog"))
    assert (
        location.synced_folder(PurePosixPath("/home/kees/Documenten/Dropboxen/p.dialoog")) is None
    )
    # the file's own name does not count
    assert location.synced_folder(PurePosixPath("/home/kees/OneDrive.dialoog")) is None


def test_network_file_systems_from_proc_mounts() -> None:
    def fstype(path: str) -> str | None:
        return location.network_fstype(PurePosixPath(path), MOUNTS)

    assert fstype("/mnt/participatie/Putten.dialoog") == "cifs"
    assert fstype("/home/ambtenaar/netwerk/p.dialoog") == "nfs4"
    assert fstype("/media/Mijn Schijf/p.dialoog") == "fuse.sshfs"
    assert fstype("/mnt/participatie/lokaal/p.dialoog") is None  # a local disk mounted inside
    assert fstype("/home/ambtenaar/p.dialoog") is None
    assert fstype("/mnt/participatiex/p.dialoog") is None


def test_warning_and_local_copy_in_one_click(
    qtbot: QtBot, tmp_path: Path, private_data_dir: Path
) -> None:
    synced = tmp_path / "OneDrive - Gemeente Putten"
    synced.mkdir()
    path = synced / "Putten.dialoog"
    ws = new_workspace(path, device_id=DEVICE)
    assert location.risk_of(path) is Risk.SYNCED
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Tafel 1")
    notes.add_note(ws, table.id, "Graag meer licht", at=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    box = window.safety.location.box
    assert box is not None and box.isVisible()
    assert "OneDrive - Gemeente Putten" in box.text() and "gesynchroniseerd" in box.text()
    screenshot(box, "location_warning")
    [copy_button] = [b for b in box.buttons() if b.text() == "Kopie op deze computer maken"]
    copy_button.click()
    local = private_data_dir / "Projecten" / "Putten.dialoog"
    assert window.workspace.path == local
    assert location.risk_of(local) is None
    assert [n.text for n in notes.list_notes(window.workspace, table.id)] == ["Graag meer licht"]
    assert path.exists()  # the original is left as it was
    window.close()


def test_no_warning_on_a_local_disk(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(new_workspace(tmp_path / "Lokaal.dialoog", device_id=DEVICE))
    qtbot.addWidget(window)
    assert window.safety.location.box is None
    window.close()
