"""Sharing from the entry editor: what leaves is what is saved."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtWidgets import QLineEdit, QPushButton

from trustjournal.domain import EntryDraft, Kind
from trustjournal.ui.entry_editor import EntryEditor
from trustjournal.ui.session import JournalSession


@pytest.fixture
def session(journal, qapp):
    s = JournalSession(journal)
    yield s
    s.close()


def test_share_saves_first_then_asks_to_share_the_entry(session, qtbot):
    entry = session.add(EntryDraft(Kind.FEELING, "Tired", "Long day.", dt.date(2026, 3, 1)))
    editor = EntryEditor(session, (Kind.FEELING,))
    qtbot.addWidget(editor)
    share = editor.findChild(QPushButton, "editorShareButton")
    editor.load(None, Kind.FEELING)
    assert not share.isEnabled()  # nothing saved yet, nothing to share
    editor.load(entry, entry.kind)
    assert share.isEnabled()
    editor.findChild(QLineEdit, "titleEdit").setText("Tired, and honest about it")
    with qtbot.waitSignal(editor.shareRequested) as asked:
        share.click()
    assert asked.args == [entry.id]
    assert session.journal.get(entry.id).title == "Tired, and honest about it"


def test_share_is_not_asked_when_the_save_fails(session, qtbot):
    entry = session.add(EntryDraft(Kind.FEELING, "Tired", "", dt.date(2026, 3, 1)))
    editor = EntryEditor(session, (Kind.FEELING,))
    qtbot.addWidget(editor)
    editor.load(entry, entry.kind)
    editor.findChild(QLineEdit, "titleEdit").setText("   ")  # a title is needed
    asked: list[int] = []
    editor.shareRequested.connect(asked.append)
    editor.findChild(QPushButton, "editorShareButton").click()
    assert asked == []
    assert session.journal.get(entry.id).title == "Tired"
