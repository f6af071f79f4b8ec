"""The summary as data: exactly what was chosen, and every figure from that alone."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from summary_checks import PASSPHRASE, SHARED_TITLE

from trustjournal.domain import EntryDraft, Kind, Outcome, Role
from trustjournal.domain.timeline import Phase
from trustjournal.errors import EntryNotFound, InvalidInput
from trustjournal.reports import last_session
from trustjournal.reports.session_note import SessionNote, compose
from trustjournal.reports.summary import (
    MoodPoint,
    Period,
    build_summary,
    daily_moods,
    default_period,
    flagged_entries,
    period_entries,
    weekly,
)
from trustjournal.services import sharing
from trustjournal.vault import Journal

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def day(number: int) -> dt.date:
    return dt.date(2026, 3, number)


def feeling(title: str, when: int, mood: int | None = None, *, session: bool = True) -> EntryDraft:
    return EntryDraft(
        Kind.FEELING, title, f"Body of {title}.", day(when), mood=mood, session=session
    )


def test_only_the_chosen_entries_and_figures_from_them_alone(alex: Journal) -> None:
    ids = alex.add_many(
        [
            feeling("Chosen one", 3, mood=2),
            feeling("Chosen two", 3, mood=4),
            EntryDraft(Kind.TRIGGER, "Chosen trigger", "", day(10), mood=1, session=True),
            feeling("Left out", 12, mood=5),  # flagged, but not chosen below
            EntryDraft(Kind.QUESTION, "Unchosen question", "", day(14), mood=5),
        ]
    )
    summary = build_summary(alex, MARCH, ids[:3], today=day(31))
    assert [e.title for e in summary.entries] == ["Chosen one", "Chosen two", "Chosen trigger"]
    assert summary.counts == ((Kind.FEELING, 2), (Kind.TRIGGER, 1))
    assert summary.own_count == 3
    assert summary.mood_points == (MoodPoint(day(3), 3.0, 2), MoodPoint(day(10), 1.0, 1))
    assert summary.open_questions == ()
    assert summary.name == "Alex"
    assert summary.role is Role.HURT
    assert summary.phase is Phase.EARLY
    assert summary.printed_on == day(31)
    everything = repr(summary)
    assert "Left out" not in everything
    assert "Unchosen question" not in everything


def test_the_phase_is_the_one_at_the_end_of_the_period(alex: Journal) -> None:
    later = Period(dt.date(2026, 7, 1), dt.date(2026, 7, 20))
    assert build_summary(alex, later, []).phase is Phase.STEADYING


def test_flagged_and_period_entries_are_in_date_order(alex: Journal) -> None:
    alex.add_many(
        [
            feeling("Late", 20),
            feeling("Early", 2),
            feeling("Not flagged", 5, session=False),
            feeling("Before the period", 1),
        ]
    )
    alex.add(EntryDraft(Kind.FEELING, "In April", "", dt.date(2026, 4, 2), session=True))
    period = Period(day(2), day(31))
    assert [e.title for e in flagged_entries(alex, period)] == ["Early", "Late"]
    assert [e.title for e in period_entries(alex, period)] == ["Early", "Not flagged", "Late"]


def test_a_chosen_entry_outside_the_period_is_refused_by_number(alex: Journal) -> None:
    april = alex.add(EntryDraft(Kind.FEELING, "In April", "", dt.date(2026, 4, 2)))
    with pytest.raises(InvalidInput) as caught:
        build_summary(alex, MARCH, [april.id])
    assert f"Entry {april.id} is dated 2026-04-02" in caught.value.message
    assert "Widen the period" in caught.value.message


def test_an_unknown_entry_is_refused(alex: Journal) -> None:
    with pytest.raises(EntryNotFound) as caught:
        build_summary(alex, MARCH, [999])
    assert "999" in caught.value.message


def test_a_reversed_period_is_refused_kindly() -> None:
    with pytest.raises(InvalidInput) as caught:
        Period(day(10), day(2))
    assert "Please swap the dates" in caught.value.message
    assert Period(day(2), day(2)).days == 1


def test_shared_entries_carry_who_shared_them_and_when(alex: Journal) -> None:
    ids = alex.add_many([feeling("Mine, before", 2), feeling("Mine, after", 20)])
    received = sharing.shared_with_me(alex)
    summary = build_summary(alex, MARCH, ids, shared=received, today=day(31))
    assert [e.title for e in summary.entries] == ["Mine, before", SHARED_TITLE, "Mine, after"]
    shared = summary.entries[1]
    assert shared.shared and shared.shared_by == "Sam"
    assert shared.shared_on == received[0].shared_at.astimezone().date()
    assert shared.kind is Kind.TRANSPARENCY
    # Counts and moods are the partner's own: a shared entry is counted apart.
    assert summary.counts == ((Kind.FEELING, 2),)
    assert summary.shared_count == 1
    assert summary.mood_points == ()


def test_a_shared_entry_withdrawn_since_is_left_out(
    alex: Journal, sam: Journal, tmp_path: Path
) -> None:
    chosen = sharing.shared_with_me(alex)
    shared_id = sam.entries(limit=1)[0].id
    sharing.withdraw(sam, shared_id, tmp_path / "withdraw.tjshare")
    sharing.open_bundle(alex, tmp_path / "withdraw.tjshare")
    now = [sharing.shared_entry(alex, item.id) for item in chosen]
    assert now[0].withdrawn_at is not None
    summary = build_summary(alex, MARCH, [], shared=now)
    assert summary.entries == () and summary.is_empty


def test_repairing_partner_sees_promises_and_outcomes(sam: Journal) -> None:
    ids = sam.add_many(
        [
            EntryDraft(Kind.PROMISE, "Call at lunch", "", day(2), due=day(5), outcome=Outcome.KEPT),
            EntryDraft(Kind.PROMISE, "Home by six", "", day(3), outcome=Outcome.MISSED),
            EntryDraft(Kind.PROMISE, "Share my calendar", "", day(4)),
            EntryDraft(Kind.PROMISE, "Not chosen", "", day(4), outcome=Outcome.KEPT),
        ]
    )
    summary = build_summary(sam, MARCH, ids[:3])
    assert [p.title for p in summary.promises] == [
        "Call at lunch",
        "Home by six",
        "Share my calendar",
    ]
    assert summary.outcomes == ((Outcome.OPEN, 1), (Outcome.KEPT, 1), (Outcome.MISSED, 1))
    assert summary.noticed_changes == () and summary.open_questions == ()


def test_hurt_partner_sees_noticed_changes_and_questions(alex: Journal) -> None:
    ids = alex.add_many(
        [
            EntryDraft(Kind.NOTICED_CHANGE, "He called first", "", day(6)),
            EntryDraft(Kind.QUESTION, "Why that week?", "", day(7)),
            EntryDraft(Kind.QUESTION, "Unchosen question", "", day(8)),
        ]
    )
    summary = build_summary(alex, MARCH, ids[:2])
    assert [e.title for e in summary.noticed_changes] == ["He called first"]
    assert [e.title for e in summary.open_questions] == ["Why that week?"]
    assert summary.promises == () and summary.outcomes == ()


def test_the_latest_chosen_session_note_becomes_the_last_session(alex: Journal) -> None:
    older = compose(SessionNote("Old takeaway", "", None))
    newer = compose(SessionNote("Be patient", "Walk twice a week", day(26)))
    ids = alex.add_many(
        [
            EntryDraft(Kind.SESSION_NOTE, "Session one", older, day(2), session=True),
            EntryDraft(Kind.SESSION_NOTE, "Session two", newer, day(12), session=True),
            feeling("A feeling", 13),
        ]
    )
    summary = build_summary(alex, MARCH, ids)
    assert summary.last_session is not None
    assert summary.last_session.entry.title == "Session two"
    assert summary.last_session.note == SessionNote("Be patient", "Walk twice a week", day(26))
    assert summary.next_session == day(26)
    assert [e.title for e in summary.entries] == ["Session one", "A feeling"]
    assert (Kind.SESSION_NOTE, 2) in summary.counts


def test_an_empty_summary_knows_it_is_empty(alex: Journal) -> None:
    summary = build_summary(alex, MARCH, [], talk_about="  How we are doing  ")
    assert summary.is_empty
    assert summary.talk_about == "How we are doing"
    assert summary.mood_series() == ("day", ())


def test_daily_moods_average_each_day_and_weeks_when_there_are_many() -> None:
    from trustjournal.reports.summary import SummaryEntry

    entries = [
        SummaryEntry(i, Kind.FEELING, "t", "", dt.date(2025, 1, 1) + dt.timedelta(days=i), mood=m)
        for i, m in enumerate([1, 5, 3, 3, 2, 4, 4, 4])
    ]
    points = daily_moods(entries)
    assert [p.mood for p in points] == [1, 5, 3, 3, 2, 4, 4, 4]
    # 1 Jan 2025 is a Wednesday: its week is 30 Dec – 5 Jan, then 6 – 12 Jan.
    assert weekly(points) == (
        MoodPoint(dt.date(2024, 12, 30), 2.8, 5),
        MoodPoint(dt.date(2025, 1, 6), 4.0, 3),
    )


def test_a_long_period_charts_weeks(alex: Journal) -> None:
    first = dt.date(2026, 1, 15)
    drafts = [
        EntryDraft(Kind.FEELING, f"Day {i}", "", first + dt.timedelta(days=i), mood=1 + i % 5)
        for i in range(100)
    ]
    ids = alex.add_many(drafts)
    year = Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    summary = build_summary(alex, year, ids)
    assert len(summary.mood_points) == 100
    step, points = summary.mood_series()
    assert step == "week"
    assert sum(p.count for p in points) == 100
    # 15 January 2026 is a Thursday; 100 days reach 24 April: 15 weeks from Monday 12 Jan.
    assert points[0].day == dt.date(2026, 1, 12) and len(points) == 15
    assert summary.mood_series(max_days=100)[0] == "day"


def test_default_period_starts_at_the_remembered_session(alex: Journal) -> None:
    today = day(28)
    assert default_period(alex, today) == Period(today - dt.timedelta(weeks=4), today)
    alex.add(EntryDraft(Kind.SESSION_NOTE, "Session", "", day(10)))
    assert default_period(alex, today) == Period(day(10), today)
    last_session.remember_session_day(alex, day(19))
    assert default_period(alex, today) == Period(day(19), today)
    # Never before the journal began.
    early = dt.date(2026, 1, 20)
    fresh_start = Period(dt.date(2026, 1, 15), early)
    with alex.write() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (last_session.KEY,))
        conn.execute("DELETE FROM entries")
    assert default_period(alex, early) == fresh_start


def test_the_last_session_is_kept_inside_the_encrypted_journal(alex: Journal) -> None:
    last_session.remember_session_day(alex, day(19))
    folder = alex.folder
    alex.lock()
    with Journal.unlock(folder, PASSPHRASE) as again:
        assert last_session.last_session_day(again) == day(19)
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"summary.last_session" not in path.read_bytes()
            assert b"2026-03-19" not in path.read_bytes()


def test_an_unreadable_remembered_day_is_forgotten(alex: Journal) -> None:
    with alex.write() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, 'not a day')", (last_session.KEY,))
    assert last_session.last_session_day(alex) is None


def test_the_model_loads_no_qt_at_all() -> None:
    script = (
        "import json, sys, trustjournal.reports.summary\nprint(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    names = json.loads(result.stdout)
    assert [n for n in names if n.startswith(("PySide6", "shiboken"))] == []
