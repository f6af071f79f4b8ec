"""A gentle, dismissible note suggesting a couples counsellor, when the partner's own
entries show one of the signs in :mod:`trustjournal.domain.self_check`.

Everything stays inside the encrypted journal: the figures are read from it, and a
dismissal ("Not now") is remembered in its ``meta`` table with the day it was given.
A dismissed note stays away for 90 days and comes back only if the sign is still there.

The two small SQL functions below belong in the vault; they live here for now (see
the report of the change that added them) and take a plain connection, so they move
without changes.
"""

from __future__ import annotations

import datetime as dt

from shiboken6 import isValid

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trustjournal.domain import Entry, EntryFilter, Kind, Role
from trustjournal.domain.guidance import DataSignText, GuidanceInvalid
from trustjournal.domain.self_check import (
    DEFENSIVE_WINDOW_DAYS,
    DataSign,
    data_signs,
    suggestion_due,
)
from trustjournal.errors import TrustJournalError
from trustjournal.ui.coach_panel import check_wording
from trustjournal.ui.guide_pages import CARD_SHEET, Card, camel
from trustjournal.ui.guide_words import current_guidance
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import stats
from trustjournal.vault.self_check_store import (
    DISMISSED_PREFIX,
    read_self_check,
    write_self_check,
)

# More accountability entries than this in 60 days: the newest ones tell the story.
ACCOUNTABILITY_LIMIT = 200


def dismissed_on(values: dict[str, str], sign: DataSign) -> dt.date | None:
    """When the note for ``sign`` was last dismissed, if it was (and the date reads)."""
    try:
        return dt.date.fromisoformat(values[DISMISSED_PREFIX + sign.value])
    except (KeyError, ValueError):
        return None


def signs_shown_today(session: JournalSession, today: dt.date) -> tuple[DataSign, ...]:
    """The signs whose note should show today: present in the data and not dismissed lately."""
    journal = session.journal
    since = session.info.since
    role = Role(session.info.role)
    trends = journal.read(lambda conn: stats.month_trends(conn, today, since=since))
    accountability: list[Entry] = []
    if role is Role.REPAIRING:
        window = EntryFilter(
            kinds=(Kind.ACCOUNTABILITY,),
            since=today - dt.timedelta(days=DEFENSIVE_WINDOW_DAYS - 1),
            until=today,
        )
        accountability = journal.entries(window, limit=ACCOUNTABILITY_LIMIT)
    present = data_signs(role, since, today, trends, accountability, check_wording)
    values = journal.read(read_self_check)
    return tuple(s for s in present if suggestion_due(dismissed_on(values, s), today))


class CounsellingSuggestions(QWidget):
    """The notes for today's signs, each with "Not now". Hidden when there is none.

    ``compact`` notes (for the Today page) leave out the longer advice and offer
    "Read more", which emits ``moreRequested()``.
    """

    moreRequested = Signal()
    changed = Signal()  # a note was dismissed
    refreshed = Signal()  # the notes show what the journal says now

    def __init__(
        self, session: JournalSession, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counsellingSuggestions")
        self.setStyleSheet(CARD_SHEET)
        self._session = session
        self._compact = compact
        self.shown: tuple[DataSign, ...] = ()
        self._today: dt.date | None = None
        self._generation = 0
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(10)
        self.error_label = plain_label(name="suggestionError")
        self.error_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if not compact:
            # Say where the notes come from, so they never feel like being watched.
            source = plain_label(
                self.tr("Noticed in your own entries, on this computer only."),
                name="suggestionsSource",
            )
            source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(source)
        layout.addLayout(self._column)
        layout.addWidget(self.error_label)
        self.setVisible(False)

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the journal again in the background; :attr:`refreshed` says when it is done.

        The figures take a moment on a large journal (a month-by-month count and the
        coach over recent accountability entries), so the page never waits for them.
        """
        if not self._session.is_open:
            self.clear()
            return
        self._generation += 1
        generation = self._generation
        day = today or dt.date.today()
        session = self._session
        run_in_background(
            lambda: signs_shown_today(session, day),
            lambda shown: self._loaded(generation, day, shown),
            lambda _error: self._loaded(generation, day, ()),  # locked meanwhile: show nothing
        )

    def _loaded(self, generation: int, today: dt.date, shown: tuple[DataSign, ...]) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer refresh (or a lock) came since, or the page is gone
        self._today = today
        if not self._session.is_open:
            shown = ()
        if shown != self.shown:
            self._rebuild(shown)
        self.refreshed.emit()

    def clear(self) -> None:
        """Remove every note (used when the app locks)."""
        self._generation += 1
        self.error_label.clear()
        self.error_label.setVisible(False)
        self._rebuild(())

    def _rebuild(self, shown: tuple[DataSign, ...]) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.shown = shown
        if shown and self._compact:
            self._column.addWidget(self._compact_note(shown))
        elif shown:
            try:
                words = current_guidance().data_signs
            except GuidanceInvalid:
                words = {}
            for sign in shown:
                if sign in words:
                    self._column.addWidget(self._note(sign, words[sign]))
        self.setVisible(bool(shown))

    def _note(self, sign: DataSign, words: DataSignText) -> Card:
        card = Card(camel("suggestion", sign.value), words.title, accent="own")
        card.add_text(words.text, camel("suggestion", sign.value, "text"))
        card.add_text(self.tr("A couples counsellor could help."), quiet=True)
        later = self._not_now(camel("dismiss", sign.value), (sign,))
        card.add(self._buttons(later))
        return card

    def _compact_note(self, shown: tuple[DataSign, ...]) -> Card:
        """One short note for a narrow place: the signs' titles, and where to read more."""
        card = Card("suggestionNote", accent="own", surface="base")
        for sign in shown:
            title = plain_label(
                current_guidance().data_signs[sign].title,
                name=camel("suggestion", sign.value),
                bold=True,
            )
            card.add(title)
        card.add_text(self.tr("A couples counsellor could help."), "suggestionNoteText")
        more = QPushButton(self.tr("Read more"))
        more.setObjectName("suggestionMore")
        more.setAccessibleName(self.tr("Read more about when counselling could help"))
        more.clicked.connect(self.moreRequested)
        card.add(self._buttons(more, self._not_now("dismissSuggestions", shown)))
        return card

    def _not_now(self, name: str, signs: tuple[DataSign, ...]) -> QPushButton:
        later = QPushButton(self.tr("Not now"))
        later.setObjectName(name)
        later.setAccessibleName(self.tr("Not now: hide this note for a while"))
        later.clicked.connect(lambda _checked=False: self.dismiss(*signs))
        return later

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(8)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def dismiss(self, *signs: DataSign, today: dt.date | None = None) -> None:
        """Hide the notes for ``signs`` and remember the day, inside the journal."""
        day = (today or self._today or dt.date.today()).isoformat()
        try:
            with self._session.journal.write() as conn:
                for sign in signs:
                    write_self_check(conn, DISMISSED_PREFIX + sign.value, day)
        except (TrustJournalError, RuntimeError) as error:
            self.error_label.setText(
                error.message
                if isinstance(error, TrustJournalError)
                else self.tr("The journal is locked, so this was not saved.")
            )
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self._rebuild(tuple(s for s in self.shown if s not in signs))
        self.changed.emit()
