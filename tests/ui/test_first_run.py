"""The first-run wizard, its passphrase field and its recovery-code page, driven like a user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWizard,
)

from trustjournal.domain import Role
from trustjournal.paths import folder_name_for, new_journal_folder
from trustjournal.ui.first_run import FirstRunWizard
from trustjournal.ui.passphrase_field import PassphraseField
from trustjournal.ui.recovery_code_page import RecoveryCodePage
from trustjournal.vault import Journal, is_journal

GOOD = "river candle orange tuesday"
CODE = "7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"


def button(wizard: QWizard, which: QWizard.WizardButton) -> QPushButton:
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


def fill_to_passphrase(qtbot, wizard: FirstRunWizard, name: str = "Sam") -> None:
    """Welcome → name → role → date → passphrase page (nothing written yet)."""
    next_button = button(wizard, QWizard.WizardButton.NextButton)
    wizard.next()
    assert not next_button.isEnabled()  # a name is required
    qtbot.keyClicks(wizard.findChild(QLineEdit, "nameEdit"), name)
    assert next_button.isEnabled()
    wizard.next()
    repairing = wizard.findChild(QRadioButton, "roleRepairing")
    hurt = wizard.findChild(QRadioButton, "roleHurt")
    assert not hurt.isChecked() and not repairing.isChecked()  # nothing preselected
    assert not next_button.isEnabled()
    qtbot.mouseClick(repairing, Qt.MouseButton.LeftButton)
    assert next_button.isEnabled()
    wizard.next()
    since = wizard.findChild(QDateEdit, "sinceEdit")
    assert since.date() == QDate.currentDate()
    assert since.maximumDate() == QDate.currentDate()  # never in the future
    since.setDate(QDate(2026, 1, 10) if QDate(2026, 1, 10) <= QDate.currentDate() else since.date())
    wizard.next()


def type_passphrase(qtbot, wizard: FirstRunWizard, text: str, again: str | None = None) -> None:
    for name, value in (
        ("passphraseEdit", text),
        ("confirmEdit", text if again is None else again),
    ):
        edit = wizard.findChild(QLineEdit, name)
        edit.clear()
        qtbot.keyClicks(edit, value)


def create(qtbot, wizard: FirstRunWizard) -> str:
    """Press "Create my journal", wait, and return the recovery code as shown."""
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    busy = wizard.findChild(QProgressBar, "busyBar")
    assert busy.isVisible() and (busy.minimum(), busy.maximum()) == (0, 0)
    assert not button(wizard, QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
    return wizard.findChild(QLabel, "recoveryCodeLabel").text()


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_whole_wizard_makes_a_working_journal(qtbot, wizard: FirstRunWizard) -> None:
    data_dir = wizard.data_dir
    fill_to_passphrase(qtbot, wizard, "  Sam   Rivers ")
    commit = button(wizard, QWizard.WizardButton.CommitButton)
    type_passphrase(qtbot, wizard, "password1")
    assert not commit.isEnabled()  # too easy to guess
    type_passphrase(qtbot, wizard, GOOD, "river candle orange")
    assert not commit.isEnabled()  # the two do not match
    type_passphrase(qtbot, wizard, GOOD)
    assert not data_dir.exists()  # nothing written before "Create my journal"

    code = create(qtbot, wizard)
    assert wizard.findChild(QLineEdit, "passphraseEdit").text() == ""  # forgotten after use
    assert wizard.findChild(QLineEdit, "confirmEdit").text() == ""
    back = button(wizard, QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # no way back once it exists
    finish = button(wizard, QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    journal = wizard.journal
    assert journal is not None and journal.is_open
    assert journal.folder == data_dir / "Sam Rivers"
    assert journal.info.name == "Sam Rivers"
    assert journal.info.role is Role.REPAIRING
    assert journal.info.since <= dt.date.today()
    assert wizard.findChild(QLabel, "recoveryCodeLabel").text() == ""  # wiped on finish
    journal.lock()

    reopened = Journal.unlock_with_recovery_code(journal.folder, code)
    assert reopened.info.name == "Sam Rivers"
    reopened.lock()
    Journal.unlock(journal.folder, GOOD).lock()


def test_cancel_before_creation_writes_nothing(qtbot, wizard: FirstRunWizard) -> None:
    fill_to_passphrase(qtbot, wizard)
    type_passphrase(qtbot, wizard, GOOD)
    wizard.reject()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.journal is None
    assert not wizard.data_dir.exists()
    assert wizard.findChild(QLineEdit, "passphraseEdit").text() == ""


def test_cancel_after_creation_locks_and_keeps_the_files(qtbot, wizard: FirstRunWizard) -> None:
    fill_to_passphrase(qtbot, wizard)
    type_passphrase(qtbot, wizard, GOOD)
    create(qtbot, wizard)
    journal = wizard.journal
    assert journal is not None

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "leaveWithoutCodeBox"
        try:
            assert box.textFormat() == Qt.TextFormat.PlainText
            [chosen] = [b for b in box.buttons() if b.text() == choice]
            chosen.click()
        finally:
            if box.isVisible():  # never leave a test waiting on a modal box
                box.reject()

    QTimer.singleShot(0, lambda: answer("Back to the code"))
    wizard.reject()  # the code was not confirmed: asked first, and the user stays
    assert wizard.isVisible() and journal.is_open

    QTimer.singleShot(0, lambda: answer("Close"))
    wizard.reject()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert not journal.is_open
    assert wizard.journal is None
    assert is_journal(journal.folder)
    Journal.unlock(journal.folder, GOOD).lock()


def test_a_failed_creation_can_be_retried(qtbot, wizard: FirstRunWizard) -> None:
    wizard.data_dir.parent.mkdir(exist_ok=True)
    wizard.data_dir.write_text("a file where the folder should be")
    fill_to_passphrase(qtbot, wizard)
    type_passphrase(qtbot, wizard, GOOD)
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    retry = wizard.findChild(QPushButton, "retryButton")
    qtbot.waitUntil(retry.isVisible, timeout=20_000)
    message = wizard.findChild(QLabel, "errorLabel").text()
    assert "could not be set up" in message and "Traceback" not in message
    assert not wizard.findChild(QProgressBar, "busyBar").isVisible()
    assert wizard.journal is None

    wizard.data_dir.unlink()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.recovery_id, timeout=20_000)
    assert wizard.journal is not None and wizard.journal.is_open
    wizard.findChild(QCheckBox, "storedCheck").setChecked(True)
    wizard.reject()  # confirmed, so no question: just locked
    assert is_journal(wizard.data_dir / "Sam")


def test_folder_names_are_safe_and_unique(tmp_path: Path) -> None:
    assert folder_name_for("Sam") == "Sam"
    assert folder_name_for("Zoë & Kim") == "Zoë Kim"
    assert folder_name_for("../../etc") == "etc"
    assert folder_name_for("CON") == "Journal"
    assert folder_name_for("   ") == "Journal"
    assert len(folder_name_for("x" * 500)) <= 40
    (tmp_path / "Sam").mkdir()
    (tmp_path / "Sam 2").write_text("")
    assert new_journal_folder(tmp_path, "Sam") == tmp_path / "Sam 3"
    assert new_journal_folder(tmp_path, "Alex") == tmp_path / "Alex"


# -- the passphrase field ---------------------------------------------------------------


def test_passphrase_field_meter_advice_and_match(qtbot) -> None:
    field = PassphraseField()
    qtbot.addWidget(field)
    field.show()
    edit = field.findChild(QLineEdit, "passphraseEdit")
    confirm = field.findChild(QLineEdit, "confirmEdit")
    bar = field.findChild(QProgressBar, "strengthBar")
    label = field.findChild(QLabel, "strengthLabel")
    advice = field.findChild(QLabel, "adviceLabel")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert (bar.minimum(), bar.maximum()) == (0, 4)

    qtbot.keyClicks(edit, "123456")
    assert label.text() == "Very weak" and bar.accessibleDescription() == "Very weak"
    assert "common" in advice.text()
    with qtbot.waitSignal(field.acceptableChanged, check_params_cb=lambda ok: ok):
        edit.setText(GOOD)
        confirm.setText(GOOD)
    assert field.is_acceptable() and field.passphrase() == GOOD
    assert label.text() in ("Strong", "Very strong") and bar.value() >= 3
    confirm.setText(GOOD + "x")
    assert not field.is_acceptable()
    assert field.findChild(QLabel, "matchLabel").text() == "The two passphrases do not match yet."

    field.findChild(QCheckBox, "showPassphraseCheck").setChecked(True)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    field.clear()
    assert (edit.text(), confirm.text()) == ("", "")
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert not field.is_acceptable()


# -- the recovery-code page -------------------------------------------------------------


@pytest.fixture
def code_page(qtbot) -> RecoveryCodePage:
    page = RecoveryCodePage()
    qtbot.addWidget(page)
    page.set_code(CODE, "Sam")
    page.show()
    return page


def test_code_page_shows_the_code_once_and_wipes_it(qtbot, code_page: RecoveryCodePage) -> None:
    label = code_page.findChild(QLabel, "recoveryCodeLabel")
    assert label.text().replace("\n", "-") == CODE
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert code_page.findChild(QPushButton, "copyButton") is None  # deliberately no clipboard
    with qtbot.waitSignal(code_page.confirmedChanged, check_params_cb=lambda on: on):
        code_page.findChild(QCheckBox, "storedCheck").setChecked(True)
    code_page.clear()
    assert label.text() == ""
    assert not code_page.is_confirmed()


def test_code_page_saves_a_pdf_and_says_it_is_not_encrypted(
    qtbot, code_page: RecoveryCodePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "my code"), "")
    )
    qtbot.mouseClick(code_page.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "my code.pdf").read_bytes().startswith(b"%PDF")
    assert "not encrypted" in code_page.findChild(QLabel, "statusLabel").text()

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "no" / "x.pdf"), "")
    )
    qtbot.mouseClick(code_page.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert "could not be saved" in code_page.findChild(QLabel, "statusLabel").text()


def test_code_page_prints_through_the_chosen_printer(
    qtbot, code_page: RecoveryCodePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "printed.pdf"

    def choose_pdf_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_pdf_printer)
    qtbot.mouseClick(code_page.findChild(QPushButton, "printButton"), Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert "printer" in code_page.findChild(QLabel, "statusLabel").text()
