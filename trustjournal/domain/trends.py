"""A partner's own journal, month by month: how much was written, mood, promises.

The numbers come from :func:`trustjournal.vault.stats.month_trends`; this module holds
their shape, the calendar arithmetic and which counts each role's chart shows. It
describes; it never rates. There is no score, streak or "good month" here on purpose:
healing does not move at a pace that a number could judge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from types import MappingProxyType

from trustjournal.domain.entry import Kind, Outcome, Role


@dataclasses.dataclass(frozen=True, slots=True)
class MonthTrend:
    """One calendar month of a journal.

    ``entries``, ``by_kind`` and the mood figures count entries by the month of their
    date. ``promises_due`` and ``outcomes`` count promises by the month they fall due:
    their due date, or their entry date when they have none (see
    :func:`promise_month`), so ``sum(outcomes.values()) == promises_due``.
    """

    month: dt.date  # the first day of the month
    entries: int = 0
    mood_average: float | None = None
    mood_count: int = 0
    by_kind: Mapping[Kind, int] = dataclasses.field(default_factory=dict)
    promises_due: int = 0
    outcomes: Mapping[Outcome, int] = dataclasses.field(default_factory=dict)

    def count(self, kind: Kind) -> int:
        """How many entries of ``kind`` are dated in this month."""
        return self.by_kind.get(kind, 0)

    def outcome(self, outcome: Outcome) -> int:
        """How many promises falling due in this month have ``outcome`` now."""
        return self.outcomes.get(outcome, 0)


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after ``month``'s (negative goes back)."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def months_from(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first days of every month from ``first``'s to ``last``'s, both included."""
    start, end = month_start(first), month_start(last)
    months: list[dt.date] = []
    while start <= end:
        months.append(start)
        start = add_months(start, 1)
    return months


def promise_month(due: dt.date | None, date: dt.date) -> dt.date:
    """The month a promise is counted in: when it falls due, else when it was made.

    A promise is kept or missed around its due date, not when it was written down,
    and the outcome carries no date of its own (it can be recorded days later, or
    corrected), so the due date is the one steady anchor for "how did that month go".
    """
    return month_start(due if due is not None else date)


def fill_months(
    found: Iterable[MonthTrend],
    *,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[MonthTrend]:
    """Every month from the first to the last, in order; months not in ``found`` are zeros.

    ``first`` and ``last`` widen (or narrow) the range to those dates' months; without
    them the range is that of ``found``. Nothing at all gives an empty list.
    """
    by_month = {trend.month: trend for trend in found}
    known = sorted(by_month)
    start = month_start(first) if first is not None else (known[0] if known else None)
    end = month_start(last) if last is not None else (known[-1] if known else None)
    if start is None or end is None:
        return []
    return [by_month.get(month, MonthTrend(month)) for month in months_from(start, end)]


class CountSeries(StrEnum):
    """A monthly count that a partner's chart can show beside their mood."""

    TRIGGERS = "triggers"
    NOTICED_CHANGES = "noticed_changes"
    PROMISES_KEPT = "promises_kept"
    TRANSPARENCY = "transparency"

    def in_month(self, trend: MonthTrend) -> int:
        """This series' value in one month."""
        if self is CountSeries.TRIGGERS:
            return trend.count(Kind.TRIGGER)
        if self is CountSeries.NOTICED_CHANGES:
            return trend.count(Kind.NOTICED_CHANGE)
        if self is CountSeries.PROMISES_KEPT:
            return trend.outcome(Outcome.KEPT)
        return trend.count(Kind.TRANSPARENCY)


SERIES_BY_ROLE: Mapping[Role, tuple[CountSeries, ...]] = MappingProxyType(
    {
        Role.HURT: (CountSeries.TRIGGERS, CountSeries.NOTICED_CHANGES),
        Role.REPAIRING: (CountSeries.PROMISES_KEPT, CountSeries.TRANSPARENCY),
    }
)


def series_for(role: Role) -> tuple[CountSeries, ...]:
    """The counts shown on ``role``'s own chart, in legend order."""
    return SERIES_BY_ROLE[Role(role)]


def last_months(trends: Sequence[MonthTrend], count: int) -> list[MonthTrend]:
    """The last ``count`` months of ``trends`` (all of them if there are fewer)."""
    return list(trends[-count:]) if count > 0 else []
