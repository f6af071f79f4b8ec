"""Sending: share chosen entries, answer a shared entry, withdraw a share.

Each one seals a bundle, writes it (to the file the user chose, or into the mailbox
under a name that reveals nothing), and only then records it in one transaction. If
the file cannot be written, nothing is recorded; if the record cannot be written, the
file is removed again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

from trustjournal.domain.entry import MAX_BODY, Entry, clean_text
from trustjournal.errors import QT_TRANSLATE_NOOP, EntryNotFound, InvalidInput, NothingToWithdraw
from trustjournal.services.sharing_files import (
    remove_quietly,
    write_into_folder,
    write_new_file,
)
from trustjournal.services.sharing_keys import display_name, identity, require_partner
from trustjournal.sharing.bundle import (
    MAX_ITEMS,
    BundleItem,
    BundlePayload,
    ReplyItem,
    SharedItem,
    WithdrawItem,
    new_payload,
    new_reply_id,
    seal,
)
from trustjournal.sharing.mailbox import new_bundle_name, require_folder
from trustjournal.sharing.payload import format_timestamp, utc_now
from trustjournal.vault import Journal
from trustjournal.vault import sharing_received as inbox
from trustjournal.vault import sharing_records as records
from trustjournal.vault import sharing_store as store
from trustjournal.vault.database import Connection

#: A redacted entry carries its title and at most this many characters of its text.
EXCERPT_CHARS = 160


@dataclasses.dataclass(frozen=True, slots=True)
class ShareReceipt:
    """A share that left: its bundle id, the file written, and exactly what it carried."""

    bundle_id: str
    path: Path
    items: tuple[SharedItem, ...]


# -- the mailbox setting --------------------------------------------------------------------


def mailbox(journal: Journal) -> Path | None:
    """The mailbox folder, if one is set (kept inside the encrypted journal)."""
    value = journal.read(lambda c: store.setting(c, store.MAILBOX_KEY))
    return None if value is None else Path(value)


def set_mailbox(journal: Journal, folder: Path | None) -> None:
    """Use ``folder`` as the mailbox (it must exist), or stop using one with ``None``."""
    value = None
    if folder is not None:
        if not Path(folder).is_dir():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "There is no folder at %1. Choose an existing folder."),
                folder,
            )
        value = str(Path(folder).resolve())
    with journal.write() as conn:
        store.set_setting(conn, store.MAILBOX_KEY, value)


# -- sealing and delivering -----------------------------------------------------------------


def _deliver(
    journal: Journal, data: bytes, out: Path | None, record: Callable[[Connection], None]
) -> Path:
    """Write ``data`` to ``out`` (or the mailbox), then ``record`` it; all or nothing."""
    if out is None:
        path = write_into_folder(require_folder(mailbox(journal)), data, new_bundle_name)
    else:
        path = Path(out)
        write_new_file(path, data)
    try:
        with journal.write() as conn:
            record(conn)
    except BaseException:
        remove_quietly(path)
        raise
    return path


def _seal(journal: Journal, kind: str, items: Iterable[BundleItem]) -> tuple[BundlePayload, bytes]:
    me = identity(journal)
    partner = require_partner(journal)
    payload = new_payload(
        kind,
        sender=me.fingerprint,
        recipient=partner.fingerprint,
        sender_name=display_name(journal),
        items=tuple(items),
    )
    return payload, seal(payload, me, partner.card)


# -- share ----------------------------------------------------------------------------------


def excerpt(body: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``body`` for a redacted share: its first paragraph, cut at a word.

    Never more than half of the text, so even a short entry keeps most of its words.
    """
    text = body.strip()
    first = text.split("\n\n", 1)[0].strip()
    limit = min(limit, len(text) // 2)
    if len(first) > limit:
        cut = first[:limit]
        space = cut.rfind(" ")
        first = cut[:space] if space > 0 else cut
    if first == text:
        return text
    return first.rstrip(" ,;:.") + "…"


def _item(entry: Entry, redacted: bool) -> SharedItem:
    return SharedItem(
        entry_id=entry.id,
        version=format_timestamp(entry.updated_at),
        kind=entry.kind.value,
        title=entry.title,
        body=excerpt(entry.body) if redacted else entry.body,
        date=entry.date,
        mood=None if redacted else entry.mood,
        redacted=redacted,
    )


def _chosen(entry_ids: Iterable[int], redact: Collection[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in entry_ids))
    if not ids:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one entry to share. Nothing was shared.")
        )
    if len(ids) > MAX_ITEMS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "One shared file can hold up to %1 entries. Please share fewer at a time."
            ),
            MAX_ITEMS,
        )
    stray = sorted(set(redact) - set(ids))
    if stray:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 is marked to be shortened but is not among the entries "
                "being shared. Nothing was shared.",
            ),
            stray[0],
        )
    return ids


