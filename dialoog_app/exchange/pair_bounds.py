"""Which pairs of normalised statements can reach a token-set ratio threshold at all.

rapidfuzz's ``token_set_ratio(a, b)`` splits both texts into sets of words: ``sect`` (the
words in both), ``ab`` and ``ba`` (the words in only one), each sorted and joined with
spaces. It is 100 when one set contains the other, else the best Indel ratio of

1. ``sect`` against ``sect + " " + ab`` (and the same with ``ba``): exactly
   2·S / (S + La), where S is the length of ``sect`` and La that of a's joined word set;
2. ``sect + " " + ab`` against ``sect + " " + ba``: strings with the same characters
   (and lengths La, Lb) as a's and b's joined word sets, so at most
   2·C / (La + Lb), C being how many characters the two sets have in common as
   multisets (a common subsequence cannot use a character more often than both have it).

So a pair is a candidate only if (2) C is large enough, or (1) the shared words make up
at least T/(200−T) of the shorter text. C and S for all pairs are two matrix products
(numpy, in blocks of rows); the exact scorer then runs on the few pairs that pass. No pair that
reaches the threshold is dropped (the tests compare with the full matrix).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt

LEVELS = 12  # per character; a short statement rarely has a letter more often
COMMON_WORDS = 256  # words counted by a matrix product; the rarer ones are paired directly
RARE_AT_MOST = 64  # …as long as they are in so few texts (the pairs grow with its square)
ROWS_AT_ONCE = 512  # rows of the character-overlap product held at once (memory, not speed)

Indices = npt.NDArray[np.int64]


def candidates(texts: Sequence[str], threshold: int, workers: int = 2) -> tuple[Indices, Indices]:
    """Index pairs (first < second) of ``texts`` that may score ``threshold`` or more."""
    word_sets = [sorted(set(text.split())) for text in texts]
    joined = [" ".join(words) for words in word_sets]
    characters, overflow = _level_columns([Counter(text) for text in joined])
    words, weights, sharing_rare = _word_columns(word_sets)
    weighted = words * weights
    scaled = np.array([len(text) for text in joined], np.float32) * threshold  # L·T

    def block(start: int) -> tuple[Indices, Indices]:
        # Integers all the way (exact in float32 below 2**24: statements under 80,000
        # characters), in place to spare memory.
        stop = min(start + ROWS_AT_ONCE, len(texts))
        mine, theirs = scaled[start:stop, None], scaled[None, start:]
        # Bound 2: 2C/(La+Lb) ≥ T/100  ⇔  200·C − La·T − Lb·T ≥ 0.
        common = characters[start:stop] @ characters[start:].T
        common += np.minimum(overflow[start:stop, None], overflow[None, start:])
        common *= 200
        common -= mine
        common -= theirs
        possible = common >= 0
        # Bound 1 (and one set containing the other, S = min(La, Lb)): S+1 is the weighted
        # count of shared words; 2S/(S+min) ≥ T/100  ⇔  S·(200−T) ≥ min·T. Without a
        # shared word S+1 = 0, so S = −1 fails it.
        sect = weighted[start:stop] @ words[start:].T
        sect -= 1
        sect *= 200 - threshold
        possible |= sect >= np.minimum(mine, theirs)
        rows, cols = np.nonzero(np.triu(possible, k=1))  # above the diagonal: first < second
        return rows.astype(np.int64) + start, cols.astype(np.int64) + start

    starts = range(0, len(texts), ROWS_AT_ONCE)
    if not starts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if len(starts) == 1:
        found = [block(0)]  # a few hundred texts: a thread would cost more than it saves
    else:  # numpy lets go of the GIL in products and comparisons: blocks side by side
        with ThreadPoolExecutor(max(1, workers)) as pool:
            found = list(pool.map(block, starts))
    count = len(texts)
    keys = [first * count + second for first, second in found]
    pairs = np.unique(np.concatenate([*keys, sharing_rare]))  # sorted, each pair once
    return pairs // count, pairs % count


def _level_columns(
    counts: list[Counter[str]],
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """One 0/1 column per (character, level): min(x, y) of two counts is the number of
    levels 1, 2, … both reach, so the common characters of all pairs are one product.

    Levels stop at ``LEVELS`` (one long survey answer would otherwise add hundreds of
    columns for everyone); what lies above is each text's ``overflow``, and
    min(x, y) ≤ min(min(x, K), min(y, K)) + min(overflow a, overflow b) keeps the bound.
    """
    chars = sorted({char for count in counts for char in count})
    table = np.array([[count.get(char, 0) for char in chars] for count in counts], np.int32)
    table = table.reshape(len(counts), len(chars))
    overflow = np.maximum(table - LEVELS, 0).sum(axis=1).astype(np.float32)
    top = np.minimum(table, LEVELS)
    columns = [top[:, [k]] > np.arange(top[:, k].max()) for k in range(len(chars))]
    if not columns:
        return np.zeros((len(counts), 0), np.float32), overflow
    return np.hstack(columns).astype(np.float32), overflow


def _word_columns(
    word_sets: list[list[str]],
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], Indices]:
    """0/1 columns for the common words, each word's weight in a joined set (its length
    plus a space), and the pairs (as ``first·n + second``) that share a rarer word.

    Only words found in two texts or more can be shared. A product over every such word
    would cost seconds with a real vocabulary (thousands of words), so the most frequent
    are columns and the rest are paired directly: few texts share a rare word, and a pair
    that shares one is simply a candidate. For every other pair S is then exact.
    """
    frequency = Counter(word for words in word_sets for word in words)
    shared = sorted((w for w, times in frequency.items() if times > 1), key=lambda w: -frequency[w])
    common = [w for i, w in enumerate(shared) if i < COMMON_WORDS or frequency[w] > RARE_AT_MOST]
    column = {word: i for i, word in enumerate(common)}
    having: dict[str, list[int]] = {w: [] for w in shared[len(common) :]}
    features = np.zeros((len(word_sets), len(column)), np.float32)
    for row, words in enumerate(word_sets):
        features[row, [column[w] for w in words if w in column]] = 1
        for word in words:
            if word in having:
                having[word].append(row)
    keys = [np.zeros(0, np.int64)]
    for rows in having.values():
        first, second = np.triu_indices(len(rows), 1)
        texts = np.array(rows, np.int64)
        keys.append(texts[first] * len(word_sets) + texts[second])
    weights = np.array([len(word) + 1 for word in column], np.float32)
    return features, weights, np.concatenate(keys)
