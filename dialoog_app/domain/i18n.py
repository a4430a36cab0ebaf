"""Marking user-facing text in the core for Qt Linguist without importing Qt.

The core stays free of Qt, yet there is one translation system: the core marks its English
source strings with ``QT_TRANSLATE_NOOP`` (which ``pyside6-lupdate`` extracts), and the
presentation layer (``ui`` or ``cli``) translates them with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Text:
    """A translatable message: its Linguist context, English source and format arguments."""

    context: str
    source: str
    args: dict[str, object] = field(default_factory=dict)

    def english(self) -> str:
        return self.source.format(**self.args)


def english_plural(text: str, n: int) -> str:
    """Without a catalogue (English, the source language) Qt leaves "table(s)" and
    "opgave(n)": choose the form for ``n``."""
    return text.replace("(s)", "" if n == 1 else "s").replace("(n)", "" if n == 1 else "n")
