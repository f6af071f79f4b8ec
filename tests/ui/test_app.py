"""The whole window: demo, unlock right and wrong, locking by hand and when idle."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from trustjournal.app import build, parse_args
from trustjournal.demo import DemoJournal, create_demo_couple
from trustjournal.domain import EntryDraft, Kind
from trustjournal.settings import Settings
from trustjournal.ui.main_window import MainWindow
from trustjournal.vault import Journal

MARKER = "Lanternfish-unique-words"


@pytest.fixture
def couple(tmp_path: Path) -> list[DemoJournal]:
    journals = create_demo_couple(tmp_path / "journals")
    for demo in journals:
        with Journal.unlock(demo.folder, demo.passphrase) as journal:
            kind = Kind.FEELING if demo.name == "Maya" else Kind.ACCOUNTABILITY
            journal.add(EntryDraft(kind=kind, title=f"{MARKER} title", body=f"{MARKER} body"))
    return journals


@pytest.fixture
def window(qtbot, tmp_path: Path, couple: list[DemoJournal]) -> MainWindow:
    settings = Settings(tmp_path / "settings.ini")
    settings.set("data_dir", str(tmp_path / "journals"))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.lock()


def unlock(qtbot, win: MainWindow, demo: DemoJournal, passphrase: str | None = None) -> None:
    view = win.unlock_view
    view.journal_combo.setCurrentIndex(view.journal_combo.findText(demo.folder.name))
    qtbot.keyClicks(view.passphrase_edit, passphrase or demo.passphrase)
    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.busy, timeout=10_000)


def visible_text(root: QWidget) -> str:
    """Every piece of text any widget or item view under ``root`` holds."""
    parts: list[str] = []
    for w in root.findChildren(QLineEdit):
        parts.append(w.text())
    for w in root.findChildren(QPlainTextEdit):
        parts.append(w.toPlainText())
    for w in root.findChildren(QTextEdit):
        parts.append(w.toPlainText())
    for w in root.findChildren(QLabel):
        parts.append(w.text())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                parts.append(str(model.data(model.index(row, 0), role)))
    return "\n".join(parts)


def test_demo_couple_opens_in_a_temporary_folder(qtbot, tmp_path, monkeypatch) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("TRUSTJOURNAL_DATA_DIR", str(data))
    monkeypatch.setenv("TRUSTJOURNAL_CONFIG_DIR", str(config))
    app = QApplication.instance()
    launch = build(app, parse_args(["--demo"]))
    win = launch.window
    qtbot.addWidget(win)
    win.show()
    combo = win.unlock_view.journal_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:2] == ["Daniel", "Maya"]
    note = win.unlock_view.demo_label.text()
    assert "maya demo journal" in note and "daniel demo journal" in note
    demo_root = Path(win.settings.data_dir()).parent
    for demo in (
        DemoJournal(demo_root / "journals" / "Maya", "Maya", "hurt", "maya demo journal"),
        DemoJournal(
            demo_root / "journals" / "Daniel", "Daniel", "repairing", "daniel demo journal"
        ),
    ):
        unlock(qtbot, win, demo)
        assert win.is_unlocked
        today = win.journal_view.today
        assert demo.name in visible_text(today)
        win.lock()
    launch.close()
    assert not demo_root.exists()
    # Nothing of the demo reached the real data or config folders.
    assert not data.exists() and not config.exists()


def test_wrong_passphrase_is_calm_and_keeps_focus(qtbot, window, couple) -> None:
    unlock(qtbot, window, couple[0], passphrase="not the right words")
    assert not window.is_unlocked
    message = window.unlock_view.message_label.text()
    assert "doesn’t open" in message and "Traceback" not in message
    assert window.unlock_view.passphrase_edit.hasFocus()


def test_lock_clears_every_word(qtbot, window, couple) -> None:
    maya = next(d for d in couple if d.name == "Maya")
    unlock(qtbot, window, maya)
    assert window.is_unlocked
    view = window.journal_view
    view.show_section("feelings")
    feelings = view.section_views["feelings"]
    qtbot.waitUntil(lambda: MARKER in visible_text(feelings), timeout=5000)
    view.open_entry(feelings.model.entry_id_at(0))
    view.focus_search()
    view.search.set_query(MARKER)
    view.search.search_now()
    qtbot.waitUntil(lambda: MARKER in visible_text(view.search), timeout=5000)
    keep = view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert not window.is_unlocked
    assert MARKER not in visible_text(window)
    assert MARKER not in visible_text(keep)
    assert window.windowTitle() == "Trust Journal"


def test_lock_saves_unsaved_words_first(qtbot, window, couple) -> None:
    maya = next(d for d in couple if d.name == "Maya")
    unlock(qtbot, window, maya)
    window.journal_view.new_entry(Kind.TRIGGER)
    editor = window.journal_view.section_views["triggers"].editor
    editor.findChild(QLineEdit, "titleEdit").setText("Half-written thought")
    assert window.journal_view.has_unsaved_changes()
    assert window.lock()
    with Journal.unlock(maya.folder, maya.passphrase) as journal:
        assert [h.entry.title for h in journal.search("Half-written")] == ["Half-written thought"]


def test_idle_lock(qtbot, window, couple) -> None:
    unlock(qtbot, window, couple[0])
    assert window.is_unlocked
    window.idle.set_timeout(150)
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)
    assert "quiet minutes" in window.unlock_view.message_label.text()


def test_a_second_window_on_the_same_journal_is_refused(qtbot, window, couple) -> None:
    unlock(qtbot, window, couple[0])
    other = MainWindow(window.settings)
    qtbot.addWidget(other)
    unlock(qtbot, other, couple[0])
    assert not other.is_unlocked
    assert "already open" in other.unlock_view.message_label.text()


def test_journal_actions_follow_the_lock(qtbot, window, couple) -> None:
    actions = window.window_actions
    assert not actions.lock.isEnabled() and not actions.new_entry.isEnabled()
    unlock(qtbot, window, couple[0])
    assert actions.lock.isEnabled() and actions.save.isEnabled()
    window.lock()
    assert not actions.save.isEnabled()


def test_save_into_a_vanished_folder_keeps_the_words(qtbot, window, couple, tmp_path) -> None:
    import shutil

    maya = next(d for d in couple if d.name == "Maya")
    unlock(qtbot, window, maya)
    window.journal_view.new_entry(Kind.FEELING)
    editor = window.journal_view.section_views["feelings"].editor
    editor.findChild(QLineEdit, "titleEdit").setText("Words worth keeping")
    moved = tmp_path / "unplugged"
    shutil.move(str(maya.folder), str(moved))
    assert not editor.save()
    assert editor.findChild(QLineEdit, "titleEdit").text() == "Words worth keeping"
    assert "can no longer be found" in visible_text(editor)
    shutil.move(str(moved), str(maya.folder))
    assert editor.save()


def test_every_control_has_an_accessible_name(qtbot, window, couple) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QListView,
    )

    for demo in couple:
        unlock(qtbot, window, demo)
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for kind in (
                QAbstractButton,
                QLineEdit,
                QComboBox,
                QAbstractSpinBox,
                QPlainTextEdit,
                QListView,
            )
            for w in window.journal_view.findChildren(kind)
            if w.isVisibleTo(window)
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
        ]
        assert unnamed == []
        window.lock()
