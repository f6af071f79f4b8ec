"""The coach panel: when it reads, what it shows and underlines, and when it stays silent."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QToolButton

from trustjournal.domain import Kind, Role
from trustjournal.domain.coach import CoachDataInvalid, check
from trustjournal.ui import coach_panel
from trustjournal.ui.coach_panel import DELAY_MS, CoachMode, CoachPanel, coach_mode

DEFLECTING = "I'm sorry if that upset you. It was only a few texts."
ACCOUNTABLE = "I'm sorry I lied. It was a betrayal, and I will answer every question."


@pytest.fixture
def edit(qtbot) -> QPlainTextEdit:
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    return widget


def make_panel(qtbot, edit: QPlainTextEdit, mode: CoachMode = CoachMode.FULL) -> CoachPanel:
    panel = CoachPanel(edit)
    qtbot.addWidget(panel)
    panel.set_mode(mode)
    return panel


def write(qtbot, panel: CoachPanel, edit: QPlainTextEdit, text: str) -> None:
    """Type ``text`` and wait for the coach to read it (after its pause)."""
    with qtbot.waitSignal(panel.findingsChanged, timeout=DELAY_MS * 10):
        edit.setPlainText(text)


def cards(panel: CoachPanel) -> list[QFrame]:
    return [c for c in panel.findChildren(QFrame, "coachFinding") if not c.isHidden()]


def our_underlines(edit: QPlainTextEdit) -> list[str]:
    return [s.cursor.selectedText() for s in edit.extraSelections()]


def test_who_sees_the_coach_and_how() -> None:
    for kind, shared in itertools.product(Kind, (False, True)):
        assert coach_mode(Role.HURT, kind, shared) is CoachMode.OFF
    assert coach_mode(Role.REPAIRING, Kind.ACCOUNTABILITY, False) is CoachMode.FULL
    assert coach_mode(Role.REPAIRING, Kind.ACCOUNTABILITY, True) is CoachMode.FULL
    for kind in (Kind.TRANSPARENCY, Kind.PROMISE, Kind.SMALL_ACTION, Kind.REFLECTION):
        assert coach_mode(Role.REPAIRING, kind, False) is CoachMode.OFF
        assert coach_mode(Role.REPAIRING, kind, True) is CoachMode.QUIET


def test_notes_appear_after_a_pause_with_words_reason_and_alternative(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    panel.show()
    edit.setPlainText(DEFLECTING)
    # Nothing yet: the coach waits until typing pauses.
    assert panel.findings() == []
    timer = panel.findChild(coach_panel.QTimer, "coachTimer")
    assert timer.isActive() and timer.interval() == DELAY_MS == 400
    with qtbot.waitSignal(panel.findingsChanged, timeout=DELAY_MS * 10) as blocker:
        pass
    assert blocker.args == [2]
    expected = check(DEFLECTING)
    assert panel.findings() == expected
    shown = cards(panel)
    assert len(shown) == 2
    texts = [[label.text() for label in card.findChildren(QLabel)] for card in shown]
    assert texts[0][0] == "“sorry if”"
    assert expected[0].message in texts[0]
    assert f"Try: {expected[0].suggestion}" in texts[0]
    assert "“It was only a few texts”" in texts[1]
    assert all(
        label.textFormat() == coach_panel.Qt.TextFormat.PlainText
        for card in shown
        for label in card.findChildren(QLabel)
    )
    assert panel.findChild(QLabel, "coachHeading").isVisible()
    assert not panel.findChild(QLabel, "coachHint").isVisible()


def test_marked_words_get_a_calm_wavy_underline(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    write(qtbot, panel, edit, DEFLECTING)
    selections = edit.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["sorry if", "It was only a few texts"]
    fmt = selections[0].format
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    colour = fmt.underlineColor()
    assert colour.isValid()
    # Amber, not an alarming red: green is well present, and red does not dominate.
    assert colour.green() > 100 and colour.red() - colour.green() < 60
    assert colour != QColor("red")


def test_notes_go_away_when_the_wording_is_changed(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    panel.show()
    write(qtbot, panel, edit, DEFLECTING)
    assert len(panel.findings()) == 2
    write(qtbot, panel, edit, ACCOUNTABLE)
    assert panel.findings() == []
    assert cards(panel) == []
    assert our_underlines(edit) == []
    assert not panel.findChild(QLabel, "coachHeading").isVisible()
    assert panel.findChild(QLabel, "coachHint").isVisible()


def test_typing_quickly_reads_the_text_once(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    seen: list[int] = []
    panel.findingsChanged.connect(seen.append)
    with qtbot.waitSignal(panel.findingsChanged, timeout=DELAY_MS * 10):
        for end in range(1, len(DEFLECTING) + 1, 4):
            edit.setPlainText(DEFLECTING[:end])
        edit.setPlainText(DEFLECTING)
    assert seen == [2]


def test_off_the_coach_never_reads(qtbot, edit, monkeypatch) -> None:
    read: list[str] = []
    monkeypatch.setattr(coach_panel, "check_wording", lambda text: read.append(text) or [])
    panel = make_panel(qtbot, edit, CoachMode.OFF)
    edit.setPlainText(DEFLECTING)
    timer = panel.findChild(coach_panel.QTimer, "coachTimer")
    assert not timer.isActive()
    panel.check_now()
    assert read == [] and panel.findings() == []
    assert panel.isHidden()
    assert our_underlines(edit) == []


def test_turning_off_forgets_everything(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    write(qtbot, panel, edit, DEFLECTING)
    panel.set_mode(CoachMode.OFF)
    assert panel.findings() == [] and cards(panel) == [] and our_underlines(edit) == []
    assert panel.isHidden()


def test_quiet_mode_is_one_line_until_opened(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit, CoachMode.QUIET)
    panel.show()
    write(qtbot, panel, edit, DEFLECTING)
    toggle = panel.findChild(QToolButton, "coachToggle")
    assert toggle.isVisible()
    assert toggle.text() == "A thought on wording (2 notes)"
    assert not panel.findChild(QLabel, "coachHeading").isVisible()
    assert not panel.findChild(coach_panel.QScrollArea, "coachScroll").isVisible()
    assert our_underlines(edit) == []
    toggle.click()
    assert len(cards(panel)) == 2
    assert all(card.isVisible() for card in cards(panel))
    assert our_underlines(edit) == ["sorry if", "It was only a few texts"]
    toggle.click()
    assert our_underlines(edit) == []
    # With nothing to say, the quiet coach says nothing at all.
    write(qtbot, panel, edit, ACCOUNTABLE)
    assert panel.isHidden()


def test_spans_after_emoji_land_on_the_right_words(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    text = "🙏🏽💔 Ça m’a pris du temps.\nI’m sorry you feel that way 🌱, it was nothing."
    write(qtbot, panel, edit, text)
    assert our_underlines(edit) == ["sorry you feel", "it was nothing"]
    second = panel.findings()[1]
    panel.findChildren(QToolButton, "coachShowButton")[1].click()
    assert edit.textCursor().selectedText() == text[second.start : second.end]


def test_clear_forgets_every_word(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    write(qtbot, panel, edit, DEFLECTING)
    panel.clear()
    assert panel.findings() == [] and our_underlines(edit) == []
    qtbot.waitUntil(lambda: not panel.findChildren(QFrame, "coachFinding"))
    words = [label.text() for label in panel.findChildren(QLabel)]
    assert not any("sorry" in text or "texts" in text for text in words)


def test_many_notes_are_listed_a_dozen_at_a_time(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    panel.show()
    write(qtbot, panel, edit, "It was only a few texts.\n" * 15)
    assert len(panel.findings()) == 15
    assert len(cards(panel)) == coach_panel.MAX_SHOWN
    more = panel.findChild(QLabel, "coachMore")
    assert more.isVisible() and more.text() == "3 more are underlined in the text."
    assert len(our_underlines(edit)) == 15


def test_a_damaged_rules_file_leaves_writing_alone(qtbot, edit, monkeypatch) -> None:
    def damaged(_language: str = "en") -> None:
        raise CoachDataInvalid("damaged")

    monkeypatch.setattr(coach_panel, "load_coach", damaged)
    panel = make_panel(qtbot, edit)
    write(qtbot, panel, edit, DEFLECTING)
    assert panel.findings() == []
    assert edit.toPlainText() == DEFLECTING


def test_the_underline_does_not_change_the_text_or_its_undo_history(qtbot, edit) -> None:
    panel = make_panel(qtbot, edit)
    edit.setPlainText(DEFLECTING)
    changes: list[bool] = []
    edit.textChanged.connect(lambda: changes.append(True))
    panel.check_now()
    assert our_underlines(edit)
    assert changes == []
    assert not edit.document().isUndoAvailable()


def test_screenshot_of_the_coach_in_an_accountability_entry(qtbot, tmp_path, make_journal) -> None:
    """Written to $TRUSTJOURNAL_SCREENSHOTS when set, for a person to look at."""
    from PySide6.QtWidgets import QApplication

    from trustjournal.ui.entry_editor import EntryEditor
    from trustjournal.ui.session import JournalSession
    from trustjournal.ui.theme import apply_theme

    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    journal, _ = make_journal("repairing", role=Role.REPAIRING)
    session = JournalSession(journal)
    try:
        for theme in ("light", "dark"):
            apply_theme(QApplication.instance(), theme)
            editor = EntryEditor(session, (Kind.ACCOUNTABILITY,))
            qtbot.addWidget(editor)
            editor.resize(760, 720)
            editor.show()
            editor.title_edit.setText("About Friday night")
            with qtbot.waitSignal(editor.coach_panel.findingsChanged, timeout=DELAY_MS * 10):
                editor.body_edit.setPlainText(
                    "I lied to you about where I was on Friday, and I am sorry if that "
                    "upset you.\n\nIt was only a few texts. I will keep answering your "
                    "questions, as often as you need."
                )
            assert len(editor.coach_panel.findings()) == 2
            qtbot.wait(30)
            path = out / f"coach_editor_{theme}.png"
            assert editor.grab().save(str(path))
            assert path.stat().st_size > 10_000
    finally:
        apply_theme(QApplication.instance(), "light")
        session.close()
