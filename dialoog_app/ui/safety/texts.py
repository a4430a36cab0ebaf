"""How backups are described to the user: when, how big, what they hold."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ..plurals import plural

if TYPE_CHECKING:
    from dialoog_app.services.backups import BackupInfo

translate = QCoreApplication.translate


def when(moment: dt.datetime) -> str:
    """Local time in the UI's language: "wo 2 december 2026 14:02"."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, "ddd d MMMM yyyy HH:mm")


def size(num_bytes: int) -> str:
    if num_bytes < 1024 * 1024:
        return translate("Backups", "{n} kB").format(n=max(1, round(num_bytes / 1024)))
    return translate("Backups", "{n} MB").format(
        n=QLocale().toString(num_bytes / 1024 / 1024, "f", 1)
    )


def holds(info: BackupInfo) -> str:
    counts = plural()
    return ", ".join(
        (counts.meetings(info.meetings), counts.notes(info.notes), counts.opgaven(info.opgaven))
    )


REASONS = {
    "open": "opened",
    "auto": "while working",
    "manual": "made by hand",
    "before-restore": "before a restore",
    "before-merge": "before a merge",
    "before-import": "before an import",
    "after-strip": "after removing personal data",
}


def reason(info: BackupInfo) -> str:
    if info.reason.startswith("before-upgrade"):
        return translate("Backups", "before an update")
    source = REASONS.get(info.reason)
    return translate("Backups", source) if source else info.reason


# lupdate finds the reasons here (the dictionary above only names them).
_ = (
    QCoreApplication.translate("Backups", "opened"),
    QCoreApplication.translate("Backups", "while working"),
    QCoreApplication.translate("Backups", "made by hand"),
    QCoreApplication.translate("Backups", "before a restore"),
    QCoreApplication.translate("Backups", "before a merge"),
    QCoreApplication.translate("Backups", "before an import"),
    QCoreApplication.translate("Backups", "after removing personal data"),
)
