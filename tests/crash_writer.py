"""Saves notes through the capture screen's own service until it is killed (crash tests).

    python tests/crash_writer.py PROJECT TABLE_ID

Prints ``ready`` once the project is open, then, for every note, its id — only after
``add_note`` has returned (the save is acknowledged) — and flushes at once. Between notes
it stores a draft, as the screen does while someone types, so a kill can land in either.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from dialoog_app.domain.kinds import NoteKind, Role
from dialoog_app.services import drafts, notes
from dialoog_app.services.workspace import open_workspace

DEVICE = "00000000-0000-4000-8000-0000000000c5"


def main() -> None:
    path, table_id = Path(sys.argv[1]), sys.argv[2]
    ws = open_workspace(path, device_id=DEVICE)
    print("ready", flush=True)
    kinds, roles = list(NoteKind), list(Role)
    i = 0
    while True:
        text = f"Notitie {i} van de crashtest — çay, 👍, محمد\tmet tab\nen regel"
        if i % 3 == 0:
            drafts.save_draft(ws, table_id, text[: i % len(text)])
        note = notes.add_note(
            ws,
            table_id,
            text,
            at=datetime.now(UTC),
            kind=kinds[i % len(kinds)],
            role=roles[i % len(roles)],
            clear_draft=i % 3 == 0,
        )
        assert note is not None
        sys.stdout.write(note.id + "\n")
        sys.stdout.flush()
        i += 1


if __name__ == "__main__":
    main()
