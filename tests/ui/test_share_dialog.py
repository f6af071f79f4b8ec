"""The share dialog: the exact preview, redaction, the private question, and sealing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import Couple, add, answer_save_dialog, find, make_couple, session_for

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QRadioButton, QTextBrowser

from trustjournal.domain import Kind
from trustjournal.services import sharing
from trustjournal.ui.pairing_dialog import PairingDialog
from trustjournal.ui.share_dialog import ShareDialog

LONG_BODY = (
    "The first paragraph says what happened at dinner and how it felt, plainly, in a few "
    "sentences that go on for a while so that an excerpt has to cut them somewhere sensible.\n\n"
    "The second paragraph is private-ish: Saffron-lighthouse words that must not leave."
)


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path)
    yield made
    made.maya.lock()
    made.daniel.lock()


def dialog_for(qtbot, journal, ids) -> ShareDialog:
    session = session_for(journal)
    dialog = ShareDialog(session, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_not_paired_explains_and_offers_pairing(qtbot, couple) -> None:
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    assert dialog.pages.currentWidget() is dialog.pair_page
    text = find(dialog, QLabel, "notPairedText").text()
    assert "pair" in text and "choose" in text
    find(dialog, QPushButton, "pairButton").click()
    pairing = dialog.findChild(PairingDialog)
    assert pairing is not None and pairing.isVisible()
    pairing.partner_card_edit.setPlainText(sharing.my_card(couple.daniel).to_text())
    pairing.read_partner_card()
    find(pairing, QPushButton, "pairConfirmButton").click()
    find(pairing, QPushButton, "closePairingButton").click()
    # Paired now: the same dialog goes on to the preview.
    assert dialog.pages.currentWidget() is dialog.preview_page
    assert dialog.model.rowCount() == 1


def test_preview_shows_exactly_what_will_leave(qtbot, qtmodeltester, couple) -> None:
    couple.pair()
    first = add(couple.maya, "Dinner", LONG_BODY, Kind.FEELING, mood=2)
    second = add(couple.maya, "A question", "Why then?", Kind.QUESTION)
    dialog = dialog_for(qtbot, couple.maya, [first, second])
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    assert "Maya" not in dialog.intro.text() and "Daniel" in dialog.intro.text()
    body = find(dialog, QTextBrowser, "previewBody")
    assert "Saffron-lighthouse" in body.toPlainText()
    assert find(dialog, QLabel, "previewTitle").text() == "Dinner"
    meta = find(dialog, QLabel, "previewMeta").text()
    assert "Feeling" in meta and "mood" in meta

    find(dialog, QCheckBox, "redactCheck").setChecked(True)
    shown = body.toPlainText()
    assert "Saffron-lighthouse" not in shown
    assert shown.strip() == sharing.excerpt(LONG_BODY).strip()
    assert "mood" not in find(dialog, QLabel, "previewMeta").text()  # a mood leaves only in full
    assert find(dialog, QLabel, "excerptNote").isVisible()
    assert dialog.redacted_ids() == [first]
    qtmodeltester.check(dialog.model)

    dialog.list_view.setCurrentIndex(dialog.model.index(1, 0))
    assert find(dialog, QLabel, "previewTitle").text() == "A question"
    assert not find(dialog, QCheckBox, "redactCheck").isChecked()


def test_share_needs_the_private_answer_which_is_never_kept(qtbot, couple, monkeypatch) -> None:
    couple.pair()
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    out = couple.folder / "out.tjshare"
    answer_save_dialog(monkeypatch, out)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    share = find(dialog, QPushButton, "shareButton")
    assert not share.isEnabled()
    dialog.share()  # ignored while the question is unanswered
    assert not out.exists()
    assert find(dialog, QLabel, "freelyQuestion").text() == (
        "Am I sharing this freely, because I want to?"
    )
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    assert share.isEnabled()
    # A new dialog asks again: the answer is remembered nowhere.
    again = dialog_for(qtbot, couple.maya, [entry])
    assert not find(again, QCheckBox, "freelyCheck").isChecked()


def test_share_to_a_file_which_the_partner_opens(qtbot, couple, monkeypatch) -> None:
    couple.pair()
    entry = add(couple.maya, "Dinner", LONG_BODY, Kind.FEELING)
    out = couple.folder / "given.tjshare"
    suggested = answer_save_dialog(monkeypatch, out)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    find(dialog, QCheckBox, "redactCheck").setChecked(True)
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    with qtbot.waitSignal(dialog.shared, timeout=10_000):
        qtbot.mouseClick(find(dialog, QPushButton, "shareButton"), Qt.MouseButton.LeftButton)
    assert Path(suggested[0]).name.startswith("share-")
    assert suggested[0].endswith(".tjshare")
    assert dialog.pages.currentWidget() is dialog.done_page
    done = find(dialog, QLabel, "shareDoneText").text()
    assert "given.tjshare" in done and "Daniel" in done
    assert out.exists()
    assert b"Saffron" not in out.read_bytes() and b"Dinner" not in out.read_bytes()
    assert [row.entry_id for row in sharing.ledger(couple.maya)] == [entry]

    result = sharing.open_bundle(couple.daniel, out)
    assert result.added == 1
    [received] = sharing.shared_with_me(couple.daniel)
    assert received.redacted and "Saffron" not in received.body


def test_share_into_the_shared_folder(qtbot, couple, monkeypatch) -> None:
    couple.pair()
    mailbox = couple.folder / "mailbox"
    mailbox.mkdir()
    sharing.set_mailbox(couple.maya, mailbox)
    answer_save_dialog(monkeypatch, None)  # a file dialog would answer "cancel"
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    radio = find(dialog, QRadioButton, "mailboxDestinationRadio")
    assert radio.isVisible() and radio.isChecked()
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    with qtbot.waitSignal(dialog.shared, timeout=10_000):
        dialog.share()
    assert len(list(mailbox.glob("*.tjshare"))) == 1
    assert "shared folder" in find(dialog, QLabel, "shareDoneText").text()


def test_cancelling_the_file_dialog_shares_nothing(qtbot, couple, monkeypatch) -> None:
    couple.pair()
    answer_save_dialog(monkeypatch, None)
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    assert not find(dialog, QRadioButton, "mailboxDestinationRadio").isVisible()
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    dialog.share()
    assert dialog.pages.currentWidget() is dialog.preview_page
    assert sharing.ledger(couple.maya) == []


def test_a_file_that_cannot_be_written_is_said_plainly(qtbot, couple, monkeypatch) -> None:
    couple.pair()
    taken = couple.folder / "taken.tjshare"
    taken.write_bytes(b"someone else's file")
    answer_save_dialog(monkeypatch, taken)
    entry = add(couple.maya, "Dinner", "words", Kind.FEELING)
    dialog = dialog_for(qtbot, couple.maya, [entry])
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    dialog.share()
    message = find(dialog, QLabel, "shareMessage")
    qtbot.waitUntil(lambda: "already exists" in message.text(), timeout=10_000)
    assert "Traceback" not in message.text()
    assert taken.read_bytes() == b"someone else's file"
    assert sharing.ledger(couple.maya) == []
    assert find(dialog, QPushButton, "shareButton").isEnabled()


def test_locking_closes_the_dialog_and_clears_it(qtbot, couple) -> None:
    couple.pair()
    entry = add(couple.maya, "Dinner", "Saffron words", Kind.FEELING)
    session = session_for(couple.maya)
    dialog = ShareDialog(session, [entry])
    qtbot.addWidget(dialog)
    dialog.show()
    session.close()
    assert not dialog.isVisible()
    assert "Saffron" not in find(dialog, QTextBrowser, "previewBody").toPlainText()
    assert dialog.model.rowCount() == 0


def test_the_coach_adds_a_quiet_note_for_the_repairing_partner(qtbot, couple) -> None:
    couple.pair()
    text = "I'm sorry if you were hurt by what I said."
    entry = add(couple.daniel, "Thursday", text, Kind.ACCOUNTABILITY)
    dialog = dialog_for(qtbot, couple.daniel, [entry])
    note = find(dialog, QLabel, "coachNote")
    assert note.isVisible()
    assert "“sorry if”" in note.text() and "uncertain" in note.text()
    find(dialog, QCheckBox, "freelyCheck").setChecked(True)
    assert find(dialog, QPushButton, "shareButton").isEnabled()  # a note, never a gate

    same_words = add(couple.maya, "Thursday", text, Kind.FEELING)
    hurt = dialog_for(qtbot, couple.maya, [same_words])
    assert not find(hurt, QLabel, "coachNote").isVisible()
