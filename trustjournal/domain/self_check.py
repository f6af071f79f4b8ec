"""When a partner's own journal suggests that a couples counsellor could help.

Three signs, read only from the partner's own entries and only on their own computer:

- the hurt partner's triggers have not eased after six months or more;
- the repairing partner's accountability entries often contain defensive wording
  (as the accountability coach reads it);
- either partner's mood has stayed low, month after month, past the first three months.

A sign never grades anyone. It is a reason for the app to suggest, gently and once in a
while, that help exists. Thresholds are set so that a handful of entries never raises
a sign: a suggestion made on thin evidence would feel like being watched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum

from trustjournal.domain import coach
from trustjournal.domain.entry import Entry, Kind, Role
from trustjournal.domain.timeline import PHASES, Phase, phase_for
from trustjournal.domain.trends import MonthTrend, add_months, month_start

# Triggers: the last three complete months against the first three of the journal.
COMPARED_MONTHS = 3
MIN_RECENT_TRIGGERS = 6  # about two a month; fewer is not a pattern worth a suggestion
# Defensive wording: accountability entries of the last 60 days.
DEFENSIVE_WINDOW_DAYS = 60
MIN_FLAGGED_ENTRIES = 3
# Low mood: each of the last three complete months, after the first three.
LOW_MOOD_AVERAGE = 2.0
MIN_MOODS_PER_MONTH = 3
# A dismissed suggestion stays away this long, and comes back only if the sign persists.
QUIET_DAYS = 90

Checker = Callable[[str], Sequence[object]]


class DataSign(StrEnum):
    TRIGGERS_NOT_EASING = "triggers_not_easing"
    DEFENSIVE_WORDING = "defensive_wording"
    LOW_MOOD = "low_mood"


SIGNS_BY_ROLE: Mapping[Role, tuple[DataSign, ...]] = {
    Role.HURT: (DataSign.TRIGGERS_NOT_EASING, DataSign.LOW_MOOD),
    Role.REPAIRING: (DataSign.DEFENSIVE_WORDING, DataSign.LOW_MOOD),
}


def _at_least(since: dt.date, today: dt.date, phase: Phase) -> bool:
    return PHASES.index(phase_for(since, today)) >= PHASES.index(phase)


def _complete_months_before(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the ``count`` whole calendar months before ``today``'s month."""
    this_month = month_start(today)
    return [add_months(this_month, -back) for back in range(count, 0, -1)]


def triggers_not_easing(trends: Sequence[MonthTrend], since: dt.date, today: dt.date) -> bool:
    """Whether triggers come as often now as at the start, six months or more in.

    True when the journal has reached STEADYING, the last three complete months hold
    at least :data:`MIN_RECENT_TRIGGERS` trigger entries, and no fewer than the first
    three months of the journal (the start date's month and the two after it).
    """
    if not _at_least(since, today, Phase.STEADYING):
        return False
    by_month = {trend.month: trend for trend in trends}

    def triggers(months: Sequence[dt.date]) -> int:
        return sum(by_month[m].count(Kind.TRIGGER) for m in months if m in by_month)

    first = triggers([add_months(month_start(since), i) for i in range(COMPARED_MONTHS)])
    recent = triggers(_complete_months_before(today, COMPARED_MONTHS))
    return recent >= MIN_RECENT_TRIGGERS and recent >= first


def low_mood(trends: Sequence[MonthTrend], since: dt.date, today: dt.date) -> bool:
    """Whether mood averaged 2 or lower in each of the last three complete months.

    Only months after the journal's first three count (early months are expected to be
    hard), and each needs at least :data:`MIN_MOODS_PER_MONTH` moods, so that one or two
    sad entries never decide a month.
    """
    months = _complete_months_before(today, COMPARED_MONTHS)
    if months[0] < add_months(month_start(since), COMPARED_MONTHS):
        return False
    by_month = {trend.month: trend for trend in trends}
    for month in months:
        trend = by_month.get(month)
        if trend is None or trend.mood_count < MIN_MOODS_PER_MONTH:
            return False
        if trend.mood_average is None or trend.mood_average > LOW_MOOD_AVERAGE:
            return False
    return True


def defensive_wording(
    accountability: Sequence[Entry], today: dt.date, check: Checker | None = None
) -> bool:
    """Whether the coach flagged most of the recent accountability entries.

    Of the accountability entries dated in the last :data:`DEFENSIVE_WINDOW_DAYS` days,
    at least :data:`MIN_FLAGGED_ENTRIES` and more than half must have a finding.
    Other kinds of entry in ``accountability`` are ignored. ``check`` reads one text
    and returns its findings (the accountability coach's :func:`~.coach.check` by default).
    """
    check = check or coach.check
    start = today - dt.timedelta(days=DEFENSIVE_WINDOW_DAYS)
    recent = [
        entry
        for entry in accountability
        if entry.kind is Kind.ACCOUNTABILITY and start < entry.date <= today
    ]
    flagged = sum(1 for entry in recent if check(f"{entry.title}\n{entry.body}"))
    return flagged >= MIN_FLAGGED_ENTRIES and flagged * 2 > len(recent)


def data_signs(
    role: Role,
    since: dt.date,
    today: dt.date,
    trends: Sequence[MonthTrend],
    accountability: Sequence[Entry] = (),
    check: Checker | None = None,
) -> tuple[DataSign, ...]:
    """The signs that ``role``'s own figures show today, in a stable order."""
    found: list[DataSign] = []
    for sign in SIGNS_BY_ROLE[Role(role)]:
        if sign is DataSign.TRIGGERS_NOT_EASING:
            shown = triggers_not_easing(trends, since, today)
        elif sign is DataSign.DEFENSIVE_WORDING:
            shown = defensive_wording(accountability, today, check)
        else:
            shown = low_mood(trends, since, today)
        if shown:
            found.append(sign)
    return tuple(found)


def suggestion_due(dismissed_on: dt.date | None, today: dt.date) -> bool:
    """Whether a suggestion for a present sign may be shown: never dismissed, or 90 days ago."""
    return dismissed_on is None or (today - dismissed_on).days >= QUIET_DAYS


__all__ = [
    "QUIET_DAYS",
    "SIGNS_BY_ROLE",
    "DataSign",
    "data_signs",
    "defensive_wording",
    "low_mood",
    "suggestion_due",
    "triggers_not_easing",
]
