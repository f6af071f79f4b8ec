"""Monthly figures counted by the database, on real encrypted journals."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.domain import EntryDraft, Kind, Outcome, Repeat, Role
from trustjournal.domain.promises import (
    follow_through,
    follow_through_from_trends,
    in_play,
    is_in_play,
)
from trustjournal.domain.trends import MonthTrend
from trustjournal.errors import JournalLocked
from trustjournal.vault import stats

D = dt.date


def draft(
    kind: Kind,
    date: dt.date,
    mood: int | None = None,
    due: dt.date | None = None,
    outcome: Outcome | None = None,
    repeat: Repeat | None = None,
) -> EntryDraft:
    return EntryDraft(
        kind=kind,
        title=f"{kind.value} on {date}",
        date=date,
        mood=mood,
        due=due,
        outcome=outcome,
        repeat=repeat,
    )


@pytest.fixture
def hurt(make_journal):
    return make_journal("hurt", role=Role.HURT)[0]


@pytest.fixture
def repairing(make_journal):
    return make_journal("repairing", role=Role.REPAIRING)[0]


def test_an_empty_journal_has_no_months(hurt) -> None:
    assert hurt.read(stats.month_trends) == []
    assert hurt.read(lambda c: stats.month_trends(c, D(2026, 3, 1))) == []
    assert hurt.read(lambda c: stats.last_entry_date(c, Kind.NOTICED_CHANGE)) is None
    zeros = hurt.read(lambda c: stats.month_trends(c, D(2026, 2, 9), since=D(2026, 1, 20)))
    assert zeros == [MonthTrend(D(2026, 1, 1)), MonthTrend(D(2026, 2, 1))]


def test_entries_count_by_their_month_across_january_and_february(hurt) -> None:
    hurt.add_many(
        [
            draft(Kind.TRIGGER, D(2026, 1, 31), mood=2),
            draft(Kind.TRIGGER, D(2026, 1, 31), mood=3),
            draft(Kind.FEELING, D(2026, 1, 1), mood=None),
            draft(Kind.NOTICED_CHANGE, D(2026, 2, 1), mood=4),
            draft(Kind.FEELING, D(2026, 4, 30), mood=1),
        ]
    )
    jan, feb, mar, apr = hurt.read(stats.month_trends)
    assert (jan.month, jan.entries, jan.mood_count, jan.mood_average) == (D(2026, 1, 1), 3, 2, 2.5)
    assert dict(jan.by_kind) == {Kind.TRIGGER: 2, Kind.FEELING: 1}
    assert (feb.entries, feb.mood_average, feb.count(Kind.NOTICED_CHANGE)) == (1, 4.0, 1)
    assert mar == MonthTrend(D(2026, 3, 1))  # a quiet month is there, as zeros
    assert (apr.entries, apr.mood_average) == (1, 1.0)
    assert jan.promises_due == 0 and dict(jan.outcomes) == {}


def test_a_month_without_moods_has_no_average(hurt) -> None:
    hurt.add(draft(Kind.FEELING, D(2026, 5, 3)))
    (may,) = hurt.read(stats.month_trends)
    assert may.entries == 1 and may.mood_count == 0 and may.mood_average is None


def test_the_year_change_and_the_leap_day(hurt) -> None:
    hurt.add_many(
        [
            draft(Kind.TRIGGER, D(2027, 12, 31), mood=2),
            draft(Kind.TRIGGER, D(2028, 1, 1), mood=4),
            draft(Kind.NOTICED_CHANGE, D(2028, 2, 29), mood=5),
            draft(Kind.NOTICED_CHANGE, D(2028, 3, 1), mood=3),
        ]
    )
    months = hurt.read(stats.month_trends)
    assert [(t.month, t.entries, t.mood_average) for t in months] == [
        (D(2027, 12, 1), 1, 2.0),
        (D(2028, 1, 1), 1, 4.0),
        (D(2028, 2, 1), 1, 5.0),
        (D(2028, 3, 1), 1, 3.0),
    ]


def test_bounds_are_whole_months_and_fill_to_until(hurt) -> None:
    hurt.add_many(
        [
            draft(Kind.FEELING, D(2025, 12, 31)),
            draft(Kind.FEELING, D(2026, 1, 1)),
            draft(Kind.FEELING, D(2026, 1, 31)),
            draft(Kind.FEELING, D(2026, 2, 1)),
        ]
    )
    got = hurt.read(lambda c: stats.month_trends(c, D(2026, 1, 2), since=D(2026, 1, 31)))
    assert [(t.month, t.entries) for t in got] == [(D(2026, 1, 1), 2)]
    later = hurt.read(lambda c: stats.month_trends(c, until=D(2026, 4, 15)))
    assert [(t.month.month, t.entries) for t in later] == [(12, 1), (1, 2), (2, 1), (3, 0), (4, 0)]


def test_promises_count_in_the_month_they_fall_due(repairing) -> None:
    repairing.add_many(
        [
            # made in December, due in January: an entry of December, an outcome of January
            draft(Kind.PROMISE, D(2025, 12, 20), due=D(2026, 1, 31), outcome=Outcome.KEPT),
            draft(Kind.PROMISE, D(2026, 1, 31), due=D(2026, 2, 1), outcome=Outcome.MISSED),
            draft(Kind.PROMISE, D(2026, 1, 31), outcome=Outcome.RENEGOTIATED),
            draft(Kind.PROMISE, D(2026, 2, 1), due=D(2026, 2, 28)),  # open by default
            draft(Kind.TRANSPARENCY, D(2026, 2, 2), mood=3),
        ]
    )
    dec, jan, feb = repairing.read(stats.month_trends)
    assert (dec.entries, dec.promises_due, dict(dec.outcomes)) == (1, 0, {})
    assert jan.entries == 2 and jan.promises_due == 2
    assert dict(jan.outcomes) == {Outcome.KEPT: 1, Outcome.RENEGOTIATED: 1}
    assert dict(feb.outcomes) == {Outcome.MISSED: 1, Outcome.OPEN: 1}
    assert feb.count(Kind.TRANSPARENCY) == 1 and feb.count(Kind.PROMISE) == 1
    for month in (dec, jan, feb):
        assert month.promises_due == sum(month.outcomes.values())


def test_a_promise_due_after_the_last_entry_extends_the_months(repairing) -> None:
    repairing.add(draft(Kind.PROMISE, D(2026, 1, 5), due=D(2026, 3, 1)))
    months = repairing.read(stats.month_trends)
    assert [(t.month.month, t.entries, t.promises_due) for t in months] == [
        (1, 1, 0),
        (2, 0, 0),
        (3, 0, 1),
    ]
    until_feb = repairing.read(lambda c: stats.month_trends(c, D(2026, 2, 10)))
    assert [t.promises_due for t in until_feb] == [0, 0]


def test_the_database_and_python_agree_on_follow_through(repairing) -> None:
    outcomes = list(Outcome)
    drafts = []
    for i in range(60):
        date = D(2025, 11, 1) + dt.timedelta(days=i * 3)
        due = None if i % 4 == 0 else date + dt.timedelta(days=i % 11)
        drafts.append(draft(Kind.PROMISE, date, due=due, outcome=outcomes[i % 5]))
    repairing.add_many(drafts)
    everything = list(repairing.iter_all())
    from_db = follow_through_from_trends(repairing.read(stats.month_trends))
    assert from_db == follow_through(everything)
    assert repairing.read(stats.follow_through) == from_db
    assert sum(m.total for m in from_db) == 60
    assert repairing.read(stats.follow_through)[0].month == D(2025, 11, 1)


def test_follow_through_of_a_journal_without_promises_is_empty(repairing) -> None:
    repairing.add(draft(Kind.TRANSPARENCY, D(2026, 1, 4)))
    assert repairing.read(stats.follow_through) == []


def test_last_entry_date_per_kind(hurt) -> None:
    hurt.add_many(
        [
            draft(Kind.NOTICED_CHANGE, D(2026, 1, 3)),
            draft(Kind.NOTICED_CHANGE, D(2026, 2, 1)),
            draft(Kind.TRIGGER, D(2026, 3, 9)),
        ]
    )
    assert hurt.read(lambda c: stats.last_entry_date(c, Kind.NOTICED_CHANGE)) == D(2026, 2, 1)
    assert hurt.read(lambda c: stats.last_entry_date(c, Kind.TRIGGER)) == D(2026, 3, 9)
    assert hurt.read(lambda c: stats.last_entry_date(c, Kind.QUESTION)) is None


def test_promises_in_play_match_the_domain_rule_soonest_first(repairing) -> None:
    today = D(2026, 2, 10)
    repairing.add_many(
        [
            draft(Kind.PROMISE, D(2026, 1, 1), due=D(2026, 3, 1)),
            draft(Kind.PROMISE, D(2026, 1, 2)),  # open, no date
            draft(Kind.PROMISE, D(2026, 1, 3), due=D(2026, 2, 5)),  # overdue
            draft(Kind.PROMISE, D(2026, 1, 4), due=D(2026, 2, 1), outcome=Outcome.KEPT),
            draft(Kind.PROMISE, D(2026, 1, 5), repeat=Repeat.DAILY, outcome=Outcome.KEPT),
            draft(Kind.PROMISE, D(2026, 1, 6), repeat=Repeat.WEEKLY, outcome=Outcome.RENEGOTIATED),
            draft(Kind.PROMISE, D(2026, 1, 7), repeat=Repeat.WEEKLY),
        ]
    )
    got = repairing.read(stats.promises_in_play)
    expected = [e for e in repairing.iter_all() if is_in_play(e)]
    assert {e.id for e in got} == {e.id for e in expected}
    assert repairing.read(stats.count_in_play) == len(expected) == 5
    assert [e.title for e in got] == [
        "promise on 2026-01-05",  # the repeating ones first
        "promise on 2026-01-07",
        "promise on 2026-01-03",
        "promise on 2026-01-01",
        "promise on 2026-01-02",
    ]
    assert [i.entry.title for i in in_play(got, today)][:3] == [
        "promise on 2026-01-03",
        "promise on 2026-01-05",
        "promise on 2026-01-07",
    ]
    assert len(repairing.read(lambda c: stats.promises_in_play(c, limit=2))) == 2


def test_a_locked_journal_refuses_plainly(repairing) -> None:
    repairing.lock()
    with pytest.raises(JournalLocked, match="locked"):
        repairing.read(stats.month_trends)
