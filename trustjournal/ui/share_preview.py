"""The preview inside the share dialog: the chosen entries, and exactly what each will say.

:class:`SharePreviewModel` lists the items the sharing service prepared (already
redacted where asked), and :class:`SharePreviewPanel` shows one of them in full, read-only,
with its "Share only the title and an excerpt" choice and, for a repairing partner, a
quiet note when the accountability coach notices wording worth another look.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from trustjournal.domain import Kind
from trustjournal.sharing.bundle import SharedItem
from trustjournal.ui.coach_panel import check_wording
from trustjournal.ui.entry_delegate import EntryDelegate, format_entry_date
from trustjournal.ui.entry_model import EntryListModel, mood_label
from trustjournal.ui.label_field import named
from trustjournal.ui.list_rows import leaf_row_flags
from trustjournal.ui.markdown_view import SafeMarkdownView
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.sections import kind_label

_Index = QModelIndex | QPersistentModelIndex
MAX_COACH_NOTES = 2


def coach_notes(text: str) -> list[str]:
    """The accountability coach's gentle notes on ``text`` (none if the coach is absent)."""
    findings = check_wording(text)  # in the app's language; quiet if its rules are damaged
    notes: list[str] = []
    for finding in findings:
        words = text[finding.start : finding.end].strip()
        note = f"“{words}” — {finding.message}" if words else finding.message
        if note not in notes:
            notes.append(note)
        if len(notes) == MAX_COACH_NOTES:
            break
    return notes


class SharePreviewModel(QAbstractListModel):
    """The entries about to be shared, in the order chosen.

    Not paged: the user picked these few (at most a bundle's 500), and the service has
    already prepared them for the preview.
    """

    EntryIdRole = EntryListModel.EntryIdRole
    DateRole = EntryListModel.DateRole
    KindRole = EntryListModel.KindRole
    RedactedRole = Qt.ItemDataRole.UserRole + 20

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[SharedItem] = []

    def set_items(self, items: Sequence[SharedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def replace(self, row: int, item: SharedItem) -> None:
        """Show a newly prepared version of one entry (after its redaction changed)."""
        self._items[row] = item
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def item(self, row: int) -> SharedItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[SharedItem]:
        return list(self._items)

    def clear(self) -> None:
        self.set_items([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.title
        if role == self.EntryIdRole:
            return item.entry_id
        if role == self.DateRole:
            return QDate(item.date.year, item.date.month, item.date.day)
        if role == self.KindRole:
            return item.kind
        if role == self.RedactedRole:
            return item.redacted
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return leaf_row_flags(index)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[self.EntryIdRole] = QByteArray(b"entryId")
        names[self.DateRole] = QByteArray(b"date")
        names[self.KindRole] = QByteArray(b"kind")
        names[self.RedactedRole] = QByteArray(b"redacted")
        return names


class SharePreviewDelegate(EntryDelegate):
    """Entry rows whose second line also says when only an excerpt will be shared."""

    def details(self, index: _Index) -> str:
        text = super().details(index)
        if index.data(SharePreviewModel.RedactedRole):
            text += " · " + self.tr("title and excerpt only")
        return text


class SharePreviewPanel(QFrame):
    """One item exactly as it will leave, with its redaction choice."""

    redactionToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharePreviewPanel")
        self.meta_label = plain_label("", self, name="previewMeta")
        self.title_label = plain_label("", self, name="previewTitle", scale=1.15, bold=True)
        self.body_view = SafeMarkdownView(self)
        self.body_view.setObjectName("previewBody")
        self.body_view.setAccessibleName(self.tr("What will be shared"))
        self.redact_check = named(
            QCheckBox(self.tr("Share only the title and an excerpt"), self),
            "redactCheck",
            self.tr("Share only the title and an excerpt"),
        )
        self.redact_check.toggled.connect(self.redactionToggled)
        self.excerpt_note = plain_label(
            self.tr("Only the title and the excerpt above will be shared; the rest stays here."),
            self,
            name="excerptNote",
            italic=True,
        )
        self.coach_note = plain_label("", self, name="coachNote")
        self.coach_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.coach_note.setMargin(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body_view, 1)
        layout.addWidget(self.excerpt_note)
        layout.addWidget(self.redact_check)
        layout.addWidget(self.coach_note)
        self.show_item(None)

    def show_item(self, item: SharedItem | None, notes: Sequence[str] = ()) -> None:
        """Show ``item`` as it will leave (or nothing), with the coach's ``notes``."""
        self.redact_check.blockSignals(True)
        self.redact_check.setChecked(bool(item and item.redacted))
        self.redact_check.blockSignals(False)
        self.redact_check.setEnabled(item is not None)
        if item is None:
            self.meta_label.clear()
            self.title_label.clear()
            self.body_view.clear()
            self.excerpt_note.hide()
            self.coach_note.clear()
            self.coach_note.hide()
            return
        parts = [kind_label(Kind(item.kind)), format_entry_date(item.date)]
        if item.mood is not None:
            parts.append(self.tr("mood: %1").replace("%1", mood_label(item.mood).lower()))
        self.meta_label.setText(" · ".join(parts))
        self.title_label.setText(item.title)
        self.body_view.set_markdown(item.body)
        self.excerpt_note.setVisible(item.redacted)
        self.coach_note.setText(
            "\n".join(
                [self.tr("A gentle thought before you send this:")]
                + [f"• {note}" for note in notes]
            )
            if notes
            else ""
        )
        self.coach_note.setVisible(bool(notes))

    def clear(self) -> None:
        self.show_item(None)
