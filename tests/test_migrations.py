"""Alembic migrations: a fresh file matches the models; upgrades back up and roll back."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from conftest import DEVICE
from dialoog_app import paths
from dialoog_app.domain import errors
from dialoog_app.services import meetings
from dialoog_app.services.workspace import new_workspace
from dialoog_app.store import migrate
from dialoog_app.store.engine import create_throwaway_engine
from dialoog_app.store.fileformat import SCHEMA_VERSION
from dialoog_app.store.models import Base
from dialoog_app.store.project_file import open_project

# The extra revision in these tests follows whatever head ships, so they hold as revisions
# are added.
HEAD = f"{SCHEMA_VERSION:04d}"
NEXT = f"{SCHEMA_VERSION + 1:04d}"

GOOD_0002 = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("theme", sa.String(100), nullable=False, server_default=""))


def downgrade():
    pass
"""

FAILING_0002 = f"""
import sqlalchemy as sa
from alembic import op

revision = "{NEXT}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE meeting SET title = 'overschreven'")
    raise RuntimeError("deliberate failure halfway through a migration")


def downgrade():
    pass
"""


def _scripts_with(tmp_path: Path, extra: str) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_extra.py").write_text(extra, encoding="utf-8")
    return scripts


def _project_at_0001(path: Path) -> None:
    ws = new_workspace(path, device_id=DEVICE)
    meetings.add_meeting(ws, "Dialoogtafels Samenleving")
    ws.close()


def test_schema_version_matches_the_shipped_head() -> None:
    assert migrate.head_revision() == f"{SCHEMA_VERSION:04d}"


def test_migrations_from_empty_build_exactly_the_models(tmp_path: Path) -> None:
    engine = create_throwaway_engine(tmp_path / "from-empty.sqlite")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_older_file_is_backed_up_and_upgraded(tmp_path: Path, project_path: Path) -> None:
    _project_at_0001(project_path)
    scripts = _scripts_with(tmp_path, GOOD_0002)
    store = open_project(project_path, DEVICE, script_location=scripts)
    store.close()
    db = sqlite3.connect(project_path)
    assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == NEXT
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert db.execute("SELECT title, theme FROM meeting").fetchall() == [
        ("Dialoogtafels Samenleving", "")
    ]
    db.close()
    [backup] = list(project_path.parent.glob(f"Putten.backup-before-upgrade-{HEAD}-*.dialoog"))
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    old.close()


def test_file_upgraded_by_a_newer_dialoog_is_refused_by_this_one(
    tmp_path: Path, project_path: Path
) -> None:
    _project_at_0001(project_path)
    open_project(project_path, DEVICE, script_location=_scripts_with(tmp_path, GOOD_0002)).close()
    with pytest.raises(errors.NewerVersionError):
        open_project(project_path, DEVICE)


def test_failing_migration_rolls_back_completely(tmp_path: Path, project_path: Path) -> None:
    _project_at_0001(project_path)
    scripts = _scripts_with(tmp_path, FAILING_0002)
    with pytest.raises(errors.UpgradeFailedError) as caught:
        open_project(project_path, DEVICE, script_location=scripts)
    assert "deliberate failure" in str(caught.value)
    db = sqlite3.connect(project_path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    assert db.execute("SELECT title FROM meeting").fetchall() == [("Dialoogtafels Samenleving",)]
    assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    # …and the file still opens normally afterwards (the lock was released too).
    open_project(project_path, DEVICE).close()
