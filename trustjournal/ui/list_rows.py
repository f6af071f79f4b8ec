"""What every row of our read-only item models is: enabled, selectable, never a parent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

LEAF_ROW = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def leaf_row_flags(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """The flags of a row in a flat list or table: none for the invisible root."""
    return LEAF_ROW if index.isValid() else Qt.ItemFlag.NoItemFlags
