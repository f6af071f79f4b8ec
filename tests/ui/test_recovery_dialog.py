"""The "Forgot your passphrase?" dialog: the recovery code opens the journal for a new one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QPushButton

from trustjournal.errors import WrongPassphrase
from trustjournal.ui.recovery_dialog import RecoveryDialog
from trustjournal.vault import Journal

OLD = "a quiet morning walk"
NEW = "harbour lantern violet sunday"


@pytest.fixture
def locked(make_journal: Callable[..., tuple[Journal, str]]) -> tuple[Journal, str]:
    """A locked journal and its recovery code."""
    journal, code = make_journal("mine", passphrase=OLD)
    journal.lock()
    return journal, code


@pytest.fixture
def dialog(qtbot, locked: tuple[Journal, str]) -> RecoveryDialog:
    dialog = RecoveryDialog(locked[0].folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog: RecoveryDialog, code: str, passphrase: str = NEW) -> QPushButton:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "recoveryCodeEdit"), code)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passphraseEdit"), passphrase)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "confirmEdit"), passphrase)
    return dialog.findChild(QPushButton, "setPassphraseButton")


def test_the_right_code_sets_a_new_passphrase(
    qtbot, dialog: RecoveryDialog, locked: tuple[Journal, str]
) -> None:
    journal, code = locked
    typed = code.lower().replace("-", " ")  # any case, spaces instead of dashes
    set_button = fill(qtbot, dialog, typed)
    assert set_button.isEnabled()
    qtbot.mouseClick(set_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QProgressBar, "busyBar").isVisible()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)

    opened = dialog.journal
    assert opened is not None and opened.is_open
    assert opened.info.name == "Alex"
    assert dialog.findChild(QLineEdit, "recoveryCodeEdit").text() == ""  # nothing lingers
    assert dialog.findChild(QLineEdit, "passphraseEdit").text() == ""
    opened.lock()

    Journal.unlock(journal.folder, NEW).lock()
    with pytest.raises(WrongPassphrase):
        Journal.unlock(journal.folder, OLD)
    Journal.unlock_with_recovery_code(journal.folder, code).lock()  # the code still works


def test_a_wrong_code_is_answered_calmly_and_changes_nothing(
    qtbot,
    dialog: RecoveryDialog,
    locked: tuple[Journal, str],
    make_journal: Callable[..., tuple[Journal, str]],
) -> None:
    other, other_code = make_journal("theirs")  # well formed, but for another journal
    other.lock()
    set_button = fill(qtbot, dialog, other_code)
    qtbot.mouseClick(set_button, Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "codeProblem")
    qtbot.waitUntil(problem.isVisible, timeout=20_000)

    code_edit = dialog.findChild(QLineEdit, "recoveryCodeEdit")
    assert "does not open this journal" in problem.text()
    assert problem.textFormat() == Qt.TextFormat.PlainText
    assert code_edit.text() == other_code  # kept, to correct rather than retype
    assert dialog.focusWidget() is code_edit
    assert dialog.isVisible() and dialog.journal is None
    assert not dialog.findChild(QProgressBar, "busyBar").isVisible()

    Journal.unlock(locked[0].folder, OLD).lock()  # the old passphrase still opens it


def test_a_typing_mistake_is_caught_before_any_waiting(
    qtbot, dialog: RecoveryDialog, locked: tuple[Journal, str]
) -> None:
    code = locked[1]
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    qtbot.mouseClick(fill(qtbot, dialog, wrong), Qt.MouseButton.LeftButton)
    problem = dialog.findChild(QLabel, "codeProblem")
    assert problem.isVisible()  # at once: no worker was started
    assert "typing mistake" in problem.text()
    assert not dialog.findChild(QProgressBar, "busyBar").isVisible()

    code_edit = dialog.findChild(QLineEdit, "recoveryCodeEdit")
    code_edit.clear()
    qtbot.keyClicks(code_edit, "1234")
    assert not problem.isVisible()  # editing clears the old message
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "setPassphraseButton"), Qt.MouseButton.LeftButton
    )
    assert "32 letters and digits" in problem.text()


def test_the_button_waits_for_a_code_and_a_good_passphrase(
    qtbot, dialog: RecoveryDialog, locked: tuple[Journal, str]
) -> None:
    set_button = dialog.findChild(QPushButton, "setPassphraseButton")
    assert not set_button.isEnabled()
    fill(qtbot, dialog, locked[1], "password")
    assert not set_button.isEnabled()  # too easy to guess
    dialog.findChild(QLineEdit, "passphraseEdit").setText(NEW)
    dialog.findChild(QLineEdit, "confirmEdit").setText(NEW)
    assert set_button.isEnabled()
    dialog.findChild(QLineEdit, "recoveryCodeEdit").clear()
    assert not set_button.isEnabled()


def test_cancel_forgets_what_was_typed(
    qtbot, dialog: RecoveryDialog, locked: tuple[Journal, str]
) -> None:
    fill(qtbot, dialog, locked[1])
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.journal is None
    assert dialog.findChild(QLineEdit, "recoveryCodeEdit").text() == ""
    assert dialog.findChild(QLineEdit, "passphraseEdit").text() == ""
    Journal.unlock(locked[0].folder, OLD).lock()
