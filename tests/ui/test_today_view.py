"""The Today page: greeting, prompt, quick writing buttons and the last seven days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListView, QPushButton, QStackedWidget

from trustjournal.demo import create_demo_couple
from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.ui.session import JournalSession
from trustjournal.ui.today_view import (
    QUICK_KINDS,
    RECENT_MAX,
    TodayView,
    prompt_for_day,
    prompts_for,
)
from trustjournal.vault import Journal

SHOTS = Path("/tmp/shots/today")
TODAY = dt.date.today()


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
    assert frame is not None and "path" in labels_text(view)


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


def test_prompts_turn_over_by_day_and_differ_by_role() -> None:
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(6)]
    assert len({prompt_for_day(Role.HURT, d) for d in days}) == len(prompts_for(Role.HURT))
    assert not set(prompts_for(Role.HURT)) & set(prompts_for(Role.REPAIRING))
    assert prompt_for_day(Role.HURT, days[0]) == prompt_for_day(Role.HURT, days[0])


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
    SHOTS.mkdir(parents=True, exist_ok=True)
    for demo in create_demo_couple(tmp_path):
        session = JournalSession(Journal.unlock(demo.folder, demo.passphrase))
        try:
            view = view_for(qtbot, session)
            view.resize(1100, 720)
            view.show()
            qtbot.waitExposed(view)
            assert view.model.rowCount() > 5
            assert view.grab().save(str(SHOTS / f"today_{demo.role.value}.png"))
        finally:
            session.close()
