"""The shared folder: picked up while unlocked, partial files waited for, never content."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import Couple, add, find, make_couple, open_window, session_for

from PySide6.QtWidgets import QLabel, QPushButton

from trustjournal.domain import Kind
from trustjournal.errors import BundleInvalid
from trustjournal.services import sharing
from trustjournal.ui.mailbox_dialog import MailboxDialog
from trustjournal.ui.mailbox_watcher import MailboxWatcher, snapshot
from trustjournal.ui.share_messages import mailbox_notice


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path)
    made.pair()
    mailbox = tmp_path / "mailbox"
    mailbox.mkdir()
    sharing.set_mailbox(made.maya, mailbox)
    sharing.set_mailbox(made.daniel, mailbox)
    yield made
    made.maya.lock()
    made.daniel.lock()


def mailbox_of(couple: Couple) -> Path:
    return couple.folder / "mailbox"


def maya_shares(couple: Couple, title: str = "Morning walk") -> int:
    entry = add(couple.maya, title, "Quiet-heron words", Kind.FEELING)
    sharing.share(couple.maya, [entry])  # into the shared folder
    return entry


def test_a_new_bundle_is_opened_while_unlocked(qtbot, couple) -> None:
    watcher = MailboxWatcher(session_for(couple.daniel))
    assert watcher.folder == mailbox_of(couple).resolve()
    qtbot.waitUntil(lambda: not watcher.is_busy, timeout=5000)
    with qtbot.waitSignal(watcher.bundlesOpened, timeout=10_000) as signal:
        maya_shares(couple)
    [result] = signal.args[0]
    assert result.added == 1 and result.sender_name == "Maya"
    assert [r.title for r in sharing.shared_with_me(couple.daniel)] == ["Morning walk"]


def test_bundles_already_there_are_opened_at_unlock(qtbot, couple) -> None:
    maya_shares(couple, "One")
    maya_shares(couple, "Two")
    with qtbot.waitCallback(timeout=10_000) as opened:
        watcher = MailboxWatcher(session_for(couple.daniel))
        watcher.bundlesOpened.connect(opened)
    assert len(opened.args[0]) == 2
    # My own outgoing bundles in the same folder are skipped silently on Maya's side.
    mine = MailboxWatcher(session_for(couple.maya))
    mine.bundlesOpened.connect(lambda r: pytest.fail("Maya's own bundles were opened"))
    mine.bundlesRefused.connect(lambda r: pytest.fail(f"refused: {r}"))
    qtbot.waitUntil(lambda: not mine.is_busy, timeout=5000)


def test_a_file_still_being_written_is_waited_for(qtbot, couple, tmp_path) -> None:
    entry = add(couple.maya, "Growing", "words", Kind.FEELING)
    whole = tmp_path / "whole.tjshare"
    sharing.share(couple.maya, [entry], whole)
    data = whole.read_bytes()
    watcher = MailboxWatcher(session_for(couple.daniel))
    qtbot.waitUntil(lambda: not watcher.is_busy, timeout=5000)
    refused: list[list[str]] = []
    watcher.bundlesRefused.connect(refused.append)
    target = mailbox_of(couple) / "arriving.tjshare"
    target.write_bytes(data[: len(data) // 2])
    # The two looks disagree while the file grows, so nothing is opened yet.
    watcher._debounce.stop()
    watcher._first_look()
    with target.open("ab") as out:
        out.write(data[len(data) // 2 :])
    watcher._settle.stop()
    with qtbot.waitSignal(watcher.bundlesOpened, timeout=10_000):
        watcher._second_look()
        assert watcher.is_busy and not watcher._busy  # waiting for two agreeing looks
    assert refused == []
    assert snapshot(mailbox_of(couple))["arriving.tjshare"][0] == len(data)


def test_a_damaged_bundle_is_reported_once_without_content(qtbot, couple) -> None:
    maya_shares(couple)
    [path] = mailbox_of(couple).glob("*.tjshare")
    damaged = bytearray(path.read_bytes())
    damaged[-3] ^= 0x40
    path.unlink()
    (mailbox_of(couple) / "damaged.tjshare").write_bytes(bytes(damaged))
    with qtbot.waitCallback(timeout=10_000) as refused:
        watcher = MailboxWatcher(session_for(couple.daniel))
        watcher.bundlesRefused.connect(refused)
    assert refused.args[0] == [BundleInvalid().message]
    reported: list[object] = []
    watcher.bundlesRefused.connect(reported.append)
    watcher._looked = {}
    watcher.check_now()
    qtbot.waitUntil(lambda: not watcher.is_busy, timeout=5000)
    assert reported == []  # the same file is not reported again
    assert sharing.shared_with_me(couple.daniel) == []


def test_the_watcher_stops_when_the_journal_locks(qtbot, couple) -> None:
    session = session_for(couple.daniel)
    watcher = MailboxWatcher(session)
    qtbot.waitUntil(lambda: not watcher.is_busy, timeout=5000)
    session.close()
    assert watcher.folder is None and watcher._watcher.directories() == []
    watcher.check_now()
    assert not watcher.is_busy


def test_the_notice_never_holds_content() -> None:
    notice = mailbox_notice()
    assert notice == "Something new was shared with you."
    for word in ("Maya", "Daniel", "walk", "heron"):
        assert word not in notice


def test_the_window_says_only_that_something_arrived(qtbot, couple, tmp_path) -> None:
    window = open_window(qtbot, tmp_path, couple, "daniel")
    watcher = window.sharing.watcher
    qtbot.waitUntil(lambda: not watcher.is_busy, timeout=5000)
    with qtbot.waitSignal(watcher.bundlesOpened, timeout=10_000):
        maya_shares(couple, "Private-walk title")
    message = window.statusBar().currentMessage()
    assert message == "Something new was shared with you."
    assert window.journal_view.shared.model.rowCount() == 1
    window.lock()


def test_choosing_and_clearing_the_shared_folder(qtbot, couple, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "synced"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(other)))
    session = session_for(couple.daniel)
    dialog = MailboxDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(mailbox_of(couple).resolve()) in find(dialog, QLabel, "mailboxFolder").text()
    watcher = MailboxWatcher(session)
    dialog.mailboxChanged.connect(watcher.set_folder)
    find(dialog, QPushButton, "chooseMailboxButton").click()
    assert sharing.mailbox(couple.daniel) == other.resolve()
    assert watcher.folder == other
    find(dialog, QPushButton, "clearMailboxButton").click()
    assert sharing.mailbox(couple.daniel) is None and watcher.folder is None
    assert "No shared folder" in find(dialog, QLabel, "mailboxFolder").text()
    assert not find(dialog, QPushButton, "clearMailboxButton").isEnabled()
