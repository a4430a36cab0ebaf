"""What the board shows, held once and shared by every list on it.

Statements (``NoteCard``) are loaded once; the lists hold note ids only. A board action
returns the state it wrote (services/placement.py) and ``apply`` takes exactly that state,
so the screen follows an action — or its undo — without reading the file again.
"""

from __future__ import annotations

from collections.abc import Iterable

from dialoog_app.services.board import NoteCard, haystack
from dialoog_app.services.duplicates import Similar, similar_cards
from dialoog_app.services.opgaven import OpgaveView, Support, support_of
from dialoog_app.services.placement import BoardState, OpgaveFields


class BoardData:
    def __init__(self) -> None:
        self.cards: dict[str, NoteCard] = {}
        self.rank: dict[str, int] = {}  # the pool's order: as the statements were made
        self.folded: dict[str, str] = {}  # casefolded text for the free-text filter
        self.holder: dict[str, str] = {}  # note id → opgave id, for placed notes
        self.order: list[str] = []  # live opgaven, left to right
        self.fields: dict[str, OpgaveFields] = {}
        self.lists: dict[str, list[str]] = {}
        # Near-duplicates, found once per set of texts (not per paint, not per move).
        self.similar_counts: dict[str, int] = {}
        self._similar: Similar | None = None
        self._similar_ids: list[str] = []
        self._similar_key: tuple[tuple[str, str], ...] = ()

    def load(self, cards: Iterable[NoteCard], opgaven: Iterable[OpgaveView]) -> None:
        self.cards = {}
        self.rank = {}
        self.folded = {}
        for i, card in enumerate(cards):
            self.cards[card.id] = card
            self.rank[card.id] = i
            self.folded[card.id] = haystack(card)
        self.order = []
        self.fields = {}
        self.lists = {}
        self.holder = {}
        for opgave in opgaven:
            self.order.append(opgave.id)
            self.fields[opgave.id] = OpgaveFields.model_validate(opgave.model_dump())
            self.lists[opgave.id] = [n for n in opgave.note_ids if n in self.cards]
            for note_id in self.lists[opgave.id]:
                self.holder[note_id] = opgave.id

    def find_similar(self) -> bool:
        """Count each statement's near-duplicates; False if the texts are as they were (a
        reload for another reason, a table renamed): then nothing is searched again."""
        key = tuple((card.id, card.text) for card in self.cards.values())
        if key == self._similar_key:
            return False
        self._similar_key = key
        self._similar_ids = list(self.cards)
        self._similar = similar_cards(list(self.cards.values()))
        ids = self._similar_ids
        self.similar_counts = {ids[i]: count for i, count in self._similar.counts().items()}
        return True

    def similar_to(self, note_id: str) -> list[str]:
        """The statements near-duplicate to ``note_id`` (not itself)."""
        if self._similar is None or note_id not in self.similar_counts:
            return []
        index = self.rank[note_id]  # the cards' order is the order they were compared in
        return [self._similar_ids[i] for i in self._similar.of(index)]

    def pool_ids(self) -> list[str]:
        return [n for n in self.cards if n not in self.holder]

    def apply(self, state: BoardState) -> set[str]:
        """Take over a state an action wrote; returns the opgaven whose notes changed."""
        touched: set[str] = set()
        for snapshot in state.opgaven:
            if snapshot.fields is not None:
                self.fields[snapshot.id] = snapshot.fields
            notes = [n for n in snapshot.note_ids if n in self.cards] if snapshot.alive else []
            old = self.lists.get(snapshot.id, [])
            if notes != old:
                touched.add(snapshot.id)
            for note_id in old:
                if self.holder.get(note_id) == snapshot.id:
                    del self.holder[note_id]
            if snapshot.alive:
                self.lists[snapshot.id] = notes
            else:
                self.lists.pop(snapshot.id, None)
        for snapshot in state.opgaven:
            for note_id in self.lists.get(snapshot.id, []):
                self.holder[note_id] = snapshot.id
        for note_id in state.pooled:
            self.holder.pop(note_id, None)
        if state.order is not None:
            self.order = [i for i in state.order if i in self.fields]
            for opgave_id in list(self.lists):
                if opgave_id not in state.order:
                    del self.lists[opgave_id]
            for opgave_id in self.order:
                self.lists.setdefault(opgave_id, [])
        return touched

    def support(self, opgave_id: str) -> Support:
        cards = self.cards
        return support_of(
            (cards[n].role, cards[n].table_id, cards[n].source, cards[n].group_id)
            for n in self.lists.get(opgave_id, [])
        )

    def title(self, opgave_id: str) -> str:
        fields = self.fields.get(opgave_id)
        return fields.title if fields else ""
