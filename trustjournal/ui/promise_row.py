"""One promise in play on the Promises page: its title, when it is due, and how it went.

The wording is gentle on purpose. A promise whose day has passed is not "overdue" or
"late" here: it "was due", followed by an open question. The four outcome buttons
record how it went in one click; renegotiating is offered as the normal thing it is.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QWidget

from trustjournal.domain import Outcome, Repeat
from trustjournal.domain.promises import DuePromise
from trustjournal.ui.entry_delegate import format_entry_date
from trustjournal.ui.entry_model import outcome_label
from trustjournal.ui.plain_text import plain_label

CHOICES: tuple[Outcome, ...] = (
    Outcome.KEPT,
    Outcome.PARTLY_KEPT,
    Outcome.MISSED,
    Outcome.RENEGOTIATED,
)
BUTTON_NAMES = {
    Outcome.KEPT: "keptButton",
    Outcome.PARTLY_KEPT: "partlyKeptButton",
    Outcome.MISSED: "missedButton",
    Outcome.RENEGOTIATED: "renegotiatedButton",
}


def _weekday(day: dt.date, locale: QLocale) -> str:
    return locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def due_text(item: DuePromise, locale: QLocale | None = None) -> str:
    """When a promise is due, in kind words: "Due today", "Was due 3 days ago — how did it go?"."""
    locale = locale or QLocale()
    days, due = item.days, item.due
    if item.repeating:
        text = _repeat_text(item, locale)
        outcome = item.entry.outcome
        if outcome is not None and outcome is not Outcome.OPEN:
            text += QCoreApplication.translate("PromiseRow", " · last time: %1").replace(
                "%1", outcome_label(outcome).lower()
            )
        return text
    if days is None or due is None:
        return QCoreApplication.translate("PromiseRow", "No date set")
    if days < -1:
        return QCoreApplication.translate(
            "PromiseRow", "Was due %1 days ago — how did it go?"
        ).replace("%1", str(-days))
    if days == -1:
        return QCoreApplication.translate("PromiseRow", "Was due yesterday — how did it go?")
    if days == 0:
        return QCoreApplication.translate("PromiseRow", "Due today")
    if days == 1:
        return QCoreApplication.translate("PromiseRow", "Due tomorrow")
    if days <= 7:
        return (
            QCoreApplication.translate("PromiseRow", "Due in %1 days, on %2")
            .replace("%1", str(days))
            .replace("%2", _weekday(due, locale))
        )
    return QCoreApplication.translate("PromiseRow", "Due on %1").replace(
        "%1", format_entry_date(due)
    )


def _repeat_text(item: DuePromise, locale: QLocale) -> str:
    daily = item.entry.repeat is Repeat.DAILY
    if item.due is None or item.days is None:  # not reachable for a repeat; stay calm anyway
        return (
            QCoreApplication.translate("PromiseRow", "Every day")
            if daily
            else QCoreApplication.translate("PromiseRow", "Every week")
        )
    if item.days == 0:
        return (
            QCoreApplication.translate("PromiseRow", "Every day · today")
            if daily
            else QCoreApplication.translate("PromiseRow", "Every week · today")
        )
    if daily:
        return QCoreApplication.translate("PromiseRow", "Every day, from %1").replace(
            "%1", format_entry_date(item.due)
        )
    if item.days <= 7:
        return QCoreApplication.translate("PromiseRow", "Every week · next on %1").replace(
            "%1", _weekday(item.due, locale)
        )
    return QCoreApplication.translate("PromiseRow", "Every week, from %1").replace(
        "%1", format_entry_date(item.due)
    )


def outcome_hint(outcome: Outcome) -> str:
    """A one-line explanation for each outcome button (its tooltip)."""
    hints = {
        Outcome.KEPT: QCoreApplication.translate("PromiseRow", "You did what you said you would."),
        Outcome.PARTLY_KEPT: QCoreApplication.translate(
            "PromiseRow", "Some of it happened. That counts, and it is worth saying."
        ),
        Outcome.MISSED: QCoreApplication.translate(
            "PromiseRow", "It didn't happen this time. Saying so honestly is part of repair."
        ),
        Outcome.RENEGOTIATED: QCoreApplication.translate(
            "PromiseRow",
            "You talked it over and agreed on something else. "
            "That is a normal, healthy part of keeping promises.",
        ),
    }
    return hints[Outcome(outcome)]


class PromiseRow(QFrame):
    """A promise in play, with "Open" and the four outcome buttons."""

    outcomeChosen = Signal(int, object)  # entry id, Outcome
    openRequested = Signal(int)

    def __init__(self, item: DuePromise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseRow")
        self.item = item
        entry = item.entry
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QFrame#promiseRow { background: palette(base); border-radius: 6px; }")
        self.title_label = plain_label(entry.title, name="promiseTitle", bold=True)
        self.due_label = plain_label(due_text(item), name="promiseDue")
        # Screen readers announce the promise around its buttons, which are alike in every row.
        self.setAccessibleName(entry.title)
        self.setAccessibleDescription(self.due_label.text())
        if not item.overdue:  # the open question after a passed day stays in full colour
            self.due_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openPromiseButton")
        self.open_button.setAccessibleName(self.tr("Open this promise"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(entry.id))

        asked = item.repeating or (item.days is not None and item.days <= 0)
        question = plain_label(
            self.tr("How did it go?") if asked else self.tr("Note how it went:"),
            name="howDidItGo",
        )
        question.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(question)
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        for outcome in CHOICES:
            button = QPushButton(outcome_label(outcome))
            button.setObjectName(BUTTON_NAMES[outcome])
            button.setAccessibleName(
                self.tr("Mark as %1").replace("%1", outcome_label(outcome).lower())
            )
            button.setToolTip(outcome_hint(outcome))
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, o=outcome: self.outcomeChosen.emit(entry.id, o)
            )
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
        buttons.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.title_label, 0, 0)
        grid.addWidget(self.open_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.due_label, 1, 0, 1, 2)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def clear(self) -> None:
        """Remove the promise's words (the row is about to go)."""
        self.title_label.clear()
        self.due_label.clear()
        self.setAccessibleName("")
        self.setAccessibleDescription("")
