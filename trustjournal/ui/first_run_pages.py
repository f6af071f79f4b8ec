"""The pages of the first-run wizard, each owning its own controls.

:class:`~trustjournal.ui.first_run.FirstRunWizard` puts them in order and does the
creating; the pages only ask and show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from trustjournal.domain import Role
from trustjournal.ui.passphrase_field import PassphraseField
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.recovery_code_page import RecoveryCodePage
from trustjournal.ui.sections import role_label


class Page(QWizardPage):
    """A page with a title, a few calm lines, and Next enabled by ``complete()``."""

    def __init__(
        self,
        title: str,
        *lines: str,
        complete: Callable[[], bool] | None = None,
        scale: float = 1.0,
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self._complete = complete
        self.body = QVBoxLayout(self)
        margins = self.body.contentsMargins()
        self.body.setContentsMargins(margins.left(), 4, margins.right(), margins.bottom())
        self.body.setSpacing(10)
        for line in lines:
            self.body.addWidget(plain_label(line, scale=scale))
        self.body.addSpacing(8)

    def isComplete(self) -> bool:
        return self._complete() if self._complete is not None else super().isComplete()


class RoleOption(QFrame):
    """A large radio button with one line about what that view offers; click anywhere."""

    def __init__(self, radio: QRadioButton, description: str) -> None:
        super().__init__()
        self.radio = radio
        self.setFrameShape(QFrame.Shape.StyledPanel)
        font = QFont(radio.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        radio.setFont(font)
        detail = plain_label(description)
        indent = radio.style().pixelMetric(radio.style().PixelMetric.PM_ExclusiveIndicatorWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(radio)
        layout.addWidget(detail)
        detail.setContentsMargins(indent + 8, 0, 0, 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.radio.setChecked(True)
        self.radio.setFocus()
        event.accept()


class WelcomePage(Page):
    """What Trust Journal is, and that nothing leaves this computer."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to Trust Journal"),
            self.tr(
                "Trust Journal is a private place to write down what you feel, need and do "
                "while the two of you rebuild trust."
            ),
            self.tr(
                "Everything you write stays encrypted on this computer; nothing is sent anywhere."
            ),
            scale=1.15,
        )
        self.body.addStretch(1)


class NamePage(Page):
    """The name the journal is shown under; Next needs one."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Your name"),
            self.tr(
                "The name your journal is shown under. If you later pair with your partner, "
                "they will see it too."
            ),
            complete=lambda: bool(self.display_name()),
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(60)
        self.name_edit.setMaximumWidth(480)
        self.name_edit.setPlaceholderText(self.tr("For example, your first name"))
        self.name_edit.textChanged.connect(self.completeChanged)
        label = QLabel(self.tr("&Name"))
        label.setBuddy(self.name_edit)
        self.body.addWidget(label)
        self.body.addWidget(self.name_edit)
        self.body.addStretch(1)

    def display_name(self) -> str:
        """The typed name with its spaces tidied."""
        return " ".join(self.name_edit.text().split())


class RolePage(Page):
    """Which partner this is; nothing is preselected, and Next needs a choice."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("Which partner are you?"),
            self.tr(
                "Each of you keeps your own journal. This choice decides which sections yours "
                "offers; it is not a judgement of anyone."
            ),
            complete=lambda: self.role() is not None,
        )
        self.hurt_radio = QRadioButton(role_label(Role.HURT))
        self.repairing_radio = QRadioButton(role_label(Role.REPAIRING))
        group = QButtonGroup(self)
        for radio, name, role in (
            (self.hurt_radio, "roleHurt", Role.HURT),
            (self.repairing_radio, "roleRepairing", Role.REPAIRING),
        ):
            radio.setObjectName(name)
            radio.setAccessibleName(role_label(role))
            group.addButton(radio)
        group.buttonToggled.connect(self.completeChanged)
        self.body.addWidget(
            RoleOption(
                self.hurt_radio,
                self.tr(
                    "Room for your feelings, the moments doubt comes back, your questions, "
                    "needs and boundaries, and the changes you notice."
                ),
            )
        )
        self.body.addWidget(
            RoleOption(
                self.repairing_radio,
                self.tr(
                    "Room to own what happened, to be open day by day, to keep track of "
                    "promises and of small acts of care."
                ),
            )
        )
        self.body.addStretch(1)

    def role(self) -> Role | None:
        """The chosen role, or None before a choice."""
        if self.hurt_radio.isChecked():
            return Role.HURT
        if self.repairing_radio.isChecked():
            return Role.REPAIRING
        return None


class SincePage(Page):
    """When the rebuilding started: any day up to today."""

    def __init__(self) -> None:
        super().__init__(
            self.tr("When did the rebuilding start?"),
            self.tr(
                "Any date is fine, even a rough guess. It is only used to show where you are "
                "on the path."
            ),
        )
        self.since_edit = QDateEdit(QDate.currentDate())
        self.since_edit.setObjectName("sinceEdit")
        self.since_edit.setAccessibleName(self.tr("Start of the rebuilding"))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setMaximumDate(QDate.currentDate())
        self.since_edit.setMinimumDate(QDate(1970, 1, 1))
        # The locale's long date without the weekday: "27 November 2026", never "27/11/26".
        long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
        self.since_edit.setDisplayFormat(re.sub(r"\s*dddd[,.]?\s*", "", long_format))
        self.since_edit.setMinimumWidth(self.since_edit.sizeHint().width() + 24)
        label = QLabel(self.tr("&Start date"))
        label.setBuddy(self.since_edit)
        self.body.addWidget(label)
        self.body.addWidget(self.since_edit, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)

    def since(self) -> dt.date:
        """The chosen start date."""
        chosen = self.since_edit.date().toPython()
        assert isinstance(chosen, dt.date)
        return chosen


class PassphrasePage(Page):
    """The new passphrase, typed twice; its "Create my journal" commits the wizard."""

    def __init__(self) -> None:
        field = PassphraseField()
        super().__init__(
            self.tr("Choose a passphrase"),
            self.tr(
                "You will type it each time you open your journal. There is no way to recover "
                "the journal without the passphrase or the recovery code."
            ),
            complete=field.is_acceptable,
        )
        self.passphrase_field = field
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create my journal"))
        field.acceptableChanged.connect(self.completeChanged)
        self.body.addWidget(field)
        self.body.addStretch(1)


class CreatingPage(Page):
    """A busy bar while the journal is made, or a calm error with "Try again"."""

    def __init__(self, complete: Callable[[], bool]) -> None:
        super().__init__(self.tr("Creating your journal"), complete=complete)
        self.creating_label = plain_label(self.tr("Setting up your encrypted journal…"))
        self.creating_label.setObjectName("creatingLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setAccessibleName(self.tr("Setting up your encrypted journal"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.error_label = plain_label()
        self.error_label.setObjectName("errorLabel")
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.body.addWidget(self.creating_label)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addStretch(1)
        self.show_error("")

    def show_error(self, message: str) -> None:
        """Show ``message`` and "Try again" (focused), or hide both when it is empty."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.retry_button.setVisible(bool(message))
        if message:
            self.retry_button.setFocus()


class RecoveryPage(Page):
    """The recovery code; Finish needs "I have stored it"."""

    def __init__(self) -> None:
        code_page = RecoveryCodePage()
        super().__init__(self.tr("Your recovery code"), complete=code_page.is_confirmed)
        self.code_page = code_page
        code_page.confirmedChanged.connect(self.completeChanged)
        self.body.addWidget(code_page)
