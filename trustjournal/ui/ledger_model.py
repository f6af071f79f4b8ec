"""The share ledger as a lazy tree: every share I made, with the replies it received.

Top-level rows are ledger rows (newest first, a page at a time); under the newest share
of each entry hang the replies my partner sent about it. The ledger is the author's own
record, so it says what left (the title as it was then), and whether the entry has been
edited or deleted since.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from trustjournal.domain import Kind
from trustjournal.errors import EntryNotFound, TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import LedgerRow, Reply
from trustjournal.sharing.payload import format_timestamp
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import day_of

PAGE_SIZE = 100
MAX_RELOAD_ROWS = 10 * PAGE_SIZE
PREVIEW_CHARS = 80

_Index = QModelIndex | QPersistentModelIndex
NO_PARENT = 0  # internalId of top-level rows; a reply's is its share's row + 1


@dataclasses.dataclass(slots=True)
class LedgerLine:
    """One ledger row, what happened to its entry since, and the replies under it."""

    row: LedgerRow
    version: str  # "same", "edited" or "deleted"
    replies: list[Reply]


class LedgerModel(QAbstractItemModel):
    """Columns: entry, kind, shared on, with, version, now."""

    ENTRY, KIND, SHARED, WITH, VERSION, STATUS = range(6)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._lines: list[LedgerLine] = []
        self._threaded: set[int] = set()
        self._more = False
        self._announcing_reset = False
        self._headers = [
            self.tr("Entry"),
            self.tr("Kind"),
            self.tr("Shared"),
            self.tr("With"),
            self.tr("Version"),
            self.tr("Now"),
        ]
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def _page(self, limit: int, offset: int) -> list[LedgerLine]:
        journal = self._session.journal
        lines = []
        for row in sharing.ledger(journal, limit=limit, offset=offset):
            replies: list[Reply] = []
            if row.entry_id not in self._threaded:
                self._threaded.add(row.entry_id)
                replies = sorted(
                    (
                        r
                        for r in sharing.replies_to(journal, row.entry_id)
                        if r.direction == "received"
                    ),
                    key=lambda r: r.created_at,
                )
            lines.append(LedgerLine(row, self._version(row), replies))
        return lines

    def _version(self, row: LedgerRow) -> str:
        try:
            entry = self._session.journal.get(row.entry_id)
        except EntryNotFound:
            return "deleted"
        return "same" if format_timestamp(entry.updated_at) == row.entry_version else "edited"

    def reload(self, keep_rows: int = 0) -> None:
        wanted = min(max(PAGE_SIZE, keep_rows), MAX_RELOAD_ROWS)
        self.beginResetModel()
        self._threaded = set()
        try:
            self._lines = self._page(wanted, 0)
            self._more = len(self._lines) == wanted
        except (TrustJournalError, RuntimeError):
            self._lines, self._more = [], False
        self._end_reset()

    def refresh(self) -> None:
        self.reload(keep_rows=len(self._lines))

    def clear(self) -> None:
        self.beginResetModel()
        self._lines, self._more, self._threaded = [], False, set()
        self._end_reset()

    def _end_reset(self) -> None:
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or not self._more or self._announcing_reset:
            return
        try:
            page = self._page(PAGE_SIZE, len(self._lines))
        except (TrustJournalError, RuntimeError):
            page = []
        self._more = len(page) == PAGE_SIZE
        if page:
            first = len(self._lines)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._lines.extend(page)
            self.endInsertRows()

    # -- lookups ------------------------------------------------------------------------------

    def line_at(self, index: _Index) -> LedgerLine | None:
        """The ledger line of ``index`` (for a reply: the share it hangs under)."""
        if not index.isValid():
            return None
        row = index.internalId() - 1 if index.internalId() != NO_PARENT else index.row()
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def reply_at(self, index: _Index) -> Reply | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        line = self.line_at(index)
        return line.replies[index.row()] if line and index.row() < len(line.replies) else None

    def row_of_entry(self, entry_id: int) -> int | None:
        for number, line in enumerate(self._lines):
            if line.row.entry_id == entry_id:
                return number
        return None

    # -- the tree -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._lines)
        if parent.internalId() != NO_PARENT or parent.column() != 0:
            return 0
        line = self.line_at(parent)
        return len(line.replies) if line else 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != NO_PARENT:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        reply = self.reply_at(index)
        if reply is not None:
            return self._reply_text(reply, index.column())
        line = self.line_at(index)
        return self._share_text(line, index.column()) if line is not None else None

    def _reply_text(self, reply: Reply, column: int) -> str:
        if column == self.ENTRY:
            words = " ".join(reply.body.split())
            if len(words) > PREVIEW_CHARS:
                words = words[:PREVIEW_CHARS].rsplit(" ", 1)[0] + "…"
            return self.tr("%1 replied: %2").replace("%1", reply.from_name).replace("%2", words)
        if column == self.SHARED:
            return day_of(reply.created_at)
        return ""

    def _share_text(self, line: LedgerLine, column: int) -> str:
        row = line.row
        if column == self.ENTRY:
            return str(row.title)
        if column == self.KIND:
            return kind_label(Kind(row.kind))
        if column == self.SHARED:
            return day_of(row.shared_at)
        if column == self.WITH:
            return str(row.to_name)
        if column == self.VERSION:
            return self.version_text(line)
        if column == self.STATUS:
            return self.status_text(line)
        return ""

    def version_text(self, line: LedgerLine) -> str:
        if line.version == "deleted":
            return self.tr("Deleted here since")
        if line.version == "edited":
            return self.tr("Edited since")
        return self.tr("As shared")

    def status_text(self, line: LedgerLine) -> str:
        row = line.row
        if row.withdrawn_at is not None:
            return self.tr("Withdrawn on %1").replace("%1", day_of(row.withdrawn_at))
        if row.redacted:
            return self.tr("Shared (title and excerpt)")
        return self.tr("Shared")
