"""Encryption at rest with a passphrase (SQLCipher): new encrypted projects, and encrypting
an existing one. A lost passphrase means lost data: there is no way back in."""

from __future__ import annotations

import os
from pathlib import Path

from dialoog_app import fsutil
from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP
from dialoog_app.store import cipher
from dialoog_app.store.lock import ProjectLock

from .privacy import remove_backups
from .workspace import Workspace

MIN_LENGTH = 8


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A passphrase needs at least {n} characters."),
            n=MIN_LENGTH,
        )


def prepare_new(path: Path, passphrase: str) -> None:
    """The next project created at ``path`` is encrypted with ``passphrase``."""
    check_passphrase(passphrase)
    if not cipher.available():
        from dialoog_app.domain.errors import EncryptionUnavailableError

        raise EncryptionUnavailableError(path)
    cipher.remember(Path(path).expanduser().absolute(), passphrase)


def is_encrypted(ws: Workspace) -> bool:
    return cipher.key_for(ws.path) is not None


def encrypt_project(ws: Workspace, passphrase: str) -> Path:
    """Replace the open project by an encrypted copy; the workspace is closed (the caller
    opens the project again). Its plain backups are overwritten and deleted."""
    check_passphrase(passphrase)
    path = ws.path
    ws.close()
    return encrypt_file(path, passphrase)


def encrypt_file(path: Path, passphrase: str) -> Path:
    """Encrypt the closed project ``path`` in place (staged beside it, then renamed).

    The project must be closed in this process: SQLCipher is a second SQLite library, and
    closing its connection would drop the other library's locks on the same file.
    """
    check_passphrase(passphrase)
    lock = ProjectLock.acquire(path)  # nobody else may have it open meanwhile
    staged = path.with_name(path.name + ".encrypting")
    try:
        staged.unlink(missing_ok=True)
        cipher.export_encrypted(path, staged, passphrase)
        os.chmod(staged, 0o600)
        fsutil.sync_file(staged)
        for sidecar in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + sidecar).unlink(missing_ok=True)
        os.replace(staged, path)
        fsutil.sync_folder(path.parent)
    finally:
        staged.unlink(missing_ok=True)
        lock.release()
    cipher.remember(path, passphrase)
    remove_backups(path)  # plain copies would undo the point
    return path
