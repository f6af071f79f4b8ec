"""Calendar arithmetic and the monthly figures' shape (no database here)."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.domain import Kind, Outcome, Role
from trustjournal.domain.trends import (
    CountSeries,
    MonthTrend,
    add_months,
    fill_months,
    last_months,
    month_start,
    months_from,
    promise_month,
    series_for,
)

D = dt.date


@pytest.mark.parametrize(
    ("month", "count", "expected"),
    [
        (D(2026, 1, 1), 1, D(2026, 2, 1)),
        (D(2025, 12, 1), 1, D(2026, 1, 1)),
        (D(2026, 1, 1), -1, D(2025, 12, 1)),
        (D(2026, 3, 1), -14, D(2025, 1, 1)),
        (D(2028, 1, 1), 1, D(2028, 2, 1)),
        (D(2026, 5, 1), 0, D(2026, 5, 1)),
        (D(2026, 1, 1), 24, D(2028, 1, 1)),
    ],
)
def test_add_months_crosses_years_both_ways(month, count, expected) -> None:
    assert add_months(month, count) == expected


def test_month_start_of_month_ends_and_leap_day() -> None:
    assert month_start(D(2026, 1, 31)) == D(2026, 1, 1)
    assert month_start(D(2026, 2, 1)) == D(2026, 2, 1)
    assert month_start(D(2028, 2, 29)) == D(2028, 2, 1)
    assert month_start(D(2025, 12, 31)) == D(2025, 12, 1)


def test_months_from_includes_both_ends_across_a_year_change() -> None:
    assert months_from(D(2025, 11, 30), D(2026, 2, 1)) == [
        D(2025, 11, 1),
        D(2025, 12, 1),
        D(2026, 1, 1),
        D(2026, 2, 1),
    ]
    assert months_from(D(2026, 3, 5), D(2026, 3, 9)) == [D(2026, 3, 1)]
    assert months_from(D(2026, 4, 1), D(2026, 3, 1)) == []


def test_a_promise_counts_in_its_due_month_else_its_entry_month() -> None:
    assert promise_month(D(2026, 2, 1), D(2026, 1, 31)) == D(2026, 2, 1)
    assert promise_month(None, D(2026, 1, 31)) == D(2026, 1, 1)
    assert promise_month(D(2026, 1, 2), D(2025, 12, 20)) == D(2026, 1, 1)
    assert promise_month(D(2028, 2, 29), D(2028, 2, 1)) == D(2028, 2, 1)


def test_fill_months_puts_zeros_in_the_gaps() -> None:
    jan = MonthTrend(D(2026, 1, 1), entries=3, mood_average=2.5, mood_count=2)
    apr = MonthTrend(D(2026, 4, 1), entries=1)
    filled = fill_months([apr, jan])
    assert [t.month for t in filled] == [D(2026, m, 1) for m in (1, 2, 3, 4)]
    assert filled[0] is jan and filled[3] is apr
    assert filled[1] == MonthTrend(D(2026, 2, 1))
    assert filled[1].entries == 0 and filled[1].mood_average is None
    assert filled[1].mood_count == 0 and filled[1].promises_due == 0
    assert dict(filled[1].by_kind) == {} and dict(filled[1].outcomes) == {}


def test_fill_months_widens_and_narrows_to_the_given_dates() -> None:
    jan = MonthTrend(D(2026, 1, 1), entries=3)
    assert [t.month for t in fill_months([jan], last=D(2026, 3, 17))] == [
        D(2026, 1, 1),
        D(2026, 2, 1),
        D(2026, 3, 1),
    ]
    assert [t.month for t in fill_months([jan], first=D(2025, 12, 31))] == [
        D(2025, 12, 1),
        D(2026, 1, 1),
    ]
    assert fill_months([]) == []
    assert [t.entries for t in fill_months([], first=D(2026, 1, 9), last=D(2026, 2, 2))] == [0, 0]


def test_each_role_sees_its_own_counts() -> None:
    assert series_for(Role.HURT) == (CountSeries.TRIGGERS, CountSeries.NOTICED_CHANGES)
    assert series_for(Role.REPAIRING) == (CountSeries.PROMISES_KEPT, CountSeries.TRANSPARENCY)
    trend = MonthTrend(
        D(2026, 1, 1),
        entries=9,
        by_kind={Kind.TRIGGER: 4, Kind.NOTICED_CHANGE: 2, Kind.TRANSPARENCY: 3},
        promises_due=3,
        outcomes={Outcome.KEPT: 2, Outcome.MISSED: 1},
    )
    assert [s.in_month(trend) for s in CountSeries] == [4, 2, 2, 3]
    assert trend.count(Kind.FEELING) == 0 and trend.outcome(Outcome.OPEN) == 0


def test_last_months_keeps_the_newest() -> None:
    trends = [MonthTrend(D(2026, m, 1)) for m in range(1, 7)]
    assert [t.month.month for t in last_months(trends, 3)] == [4, 5, 6]
    assert last_months(trends, 10) == trends
    assert last_months(trends, 0) == []
