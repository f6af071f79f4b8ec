"""Phases of the rebuilding timeline, counted in calendar months from the start date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.domain.timeline import (
    PHASES,
    Phase,
    add_months,
    elapsed,
    months_between,
    phase_bounds,
    phase_for,
)

D = dt.date
ONE_DAY = dt.timedelta(days=1)
START = D(2026, 1, 15)


@pytest.mark.parametrize(
    ("months", "phase"),
    [(0, Phase.EARLY), (3, Phase.BUILDING), (6, Phase.STEADYING), (12, Phase.STABLE)],
)
def test_each_boundary_starts_its_phase_and_the_day_before_is_the_one_before(
    months: int, phase: Phase
) -> None:
    boundary = add_months(START, months)
    assert phase_for(START, boundary) is phase
    if months:
        assert phase_for(START, boundary - ONE_DAY) is PHASES[PHASES.index(phase) - 1]
    assert phase_for(START, boundary + ONE_DAY) is phase


def test_the_start_day_and_the_first_months_are_early() -> None:
    assert months_between(START, START) == 0
    assert phase_for(START, START) is Phase.EARLY
    assert phase_for(START, D(2026, 4, 14)) is Phase.EARLY
    assert phase_for(START, D(2026, 4, 15)) is Phase.BUILDING


def test_years_later_is_still_stable() -> None:
    assert phase_for(START, D(2036, 1, 1)) is Phase.STABLE
    assert months_between(START, D(2036, 1, 15)) == 120


def test_a_start_date_in_the_future_counts_as_early() -> None:
    assert months_between(D(2026, 5, 1), D(2026, 4, 1)) == 0
    assert phase_for(D(2026, 5, 1), D(2026, 4, 1)) is Phase.EARLY
    assert elapsed(D(2026, 5, 1), D(2026, 4, 1)) == (0, 0)


@pytest.mark.parametrize(
    ("start", "today", "months"),
    [
        (D(2026, 1, 31), D(2026, 2, 27), 0),
        (D(2026, 1, 31), D(2026, 2, 28), 1),  # the shorter month's last day completes it
        (D(2026, 1, 31), D(2026, 3, 30), 1),
        (D(2026, 1, 31), D(2026, 3, 31), 2),
        (D(2026, 1, 31), D(2026, 4, 29), 2),
        (D(2026, 1, 31), D(2026, 4, 30), 3),
        (D(2026, 3, 31), D(2026, 4, 30), 1),
        (D(2026, 8, 31), D(2027, 2, 28), 6),
        (D(2026, 1, 30), D(2026, 2, 28), 1),
    ],
)
def test_month_ends_count_like_a_calendar(start: dt.date, today: dt.date, months: int) -> None:
    assert months_between(start, today) == months


def test_january_31_reaches_building_on_april_30() -> None:
    start = D(2026, 1, 31)
    assert phase_bounds(start, Phase.EARLY) == (start, D(2026, 4, 30))
    assert phase_for(start, D(2026, 4, 29)) is Phase.EARLY
    assert phase_for(start, D(2026, 4, 30)) is Phase.BUILDING
    assert phase_for(start, D(2026, 7, 30)) is Phase.BUILDING
    assert phase_for(start, D(2026, 7, 31)) is Phase.STEADYING


@pytest.mark.parametrize(
    ("start", "today", "months"),
    [
        (D(2024, 2, 29), D(2024, 3, 28), 0),
        (D(2024, 2, 29), D(2024, 3, 29), 1),
        (D(2024, 2, 29), D(2025, 2, 27), 11),
        (D(2024, 2, 29), D(2025, 2, 28), 12),  # no 29th in 2025: the 28th completes the year
        (D(2023, 11, 30), D(2024, 2, 29), 3),  # into a leap February
        (D(2023, 11, 30), D(2024, 2, 28), 2),
        (D(2024, 1, 29), D(2024, 2, 29), 1),
        (D(2025, 1, 29), D(2025, 2, 28), 1),  # no 29 Feb in 2025
    ],
)
def test_leap_days(start: dt.date, today: dt.date, months: int) -> None:
    assert months_between(start, today) == months


def test_a_leap_day_start_is_stable_a_year_later() -> None:
    start = D(2024, 2, 29)
    assert phase_bounds(start, Phase.STABLE) == (D(2025, 2, 28), None)
    assert phase_for(start, D(2025, 2, 27)) is Phase.STEADYING
    assert phase_for(start, D(2025, 2, 28)) is Phase.STABLE


def test_phase_bounds_follow_each_other_without_gaps() -> None:
    bounds = [phase_bounds(START, phase) for phase in PHASES]
    assert bounds == [
        (D(2026, 1, 15), D(2026, 4, 15)),
        (D(2026, 4, 15), D(2026, 7, 15)),
        (D(2026, 7, 15), D(2027, 1, 15)),
        (D(2027, 1, 15), None),
    ]


def test_elapsed_gives_months_and_the_days_after_them() -> None:
    assert elapsed(START, START) == (0, 0)
    assert elapsed(START, D(2026, 1, 27)) == (0, 12)
    assert elapsed(START, D(2026, 4, 20)) == (3, 5)
    assert elapsed(D(2026, 1, 31), D(2026, 3, 1)) == (1, 1)  # 28 Feb + 1 day


@given(
    st.dates(min_value=D(1970, 1, 1), max_value=D(2100, 1, 1)),
    st.integers(min_value=0, max_value=400),
)
def test_every_phase_lies_inside_its_bounds(start: dt.date, days: int) -> None:
    today = start + dt.timedelta(days=days)
    phase = phase_for(start, today)
    first, after = phase_bounds(start, phase)
    assert first <= today
    assert after is None or today < after
    months, rest = elapsed(start, today)
    assert add_months(start, months) + dt.timedelta(days=rest) == today
    assert months_between(start, today + ONE_DAY) >= months
