"""A gentle one-line invitation to note a change, shown to the partner who was hurt.

It appears only when the journal is at least two weeks old and no change has been
noted for two weeks (:func:`trustjournal.domain.promises.noticed_change_nudge`).
"Not now" hides it for the rest of the day; that choice lives in memory only, so
nothing about it is written anywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from trustjournal.domain import Kind, Role
from trustjournal.domain.promises import noticed_change_nudge
from trustjournal.errors import TrustJournalError
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import EntryChange, JournalSession
from trustjournal.vault import stats


class NoticedChangesPrompt(QFrame):
    """Shown when it has been a while since a noticed change was written; hidden otherwise."""

    writeRequested = Signal(object)  # Kind.NOTICED_CHANGE

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticedChangesPrompt")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            "QFrame#noticedChangesPrompt { background: palette(alternate-base);"
            " border-radius: 8px; }"
        )
        self._session = session
        self._dismissed_on: dt.date | None = None

        self.text_label = plain_label(
            self.tr(
                "It has been a little while since you wrote down a change you noticed. "
                "Was there anything, however small?"
            ),
            name="noticedPromptText",
        )
        self.write_button = QPushButton(self.tr("Write it down"))
        self.write_button.setObjectName("writeNoticedButton")
        self.write_button.setAccessibleName(self.tr("Write down a change you noticed"))
        self.write_button.setAutoDefault(False)
        self.write_button.clicked.connect(lambda: self.writeRequested.emit(Kind.NOTICED_CHANGE))
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setObjectName("notNowButton")
        self.not_now_button.setAccessibleName(self.tr("Not now: hide this for today"))
        self.not_now_button.setAutoDefault(False)
        self.not_now_button.clicked.connect(lambda: self.dismiss_for_today())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(10)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.hide()
        session.entriesChanged.connect(self._on_entries_changed)
        session.closed.connect(self.clear)
        self.refresh()

    def should_show(self, today: dt.date | None = None) -> bool:
        """Whether the prompt belongs on screen on ``today``."""
        today = today or dt.date.today()
        if not self._session.is_open or Role(self._session.info.role) is not Role.HURT:
            return False
        if self._dismissed_on == today:
            return False
        try:
            last = self._session.journal.read(
                lambda conn: stats.last_entry_date(conn, Kind.NOTICED_CHANGE)
            )
        except (TrustJournalError, RuntimeError):
            return False
        return noticed_change_nudge(last, self._session.info.since, today)

    def refresh(self, today: dt.date | None = None) -> None:
        """Show or hide the prompt for ``today`` (the real today by default)."""
        self.setVisible(self.should_show(today))

    def dismiss_for_today(self, today: dt.date | None = None) -> None:
        """Hide until tomorrow (kept in memory only)."""
        self._dismissed_on = today or dt.date.today()
        self.hide()

    def clear(self) -> None:
        """Hide (when the app locks). A "Not now" from today still holds."""
        self.hide()

    def _on_entries_changed(self, change: EntryChange) -> None:
        if Kind.NOTICED_CHANGE in change.kinds:
            self.refresh()
