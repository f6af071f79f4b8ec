"""A lazy list of entries, newest first, fetched from the journal a page at a time.

The model never holds more than the pages a view has asked for, so a section with
100,000 entries opens as fast as one with ten. It subscribes to the session's
``entriesChanged`` and simply reloads (a cheap reset: only the first pages come back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from trustjournal.domain import Entry, EntryFilter, Outcome
from trustjournal.errors import TrustJournalError
from trustjournal.ui.list_rows import leaf_row_flags
from trustjournal.ui.session import JournalSession

PAGE_SIZE = 100
# After a change the model reloads as many rows as were on show, so the view keeps its
# scroll position, but never more than this many (a reload must stay instant).
MAX_RELOAD_ROWS = 10 * PAGE_SIZE

_Index = QModelIndex | QPersistentModelIndex


def mood_label(mood: int) -> str:
    """A mood from 1 to 5 in plain words."""
    words = {
        1: QCoreApplication.translate("EntryWords", "Very low"),
        2: QCoreApplication.translate("EntryWords", "Low"),
        3: QCoreApplication.translate("EntryWords", "In between"),
        4: QCoreApplication.translate("EntryWords", "Fairly good"),
        5: QCoreApplication.translate("EntryWords", "Good"),
    }
    return words[mood]


def outcome_label(outcome: Outcome) -> str:
    """How a promise went, in plain words."""
    words = {
        Outcome.OPEN: QCoreApplication.translate("EntryWords", "Open"),
        Outcome.KEPT: QCoreApplication.translate("EntryWords", "Kept"),
        Outcome.PARTLY_KEPT: QCoreApplication.translate("EntryWords", "Partly kept"),
        Outcome.MISSED: QCoreApplication.translate("EntryWords", "Missed"),
        Outcome.RENEGOTIATED: QCoreApplication.translate("EntryWords", "Renegotiated"),
    }
    return words[Outcome(outcome)]


class EntryListModel(QAbstractListModel):
    """Entries matching an :class:`EntryFilter`, newest first, loaded lazily."""

    EntryIdRole = Qt.ItemDataRole.UserRole + 1
    DateRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3
    MoodRole = Qt.ItemDataRole.UserRole + 4
    SessionRole = Qt.ItemDataRole.UserRole + 5
    OutcomeRole = Qt.ItemDataRole.UserRole + 6

    def __init__(
        self,
        session: JournalSession,
        filters: EntryFilter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._filters = filters or EntryFilter()
        self._rows: list[Entry] = []
        self._total = 0
        self._announcing_reset = False
        session.entriesChanged.connect(self._on_entries_changed)
        self.reload()

    # -- public API -------------------------------------------------------------------------

    @property
    def filters(self) -> EntryFilter:
        return self._filters

    @property
    def total(self) -> int:
        """How many entries match the filters (loaded or not)."""
        return self._total

    def set_filters(self, filters: EntryFilter) -> None:
        """Show the entries matching ``filters``, starting again from the newest."""
        self._filters = filters
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Reset: count again and load the first page (or ``keep_rows`` rows, capped)."""
        wanted = min(max(PAGE_SIZE, keep_rows), MAX_RELOAD_ROWS)
        self.beginResetModel()
        try:
            journal = self._session.journal
            self._total = journal.count(self._filters)
            self._rows = journal.entries(self._filters, limit=wanted, offset=0)
        except (TrustJournalError, RuntimeError):
            # Locked or closed underneath us: show nothing rather than fail in a slot.
            self._rows, self._total = [], 0
        self._total = max(self._total, len(self._rows))
        self._end_reset()

    def clear(self) -> None:
        """Forget every loaded entry (used when the app locks). Stays connected."""
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._end_reset()

    def entry_id_at(self, row: int) -> int | None:
        """The id of the entry shown in ``row``, or None if there is no such row."""
        if 0 <= row < len(self._rows):
            return self._rows[row].id
        return None

    def row_of(self, entry_id: int) -> int | None:
        """The row of ``entry_id`` among the rows loaded so far, or None."""
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return None

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        if role == self.EntryIdRole:
            return entry.id
        if role == self.DateRole:
            return QDate(entry.date.year, entry.date.month, entry.date.day)
        if role == self.KindRole:
            return entry.kind.value
        if role == self.MoodRole:
            return entry.mood
        if role == self.SessionRole:
            return entry.session
        if role == self.OutcomeRole:
            return entry.outcome.value if entry.outcome else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return leaf_row_flags(index)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                self.EntryIdRole: QByteArray(b"entryId"),
                self.DateRole: QByteArray(b"date"),
                self.KindRole: QByteArray(b"kind"),
                self.MoodRole: QByteArray(b"mood"),
                self.SessionRole: QByteArray(b"session"),
                self.OutcomeRole: QByteArray(b"outcome"),
            }
        )
        return names

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or len(self._rows) >= self._total or self._announcing_reset:
            return
        try:
            page = self._session.journal.entries(
                self._filters, limit=PAGE_SIZE, offset=len(self._rows)
            )
        except (TrustJournalError, RuntimeError):
            page = []
        if not page:
            # The journal holds fewer than we counted (changed underneath): stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- internals --------------------------------------------------------------------------

    def _end_reset(self) -> None:
        # Listeners of modelReset (a view, Qt's model tester) may ask for more rows while
        # the reset is still being announced; inserting rows then would nest a change in
        # the reset. They ask again once the view lays itself out, so decline for now.
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def _on_entries_changed(self, _change: object) -> None:
        self.reload(keep_rows=len(self._rows))
