"""Every Qt item data role of the app, defined once (as napari's ``_base_item_model.py``).

Views, delegates and tests ask a model for these; two models using one number for two
meanings (``ID_ROLE`` once had three values in four places) would answer the wrong thing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

ID_ROLE = _USER + 1  # str: the id of the row's object (a note, meeting, table, item, choice)
NOTE_ROLE = _USER + 2  # NoteRow: a note in the capture list
CARD_ROLE = _USER + 3  # NoteCard: a statement on the opgaven board
AGENDA_ROLE = _USER + 4  # str | None: the agenda item a note row belongs to
PATH_ROLE = _USER + 5  # str: a file's path (a backup, a laptop's file to merge)
HIT_ROLE = _USER + 6  # NameHit: a likely personal name found in the notes
SIMILAR_ROLE = _USER + 7  # int: how many near-duplicates a statement on the board has
