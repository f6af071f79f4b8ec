"""A partner card given to the app (double-clicked, dropped, handed over) goes to pairing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_couple import Couple, make_couple, open_window

from PySide6.QtWidgets import QApplication

from trustjournal.services import sharing
from trustjournal.sharing.safety_number import grouped
from trustjournal.ui.pairing_dialog import PairingDialog


@pytest.fixture
def couple(tmp_path: Path) -> Couple:
    made = make_couple(tmp_path / "journals")
    yield made
    made.maya.lock()
    made.daniel.lock()


def test_a_card_file_opens_the_pairing_dialog_at_the_safety_number(qtbot, tmp_path, couple):
    card_file = tmp_path / "daniel.tjcard"
    card_file.write_text(sharing.my_card(couple.daniel).to_text(), encoding="utf-8")
    expected = grouped(sharing.safety_number_with(couple.daniel, sharing.my_card(couple.maya)))
    window = open_window(qtbot, tmp_path, couple, "maya")
    window.open_shared_file(card_file)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PairingDialog)))
    dialog = next(d for d in window.findChildren(PairingDialog) if d.isVisible())
    assert dialog.pages.currentWidget() is dialog.safety_page
    assert expected.split()[0] in _all_text(dialog) and expected.split()[-1] in _all_text(dialog)
    assert sharing.partner(window.session.journal) is None  # nothing trusted yet
    dialog.close()
    window.lock()
    QApplication.processEvents()


def test_the_menu_action_still_opens_pairing_at_the_first_step(qtbot, tmp_path, couple):
    window = open_window(qtbot, tmp_path, couple, "maya")
    window.window_actions.pair.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PairingDialog)))
    dialog = next(d for d in window.findChildren(PairingDialog) if d.isVisible())
    assert dialog.pages.currentWidget() is dialog.card_page
    dialog.close()
    window.lock()


def _all_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))
