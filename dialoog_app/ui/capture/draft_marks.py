"""The kind and role chosen for the note being typed, kept beside its draft.

A draft brings back the words after a crash; these bring back what the facilitator had
marked them as (Alt+3 "zorg", Alt+9 "ambtenaar"). They are this laptop's typing state,
so they live in the user's settings, keyed by the table (ids are unique across files).
"""

from __future__ import annotations

from dialoog_app.domain.kinds import NoteKind, Role

from ..settings import app_settings

_KEY = "capture/draft_marks/{table}"


def remember(table_id: str, kind: NoteKind, role: Role) -> None:
    settings = app_settings()
    settings.setValue(_KEY.format(table=table_id), f"{kind.value},{role.value}")
    settings.sync()  # written with the draft, so a crash keeps both


def recall(table_id: str) -> tuple[NoteKind, Role] | None:
    value = str(app_settings().value(_KEY.format(table=table_id), "") or "")
    kind, _, role = value.partition(",")
    try:
        return NoteKind(kind), Role(role)
    except ValueError:
        return None  # never stored, or from an older version: keep the current choice
