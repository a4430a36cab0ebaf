"""The notes and drafts services: exact storage, quiet refusal of blanks, tombstones."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from dialoog_app.domain.errors import ValidationError
from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services import drafts, meetings, notes
from dialoog_app.services.events import Topic
from dialoog_app.services.notes import NotePatch
from dialoog_app.services.workspace import Workspace

AT = datetime(2023, 4, 11, 19, 30, tzinfo=UTC)

NASTY_TEXTS = [
    "Wij willen \"gewoon\" 'gehoord' worden — écht!",
    "Tab\tgescheiden\tkolommen\nen\r\nregels\n\n",
    "  spaties voor en na  ",
    "Emoji: 👍🏽 🏳️‍🌈 👨‍👩‍👧‍👦 en een ZWJ‍-reeks",
    "Fatma Yılmaz zei: Çok güzel, İstanbul'da da böyle ğ ş ı",
    "محمد العلي: نريد مكانًا للقاء في الحي",  # Arabic, right to left
    "Backslash \\ percent % underscore _ semicolon; DROP TABLE note; --",
    "x" * 10_000,
    "\u0000 nul in het midden \u0000",
    "voor\x0bna, regel\u2028regel\ralinea\u2029einde\x7f\x85",  # pasted from Word / the web
]
# Exact, but for line breaks (any kind → "\n") and control characters (removed).
STORED = NASTY_TEXTS[:1] + [
    "Tab\tgescheiden\tkolommen\nen\nregels\n\n",
    *NASTY_TEXTS[2:8],
    " nul in het midden ",
    "voor\nna, regel\nregel\nalinea\neinde\n",
]


@pytest.fixture
def table_ids(workspace: Workspace) -> tuple[str, str]:
    meeting = meetings.add_meeting(workspace, "Avond")
    first = meetings.add_table(workspace, meeting.id, "Tafel Noord")
    second = meetings.add_table(workspace, meeting.id, "Tafel Zuid")
    return first.id, second.id


def test_nasty_texts_are_stored_exactly(
    workspace: Workspace, table_ids: tuple[str, str], reopen: Callable[[], Workspace]
) -> None:
    table_id, _ = table_ids
    saved = [notes.add_note(workspace, table_id, text, at=AT) for text in NASTY_TEXTS]
    assert [n.text for n in saved if n] == STORED
    workspace.close()
    ws = reopen()
    assert [n.text for n in notes.list_notes(ws, table_id)] == STORED
    # And byte for byte in the file, not only through our own reading code.
    raw = sqlite3.connect(ws.path)
    stored = {row[0] for row in raw.execute("SELECT text FROM note")}
    raw.close()
    assert stored == set(STORED)


def test_blank_notes_are_refused_quietly(workspace: Workspace, table_ids: tuple[str, str]) -> None:
    table_id, _ = table_ids
    heard: list[frozenset[Topic]] = []
    workspace.events.subscribe(heard.append)
    for blank in ("", "   ", "\n\t \n", "\u3000"):
        assert notes.add_note(workspace, table_id, blank, at=AT) is None
    assert notes.list_notes(workspace, table_id) == []
    assert heard == []


def test_a_saved_note_carries_everything(workspace: Workspace, table_ids: tuple[str, str]) -> None:
    table_id, _ = table_ids
    note = notes.add_note(
        workspace,
        table_id,
        "Meer bankjes in het park",
        at=AT,
        kind=NoteKind.IDEA,
        role=Role.CIVIL_SERVANT,
        speaker="  J.  ",
        starred=True,
    )
    assert note is not None
    [stored] = notes.list_notes(workspace, table_id)
    assert stored == note
    assert (stored.kind, stored.role, stored.speaker, stored.starred, stored.noted_at) == (
        NoteKind.IDEA,
        Role.CIVIL_SERVANT,
        "J.",
        True,
        AT,
    )


def test_update_delete_restore(workspace: Workspace, table_ids: tuple[str, str]) -> None:
    table_id, _ = table_ids
    note = notes.add_note(workspace, table_id, "eerste", at=AT)
    later = notes.add_note(workspace, table_id, "tweede", at=AT + timedelta(seconds=5))
    assert note is not None and later is not None
    changed = notes.update_note(
        workspace, note.id, NotePatch(text="eerste, beter", kind=NoteKind.QUOTE, starred=True)
    )
    assert (changed.text, changed.kind, changed.starred) == ("eerste, beter", "quote", True)
    with pytest.raises(ValidationError):
        notes.update_note(workspace, note.id, NotePatch(text="  "))
    assert notes.delete_note(workspace, note.id).deleted_at is not None
    assert [n.text for n in notes.list_notes(workspace, table_id)] == ["tweede"]
    notes.restore_note(workspace, note.id)
    assert [n.text for n in notes.list_notes(workspace, table_id)] == ["eerste, beter", "tweede"]
    with pytest.raises(LookupError):
        notes.delete_note(workspace, "no-such-note")


def test_search_folds_case_in_every_script(
    workspace: Workspace, table_ids: tuple[str, str]
) -> None:
    north, south = table_ids
    notes.add_note(workspace, north, "ÇAY en koffie in het buurthuis", at=AT)
    notes.add_note(workspace, south, "Thee (çay) voor iedereen", at=AT, speaker="Ayşe")
    notes.add_note(workspace, south, "Iets anders", at=AT)
    assert len(notes.search_notes(workspace, "çay")) == 2
    assert [n.text for n in notes.search_notes(workspace, "çay", table_id=south)] == [
        "Thee (çay) voor iedereen"
    ]
    assert len(notes.search_notes(workspace, "AYŞE thee")) == 1


def test_drafts_and_the_laptops_table(
    workspace: Workspace, table_ids: tuple[str, str], reopen: Callable[[], Workspace]
) -> None:
    north, south = table_ids
    assert drafts.draft_text(workspace, north) == ""
    drafts.save_draft(workspace, north, "half af\tmet tab")
    drafts.save_draft(workspace, north, "half af\tmet tab, langer 👍")
    drafts.save_draft(workspace, south, "zuid")
    meeting_id = meetings.list_meetings(workspace)[0].id
    drafts.remember_table(workspace, meeting_id, south)
    workspace.close()
    ws = reopen()
    assert drafts.draft_text(ws, north) == "half af\tmet tab, langer 👍"
    assert drafts.remembered_table(ws, meeting_id) == south
    # Saving the note empties its draft in the same transaction.
    notes.add_note(ws, north, "half af\tmet tab, langer 👍", at=AT, clear_draft=True)
    assert drafts.draft_text(ws, north) == ""
    assert drafts.draft_text(ws, south) == "zuid"
