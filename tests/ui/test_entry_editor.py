"""The entry editor: writing, saving, failing calmly, deleting, and a safe preview."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6 import QtGui
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)

from trustjournal.domain import EntryDraft, Kind, Outcome, Role
from trustjournal.errors import JournalLocked
from trustjournal.ui.entry_editor import EntryEditor
from trustjournal.ui.label_field import LabelField
from trustjournal.ui.markdown_view import SafeMarkdownView
from trustjournal.ui.session import JournalSession

UNSAFE_BODY = '<img src="file:///etc/passwd"> <a href="http://x">x</a>'


@pytest.fixture
def session(journal, qapp):
    s = JournalSession(journal)
    yield s
    s.close()


@pytest.fixture
def repairing(make_journal, qapp):
    journal, _ = make_journal("repairing", role=Role.REPAIRING)
    s = JournalSession(journal)
    yield s
    s.close()


def make_editor(qtbot, session, kinds=(Kind.FEELING,)) -> EntryEditor:
    editor = EntryEditor(session, kinds)
    qtbot.addWidget(editor)
    return editor


def child(editor, cls, name):
    widget = editor.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_new_feeling_is_written_and_saved(session, qtbot):
    editor = make_editor(qtbot, session)
    assert not editor.is_dirty()
    assert editor.entry_id is None
    assert child(editor, QDateEdit, "dateEdit").date() == QDate.currentDate()
    assert not child(editor, QComboBox, "kindCombo").isVisibleTo(editor)

    child(editor, QLineEdit, "titleEdit").setText("Couldn't sleep")
    assert editor.is_dirty()
    child(editor, QPlainTextEdit, "bodyEdit").setPlainText("The phone buzzed at *two*.")
    child(editor, QDateEdit, "dateEdit").setDate(QDate(2026, 11, 20))
    child(editor, QRadioButton, "mood2Button").click()
    child(editor, LabelField, "emotionsEdit").setText("anxious, tired")
    child(editor, LabelField, "tagsEdit").setText("night")
    child(editor, QCheckBox, "sessionCheck").setChecked(True)

    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save()
    entry = session.journal.get(blocker.args[0])
    assert entry.title == "Couldn't sleep"
    assert entry.body == "The phone buzzed at *two*."
    assert entry.date == dt.date(2026, 11, 20)
    assert entry.mood == 2
    assert entry.emotions == ("anxious", "tired")
    assert entry.tags == ("night",)
    assert entry.session is True
    assert entry.due is None and entry.outcome is None
    assert editor.entry_id == entry.id
    assert not editor.is_dirty()
    assert child(editor, QLabel, "messageLabel").text() == "Saved."

    # Editing the saved entry updates it instead of adding another.
    child(editor, QRadioButton, "moodNoneButton").click()
    assert editor.is_dirty()
    assert editor.save()
    assert session.journal.get(entry.id).mood is None
    assert session.journal.count() == 1


def test_promise_due_and_outcome_round_trip(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.PROMISE,))
    due_edit = child(editor, QDateEdit, "dueEdit")
    no_due = child(editor, QCheckBox, "noDueCheck")
    outcome = child(editor, QComboBox, "outcomeCombo")
    assert due_edit.isVisibleTo(editor) and outcome.isVisibleTo(editor)
    assert no_due.isChecked() and not due_edit.isEnabled()
    assert [outcome.itemText(i) for i in range(outcome.count())] == [
        "Open",
        "Kept",
        "Partly kept",
        "Missed",
        "Renegotiated",
    ]

    child(editor, QLineEdit, "titleEdit").setText("Text when I'll be late")
    no_due.setChecked(False)
    assert due_edit.isEnabled()
    due_edit.setDate(QDate(2026, 12, 4))
    outcome.setCurrentIndex(outcome.findText("Partly kept"))
    assert editor.save()
    entry = repairing.journal.get(editor.entry_id)
    assert entry.due == dt.date(2026, 12, 4)
    assert entry.outcome is Outcome.PARTLY_KEPT

    editor.load(None, Kind.PROMISE)
    editor.load(entry, entry.kind)
    assert not no_due.isChecked()
    assert due_edit.date() == QDate(2026, 12, 4)
    assert outcome.currentText() == "Partly kept"
    assert editor.draft() == entry.draft()
    assert not editor.is_dirty()

    no_due.setChecked(True)
    assert editor.save()
    assert repairing.journal.get(entry.id).due is None


def test_dirty_tracking_and_revert(session, qtbot):
    entry = session.add(EntryDraft(kind=Kind.FEELING, title="Quiet Sunday", body="Rain.", mood=3))
    editor = make_editor(qtbot, session)
    revert = child(editor, QPushButton, "revertButton")
    editor.load(entry, entry.kind)
    assert not editor.is_dirty()
    assert not revert.isEnabled()

    with qtbot.waitSignal(editor.dirtyChanged, check_params_cb=lambda dirty: dirty):
        child(editor, QPlainTextEdit, "bodyEdit").setPlainText("Rain, and then sun.")
    assert editor.is_dirty()
    assert revert.isEnabled()
    revert.click()
    assert not editor.is_dirty()
    assert child(editor, QPlainTextEdit, "bodyEdit").toPlainText() == "Rain."

    # A new, empty editor is not dirty, even after choosing another mood-less kind.
    editor.load(None, Kind.FEELING)
    assert not editor.is_dirty()
    child(editor, LabelField, "tagsEdit").setText("home")
    assert editor.is_dirty()


def test_needs_and_boundaries_choose_a_kind(session, qtbot):
    editor = make_editor(qtbot, session, (Kind.NEED, Kind.BOUNDARY))
    kind_combo = child(editor, QComboBox, "kindCombo")
    assert kind_combo.isVisibleTo(editor)
    assert [kind_combo.itemText(i) for i in range(2)] == ["Need", "Boundary"]
    kind_combo.setCurrentIndex(1)
    assert not editor.is_dirty()  # picking a kind is not writing anything yet
    child(editor, QLineEdit, "titleEdit").setText("No phone at dinner")
    assert editor.save()
    assert session.journal.get(editor.entry_id).kind is Kind.BOUNDARY
    assert not child(editor, QDateEdit, "dueEdit").isVisibleTo(editor)


def test_empty_title_is_refused_inline_and_text_is_kept(session, qtbot):
    editor = make_editor(qtbot, session)
    editor.show()
    body = child(editor, QPlainTextEdit, "bodyEdit")
    body.setPlainText("Everything I wanted to say, kept safe.")
    child(editor, LabelField, "emotionsEdit").setText("sad")
    with qtbot.assertNotEmitted(editor.saved):
        assert editor.save() is False
    message = child(editor, QLabel, "messageLabel")
    assert message.text() == "An entry needs a title."
    assert message.isVisible()
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert body.toPlainText() == "Everything I wanted to say, kept safe."
    assert child(editor, LabelField, "emotionsEdit").text() == "sad"
    assert editor.is_dirty()
    assert session.journal.count() == 0

    child(editor, QLineEdit, "titleEdit").setText("Now with a title")
    assert editor.save()
    assert message.text() == "Saved."


def test_locked_journal_is_refused_inline_and_text_is_kept(session, qtbot):
    editor = make_editor(qtbot, session)
    child(editor, QLineEdit, "titleEdit").setText("Written just before the lock")
    child(editor, QPlainTextEdit, "bodyEdit").setPlainText("Do not lose me.")
    session.journal.lock()
    assert editor.save() is False
    assert child(editor, QLabel, "messageLabel").text() == JournalLocked().message
    assert child(editor, QLineEdit, "titleEdit").text() == "Written just before the lock"
    assert child(editor, QPlainTextEdit, "bodyEdit").toPlainText() == "Do not lose me."

    session.close()  # a closed session (the app locked) is refused the same calm way
    assert editor.save() is False
    assert child(editor, QLabel, "messageLabel").text() == JournalLocked().message


def test_delete_asks_first(session, qtbot, monkeypatch):
    entry = session.add(EntryDraft(kind=Kind.FEELING, title="<b>Angry</b> about dinner"))
    editor = make_editor(qtbot, session)
    delete = child(editor, QPushButton, "deleteButton")
    assert not delete.isEnabled()  # nothing to delete in a new entry
    editor.load(entry, entry.kind)
    assert delete.isEnabled()

    asked: list[str] = []

    def answer(button):
        def question(parent, title, text, *args):
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with qtbot.assertNotEmitted(editor.deleted):
        delete.click()
    assert session.journal.get(entry.id).title == "<b>Angry</b> about dinner"
    assert "“<b>Angry</b> about dinner”" in asked[0]
    assert not QtGui.Qt.mightBeRichText(asked[0])  # the title is shown as typed, not as HTML

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(editor.deleted) as blocker:
        delete.click()
    assert blocker.args == [entry.id]
    assert session.journal.count() == 0
    assert editor.entry_id is None
    assert child(editor, QLineEdit, "titleEdit").text() == ""


def test_preview_shows_html_literally_and_loads_nothing(session, qtbot):
    entry = session.add(
        EntryDraft(
            kind=Kind.FEELING,
            title="Unsafe",
            body=UNSAFE_BODY + "\n\n![pic](file:///etc/passwd) [link](http://example.com) **ok**",
        )
    )
    editor = make_editor(qtbot, session)
    editor.load(entry, entry.kind)
    tabs = editor.body_tabs
    preview = child(editor, SafeMarkdownView, "bodyPreview")
    tabs.setCurrentWidget(preview)

    plain = preview.toPlainText()
    assert UNSAFE_BODY in plain
    assert "<img" in plain
    html = preview.toHtml()
    assert "<img" not in html
    assert "<a " not in html and 'href="http' not in html
    assert not preview.openLinks() and not preview.openExternalLinks()
    assert preview.isReadOnly()
    image = int(QTextDocument.ResourceType.ImageResource)
    for url in ("file:///etc/passwd", "http://example.com/x.png", "qrc:/icon.png"):
        assert preview.loadResource(image, QUrl(url)) is None


def test_ctrl_s_saves(session, qtbot):
    editor = make_editor(qtbot, session)
    with qtbot.waitActive(editor, timeout=2000):
        editor.show()
        editor.activateWindow()
    title = child(editor, QLineEdit, "titleEdit")
    title.setFocus()
    qtbot.keyClicks(title, "Saved with the keyboard")
    with qtbot.waitSignal(editor.saved, timeout=1000):
        qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert session.journal.count() == 1


def test_label_field_completes_the_last_label(session, qtbot):
    session.add(EntryDraft(kind=Kind.FEELING, title="x", emotions=("sad", "safe", "angry")))
    editor = make_editor(qtbot, session)
    emotions = child(editor, LabelField, "emotionsEdit")
    assert emotions.suggestions() == []  # read when the field is reached, not before
    with qtbot.waitActive(editor, timeout=2000):
        editor.show()
        editor.activateWindow()
    emotions.setFocus()
    assert set(emotions.suggestions()) == {"sad", "safe", "angry"}
    qtbot.keyClicks(emotions, "angry, sa")
    completer = emotions._completer
    assert completer.completionPrefix() == "sa"
    assert completer.completionCount() == 2
    emotions._insert_completion("sad")
    assert emotions.text() == "angry, sad, "
    assert emotions.labels() == ("angry", "sad")
    emotions.set_labels(("hopeful", "tired"))
    assert emotions.text() == "hopeful, tired"


def test_clear_forgets_every_word(session, qtbot):
    entry = session.add(
        EntryDraft(
            kind=Kind.FEELING,
            title="Secret title",
            body="Secret body",
            emotions=("secretemotion",),
            tags=("secrettag",),
        )
    )
    editor = make_editor(qtbot, session)
    editor.load(entry, entry.kind)
    editor.body_tabs.setCurrentIndex(1)
    editor.emotions_edit.refresh_suggestions()
    editor.tags_edit.refresh_suggestions()
    assert "secrettag" in editor.tags_edit.suggestions()
    editor.clear()
    texts = [w.text() for w in editor.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in editor.findChildren(QPlainTextEdit)]
    texts += [editor.preview.toPlainText()]
    texts += [w.text() for w in editor.findChildren(QLabel)]
    texts += editor.emotions_edit.suggestions() + editor.tags_edit.suggestions()
    assert not any("secret" in t.lower() for t in texts)
    assert editor.entry_id is None
    assert not editor.is_dirty()
