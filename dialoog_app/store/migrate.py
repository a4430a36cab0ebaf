"""Alembic, configured in code: stamp new files, back up and upgrade older ones.

An upgrade runs in one real SQLite transaction (see engine._on_connect): if any migration
fails, the file is exactly as it was before.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from dialoog_app import paths


def alembic_config(script_location: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or paths.migrations_dir()))
    return config


@cache
def head_revision(script_location: Path | None = None) -> str:
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "no migrations found"
    return head


@cache
def known_revisions(script_location: Path | None = None) -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config(script_location))
    return frozenset(rev.revision for rev in script.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def stamp_new(connection: Connection, script_location: Path | None = None) -> None:
    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.stamp(config, "head")
    connection.exec_driver_sql(f"PRAGMA user_version = {schema_version_of(script_location)}")


def upgrade(engine: Engine, script_location: Path | None = None) -> None:
    """Upgrade to head in one transaction; raises (having rolled back) on failure."""
    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.execute(text(f"PRAGMA user_version = {schema_version_of(script_location)}"))


def schema_version_of(script_location: Path | None = None) -> int:
    """Revisions are named "0001", "0002" …; the head's number is the schema version.

    (A test keeps ``fileformat.SCHEMA_VERSION`` equal to the shipped head.)
    """
    return int(head_revision(script_location))
