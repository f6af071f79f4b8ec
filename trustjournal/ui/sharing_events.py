"""One signal for "what was shared or received has changed", per open journal.

Sharing writes tables that are not entries (the ledger, received entries, replies), so
the session's ``entriesChanged`` does not cover them. Every sharing page listens to the
:class:`SharingEvents` of its session, and every sharing action announces through it.
It lives as a child of the session, so it ends when the journal locks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from trustjournal.ui.session import JournalSession

_NAME = "sharingEvents"


class SharingEvents(QObject):
    """Emits ``changed`` after a share, an opened bundle, a reply, a withdrawal or pairing."""

    changed = Signal()


def sharing_events(session: JournalSession) -> SharingEvents:
    """The :class:`SharingEvents` of ``session`` (made on first use)."""
    found = session.findChild(SharingEvents, _NAME)
    if isinstance(found, SharingEvents):
        return found
    events = SharingEvents(session)
    events.setObjectName(_NAME)
    return events
