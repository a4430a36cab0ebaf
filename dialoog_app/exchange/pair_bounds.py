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
at least T/(200−T) of the shorter text. Both are sums over all pairs, done in plain
Python (no matrix library in the bundle): a *lane vector* is one Python integer holding
a small number per text (`Lanes`), so one addition adds thousands of numbers in C, and a
comparison leaves a flag bit per text. The texts are taken shortest first, each against
the longer ones: C is the sum of one vector per character it holds (min(its count, every
text's count)), S + 1 the sum of one vector per shared word (its length and a space).
The exact scorer then runs on the few pairs that pass. No pair that reaches the
threshold is dropped (the tests compare with the full matrix).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations

LEVELS = 24  # per character; a short statement rarely has a letter more often
WORD_BYTES = 32 << 20  # word vectors held at most (the most frequent words); rarer words…
RARE_AT_MOST = 64  # …pair their texts directly while so few have them (pairs grow with
# the square); a more frequent word always gets its vector
BLOCK = 256  # texts that share their vectors cut down to the longer texts (the triangle)

Pair = tuple[int, int]


class Lanes:
    """Numbers per text packed into one integer, ``size`` bytes a text. The top bit of
    each lane is kept free as its flag: the numbers stay below it, so sums never carry
    into the next lane."""

    def __init__(self, count: int, largest: int) -> None:
        self.size = (largest.bit_length() + 8) // 8  # the number's bits and the flag
        if (1 << 8 * self.size - 1) // largest < 16:  # room to scale them up (see below)
            self.size += 1
        self.width = 8 * self.size
        self.count = count
        self.ones = int.from_bytes(b"\x01".ljust(self.size, b"\x00") * count, "little")
        self.flags = self.ones << (self.width - 1)
        # How far numbers up to ``largest`` can be multiplied and stay below the flag.
        self.room = ((1 << self.width - 1) - 1) // largest

    def of(self, values: Iterable[tuple[int, int]]) -> int:
        """A vector from (lane, number) pairs; the other lanes hold 0."""
        lanes = bytearray(self.size * self.count)
        for lane, value in values:
            start = lane * self.size
            lanes[start : start + self.size] = value.to_bytes(self.size, "little")
        return int.from_bytes(lanes, "little")

    def of_bytes(self, numbers: bytes | bytearray) -> int:
        """A vector from one byte per lane."""
        lanes = bytearray(self.size * self.count)
        lanes[:: self.size] = numbers
        return int.from_bytes(lanes, "little")

    def flagged(self, flags: int, first: int) -> list[int]:
        """The lanes whose flag is set in ``flags`` (lane 0 being lane ``first``)."""
        tops = flags.to_bytes(self.size * (self.count - first), "little")
        tops = tops[self.size - 1 :: self.size]
        found = []
        at = tops.find(0x80)
        while at >= 0:
            found.append(first + at)
            at = tops.find(0x80, at + 1)
        return found


class Window:
    """Lanes ``start`` … ``stop − 1`` of some vectors: the texts of a block are compared
    with the longer texts only."""

    def __init__(self, lanes: Lanes, start: int, stop: int, vectors: dict[int, int]) -> None:
        self.width, self.start = lanes.width, start
        mask = (1 << self.width * (stop - start)) - 1
        self.ones = (lanes.ones >> self.width * start) & mask
        self.flags = self.ones << (self.width - 1)
        self.vectors = {
            key: (vector >> self.width * start) & mask for key, vector in vectors.items()
        }

    def sum(self, keys: list[int]) -> int:
        return sum(map(self.vectors.__getitem__, keys))

    def at_least(self, vector: int, limits: int, lane: int) -> int:
        """The flags of the lanes after ``lane`` where ``vector`` ≥ ``limits`` (both in
        this window), shifted down to the first of them. Each lane becomes
        2^(width−1) + number − limit, which keeps its flag exactly when number ≥ limit."""
        flags = ((vector | self.flags) - limits) & self.flags
        return flags >> self.width * (lane + 1 - self.start)


def candidates(texts: Sequence[str], threshold: int) -> list[Pair]:
    """Index pairs (first < second, each once, in no particular order) of ``texts`` that
    may score ``threshold`` or more."""
    if threshold <= 0:
        return list(combinations(range(len(texts)), 2))
    if len(texts) < 2:
        return []
    word_sets = [sorted(set(text.split())) for text in texts]
    order = sorted(range(len(texts)), key=lambda i: len(" ".join(word_sets[i])))
    words = [word_sets[i] for i in order]  # lane p is text order[p], shortest first
    counts = [Counter(" ".join(w)) for w in words]
    length = [sum(c.values()) for c in counts]
    lanes = Lanes(len(texts), max(length) + 2)
    # Bound 2, C ≥ T·(La + Lb)/200, is tested as F·C ≥ ⌊F·T·La/200⌋ + ⌊F·T·Lb/200⌋ with
    # F as large as the lanes allow (exact at F = 200): never more than the bound, so a
    # pair that reaches it is kept, and the lanes stay two bytes for statements.
    scale = min(200, lanes.room)
    characters, character_keys = _character_vectors(lanes, counts, scale)
    halves = len(characters)
    characters[halves] = lanes.of(enumerate(scale * threshold * n // 200 for n in length))
    word_vectors, word_keys, found = _word_vectors(lanes, words)
    for start in range(0, len(texts), BLOCK):
        stop = min(start + BLOCK, len(texts))
        # Bound 2 needs 2·min ≥ T/100·(La + Lb): a longer text at most (200 − T)/T times
        # as long. Bound 1 has no such limit.
        longest = length[stop - 1] * (200 - threshold) // threshold
        reach = next((q for q in range(stop, len(texts)) if length[q] > longest), len(texts))
        used = {key for p in range(start, stop) for key in character_keys[p]} | {halves}
        near = Window(lanes, start, reach, {key: characters[key] for key in used})
        used = {key for p in range(start, stop) for key in word_keys[p]}
        far = Window(lanes, start, len(texts), {key: word_vectors[key] for key in used})
        for p in range(start, stop):
            common = near.sum(character_keys[p])
            limits = near.vectors[halves] + scale * threshold * length[p] // 200 * near.ones
            flags = near.at_least(common, limits, p)
            # Bound 1 (La ≤ Lb here): S·(200 − T) ≥ T·La, the lanes summing S + 1.
            need = -(-threshold * length[p] // (200 - threshold)) + 1
            flags |= far.at_least(far.sum(word_keys[p]), need * far.ones, p)
            if flags:
                found.extend((p, q) for q in lanes.flagged(flags, p + 1))
    pairs = {
        (order[p], order[q]) if order[p] < order[q] else (order[q], order[p]) for p, q in found
    }
    return list(pairs)


def _character_vectors(
    lanes: Lanes, counts: list[Counter[str]], scale: int
) -> tuple[dict[int, int], list[list[int]]]:
    """Vectors of min(k, count of a character) × ``scale`` for k = 1 … ``LEVELS``, and per
    lane the keys of those its characters need, so that their sum is the characters it
    has in common with every text. Counts above ``LEVELS`` (one long survey answer would
    otherwise add hundreds of vectors for everyone) are one more vector, each text's
    surplus: min(x, y) ≤ min(x, K) + min(y, K) + y's surplus over K."""
    rows: dict[str, bytearray] = {}
    surplus = []
    for lane, count in enumerate(counts):
        above = 0
        for char, times in count.items():
            row = rows.get(char)
            if row is None:
                row = rows[char] = bytearray(lanes.count)
            row[lane] = min(times, LEVELS)
            above += max(times - LEVELS, 0)
        if above:
            surplus.append((lane, above * scale))
    vectors: dict[int, int] = {0: lanes.of(surplus)}
    key: dict[tuple[str, int], int] = {}
    for char, row in rows.items():
        for level in range(1, max(row) + 1):
            key[char, level] = len(vectors)
            up_to = bytes(min(times, level) for times in range(256))
            vectors[len(vectors)] = lanes.of_bytes(row.translate(up_to)) * scale
    keys = []
    for count in counts:
        mine = [key[char, min(times, LEVELS)] for char, times in count.items()]
        keys.append(mine + [0] if any(times > LEVELS for times in count.values()) else mine)
    return vectors, keys


def _word_vectors(
    lanes: Lanes, word_sets: list[list[str]]
) -> tuple[dict[int, int], list[list[int]], list[Pair]]:
    """Vectors for the common words (each word's length plus a space where a text has
    it), per lane the keys of its common words, and the lane pairs that share a rarer
    word.

    Only words found in two texts or more can be shared. A vector for every such word
    could hold hundreds of megabytes with a large vocabulary and many texts, so the most
    frequent get one (``WORD_BYTES`` in all) and the rest are paired directly: few texts
    share a rare word, and a pair that shares one is simply a candidate. For every other
    pair S is then exact.
    """
    frequency = Counter(word for words in word_sets for word in words)
    shared = sorted((w for w, times in frequency.items() if times > 1), key=lambda w: -frequency[w])
    room = WORD_BYTES // (lanes.size * lanes.count)
    common = [w for i, w in enumerate(shared) if i < room or frequency[w] > RARE_AT_MOST]
    key = {word: i for i, word in enumerate(common)}
    having: dict[str, list[int]] = {w: [] for w in shared if w not in key}
    holding: list[list[tuple[int, int]]] = [[] for _ in common]
    keys: list[list[int]] = []
    for lane, words in enumerate(word_sets):
        mine = []
        for word in words:
            if word in key:
                mine.append(key[word])
                holding[key[word]].append((lane, len(word) + 1))
            elif word in having:
                having[word].append(lane)
        keys.append(mine)
    vectors = {i: lanes.of(values) for i, values in enumerate(holding)}
    return vectors, keys, [pair for rows in having.values() for pair in combinations(rows, 2)]
