"""The Today page: greeting, prompt, quick writing buttons, the last seven days, and
where the partner is on the path."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from self_check_data import drafts_showing_signs, eight_months_ago

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from trustjournal.demo import create_demo_couple
from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.domain.guidance import load_guidance
from trustjournal.domain.timeline import Phase, add_months
from trustjournal.ui.session import JournalSession
from trustjournal.ui.today_view import (
    QUICK_KINDS,
    RECENT_MAX,
    TodayView,
    prompt_for_day,
    prompts_for,
)
from trustjournal.vault import Journal
from trustjournal.vault.self_check_store import read_self_check

TODAY = dt.date.today()


@pytest.fixture
def open_session(make_journal, qapp):
    sessions: list[JournalSession] = []

    def make(role: Role = Role.HURT, since: dt.date = dt.date(2026, 1, 15)) -> JournalSession:
        journal, _code = make_journal(f"j{len(sessions)}", role=role, since=since)
        session = JournalSession(journal)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


def view_for(qtbot, session: JournalSession) -> TodayView:
    view = TodayView(session)
    qtbot.addWidget(view)
    return view


def feeling(title: str, days_ago: int = 0, kind: Kind = Kind.FEELING) -> EntryDraft:
    return EntryDraft(kind=kind, title=title, date=TODAY - dt.timedelta(days=days_ago), mood=3)


def labels_text(view: TodayView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


@pytest.mark.parametrize("role", list(Role))
def test_greets_by_name_with_date_prompt_and_role_buttons(qtbot, open_session, role) -> None:
    view = view_for(qtbot, open_session(role))
    assert "Alex" in view.findChild(QLabel, "greeting").text()
    date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    assert view.findChild(QLabel, "todayDate").text() == date
    prompt = view.findChild(QLabel, "todayPrompt")
    assert prompt.text() in prompts_for(role)
    assert prompt.textFormat() == Qt.TextFormat.PlainText
    buttons = [b for b in view.findChildren(QPushButton) if b.objectName().startswith("write")]
    assert [b.objectName() for b in buttons] == [
        "write" + "".join(p.title() for p in k.value.split("_")) + "Button"
        for k in QUICK_KINDS[role]
    ]
    assert all(b.accessibleName() for b in buttons)
    frame = view.findChild(QFrame, "guidanceArea")
    assert frame is not None and frame.findChild(QLabel, "phaseTitle").text()
    labels = frame.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_the_buttons_match_each_role() -> None:
    assert QUICK_KINDS[Role.HURT] == (
        Kind.FEELING,
        Kind.TRIGGER,
        Kind.QUESTION,
        Kind.NOTICED_CHANGE,
    )
    assert QUICK_KINDS[Role.REPAIRING] == (
        Kind.ACCOUNTABILITY,
        Kind.TRANSPARENCY,
        Kind.PROMISE,
        Kind.SMALL_ACTION,
    )


@pytest.mark.parametrize(
    ("role", "name", "kind"),
    [
        (Role.HURT, "writeTriggerButton", Kind.TRIGGER),
        (Role.HURT, "writeNoticedChangeButton", Kind.NOTICED_CHANGE),
        (Role.REPAIRING, "writePromiseButton", Kind.PROMISE),
        (Role.REPAIRING, "writeSmallActionButton", Kind.SMALL_ACTION),
    ],
)
def test_a_button_asks_to_write_its_kind(qtbot, open_session, role, name, kind) -> None:
    view = view_for(qtbot, open_session(role))
    button = view.findChild(QPushButton, name)
    with qtbot.waitSignal(view.writeRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [kind]


def test_prompts_come_from_the_guidance_of_each_role() -> None:
    guidance = load_guidance()
    for role in Role:
        assert prompts_for(role) == guidance.prompts[role]
        assert len(prompts_for(role)) >= 14
    assert not set(prompts_for(Role.HURT)) & set(prompts_for(Role.REPAIRING))


def test_prompts_turn_over_by_day_and_differ_by_role() -> None:
    count = len(prompts_for(Role.HURT))
    days = [dt.date(2026, 12, 25) + dt.timedelta(days=i) for i in range(count)]
    assert len({prompt_for_day(Role.HURT, d) for d in days}) == count  # across New Year too
    assert prompt_for_day(Role.HURT, days[0]) == prompt_for_day(Role.HURT, days[0])
    assert prompt_for_day(Role.HURT, days[0]) != prompt_for_day(Role.HURT, days[1])
    later = days[0] + dt.timedelta(days=count)
    assert prompt_for_day(Role.HURT, later) == prompt_for_day(Role.HURT, days[0])
    assert prompt_for_day(Role.REPAIRING, days[0]) in prompts_for(Role.REPAIRING)


def test_empty_journal_shows_a_kind_empty_state(qtbot, open_session, qtmodeltester) -> None:
    view = view_for(qtbot, open_session())
    assert view.model.rowCount() == 0
    stack = view.findChild(QStackedWidget)
    assert stack.currentWidget() is view.findChild(QLabel, "recentEmpty")
    assert "last seven days" in view.findChild(QLabel, "recentEmpty").text()
    qtmodeltester.check(view.model)


def test_lists_the_last_seven_days_newest_first(qtbot, open_session, qtmodeltester) -> None:
    session = open_session()
    session.journal.add_many(
        [
            feeling("today"),
            feeling("three days ago", 3),
            feeling("a week ago", 6),
            feeling("too old", 7),
            feeling("much older", 40),
        ]
    )
    view = view_for(qtbot, session)
    titles = [view.model.index(r).data() for r in range(view.model.rowCount())]
    assert titles == ["today", "three days ago", "a week ago"]
    assert view.findChild(QStackedWidget).currentWidget() is view.findChild(QListView)
    qtmodeltester.check(view.model)


def test_refreshes_when_the_journal_changes(qtbot, open_session) -> None:
    session = open_session()
    view = view_for(qtbot, session)
    session.add(feeling("written just now"))
    assert view.model.index(0).data() == "written just now"
    assert view.findChild(QStackedWidget).currentWidget() is view.findChild(QListView)
    session.delete(view.model.entry_id_at(0))
    assert view.model.rowCount() == 0


def test_at_most_fifty_recent_rows_fetched_lazily(qtbot, open_session, qtmodeltester) -> None:
    session = open_session()
    session.journal.add_many([feeling(f"entry {i}", i % 7) for i in range(80)])
    view = view_for(qtbot, session)
    assert view.model.rowCount() < RECENT_MAX
    while view.model.canFetchMore(view.model.index(-1)):
        view.model.fetchMore(view.model.index(-1))
    assert view.model.rowCount() == RECENT_MAX
    qtmodeltester.check(view.model)


def test_clicking_or_enter_opens_an_entry(qtbot, open_session) -> None:
    session = open_session()
    first, second = session.journal.add_many([feeling("older", 2), feeling("newer")])
    view = view_for(qtbot, session)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    listing = view.findChild(QListView, "recentEntries")
    rect = listing.visualRect(view.model.index(1))
    with qtbot.waitSignal(view.openEntryRequested) as signal:
        qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [first]
    listing.setFocus()
    listing.setCurrentIndex(view.model.index(0))
    with qtbot.waitSignal(view.openEntryRequested) as signal:
        qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert signal.args == [second]


def test_clear_removes_every_word_of_the_journal(qtbot, open_session) -> None:
    session = open_session()
    session.journal.add_many([feeling("A private title")])
    view = view_for(qtbot, session)
    assert "Alex" in labels_text(view)
    view.clear()
    assert "Alex" not in labels_text(view)
    assert view.model.rowCount() == 0
    assert view.findChild(QLabel, "todayPrompt").text() == ""


def test_locking_the_session_clears_the_page(qtbot, open_session) -> None:
    session = open_session()
    session.journal.add_many([feeling("A private title")])
    view = view_for(qtbot, session)
    session.close()
    assert view.model.rowCount() == 0
    assert "Alex" not in labels_text(view)
    view.refresh()  # a late refresh after locking must not fail or bring text back
    assert view.model.rowCount() == 0


def test_screenshots_of_both_roles_on_the_demo_journals(qtbot, tmp_path, qapp) -> None:
    shots = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    for demo in create_demo_couple(tmp_path / "journals"):
        session = JournalSession(Journal.unlock(demo.folder, demo.passphrase))
        try:
            view = view_for(qtbot, session)
            view.resize(1100, 720)
            view.show()
            qtbot.waitExposed(view)
            with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
                view.refresh()
            assert view.model.rowCount() > 5
            assert view.findChild(QLabel, "phaseTitle").isVisible()
            path = shots / f"today_{demo.role.value}.png"
            assert view.grab().save(str(path))
            assert path.stat().st_size > 10_000
        finally:
            session.close()


# -- where you are on the path --------------------------------------------------------------------


def guidance_label(view: TodayView, name: str) -> QLabel:
    return view.findChild(QFrame, "guidanceArea").findChild(QLabel, name)


@pytest.mark.parametrize(
    ("months", "phase"),
    [(0, Phase.EARLY), (3, Phase.BUILDING), (6, Phase.STEADYING), (12, Phase.STABLE)],
)
def test_the_guidance_area_shows_the_phase_of_the_start_date(
    qtbot, open_session, months, phase
) -> None:
    view = view_for(qtbot, open_session(since=add_months(TODAY, -months)))
    words = load_guidance().phases[phase]
    assert view.phase_panel.phase is phase
    assert guidance_label(view, "phaseTitle").text() == words.title
    assert guidance_label(view, "phaseExpect").text() == words.what_to_expect
    assert guidance_label(view, "phaseReassurance").text() == words.reassurance
    elapsed = guidance_label(view, "phaseElapsed").text()
    if months == 0:
        assert elapsed == "You started today"
    else:
        assert elapsed.endswith("since you started")


def test_the_day_before_a_boundary_is_still_the_phase_before(qtbot, open_session) -> None:
    since = add_months(TODAY, -3) + dt.timedelta(days=1)
    view = view_for(qtbot, open_session(since=since))
    assert view.phase_panel.phase is Phase.EARLY
    assert guidance_label(view, "phaseTitle").text() == load_guidance().phases[Phase.EARLY].title


@pytest.mark.parametrize(
    ("since", "today", "text"),
    [
        (dt.date(2026, 1, 15), dt.date(2026, 1, 15), "You started today"),
        (dt.date(2026, 1, 15), dt.date(2026, 1, 16), "1 day since you started"),
        (dt.date(2026, 1, 15), dt.date(2026, 1, 27), "12 days since you started"),
        (dt.date(2026, 1, 15), dt.date(2026, 2, 15), "1 month since you started"),
        (dt.date(2026, 1, 15), dt.date(2026, 2, 16), "1 month and 1 day since you started"),
        (dt.date(2026, 1, 15), dt.date(2026, 4, 20), "3 months and 5 days since you started"),
        (dt.date(2026, 1, 31), dt.date(2026, 4, 30), "3 months since you started"),
        (dt.date(2026, 1, 15), dt.date(2027, 1, 20), "1 year since you started"),
        (dt.date(2026, 1, 15), dt.date(2028, 3, 20), "2 years and 2 months since you started"),
        (dt.date(2026, 5, 1), dt.date(2026, 4, 1), "Your start date is still ahead"),
    ],
)
def test_how_long_since_the_start_in_plain_words(qapp, since, today, text) -> None:
    from trustjournal.ui.guide_words import describe_elapsed

    assert describe_elapsed(since, today) == text


def test_more_about_where_you_are_asks_for_the_timeline(qtbot, open_session) -> None:
    view = view_for(qtbot, open_session())
    link = view.findChild(QPushButton, "timelineLink")
    assert link.accessibleName()
    with qtbot.waitSignal(view.timelineRequested):
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)


def test_an_empty_slot_is_kept_for_the_noticed_changes_prompt(qtbot, open_session) -> None:
    view = view_for(qtbot, open_session())
    frame = view.findChild(QFrame, "guidanceArea")
    slot = frame.findChild(QVBoxLayout, "nudgeSlot")
    assert slot is not None and slot is view.nudge_slot
    assert slot.count() == 0


def test_the_safety_note_is_one_click_away(qtbot, open_session) -> None:
    view = view_for(qtbot, open_session())
    view.show()
    qtbot.waitExposed(view)
    button = view.findChild(QFrame, "guidanceArea").findChild(QPushButton, "safetyNoteButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.window().findChild(QDialog, "safetyNoteDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_clear_empties_the_guidance_area(qtbot, open_session) -> None:
    view = view_for(qtbot, open_session())
    view.clear()
    for name in ("phaseTitle", "phaseElapsed", "phaseExpect", "phaseReassurance"):
        assert guidance_label(view, name).text() == ""
    assert not view.findChild(QPushButton, "timelineLink").isVisibleTo(view)


# -- a gentle note when the partner's own entries suggest counselling ----------------------------


def session_with_signs(open_session, role: Role, *, signs: bool = True) -> JournalSession:
    session = open_session(role, since=eight_months_ago(TODAY))
    session.journal.add_many(drafts_showing_signs(role, TODAY, signs=signs))
    return session


@pytest.mark.parametrize("role", list(Role))
def test_a_short_note_suggests_counselling_and_can_wait(qtbot, open_session, role) -> None:
    session = session_with_signs(open_session, role)
    view = view_for(qtbot, session)
    qtbot.waitUntil(lambda: len(view.suggestions.shown) == 2, timeout=5000)
    note = view.findChild(QFrame, "guidanceArea").findChild(QFrame, "suggestionNote")
    assert note is not None and note.isVisibleTo(view)
    with qtbot.waitSignal(view.selfCheckRequested):
        qtbot.mouseClick(note.findChild(QPushButton, "suggestionMore"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(note.findChild(QPushButton, "dismissSuggestions"), Qt.MouseButton.LeftButton)
    assert view.suggestions.shown == ()
    assert not view.suggestions.isVisibleTo(view)
    saved = session.journal.read(read_self_check)
    assert sorted(saved.values()) == [TODAY.isoformat()] * 2
    # The dismissal holds: a new page (or the next refresh) stays quiet.
    again = view_for(qtbot, session)
    with qtbot.waitSignal(again.suggestions.refreshed, timeout=5000):
        again.refresh()
    assert again.suggestions.shown == ()


@pytest.mark.parametrize("role", list(Role))
def test_no_note_without_a_sign(qtbot, open_session, role) -> None:
    view = view_for(qtbot, session_with_signs(open_session, role, signs=False))
    with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
        view.refresh()
    assert view.suggestions.shown == ()
    assert view.findChild(QFrame, "suggestionNote") is None


def test_locking_removes_the_note(qtbot, open_session) -> None:
    session = session_with_signs(open_session, Role.HURT)
    view = view_for(qtbot, session)
    qtbot.waitUntil(lambda: bool(view.suggestions.shown), timeout=5000)
    session.close()
    assert view.suggestions.shown == ()
    assert not view.suggestions.isVisibleTo(view)
