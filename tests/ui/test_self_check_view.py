"""The private self-check: ticks kept only in the encrypted journal, and gentle notes."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from self_check_data import drafts_showing_signs, eight_months_ago

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton

from trustjournal.domain import Role
from trustjournal.domain.guidance import load_guidance
from trustjournal.domain.self_check import QUIET_DAYS, DataSign, low_mood
from trustjournal.ui.guide_pages import camel
from trustjournal.ui.self_check_view import SelfCheckView
from trustjournal.ui.session import JournalSession
from trustjournal.ui.theme import apply_theme
from trustjournal.vault import Journal, stats
from trustjournal.vault.self_check_store import (
    DISMISSED_PREFIX,
    read_self_check,
    write_self_check,
)

PASSPHRASE = "a quiet morning walk"  # the passphrase of the journals that make_journal creates
TODAY = dt.date.today()
SIGNS = load_guidance().counselling_signs


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


def view_for(qtbot, session: JournalSession) -> SelfCheckView:
    view = SelfCheckView(session)
    qtbot.addWidget(view)
    return view


def box(view: SelfCheckView, sign_id: str) -> QCheckBox:
    return view.findChild(QCheckBox, camel("sign", sign_id))


def saved(session: JournalSession) -> dict[str, str]:
    return session.journal.read(read_self_check)


def test_the_checklist_shows_every_sign_unticked(qtbot, open_session) -> None:
    view = view_for(qtbot, open_session())
    assert len(SIGNS) >= 5
    for sign in SIGNS:
        assert box(view, sign.id).text() == sign.text
        assert not box(view, sign.id).isChecked()
        assert box(view, sign.id).accessibleName() == sign.text
    assert view.findChild(QLabel, "counsellingHelpText").text() == load_guidance().counselling_help
    assert view.findChild(QPushButton, "safetyNoteButton") is not None
    assert all(lbl.textFormat() == Qt.TextFormat.PlainText for lbl in view.findChildren(QLabel))


def test_a_tick_is_kept_inside_the_journal_and_survives_a_lock(
    qtbot, open_session, tmp_path
) -> None:
    session = open_session()
    view = view_for(qtbot, session)
    with qtbot.waitSignal(view.checkChanged) as signal:
        qtbot.mouseClick(box(view, "major_betrayal"), Qt.MouseButton.LeftButton)
    assert signal.args == ["major_betrayal", True]
    box(view, "stuck_cycles").setChecked(True)
    assert saved(session) == {"self_check.major_betrayal": "1", "self_check.stuck_cycles": "1"}
    box(view, "stuck_cycles").setChecked(False)  # unticking removes the key altogether
    assert saved(session) == {"self_check.major_betrayal": "1"}

    folder = tmp_path / "j0"
    session.close()
    for file in folder.rglob("*"):
        if file.is_file():
            assert b"self_check" not in file.read_bytes(), file.name  # encrypted, not plain
    again = JournalSession(Journal.unlock(folder, PASSPHRASE))
    try:
        reopened = view_for(qtbot, again)
        assert box(reopened, "major_betrayal").isChecked()
        assert not box(reopened, "stuck_cycles").isChecked()
        assert again.info.name == "Alex"  # the journal's own meta is untouched
    finally:
        again.close()


def test_a_tick_that_cannot_be_saved_is_undone_with_a_message(qtbot, open_session) -> None:
    session = open_session()
    view = view_for(qtbot, session)
    view.show()
    session.journal.lock()  # the journal locks underneath the page
    box(view, "defensiveness").setChecked(True)
    assert not box(view, "defensiveness").isChecked()
    error = view.findChild(QLabel, "selfCheckError")
    assert error.isVisible() and "locked" in error.text()
    session.close()


def test_nothing_is_half_written_when_a_save_fails(qtbot, open_session, tmp_path) -> None:
    session = open_session()
    view = view_for(qtbot, session)
    box(view, "past_trauma").setChecked(True)
    session.journal.lock()
    box(view, "past_trauma").setChecked(False)
    assert box(view, "past_trauma").isChecked()  # the screen shows what is saved
    session.close()
    again = Journal.unlock(tmp_path / "j0", PASSPHRASE)
    try:
        assert again.read(read_self_check) == {"self_check.past_trauma": "1"}
    finally:
        again.lock()


def test_only_self_check_keys_can_be_written(open_session) -> None:
    session = open_session()
    with pytest.raises(ValueError, match="self_check"), session.journal.write() as conn:
        write_self_check(conn, "name", "Someone else")
    assert session.info.name == "Alex"
    assert (
        session.journal.read(
            lambda c: c.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()[0]
        )
        == "Alex"
    )


def test_locking_unticks_the_page(qtbot, open_session) -> None:
    session = open_session()
    view = view_for(qtbot, session)
    box(view, "low_most_days").setChecked(True)
    session.close()
    assert not any(b.isChecked() for b in view.boxes.values())
    view.refresh()  # a late refresh after locking must not fail
    assert not any(b.isChecked() for b in view.boxes.values())


# -- notes from the partner's own entries --------------------------------------------------------


def view_with_signs(qtbot, open_session, role: Role, *, signs: bool = True) -> SelfCheckView:
    session = open_session(role, since=eight_months_ago(TODAY))
    session.journal.add_many(drafts_showing_signs(role, TODAY, signs=signs))
    view = view_for(qtbot, session)
    with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
        view.refresh(TODAY)
    return view


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.HURT, (DataSign.TRIGGERS_NOT_EASING, DataSign.LOW_MOOD)),
        (Role.REPAIRING, (DataSign.DEFENSIVE_WORDING, DataSign.LOW_MOOD)),
    ],
)
def test_a_note_appears_when_the_entries_show_a_sign(qtbot, open_session, role, expected) -> None:
    view = view_with_signs(qtbot, open_session, role)
    assert view.suggestions.shown == expected
    words = load_guidance().data_signs
    for sign in expected:
        note = view.findChild(QFrame, camel("suggestion", sign.value))
        assert note is not None and note.isVisibleTo(view)
        assert note.findChild(QLabel, camel("suggestion", sign.value, "text")).text() == (
            words[sign].text
        )


@pytest.mark.parametrize("role", list(Role))
def test_no_note_when_the_entries_show_no_sign(qtbot, open_session, role) -> None:
    view = view_with_signs(qtbot, open_session, role, signs=False)
    assert view.suggestions.shown == ()
    assert not view.suggestions.isVisibleTo(view)


def test_not_now_is_remembered_for_ninety_days(qtbot, open_session) -> None:
    view = view_with_signs(qtbot, open_session, Role.HURT)
    session = view._session
    dismiss = view.findChild(QPushButton, camel("dismiss", DataSign.LOW_MOOD.value))
    with qtbot.waitSignal(view.suggestions.changed):
        qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert view.suggestions.shown == (DataSign.TRIGGERS_NOT_EASING,)
    assert saved(session) == {DISMISSED_PREFIX + "low_mood": TODAY.isoformat()}

    quiet_end = TODAY + dt.timedelta(days=QUIET_DAYS - 1)
    session.journal.add_many(drafts_showing_signs(Role.HURT, quiet_end))
    trends = session.journal.read(lambda conn: stats.month_trends(conn, quiet_end))
    assert low_mood(trends, session.info.since, quiet_end)  # the sign is still there…
    with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
        view.refresh(quiet_end)
    assert DataSign.LOW_MOOD not in view.suggestions.shown  # …but the note waits
    assert DataSign.TRIGGERS_NOT_EASING in view.suggestions.shown
    # Ninety days on, the note may come back, but only if the sign is still there.
    later = TODAY + dt.timedelta(days=QUIET_DAYS)
    signs_later = drafts_showing_signs(Role.HURT, later)
    session.journal.add_many(signs_later)
    with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
        view.refresh(later)
    assert DataSign.LOW_MOOD in view.suggestions.shown


def test_a_damaged_dismissal_date_counts_as_none(qtbot, open_session) -> None:
    session = open_session(Role.HURT, since=eight_months_ago(TODAY))
    session.journal.add_many(drafts_showing_signs(Role.HURT, TODAY))
    with session.journal.write() as conn:
        write_self_check(conn, DISMISSED_PREFIX + "low_mood", "not a date")
    view = view_for(qtbot, session)
    with qtbot.waitSignal(view.suggestions.refreshed, timeout=5000):
        view.refresh(TODAY)
    assert DataSign.LOW_MOOD in view.suggestions.shown


def test_a_dismissal_that_cannot_be_saved_keeps_the_note(qtbot, open_session) -> None:
    view = view_with_signs(qtbot, open_session, Role.HURT)
    session = view._session
    session.journal.lock()
    view.suggestions.dismiss(DataSign.LOW_MOOD)
    assert DataSign.LOW_MOOD in view.suggestions.shown
    error = view.findChild(QLabel, "suggestionError")
    assert not error.isHidden() and "locked" in error.text()
    session.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_the_self_check(qtbot, qapp, open_session, tmp_path, theme) -> None:
    shots = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    apply_theme(qapp, theme)
    try:
        view = view_with_signs(qtbot, open_session, Role.REPAIRING)
        box(view, "major_betrayal").setChecked(True)
        view.resize(900, 760)
        view.show()
        qtbot.waitExposed(view)
        path = shots / f"self_check_{theme}.png"
        assert view.grab().save(str(path))
        assert path.stat().st_size > 10_000
    finally:
        apply_theme(qapp, "system")
