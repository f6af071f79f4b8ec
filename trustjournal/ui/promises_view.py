"""The Promises overview: what is open, what is due soon, and how promises went by month.

Plain counts and kind words only: no points, streaks or scores, and renegotiating is
presented as the normal part of keeping promises that it is. The figures are read in
the background (they stay quick on very large journals) and reloaded whenever an entry
changes. :class:`~trustjournal.ui.promises_section.PromisesSectionView` shows it
beside the usual list and editor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from shiboken6 import isValid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Entry, Kind, Outcome
from trustjournal.domain.promises import (
    DUE_SOON_DAYS,
    DuePromise,
    FollowThrough,
    PromiseOverview,
    promise_overview,
)
from trustjournal.errors import TrustJournalError
from trustjournal.ui.entry_model import outcome_label
from trustjournal.ui.follow_through_model import FollowThroughModel
from trustjournal.ui.guide_pages import muted
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.promise_row import PromiseRow
from trustjournal.ui.session import EntryChange, JournalSession
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import stats

SHOWN_AT_MOST = 200  # promises in play listed here; every promise is in the section's list
TABLE_MONTHS = 12  # months the table shows before it scrolls


@dataclasses.dataclass(frozen=True, slots=True)
class _Loaded:
    in_play: list[Entry]
    in_play_count: int
    by_month: list[FollowThrough]


class PromisesView(QWidget):
    """The overview panel of the Promises section."""

    openEntryRequested = Signal(int)
    writeRequested = Signal(object)  # Kind
    refreshed = Signal()  # new figures are on screen

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promisesView")
        self._session = session
        self._generation = 0
        self._day: dt.date | None = None  # the day the page was last filled for
        self._undo: tuple[int, Outcome | None] | None = None
        self.overview: PromiseOverview | None = None
        self.rows: list[PromiseRow] = []

        self.heading = plain_label(
            self.tr("How your promises are going"), name="promisesHeading", scale=1.25, bold=True
        )
        self.summary_label = plain_label(name="promisesSummary")
        self.note_label = muted(
            plain_label(
                self.tr(
                    "Renegotiating is normal: talking a promise over and agreeing on "
                    "something that works better is part of keeping faith with each other."
                ),
                name="renegotiateNote",
            )
        )
        self.new_button = QPushButton(self.tr("New promise"))
        self.new_button.setObjectName("newPromiseButton")
        self.new_button.setAccessibleName(self.tr("Write a new promise"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.writeRequested.emit(Kind.PROMISE))

        self.status_label = plain_label(name="outcomeStatus")
        self.undo_button = self._small_button(
            self.tr("Undo"), "undoOutcomeButton", self.tr("Undo the outcome just noted")
        )
        self.undo_button.clicked.connect(self.undo_outcome)
        self.write_new_button = self._small_button(
            self.tr("Write the new promise"),
            "writeNewPromiseButton",
            self.tr("Write the new promise"),
        )
        self.write_new_button.clicked.connect(lambda: self.writeRequested.emit(Kind.PROMISE))
        self.error_label = plain_label(name="promisesError")
        self.status_label.hide()
        self.error_label.hide()

        self.rows_box = QWidget()
        self.rows_box.setObjectName("promiseRowsBox")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 4, 0)
        self.rows_layout.setSpacing(8)
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("promiseRows")
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_area.setWidget(self.rows_box)

        self.model = FollowThroughModel(self)
        self.table = QTableView()
        self.table.setObjectName("followThroughTable")
        self.table.setAccessibleName(self.tr("How promises went, by month"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._lay_out()

        session.entriesChanged.connect(self._on_entries_changed)
        session.closed.connect(self.clear)
        self.refresh()

    def _small_button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.hide()
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        status_buttons = QHBoxLayout()
        status_buttons.setSpacing(8)
        status_buttons.addWidget(self.write_new_button)
        status_buttons.addWidget(self.undo_button)
        status_buttons.addStretch(1)
        status = QVBoxLayout()
        status.setSpacing(4)
        status.addWidget(self.status_label)
        status.addLayout(status_buttons)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(top)
        left.addWidget(self.summary_label)
        left.addWidget(self.note_label)
        left.addLayout(status)
        left.addWidget(self.error_label)
        left.addSpacing(6)
        left.addWidget(self.rows_area, 1)

        month_heading = plain_label(self.tr("By month"), name="byMonthHeading", bold=True)
        caption = muted(
            plain_label(
                self.tr(
                    "Each promise is counted in the month it was due (or made, without a date)."
                ),
                name="byMonthCaption",
            )
        )
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(month_heading)
        right.addWidget(self.table)
        right.addWidget(caption)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(24)
        layout.addLayout(left, 4)
        layout.addLayout(right, 3)

    # -- public API -------------------------------------------------------------------------

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the figures again in the background; :attr:`refreshed` says when they show."""
        if not self._session.is_open:
            return
        self._generation += 1
        generation = self._generation
        day = today or dt.date.today()
        self._day = day
        journal = self._session.journal

        def work() -> _Loaded:
            return journal.read(
                lambda conn: _Loaded(
                    stats.promises_in_play(conn, SHOWN_AT_MOST),
                    stats.count_in_play(conn),
                    stats.follow_through(conn),
                )
            )

        run_in_background(
            work,
            lambda loaded: self._show(generation, day, loaded),
            lambda error: self._failed(generation, error),
        )

    def record_outcome(self, entry_id: int, outcome: Outcome) -> bool:
        """Save how a promise went (through the session, so every view refreshes)."""
        try:
            entry = self._session.journal.get(entry_id)
            if entry.kind is not Kind.PROMISE:
                return False
            self._session.update(entry_id, dataclasses.replace(entry.draft(), outcome=outcome))
        except (TrustJournalError, RuntimeError) as error:
            self._show_error(error)
            return False
        self._undo = (entry_id, entry.outcome)
        self._hide_error()
        text = self.tr("Noted: “%1” — %2.")
        if outcome is Outcome.RENEGOTIATED:
            text = self.tr("Noted: “%1” — %2. Agreeing on something new is part of the work.")
        self.status_label.setText(
            text.replace("%1", entry.title).replace("%2", outcome_label(outcome).lower())
        )
        self.status_label.show()
        self.undo_button.show()
        self.write_new_button.setVisible(outcome is Outcome.RENEGOTIATED)
        return True

    def undo_outcome(self) -> bool:
        """Put back the outcome the last click replaced."""
        if self._undo is None:
            return False
        entry_id, previous = self._undo
        try:
            entry = self._session.journal.get(entry_id)
            self._session.update(entry_id, dataclasses.replace(entry.draft(), outcome=previous))
        except (TrustJournalError, RuntimeError) as error:
            self._show_error(error)
            return False
        self._forget_undo()
        return True

    def clear(self) -> None:
        """Remove every promise title and figure (when the app locks)."""
        self._generation += 1  # results still on their way are dropped
        self.overview = None
        self._forget_undo()
        self._set_rows([], 0)
        self.model.clear()
        self.summary_label.clear()
        self._hide_error()

    # -- internals ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The app may stay open past midnight: what is due (and the phase) follow the day.
        super().showEvent(event)
        if self._day is not None and self._day != dt.date.today():
            self.refresh()

    def _forget_undo(self) -> None:
        self._undo = None
        self.status_label.clear()
        self.status_label.hide()
        self.undo_button.hide()
        self.write_new_button.hide()

    def _fit_table(self) -> None:
        """As tall as its months (up to a year of them), so no empty box hangs below."""
        rows = min(max(self.model.rowCount(), 1), TABLE_MONTHS)
        self.table.resizeColumnsToContents()
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        if self.table.horizontalScrollBar().maximum() > 0:
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(height)

    def _on_entries_changed(self, change: EntryChange) -> None:
        # Our own click is announced before the undo is remembered, so a change to that
        # entry now came from elsewhere (the editor, a delete, an import): putting the old
        # outcome back would overwrite it, or fail once the entry is no longer a promise.
        if self._undo is not None and (self._undo[0] in change.entry_ids or not change.entry_ids):
            self._forget_undo()
        if Kind.PROMISE in change.kinds:
            self.refresh()

    def _show(self, generation: int, today: dt.date, loaded: _Loaded) -> None:
        if not self._current(generation):
            return
        self.overview = promise_overview(loaded.in_play, today, by_month=loaded.by_month)
        self._set_rows(list(self.overview.open), loaded.in_play_count)
        self.model.set_months(self.overview.by_month)
        self._fit_table()
        self.summary_label.setText(self._summary(loaded.in_play_count, len(self.overview.due_soon)))
        self._hide_error()
        self.refreshed.emit()

    def _current(self, generation: int) -> bool:
        """Whether a background result still belongs on this page (not stale, not closed)."""
        return isValid(self) and generation == self._generation and self._session.is_open

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return  # locked or closed meanwhile: nothing to say
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, TrustJournalError):
            self.error_label.setText(error.message)
        else:
            self.error_label.setText(self.tr("Your promises could not be read just now."))
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _summary(self, open_count: int, soon: int) -> str:
        if open_count == 0:
            return self.tr("No open promises right now.")
        opened = self.tr("%n open promises", "", open_count)
        if soon == 0:
            return opened
        due = self.tr("%n due in the coming week", "", soon)
        return f"{opened} · {due}"

    def _set_rows(self, items: list[DuePromise], total: int) -> None:
        self.rows = []
        while self.rows_layout.count():
            taken = self.rows_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                # Qt deletes it once control is back in the event loop (a click on one
                # of its buttons may still be on its way out); its words go at once.
                if isinstance(widget, PromiseRow):
                    widget.clear()
                widget.hide()
                widget.deleteLater()
        soon = [i for i in items if i.days is not None and i.days <= DUE_SOON_DAYS]
        later = [i for i in items if i.days is None or i.days > DUE_SOON_DAYS]
        for title, name, group in (
            (self.tr("Due soon"), "dueSoonHeading", soon),
            (self.tr("Open, later or without a date"), "laterHeading", later),
        ):
            if not group:
                continue
            self.rows_layout.addWidget(plain_label(title, name=name, bold=True))
            for item in group:
                row = PromiseRow(item)
                row.outcomeChosen.connect(self.record_outcome)
                row.openRequested.connect(self.openEntryRequested)
                self.rows_layout.addWidget(row)
                self.rows.append(row)
        if total > len(items):
            more = self.tr("… and %1 more open promises under “All promises”.")
            self.rows_layout.addWidget(
                muted(plain_label(more.replace("%1", str(total - len(items))), name="morePromises"))
            )
        self.rows_layout.addStretch(1)
