"""The entries a partner may bring to a session, as a lazy list with a check box each.

A row is one of the partner's own entries or one their partner shared with them (then
it always says who shared it and when). Rows come a page at a time from a fetch
function, so a long period or a long "shared with me" list stays quick.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from trustjournal.domain import Entry, Kind
from trustjournal.ui.label_field import locale_date_format
from trustjournal.ui.sections import kind_label

PAGE_SIZE = 100
_Index = QModelIndex | QPersistentModelIndex


def _date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), locale_date_format())


@dataclasses.dataclass(frozen=True, slots=True)
class SummaryChoice:
    """One entry that can be brought: ``("own", id)`` or ``("shared", received id)``."""

    key: tuple[str, int]
    title: str
    date: dt.date
    kind: Kind | None
    shared_by: str = ""
    shared_on: dt.date | None = None

    @property
    def shared(self) -> bool:
        return self.key[0] == "shared"

    @classmethod
    def own(cls, entry: Entry) -> SummaryChoice:
        return cls(("own", entry.id), entry.title, entry.date, entry.kind)

    @classmethod
    def received(cls, received: Any) -> SummaryChoice:
        """From a ``ReceivedEntry`` of the sharing service."""
        try:
            kind: Kind | None = Kind(str(received.kind))
        except ValueError:
            kind = None
        return cls(
            ("shared", int(received.id)),
            str(received.title),
            received.date,
            kind,
            shared_by=str(received.from_name),
            shared_on=received.shared_at.astimezone().date(),
        )

    def text(self) -> str:
        """The row as plain text: title, then date and kind, or who shared it and when."""
        kind = (
            kind_label(self.kind)
            if self.kind is not None
            else QCoreApplication.translate("SummaryChoices", "Entry")
        )
        detail = f"{_date_text(self.date)} · {kind}"
        if self.shared and self.shared_on is not None:
            shared = (
                QCoreApplication.translate("SummaryChoices", "Shared by %1 on %2")
                .replace("%2", _date_text(self.shared_on))
                .replace("%1", self.shared_by)
            )
            detail = f"{detail} · {shared}"
        return f"{self.title}\n{detail}"


# fetch(offset, limit) -> (rows to show, how many items were read): the rows may be
# fewer than were read when some are left out, and paging goes by what was read.
Fetch = Callable[[int, int], tuple[Sequence[SummaryChoice], int]]


class ChoiceModel(QAbstractListModel):
    """Rows with a check box each; all checked when they arrive, unless told otherwise."""

    KeyRole = Qt.ItemDataRole.UserRole + 40

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SummaryChoice] = []
        self._checked: set[tuple[str, int]] = set()
        self._fetch: Fetch | None = None
        self._offset = 0
        self._more = False
        self._check_new = True

    # -- public API ---------------------------------------------------------------------------

    def load(self, fetch: Fetch | None, *, checked: bool = True, first: int = PAGE_SIZE) -> None:
        """Show the rows ``fetch(offset, limit)`` gives, a page at a time."""
        self.beginResetModel()
        self._fetch = fetch
        self._check_new = checked
        self._rows = []
        self._checked = set()
        self._offset = 0
        self._more = fetch is not None
        self.endResetModel()
        if fetch is not None:
            self._fetch_page(first)

    def set_rows(self, rows: Iterable[SummaryChoice], checked: Iterable[tuple[str, int]]) -> None:
        """Show exactly ``rows``, with the keys in ``checked`` ticked."""
        self.beginResetModel()
        self._fetch = None
        self._more = False
        self._rows = list(dict((row.key, row) for row in rows).values())
        keys = {row.key for row in self._rows}
        self._checked = set(checked) & keys
        self.endResetModel()

    def add(self, rows: Iterable[SummaryChoice]) -> None:
        """Append rows not shown yet, ticked."""
        known = {row.key for row in self._rows}
        fresh = [row for row in rows if row.key not in known]
        if not fresh:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._rows += fresh
        self._checked.update(row.key for row in fresh)
        self.endInsertRows()

    def rows(self) -> list[SummaryChoice]:
        return list(self._rows)

    def chosen(self) -> list[SummaryChoice]:
        """The ticked rows, in the order shown."""
        return [row for row in self._rows if row.key in self._checked]

    def set_all_checked(self, checked: bool) -> None:
        self._checked = {row.key for row in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def clear(self) -> None:
        """Forget every row (the journal was locked)."""
        self.load(None)

    # -- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text()
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.key in self._checked else Qt.CheckState.Unchecked
        if role == self.KeyRole:
            return f"{row.key[0]}:{row.key[1]}"
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        key = self._rows[index.row()].key
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        if state == Qt.CheckState.Checked.value:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        if not parent.isValid() and self._more:
            self._fetch_page(PAGE_SIZE)

    def _fetch_page(self, limit: int) -> None:
        if self._fetch is None:
            return
        found, read = self._fetch(self._offset, limit)
        self._offset += read
        self._more = read == limit
        page = list(found)
        known = {row.key for row in self._rows}
        page = [row for row in page if row.key not in known]
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows += page
        if self._check_new:
            self._checked.update(row.key for row in page)
        self.endInsertRows()
