"""The gentle "anything you noticed?" prompt for the partner who was hurt."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.ui.noticed_prompt import NoticedChangesPrompt
from trustjournal.ui.session import JournalSession

TODAY = dt.date.today()


@pytest.fixture
def open_session(make_journal, qapp):
    sessions: list[JournalSession] = []

    def make(role: Role = Role.HURT, age_days: int = 30) -> JournalSession:
        journal, _code = make_journal(
            f"j{len(sessions)}", role=role, since=TODAY - dt.timedelta(days=age_days)
        )
        session = JournalSession(journal)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


def prompt_for(qtbot, session: JournalSession) -> NoticedChangesPrompt:
    prompt = NoticedChangesPrompt(session)
    qtbot.addWidget(prompt)
    return prompt


def noticed(days_ago: int) -> EntryDraft:
    return EntryDraft(
        kind=Kind.NOTICED_CHANGE,
        title="He called when he said he would",
        date=TODAY - dt.timedelta(days=days_ago),
    )


def test_shown_after_two_quiet_weeks_with_its_buttons(qtbot, open_session) -> None:
    session = open_session()
    session.journal.add(noticed(14))
    prompt = prompt_for(qtbot, session)
    assert not prompt.isHidden()
    text = prompt.findChild(QLabel, "noticedPromptText")
    assert text.textFormat() == Qt.TextFormat.PlainText and "however small" in text.text()
    write = prompt.findChild(QPushButton, "writeNoticedButton")
    later = prompt.findChild(QPushButton, "notNowButton")
    assert write.accessibleName() and later.accessibleName()
    with qtbot.waitSignal(prompt.writeRequested) as signal:
        qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
    assert signal.args == [Kind.NOTICED_CHANGE]


def test_hidden_when_a_change_was_noted_lately(qtbot, open_session) -> None:
    session = open_session()
    session.journal.add(noticed(13))
    assert prompt_for(qtbot, session).isHidden()


def test_hidden_in_the_first_two_weeks_and_for_the_repairing_partner(qtbot, open_session) -> None:
    assert prompt_for(qtbot, open_session(age_days=13)).isHidden()
    assert not prompt_for(qtbot, open_session(age_days=14)).isHidden()
    assert prompt_for(qtbot, open_session(Role.REPAIRING, age_days=60)).isHidden()


def test_writing_a_change_hides_it(qtbot, open_session) -> None:
    session = open_session()
    prompt = prompt_for(qtbot, session)
    assert not prompt.isHidden()
    session.add(EntryDraft(kind=Kind.FEELING, title="Tired"))
    assert not prompt.isHidden()
    session.add(noticed(0))
    assert prompt.isHidden()


def test_not_now_hides_it_for_today_only_and_writes_nothing(qtbot, open_session) -> None:
    session = open_session()
    prompt = prompt_for(qtbot, session)
    before = session.journal.count()
    qtbot.mouseClick(prompt.findChild(QPushButton, "notNowButton"), Qt.MouseButton.LeftButton)
    assert prompt.isHidden()
    prompt.refresh()
    assert prompt.isHidden()
    prompt.refresh(TODAY + dt.timedelta(days=1))
    assert not prompt.isHidden()
    assert session.journal.count() == before


def test_lock_hides_it(qtbot, open_session) -> None:
    session = open_session()
    prompt = prompt_for(qtbot, session)
    assert not prompt.isHidden()
    session.close()
    assert prompt.isHidden()
    prompt.refresh()
    assert prompt.isHidden()
