"""Sharing in the main window: menus, Share… on selected entries, drag-and-drop, FILE."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import (
    Couple,
    add,
    close_boxes,
    find,
    make_couple,
    message_boxes,
    open_window,
    unlock,
)

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from trustjournal.app import build, parse_args
from trustjournal.domain import Kind
from trustjournal.errors import BundleNotForMe
from trustjournal.services import sharing
from trustjournal.ui.share_dialog import ShareDialog


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path / "journals")
    made.pair()
    yield made
    close_boxes()
    made.maya.lock()
    made.daniel.lock()


def maya_share_file(couple: Couple, name: str = "share.tjshare") -> Path:
    entry = add(couple.maya, "Morning walk", "Quiet-heron words", Kind.FEELING)
    out = couple.folder.parent / name
    sharing.share(couple.maya, [entry], out)
    return out


def drop_event(paths: list[Path]) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    """Drag and drop events for ``paths``, and their data (keep it alive while they are)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), actions, mime, buttons, keys)
    drop = QDropEvent(QPointF(50, 50), actions, mime, buttons, keys)
    return enter, drop, mime


def test_sharing_actions_follow_the_lock(qtbot, tmp_path, couple) -> None:
    window = open_window(qtbot, tmp_path, couple, "maya")
    actions = window.window_actions
    for action in (actions.open_shared, actions.share_selected, actions.pair, actions.mailbox):
        assert action.isEnabled()
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Share" in menus
    window.lock()
    assert not actions.share_selected.isEnabled() and not actions.open_shared.isEnabled()


def test_share_selected_entries_from_a_section(qtbot, tmp_path, couple) -> None:
    for title in ("One", "Two", "Three"):
        add(couple.maya, title, "words", Kind.FEELING)
    window = open_window(qtbot, tmp_path, couple, "maya")
    view = window.journal_view
    view.show_section("feelings")
    section = view.section_views["feelings"]
    button = find(section, QPushButton, "shareEntriesButton")
    assert not button.isEnabled()
    assert section.share_action in section.list_view.actions()
    selection = section.list_view.selectionModel()
    for row in (0, 2):
        selection.select(section.model.index(row, 0), selection.SelectionFlag.Select)
    assert button.isEnabled()
    button.click()
    dialogs = window.findChildren(ShareDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    titles = [dialogs[0].model.data(dialogs[0].model.index(r, 0)) for r in range(2)]
    assert titles == ["Three", "One"]  # newest first, as in the list
    dialogs[0].reject()


def test_share_with_nothing_chosen_says_what_to_do(qtbot, tmp_path, couple) -> None:
    window = open_window(qtbot, tmp_path, couple, "maya")
    window.window_actions.share_selected.trigger()
    [box] = message_boxes("sharingResultBox")
    assert "Choose one or more of your entries first" in box.text()
    assert not window.findChildren(ShareDialog)


def test_dropping_a_shared_file_opens_it(qtbot, tmp_path, couple) -> None:
    path = maya_share_file(couple)
    window = open_window(qtbot, tmp_path, couple, "daniel")
    enter, drop, _mime = drop_event([path])
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.sharing.opener.finished, timeout=10_000) as signal:
        QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert signal.args == ["1 entry shared by Maya was added to Shared with me.", True]
    assert window.journal_view.shared.model.rowCount() == 1
    assert message_boxes("sharingResultBox")
    window.lock()
    assert not message_boxes("sharingResultBox")  # nothing about it stays on a locked screen


def test_dropping_anything_else_is_refused(qtbot, tmp_path, couple) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    window = open_window(qtbot, tmp_path, couple, "daniel")
    enter, drop, _mime = drop_event([other])
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert not drop.isAccepted()
    window.lock()
    enter, _drop, _mime = drop_event([maya_share_file(couple)])
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()  # nothing is opened into a locked journal


def test_a_file_given_on_the_command_line_opens_after_unlock(
    qtbot, tmp_path, couple, monkeypatch
) -> None:
    path = maya_share_file(couple)
    daniel = couple.daniel.folder
    couple.daniel.lock()
    monkeypatch.setenv("TRUSTJOURNAL_DATA_DIR", str(couple.folder))
    monkeypatch.setenv("TRUSTJOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    args = parse_args([str(path)])
    assert args.file == path
    launch = build(QApplication.instance(), args)
    window = launch.window
    qtbot.addWidget(window)
    window.show()
    assert not message_boxes("sharingResultBox")  # nothing before the unlock
    unlock(qtbot, window, daniel)
    qtbot.waitUntil(lambda: bool(message_boxes("sharingResultBox")), timeout=10_000)
    [box] = message_boxes("sharingResultBox")
    assert box.text() == "1 entry shared by Maya was added to Shared with me."
    launch.close()


def test_a_file_that_is_not_for_me_is_refused_plainly(qtbot, tmp_path, couple) -> None:
    path = maya_share_file(couple)  # sealed for Daniel
    window = open_window(qtbot, tmp_path, couple, "maya")
    window.open_shared_file(path)
    qtbot.waitUntil(lambda: bool(message_boxes("sharingProblemBox")), timeout=10_000)
    [box] = message_boxes("sharingProblemBox")
    assert box.text() == BundleNotForMe().message
    assert "Traceback" not in box.text()
    assert sharing.shared_with_me(window.session.journal) == []
