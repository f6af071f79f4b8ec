"""The "Forgot your passphrase?" dialog: open with the recovery code, set a new one.

A typing mistake in the code is caught at once (the code carries a checksum); only a
well-formed code starts the slow key derivation, on a worker thread. The recovery code
keeps working afterwards; only the passphrase changes.
"""

from __future__ import annotations

from pathlib import Path

from shiboken6 import isValid

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError, WrongRecoveryCode
from trustjournal.ui.passphrase_field import PassphraseField
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import Journal
from trustjournal.vault.recovery import parse_recovery_code


def _reset_passphrase(folder: Path, code: str, passphrase: str) -> Journal:
    """Open with the code and re-seal the passphrase slot (runs on a worker thread)."""
    journal = Journal.unlock_with_recovery_code(folder, code)
    try:
        journal.change_passphrase(passphrase)
    except BaseException:
        journal.lock()
        raise
    return journal


class RecoveryDialog(QDialog):
    """After ``accept()``, ``journal`` is the unlocked journal with its new passphrase."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Set a new passphrase"))
        self.folder = Path(folder)
        self.journal: Journal | None = None
        self._busy = False
        self._closed = False

        title = plain_label(self.tr("Forgot your passphrase?"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = plain_label(
            self.tr(
                "That happens. Type the recovery code you kept when you made this journal, "
                "then choose a new passphrase. Your entries stay exactly as they are."
            )
        )

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("recoveryCodeEdit")
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.15)
        self.code_edit.setFont(mono)
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferUppercase
        )
        self.code_edit.setMaxLength(120)
        self.code_edit.textChanged.connect(self._update_enabled)
        self.code_edit.textEdited.connect(lambda _text: self._show_code_problem(""))
        code_label = QLabel(self.tr("&Recovery code"))
        code_label.setBuddy(self.code_edit)
        code_hint = plain_label(self.tr("Capitals, spaces and dashes do not matter."))
        self.code_problem = plain_label()
        self.code_problem.setObjectName("codeProblem")
        bold = QFont(self.code_problem.font())
        bold.setBold(True)  # noticeable without alarm colours
        self.code_problem.setFont(bold)

        self.passphrase_field = PassphraseField(label=self.tr("New &passphrase"))
        self.passphrase_field.acceptableChanged.connect(self._update_enabled)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setAccessibleName(self.tr("Opening your journal"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.message_label = plain_label()
        self.message_label.setObjectName("messageLabel")

        self.set_button = QPushButton(self.tr("Set &new passphrase"))
        self.set_button.setObjectName("setPassphraseButton")
        self.set_button.setAccessibleName(self.tr("Set new passphrase"))
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.set_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(code_label)
        layout.addWidget(self.code_edit)
        layout.addWidget(code_hint)
        layout.addWidget(self.code_problem)
        layout.addSpacing(12)
        layout.addWidget(self.passphrase_field)
        layout.addSpacing(8)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.setTabOrder(self.code_edit, self.passphrase_field.passphrase_edit)
        self.setTabOrder(self.passphrase_field.show_check, self.set_button)
        self.setTabOrder(self.set_button, self.cancel_button)
        self._show_code_problem("")
        self._set_busy(False)
        self.resize(620, self.sizeHint().height())

    # -- public --------------------------------------------------------------------------

    def submit(self) -> None:
        """Check the code's form at once, then open and re-seal on a worker thread."""
        if self._busy or not self.set_button.isEnabled():
            return
        code = self.code_edit.text()
        try:
            parse_recovery_code(code)  # fast: a typing mistake is caught before any waiting
        except WrongRecoveryCode as error:
            self._show_code_problem(error.message)
            return
        passphrase = self.passphrase_field.passphrase()
        self._show_code_problem("")
        self._set_busy(True)
        run_in_background(
            lambda: _reset_passphrase(self.folder, code, passphrase), self._done, self._failed
        )

    def clear(self) -> None:
        """Forget the code and the passphrases typed here."""
        self.code_edit.clear()
        self.passphrase_field.clear()
        self._show_code_problem("")
        self.message_label.clear()

    def reject(self) -> None:
        if self._busy:
            return  # a moment more: the journal is being opened
        self._closed = True
        self.clear()
        super().reject()

    # -- internals -------------------------------------------------------------------------

    def _done(self, journal: object) -> None:
        assert isinstance(journal, Journal)
        if not isValid(self) or self._closed:
            journal.lock()
            return
        self._set_busy(False)
        self.journal = journal
        self._closed = True
        self.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self) or self._closed:
            return
        self._set_busy(False)
        if isinstance(error, WrongRecoveryCode):
            self._show_code_problem(error.message)
        elif isinstance(error, TrustJournalError):
            self.message_label.setText(error.message)
        else:
            self.message_label.setText(
                self.tr("The journal could not be opened. Nothing in it was changed.")
            )

    def _show_code_problem(self, message: str) -> None:
        self.code_problem.setText(message)
        self.code_problem.setVisible(bool(message))
        if message:
            self.code_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.message_label.setText(self.tr("Opening your journal…") if busy else "")
        for widget in (self.code_edit, self.passphrase_field, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = bool(self.code_edit.text().strip()) and self.passphrase_field.is_acceptable()
        self.set_button.setEnabled(ready and not self._busy)
