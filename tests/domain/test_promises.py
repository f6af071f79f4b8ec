"""Promises: next due dates, repeats, what is due soon, follow-through by month, the nudge."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from trustjournal.domain import Entry, Kind, Outcome, Repeat
from trustjournal.domain.promises import (
    FollowThrough,
    follow_through,
    in_play,
    is_in_play,
    next_due,
    noticed_change_nudge,
    promise_overview,
)

D = dt.date
_ids = iter(range(1, 1_000_000))


def promise(
    date: dt.date,
    due: dt.date | None = None,
    outcome: Outcome | None = Outcome.OPEN,
    repeat: Repeat | None = None,
    title: str = "Call when I leave work",
    kind: Kind = Kind.PROMISE,
) -> Entry:
    moment = dt.datetime(date.year, date.month, date.day, 12, tzinfo=dt.UTC)
    return Entry(
        id=next(_ids),
        kind=kind,
        title=title,
        body="",
        date=date,
        created_at=moment,
        updated_at=moment,
        mood=None,
        emotions=(),
        tags=(),
        session=False,
        due=due,
        outcome=outcome,
        repeat=repeat,
    )


# -- next_due ---------------------------------------------------------------------------------


def test_a_one_off_promise_is_due_on_its_date_even_when_that_has_passed() -> None:
    today = D(2026, 2, 3)
    assert next_due(promise(D(2026, 1, 20), D(2026, 2, 10)), today) == D(2026, 2, 10)
    assert next_due(promise(D(2026, 1, 20), D(2026, 1, 31)), today) == D(2026, 1, 31)
    assert next_due(promise(D(2026, 1, 20)), today) is None


@pytest.mark.parametrize(
    "outcome", [Outcome.KEPT, Outcome.PARTLY_KEPT, Outcome.MISSED, Outcome.RENEGOTIATED]
)
def test_a_one_off_promise_with_an_outcome_is_no_longer_due(outcome) -> None:
    entry = promise(D(2026, 1, 20), D(2026, 2, 10), outcome)
    assert next_due(entry, D(2026, 2, 1)) is None
    assert not is_in_play(entry)


def test_a_promise_without_an_outcome_counts_as_open() -> None:
    entry = promise(D(2026, 1, 20), D(2026, 2, 10), None)
    assert is_in_play(entry) and next_due(entry, D(2026, 2, 1)) == D(2026, 2, 10)
    assert follow_through([entry])[0].open == 1


def test_other_kinds_are_never_due() -> None:
    entry = promise(D(2026, 1, 20), kind=Kind.SMALL_ACTION, outcome=None)
    assert next_due(entry, D(2026, 1, 20)) is None and not is_in_play(entry)


@pytest.mark.parametrize(
    ("date", "due", "repeat", "today", "expected"),
    [
        # daily from the due date: today, whatever day that is
        (D(2026, 1, 5), D(2026, 1, 10), Repeat.DAILY, D(2026, 1, 31), D(2026, 1, 31)),
        (D(2026, 1, 5), D(2026, 1, 10), Repeat.DAILY, D(2026, 2, 1), D(2026, 2, 1)),
        # not started yet: the first round is the anchor
        (D(2026, 1, 5), D(2026, 1, 10), Repeat.DAILY, D(2026, 1, 6), D(2026, 1, 10)),
        (D(2026, 1, 5), None, Repeat.WEEKLY, D(2026, 1, 5), D(2026, 1, 5)),
        # weekly from the entry date (a Wednesday), across the end of January
        (D(2026, 1, 28), None, Repeat.WEEKLY, D(2026, 2, 2), D(2026, 2, 4)),
        (D(2026, 1, 28), None, Repeat.WEEKLY, D(2026, 2, 4), D(2026, 2, 4)),
        (D(2026, 1, 28), None, Repeat.WEEKLY, D(2026, 2, 5), D(2026, 2, 11)),
        # across the year change
        (D(2025, 12, 1), D(2025, 12, 29), Repeat.WEEKLY, D(2026, 1, 1), D(2026, 1, 5)),
        (D(2025, 12, 31), None, Repeat.DAILY, D(2026, 1, 1), D(2026, 1, 1)),
        # leap day in a leap year, and the same dates in a common year
        (D(2028, 2, 22), None, Repeat.WEEKLY, D(2028, 2, 26), D(2028, 2, 29)),
        (D(2027, 2, 22), None, Repeat.WEEKLY, D(2027, 2, 26), D(2027, 3, 1)),
        (D(2028, 2, 1), D(2028, 2, 28), Repeat.DAILY, D(2028, 2, 29), D(2028, 2, 29)),
        (D(2028, 2, 29), None, Repeat.WEEKLY, D(2028, 3, 1), D(2028, 3, 7)),
    ],
)
def test_repeating_promises_come_round(date, due, repeat, today, expected) -> None:
    entry = promise(date, due, repeat=repeat)
    assert next_due(entry, today) == expected
    assert expected >= today


@pytest.mark.parametrize("outcome", [Outcome.KEPT, Outcome.PARTLY_KEPT, Outcome.MISSED])
def test_a_repeating_promise_keeps_coming_round_after_a_round_is_recorded(outcome) -> None:
    entry = promise(D(2026, 1, 1), repeat=Repeat.WEEKLY, outcome=outcome)
    assert is_in_play(entry)
    assert next_due(entry, D(2026, 1, 9)) == D(2026, 1, 15)


def test_a_renegotiated_repeating_promise_stops() -> None:
    entry = promise(D(2026, 1, 1), repeat=Repeat.DAILY, outcome=Outcome.RENEGOTIATED)
    assert not is_in_play(entry) and next_due(entry, D(2026, 1, 9)) is None


# -- what is open and due soon ----------------------------------------------------------------


def test_due_soon_holds_the_overdue_and_the_next_seven_days_soonest_first() -> None:
    today = D(2026, 1, 30)
    overdue = promise(D(2026, 1, 2), D(2026, 1, 27))
    due_today = promise(D(2026, 1, 20), today)
    in_seven = promise(D(2026, 1, 20), D(2026, 2, 6))
    in_eight = promise(D(2026, 1, 20), D(2026, 2, 7))
    undated = promise(D(2026, 1, 3))
    weekly = promise(D(2026, 1, 1), repeat=Repeat.WEEKLY)  # Thursdays: next is Feb 5
    kept = promise(D(2026, 1, 20), D(2026, 1, 29), Outcome.KEPT)
    overview = promise_overview(
        [in_eight, undated, kept, weekly, in_seven, due_today, overdue], today
    )
    assert [(i.entry, i.days) for i in overview.due_soon] == [
        (overdue, -3),
        (due_today, 0),
        (weekly, 6),
        (in_seven, 7),
    ]
    assert overview.due_soon[0].overdue and not overview.due_soon[1].overdue
    assert overview.due_soon[2].repeating and not overview.due_soon[0].repeating
    assert [i.entry for i in overview.open] == [
        overdue,
        due_today,
        weekly,
        in_seven,
        in_eight,
        undated,
    ]
    assert overview.open[-1].due is None and overview.open[-1].days is None


def test_nothing_in_play_gives_empty_lists() -> None:
    overview = promise_overview([], D(2026, 1, 1))
    assert overview.open == () and overview.due_soon == () and overview.by_month == ()
    assert in_play([promise(D(2026, 1, 1), outcome=Outcome.KEPT)], D(2026, 1, 1)) == []


# -- follow-through by month ------------------------------------------------------------------


def test_outcomes_fall_in_the_month_of_the_due_date_at_a_month_boundary() -> None:
    promises = [
        promise(D(2026, 1, 10), D(2026, 1, 31), Outcome.KEPT),
        promise(D(2026, 1, 31), D(2026, 2, 1), Outcome.MISSED),
        promise(D(2026, 1, 31), None, Outcome.PARTLY_KEPT),  # no due date: its own date
        promise(D(2026, 2, 1), None, Outcome.RENEGOTIATED),
        promise(D(2026, 1, 20), D(2026, 2, 1), Outcome.OPEN),
    ]
    assert follow_through(promises) == [
        FollowThrough(D(2026, 1, 1), kept=1, partly_kept=1),
        FollowThrough(D(2026, 2, 1), missed=1, renegotiated=1, open=1),
    ]


def test_follow_through_across_the_year_change_fills_the_months_between() -> None:
    promises = [
        promise(D(2025, 11, 20), D(2025, 12, 31), Outcome.KEPT),
        promise(D(2025, 12, 31), D(2026, 1, 1), Outcome.KEPT),
        promise(D(2025, 12, 15), D(2026, 3, 2), Outcome.RENEGOTIATED),
    ]
    months = follow_through(promises)
    assert [m.month for m in months] == [
        D(2025, 12, 1),
        D(2026, 1, 1),
        D(2026, 2, 1),
        D(2026, 3, 1),
    ]
    assert [m.kept for m in months] == [1, 1, 0, 0]
    assert months[2] == FollowThrough(D(2026, 2, 1)) and months[2].total == 0
    assert months[3].renegotiated == 1 and months[3].total == 1


def test_follow_through_on_a_leap_day() -> None:
    promises = [
        promise(D(2028, 2, 20), D(2028, 2, 29), Outcome.KEPT),
        promise(D(2028, 2, 29), None, Outcome.PARTLY_KEPT),
        promise(D(2028, 2, 29), D(2028, 3, 1), Outcome.KEPT),
    ]
    feb, mar = follow_through(promises)
    assert (feb.month, feb.kept, feb.partly_kept, feb.total) == (D(2028, 2, 1), 1, 1, 2)
    assert (mar.month, mar.kept, mar.total) == (D(2028, 3, 1), 1, 1)
    assert feb.count(Outcome.KEPT) == 1 and mar.count(Outcome.MISSED) == 0


def test_follow_through_ignores_entries_that_are_not_promises() -> None:
    other = promise(D(2026, 1, 5), kind=Kind.TRANSPARENCY, outcome=None)
    assert follow_through([other]) == []


def test_an_overview_can_take_its_months_from_elsewhere() -> None:
    months = [FollowThrough(D(2026, 1, 1), kept=4)]
    overview = promise_overview([promise(D(2026, 1, 2))], D(2026, 1, 3), by_month=months)
    assert overview.by_month == tuple(months)
    assert len(overview.open) == 1


def test_follow_through_holds_counts_only() -> None:
    fields = {f.name for f in dataclasses.fields(FollowThrough)}
    assert fields == {"month", "kept", "partly_kept", "missed", "renegotiated", "open"}


# -- the noticed-changes nudge ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "since", "today", "expected"),
    [
        (None, D(2026, 1, 1), D(2026, 1, 14), False),  # 13 days old: too early to ask
        (None, D(2026, 1, 1), D(2026, 1, 15), True),  # 14 days old, nothing noticed yet
        (D(2026, 1, 20), D(2026, 1, 1), D(2026, 2, 2), False),  # 13 days ago
        (D(2026, 1, 20), D(2026, 1, 1), D(2026, 2, 3), True),  # 14 days ago
        (D(2025, 12, 25), D(2025, 12, 1), D(2026, 1, 8), True),  # across the year change
        (D(2026, 2, 20), D(2026, 1, 1), D(2026, 2, 3), False),  # a future-dated note
        (None, D(2026, 3, 1), D(2026, 2, 3), False),  # a start date in the future
        (D(2028, 2, 16), D(2028, 1, 1), D(2028, 3, 1), True),  # 14 days across Feb 29
        (D(2028, 2, 17), D(2028, 1, 1), D(2028, 3, 1), False),
    ],
)
def test_the_nudge_waits_two_weeks(last, since, today, expected) -> None:
    assert noticed_change_nudge(last, since, today) is expected
