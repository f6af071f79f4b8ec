"""The first-run wizard: name, role, start date and passphrase, then the recovery code.

Nothing touches the disk until the passphrase page's "Create my journal": cancelling
before that writes nothing. Creation runs on a worker thread (key derivation takes a
moment). Once the journal exists there is no way back, only forward to the recovery
code; cancelling after that locks the new journal and leaves its files in place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

from shiboken6 import isValid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from trustjournal.domain import Role
from trustjournal.errors import TrustJournalError
from trustjournal.paths import new_journal_folder
from trustjournal.ui.first_run_pages import (
    CreatingPage,
    NamePage,
    PassphrasePage,
    RecoveryPage,
    RolePage,
    SincePage,
    WelcomePage,
)
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import Journal


class FirstRunWizard(QWizard):
    """Creates a journal in ``data_dir``. After ``accept()``, ``journal`` is open."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up your journal"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(
            QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.NoBackButtonOnLastPage
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my journal"))
        self.data_dir = Path(data_dir)
        self.journal: Journal | None = None
        self._code = ""
        self._busy = False
        self._closed = False

        welcome = WelcomePage()
        self.name_page = NamePage()
        self.role_page = RolePage()
        self.since_page = SincePage()
        self.passphrase_page = PassphrasePage()
        self.creating_page = CreatingPage(complete=lambda: self.journal is not None)
        self.recovery_page = RecoveryPage()
        self.name_edit = self.name_page.name_edit
        self.hurt_radio = self.role_page.hurt_radio
        self.repairing_radio = self.role_page.repairing_radio
        self.since_edit = self.since_page.since_edit
        self.passphrase_field = self.passphrase_page.passphrase_field
        self.creating_label = self.creating_page.creating_label
        self.busy_bar = self.creating_page.busy_bar
        self.error_label = self.creating_page.error_label
        self.retry_button = self.creating_page.retry_button
        self.retry_button.clicked.connect(self._start_creating)
        self.code_page = self.recovery_page.code_page

        self.addPage(welcome)
        self.addPage(self.name_page)
        self.addPage(self.role_page)
        self.addPage(self.since_page)
        self.passphrase_id = self.addPage(self.passphrase_page)
        self.creating_id = self.addPage(self.creating_page)
        self.recovery_id = self.addPage(self.recovery_page)
        self.setMinimumSize(680, 560)

    # -- what the user chose ---------------------------------------------------------------

    def display_name(self) -> str:
        return self.name_page.display_name()

    def role(self) -> Role | None:
        return self.role_page.role()

    def since(self) -> dt.date:
        return self.since_page.since()

    # -- creating ---------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == self.passphrase_id:
            self.passphrase_field.set_personal_words([self.display_name()])
        elif page_id == self.creating_id:
            self._start_creating()
        elif page_id == self.recovery_id:
            self.code_page.set_code(self._code, self.display_name())

    def _start_creating(self) -> None:
        if self._busy or self.journal is not None:
            return
        role = self.role()
        assert role is not None  # the role page cannot be left without one
        folder = new_journal_folder(self.data_dir, self.display_name())
        name, since = self.display_name(), self.since()
        passphrase = self.passphrase_field.passphrase()
        self._set_busy(True)
        self._show_error("")
        run_in_background(
            lambda: Journal.create(
                folder, name=name, role=role, since=since, passphrase=passphrase
            ),
            self._created,
            self._creation_failed,
        )

    def _created(self, result: object) -> None:
        journal, code = cast(tuple[Journal, str], result)
        if not isValid(self) or self._closed:  # the window went away: keep files, drop key
            journal.lock()
            return
        self._set_busy(False)
        self.journal, self._code = journal, code
        self.passphrase_field.clear()
        self.currentPage().completeChanged.emit()
        self.next()

    def _creation_failed(self, error: BaseException) -> None:
        if not isValid(self) or self._closed:
            return
        self._set_busy(False)
        detail = error.message if isinstance(error, TrustJournalError) else ""
        self._show_error(
            self.tr("Your journal could not be set up, and nothing was kept.")
            + (f"\n{detail}" if detail else "")
            + "\n"
            + self.tr("You can try again, or cancel and come back later.")
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.creating_label.setVisible(busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def _show_error(self, message: str) -> None:
        self.creating_page.show_error(message)

    # -- leaving ----------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: the journal stays open for the caller; no secret stays in a widget."""
        self._forget_secrets()
        super().accept()

    def reject(self) -> None:
        """Cancel: before creation nothing was written; after it, lock the new journal."""
        if self._busy:
            return  # a moment more: the journal is being written
        if self.journal is not None and not self._leave_without_code():
            return
        self._forget_secrets()
        if self.journal is not None:
            self.journal.lock()
            self.journal = None
        super().reject()

    def _forget_secrets(self) -> None:
        self._closed = True
        self.code_page.clear()
        self.passphrase_field.clear()
        self._code = ""

    def _leave_without_code(self) -> bool:
        if self.code_page.is_confirmed():
            return True
        box = QMessageBox(self)
        box.setObjectName("leaveWithoutCodeBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close without the recovery code?"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Your journal is ready, but this recovery code will not be shown again.")
        )
        box.setInformativeText(
            self.tr(
                "Without it, there is no way back into the journal if the passphrase is ever "
                "forgotten."
            )
        )
        stay = box.addButton(self.tr("Back to the code"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(stay)
        box.exec()
        leave = box.clickedButton() is not stay
        box.deleteLater()
        return leave
