"""Likely personal names in a note's text, for the "Namen in notities" check.

Residents say "mevrouw Özdemir zei…". Three rules, each cheap and explainable:
- a title (mevrouw, meneer, mw., dhr. …) and the capitalised words after it;
- two or more capitalised words, with name particles between ("Jan de Vries"), unless
  they are all common words;
- one capitalised word that does not start a sentence and is not a common word.
Plus, outside this module, every speaker's initials used in the project. The result is a
list for a person to judge, not a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

TITLES = frozenset(
    {"mevrouw", "meneer", "mevr", "mw", "dhr", "heer", "mr", "dr", "juffrouw", "dokter", "meester"}
)
PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "'t", "el", "al", "la", "le",
     "von", "du", "da", "di", "bin", "ben", "op"}
)  # fmt: skip
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*\.?|[.!?:;\n]")
_SENTENCE_END = frozenset(".!?:;\n")


@dataclass(frozen=True)
class Token:
    word: str  # without a trailing full stop
    start: int
    end: int
    sentence_start: bool
    ends_sentence: bool  # the word carried a full stop ("dhr." or the last word)


def _tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    at_start = True
    for match in _TOKEN.finditer(text):
        raw = match.group()
        if raw in _SENTENCE_END:
            at_start = True
            continue
        word = raw.rstrip(".")
        tokens.append(Token(word, match.start(), match.start() + len(word), at_start, raw != word))
        at_start = raw != word and word.lower() not in TITLES  # "dhr." does not end a sentence
    return tokens


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word[1:2].isupper()  # not an acronym (GGD, WMO-loket)


def find_names(text: str, common: Collection[str]) -> list[str]:
    """The likely names in ``text``, as written, in order (each once)."""
    tokens = _tokens(text)
    found: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lower = token.word.lower()
        if lower in TITLES:
            end = _name_run(tokens, i + 1, after_title=True)
            if end > i + 1:
                found.append(text[token.start : tokens[end - 1].end])
                i = end
                continue
        elif _capitalised(token.word) and not (token.sentence_start and lower in common):
            end = _name_run(tokens, i)
            capitals = [t.word for t in tokens[i:end] if _capitalised(t.word)]
            uncommon = [w for w in capitals if w.lower() not in common]
            if uncommon and (len(capitals) >= 2 or not token.sentence_start):
                found.append(text[token.start : tokens[end - 1].end])
            i = end
            continue
        i += 1
    return list(dict.fromkeys(found))


def _name_run(tokens: list[Token], i: int, *, after_title: bool = False) -> int:
    """The end of a name starting at ``i``: capitalised words, particles between them (and,
    after a title, before them: "mw. van den Berg")."""
    end = i
    j = i
    while j < len(tokens):
        word = tokens[j].word
        if _capitalised(word):
            end = j + 1
            if tokens[j].ends_sentence:
                break
        elif word.lower() not in PARTICLES or (end == i and not after_title):
            break
        j += 1
    return end
