"""“What I shared”: the ledger, replies threaded under entries, and withdrawing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sharing_couple import Couple, add, answer_save_dialog, find, make_couple, session_for

from PySide6.QtWidgets import QLabel, QPushButton

from trustjournal.domain import EntryDraft, Kind
from trustjournal.services import sharing
from trustjournal.ui.ledger_model import LedgerModel
from trustjournal.ui.ledger_view import LedgerView
from trustjournal.ui.ledger_withdraw import WithdrawDialog
from trustjournal.ui.session import JournalSession

EXPLANATION = (
    "Your partner's app will remove it when it opens the withdrawal. They may already have read it."
)


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path)
    made.pair()
    yield made
    made.maya.lock()
    made.daniel.lock()


def view_for(qtbot, session: JournalSession) -> LedgerView:
    view = LedgerView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def cell(view: LedgerView, row: int, column: int) -> str:
    return view.model.data(view.model.index(row, column))


def test_nothing_shared_yet(qtbot, couple) -> None:
    view = view_for(qtbot, session_for(couple.maya))
    assert view.stack.currentWidget() is find(view, QLabel, "ledgerEmpty")
    assert not find(view, QPushButton, "withdrawButton").isEnabled()


def written_an_hour_ago(journal, entry_id: int) -> None:
    """Move an entry's last change back an hour, so an edit now is a new version.

    A version is the time of the last change to the second; a test runs faster than that.
    """
    with journal.write() as conn:
        (stamp,) = conn.execute(
            "SELECT updated_at FROM entries WHERE id = ?", (entry_id,)
        ).fetchone()
        earlier = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") - dt.timedelta(hours=1)
        conn.execute(
            "UPDATE entries SET updated_at = ? WHERE id = ?",
            (earlier.strftime("%Y-%m-%dT%H:%M:%SZ"), entry_id),
        )


def test_every_share_with_its_version(qtbot, qtmodeltester, couple) -> None:
    first = add(couple.maya, "Dinner", "words", Kind.FEELING)
    written_an_hour_ago(couple.maya, first)
    second = add(couple.maya, "A question", "Why?", Kind.QUESTION)
    sharing.share(couple.maya, [first], couple.folder / "1.tjshare")
    sharing.share(couple.maya, [second], couple.folder / "2.tjshare", redact=[second])
    session = session_for(couple.maya)
    view = view_for(qtbot, session)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2
    titles = {cell(view, r, LedgerModel.ENTRY) for r in range(2)}
    assert titles == {"Dinner", "A question"}
    for row in range(2):
        assert cell(view, row, LedgerModel.WITH) == "Daniel"
        assert cell(view, row, LedgerModel.VERSION) == "As shared"
    kinds = {cell(view, r, LedgerModel.KIND) for r in range(2)}
    assert kinds == {"Feeling", "Question"}
    statuses = {cell(view, r, LedgerModel.STATUS) for r in range(2)}
    assert statuses == {"Shared", "Shared (title and excerpt)"}

    session.update(first, EntryDraft(kind=Kind.FEELING, title="Dinner, later", body="more"))
    row = view.model.row_of_entry(first)
    assert cell(view, row, LedgerModel.VERSION) == "Edited since"
    assert cell(view, row, LedgerModel.ENTRY) == "Dinner"  # what left, not what is here now
    view.select_entry(first)
    assert "earlier version" in find(view, QLabel, "ledgerMeta").text()

    session.delete(first)
    row = view.model.row_of_entry(first)
    assert cell(view, row, LedgerModel.VERSION) == "Deleted here since"
    qtmodeltester.check(view.model)


def test_replies_are_threaded_under_the_entry(qtbot, qtmodeltester, couple) -> None:
    entry = add(couple.maya, "A question", "Did you tell her?", Kind.QUESTION)
    other = add(couple.maya, "Another", "words", Kind.FEELING)
    out = couple.folder / "share.tjshare"
    sharing.share(couple.maya, [entry, other], out)
    sharing.open_bundle(couple.daniel, out)
    received = next(r for r in sharing.shared_with_me(couple.daniel) if r.title == "A question")
    sharing.reply(couple.daniel, received.id, "Yes, on Monday.", couple.folder / "r.tjshare")
    sharing.open_bundle(couple.maya, couple.folder / "r.tjshare")
    view = view_for(qtbot, session_for(couple.maya))
    qtmodeltester.check(view.model)
    row = view.model.row_of_entry(entry)
    parent = view.model.index(row, 0)
    assert view.model.rowCount(parent) == 1
    child = view.model.index(0, 0, parent)
    assert view.model.data(child) == "Daniel replied: Yes, on Monday."
    assert view.model.parent(child) == parent
    assert view.model.rowCount(view.model.index(view.model.row_of_entry(other), 0)) == 0
    view.select_entry(entry)
    assert view.replies_view.texts() == ["Yes, on Monday."]


def test_withdraw_explains_then_seals_a_withdrawal(qtbot, couple, monkeypatch) -> None:
    entry = add(couple.maya, "Too raw", "Saffron words", Kind.FEELING)
    share = couple.folder / "share.tjshare"
    sharing.share(couple.maya, [entry], share)
    sharing.open_bundle(couple.daniel, share)
    out = couple.folder / "withdraw.tjshare"
    suggested = answer_save_dialog(monkeypatch, out)
    view = view_for(qtbot, session_for(couple.maya))
    view.select_entry(entry)
    button = find(view, QPushButton, "withdrawButton")
    assert button.isEnabled()

    dialog = view.withdraw_selected()
    assert isinstance(dialog, WithdrawDialog) and dialog.isVisible()
    assert find(dialog, QLabel, "withdrawExplanation").text() == EXPLANATION
    find(dialog, QPushButton, "keepSharedButton").click()
    assert not out.exists() and sharing.is_shared(couple.maya, entry)

    dialog = view.withdraw_selected()
    find(dialog, QPushButton, "confirmWithdrawButton").click()
    status = find(view, QLabel, "ledgerStatus")
    qtbot.waitUntil(lambda: "withdraw.tjshare" in status.text(), timeout=10_000)
    assert Path(suggested[0]).name.startswith("withdraw-")
    assert not sharing.is_shared(couple.maya, entry)
    row = view.model.row_of_entry(entry)
    assert cell(view, row, LedgerModel.STATUS).startswith("Withdrawn on ")
    assert not button.isEnabled()
    assert view.withdraw_selected() is None  # nothing left to withdraw

    result = sharing.open_bundle(couple.daniel, out)
    assert result.withdrawn == 1
    [received] = sharing.shared_with_me(couple.daniel)
    assert received.withdrawn_at is not None and received.body == ""


def test_a_withdrawal_that_cannot_be_written_changes_nothing(qtbot, couple, monkeypatch) -> None:
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    sharing.share(couple.maya, [entry], couple.folder / "share.tjshare")
    answer_save_dialog(monkeypatch, couple.folder / "no such folder" / "w.tjshare")
    view = view_for(qtbot, session_for(couple.maya))
    view.select_entry(entry)
    find(view.withdraw_selected(), QPushButton, "confirmWithdrawButton").click()
    status = find(view, QLabel, "ledgerStatus")
    qtbot.waitUntil(lambda: "could not be written" in status.text(), timeout=10_000)
    assert "Traceback" not in status.text()
    assert sharing.is_shared(couple.maya, entry)
    assert find(view, QPushButton, "withdrawButton").isEnabled()


def test_locking_clears_the_ledger(qtbot, couple) -> None:
    entry = add(couple.maya, "Saffron title", "words", Kind.FEELING)
    sharing.share(couple.maya, [entry], couple.folder / "share.tjshare")
    session = session_for(couple.maya)
    view = view_for(qtbot, session)
    assert find(view, QLabel, "ledgerTitle").text() == "Saffron title"
    session.close()
    assert view.model.rowCount() == 0
    assert all("Saffron" not in label.text() for label in view.findChildren(QLabel))


def test_locking_closes_an_open_withdraw_question(qtbot, couple) -> None:
    entry = add(couple.maya, "Saffron title", "words", Kind.FEELING)
    sharing.share(couple.maya, [entry], couple.folder / "share.tjshare")
    session = session_for(couple.maya)
    view = view_for(qtbot, session)
    view.select_entry(entry)
    kept = view.withdraw_selected()
    assert kept is not None
    find(kept, QPushButton, "keepSharedButton").click()
    qtbot.waitUntil(lambda: not view.findChildren(WithdrawDialog))  # deleted on close
    dialog = view.withdraw_selected()
    assert isinstance(dialog, WithdrawDialog) and dialog.isVisible()
    confirmed: list[int] = []
    dialog.withdrawConfirmed.connect(lambda entry_id, _mailbox: confirmed.append(entry_id))
    session.close()
    assert not dialog.isVisible()
    assert all("Saffron" not in label.text() for label in view.findChildren(QLabel))
    assert not confirmed
