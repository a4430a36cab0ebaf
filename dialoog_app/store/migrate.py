"""Alembic, configured in code: stamp new files, back up and upgrade older ones.

An upgrade runs in one real SQLite transaction (see engine._on_connect): if any migration
fails, the file is exactly as it was before.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dialoog_app import paths

from .fileformat import SCHEMA_VERSION

# Alembic is imported only to create, stamp or upgrade a file: importing it costs about a
# third of a second, and opening a file that is already at the head does not need it.
# SQLAlchemy likewise (``dialoog check`` asks only for the schema version).
if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine


def alembic_config(script_location: Path | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or paths.migrations_dir()))
    return config


@cache
def head_revision(script_location: Path | None = None) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "no migrations found"
    return head


@cache
def known_revisions(script_location: Path | None = None) -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(script_location))
    return frozenset(rev.revision for rev in script.walk_revisions())


def stamp_new(connection: Connection, script_location: Path | None = None) -> None:
    from alembic import command

    config = alembic_config(script_location)
    config.attributes["connection"] = connection
    command.stamp(config, "head")
    connection.exec_driver_sql(f"PRAGMA user_version = {schema_version_of(script_location)}")


def upgrade(engine: Engine, script_location: Path | None = None) -> None:
    """Upgrade to head in one transaction; raises (having rolled back) on failure."""
    from alembic import command

    config = alembic_config(script_location)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.exec_driver_sql(f"PRAGMA user_version = {schema_version_of(script_location)}")


def schema_version_of(script_location: Path | None = None) -> int:
    """Revisions are named "0001", "0002" …; the head's number is the schema version.

    (A test keeps ``fileformat.SCHEMA_VERSION`` equal to the shipped head, so for the
    shipped migrations it is known without reading them with Alembic.)
    """
    if script_location is None:
        return SCHEMA_VERSION
    return int(head_revision(script_location))
