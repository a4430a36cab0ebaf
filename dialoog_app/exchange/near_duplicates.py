"""Statements that say nearly the same thing, across tables, meetings and the survey.

Texts are compared after a Dutch-aware normalisation (case, accents, punctuation and the
small words that carry no meaning folded away) with rapidfuzz's token-set ratio, which
ignores word order and repeated words. All pairs at once with ``process.cdist`` in C on
two threads; a naive Python loop over the pairs (``naive_pairs``) is kept as the
reference the benchmark and the tests measure it against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
    for i, text in enumerate(texts):
        words = normalise(text)
        if len(words.split()) >= MIN_WORDS:
            indices.append(i)
            normal.append(words)
    return indices, normal


def find_pairs(
    texts: Sequence[str], threshold: int = DEFAULT_THRESHOLD, workers: int = 2
) -> list[Pair]:
    """Every pair scoring at least ``threshold``, best first."""
    import numpy as np
    from rapidfuzz import fuzz, process

    indices, normal = _comparable(texts)
    if len(normal) < 2:
        return []
    scores = process.cdist(
        normal,
        normal,
        scorer=fuzz.token_set_ratio,
        score_cutoff=threshold,
        dtype=np.uint8,
        workers=workers,
    )
    rows, columns = np.nonzero(np.triu(scores, k=1))
    pairs = [
        Pair(indices[r], indices[c], int(scores[r, c]))
        for r, c in zip(rows.tolist(), columns.tolist(), strict=True)
    ]
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