def preview_share(
    journal: Journal, entry_ids: Sequence[int], redact: Collection[int] = ()
) -> list[SharedItem]:
    """Exactly what :func:`share` would send, item by item, without sending anything."""
    ids = _chosen(entry_ids, redact)
    return [_item(journal.get(i), i in redact) for i in ids]


def share(
    journal: Journal,
    entry_ids: Sequence[int],
    out: Path | None = None,
    redact: Collection[int] = (),
) -> ShareReceipt:
    """Seal the chosen entries for my partner and write the bundle, then the ledger.

    ``out=None`` writes into the mailbox. Raises :class:`NotPaired` before anything is
    written if there is no partner, and never replaces an existing file.
    """
    items = preview_share(journal, entry_ids, redact)
    partner = require_partner(journal)
    payload, data = _seal(journal, "share", items)
    rows = [records.LedgerItem(i.entry_id, i.version, i.title, i.kind, i.redacted) for i in items]

    def record(conn: Connection) -> None:
        store.record_share(
            conn,
            bundle_id=payload.bundle_id,
            items=rows,
            shared_at=format_timestamp(payload.created_at),
            to_fingerprint=partner.fingerprint,
            to_name=partner.name,
        )

    path = _deliver(journal, data, out, record)
    return ShareReceipt(bundle_id=payload.bundle_id, path=path, items=tuple(items))


# -- reply ----------------------------------------------------------------------------------


def _reply_text(body: str) -> str:
    text = clean_text(body).strip()
    if not text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A reply needs a few words. Nothing was sent.")
        )
    if len(text) > MAX_BODY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This reply is too long to send. Please shorten it.")
        )
    return text


def reply(journal: Journal, received_id: int, body: str, out: Path | None = None) -> Path:
    """Answer an entry my partner shared; the reply travels back as a bundle.

    It is kept on my side as a "sent" reply under that entry. ``out=None`` writes into
    the mailbox.
    """
    text = _reply_text(body)
    received = journal.read(lambda c: inbox.received_entry(c, received_id))
    origin = journal.read(lambda c: inbox.received_origin(c, received_id))
    if received is None or origin is None:
        raise EntryNotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no shared entry number %1."), received_id
        )
    if received.withdrawn:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 withdrew this entry, so it cannot be answered any more. Nothing was sent.",
            ),
            received.from_name,
        )
    entry_id, from_fingerprint = origin
    if from_fingerprint != require_partner(journal).fingerprint:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This entry was shared before you paired again with new keys, so a reply "
                "cannot reach it. Nothing was sent.",
            )
        )
    item = ReplyItem(reply_id=new_reply_id(), entry_id=entry_id, body=text, created_at=utc_now())
    payload, data = _seal(journal, "reply", [item])

    def record(conn: Connection) -> None:
        inbox.add_reply(
            conn,
            reply_id=item.reply_id,
            direction="sent",
            entry_id=entry_id,
            received_id=received_id,
            from_name=display_name(journal),
            body=text,
            created_at=format_timestamp(item.created_at),
            bundle_id=payload.bundle_id,
        )

    return _deliver(journal, data, out, record)


# -- withdraw -------------------------------------------------------------------------------


def withdraw(journal: Journal, entry_id: int, out: Path | None = None) -> Path:
    """Take back a shared entry: a small bundle asks my partner's app to remove it.

    My partner may already have read it; the app says so. Raises
    :class:`NothingToWithdraw` if the entry is not shared (or already withdrawn).
    """
    if not journal.read(lambda c: store.is_shared(c, entry_id)):
        raise NothingToWithdraw()
    payload, data = _seal(journal, "withdraw", [WithdrawItem(entry_id=entry_id)])

    def record(conn: Connection) -> None:
        store.record_withdrawal(
            conn,
            entry_id,
            when=format_timestamp(payload.created_at),
            bundle_id=payload.bundle_id,
        )

    return _deliver(journal, data, out, record)
