"""Which backups to keep: every one from the last hour, hourly for a day, daily for a month,
weekly after that (as Anki and Time Machine thin theirs), so they never fill the disk.

Pure: the moments come in, the ones to keep go out; ``now`` is passed in (a fake clock in
tests). Buckets are calendar hours, days and ISO weeks in UTC, and each keeps its newest
backup — so thinning again later never needs a backup it has already let go. A bucket is
thinned once it has wholly passed its age (an hour that ended more than an hour ago …).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
MONTH = dt.timedelta(days=30)

WEEK = dt.timedelta(days=7)

Bucket = tuple[str, dt.datetime]


def _bucket(moment: dt.datetime, now: dt.datetime) -> Bucket | None:
    """The bucket a backup belongs to at ``now``; None: kept on its own (the last hour).

    A whole bucket changes level at once, when all of it is older than the level's age:
    so the newest of a day is the newest of its last hour, which was kept, and so on.
    """
    hour = moment.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
    day = hour.replace(hour=0)
    week = day - dt.timedelta(days=day.weekday())  # ISO weeks start on Monday
    if now - (week + WEEK) > MONTH:
        return ("week", week)
    if now - (day + DAY) > DAY:
        return ("day", day)
    if now - (hour + HOUR) > HOUR:
        return ("hour", hour)
    return None


def backups_to_keep(moments: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The moments to keep; the newest is always kept (also one from the future)."""
    newest_of: dict[Bucket, dt.datetime] = {}
    kept: set[dt.datetime] = set()
    all_moments = list(moments)
    for moment in all_moments:
        bucket = _bucket(moment, now)
        if bucket is None:
            kept.add(moment)
        elif bucket not in newest_of or moment > newest_of[bucket]:
            newest_of[bucket] = moment
    kept.update(newest_of.values())
    if all_moments:
        kept.add(max(all_moments))
    return kept


def thin(
    moments: Iterable[dt.datetime], now: dt.datetime, delete: Callable[[dt.datetime], None]
) -> None:
    """Call ``delete`` for every moment not kept."""
    moments = list(moments)
    keep = backups_to_keep(moments, now)
    for moment in moments:
        if moment not in keep:
            delete(moment)
