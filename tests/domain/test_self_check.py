"""When a partner's own figures suggest that counselling could help (and when they do not)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

import pytest

from trustjournal.domain.entry import Entry, Kind, Role
from trustjournal.domain.self_check import (
    QUIET_DAYS,
    DataSign,
    data_signs,
    defensive_wording,
    low_mood,
    suggestion_due,
    triggers_not_easing,
)
from trustjournal.domain.trends import MonthTrend

D = dt.date
SINCE = D(2026, 1, 10)
# Six months and more after SINCE; the last complete months are April, May and June.
JULY = D(2026, 7, 20)


def month(first: dt.date, *, triggers: int = 0, mood: float | None = None, moods: int = 0):
    return MonthTrend(
        month=first,
        entries=triggers + moods,
        mood_average=mood,
        mood_count=moods,
        by_kind={Kind.TRIGGER: triggers} if triggers else {},
    )


def trigger_months(first: Sequence[int], recent: Sequence[int]) -> list[MonthTrend]:
    """January to March with ``first`` triggers, April to June with ``recent``."""
    counts = [*first, *recent]
    return [month(D(2026, m + 1, 1), triggers=n) for m, n in enumerate(counts)]


# -- triggers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "recent", "shown"),
    [
        ((3, 2, 1), (2, 2, 2), True),  # as many now as at the start
        ((1, 1, 1), (3, 3, 3), True),  # more now
        ((0, 0, 0), (2, 2, 2), True),  # none written at the start, steady now
        ((5, 4, 3), (2, 2, 2), False),  # easing
        ((1, 0, 1), (1, 0, 1), False),  # two entries never make a pattern
        ((0, 0, 0), (2, 2, 1), False),  # five is still under the minimum
    ],
)
def test_triggers_compare_the_last_three_months_with_the_first_three(
    first: tuple[int, ...], recent: tuple[int, ...], shown: bool
) -> None:
    assert triggers_not_easing(trigger_months(first, recent), SINCE, JULY) is shown


def test_triggers_are_not_judged_before_six_months() -> None:
    trends = trigger_months((1, 1, 1), (5, 5, 5))
    assert triggers_not_easing(trends, SINCE, D(2026, 7, 9)) is False  # 5 months, 29 days
    assert triggers_not_easing(trends, SINCE, D(2026, 7, 10)) is True  # exactly six months


def test_the_current_month_does_not_count_and_missing_months_are_zero() -> None:
    trends = [
        month(D(2026, 1, 1), triggers=2),
        month(D(2026, 5, 1), triggers=3),
        month(D(2026, 7, 1), triggers=40),  # this month: not complete, not counted
    ]
    assert triggers_not_easing(trends, SINCE, JULY) is False  # 3 recent: under the minimum
    trends.append(month(D(2026, 6, 1), triggers=3))
    assert triggers_not_easing(trends, SINCE, JULY) is True


def test_a_start_late_in_the_month_counts_that_month_as_the_first() -> None:
    since = D(2026, 1, 31)
    trends = [month(D(2026, 1, 1), triggers=10), *trigger_months((), ())]
    trends += [month(D(2026, m, 1), triggers=2) for m in (5, 6, 7)]
    # First months: January (10), February, March. Last complete before August: May–July.
    assert triggers_not_easing(trends, since, D(2026, 8, 5)) is False
    trends[0] = month(D(2026, 1, 1), triggers=6)
    assert triggers_not_easing(trends, since, D(2026, 8, 5)) is True


# -- mood ---------------------------------------------------------------------------------------


def mood_months(*averages: float | None, moods: int = 4) -> list[MonthTrend]:
    """April, May and June with the given averages."""
    return [
        month(D(2026, 4 + i, 1), mood=a, moods=moods if a else 0) for i, a in enumerate(averages)
    ]


@pytest.mark.parametrize(
    ("averages", "shown"),
    [
        ((1.5, 2.0, 1.8), True),
        ((2.0, 2.0, 2.0), True),  # an average of exactly 2 is low
        ((1.5, 2.1, 1.8), False),
        ((1.5, None, 1.8), False),  # a month with no mood is not a low month
    ],
)
def test_mood_low_in_each_of_the_last_three_months(
    averages: tuple[float | None, ...], shown: bool
) -> None:
    assert low_mood(mood_months(*averages), SINCE, JULY) is shown


def test_a_month_with_too_few_moods_does_not_count() -> None:
    assert low_mood(mood_months(1.0, 1.0, 1.0, moods=2), SINCE, JULY) is False
    assert low_mood(mood_months(1.0, 1.0, 1.0, moods=3), SINCE, JULY) is True


def test_the_first_three_months_are_expected_to_be_hard() -> None:
    trends = [month(D(2026, m, 1), mood=1.0, moods=10) for m in range(1, 7)]
    # In June, the last complete months are March, April, May: March is still early.
    assert low_mood(trends, SINCE, D(2026, 6, 15)) is False
    assert low_mood(trends, SINCE, D(2026, 7, 1)) is True


# -- defensive wording --------------------------------------------------------------------------

NOON = dt.datetime(2026, 7, 1, 12, tzinfo=dt.UTC)


def entry(number: int, title: str, days_ago: int, kind: Kind = Kind.ACCOUNTABILITY) -> Entry:
    return Entry(
        id=number,
        kind=kind,
        title=title,
        body="",
        date=JULY - dt.timedelta(days=days_ago),
        created_at=NOON,
        updated_at=NOON,
        mood=None,
        emotions=(),
        tags=(),
        session=False,
        due=None,
        outcome=None,
    )


def flags_but(text: str) -> list[str]:
    """A stand-in reader for the unit cases: it flags every text containing "but"."""
    return ["deflecting"] if re.search(r"\bbut\b", text) else []


def entries(flagged: int, plain: int, days_ago: int = 3) -> list[Entry]:
    made = [entry(i, "I'm sorry, but you pushed me", days_ago) for i in range(flagged)]
    made += [entry(100 + i, "I lied and it was wrong", days_ago) for i in range(plain)]
    return made


@pytest.mark.parametrize(
    ("flagged", "plain", "shown"),
    [(3, 2, True), (3, 0, True), (5, 4, True), (3, 3, False), (2, 0, False), (0, 9, False)],
)
def test_defensive_wording_needs_three_flagged_and_more_than_half(
    flagged: int, plain: int, shown: bool
) -> None:
    assert defensive_wording(entries(flagged, plain), JULY, flags_but) is shown


def test_only_accountability_entries_of_the_last_sixty_days_count() -> None:
    inside = entries(2, 0, days_ago=59)
    assert defensive_wording(inside, JULY, flags_but) is False
    older = [entry(50, "sorry but", 60), entry(51, "sorry but", 200)]
    assert defensive_wording(inside + older, JULY, flags_but) is False
    other_kind = [entry(60, "sorry but", 1, Kind.REFLECTION)]
    future = [entry(61, "sorry but", -1)]
    assert defensive_wording(inside + other_kind + future, JULY, flags_but) is False
    assert defensive_wording([*inside, entry(62, "sorry but", 0)], JULY, flags_but) is True


def test_the_body_is_read_too() -> None:
    made = [entry(i, "About last night", 1) for i in range(3)]
    made = [dataclasses.replace(e, body="I'm sorry, but you never listen") for e in made]
    assert defensive_wording(made, JULY, flags_but) is True


# -- together -----------------------------------------------------------------------------------


def test_each_role_sees_only_its_own_signs() -> None:
    trends = [
        *trigger_months((1, 1, 1), ()),
        *[month(D(2026, 4 + i, 1), triggers=3, mood=1.5, moods=5) for i in range(3)],
    ]
    defensive = entries(4, 0)
    assert data_signs(Role.HURT, SINCE, JULY, trends, defensive, flags_but) == (
        DataSign.TRIGGERS_NOT_EASING,
        DataSign.LOW_MOOD,
    )
    assert data_signs(Role.REPAIRING, SINCE, JULY, trends, defensive, flags_but) == (
        DataSign.DEFENSIVE_WORDING,
        DataSign.LOW_MOOD,
    )
    assert data_signs(Role.HURT, SINCE, JULY, [], [], flags_but) == ()
    assert data_signs(Role.REPAIRING, JULY, JULY, [], [], flags_but) == ()


def test_a_dismissed_suggestion_stays_away_for_ninety_days() -> None:
    assert QUIET_DAYS == 90
    assert suggestion_due(None, JULY) is True
    assert suggestion_due(JULY, JULY) is False
    assert suggestion_due(JULY - dt.timedelta(days=89), JULY) is False
    assert suggestion_due(JULY - dt.timedelta(days=90), JULY) is True
    assert suggestion_due(JULY + dt.timedelta(days=5), JULY) is False  # a clock set back


def test_the_accountability_coach_reads_the_entries_by_default() -> None:
    deflecting = [
        "I'm sorry if you were upset.",
        "I'm sorry, but you were never home.",
        "I already apologised, can we move on now?",
    ]
    owning = [
        "I lied to you about where I was, and that was wrong.",
        "This is on me. You didn't cause it.",
        "I broke my promise about the money and I understand why you are angry.",
    ]
    flagged = [entry(i, text, 2) for i, text in enumerate(deflecting)]
    accountable = [entry(10 + i, text, 2) for i, text in enumerate(owning)]
    assert defensive_wording(flagged, JULY) is True
    assert defensive_wording(accountable, JULY) is False
    assert defensive_wording(flagged + accountable, JULY) is False  # three of six: not most
