"""The safety note: a small window anyone can open, with words from the guidance data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from trustjournal.domain.guidance import load_guidance
from trustjournal.ui.safety_note import SafetyNoteDialog, SafetyNoteLink, show_safety_note
from trustjournal.ui.theme import apply_theme

NOTE = load_guidance().safety_note


def open_dialogs(window: QWidget) -> list[QDialog]:
    return [d for d in window.findChildren(QDialog, "safetyNoteDialog") if d.isVisible()]


def test_the_note_says_this_app_is_not_the_tool_and_where_help_is(qtbot) -> None:
    dialog = SafetyNoteDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == NOTE.title
    assert dialog.findChild(QLabel, "safetyNoteTitle").text() == NOTE.title
    shown = [dialog.findChild(QLabel, f"safetyNoteParagraph{i}") for i in range(3)]
    assert [label.text() for label in shown] == list(NOTE.paragraphs)
    text = " ".join(NOTE.paragraphs)
    for words in ("violence", "threats", "controlling", "not the right tool", "emergency"):
        assert words in text
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_show_safety_note_opens_one_window_without_blocking(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    show_safety_note(parent)
    assert len(open_dialogs(parent)) == 1
    show_safety_note(parent)  # a second click brings the same window forward
    assert len(open_dialogs(parent)) == 1
    dialog = open_dialogs(parent)[0]
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert open_dialogs(parent) == []


def test_escape_closes_the_note(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    show_safety_note(parent)
    dialog = open_dialogs(parent)[0]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_link_opens_the_note_from_anywhere(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    link = SafetyNoteLink(host)
    host.show()
    qtbot.waitExposed(host)
    button = link.findChild(QPushButton, "safetyNoteButton")
    assert button.text() == NOTE.title and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(open_dialogs(host)) == 1
    open_dialogs(host)[0].reject()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_the_safety_note(qtbot, qapp, tmp_path, theme) -> None:
    shots = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    apply_theme(qapp, theme)
    try:
        dialog = SafetyNoteDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        path = shots / f"safety_note_{theme}.png"
        assert dialog.grab().save(str(path))
        assert path.stat().st_size > 5_000
        # Calm line lengths, and every paragraph fully shown.
        assert 400 <= dialog.width() <= 760
        for label in dialog.findChildren(QLabel):
            assert label.height() >= label.heightForWidth(label.width())
    finally:
        apply_theme(qapp, "system")
