"""One Dialoog per user and project: a second start brings the first window forward.

Local IPC only (``QLocalServer``: a Unix socket or a Windows named pipe, private to the
user), never the network. The running app listens; a second start whose project is already
open asks it to come forward and learns which project it shows, then exits.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from dialoog_app import paths

TIMEOUT_MS = 1000


def server_name() -> str:
    """Per user and data folder (tests and portable installs each have their own)."""
    folder = str(paths.user_data_dir().resolve())
    digest = hashlib.sha256(f"{getpass.getuser()}\0{folder}".encode()).hexdigest()[:16]
    return f"dialoog-{digest}"


def ask_running_instance(request: str = "raise") -> str | None:
    """Ask the running Dialoog to come forward ("raise") or only whether it is there
    ("ping"); the project it has open ("" if none), or None when nobody answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return None
    socket.write(f"{request}\n".encode())
    socket.flush()
    answer = b""
    while socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
        if answer.endswith(b"\n"):
            break
    socket.disconnectFromServer()
    if not answer.endswith(b"\n"):
        return None
    return answer.decode("utf-8", "replace").strip()


def bring_forward(busy: Path) -> str | None:
    """Bring forward the Dialoog that has ``busy`` open; the project it shows, or None.

    Only that one is asked: another Dialoog, on another project, may own the socket.
    """
    shown = ask_running_instance("ping")
    if not shown or Path(shown).resolve() != busy.resolve():
        return None
    return ask_running_instance("raise") or None


class InstanceServer(QObject):
    """Listens for a second start; ``raise_requested`` asks the window to come forward."""

    raise_requested = Signal()

    def __init__(self, current_project: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current_project = current_project  # a callable giving the open project's path
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._answer)

    def listen(self) -> bool:
        # Asked first: on Unix, listening would replace a live Dialoog's socket file and
        # make it unreachable. One on another project answers: it keeps the name.
        if ask_running_instance("ping") is not None:
            return False
        name = server_name()
        QLocalServer.removeServer(name)  # a socket file left by a crashed Dialoog
        return self.server.listen(name)

    def _answer(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.waitForReadyRead(TIMEOUT_MS)
            request = bytes(socket.readAll().data()).strip()
            project = self._current_project()  # type: ignore[operator]
            socket.write(f"{project or ''}\n".encode())
            socket.flush()
            socket.disconnectFromServer()
            socket.deleteLater()
            if request == b"raise":
                self.raise_requested.emit()
