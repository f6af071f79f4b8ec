"""“Shared with me”: received entries, search, withdrawn ones, replies, opening files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import (
    Couple,
    add,
    answer_open_dialog,
    answer_save_dialog,
    close_boxes,
    find,
    make_couple,
    message_boxes,
    session_for,
)

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser

from trustjournal.domain import EntryDraft, Kind
from trustjournal.errors import BundleInvalid
from trustjournal.services import sharing
from trustjournal.ui.share_messages import shared_by
from trustjournal.ui.shared_model import PAGE_SIZE, SharedEntriesModel
from trustjournal.ui.shared_view import SharedView


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path)
    made.pair()
    yield made
    close_boxes()
    made.maya.lock()
    made.daniel.lock()


def maya_shares(couple: Couple, ids: list[int], name: str = "share.tjshare") -> Path:
    out = couple.folder / name
    sharing.share(couple.maya, ids, out)
    return out


def view_for(qtbot, couple: Couple) -> SharedView:
    view = SharedView(session_for(couple.daniel))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def all_text(view: SharedView) -> str:
    parts = [w.text() for w in view.findChildren(QLabel)]
    parts += [w.toPlainText() for w in view.findChildren(QPlainTextEdit)]
    parts += [w.toPlainText() for w in view.findChildren(QTextBrowser)]
    parts += [w.text() for w in view.findChildren(QLineEdit)]
    model = view.model
    for row in range(model.rowCount()):
        for role in (0, SharedEntriesModel.SharedByRole):
            parts.append(str(model.data(model.index(row, 0), role)))
    return "\n".join(parts)


def test_nothing_shared_yet_says_it_is_the_partners_choice(qtbot, couple) -> None:
    view = view_for(qtbot, couple)
    empty = find(view, QLabel, "sharedEmpty")
    assert view.stack.currentWidget() is empty
    assert "your partner's own choice" in empty.text()
    assert find(view, QPushButton, "openSharedFileButton").isVisible()


def test_received_entries_are_listed_read_only(qtbot, qtmodeltester, couple) -> None:
    first = add(couple.maya, "The night it came out", "I still *see* it.", Kind.FEELING, mood=1)
    second = add(couple.maya, "What I need", "Honesty, even when it is hard.", Kind.NEED)
    sharing.open_bundle(couple.daniel, maya_shares(couple, [first, second]))
    view = view_for(qtbot, couple)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    titles = {view.model.data(view.model.index(r, 0)) for r in range(2)}
    assert titles == {"The night it came out", "What I need"}
    received = sharing.shared_with_me(couple.daniel)[0]
    by = view.model.data(view.model.index(0, 0), SharedEntriesModel.SharedByRole)
    assert by == shared_by("Maya", received.shared_at) and by.startswith("Shared by Maya on ")
    delegate = view.list_view.itemDelegate()
    assert by in delegate.details(view.model.index(0, 0))

    view.list_view.setCurrentIndex(view.model.index(1, 0))
    detail = view.detail
    shown = view.model.entry_at(1)
    assert find(detail, QLabel, "sharedTitle").text() == shown.title
    assert find(detail, QLabel, "sharedBy").text().startswith("Shared by Maya on ")
    body = find(detail, QTextBrowser, "sharedBody")
    assert body.isReadOnly() and body.toPlainText().strip() == shown.body.replace("*", "")
    # Received entries never reach Daniel's own journal.
    assert couple.daniel.count() == 0


def test_search_finds_shared_entries(qtbot, couple) -> None:
    a = add(couple.maya, "Walk by the river", "Quiet morning.", Kind.FEELING)
    b = add(couple.maya, "Question about June", "Where were you?", Kind.QUESTION)
    sharing.open_bundle(couple.daniel, maya_shares(couple, [a, b]))
    view = view_for(qtbot, couple)
    search = find(view, QLineEdit, "sharedSearchEdit")
    qtbot.keyClicks(search, "river")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.data(view.model.index(0, 0)) == "Walk by the river"
    search.setText("lanternfish")
    view.search_now()
    assert view.model.rowCount() == 0
    assert find(view, QLabel, "sharedNoMatch").isVisible()
    search.clear()
    view.search_now()
    assert view.model.rowCount() == 2


def test_a_withdrawn_entry_shows_who_withdrew_it_and_no_words(qtbot, couple) -> None:
    entry = add(couple.maya, "Too raw", "Saffron-lighthouse words", Kind.FEELING)
    sharing.open_bundle(couple.daniel, maya_shares(couple, [entry]))
    view = view_for(qtbot, couple)
    assert "Saffron-lighthouse" in all_text(view)
    withdrawal = couple.folder / "withdraw.tjshare"
    sharing.withdraw(couple.maya, entry, withdrawal)
    with qtbot.waitSignal(view.opener.finished, timeout=10_000) as signal:
        view.opener.open(withdrawal)
    assert signal.args[1] is True and "withdrew" in signal.args[0]
    assert view.model.rowCount() == 1
    line = view.model.data(view.model.index(0, 0), SharedEntriesModel.SharedByRole)
    assert line.startswith("Maya withdrew this on ")
    assert "Saffron-lighthouse" not in all_text(view)
    assert find(view.detail, QLabel, "sharedTitle").text() == "Withdrawn"
    assert not find(view.detail, QTextBrowser, "sharedBody").isVisible()
    assert not view.detail.reply_box.isVisible()


def test_a_reply_is_sealed_and_threaded_under_the_entry(qtbot, couple, monkeypatch) -> None:
    entry = add(couple.maya, "A question", "Did you tell her about us?", Kind.QUESTION)
    sharing.open_bundle(couple.daniel, maya_shares(couple, [entry]))
    view = view_for(qtbot, couple)
    out = couple.folder / "reply.tjshare"
    suggested = answer_save_dialog(monkeypatch, out)
    send = find(view.detail, QPushButton, "sendReplyButton")
    assert not send.isEnabled()
    find(view.detail, QPlainTextEdit, "replyEdit").setPlainText("Yes. I told her on Monday.")
    assert send.isEnabled()
    with qtbot.waitSignal(view.detail.replySent, timeout=10_000):
        send.click()
    assert Path(suggested[0]).name.startswith("reply-")
    qtbot.waitUntil(lambda: view.detail.replies_view.texts() == ["Yes. I told her on Monday."])
    assert "reply.tjshare" in find(view.detail, QLabel, "replyStatus").text()
    assert find(view.detail, QPlainTextEdit, "replyEdit").toPlainText() == ""
    assert b"Monday" not in out.read_bytes()
    # Maya opens it: the reply hangs under her entry.
    assert sharing.open_bundle(couple.maya, out).replies == 1
    [reply] = sharing.replies_to(couple.maya, entry)
    assert reply.body == "Yes. I told her on Monday." and reply.from_name == "Daniel"


def test_open_a_shared_file_button(qtbot, couple, monkeypatch) -> None:
    entries = [add(couple.maya, f"Entry {i}", "words", Kind.FEELING) for i in range(2)]
    path = maya_shares(couple, entries)
    answer_open_dialog(monkeypatch, path)
    view = view_for(qtbot, couple)
    with qtbot.waitSignal(view.opener.finished, timeout=10_000):
        find(view, QPushButton, "openSharedFileButton").click()
    [box] = message_boxes("sharingResultBox")
    assert box.text() == "2 entries shared by Maya were added to Shared with me."
    assert view.model.rowCount() == 2
    assert view.stack.currentWidget() is view.splitter
    box.close()
    with qtbot.waitSignal(view.opener.finished, timeout=10_000):
        view.opener.open(path)
    [box] = message_boxes("sharingResultBox")
    assert box.text() == "You had already opened this. Nothing has changed."


def test_a_damaged_file_is_refused_and_nothing_is_written(qtbot, couple) -> None:
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    path = maya_shares(couple, [entry])
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    damaged = couple.folder / "damaged.tjshare"
    damaged.write_bytes(bytes(data))
    view = view_for(qtbot, couple)
    with qtbot.waitSignal(view.opener.finished, timeout=10_000) as signal:
        view.opener.open(damaged)
    assert signal.args[1] is False
    [box] = message_boxes("sharingProblemBox")
    assert box.text() == BundleInvalid().message
    assert "Traceback" not in box.text()
    assert sharing.shared_with_me(couple.daniel) == []
    assert view.stack.currentWidget() is find(view, QLabel, "sharedEmpty")
    # The good file still opens afterwards: the refusal left nothing behind.
    assert sharing.open_bundle(couple.daniel, path).added == 1


def test_the_list_loads_a_page_at_a_time(qtbot, qtmodeltester, couple) -> None:
    ids = couple.maya.add_many(
        [
            EntryDraft(kind=Kind.FEELING, title=f"Entry {i}", body="words")
            for i in range(PAGE_SIZE + 20)
        ]
    )
    sharing.open_bundle(couple.daniel, maya_shares(couple, ids))
    view = view_for(qtbot, couple)
    model = view.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 20
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_locking_clears_every_word(qtbot, couple) -> None:
    entry = add(couple.maya, "Saffron title", "Saffron body", Kind.FEELING)
    sharing.open_bundle(couple.daniel, maya_shares(couple, [entry]))
    session = session_for(couple.daniel)
    view = SharedView(session)
    qtbot.addWidget(view)
    view.show()
    find(view.detail, QPlainTextEdit, "replyEdit").setPlainText("Saffron reply draft")
    find(view, QLineEdit, "sharedSearchEdit").setText("Saffron")
    assert "Saffron" in all_text(view)
    session.close()
    assert "Saffron" not in all_text(view)
