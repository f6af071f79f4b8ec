"""How promises went, month by month, as a small table: plain counts and nothing else.

Newest month first. There is no total score, rate or colour per month: a month with
more missed promises is shown exactly like any other, because it is a fact to talk
about, not a grade.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from trustjournal.domain import Outcome
from trustjournal.domain.promises import FollowThrough
from trustjournal.ui.entry_model import outcome_label

_Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[Outcome, ...] = (
    Outcome.KEPT,
    Outcome.PARTLY_KEPT,
    Outcome.MISSED,
    Outcome.RENEGOTIATED,
    Outcome.OPEN,
)


class FollowThroughModel(QAbstractTableModel):
    """Rows are months (newest first); column 0 the month, then one count per outcome."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowThrough] = []

    def set_months(self, months: Sequence[FollowThrough]) -> None:
        """Show ``months`` (given oldest first, as the domain returns them)."""
        self.beginResetModel()
        self._rows = list(reversed(months))
        self.endResetModel()

    def clear(self) -> None:
        self.set_months([])

    def month_at(self, row: int) -> FollowThrough | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        month = self.month_at(index.row())
        if month is None or not 0 <= index.column() <= len(COLUMNS):
            return None
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                date = QDate(month.month.year, month.month.month, 1)
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return QLocale().toString(date, "MMMM yyyy")
                return QLocale().toString(date, "MMM yyyy")
            return None
        count = month.count(COLUMNS[index.column() - 1])
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(count)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{outcome_label(COLUMNS[index.column() - 1])}: {QLocale().toString(count)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return count
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Month")
        if 1 <= section <= len(COLUMNS):
            # Two short lines keep the table narrow enough to sit beside the promises.
            return outcome_label(COLUMNS[section - 1]).replace(" ", "\n", 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
