"""Pairing: my card, my partner's card, the safety number, and a changed key."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import (
    Couple,
    answer_open_dialog,
    answer_save_dialog,
    find,
    make_couple,
    session_for,
)

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QLabel, QPlainTextEdit, QPushButton

from trustjournal.errors import CardInvalid
from trustjournal.services import sharing
from trustjournal.sharing.safety_number import grouped
from trustjournal.ui.pairing_dialog import PairingDialog
from trustjournal.ui.pairing_safety import safety_rows
from trustjournal.vault import Journal


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path)
    yield made
    made.maya.lock()
    made.daniel.lock()


def dialog_for(qtbot, journal: Journal) -> PairingDialog:
    dialog = PairingDialog(session_for(journal))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def paste_card(qtbot, dialog: PairingDialog, text: str) -> None:
    dialog.pages.setCurrentWidget(dialog.partner_page)
    find(dialog, QPlainTextEdit, "partnerCardEdit").setPlainText(text)
    qtbot.mouseClick(find(dialog, QPushButton, "readCardButton"), Qt.MouseButton.LeftButton)


def test_safety_number_is_three_rows_of_four_groups_of_five() -> None:
    digits = "".join(str(i % 10) for i in range(60))
    rows = safety_rows(digits).split("\n")
    assert len(rows) == 3
    assert all(len(row.split()) == 4 for row in rows)
    assert " ".join(safety_rows(digits).split()) == grouped(digits)


def test_my_card_can_be_copied_and_saved(qtbot, couple, monkeypatch) -> None:
    dialog = dialog_for(qtbot, couple.maya)
    status = find(dialog, QLabel, "pairingStatus").text()
    assert "not paired" in status
    card_text = find(dialog, QPlainTextEdit, "myCardText").toPlainText()
    assert sharing.PartnerCard.from_text(card_text).fingerprint == (
        sharing.my_card(couple.maya).fingerprint
    )
    find(dialog, QPushButton, "copyCardButton").click()
    assert QApplication.clipboard().text() == card_text
    out = couple.folder / "Maya-card.tjcard"
    suggested = answer_save_dialog(monkeypatch, out)
    find(dialog, QPushButton, "saveCardButton").click()
    assert Path(suggested[0]).name == "Maya-card.tjcard"
    assert out.read_text(encoding="utf-8") == card_text
    # Never over an existing file.
    find(dialog, QPushButton, "saveCardButton").click()
    assert "already there" in find(dialog, QLabel, "cardFeedback").text()


def test_pairing_with_matching_numbers(qtbot, couple) -> None:
    dialog = dialog_for(qtbot, couple.maya)
    daniel_card = sharing.my_card(couple.daniel)
    paste_card(qtbot, dialog, "\r\n  " + daniel_card.to_text() + "\r\n")
    assert dialog.pages.currentWidget() is dialog.safety_page
    shown = find(dialog, QLabel, "safetyNumber").text()
    digits = sharing.safety_number_with(couple.maya, daniel_card)
    assert shown.replace(" ", "").replace("\n", "") == digits
    assert shown == safety_rows(digits)
    # The same number on Daniel's screen.
    assert sharing.safety_number_with(couple.daniel, sharing.my_card(couple.maya)) == digits
    assert not find(dialog, QFrame, "changedKeyWarning").isVisible()
    font = find(dialog, QLabel, "safetyNumber").font()
    assert font.pointSizeF() >= 1.8 * dialog.font().pointSizeF()
    assert font.fixedPitch() or "mono" in font.family().lower()
    qtbot.mouseClick(find(dialog, QPushButton, "pairConfirmButton"), Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.done_page
    assert sharing.partner(couple.maya).name == "Daniel"
    assert "paired with Daniel" in find(dialog, QLabel, "pairingStatus").text()


def test_they_dont_match_pairs_nothing(qtbot, couple) -> None:
    dialog = dialog_for(qtbot, couple.maya)
    paste_card(qtbot, dialog, sharing.my_card(couple.daniel).to_text())
    find(dialog, QPushButton, "mismatchButton").click()
    assert dialog.pages.currentWidget() is dialog.partner_page
    assert "nothing was changed" in find(dialog, QLabel, "cardError").text()
    assert sharing.partner(couple.maya) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Paste your partner's card first"),
        ("hello, this is not a card", "Nothing was changed"),
        (
            "-----BEGIN TRUST JOURNAL CARD-----\nAAAA\n-----END TRUST JOURNAL CARD-----",
            "Nothing was changed",
        ),
    ],
)
def test_a_malformed_card_is_refused_inline(qtbot, couple, text, words) -> None:
    dialog = dialog_for(qtbot, couple.maya)
    paste_card(qtbot, dialog, text)
    assert dialog.pages.currentWidget() is dialog.partner_page
    error = find(dialog, QLabel, "cardError")
    assert error.isVisible() and words in error.text()
    assert sharing.partner(couple.maya) is None


def test_my_own_card_is_refused(qtbot, couple) -> None:
    dialog = dialog_for(qtbot, couple.maya)
    paste_card(qtbot, dialog, sharing.my_card(couple.maya).to_text())
    assert "your own card" in find(dialog, QLabel, "cardError").text()
    assert sharing.partner(couple.maya) is None


def test_a_card_file_is_opened(qtbot, couple, monkeypatch) -> None:
    path = couple.folder / "daniel.tjcard"
    path.write_text(sharing.my_card(couple.daniel).to_text(), encoding="utf-8")
    answer_open_dialog(monkeypatch, path)
    dialog = dialog_for(qtbot, couple.maya)
    dialog.pages.setCurrentWidget(dialog.partner_page)
    find(dialog, QPushButton, "openCardButton").click()
    assert dialog.pages.currentWidget() is dialog.safety_page
    assert "Daniel" in find(dialog, QLabel, "partnerCardName").text()


def test_a_damaged_card_file_is_refused(qtbot, couple, monkeypatch) -> None:
    path = couple.folder / "junk.tjcard"
    path.write_bytes(b"\xff\xfe\x00junk" * 10)
    answer_open_dialog(monkeypatch, path)
    dialog = dialog_for(qtbot, couple.maya)
    dialog.pages.setCurrentWidget(dialog.partner_page)
    find(dialog, QPushButton, "openCardButton").click()
    assert dialog.pages.currentWidget() is dialog.partner_page
    assert (
        find(dialog, QLabel, "cardError").text()
        == CardInvalid("This is not a Trust Journal partner card. Nothing was changed.").message
    )
    assert sharing.partner(couple.maya) is None


def test_a_changed_key_needs_an_explicit_confirmation(qtbot, couple, tmp_path) -> None:
    couple.pair()
    from sharing_couple import PASSPHRASE

    from trustjournal.domain import Role

    stranger, _ = Journal.create(
        tmp_path / "new-daniel",
        name="Daniel",
        role=Role.REPAIRING,
        since=couple.daniel.info.since,
        passphrase=PASSPHRASE,
    )
    try:
        dialog = dialog_for(qtbot, couple.maya)
        assert "paired with Daniel" in find(dialog, QLabel, "pairingStatus").text()
        paste_card(qtbot, dialog, sharing.my_card(stranger).to_text())
        warning = find(dialog, QFrame, "changedKeyWarning")
        assert warning.isVisible()
        assert "not the card you paired with" in find(dialog, QLabel, "changedKeyText").text()
        pair = find(dialog, QPushButton, "pairConfirmButton")
        assert not pair.isEnabled()
        dialog.confirm_pair()
        old = sharing.partner(couple.maya).fingerprint
        assert old == sharing.my_card(couple.daniel).fingerprint
        find(dialog, QCheckBox, "acceptChangedKeyCheck").setChecked(True)
        assert pair.isEnabled()
        pair.click()
        assert sharing.partner(couple.maya).fingerprint == sharing.my_card(stranger).fingerprint
    finally:
        stranger.lock()
