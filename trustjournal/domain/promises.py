"""Promises: when each one comes round, what is open, and how they went month by month.

Plain counts only. Renegotiating a promise is a normal part of keeping faith with each
other, so it is counted beside the other outcomes, never against anything; there are
no points, streaks or scores anywhere in this module, on purpose.

A repeating promise is one entry that comes round every day or every week, counted
from its due date (or, without one, from the day it was made). Its outcome says how
the latest round went, and it keeps coming round until it is renegotiated (the
partners agreed on something else) or edited to stop repeating.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from trustjournal.domain.entry import Entry, Kind, Outcome, Repeat
from trustjournal.domain.trends import MonthTrend, fill_months, promise_month

DUE_SOON_DAYS = 7
NUDGE_DAYS = 14
_STEP = {Repeat.DAILY: 1, Repeat.WEEKLY: 7}


def _outcome(entry: Entry) -> Outcome:
    return entry.outcome if entry.outcome is not None else Outcome.OPEN


def is_in_play(entry: Entry) -> bool:
    """Whether a promise still asks something of its maker: open, or still repeating."""
    if entry.kind is not Kind.PROMISE:
        return False
    outcome = _outcome(entry)
    if entry.repeat is not None:
        return outcome is not Outcome.RENEGOTIATED
    return outcome is Outcome.OPEN


def next_due(entry: Entry, today: dt.date) -> dt.date | None:
    """When ``entry`` is next due, or ``None`` if it is not a promise in play with a date.

    A one-off promise is due on its due date, even if that has passed (it is then
    overdue). A repeating promise is due on the first round on or after ``today``,
    rounds being counted from its due date, or from its entry date without one.
    """
    if not is_in_play(entry):
        return None
    if entry.repeat is None:
        return entry.due
    anchor = entry.due if entry.due is not None else entry.date
    if anchor >= today:
        return anchor
    step = _STEP[Repeat(entry.repeat)]
    rounds = -(-(today - anchor).days // step)  # ceiling division: the first round >= today
    return anchor + dt.timedelta(days=rounds * step)


@dataclasses.dataclass(frozen=True, slots=True)
class DuePromise:
    """A promise in play and when it is next due; ``days`` < 0 means it was due before."""

    entry: Entry
    due: dt.date | None
    days: int | None  # due minus today, in days; None without a date

    @property
    def overdue(self) -> bool:
        """Whether its day has passed (only a one-off promise can be past its day)."""
        return self.days is not None and self.days < 0

    @property
    def repeating(self) -> bool:
        """Whether it comes round every day or every week."""
        return self.entry.repeat is not None


@dataclasses.dataclass(frozen=True, slots=True)
class FollowThrough:
    """How the promises falling due in one month went: plain counts, nothing more."""

    month: dt.date
    kept: int = 0
    partly_kept: int = 0
    missed: int = 0
    renegotiated: int = 0
    open: int = 0

    @property
    def total(self) -> int:
        """How many promises fell due in this month, whatever their outcome."""
        return self.kept + self.partly_kept + self.missed + self.renegotiated + self.open

    def count(self, outcome: Outcome) -> int:
        """The number of promises of this month with ``outcome``."""
        return int(getattr(self, Outcome(outcome).value))


@dataclasses.dataclass(frozen=True, slots=True)
class PromiseOverview:
    """What the Promises page shows: what is in play, what is due soon, and by month."""

    open: tuple[DuePromise, ...]  # every promise in play, soonest first
    due_soon: tuple[DuePromise, ...]  # in play and due within a week, or overdue
    by_month: tuple[FollowThrough, ...]  # oldest first


def _due_order(item: DuePromise) -> tuple[int, dt.date, dt.date, int]:
    undated = item.due is None
    return (int(undated), item.due or dt.date.max, item.entry.date, item.entry.id)


def in_play(promises: Iterable[Entry], today: dt.date) -> list[DuePromise]:
    """The promises in play with their next due date, soonest (and overdue) first."""
    items = []
    for entry in promises:
        if not is_in_play(entry):
            continue
        due = next_due(entry, today)
        items.append(DuePromise(entry, due, None if due is None else (due - today).days))
    return sorted(items, key=_due_order)


def follow_through(promises: Iterable[Entry]) -> list[FollowThrough]:
    """Promises' outcomes counted by the month they fall due, every month in between.

    A promise counts in the month of its due date, or of its entry date when it has
    none (:func:`~trustjournal.domain.trends.promise_month`), the same rule the
    database's monthly figures follow.
    """
    counts: dict[dt.date, dict[Outcome, int]] = defaultdict(lambda: defaultdict(int))
    for entry in promises:
        if entry.kind is Kind.PROMISE:
            counts[promise_month(entry.due, entry.date)][_outcome(entry)] += 1
    return _from_counts(counts)


def follow_through_from_trends(trends: Sequence[MonthTrend]) -> list[FollowThrough]:
    """The same follow-through, from the database's monthly figures (no entries loaded)."""
    return [_month_follow_through(trend.month, trend.outcomes) for trend in trends]


def _month_follow_through(month: dt.date, outcomes: Mapping[Outcome, int]) -> FollowThrough:
    return FollowThrough(
        month=month,
        kept=outcomes.get(Outcome.KEPT, 0),
        partly_kept=outcomes.get(Outcome.PARTLY_KEPT, 0),
        missed=outcomes.get(Outcome.MISSED, 0),
        renegotiated=outcomes.get(Outcome.RENEGOTIATED, 0),
        open=outcomes.get(Outcome.OPEN, 0),
    )


def _from_counts(counts: dict[dt.date, dict[Outcome, int]]) -> list[FollowThrough]:
    months = fill_months(MonthTrend(month) for month in counts)
    return [_month_follow_through(t.month, counts.get(t.month, {})) for t in months]


def promise_overview(
    promises: Sequence[Entry],
    today: dt.date,
    *,
    by_month: Sequence[FollowThrough] | None = None,
) -> PromiseOverview:
    """What is in play, what is due soon (overdue included), and follow-through by month.

    ``by_month`` may be given when the caller already has it from the database's
    monthly figures (:func:`follow_through_from_trends`) and ``promises`` holds only
    the promises in play; otherwise it is counted from ``promises``.
    """
    items = in_play(promises, today)
    soon = tuple(item for item in items if item.days is not None and item.days <= DUE_SOON_DAYS)
    months = tuple(by_month) if by_month is not None else tuple(follow_through(promises))
    return PromiseOverview(open=tuple(items), due_soon=soon, by_month=months)


def noticed_change_nudge(last_noticed: dt.date | None, since: dt.date, today: dt.date) -> bool:
    """Whether to offer the gentle "anything you noticed?" prompt.

    True when the journal is at least two weeks old and no change has been noted in the
    last two weeks (or ever). Never in the first two weeks: it is too early to ask.
    """
    if (today - since).days < NUDGE_DAYS:
        return False
    if last_noticed is None:
        return True
    return (today - last_noticed).days >= NUDGE_DAYS
