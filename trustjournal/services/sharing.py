"""Sharing by consent (DESIGN §5, issue 5): the one module the app and the command line use.

Every function takes an unlocked :class:`~trustjournal.vault.Journal`. Nothing is ever
shared unless the user asks, entry by entry; nothing here opens a network connection.
The work is split by concern — pairing (``sharing_keys``), sending (``sharing_send``),
opening (``sharing_open``) — and gathered here, with the read-only views.
"""

from __future__ import annotations

from trustjournal.errors import QT_TRANSLATE_NOOP, EntryNotFound
from trustjournal.services.sharing_files import BundleFileProblem, FileAlreadyThere
from trustjournal.services.sharing_keys import (
    PairingCheck,
    Partner,
    display_name,
    my_card,
    pair,
    pairing_check,
    partner,
    require_partner,
    safety_number_with,
)
from trustjournal.services.sharing_open import (
    OpenResult,
    collect_mailbox,
    open_bundle,
    open_bundle_data,
)
from trustjournal.services.sharing_send import (
    EXCERPT_CHARS,
    ShareReceipt,
    excerpt,
    mailbox,
    preview_share,
    reply,
    set_mailbox,
    share,
    withdraw,
)
from trustjournal.sharing.bundle import SharedItem
from trustjournal.sharing.card import PartnerCard
from trustjournal.sharing.mailbox import MailboxMissing
from trustjournal.vault import Journal
from trustjournal.vault import sharing_received as inbox
from trustjournal.vault import sharing_store as store
from trustjournal.vault.sharing_records import LedgerRow, ReceivedEntry, Reply

__all__ = [
    "EXCERPT_CHARS",
    "BundleFileProblem",
    "FileAlreadyThere",
    "LedgerRow",
    "MailboxMissing",
    "OpenResult",
    "PairingCheck",
    "Partner",
    "PartnerCard",
    "ReceivedEntry",
    "Reply",
    "ShareReceipt",
    "SharedItem",
    "collect_mailbox",
    "display_name",
    "excerpt",
    "is_shared",
    "ledger",
    "ledger_count",
    "mailbox",
    "my_card",
    "open_bundle",
    "open_bundle_data",
    "pair",
    "pairing_check",
    "partner",
    "preview_share",
    "replies_to",
    "reply",
    "require_partner",
    "safety_number_with",
    "search_shared",
    "set_mailbox",
    "share",
    "shared_count",
    "shared_entry",
    "shared_with_me",
    "withdraw",
]


def shared_with_me(journal: Journal, *, limit: int = 100, offset: int = 0) -> list[ReceivedEntry]:
    """Entries my partner shared with me, most recently shared first, with my replies."""
    return journal.read(lambda c: inbox.received_page(c, limit=limit, offset=offset))


def shared_count(journal: Journal) -> int:
    """How many entries were shared with me (withdrawn ones included), for paging."""
    return journal.read(inbox.received_count)


def shared_entry(journal: Journal, received_id: int) -> ReceivedEntry:
    """One entry shared with me; :class:`EntryNotFound` if there is none with that id."""
    found = journal.read(lambda c: inbox.received_entry(c, received_id))
    if found is None:
        raise EntryNotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no shared entry number %1."), received_id
        )
    return found


def search_shared(journal: Journal, text: str, *, limit: int = 50) -> list[ReceivedEntry]:
    """Entries shared with me containing every word of ``text``, best match first."""
    return journal.read(lambda c: inbox.search_received(c, text, limit=limit))


def replies_to(journal: Journal, entry_id: int) -> list[Reply]:
    """My partner's replies to my entry ``entry_id``, oldest first (to thread under it)."""
    return journal.read(lambda c: inbox.replies_to(c, entry_id))


def ledger(journal: Journal, *, limit: int = -1, offset: int = 0) -> list[LedgerRow]:
    """Every entry I shared — which version, when, to whom, withdrawn or not — newest first."""
    return journal.read(lambda c: store.ledger(c, limit=limit, offset=offset))


def ledger_count(journal: Journal) -> int:
    """How many rows the ledger has, for paging."""
    return journal.read(store.ledger_count)


def is_shared(journal: Journal, entry_id: int) -> bool:
    """Whether my entry ``entry_id`` is currently shared (shared and not withdrawn)."""
    return journal.read(lambda c: store.is_shared(c, entry_id))
