"""Personal data as the AVG asks: anonymised by default, a deletion date, strip, purge.

Per-project choices live in the ``setting`` table: ``privacy.anonymise_exports`` ("1"/"0")
and ``privacy.delete_after`` (an ISO date, "" for none).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Column, CursorResult, Table, update

from dialoog_app.store import backup as backup_files
from dialoog_app.store.models import Base, DialogueTable, Note, utcnow

from . import project_settings
from .backups import backup_now
from .events import Topic
from .reading import anonymises_exports
from .workspace import Workspace

ANONYMISE_KEY = project_settings.ANONYMISE_EXPORTS
DELETE_AFTER_KEY = project_settings.DELETE_AFTER
PREPARED_COPIES_KEY = project_settings.PREPARED_COPIES


class PrivacySettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    anonymise_exports: bool = False
    delete_after: dt.date | None = None


def load(ws: Workspace) -> PrivacySettings:
    values = project_settings.read(ws, ANONYMISE_KEY, DELETE_AFTER_KEY)
    delete_after = values.get(DELETE_AFTER_KEY)
    return PrivacySettings(
        anonymise_exports=anonymises_exports(values.get(ANONYMISE_KEY)),
        delete_after=dt.date.fromisoformat(delete_after) if delete_after else None,
    )


def save(ws: Workspace, settings: PrivacySettings) -> None:
    project_settings.write(
        ws,
        {
            ANONYMISE_KEY: "1" if settings.anonymise_exports else "0",
            DELETE_AFTER_KEY: settings.delete_after.isoformat() if settings.delete_after else "",
        },
    )
    ws.events.emit(frozenset({Topic.PROJECT}))  # the window's reminder follows the date


def anonymise_by_default(ws: Workspace) -> bool:
    return load(ws).anonymise_exports


def deletion_due(ws: Workspace, today: dt.date) -> dt.date | None:
    """The deletion date if it has passed (the app then reminds the user), else None."""
    due = load(ws).delete_after
    return due if due is not None and due <= today else None


class StripResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    speakers: int  # notes whose speaker was cleared
    facilitators: int  # tables whose gespreksleider was cleared
    contacts: int = 0  # other marked personal data cleared: an expert's contact name
    backups_removed: int


def strip_personal_data(ws: Workspace) -> StripResult:
    """Clear every speaker and gespreksleider name (deleted rows too), overwrite the freed
    space, and remove the older backups that still hold the names."""
    with ws.unit_of_work() as uow:
        speakers = _changed(
            uow.session.execute(
                update(Note).where(Note.speaker != "").values(speaker="", **_stamp(ws))
            )
        )
        facilitators = _changed(
            uow.session.execute(
                update(DialogueTable)
                .where(DialogueTable.facilitator != "")
                .values(facilitator="", **_stamp(ws))
            )
        )
        contacts = sum(
            _changed(
                uow.session.execute(
                    update(table).where(column != "").values({column.name: "", **_stamp(ws)})
                )
            )
            for table, column in _marked_columns()
        )
        uow.changed(Topic.NOTES, Topic.TABLES, Topic.PLAN)
    _scrub(ws)
    removed = remove_backups(ws.path)
    backup_now(ws, "after-strip")  # a net again, without the names
    return StripResult(
        speakers=speakers, facilitators=facilitators, contacts=contacts, backups_removed=removed
    )


def _marked_columns() -> list[tuple[Table, Column[Any]]]:
    """Every column marked as a private person's data (store/plan_models.PERSONAL)."""
    return [
        (table, column)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.info.get("personal_data")
    ]


def _stamp(ws: Workspace) -> dict[str, object]:
    # Bulk updates skip the ORM's stamping hook; a merge must see these rows as changed.
    return {"updated_at": utcnow(), "device_id": ws.store.device_id}


def _changed(result: Any) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


def _scrub(ws: Workspace, *, empty: bool = False) -> None:
    """Old values must not linger in free pages or the WAL: secure_delete, VACUUM, truncate.

    ``empty``: first delete every row of every table (tables of any schema version).
    """
    with ws.store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None  # autocommit (see store/engine.py): VACUUM needs no transaction
        raw.execute("PRAGMA secure_delete=ON")
        if empty:
            raw.execute("PRAGMA foreign_keys=OFF")  # every table goes, in any order
            tables = [
                str(row[0])
                for row in raw.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%'"
                )
            ]
            raw.execute("BEGIN")
            for table in tables:
                raw.execute(f'DELETE FROM "{table}"')
            raw.execute("COMMIT")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def remove_backups(project: Path) -> int:
    """Overwrite and delete every backup of the project (they may hold what was removed)."""
    folder = backup_files.folder_of_project_file(project)
    if folder is None:
        return 0
    removed = 0
    for copy in backup_files.list_backup_files(folder):
        _shred(copy.path)
        removed += 1
    return removed


def _shred(path: Path) -> None:
    """Overwrite with zeros, then remove (what a file system lets us do; SSDs may keep more)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(bytes(size))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def prepared_copies(ws: Workspace) -> list[Path]:
    value = project_settings.read(ws, PREPARED_COPIES_KEY).get(PREPARED_COPIES_KEY)
    try:
        return [Path(p) for p in json.loads(value)] if value else []
    except ValueError:
        return []


def record_prepared_copies(ws: Workspace, copies: list[Path]) -> None:
    """Remember copies made for the table laptops, so a purge can find them."""
    known = [str(p) for p in prepared_copies(ws)]
    known += [str(p) for p in copies if str(p) not in known]
    project_settings.write(ws, {PREPARED_COPIES_KEY: json.dumps(known, ensure_ascii=False)})


@dataclass(frozen=True)
class PurgePlan:
    """What a purge deletes once the project is closed."""

    project: Path
    copies: list[Path]
    backups_folder: Path | None


def scrub_for_purge(ws: Workspace) -> PurgePlan:
    """First half of a purge, on the open project: its contents overwritten."""
    plan = PurgePlan(
        ws.path,
        [p for p in prepared_copies(ws) if p.exists()],
        backup_files.folder_of_project_file(ws.path),
    )
    _scrub(ws, empty=True)
    return plan


def delete_project_files(plan: PurgePlan) -> list[Path]:
    """Second half, on the closed project: the file, its WAL and SHM, its backups and the
    prepared laptop copies known, shredded. Returns what was removed."""
    removed: list[Path] = []
    for path in [plan.project, *plan.copies]:
        for part in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            if part.exists():
                _shred(part)
                removed.append(part)
    if plan.backups_folder is not None:
        for copy in backup_files.list_backup_files(plan.backups_folder):
            _shred(copy.path)
            removed.append(copy.path)
        shutil.rmtree(plan.backups_folder, ignore_errors=True)
        removed.append(plan.backups_folder)
    return removed


def purge_project(ws: Workspace) -> list[Path]:
    """Delete the project for good (see ``scrub_for_purge`` and ``delete_project_files``)."""
    plan = scrub_for_purge(ws)
    ws.close()
    return delete_project_files(plan)
