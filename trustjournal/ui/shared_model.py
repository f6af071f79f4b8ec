"""Entries the partner shared, as a lazy list: a page at a time, newest first.

Each row is one received entry. A withdrawn one keeps its row (so the reader knows it
existed and was taken back) but no words: the service wiped them. With a search text,
the rows are the best matches instead (one page: a search that needs more words is
better than a long list).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from trustjournal.domain import Kind
from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import ReceivedEntry
from trustjournal.ui.entry_delegate import EntryDelegate
from trustjournal.ui.entry_model import EntryListModel
from trustjournal.ui.list_rows import leaf_row_flags
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import shared_by, withdrawn_by

PAGE_SIZE = 100
SEARCH_LIMIT = 50
MAX_RELOAD_ROWS = 10 * PAGE_SIZE

_Index = QModelIndex | QPersistentModelIndex


class SharedEntriesModel(QAbstractListModel):
    """Received entries (``ReceivedEntry`` from the sharing service), loaded lazily."""

    ReceivedIdRole = EntryListModel.EntryIdRole
    DateRole = EntryListModel.DateRole
    KindRole = EntryListModel.KindRole
    SharedByRole = Qt.ItemDataRole.UserRole + 30
    WithdrawnRole = Qt.ItemDataRole.UserRole + 31

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[ReceivedEntry] = []
        self._more = False
        self._query = ""
        self._announcing_reset = False
        self.reload()

    # -- public API -------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        """Show the entries matching ``text`` (all of them for an empty text)."""
        self._query = text.strip()
        self.reload()

    def reload(self, keep_rows: int = 0) -> None:
        """Load again from the journal, as many rows as were shown (capped)."""
        wanted = min(max(PAGE_SIZE, keep_rows), MAX_RELOAD_ROWS)
        self.beginResetModel()
        try:
            journal = self._session.journal
            if self._query:
                self._rows = list(sharing.search_shared(journal, self._query, limit=SEARCH_LIMIT))
                self._more = False
            else:
                self._rows = list(sharing.shared_with_me(journal, limit=wanted, offset=0))
                self._more = len(self._rows) == wanted
        except (TrustJournalError, RuntimeError):
            # Locked or closed underneath us: show nothing rather than fail in a slot.
            self._rows, self._more = [], False
        self._end_reset()

    def refresh(self) -> None:
        """Reload after something was opened, replied to or withdrawn."""
        self.reload(keep_rows=len(self._rows))

    def clear(self) -> None:
        """Forget every loaded entry and the search text (when the app locks)."""
        self.beginResetModel()
        self._rows, self._more, self._query = [], False, ""
        self._end_reset()

    def entry_at(self, row: int) -> ReceivedEntry | None:
        """The ``ReceivedEntry`` in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, received_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == received_id:
                return row
        return None

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        withdrawn = entry.withdrawn_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Withdrawn") if withdrawn else entry.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._by_line(entry) if withdrawn else f"{entry.title}. {self._by_line(entry)}"
        if role == self.ReceivedIdRole:
            return entry.id
        if role == self.DateRole:
            return None if withdrawn else QDate(entry.date.year, entry.date.month, entry.date.day)
        if role == self.KindRole:
            return entry.kind
        if role == self.SharedByRole:
            return self._by_line(entry)
        if role == self.WithdrawnRole:
            return withdrawn
        return None

    @staticmethod
    def _by_line(entry: ReceivedEntry) -> str:
        if entry.withdrawn_at is not None:
            return withdrawn_by(entry.from_name, entry.withdrawn_at)
        return shared_by(entry.from_name, entry.shared_at)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return leaf_row_flags(index)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[self.ReceivedIdRole] = QByteArray(b"receivedId")
        names[self.DateRole] = QByteArray(b"date")
        names[self.KindRole] = QByteArray(b"kind")
        names[self.SharedByRole] = QByteArray(b"sharedBy")
        names[self.WithdrawnRole] = QByteArray(b"withdrawn")
        return names

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self._more or self._announcing_reset:
            return
        try:
            page = list(
                sharing.shared_with_me(
                    self._session.journal, limit=PAGE_SIZE, offset=len(self._rows)
                )
            )
        except (TrustJournalError, RuntimeError):
            page = []
        self._more = len(page) == PAGE_SIZE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _end_reset(self) -> None:
        # As in EntryListModel: no rows may be inserted while the reset is announced.
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False


class SharedEntryDelegate(EntryDelegate):
    """Two lines: the title, then "Feeling · Shared by Maya on 3 Mar 2026"."""

    def details(self, index: _Index) -> str:
        by = str(index.data(SharedEntriesModel.SharedByRole) or "")
        if index.data(SharedEntriesModel.WithdrawnRole):
            return by
        kind = index.data(SharedEntriesModel.KindRole)
        try:
            return f"{kind_label(Kind(kind))} · {by}"
        except ValueError:
            return by
