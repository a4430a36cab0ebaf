"""Statements that say nearly the same thing, across tables, meetings and the survey.

Texts are compared after a Dutch-aware normalisation (case, accents, punctuation and the
small words that carry no meaning folded away) with rapidfuzz's token-set ratio, which
ignores word order and repeated words. A naive Python loop over the pairs
(``naive_pairs``) is kept as the reference the benchmark and the tests measure against.

Why not simply ``process.cdist`` over all pairs: token_set_ratio has no cached C scorer,
so 5,000 different statements (12.5 million pairs) take about a minute. A shared word is
no shortcut either: with no word in common rapidfuzz scores the two sorted word lists
against each other ("wachtlijst jeugdzorg" / "wachtlijsten jeugdzorgen" ≈ 95). Instead
``find_pairs`` scores only the pairs that *can* reach the threshold (see ``_candidates``)
and scores them exactly with ``process.cpdist``: the same pairs and scores as the full
matrix, in well under a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from .mapping import fold

# Dutch function words: without them "Er is te weinig groen in de wijk" and "weinig groen
# wijk" are the same statement. Kept short on purpose: "niet" and "geen" stay (meaning).
STOP_WORDS = frozenset(
    """
    de het een en of van in op te ter ten aan met voor door bij om tot uit over naar als
    dat die dit deze daar er hier is zijn was waren wordt worden werd kan kunnen moet
    moeten zou zouden heeft hebben had ook nog wel al dan toch maar zo heel erg meer
    ik je jij u we wij ze zij hij men mijn jouw uw ons onze hun hem haar wat wie waar
    hoe
    """.split()
)
MIN_WORDS = 2  # a statement of one meaningful word is like too many others
DEFAULT_THRESHOLD = 85


@dataclass(frozen=True)
class Pair:
    first: int  # indices into the texts given, first < second
    second: int
    score: int  # 0–100


def normalise(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in STOP_WORDS)


def _comparable(texts: Sequence[str]) -> tuple[list[int], list[str]]:
    indices: list[int] = []
    normal: list[str] = []
    seen: dict[str, str | None] = {}  # a statement made fifty times is folded once
    for i, text in enumerate(texts):
        if text not in seen:
            words = normalise(text)
            seen[text] = words if len(words.split()) >= MIN_WORDS else None
        comparable = seen[text]
        if comparable is not None:
            indices.append(i)
            normal.append(comparable)
    return indices, normal


def find_pairs(
    texts: Sequence[str],
    threshold: int = DEFAULT_THRESHOLD,
    workers: int = 2,
    limit: int | None = None,
) -> list[Pair]:
    """Every pair scoring at least ``threshold``, best first (the best ``limit`` of them).

    Texts that are the same once normalised are compared once (and pair with each other
    at 100): meetings repeat themselves, and the all-pairs matrix grows with the square
    of the number of *different* statements. ``limit`` keeps a flood of pairs (a low
    threshold, a statement made a hundred times) from being built at all.
    """
    distinct, members = _grouped(texts)
    room = limit if limit is not None else -1
    pairs: list[Pair] = []
    for same in members:
        for a, b in combinations(same, 2):
            if len(pairs) == room:
                return _ordered(pairs)
            pairs.append(Pair(a, b, 100))
    for r, c, score in _distinct_pairs(distinct, threshold, workers):
        for a in members[r]:
            for b in members[c]:
                if len(pairs) == room:
                    return _ordered(pairs)
                pairs.append(Pair(min(a, b), max(a, b), score))
    return _ordered(pairs)


@dataclass(frozen=True)
class Similar:
    """Near-duplicates per text without listing every pair (a statement made a hundred
    times has 4,950 pairs): texts equal once normalised share a group, and each group
    knows the groups at least the threshold alike."""

    group_of: dict[int, int]  # text index → its group (texts too short are in none)
    members: list[list[int]]
    near: list[list[int]]

    def of(self, index: int) -> list[int]:
        """The indices of the texts like this one (not itself)."""
        group = self.group_of.get(index)
        if group is None:
            return []
        same = [i for i in self.members[group] if i != index]
        return same + [i for g in self.near[group] for i in self.members[g]]

    def count(self, index: int) -> int:
        group = self.group_of.get(index)
        return 0 if group is None else self._count(group)

    def counts(self) -> dict[int, int]:
        """Text index → how many near-duplicates it has, for the texts that have any."""
        found: dict[int, int] = {}
        for group, same in enumerate(self.members):
            count = self._count(group)  # once per group, not once per member
            if count:
                found.update(dict.fromkeys(same, count))
        return found

    def _count(self, group: int) -> int:
        return len(self.members[group]) - 1 + sum(len(self.members[g]) for g in self.near[group])


def similar(texts: Sequence[str], threshold: int = DEFAULT_THRESHOLD, workers: int = 2) -> Similar:
    """Every text's near-duplicates, as ``find_pairs`` would pair them (limit None)."""
    distinct, members = _grouped(texts)
    near: list[list[int]] = [[] for _ in distinct]
    for r, c, _score in _distinct_pairs(distinct, threshold, workers):
        near[r].append(c)
        near[c].append(r)
    group_of = {i: group for group, same in enumerate(members) for i in same}
    return Similar(group_of, members, near)


def _grouped(texts: Sequence[str]) -> tuple[list[str], list[list[int]]]:
    """The different normalised texts, and for each the indices of the texts that give it."""
    indices, normal = _comparable(texts)
    groups: dict[str, list[int]] = {}
    for index, words in zip(indices, normal, strict=True):
        groups.setdefault(words, []).append(index)
    return list(groups), list(groups.values())


def _distinct_pairs(
    distinct: list[str], threshold: int, workers: int
) -> list[tuple[int, int, int]]:
    """(first, second, score) of the different texts alike enough, best first."""
    if len(distinct) < 2:
        return []
    import numpy as np
    from rapidfuzz import fuzz, process

    from .pair_bounds import candidates

    firsts, seconds = candidates(distinct, threshold, workers)
    scores = process.cpdist(
        [distinct[i] for i in firsts],
        [distinct[i] for i in seconds],
        scorer=fuzz.token_set_ratio,
        score_cutoff=threshold,
        dtype=np.uint8,
        workers=workers,
    )
    hits = np.flatnonzero(scores)
    order = hits[np.argsort(-scores[hits].astype(np.int16), kind="stable")]
    return list(
        zip(firsts[order].tolist(), seconds[order].tolist(), scores[order].tolist(), strict=True)
    )


def _ordered(pairs: list[Pair]) -> list[Pair]:
    pairs.sort(key=lambda p: (-p.score, p.first, p.second))
    return pairs


def naive_pairs(texts: Sequence[str], threshold: int = DEFAULT_THRESHOLD) -> list[Pair]:
    """The same answer by a plain loop over all pairs (the baseline for the benchmark)."""
    from rapidfuzz import fuzz

    indices, normal = _comparable(texts)
    pairs = []
    for a in range(len(normal)):
        for b in range(a + 1, len(normal)):
            score = fuzz.token_set_ratio(normal[a], normal[b], score_cutoff=threshold)
            if score:
                pairs.append(Pair(indices[a], indices[b], int(score + 0.5)))  # as cdist rounds
    pairs.sort(key=lambda p: (-p.score, p.first, p.second))
    return pairs
