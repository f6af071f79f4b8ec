"""The entry editor: writing, saving, failing calmly, deleting, and a safe preview."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6 import QtGui
from PySide6.QtCore import QByteArray, QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
)

from trustjournal.domain import EntryDraft, Kind, Outcome, Role
from trustjournal.errors import JournalLocked
from trustjournal.ui.coach_panel import CoachMode, CoachPanel
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
        refused = preview.loadResource(image, QUrl(url))
        assert isinstance(refused, QByteArray) and refused.isEmpty()


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


# -- the accountability coach -------------------------------------------------------------------

DEFLECTING = "I'm sorry, but you were never home. Can't we just move on?"


def coach_findings_after(qtbot, editor, text):
    """Write ``text`` in the body and wait for the coach to read it."""
    with qtbot.waitSignal(editor.coach_panel.findingsChanged, timeout=5000):
        child(editor, QPlainTextEdit, "bodyEdit").setPlainText(text)
    return editor.coach_panel.findings()


def test_coach_notes_deflecting_wording_in_an_accountability_entry(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.ACCOUNTABILITY,))
    editor.show()
    panel = editor.findChild(CoachPanel, "coachPanel")
    assert panel is editor.coach_panel and panel.isVisible()
    found = coach_findings_after(qtbot, editor, DEFLECTING)
    assert [f.category for f in found] == ["undoing_but", "blaming_partner", "pressure_to_move_on"]
    assert len(panel.findChildren(QFrame, "coachFinding")) == 3
    body = child(editor, QPlainTextEdit, "bodyEdit")
    assert [s.cursor.selectedText() for s in body.extraSelections()] == [
        "but",
        "you were never home",
        "Can't we just move on",
    ]
    # Fixed wording: the notes and the underlines go away.
    assert coach_findings_after(qtbot, editor, "I'm sorry. I was wrong, and I lied.") == []
    assert body.extraSelections() == []
    assert not panel.findChildren(QFrame, "coachFinding")


def test_saving_works_with_notes_showing(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.ACCOUNTABILITY,))
    child(editor, QLineEdit, "titleEdit").setText("Friday")
    assert coach_findings_after(qtbot, editor, DEFLECTING)
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    saved = repairing.journal.get(editor.entry_id)
    assert saved.body == DEFLECTING
    assert not editor.is_dirty()
    # The saved entry is read again and its notes are still offered.
    qtbot.waitUntil(lambda: len(editor.coach_panel.findings()) == 3, timeout=5000)
    assert not editor.is_dirty()  # underlines are not edits


def test_no_coach_at_all_for_the_partner_who_was_hurt(session, qtbot):
    for kinds in [(Kind.FEELING,), (Kind.REFLECTION, Kind.SESSION_NOTE)]:
        editor = make_editor(qtbot, session, kinds)
        assert editor.coach_panel is None
        assert editor.findChild(CoachPanel) is None
        body = child(editor, QPlainTextEdit, "bodyEdit")
        child(editor, QCheckBox, "sessionCheck").setChecked(True)
        body.setPlainText(DEFLECTING)
        assert body.extraSelections() == []
        assert editor.findChildren(QFrame, "coachFinding") == []


def test_other_repairing_entries_are_quiet_unless_shared(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.TRANSPARENCY,))
    editor.show()
    panel = editor.coach_panel
    body = child(editor, QPlainTextEdit, "bodyEdit")
    body.setPlainText(DEFLECTING)
    assert panel.mode is CoachMode.OFF and panel.isHidden()
    assert not panel.findChild(QTimer, "coachTimer").isActive()
    assert body.extraSelections() == []

    with qtbot.waitSignal(panel.findingsChanged, timeout=5000):
        child(editor, QCheckBox, "sessionCheck").setChecked(True)
    assert panel.mode is CoachMode.QUIET
    toggle = panel.findChild(QToolButton, "coachToggle")
    assert toggle.isVisible() and toggle.text() == "A thought on wording (3 notes)"
    assert body.extraSelections() == []  # nothing underlined until opened
    toggle.click()
    assert len(body.extraSelections()) == 3

    child(editor, QCheckBox, "sessionCheck").setChecked(False)
    assert panel.isHidden() and panel.findings() == [] and body.extraSelections() == []


def test_choosing_accountability_in_a_mixed_editor_turns_the_coach_on(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.REFLECTION, Kind.ACCOUNTABILITY))
    assert editor.coach_panel.mode is CoachMode.OFF
    child(editor, QComboBox, "kindCombo").setCurrentIndex(1)
    assert editor.coach_panel.mode is CoachMode.FULL
    assert coach_findings_after(qtbot, editor, "I already apologised.")


def test_clear_forgets_the_coach_notes_too(repairing, qtbot):
    editor = make_editor(qtbot, repairing, (Kind.ACCOUNTABILITY,))
    coach_findings_after(qtbot, editor, "I'm sorry you feel that way about the secretword.")
    editor.clear()
    assert editor.coach_panel.findings() == []
    assert child(editor, QPlainTextEdit, "bodyEdit").extraSelections() == []
    qtbot.waitUntil(lambda: not editor.findChildren(QFrame, "coachFinding"))
    labels = [w.text() for w in editor.findChildren(QLabel)]
    assert not any("sorry you feel" in t for t in labels)
