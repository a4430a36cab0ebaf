"""Is a project file healthy, and if not, which backup to offer — never writing to it.

``check_project`` is ``dialoog check``; ``recovery_offer`` is what the app proposes when a
file turns out damaged on opening: the newest healthy backup and what is lost since.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from dialoog_app.domain import errors
from dialoog_app.domain.i18n import QT_TRANSLATE_NOOP, Text
from dialoog_app.store.fileformat import read_header
from dialoog_app.store.health import inspect_file
from dialoog_app.store.migrate import schema_version_of

from .backups import BackupInfo, list_backups


class CheckReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    path: Path
    healthy: bool
    problems: list[str] = Field(description="integrity_check lines, foreign-key violations")
    schema_revision: str | None = Field(description="the Alembic revision in the file")
    project_name: str
    meetings: int
    tables: int
    notes: int
    opgaven: int
    backups: list[BackupInfo] = Field(description="newest first")


def check_project(path: Path) -> CheckReport:
    """Full integrity and foreign-key checks, read-only. Raises a ``ProjectFileError`` for a
    file that is not a project (missing, empty, another program's, a newer Dialoog's)."""
    path = Path(path).expanduser().absolute()
    problems: list[str] = []
    try:
        read_header(path, schema_version_of())
    except errors.DamagedFileError as exc:
        problems.append(str(exc.text.args.get("detail", "")))
    if not problems:
        health = inspect_file(path, full=True)
        problems.extend(health.problems)
    else:
        health = None
    contents = health.contents if health else None
    return CheckReport(
        path=path,
        healthy=not problems,
        problems=problems,
        schema_revision=health.revision if health else None,
        project_name=health.project_name if health else "",
        meetings=contents.meetings if contents else 0,
        tables=contents.tables if contents else 0,
        notes=contents.notes if contents else 0,
        opgaven=contents.opgaven if contents else 0,
        backups=list_backups(path),
    )


class RecoveryOffer(BaseModel):
    model_config = ConfigDict(frozen=True)

    damaged: Path
    backup: BackupInfo
    lost: Text  # "the last 12 minutes": the file's last change after the backup was taken


def recovery_offer(path: Path) -> RecoveryOffer | None:
    """The newest healthy backup of a damaged project, or None if there is none."""
    path = Path(path).expanduser().absolute()
    backup = next((b for b in list_backups(path) if b.healthy), None)
    if backup is None:
        return None
    changed = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return RecoveryOffer(damaged=path, backup=backup, lost=lost_since(changed - backup.taken_at))


def lost_since(gap: dt.timedelta) -> Text:
    """What a restore gives up, in plain words: "the last 12 minutes"."""
    minutes = round(gap.total_seconds() / 60)
    if minutes <= 1:
        return Text("Health", QT_TRANSLATE_NOOP("Health", "at most the last minute"))
    if minutes < 90:
        return Text("Health", QT_TRANSLATE_NOOP("Health", "the last {n} minutes"), {"n": minutes})
    hours = round(minutes / 60)
    if hours < 48:
        return Text("Health", QT_TRANSLATE_NOOP("Health", "the last {n} hours"), {"n": hours})
    return Text(
        "Health", QT_TRANSLATE_NOOP("Health", "the last {n} days"), {"n": round(hours / 24)}
    )
