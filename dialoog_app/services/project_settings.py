"""Preferences kept with the project (the ``setting`` table), read and written one way.

Every key is declared here, once, with its meaning; ``read``/``write`` refuse any other, so
a misspelt key cannot quietly start a second setting. Values are text; the typed views
(``export_settings.ExportSettings``, ``drafts.remembered_table``) convert them.
Preferences of the laptop rather than the project (window, language, recent files) are
QSettings, in ``ui/settings.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dialoog_app.exchange.sources import IMPORTED_MEETINGS_KEY, PREPARED_TABLE_KEY

from .core_unit import core_unit
from .project_rows import marks
from .reading import ANONYMISE_EXPORTS as ANONYMISE_EXPORTS  # "1": exports anonymised
from .reading import Readable
from .workspace import Workspace

EXPORT_TEMPLATE = "export.template"  # the last user template's path; "" for the built-in one
EXPORT_FOLDER = "export.folder"  # the folder of the last export
_CAPTURE_TABLE = "capture.table."  # + device + "." + meeting: the table this laptop notes for

DELETE_AFTER = "privacy.delete_after"  # ISO date after which the project is to be deleted
# Copies of this project made for the table laptops (services/merging.prepare_laptops):
# a JSON list of paths, so purging the project can delete them too.
PREPARED_COPIES = "exchange.prepared_copies"
# On a laptop's copy: the table it was prepared for (the Tafel screen opens on it).
PREPARED_TABLE = PREPARED_TABLE_KEY
# Other projects' meetings added here (services/merging.import_as_meetings), written by
# exchange/as_meetings.py: JSON {source project id: {its meeting id: meeting id here}}.
IMPORTED_MEETINGS = IMPORTED_MEETINGS_KEY

# The Voortgang view's "since" date, and the day the voortgang document was last exported
# (its default): ISO dates (services/progress.py).
PROGRESS_SINCE = "progress.since"
PROGRESS_EXPORTED = "progress.exported"

DECLARED = (
    EXPORT_TEMPLATE,
    EXPORT_FOLDER,
    ANONYMISE_EXPORTS,
    DELETE_AFTER,
    PREPARED_COPIES,
    PREPARED_TABLE,
    IMPORTED_MEETINGS,
    PROGRESS_SINCE,
    PROGRESS_EXPORTED,
)
DECLARED_PREFIXES = (_CAPTURE_TABLE,)


def capture_table(device_id: str, meeting_id: str) -> str:
    # Keyed by device: when the laptops' files are merged, each keeps its own table.
    return f"{_CAPTURE_TABLE}{device_id}.{meeting_id}"


def _declared(key: str) -> str:
    if key not in DECLARED and not key.startswith(DECLARED_PREFIXES):
        raise KeyError(f"undeclared project setting {key!r} (declare it in project_settings)")
    return key


def read(source: Readable, *keys: str) -> dict[str, str]:
    """The stored values of ``keys`` (a key never written is absent). Plain SQL: the Tafel
    screen reads its table before the first paint (drafts_read.py)."""
    wanted = [_declared(key) for key in keys]
    with source.read() as db:
        query = f"SELECT key, value FROM setting WHERE key IN ({marks(wanted)})"
        return {key: value for key, value in db.execute(query, wanted)}


def write(ws: Workspace, values: Mapping[str, str]) -> None:
    """Store ``values`` in one transaction (no change event: a preference is not data)."""
    if not values:
        return
    # SQLAlchemy and the models here, not at the top: reading a setting must not load them.
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from dialoog_app.store.models import Base, Setting, utcnow

    setting = Base.metadata.tables[Setting.__tablename__]
    now = utcnow()
    rows: Iterable[dict[str, object]] = [
        {"key": _declared(key), "value": value, "updated_at": now} for key, value in values.items()
    ]
    statement = sqlite_insert(setting)
    statement = statement.on_conflict_do_update(
        index_elements=[setting.c.key],
        set_={"value": statement.excluded.value, "updated_at": statement.excluded.updated_at},
    )
    with core_unit(ws) as connection:
        connection.execute(statement, list(rows))
