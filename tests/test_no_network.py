"""Nothing in Dialoog reaches for the network: socket creation is blocked during a walk
through every screen and dialog, an export to Word and JSON, backups and the checks.

(Qt's own C++ networking would not pass through Python's socket module; Dialoog does not
link QtNetwork at all — asserted below.)
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from chart_support import CHARTS
from conftest import DEVICE
from dialoog_app.services import archive, backups, health, names, privacy
from dialoog_app.services.demo import create_demo
from dialoog_app.services.minutes import MinutesRequest, export_minutes
from dialoog_app.services.workspace import open_workspace
from dialoog_app.ui.export.dialog import ExportDialog
from dialoog_app.ui.main_window import MainWindow
from dialoog_app.ui.pages import PAGES


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args)[:200])
        raise NetworkUsed(f"network used: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_every_screen_an_export_and_the_safety_tools_without_network(
    qtbot: QtBot, tmp_path: Path, no_network: list[str]
) -> None:
    path = tmp_path / "Putten.dialoog"
    create_demo(path, tables=3, notes=120, opgaven=4, seed=2)
    window = MainWindow(open_workspace(path, device_id=DEVICE))
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        page = window.show_page(spec.key)
        QApplication.processEvents()
        assert page.isVisible()
    ctx = window.ctx
    assert ctx is not None
    ws = ctx.workspace

    export_dialog = ExportDialog(ctx, window)
    export_dialog.show()
    QApplication.processEvents()
    export_dialog.close()
    export_minutes(ws, MinutesRequest(anonymise=True), tmp_path / "verslag.docx", charts=CHARTS)
    archive.export_archive(ws, tmp_path / "archief.json")

    backups_dialog = window.safety.backups.show_dialog()
    assert backups_dialog is not None
    backups_dialog.backup_now()
    backups_dialog.look_inside()
    assert backups_dialog.viewer is not None
    backups_dialog.viewer.close()
    backups_dialog.close()
    privacy_dialog = window.safety.privacy.show_dialog()
    assert privacy_dialog is not None
    privacy_dialog.show_names().close()
    privacy_dialog.close()
    assert names.find_names_in_notes(ws) is not None
    assert privacy.load(ws) is not None
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.close()

    assert health.check_project(path).healthy
    assert backups.list_backups(path)
    assert no_network == []
    # QtNetwork is loaded for QLocalServer only: the single-instance hand-over over a local
    # (Unix domain / named pipe) socket, never a network one.
    from PySide6.QtNetwork import QNetworkAccessManager, QTcpSocket, QUdpSocket

    app = QApplication.instance()
    for kind in (QNetworkAccessManager, QTcpSocket, QUdpSocket):
        assert not app.findChildren(kind)


def test_the_guard_itself_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    assert no_network
