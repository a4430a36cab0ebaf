"""The Linguist catalogues read without Qt, for the headless commands.

``dialoog info`` and ``dialoog export`` must start fast, and importing QtCore costs about
a fifth of a second: so the command line reads the same compiled ``.qm`` files itself
(the format Qt's ``QTranslator`` reads: a magic, then tagged blocks; the messages block
holds per message its translation(s) as UTF-16 and, as ``lrelease`` writes them by
default, its context, source text and comment as UTF-8). One system still: the texts are
extracted by lupdate from the same ``translate(context, source)`` calls and translated in
the same ``.ts`` files. The language is chosen as the app chooses it (``ui/i18n.py``):
``DIALOOG_LANG``, else the user's setting, else Dutch.
"""

from __future__ import annotations

import os
import struct
from functools import cache
from pathlib import Path

from dialoog_app import paths
from dialoog_app.domain.i18n import Text

from . import user_settings

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF
# Qt's numerus rule of the English style (Dutch too): form 0 for one, form 1 otherwise.
_ONE_OR_MORE = b"\x01\x01"

Key = tuple[str, str, str]  # context, source, comment (disambiguation)


def chosen_language() -> str:
    lang = os.environ.get("DIALOOG_LANG") or _setting()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


@cache
def _setting() -> str:
    """The user's language setting, read once a process (a command is short-lived)."""
    return user_settings.language()


def read_qm(data: bytes) -> tuple[dict[Key, tuple[str, ...]], bytes]:
    """The messages of one ``.qm`` file (key → translation forms) and its numerus rules."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation file")
    messages: dict[Key, tuple[str, ...]] = {}
    rules = b""
    offset = len(_MAGIC)
    while offset + 5 <= len(data):
        tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
        block = data[offset + 5 : offset + 5 + length]
        offset += 5 + length
        if tag == _MESSAGES:
            messages.update(_messages(block))
        elif tag == _NUMERUS_RULES:
            rules = block
    return messages, rules


def _messages(block: bytes) -> dict[Key, tuple[str, ...]]:
    found: dict[Key, tuple[str, ...]] = {}
    forms: list[str] = []
    context = source = comment = ""
    offset = 0
    while offset < len(block):
        tag = block[offset]
        offset += 1
        if tag == _END:
            if forms and any(forms):
                found[(context, source, comment)] = tuple(forms)
            forms, context, source, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            offset += 4
            continue
        length = struct.unpack_from(">I", block, offset)[0]
        offset += 4
        if length == _NULL:
            continue
        raw = block[offset : offset + length]
        offset += length
        if tag == _TRANSLATION:
            forms.append(raw.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
        elif tag == _COMMENT:
            comment = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in a Qt translation file")
    return found


@cache
def _catalogue(lang: str) -> tuple[dict[Key, tuple[str, ...]], bytes]:
    messages: dict[Key, tuple[str, ...]] = {}
    rules = _ONE_OR_MORE
    if lang == "en":  # the source language: nothing to load
        return messages, rules
    for qm in sorted(paths.resource("i18n").glob(f"*_{lang}.qm")):
        found, qm_rules = read_qm(Path(qm).read_bytes())
        messages.update(found)
        rules = qm_rules or rules
    return messages, rules


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """As ``QCoreApplication.translate``: the source text when no translation is known;
    with ``n``, the plural form for ``n`` and ``%n``/``%Ln`` replaced by it."""
    lang = chosen_language()
    messages, rules = _catalogue(lang)
    forms = messages.get((context, source, disambiguation)) or messages.get((context, source, ""))
    if n < 0:
        return forms[0] if forms else source
    text = source
    if forms:
        # Only the English style of rule (one, more) is known here: Dutch and English.
        index = 0 if n == 1 else 1
        text = forms[min(index, len(forms) - 1)]
    return text.replace("%Ln", local_number(n, lang)).replace("%n", str(n))


def local_number(n: int, lang: str | None = None) -> str:
    """1.234 in Dutch, 1,234 in English (as QLocale writes ``%Ln``)."""
    grouped = f"{n:,}"
    return grouped.replace(",", ".") if (lang or chosen_language()) == "nl" else grouped


def text(message: Text) -> str:
    """A core message (an error, a label) in the user's language."""
    return translate(message.context, message.source).format(**message.args)
