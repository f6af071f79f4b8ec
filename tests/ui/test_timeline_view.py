"""The timeline page: the phase from the start date, what is normal in it, and the months."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

from trustjournal.demo import create_demo_couple
from trustjournal.domain import EntryDraft, Kind, Outcome, Role
from trustjournal.domain.guidance import GuidanceInvalid, load_guidance
from trustjournal.domain.timeline import Phase
from trustjournal.domain.trends import series_for
from trustjournal.ui import timeline_view
from trustjournal.ui.phase_path import PhasePath
from trustjournal.ui.session import JournalSession
from trustjournal.ui.theme import apply_theme
from trustjournal.ui.timeline_chart import TrendChart
from trustjournal.ui.timeline_view import TimelineView
from trustjournal.vault import Journal

D = dt.date
SINCE = D(2026, 1, 15)  # the make_journal fixture's start date


@pytest.fixture
def open_session(make_journal, qapp):
    sessions: list[JournalSession] = []

    def make(role: Role = Role.HURT) -> JournalSession:
        journal, _code = make_journal(f"j{len(sessions)}", role=role)
        session = JournalSession(journal)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


def shown(qtbot, session: JournalSession, today: dt.date) -> TimelineView:
    view = TimelineView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.refresh(today)
    return view


def label(view: QWidget, name: str) -> QLabel:
    found = view.findChild(QLabel, name)
    assert found is not None, name
    return found


@pytest.mark.parametrize(
    ("today", "phase"),
    [
        (SINCE, Phase.EARLY),  # day one
        (D(2026, 4, 14), Phase.EARLY),  # a day short of three months
        (D(2026, 4, 15), Phase.BUILDING),  # exactly three months
        (D(2026, 7, 15), Phase.STEADYING),  # exactly six
        (D(2027, 1, 14), Phase.STEADYING),
        (D(2027, 1, 15), Phase.STABLE),  # exactly twelve
    ],
)
def test_the_phase_and_what_is_normal_in_it(qtbot, open_session, today, phase) -> None:
    view = shown(qtbot, open_session(), today)
    guide = load_guidance("en").phases[phase]
    path = view.findChild(PhasePath, "phasePath")
    assert path.current() is phase
    assert "you are here" in path.accessibleDescription()
    here = [line for line in path.accessibleDescription().splitlines() if "you are here" in line]
    assert here == [f"{list(Phase).index(phase) + 1}. {guide.title} ({guide.span}) — you are here"]
    assert label(view, "phaseTitle").text() == f"{guide.title} · {guide.span}"
    assert label(view, "phaseExpect").text() == guide.what_to_expect
    assert label(view, "phaseReassurance").text() == guide.reassurance
    normal = [label(view, f"phaseNormalItem{i}").text() for i in range(len(guide.normal))]
    assert normal == list(guide.normal)
    started = label(view, "timelineStarted").text()
    assert ("You began today" if today == SINCE else "since you started") in started


def test_every_text_is_plain(qtbot, open_session) -> None:
    view = shown(qtbot, open_session(), D(2026, 3, 1))
    for found in view.findChildren(QLabel):
        assert found.textFormat() == Qt.TextFormat.PlainText, found.objectName()


@pytest.mark.parametrize("role", list(Role))
def test_the_partners_own_months_as_a_chart_and_in_words(qtbot, open_session, role) -> None:
    session = open_session(role)
    kinds = (Kind.TRIGGER, Kind.NOTICED_CHANGE) if role is Role.HURT else (Kind.TRANSPARENCY,)
    drafts = [
        EntryDraft(
            kind=kind, title=f"{kind.value} {day}", date=D(2026, 1, 20 + day), mood=2 + day % 2
        )
        for day in range(4)
        for kind in kinds
    ]
    if role is Role.REPAIRING:
        drafts.append(
            EntryDraft(
                kind=Kind.PROMISE,
                title="Home by seven",
                date=D(2026, 1, 20),
                due=D(2026, 3, 2),
                outcome=Outcome.KEPT,
            )
        )
    session.journal.add_many(drafts)
    view = shown(qtbot, session, D(2026, 3, 10))
    chart = view.findChild(TrendChart, "trendChart")
    assert chart.series() == series_for(role)
    assert [t.month for t in chart.trends()] == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)]
    january = chart.trends()[0]
    assert january.mood_average == pytest.approx(2.5)
    text = view.findChild(QPlainTextEdit, "trendText")
    assert text.isReadOnly() and text.accessibleName()
    assert text.toPlainText() == chart.summary_text().replace("\n", "\n\n")
    lines = chart.summary_text().splitlines()
    if role is Role.HURT:
        assert "Triggers: 4; Changes you noticed: 4" in lines[0]
    else:
        assert "Promises kept: 0; Transparency shared: 4" in lines[0]
        assert "Promises kept: 1" in lines[2]  # counted in March, when it was due
    assert "February 2026: 0 entries; no mood noted" in lines[1]


def test_it_reloads_when_entries_change_and_clears_on_lock(qtbot, open_session) -> None:
    session = open_session(Role.HURT)
    view = shown(qtbot, session, dt.date.today())
    chart = view.findChild(TrendChart, "trendChart")
    assert chart.trends() == []
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        session.add(EntryDraft(kind=Kind.TRIGGER, title="The old café", mood=2))
    assert sum(t.count(Kind.TRIGGER) for t in chart.trends()) == 1
    assert "Triggers: 1" in view.findChild(QPlainTextEdit, "trendText").toPlainText()
    session.close()
    assert chart.trends() == []
    assert view.findChild(QPlainTextEdit, "trendText").toPlainText() == ""
    assert label(view, "timelineStarted").text() == ""
    assert label(view, "phaseTitle").text() == label(view, "phaseExpect").text() == ""
    assert view.findChild(PhasePath, "phasePath").current() is None
    view.refresh()  # a locked journal: nothing happens, nothing breaks
    assert chart.trends() == []


def test_screenshots_of_both_roles(qtbot, tmp_path) -> None:
    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    today = dt.date.today()
    app = QApplication.instance()
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        folder = tmp_path / theme
        for demo in create_demo_couple(folder, today=today):
            session = JournalSession(Journal.unlock(demo.folder, demo.passphrase))
            try:
                view = shown(qtbot, session, today)
                view.resize(940, 900)
                view.show()
                qtbot.waitExposed(view)
                # Two months of words fit beside the chart without a scroll bar.
                text = view.findChild(QPlainTextEdit, "trendText")
                qtbot.waitUntil(lambda t=text: not t.verticalScrollBar().isVisible())
                path = out / f"timeline_{demo.name.lower()}_{theme}.png"
                assert view.grab().save(str(path))
                assert path.stat().st_size > 10_000
                assert view.findChild(TrendChart, "trendChart").trends()
            finally:
                session.close()
    apply_theme(app, "light")


def test_a_start_date_still_ahead(qtbot, make_journal, qapp) -> None:
    journal, _code = make_journal("ahead", since=D(2026, 6, 1))
    session = JournalSession(journal)
    try:
        view = shown(qtbot, session, D(2026, 5, 20))
        assert "still ahead" in label(view, "timelineStarted").text()
        assert view.findChild(PhasePath, "phasePath").current() is Phase.EARLY
    finally:
        session.close()


def test_damaged_guidance_still_shows_the_phase_calmly(qtbot, open_session, monkeypatch) -> None:
    def broken() -> None:
        raise GuidanceInvalid()

    monkeypatch.setattr(timeline_view, "current_guidance", broken)
    view = shown(qtbot, open_session(), D(2026, 8, 1))
    assert view.findChild(PhasePath, "phasePath").current() is Phase.STEADYING
    assert label(view, "phaseTitle").text() == "Where you are"
    assert "own pace" in label(view, "phaseExpect").text()
    assert view.findChild(TrendChart, "trendChart").summary_text()


def test_showing_the_page_on_a_new_day_follows_the_date(qtbot, open_session) -> None:
    view = shown(qtbot, open_session(), dt.date.today() - dt.timedelta(days=1))
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.show()
    assert view.path.current() is not None
    with qtbot.assertNotEmitted(view.refreshed, wait=200):
        view.hide()
        view.show()  # the same day: nothing to read again
