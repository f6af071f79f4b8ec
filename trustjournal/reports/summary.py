"""The counselling summary as data: exactly what the partner chose, and nothing more.

Built from an unlocked journal, a period and the ids the partner ticked, with no Qt at
all, so the command line, the app and the tests share one model. Every figure in it
(counts by kind, the mood points, promise outcomes) is worked out from the chosen
entries alone: an entry the partner did not choose leaves no trace here, not even a
number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

from trustjournal.domain.entry import Entry, EntryFilter, Kind, Outcome, Role, kinds_for
from trustjournal.domain.timeline import Phase, phase_for
from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from trustjournal.reports import session_note
from trustjournal.reports.last_session import last_session_day
from trustjournal.vault import Journal

DEFAULT_WEEKS = 4
MAX_DAY_POINTS = 62  # beyond about two months of days, the chart shows weeks
_PAGE = 500


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """The days a summary covers, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The period ends (%1) before it starts (%2). Please swap the dates.",
                ),
                self.end.isoformat(),
                self.start.isoformat(),
            )

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class ReceivedEntryLike(Protocol):
    """What the summary reads of an entry a partner shared (``services.sharing``)."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def mood(self) -> int | None: ...
    @property
    def shared_at(self) -> dt.datetime: ...
    @property
    def from_name(self) -> str: ...
    @property
    def withdrawn_at(self) -> dt.datetime | None: ...


@dataclasses.dataclass(frozen=True, slots=True)
class SummaryEntry:
    """One chosen entry as the summary prints it."""

    id: int  # the journal's entry id, or the received entry's id when shared
    kind: Kind | None  # None for a shared entry of a kind this app does not know
    title: str
    body: str
    date: dt.date
    mood: int | None = None
    emotions: tuple[str, ...] = ()
    due: dt.date | None = None
    outcome: Outcome | None = None
    shared_by: str | None = None
    shared_on: dt.date | None = None

    @property
    def shared(self) -> bool:
        return self.shared_by is not None

    @classmethod
    def from_entry(cls, entry: Entry) -> SummaryEntry:
        """A partner's own entry."""
        return cls(
            id=entry.id,
            kind=entry.kind,
            title=entry.title,
            body=entry.body,
            date=entry.date,
            mood=entry.mood,
            emotions=entry.emotions,
            due=entry.due,
            outcome=entry.outcome,
        )

    @classmethod
    def from_received(cls, received: ReceivedEntryLike) -> SummaryEntry:
        """An entry the other partner shared, labelled with who shared it and when."""
        try:
            kind: Kind | None = Kind(str(received.kind))
        except ValueError:
            kind = None
        return cls(
            id=received.id,
            kind=kind,
            title=received.title,
            body=received.body,
            date=received.date,
            mood=received.mood,
            shared_by=received.from_name,
            shared_on=received.shared_at.astimezone().date(),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class MoodPoint:
    """The mood of the chosen entries of one day (or one week, from its Monday)."""

    day: dt.date
    mood: float  # the average of the moods given, 1 (low) to 5 (good)
    count: int  # how many chosen entries had a mood


@dataclasses.dataclass(frozen=True, slots=True)
class LastSession:
    """The chosen session note that comes last: what was kept from that session."""

    entry: SummaryEntry
    note: session_note.SessionNote | None  # None: a note in a free shape, shown in full


@dataclasses.dataclass(frozen=True, slots=True)
class CounsellingSummary:
    """Everything one printed summary shows."""

    name: str
    role: Role
    since: dt.date
    period: Period
    phase: Phase
    printed_on: dt.date
    entries: tuple[SummaryEntry, ...]  # the chosen entries, own and shared, in date order
    counts: tuple[tuple[Kind, int], ...]  # own chosen entries by kind, in the role's order
    mood_points: tuple[MoodPoint, ...]  # per day, from the chosen own entries
    promises: tuple[SummaryEntry, ...] = ()  # repairing: the chosen promises
    outcomes: tuple[tuple[Outcome, int], ...] = ()  # repairing: their outcomes
    noticed_changes: tuple[SummaryEntry, ...] = ()  # hurt: the chosen noticed changes
    open_questions: tuple[SummaryEntry, ...] = ()  # hurt: the chosen questions
    talk_about: str = ""
    last_session: LastSession | None = None

    @property
    def own_count(self) -> int:
        return sum(count for _, count in self.counts)

    @property
    def shared_count(self) -> int:
        return sum(1 for entry in self.entries if entry.shared)

    @property
    def is_empty(self) -> bool:
        """Whether no entry at all was chosen for this summary."""
        return not self.entries and self.last_session is None

    @property
    def next_session(self) -> dt.date | None:
        last = self.last_session
        return last.note.next_session if last is not None and last.note is not None else None

    def mood_series(self, max_days: int = MAX_DAY_POINTS) -> tuple[str, tuple[MoodPoint, ...]]:
        """The chart's points: ``("day", …)``, or ``("week", …)`` when there are many days."""
        if len(self.mood_points) <= max_days:
            return "day", self.mood_points
        return "week", weekly(self.mood_points)


def daily_moods(entries: Iterable[SummaryEntry]) -> tuple[MoodPoint, ...]:
    """The average mood of each day that has one, oldest first (own entries only)."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for entry in entries:
        if entry.mood is not None and not entry.shared:
            by_day[entry.date].append(entry.mood)
    return tuple(
        MoodPoint(day, sum(moods) / len(moods), len(moods)) for day, moods in sorted(by_day.items())
    )


def weekly(points: Sequence[MoodPoint]) -> tuple[MoodPoint, ...]:
    """Daily points gathered into weeks (from Monday), each the average of its entries."""
    sums: dict[dt.date, list[float]] = defaultdict(lambda: [0.0, 0])
    for point in points:
        monday = point.day - dt.timedelta(days=point.day.weekday())
        sums[monday][0] += point.mood * point.count
        sums[monday][1] += point.count
    return tuple(
        MoodPoint(monday, total / count, int(count))
        for monday, (total, count) in sorted(sums.items())
    )


def _in_period(journal: Journal, period: Period, session: bool | None) -> list[Entry]:
    filters = EntryFilter(since=period.start, until=period.end, session=session)
    found: list[Entry] = []
    while True:
        page = journal.entries(filters, limit=_PAGE, offset=len(found))
        found += page
        if len(page) < _PAGE:
            break
    return sorted(found, key=lambda e: (e.date, e.id))


def flagged_entries(journal: Journal, period: Period) -> list[Entry]:
    """The entries of ``period`` marked "bring to next session", oldest first."""
    return _in_period(journal, period, session=True)


def period_entries(journal: Journal, period: Period) -> list[Entry]:
    """Every entry of ``period``, oldest first (for choosing more to bring)."""
    return _in_period(journal, period, session=None)


def default_period(journal: Journal, today: dt.date | None = None) -> Period:
    """From the last session (remembered, else the last session note) to today.

    Without either, the last four weeks (never before the journal began).
    """
    today = today or dt.date.today()
    start = last_session_day(journal)
    if start is None:
        notes = journal.entries(EntryFilter(kinds=(Kind.SESSION_NOTE,), until=today), limit=1)
        start = notes[0].date if notes else None
    if start is None:
        start = max(journal.info.since, today - dt.timedelta(weeks=DEFAULT_WEEKS))
    return Period(min(start, today), today)


def _chosen_own(journal: Journal, period: Period, ids: Collection[int]) -> list[Entry]:
    chosen = [journal.get(entry_id) for entry_id in dict.fromkeys(ids)]
    for entry in chosen:
        if entry.date not in period:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Entry %1 is dated %2, outside the period %3 to %4. Widen the period "
                    "or leave that entry out.",
                ),
                entry.id,
                entry.date.isoformat(),
                period.start.isoformat(),
                period.end.isoformat(),
            )
    return chosen


def build_summary(
    journal: Journal,
    period: Period,
    entry_ids: Collection[int],
    *,
    shared: Sequence[ReceivedEntryLike] = (),
    talk_about: str = "",
    today: dt.date | None = None,
) -> CounsellingSummary:
    """The summary of ``period`` holding exactly the entries ``entry_ids`` and ``shared``.

    ``entry_ids`` must be entries of this journal dated inside the period (else
    :class:`InvalidInput` names the one that is not); ``shared`` are entries the other
    partner shared that were chosen too (one withdrawn since is left out: its words are
    gone). Nothing else of the journal is read into it.
    """
    info = journal.info
    own = [SummaryEntry.from_entry(e) for e in _chosen_own(journal, period, entry_ids)]
    received = [SummaryEntry.from_received(r) for r in shared if r.withdrawn_at is None]
    notes = [e for e in own if e.kind is Kind.SESSION_NOTE]
    last_note = max(notes, key=lambda e: (e.date, e.id)) if notes else None
    listed = sorted(
        (e for e in [*own, *received] if e is not last_note),
        key=lambda e: (e.date, e.shared, e.id),
    )
    kinds = Counter(e.kind for e in own)
    role = info.role
    promises = tuple(e for e in listed if e.kind is Kind.PROMISE and not e.shared)
    outcome_counts = Counter(e.outcome or Outcome.OPEN for e in promises)
    return CounsellingSummary(
        name=info.name,
        role=role,
        since=info.since,
        period=period,
        phase=phase_for(info.since, period.end),
        printed_on=today or dt.date.today(),
        entries=tuple(listed),
        counts=tuple((kind, kinds[kind]) for kind in kinds_for(role) if kinds[kind]),
        mood_points=daily_moods(own),
        promises=promises if role is Role.REPAIRING else (),
        outcomes=(
            tuple((o, outcome_counts[o]) for o in Outcome if outcome_counts[o])
            if role is Role.REPAIRING
            else ()
        ),
        noticed_changes=tuple(e for e in listed if e.kind is Kind.NOTICED_CHANGE and not e.shared)
        if role is Role.HURT
        else (),
        open_questions=tuple(e for e in listed if e.kind is Kind.QUESTION and not e.shared)
        if role is Role.HURT
        else (),
        talk_about=talk_about.strip(),
        last_session=(
            LastSession(last_note, session_note.parse(last_note.body))
            if last_note is not None
            else None
        ),
    )
