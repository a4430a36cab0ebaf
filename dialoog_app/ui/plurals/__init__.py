"""Counted words ("1 tafel", "2 tafels") through Linguist's plural forms, in one place.

Qt picks the form for the number from the language's rules (``%Ln`` also writes the
number the local way: 1.234). lupdate marks a string as plural only inside ``self.tr``,
hence the small class; its name is the translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from dialoog_app.domain.i18n import english_plural

english = english_plural  # the one rule, shared with the command line (domain/i18n.py)


class Plurals(QObject):
    def statements(self, n: int) -> str:
        return english(self.tr("%Ln statement(s)", "", n), n)

    def tables(self, n: int) -> str:
        return english(self.tr("%Ln table(s)", "", n), n)

    def notes(self, n: int) -> str:
        return english(self.tr("%Ln note(s)", "", n), n)

    def meetings(self, n: int) -> str:
        return english(self.tr("%Ln meeting(s)", "", n), n)

    def opgaven(self, n: int) -> str:
        return english(self.tr("%Ln opgave(n)", "", n), n).replace("(n)", "" if n == 1 else "n")

    def participants(self, n: int) -> str:
        return english(self.tr("%Ln participant(s)", "", n), n)

    def residents(self, n: int) -> str:
        return english(self.tr("%Ln resident(s)", "", n), n)

    def professionals(self, n: int) -> str:
        return english(self.tr("%Ln professional(s)", "", n), n)

    def civil_servants(self, n: int) -> str:
        return english(self.tr("%Ln civil servant(s)", "", n), n)

    def others(self, n: int) -> str:
        return english(self.tr("%Ln other(s)", "", n), n)

    def similar_statements(self, n: int) -> str:
        return english(self.tr("%Ln similar statement(s)", "", n), n)

    def place_similar_too(self, n: int, title: str) -> str:
        text = self.tr("Also place %Ln similar statement(s) from the pool in “{title}”?", "", n)
        return english(text, n).replace("{title}", title)  # not format: a title may hold {}

    def not_in_an_opgave(self, n: int) -> str:
        return english(self.tr("%Ln statement(s) not yet in an opgave", "", n), n)

    def move_statements(self, n: int) -> str:
        return english(self.tr("move %Ln statement(s)", "", n), n)

    def return_statements(self, n: int) -> str:
        return english(self.tr("return %Ln statement(s) to the pool", "", n), n)

    def and_survey_answers(self, n: int) -> str:
        return english(self.tr("(and %Ln survey answer(s))", "", n), n)

    def move_statements_to(self, n: int) -> str:
        return english(self.tr("Move %Ln statement(s) to:", "", n), n)

    def changes(self, n: int) -> str:
        return english(self.tr("%Ln change(s)", "", n), n)


_plurals: Plurals | None = None


def plural() -> Plurals:
    global _plurals
    if _plurals is None:
        _plurals = Plurals()
    return _plurals
