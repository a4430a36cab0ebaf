"""Alembic environment. The runner (dialoog_app/store/migrate.py) passes an open connection
inside a transaction; the ``alembic`` command line (for writing new migrations) passes a URL.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dialoog_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch copies the table
        compare_type=True,
        transaction_per_migration=False,
    )


connection = config.attributes.get("connection")
if connection is not None:
    # The runner owns the transaction, so the whole upgrade commits or rolls back as one.
    _configure(connection)
    context.run_migrations()
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()
