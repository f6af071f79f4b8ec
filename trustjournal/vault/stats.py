"""Monthly figures and promise look-ups, counted by the database.

Functions take an open connection and are called through ``journal.read``, e.g.
``journal.read(stats.month_trends)``. Everything is aggregated in SQL (``GROUP BY`` the
``YYYY-MM`` prefix of the ISO dates), so a journal of 100,000 entries is summed without
building a single :class:`~trustjournal.domain.entry.Entry`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from trustjournal.domain.entry import Entry, Kind, Outcome
from trustjournal.domain.promises import FollowThrough, follow_through_from_trends
from trustjournal.domain.trends import MonthTrend, add_months, fill_months, month_start
from trustjournal.vault import entries
from trustjournal.vault.database import Connection

# A promise is "in play" while it is open, and a repeating one keeps coming round until
# it is renegotiated (domain.promises.is_in_play says the same in Python).
IN_PLAY = """
    kind = 'promise' AND (
        coalesce(outcome, 'open') = 'open'
        OR (repeat IS NOT NULL AND coalesce(outcome, 'open') <> 'renegotiated')
    )
"""
_KINDS = frozenset(kind.value for kind in Kind)
_OUTCOMES = frozenset(outcome.value for outcome in Outcome)


def _bounds(column: str, since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(month_start(since).isoformat())
    if until is not None:
        clauses.append(f"{column} < ?")
        params.append(add_months(month_start(until), 1).isoformat())
    return (" AND ".join(clauses) or "1"), params


def _month(prefix: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(f"{prefix}-01")
    except ValueError:  # a damaged date: leave the row out rather than fail the chart
        return None


def month_trends(
    conn: Connection, until: dt.date | None = None, *, since: dt.date | None = None
) -> list[MonthTrend]:
    """The journal month by month, oldest first, with empty months as zeros.

    Without bounds the list runs from the first month that has an entry or a promise
    falling due to the last such month. ``since`` and ``until`` set the first and last
    month instead (whole months: an entry dated later in ``until``'s month still counts),
    so ``until=today`` runs up to this month even when nothing was written lately.
    Entries count by the month of their date; promises' outcomes by the month they fall
    due (see :func:`trustjournal.domain.trends.promise_month`).
    """
    entry_where, entry_params = _bounds("entry_date", since, until)
    kinds: dict[dt.date, dict[Kind, int]] = defaultdict(dict)
    moods: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    for prefix, kind, count, mood_sum, mood_count in conn.execute(
        f"""SELECT substr(entry_date, 1, 7) AS month, kind, count(*), sum(mood), count(mood)
            FROM entries WHERE {entry_where} GROUP BY month, kind""",
        entry_params,
    ):
        month = _month(prefix)
        if month is None or kind not in _KINDS:
            continue
        kinds[month][Kind(kind)] = int(count)
        moods[month][0] += int(mood_sum or 0)
        moods[month][1] += int(mood_count)

    outcomes = _promise_outcomes(conn, since, until)
    found = []
    for month in kinds.keys() | outcomes.keys():
        by_kind = kinds.get(month, {})
        mood_sum, mood_count = moods.get(month, (0, 0))
        month_outcomes = outcomes.get(month, {})
        found.append(
            MonthTrend(
                month=month,
                entries=sum(by_kind.values()),
                mood_average=mood_sum / mood_count if mood_count else None,
                mood_count=mood_count,
                by_kind=by_kind,
                promises_due=sum(month_outcomes.values()),
                outcomes=month_outcomes,
            )
        )
    return fill_months(found, first=since, last=until)


def _promise_outcomes(
    conn: Connection, since: dt.date | None, until: dt.date | None
) -> dict[dt.date, dict[Outcome, int]]:
    where, params = _bounds("coalesce(due, entry_date)", since, until)
    outcomes: dict[dt.date, dict[Outcome, int]] = defaultdict(dict)
    for prefix, outcome, count in conn.execute(
        f"""SELECT substr(coalesce(due, entry_date), 1, 7) AS month,
                   coalesce(outcome, 'open') AS outcome, count(*)
            FROM entries WHERE kind = 'promise' AND {where}
            GROUP BY month, outcome""",
        params,
    ):
        month = _month(prefix)
        if month is None or outcome not in _OUTCOMES:
            continue
        outcomes[month][Outcome(outcome)] = int(count)
    return outcomes


def follow_through(conn: Connection) -> list[FollowThrough]:
    """Promises' outcomes by the month they fall due, every month from first to last.

    The same figures as :func:`trustjournal.domain.promises.follow_through` over every
    promise, counted without loading the promises.
    """
    outcomes = _promise_outcomes(conn, None, None)
    return follow_through_from_trends(
        fill_months(MonthTrend(month, outcomes=counts) for month, counts in outcomes.items())
    )


def last_entry_date(conn: Connection, kind: Kind) -> dt.date | None:
    """The date of the most recent entry of ``kind``, or ``None`` if there is none."""
    row = conn.execute(
        "SELECT max(entry_date) FROM entries WHERE kind = ?", (Kind(kind).value,)
    ).fetchone()
    if row is None or row[0] is None:
        return None
    try:
        return dt.date.fromisoformat(str(row[0]))
    except ValueError:
        return None


def promises_in_play(conn: Connection, limit: int = 200) -> list[Entry]:
    """Open promises and repeating ones still coming round, soonest first, at most ``limit``.

    Repeating promises come first (their next round is always within a week), then
    promises with a due date, earliest first, then those without one.
    """
    ids = [
        int(row[0])
        for row in conn.execute(
            f"""SELECT id FROM entries WHERE {IN_PLAY}
                ORDER BY repeat IS NULL, due IS NULL, due, entry_date, id LIMIT ?""",
            (max(0, limit),),
        )
    ]
    return [entries.get(conn, entry_id) for entry_id in ids]


def count_in_play(conn: Connection) -> int:
    """How many promises are in play (see :func:`promises_in_play`)."""
    return int(conn.execute(f"SELECT count(*) FROM entries WHERE {IN_PLAY}").fetchone()[0])
