"""The Promises overview: what is open and due soon, quick outcomes, follow-through by month."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QTabWidget

from trustjournal.demo import create_demo_couple
from trustjournal.domain import Entry, EntryDraft, Kind, Outcome, Repeat, Role
from trustjournal.domain.promises import DuePromise, FollowThrough
from trustjournal.ui.follow_through_model import FollowThroughModel
from trustjournal.ui.promise_row import PromiseRow, due_text
from trustjournal.ui.promises_section import ENTRIES_TAB, OVERVIEW_TAB, PromisesSectionView
from trustjournal.ui.promises_view import SHOWN_AT_MOST, PromisesView
from trustjournal.ui.sections import sections_for
from trustjournal.ui.session import JournalSession
from trustjournal.ui.theme import apply_theme
from trustjournal.vault import Journal

TODAY = dt.date.today()
D = dt.date
KEPT = Outcome.KEPT


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(make_journal, qapp):
    journal, _code = make_journal("daniel", role=Role.REPAIRING)
    opened = JournalSession(journal)
    yield opened
    opened.close()


def promise(title: str, made: int, due: int | None = None, **fields) -> EntryDraft:
    return EntryDraft(
        kind=Kind.PROMISE,
        title=title,
        date=days(made),
        due=None if due is None else days(due),
        **fields,
    )


def loaded(qtbot, session: JournalSession) -> PromisesView:
    view = PromisesView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.refresh()
    # Rows added to a shown page appear on the next turn of the event loop.
    qtbot.waitUntil(lambda: all(row.isVisibleTo(view) for row in view.rows))
    return view


def titles(view: PromisesView) -> list[str]:
    return [row.title_label.text() for row in view.rows]


def row_for(view: PromisesView, title: str) -> PromiseRow:
    return next(row for row in view.rows if row.title_label.text() == title)


# -- wording ----------------------------------------------------------------------------------


def entry(due: dt.date | None = None, repeat: Repeat | None = None, outcome=Outcome.OPEN) -> Entry:
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    return Entry(
        1,
        Kind.PROMISE,
        "t",
        "",
        D(2026, 1, 1),
        moment,
        moment,
        None,
        (),
        (),
        False,
        due,
        outcome,
        repeat,
    )


@pytest.mark.parametrize(
    ("item", "text"),
    [
        (
            DuePromise(entry(D(2026, 3, 2)), D(2026, 3, 2), -3),
            "Was due 3 days ago — how did it go?",
        ),
        (DuePromise(entry(D(2026, 3, 4)), D(2026, 3, 4), -1), "Was due yesterday — how did it go?"),
        (DuePromise(entry(D(2026, 3, 5)), D(2026, 3, 5), 0), "Due today"),
        (DuePromise(entry(D(2026, 3, 6)), D(2026, 3, 6), 1), "Due tomorrow"),
        (DuePromise(entry(D(2026, 3, 8)), D(2026, 3, 8), 3), "Due in 3 days, on Sunday"),
        (DuePromise(entry(D(2026, 4, 1)), D(2026, 4, 1), 27), "Due on 1 Apr 2026"),
        (DuePromise(entry(None), None, None), "No date set"),
        (DuePromise(entry(None, Repeat.DAILY), D(2026, 3, 5), 0), "Every day · today"),
        (
            DuePromise(entry(None, Repeat.WEEKLY, Outcome.KEPT), D(2026, 3, 9), 4),
            "Every week · next on Monday · last time: kept",
        ),
        (DuePromise(entry(None, Repeat.WEEKLY), D(2026, 3, 5), 0), "Every week · today"),
    ],
)
def test_gentle_words_for_when_a_promise_is_due(item, text, english) -> None:
    assert due_text(item) == text
    for harsh in ("overdue", "late", "failed", "streak", "score"):
        assert harsh not in due_text(item).lower()


# -- the month table --------------------------------------------------------------------------


def test_follow_through_model(qtmodeltester, english) -> None:
    model = FollowThroughModel()
    qtmodeltester.check(model)
    months = [
        FollowThrough(D(2025, 12, 1), kept=3, missed=1),
        FollowThrough(D(2026, 1, 1)),
        FollowThrough(D(2026, 2, 1), partly_kept=2, renegotiated=1, open=4),
    ]
    model.set_months(months)
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 6
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Month", "Kept", "Partly\nkept", "Missed", "Renegotiated", "Open"]
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(3)]
    assert rows == [
        ["Feb 2026", "0", "2", "0", "1", "4"],  # newest first
        ["Jan 2026", "0", "0", "0", "0", "0"],
        ["Dec 2025", "3", "0", "1", "0", "0"],
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "February 2026"
    assert model.index(2, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "Kept: 3"
    model.clear()
    assert model.rowCount() == 0


# -- the view ---------------------------------------------------------------------------------


def test_what_is_open_and_due_soon_in_order(qtbot, session, english) -> None:
    session.journal.add_many(
        [
            promise("Plan the weekend away", -10, 20),
            promise("Call your mother back", -9, -3),
            promise(
                "Text when I leave the office", -20, None, repeat=Repeat.DAILY, outcome=Outcome.KEPT
            ),
            promise("Tell you about the work trip", -2, 3),
            promise("Read the book together", -6),
            promise("Home by seven on Fridays", -30, -20, outcome=Outcome.KEPT),
            promise("Delete the old chat", -5, -1, outcome=Outcome.RENEGOTIATED),
        ]
    )
    view = loaded(qtbot, session)
    assert titles(view) == [
        "Call your mother back",
        "Text when I leave the office",
        "Tell you about the work trip",
        "Plan the weekend away",
        "Read the book together",
    ]
    assert view.findChild(QLabel, "promisesSummary").text() == (
        "5 open promises · 3 due in the coming week"
    )
    assert row_for(view, "Call your mother back").due_label.text() == (
        "Was due 3 days ago — how did it go?"
    )
    assert row_for(view, "Text when I leave the office").due_label.text() == (
        "Every day · today · last time: kept"
    )
    assert row_for(view, "Read the book together").due_label.text() == "No date set"
    assert view.findChild(QLabel, "dueSoonHeading") is not None
    assert view.findChild(QLabel, "laterHeading") is not None
    note = view.findChild(QLabel, "renegotiateNote").text()
    assert "normal" in note
    table = view.findChild(QTableView, "followThroughTable")
    total = sum(
        int(table.model().index(r, c).data())
        for r in range(table.model().rowCount())
        for c in range(1, 6)
    )
    assert total == 7
    for found in view.findChildren(QLabel):
        assert found.textFormat() == Qt.TextFormat.PlainText
        lowered = found.text().lower()
        assert not any(word in lowered for word in ("score", "streak", "points", "%"))
    for button in view.findChildren(QPushButton):
        if button.isVisibleTo(view):
            assert button.objectName() and button.accessibleName(), button.text()


def test_one_click_records_how_it_went_and_can_be_undone(qtbot, session, english) -> None:
    made = session.journal.add(promise("Call your mother back", -9, -3, mood=3, tags=("family",)))
    view = loaded(qtbot, session)
    row = row_for(view, "Call your mother back")
    assert row.outcome_buttons[Outcome.KEPT].toolTip()
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.mouseClick(row.findChild(QPushButton, "keptButton"), Qt.MouseButton.LeftButton)
    saved = session.journal.get(made.id)
    assert saved.outcome is Outcome.KEPT
    assert dataclasses.replace(saved.draft(), outcome=Outcome.OPEN) == made.draft()
    assert titles(view) == []
    assert (
        view.findChild(QLabel, "outcomeStatus").text() == "Noted: “Call your mother back” — kept."
    )
    assert view.findChild(QLabel, "promisesSummary").text() == "No open promises right now."
    undo = view.findChild(QPushButton, "undoOutcomeButton")
    assert undo.isVisibleTo(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert session.journal.get(made.id).outcome is Outcome.OPEN
    assert titles(view) == ["Call your mother back"]
    assert not undo.isVisibleTo(view)


def test_renegotiating_is_normal_and_invites_the_new_promise(qtbot, session, english) -> None:
    session.journal.add(promise("Weekly walk on Sundays", -14, None, repeat=Repeat.WEEKLY))
    view = loaded(qtbot, session)
    row = row_for(view, "Weekly walk on Sundays")
    assert "normal" in row.outcome_buttons[Outcome.RENEGOTIATED].toolTip()
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        row.outcome_buttons[Outcome.RENEGOTIATED].click()
    status = view.findChild(QLabel, "outcomeStatus").text()
    assert "renegotiated" in status and "part of the work" in status
    assert titles(view) == []  # a renegotiated repeat stops coming round
    write_new = view.findChild(QPushButton, "writeNewPromiseButton")
    assert write_new.isVisibleTo(view)
    with qtbot.waitSignal(view.writeRequested) as signal:
        write_new.click()
    assert signal.args == [Kind.PROMISE]


def test_open_and_new_ask_the_page_to_show_the_editor(qtbot, session) -> None:
    made = session.journal.add(promise("Plan the weekend away", -1, 2))
    view = loaded(qtbot, session)
    with qtbot.waitSignal(view.openEntryRequested) as opened:
        view.rows[0].open_button.click()
    assert opened.args == [made.id]
    with qtbot.waitSignal(view.writeRequested) as wrote:
        view.findChild(QPushButton, "newPromiseButton").click()
    assert wrote.args == [Kind.PROMISE]


def test_a_promise_that_is_gone_is_refused_plainly_and_nothing_is_written(qtbot, session) -> None:
    made = session.journal.add(promise("Plan the weekend away", -1, 2))
    view = loaded(qtbot, session)
    session.journal.delete(made.id)  # deleted elsewhere, without a refresh yet
    before = session.journal.count()
    assert view.record_outcome(made.id, Outcome.KEPT) is False
    error = view.findChild(QLabel, "promisesError")
    assert (
        error.isVisibleTo(view)
        and error.text() == f"There is no entry number {made.id} in this journal."
    )
    assert session.journal.count() == before
    assert not view.findChild(QPushButton, "undoOutcomeButton").isVisibleTo(view)


def test_only_the_first_promises_are_listed_with_a_note_for_the_rest(qtbot, session) -> None:
    session.journal.add_many(
        [promise(f"Promise {i}", -1, i % 40) for i in range(SHOWN_AT_MOST + 3)]
    )
    view = loaded(qtbot, session)
    assert len(view.rows) == SHOWN_AT_MOST
    assert "3 more" in view.findChild(QLabel, "morePromises").text()


def test_lock_clears_every_title_and_figure(qtbot, session) -> None:
    session.journal.add(promise("Plan the weekend away", -1, 2))
    view = loaded(qtbot, session)
    row = view.rows[0]
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        row.outcome_buttons[Outcome.PARTLY_KEPT].click()
    session.close()
    assert view.rows == [] and view.model.rowCount() == 0
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert not any("weekend" in text for text in texts)


def test_other_kinds_of_change_do_not_reload(qtbot, session) -> None:
    view = loaded(qtbot, session)
    with qtbot.assertNotEmitted(view.refreshed, wait=300):
        session.add(EntryDraft(kind=Kind.TRANSPARENCY, title="Where I was on Tuesday"))


# -- the section page ------------------------------------------------------------------------


def promises_page(qtbot, session: JournalSession) -> PromisesSectionView:
    section = next(s for s in sections_for(Role.REPAIRING) if s.key == "promises")
    page = PromisesSectionView(session, section)
    qtbot.addWidget(page)
    return page


def test_the_section_page_shows_the_overview_first_and_opens_promises(qtbot, session) -> None:
    made = session.journal.add(promise("Plan the weekend away", -1, 2))
    page = promises_page(qtbot, session)
    tabs = page.findChild(QTabWidget, "promisesTabs")
    assert tabs.currentIndex() == OVERVIEW_TAB and tabs.count() == 2
    with qtbot.waitSignal(page.overview.refreshed, timeout=5000):
        page.overview.refresh()
    page.overview.rows[0].open_button.click()
    assert tabs.currentIndex() == ENTRIES_TAB
    assert page.editor.entry_id == made.id
    page.show_overview()
    page.overview.findChild(QPushButton, "newPromiseButton").click()
    assert tabs.currentIndex() == ENTRIES_TAB and page.editor.entry_id is None
    page.clear()
    assert page.overview.rows == []


def test_screenshot_with_the_demo_couple(qtbot, tmp_path) -> None:
    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        couple = create_demo_couple(tmp_path / theme, today=TODAY)
        daniel = next(d for d in couple if d.role is Role.REPAIRING)
        journal = Journal.unlock(daniel.folder, daniel.passphrase)
        # The demo has a daily promise; one more whose day has passed without an answer
        # yet, so every kind of row shows.
        journal.add(promise("Book the weekend away we talked about", -9, -3))
        session = JournalSession(journal)
        try:
            page = promises_page(qtbot, session)
            page.resize(940, 720)
            page.show()
            qtbot.waitExposed(page)
            with qtbot.waitSignal(page.overview.refreshed, timeout=5000):
                page.overview.refresh()
            qtbot.waitUntil(lambda p=page: all(r.isVisible() for r in p.overview.rows))
            path = out / f"promises_{theme}.png"
            assert page.grab().save(str(path)) and path.stat().st_size > 10_000
            assert len(page.overview.rows) == 5
        finally:
            session.close()
    apply_theme(app, "light")


def test_showing_the_page_on_a_new_day_rewords_what_is_due(qtbot, session, english) -> None:
    session.journal.add(promise("Plan the weekend away", -3, 0))
    view = PromisesView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.refresh(TODAY - dt.timedelta(days=1))
    assert view.rows[0].due_label.text() == "Due tomorrow"
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.show()
    qtbot.waitUntil(lambda: bool(view.rows) and view.rows[0].isVisible())
    assert view.rows[0].due_label.text() == "Due today"


def test_undo_is_withdrawn_once_the_promise_is_changed_elsewhere(qtbot, session, english) -> None:
    made = session.journal.add(promise("Text when I'm running late", -5, -1))
    view = loaded(qtbot, session)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        row_for(view, "Text when I'm running late").outcome_buttons[Outcome.KEPT].click()
    undo = view.findChild(QPushButton, "undoOutcomeButton")
    assert undo.isVisibleTo(view)
    # In the editor, the partner turns the promise into a reflection.
    edited = dataclasses.replace(
        session.journal.get(made.id).draft(), kind=Kind.REFLECTION, due=None, outcome=None
    )
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        session.update(made.id, edited)
    assert not undo.isVisibleTo(view)
    assert view.findChild(QLabel, "outcomeStatus").text() == ""
    assert view.undo_outcome() is False
    assert not view.findChild(QLabel, "promisesError").isVisibleTo(view)
    assert session.journal.get(made.id).kind is Kind.REFLECTION
