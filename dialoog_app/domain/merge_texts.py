"""The words of a merge log line, shared by the merge dialog, ``dialoog merge`` and
``dialoog info`` (which must not import Qt): marked here, translated by each caller."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Text


def counts_text(new: int, updated: int, unchanged: int, conflicts: int) -> Text:
    return Text(
        "Merge",
        QT_TRANSLATE_NOOP(
            "Merge", "{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict"
        ),
        {"new": new, "updated": updated, "unchanged": unchanged, "conflicts": conflicts},
    )


def source_title(name: str, table_name: str) -> Text:
    """The file merged, and the table it was prepared for if any."""
    if table_name:
        return Text(
            "Merge",
            QT_TRANSLATE_NOOP("Merge", "{file} (table {table})"),
            {"file": name, "table": table_name},
        )
    return Text("Merge", "{file}", {"file": name})  # nothing to translate
