"""The editor's "Repeats" row for promises."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QComboBox, QLineEdit

from trustjournal.domain import Kind, Repeat, Role
from trustjournal.ui.entry_editor import EntryEditor
from trustjournal.ui.session import JournalSession


@pytest.fixture
def repairing(make_journal, qapp):
    journal, _ = make_journal("repairing", role=Role.REPAIRING)
    s = JournalSession(journal)
    yield s
    s.close()


def test_a_promise_can_repeat_and_the_choice_round_trips(repairing, qtbot):
    editor = EntryEditor(repairing, (Kind.PROMISE, Kind.SMALL_ACTION))
    qtbot.addWidget(editor)
    editor.load(None, Kind.PROMISE)
    repeat = editor.findChild(QComboBox, "repeatCombo")
    assert repeat is not None and repeat.isVisibleTo(editor)
    assert [repeat.itemText(i) for i in range(repeat.count())] == [
        "Once",
        "Every day",
        "Every week",
    ]
    assert not editor.is_dirty()  # choosing how often, alone, is not writing anything
    repeat.setCurrentIndex(2)
    assert not editor.is_dirty()
    editor.findChild(QLineEdit, "titleEdit").setText("Sunday walk")
    assert editor.save()
    entry = repairing.journal.get(editor.entry_id)
    assert entry.repeat is Repeat.WEEKLY

    editor.load(None, Kind.PROMISE)
    assert repeat.currentIndex() == 0
    editor.load(entry, entry.kind)
    assert repeat.currentText() == "Every week"
    assert not editor.is_dirty()
    repeat.setCurrentIndex(0)
    assert editor.is_dirty()
    assert editor.save()
    assert repairing.journal.get(entry.id).repeat is None


def test_other_kinds_have_no_repeat(repairing, qtbot):
    editor = EntryEditor(repairing, (Kind.PROMISE, Kind.SMALL_ACTION))
    qtbot.addWidget(editor)
    editor.load(None, Kind.SMALL_ACTION)
    assert not editor.findChild(QComboBox, "repeatCombo").isVisibleTo(editor)
    assert editor.draft().repeat is None
