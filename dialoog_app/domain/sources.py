"""Where a statement came from: typed at a table, or imported (minutes, a survey)."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class NoteSource(StrEnum):
    TABLE = "table"  # typed at the table (the default)
    MINUTES = "minutes"  # verslag: typed up afterwards, imported from a spreadsheet
    SURVEY = "survey"  # enquête: an open answer


# The words used on the command line (Dutch, as the users say it).
CLI_NAMES: dict[str, NoteSource] = {"verslag": NoteSource.MINUTES, "enquete": NoteSource.SURVEY}

SOURCE_LABELS: dict[NoteSource, str] = {
    NoteSource.TABLE: QT_TRANSLATE_NOOP("Vocabulary", "said at a table"),
    NoteSource.MINUTES: QT_TRANSLATE_NOOP("Vocabulary", "minutes"),
    NoteSource.SURVEY: QT_TRANSLATE_NOOP("Vocabulary", "survey"),
}
