"""What the verslag says about a survey: counts per option and role, and the open answers."""

from __future__ import annotations

from typing import NamedTuple

ROLES = ("resident", "professional", "civil_servant", "other")  # Role values, in this order


class OptionCount(NamedTuple):
    answer: str
    total: int
    by_role: dict[str, int]  # Role value → respondents who chose it


class ClosedQuestion(NamedTuple):
    question: str
    respondents: int  # who answered it
    respondents_by_role: dict[str, int]
    options: tuple[OptionCount, ...]  # most chosen first

    def percent(self, option: OptionCount, role: str | None = None) -> float:
        """The share of the (role's) respondents to this question who chose ``option``."""
        if role is None:
            base, count = self.respondents, option.total
        else:
            base, count = self.respondents_by_role.get(role, 0), option.by_role.get(role, 0)
        return 100.0 * count / base if base else 0.0

    @property
    def roles(self) -> tuple[str, ...]:
        """The roles that answered, in the usual order."""
        return tuple(r for r in ROLES if self.respondents_by_role.get(r))


class OpenQuestion(NamedTuple):
    question: str
    answers: int
    placed: tuple[tuple[str, int], ...]  # (opgave title, answers placed there), board order

    @property
    def unplaced(self) -> int:
        return self.answers - sum(n for _, n in self.placed)


class SurveyResults(NamedTuple):
    closed: tuple[ClosedQuestion, ...]
    open: tuple[OpenQuestion, ...]

    def __bool__(self) -> bool:
        return bool(self.closed or self.open)
