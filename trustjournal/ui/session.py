"""The unlocked journal as the widgets see it: the vault plus change notifications.

Every change a view makes goes through a :class:`JournalSession` method, which saves
it and then announces what changed, so every other view can decide whether to
refresh (models emit, views subscribe). Writes take milliseconds, so they run on the
UI thread; slow work (unlock, bulk import, PDF) goes through :mod:`.worker`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from trustjournal.domain import Entry, EntryDraft, Kind
from trustjournal.vault import Journal, JournalInfo


@dataclasses.dataclass(frozen=True, slots=True)
class EntryChange:
    """What one operation changed: which entries, of which kinds, and how."""

    entry_ids: frozenset[int]
    kinds: frozenset[Kind]
    action: str  # "added", "updated" or "deleted"


class JournalSession(QObject):
    """Owns the unlocked :class:`Journal` until :meth:`close`."""

    entriesChanged = Signal(object)  # EntryChange
    closed = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = journal
        self.info: JournalInfo = journal.info

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise RuntimeError("the session is closed")
        return self._journal

    @property
    def is_open(self) -> bool:
        return self._journal is not None

    def add(self, draft: EntryDraft) -> Entry:
        entry = self.journal.add(draft)
        self.entriesChanged.emit(
            EntryChange(frozenset({entry.id}), frozenset({entry.kind}), "added")
        )
        return entry

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        before = self.journal.get(entry_id).kind
        entry = self.journal.update(entry_id, draft)
        self.entriesChanged.emit(
            EntryChange(frozenset({entry_id}), frozenset({before, entry.kind}), "updated")
        )
        return entry

    def delete(self, entry_id: int) -> None:
        kind = self.journal.get(entry_id).kind
        self.journal.delete(entry_id)
        self.entriesChanged.emit(EntryChange(frozenset({entry_id}), frozenset({kind}), "deleted"))

    def announce_bulk_change(self) -> None:
        """Tell every view to reload (after an import)."""
        self.entriesChanged.emit(EntryChange(frozenset(), frozenset(Kind), "updated"))

    def close(self) -> None:
        """Lock the journal (close every handle, forget the key) and tell the views."""
        if self._journal is not None:
            self._journal.lock()
            self._journal = None
            self.closed.emit()
