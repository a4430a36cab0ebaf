"""Mogelijke dubbelen: Dutch-aware matching, the same pairs as a plain loop, linking that
counts once for support but keeps every source, and placing together."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime

from dialoog_app.domain.kinds import Role
from dialoog_app.exchange.near_duplicates import find_pairs, naive_pairs, normalise
from dialoog_app.services import board, duplicates, meetings, notes, opgaven
from dialoog_app.services.workspace import Workspace

WORDS = (
    "groen wijk park bankjes ouderen jongeren bus weekend bibliotheek buurthuis school "
    "veilig fietsen verlichting eenzaamheid vrijwilligers sport markt huisarts speeltuin"
).split()


def test_normalisation_folds_case_accents_punctuation_and_small_words() -> None:
    assert normalise("Er is te WEINIG groen, in de wijk!") == "weinig groen wijk"
    assert normalise("Café’s en ideeën — NIET vergeten") == "cafe s ideeen niet vergeten"


def test_cdist_finds_exactly_what_a_plain_loop_finds() -> None:
    rng = random.Random(5)
    texts = [" ".join(rng.sample(WORDS, rng.randint(2, 6))) for _ in range(300)]
    texts += ["Er is te weinig groen in de wijk", "weinig GROEN in onze wijk.", "x"]
    fast = find_pairs(texts, threshold=80)
    assert fast == naive_pairs(texts, threshold=80)
    assert any({p.first, p.second} == {300, 301} and p.score == 100 for p in fast)
    assert all(302 not in (p.first, p.second) for p in fast)  # one word: not compared


def test_no_shared_word_can_still_be_a_near_duplicate() -> None:
    """Why the fast path cannot just pair statements that share a word."""
    from rapidfuzz import fuzz

    assert fuzz.token_set_ratio("wachtlijst jeugdzorg", "wachtlijsten jeugdzorgen") >= 85
    pairs = find_pairs(["wachtlijst jeugdzorg", "wachtlijsten jeugdzorgen"], threshold=85)
    assert [(p.first, p.second) for p in pairs] == [(0, 1)]


def test_fast_path_finds_exactly_what_the_full_matrix_finds() -> None:
    """On realistic statements at several thresholds: every pair, every score."""
    import numpy as np
    from rapidfuzz import fuzz, process

    from dialoog_app.exchange.near_duplicates import _comparable
    from dialoog_app.exchange.pair_bounds import candidates
    from import_fixtures import statements

    texts = statements(600, seed=9) + statements(300, seed=3, repeat=True)
    texts += ["geen wachtlijst jeugdzorg", "wachtlijsten jeugdzorgen", "bankjes park", "park"]
    # A large vocabulary (as real notes have): most shared words are the rare kind that
    # is paired directly rather than counted by the matrix product.
    rng = random.Random(3)
    vocabulary = [
        f"{rng.choice(WORDS)}{rng.choice(WORDS)[: rng.randint(0, 4)]}" for _ in range(900)
    ]
    zipf = [1 / (rank + 1) for rank in range(len(vocabulary))]
    texts += [" ".join(rng.choices(vocabulary, zipf, k=rng.randint(2, 12))) for _ in range(500)]
    # Long answers (a letter far more often than the bound's levels), some nearly alike.
    long = [" ".join(rng.choices(vocabulary, k=rng.randint(40, 80))) for _ in range(30)]
    texts += long + [" ".join(text.split()[rng.randint(1, 6) :]) for text in long]
    distinct = list(dict.fromkeys(_comparable(texts)[1]))
    for threshold in (50, 70, 85, 95):
        full = process.cdist(distinct, distinct, scorer=fuzz.token_set_ratio,
                             score_cutoff=threshold, dtype=np.uint8, workers=2)  # fmt: skip
        rows, cols = np.nonzero(np.triu(full, k=1))
        expected = set(zip(rows.tolist(), cols.tolist(), full[rows, cols].tolist(), strict=True))
        firsts, seconds = candidates(distinct, threshold)
        fast = {
            (a, b, int(full[a, b]))
            for a, b in zip(firsts.tolist(), seconds.tolist(), strict=True)
            if full[a, b]
        }
        assert fast == expected and expected, threshold
    assert find_pairs(texts, threshold=70, limit=None) == naive_pairs(texts, threshold=70)


def _note(ws: Workspace, table_id: str, text: str, role: Role) -> str:
    note = notes.add_note(ws, table_id, text, at=datetime.now(UTC), role=role)
    assert note is not None
    return note.id


def test_link_counts_once_keeps_sources_and_undoes(
    workspace: Workspace, reopen: Callable[[], Workspace]
) -> None:
    ws = workspace
    first = meetings.add_meeting(ws, "Avond 1")
    second = meetings.add_meeting(ws, "Avond 2")
    north = meetings.add_table(ws, first.id, "Noord")
    south = meetings.add_table(ws, second.id, "Zuid")
    a = _note(ws, north.id, "Er is te weinig groen in de wijk", Role.RESIDENT)
    b = _note(ws, south.id, "Te weinig groen in onze wijk!", Role.PROFESSIONAL)
    c = _note(ws, south.id, "De bus rijdt in het weekend niet", Role.RESIDENT)
    [pair] = duplicates.near_duplicates(ws, threshold=85)
    assert {pair.first.id, pair.second.id} == {a, b} and not pair.linked
    assert {pair.first.meeting_title, pair.second.meeting_title} == {"Avond 1", "Avond 2"}

    opgaven.add_opgave(ws, "Groen")
    [opgave] = opgaven.list_opgaven(ws)
    board.move_notes(ws, [a, b, c], opgave.id)
    assert opgaven.get_opgave(ws, opgave.id).support.statements == 3
    before = duplicates.link_notes(ws, [a, b])
    support = opgaven.get_opgave(ws, opgave.id).support
    assert (support.statements, support.residents, support.professionals) == (2, 2, 0)
    assert support.tables == 2  # Noord (the group, as its first) and Zuid (the bus)
    [pair] = duplicates.near_duplicates(ws, threshold=85)
    assert pair.linked
    assert {card.table_name for card in board.list_notes(ws)} == {"Noord", "Zuid"}

    duplicates.set_groups(ws, before)  # undo
    assert opgaven.get_opgave(ws, opgave.id).support.statements == 3
    duplicates.link_notes(ws, [a, b])
    duplicates.unlink_notes(ws, [b])
    assert opgaven.get_opgave(ws, opgave.id).support.statements == 3
    duplicates.link_notes(ws, [b, a])
    ws.close()
    again = reopen()
    groups = {card.id: card.group_id for card in board.list_notes(again)}
    assert groups[a] == groups[b] == b and groups[c] == c


def test_place_together_follows_the_placed_statement(workspace: Workspace) -> None:
    ws = workspace
    meeting = meetings.add_meeting(ws, "Avond 1")
    table = meetings.add_table(ws, meeting.id, "Noord")
    a = _note(ws, table.id, "Meer bankjes in het park graag", Role.RESIDENT)
    b = _note(ws, table.id, "Graag meer bankjes in het park", Role.OTHER)
    opgaven.add_opgave(ws, "Ontmoeten")
    [opgave] = opgaven.list_opgaven(ws)
    [pair] = duplicates.near_duplicates(ws)
    assert duplicates.place_together(ws, pair.first, pair.second) is None  # neither placed
    board.move_notes(ws, [a], opgave.id)
    [pair] = duplicates.near_duplicates(ws)
    change = duplicates.place_together(ws, pair.first, pair.second)
    assert change is not None
    assert opgaven.get_opgave(ws, opgave.id).note_ids == (a, b)
    assert duplicates.duplicate_counts(duplicates.near_duplicates(ws)) == {a: 1, b: 1}


def test_identical_statements_pair_at_100_and_a_flood_is_cut_to_the_best() -> None:
    texts = ["Meer groen in de wijk!"] * 4 + ["meer GROEN in wijk", "Groen wijk bankjes park"]
    full = find_pairs(texts, threshold=60)
    assert full == naive_pairs(texts, threshold=60)
    assert sum(1 for p in full if p.score == 100) >= 10  # 5 the same once normalised
    best = find_pairs(texts, threshold=60, limit=7)
    assert len(best) == 7
    assert sorted(p.score for p in best) == sorted(p.score for p in full[:7])
