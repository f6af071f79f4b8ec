"""Opening bundles: from a file, from bytes, or everything new in the mailbox.

Every check happens before anything is written (sizes and header, recipient,
decryption, the paired sender, the MAC — see :mod:`trustjournal.sharing.bundle`), then
the whole bundle is imported in one transaction. A bundle opened before changes
nothing. Nothing here ever touches the reader's own entries.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from trustjournal.domain.entry import Kind
from trustjournal.errors import QT_TRANSLATE_NOOP, BundleInvalid, JournalLocked, TrustJournalError
from trustjournal.services.sharing_keys import identity, partner
from trustjournal.services.sharing_send import mailbox
from trustjournal.sharing.bundle import (
    BundlePayload,
    ReplyItem,
    SharedItem,
    WithdrawItem,
    open_bytes,
    open_path,
)
from trustjournal.sharing.mailbox import addressed_to, candidates, require_folder
from trustjournal.sharing.payload import format_timestamp
from trustjournal.vault import Journal
from trustjournal.vault import sharing_received as inbox
from trustjournal.vault import sharing_records as records
from trustjournal.vault import sharing_store as store
from trustjournal.vault.database import Connection

_UNSHARED_REPLY = QT_TRANSLATE_NOOP(
    "Errors",
    "This reply is about an entry you have not shared, so it was not opened. Nothing was changed.",
)


@dataclasses.dataclass(frozen=True, slots=True)
class OpenResult:
    """What opening one bundle did. ``replayed``: it was opened before; nothing changed."""

    kind: str
    sender_name: str
    added: int
    updated: int
    withdrawn: int
    replies: int
    replayed: bool
    bundle_id: str


def open_bundle(journal: Journal, path: Path) -> OpenResult:
    """Open the bundle at ``path``: checked in full, then imported in one transaction.

    A file over the size limit is refused from its size without being read. Raises a
    :class:`TrustJournalError` (and writes nothing) for anything that is refused.
    """
    me = identity(journal)
    paired = partner(journal)
    payload = open_path(Path(path), me, me.fingerprint, None if paired is None else paired.card)
    return _import(journal, payload)


def open_bundle_data(journal: Journal, data: bytes) -> OpenResult:
    """:func:`open_bundle` for bundle bytes already in memory (e.g. dropped onto a window)."""
    me = identity(journal)
    paired = partner(journal)
    payload = open_bytes(data, me, me.fingerprint, None if paired is None else paired.card)
    return _import(journal, payload)


def _import(journal: Journal, payload: BundlePayload) -> OpenResult:
    if journal.read(lambda c: store.seen(c, payload.bundle_id)):
        return _result(payload, replayed=True)
    with journal.write() as conn:
        # Checked again inside the transaction: two windows may open the same file.
        if store.seen(conn, payload.bundle_id):
            return _result(payload, replayed=True)
        result = _apply(conn, payload)
        store.remember_bundle(conn, payload.bundle_id, payload.type, records.now())
    if result.withdrawn:
        # The wiped words still sit in old WAL frames until a checkpoint copies the
        # zeroed pages into the main file and truncates the log.
        journal.checkpoint()
    return result


def _result(payload: BundlePayload, *, replayed: bool = False, **counts: int) -> OpenResult:
    return OpenResult(
        kind=payload.type,
        sender_name=payload.sender_name,
        added=counts.get("added", 0),
        updated=counts.get("updated", 0),
        withdrawn=counts.get("withdrawn", 0),
        replies=counts.get("replies", 0),
        replayed=replayed,
        bundle_id=payload.bundle_id,
    )


def _apply(conn: Connection, payload: BundlePayload) -> OpenResult:
    sent_at = format_timestamp(payload.created_at)
    if payload.type == "share":
        shared = [i for i in payload.items if isinstance(i, SharedItem)]
        incoming = [
            records.IncomingEntry(
                entry_id=i.entry_id,
                version=i.version,
                kind=Kind(i.kind),
                title=i.title,
                body=i.body,
                date=i.date,
                mood=i.mood,
                redacted=i.redacted,
            )
            for i in shared
        ]
        added, updated = inbox.receive_entries(
            conn,
            incoming,
            bundle_id=payload.bundle_id,
            from_fingerprint=payload.sender,
            from_name=payload.sender_name,
            shared_at=sent_at,
            received_at=records.now(),
        )
        return _result(payload, added=added, updated=updated)
    if payload.type == "withdraw":
        ids = [i.entry_id for i in payload.items if isinstance(i, WithdrawItem)]
        withdrawn = inbox.withdraw_received(
            conn, ids, from_fingerprint=payload.sender, when=sent_at
        )
        return _result(payload, withdrawn=withdrawn)
    stored = 0
    for item in payload.items:
        assert isinstance(item, ReplyItem)
        if not store.was_ever_shared(conn, item.entry_id):
            raise BundleInvalid(_UNSHARED_REPLY)
        stored += inbox.add_reply(
            conn,
            reply_id=item.reply_id,
            direction="received",
            entry_id=item.entry_id,
            received_id=None,
            from_name=payload.sender_name,
            body=item.body,
            created_at=format_timestamp(item.created_at),
            bundle_id=payload.bundle_id,
        )
    return _result(payload, replies=stored)


def collect_mailbox(journal: Journal) -> list[tuple[Path, OpenResult | TrustJournalError]]:
    """Open every new bundle in the mailbox that is addressed to this journal.

    Files addressed to anyone else (my own outgoing bundles included) are skipped
    silently, from their header alone; each of mine is opened with every check.
    Bundles opened before are left out of the result, so only news is reported; a
    refused bundle is reported with its error each time, and stays where it is.
    """
    folder = require_folder(mailbox(journal))
    me = identity(journal).fingerprint
    found: list[tuple[Path, OpenResult | TrustJournalError]] = []
    for path in candidates(folder):
        if not addressed_to(path, me):
            continue
        try:
            result = open_bundle(journal, path)
        except JournalLocked:
            raise
        except TrustJournalError as error:
            found.append((path, error))
            continue
        if not result.replayed:
            found.append((path, result))
    return found
