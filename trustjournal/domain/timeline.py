"""The rebuilding timeline: which phase a journal is in, counted from its start date.

The four phases follow what couples commonly live through: the first three months,
three to six, six to twelve, and a year and more. They describe what is usual, never
what is expected of anyone; the app uses them to reassure, not to measure.

Months are calendar months. Adding a month to the 31st lands on the last day of a
shorter month (31 January + 1 month = 28 or 29 February), as a person counting on a
calendar would.
"""

from __future__ import annotations

import calendar
import datetime as dt
from enum import StrEnum


class Phase(StrEnum):
    EARLY = "early"  # the first three months
    BUILDING = "building"  # three to six months
    STEADYING = "steadying"  # six to twelve months
    STABLE = "stable"  # a year and more


# The month (counted from the start date) on which each phase begins, in order.
PHASE_START_MONTH: dict[Phase, int] = {
    Phase.EARLY: 0,
    Phase.BUILDING: 3,
    Phase.STEADYING: 6,
    Phase.STABLE: 12,
}
PHASES: tuple[Phase, ...] = tuple(PHASE_START_MONTH)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the end of a shorter month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def months_between(start: dt.date, today: dt.date) -> int:
    """Whole calendar months completed from ``start`` to ``today`` (0 if ``today`` is earlier)."""
    if today <= start:
        return 0
    months = (today.year - start.year) * 12 + (today.month - start.month)
    # The clamped month-end can land after ``today`` (31 Jan → 28 Feb): then one fewer.
    if add_months(start, months) > today:
        months -= 1
    return max(months, 0)


def elapsed(since: dt.date, today: dt.date) -> tuple[int, int]:
    """How long since ``since``, as (whole months, remaining days); (0, 0) if in the future."""
    months = months_between(since, today)
    if today <= since:
        return 0, 0
    return months, (today - add_months(since, months)).days


def phase_for(since: dt.date, today: dt.date) -> Phase:
    """The phase on ``today`` of a journal started on ``since``.

    Exactly three months after the start is already BUILDING, six is STEADYING and twelve
    is STABLE. A start date in the future counts as EARLY.
    """
    months = months_between(since, today)
    current = Phase.EARLY
    for phase, start_month in PHASE_START_MONTH.items():
        if months >= start_month:
            current = phase
    return current


def phase_bounds(since: dt.date, phase: Phase) -> tuple[dt.date, dt.date | None]:
    """The first day of ``phase`` and the first day after it (``None`` for STABLE)."""
    phase = Phase(phase)
    position = PHASES.index(phase)
    start = add_months(since, PHASE_START_MONTH[phase])
    if position + 1 == len(PHASES):
        return start, None
    return start, add_months(since, PHASE_START_MONTH[PHASES[position + 1]])


__all__ = [
    "PHASES",
    "PHASE_START_MONTH",
    "Phase",
    "add_months",
    "elapsed",
    "months_between",
    "phase_bounds",
    "phase_for",
]
