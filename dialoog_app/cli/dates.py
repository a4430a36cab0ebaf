"""Dates as the command line writes them, in the chosen language, without Qt's QLocale
(the same forms the app's QLocale gives: "dinsdag 11 april 2023", "2 december 2026 12:08")."""

from __future__ import annotations

import datetime as dt

from .catalogue import chosen_language

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _month(day: dt.date) -> str:
    from dialoog_app.export import dutch  # here: the GUI's start imports this module

    return dutch.MONTHS[day.month - 1] if chosen_language() == "nl" else _MONTHS[day.month - 1]


def long_date(day: dt.date) -> str:
    """QLocale's "dddd d MMMM yyyy"."""
    if chosen_language() == "nl":
        from dialoog_app.export import dutch

        return dutch.long_date(day)
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_month(day)} {day.year}"


def moment(when: dt.datetime) -> str:
    """A UTC moment in local time, QLocale's "d MMMM yyyy HH:mm"."""
    local = when.astimezone()
    return f"{local.day} {_month(local)} {local.year} {local:%H:%M}"
