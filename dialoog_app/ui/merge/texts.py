"""The words of a merge summary, shared by the merge dialog and ``dialoog merge``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoog_app.domain import merge_texts
from dialoog_app.exchange.as_meetings import MeetingImport
from dialoog_app.exchange.merge import SourceSummary
from dialoog_app.exchange.merge_rows import Counts
from dialoog_app.services.merging import DuplicateGroup, MergeLogEntry
from dialoog_app.ui import i18n

translate = QCoreApplication.translate


def _label(table: str) -> str:
    return {
        "note": translate("Merge", "notes"),
        "dialogue_table": translate("Merge", "tables"),
        "opgave": translate("Merge", "opgaven"),
        "plan": translate("Merge", "prioritising and plan"),
    }[table]


def counts_text(counts: Counts) -> str:
    return i18n.text(
        merge_texts.counts_text(counts.new, counts.updated, counts.unchanged, counts.conflicts)
    )


def source_title(name: str, table_name: str) -> str:
    return i18n.text(merge_texts.source_title(name, table_name))


def summary_lines(summary: SourceSummary) -> list[str]:
    lines = [source_title(summary.path.name, summary.table_name)]
    for table in ("note", "dialogue_table", "opgave"):
        counts = summary.tables.get(table, Counts())
        lines.append(f"  {_label(table)}: {counts_text(counts)}")
    plan = summary.plan
    if plan != Counts():  # a project without votes or a plan is not told about them
        lines.append(f"  {_label('plan')}: {counts_text(plan)}")
    if summary.concept_notes:
        lines.append(
            "  "
            + translate("Merge", "unsaved drafts kept as concept notes: {count}").format(
                count=summary.concept_notes
            )
        )
    return lines


def log_line(entry: MergeLogEntry) -> str:
    when = entry.merged_at.astimezone().strftime("%d-%m-%Y %H:%M")
    counts = Counts(entry.new, entry.updated, entry.unchanged, entry.conflicts)
    name = source_title(entry.source_path.rsplit("/", 1)[-1], entry.table_name)
    return f"{when}  {name}: {counts_text(counts)}"


def duplicate_text(group: DuplicateGroup) -> str:
    if group.kind == "table":
        source = translate("Merge", "Table \u201c{name}\u201d was made {count} times")
    else:
        source = translate("Merge", "Opgave \u201c{name}\u201d was made {count} times")
    return source.format(name=group.name, count=len(group.ids))


def meeting_import_lines(result: MeetingImport) -> list[str]:
    """What another project's file brought as separate meetings."""
    lines = [
        translate("Merge", "{file} (project \u201c{project}\u201d), as separate meetings").format(
            file=result.path.name, project=result.project_name
        )
    ]
    if not any(result.new.values()):
        lines.append("  " + translate("Merge", "already added: nothing new"))
    for title in result.meetings:
        lines.append("  " + translate("Merge", "meeting added: {title}").format(title=title))
    for table in ("note", "dialogue_table"):
        lines.append(
            "  "
            + translate("Merge", "{what}: {new} new").format(
                what=_label(table), new=result.new.get(table, 0)
            )
        )
    if result.opgaven_left_out:
        lines.append(
            "  "
            + translate(
                "Merge", "opgaven not copied (they belong to the other project's analysis): {count}"
            ).format(count=result.opgaven_left_out)
        )
    return lines
