"""After a session: a quick note that the next counselling summary shows."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from trustjournal.domain import EntryFilter, Kind
from trustjournal.reports import last_session
from trustjournal.reports.session_note import SessionNote, parse
from trustjournal.reports.summary import build_summary, default_period, flagged_entries
from trustjournal.ui.session import JournalSession
from trustjournal.ui.session_note_dialog import SessionNoteDialog, note_title
from trustjournal.vault import Journal

TODAY = dt.date(2026, 3, 5)
PASSPHRASE = "a quiet morning walk"


@pytest.fixture
def session(qapp: QApplication, journal: Journal) -> Iterator[JournalSession]:
    session = JournalSession(journal)
    yield session
    if session.is_open:
        session.close()


@pytest.fixture
def dialog(qtbot: object, session: JournalSession) -> SessionNoteDialog:
    dialog = SessionNoteDialog(session, today=TODAY)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def notes(journal: Journal) -> list[str]:
    return [e.title for e in journal.entries(EntryFilter(kinds=(Kind.SESSION_NOTE,)))]


def test_a_note_is_saved_as_a_flagged_session_note_the_next_summary_shows(
    qtbot: object, dialog: SessionNoteDialog, session: JournalSession
) -> None:
    changes: list[object] = []
    session.entriesChanged.connect(changes.append)
    dialog.takeaways_edit.setPlainText("We talked about patience.")
    dialog.homework_edit.setPlainText("Walk together twice a week.")
    dialog.next_edit.set_value(dt.date(2026, 3, 19), TODAY)
    if folder := os.environ.get("TRUSTJOURNAL_SCREENSHOTS"):
        dialog.resize(640, 520)
        dialog.show()
        qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
        dialog.grab().save(str(Path(folder) / "session-note.png"))
    with qtbot.waitSignal(dialog.saved):  # type: ignore[attr-defined]
        dialog.save_button.click()
    entry = dialog.entry
    assert entry is not None and entry.kind is Kind.SESSION_NOTE
    assert entry.session and entry.date == TODAY
    assert entry.title == note_title()
    assert parse(entry.body) == SessionNote(
        "We talked about patience.", "Walk together twice a week.", dt.date(2026, 3, 19)
    )
    assert changes, "other views hear about the new entry"
    journal = session.journal
    assert last_session.last_session_day(journal) == TODAY
    # The next summary starts at this session and shows the note as "the last session".
    period = default_period(journal, dt.date(2026, 3, 18))
    assert period.start == TODAY
    ids = [e.id for e in flagged_entries(journal, period)]
    summary = build_summary(journal, period, ids)
    assert summary.last_session is not None and summary.last_session.entry.id == entry.id
    assert summary.next_session == dt.date(2026, 3, 19)


def test_nothing_written_means_nothing_saved(
    dialog: SessionNoteDialog, session: JournalSession
) -> None:
    assert not dialog.save_button.isEnabled()
    dialog.takeaways_edit.setPlainText("   ")
    assert not dialog.save_button.isEnabled()
    dialog.save()
    assert "Write a takeaway" in dialog.problem.text()
    assert notes(session.journal) == []
    assert last_session.last_session_day(session.journal) is None


def test_a_next_session_before_this_one_is_refused(
    dialog: SessionNoteDialog, session: JournalSession
) -> None:
    dialog.next_edit.set_value(dt.date(2026, 3, 1), TODAY)
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.problem.text() == (
        "The next session is before this one. Please check the two days."
    )
    assert notes(session.journal) == []


def test_only_the_next_session_day_is_enough(
    qtbot: object, dialog: SessionNoteDialog, session: JournalSession
) -> None:
    dialog.date_edit.setDate(QDate(2026, 3, 4))
    dialog.next_edit.set_value(dt.date(2026, 3, 11), TODAY)
    with qtbot.waitSignal(dialog.saved):  # type: ignore[attr-defined]
        dialog.save()
    assert notes(session.journal) == [note_title()]
    assert last_session.last_session_day(session.journal) == dt.date(2026, 3, 4)


def test_a_failing_save_is_told_and_the_words_stay(
    dialog: SessionNoteDialog, session: JournalSession
) -> None:
    journal = session.journal
    folder = journal.folder
    journal.lock()  # the journal closes underneath the dialog: saving cannot work
    dialog.takeaways_edit.setPlainText("Keep these words.")
    dialog.save()
    assert dialog.problem.text() == "The journal is locked. Unlock it first."
    assert dialog.takeaways_edit.toPlainText() == "Keep these words."
    assert dialog.entry is None and dialog.result() == 0
    with Journal.unlock(folder, PASSPHRASE) as again:
        assert notes(again) == []
        assert last_session.last_session_day(again) is None


def test_locking_clears_the_words(dialog: SessionNoteDialog, session: JournalSession) -> None:
    dialog.takeaways_edit.setPlainText("private")
    dialog.homework_edit.setPlainText("also private")
    session.close()
    assert dialog.takeaways_edit.toPlainText() == ""
    assert dialog.homework_edit.toPlainText() == ""


def test_every_field_has_a_name_for_tests_and_assistive_technology(
    dialog: SessionNoteDialog,
) -> None:
    for name in (
        "sessionDateEdit",
        "takeawaysEdit",
        "homeworkEdit",
        "nextSessionEdit",
        "saveNoteButton",
        "cancelButton",
    ):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
