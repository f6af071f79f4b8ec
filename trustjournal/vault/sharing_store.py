"""Sharing in the database: my identity, my partner, settings, the share ledger, and
the bundles already opened.

Plain functions taking an open connection, called through ``journal.read(...)`` and
``with journal.write() as conn:`` (the caller holds the transaction). What partners
send each other lives in its own tables (:mod:`trustjournal.vault.sharing_received`):
nothing here ever touches ``entries``.
"""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.domain.entry import Kind
from trustjournal.errors import QT_TRANSLATE_NOOP, DatabaseDamaged
from trustjournal.vault.database import Connection
from trustjournal.vault.sharing_records import (
    LedgerItem,
    LedgerRow,
    PartnerRecord,
    maybe_time,
    parse_time,
)

MAILBOX_KEY = "sharing.mailbox"


# -- identity -------------------------------------------------------------------------------


def save_identity(conn: Connection, secret: bytes) -> None:
    """Store this journal's private identity (once, at the migration)."""
    conn.execute("INSERT INTO sharing_identity (id, secret) VALUES (1, ?)", (secret,))


def identity_secret(conn: Connection) -> bytes:
    """This journal's private identity, as :meth:`Identity.to_bytes` wrote it."""
    row = conn.execute("SELECT secret FROM sharing_identity WHERE id = 1").fetchone()
    if row is None:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This journal's sharing keys are missing. Restore the journal from a backup.",
            )
        )
    return bytes(row[0])


# -- partner --------------------------------------------------------------------------------


def partner(conn: Connection) -> PartnerRecord | None:
    """The partner this journal is paired with, if any."""
    row = conn.execute(
        "SELECT name, role, card, fingerprint, paired_at FROM partner WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    name, role, card, fingerprint, paired_at = row
    return PartnerRecord(str(name), str(role), str(card), str(fingerprint), parse_time(paired_at))


def save_partner(
    conn: Connection, *, name: str, role: str, card_text: str, fingerprint: str, paired_at: str
) -> None:
    """Pair with a partner, replacing any earlier pairing."""
    conn.execute(
        """INSERT INTO partner (id, name, role, card, fingerprint, paired_at)
           VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,
               card = excluded.card, fingerprint = excluded.fingerprint,
               paired_at = excluded.paired_at""",
        (name, role, card_text, fingerprint, paired_at),
    )


# -- settings -------------------------------------------------------------------------------


def setting(conn: Connection, key: str) -> str | None:
    """A sharing setting kept inside the encrypted database (e.g. the mailbox folder)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_setting(conn: Connection, key: str, value: str | None) -> None:
    """Set (or with ``None`` remove) a sharing setting."""
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# -- the ledger (author side) ---------------------------------------------------------------


def record_share(
    conn: Connection,
    *,
    bundle_id: str,
    items: Iterable[LedgerItem],
    shared_at: str,
    to_fingerprint: str,
    to_name: str,
) -> None:
    """Write one ledger row per shared entry."""
    conn.executemany(
        """INSERT INTO share_ledger (bundle_id, entry_id, entry_version, title, kind, redacted,
                                     shared_at, to_fingerprint, to_name)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                bundle_id,
                item.entry_id,
                item.entry_version,
                item.title,
                item.kind,
                int(item.redacted),
                shared_at,
                to_fingerprint,
                to_name,
            )
            for item in items
        ],
    )


def is_shared(conn: Connection, entry_id: int) -> bool:
    """Whether ``entry_id`` is shared and not (yet) withdrawn."""
    row = conn.execute(
        "SELECT 1 FROM share_ledger WHERE entry_id = ? AND withdrawn_at IS NULL LIMIT 1",
        (entry_id,),
    ).fetchone()
    return row is not None


def was_ever_shared(conn: Connection, entry_id: int) -> bool:
    """Whether ``entry_id`` appears in the ledger at all (withdrawn or not)."""
    row = conn.execute(
        "SELECT 1 FROM share_ledger WHERE entry_id = ? LIMIT 1", (entry_id,)
    ).fetchone()
    return row is not None


def record_withdrawal(conn: Connection, entry_id: int, *, when: str, bundle_id: str) -> int:
    """Mark every open share of ``entry_id`` withdrawn; how many rows it marked."""
    cursor = conn.execute(
        """UPDATE share_ledger SET withdrawn_at = ?, withdraw_bundle_id = ?
           WHERE entry_id = ? AND withdrawn_at IS NULL""",
        (when, bundle_id, entry_id),
    )
    return int(cursor.rowcount)


def ledger(conn: Connection, *, limit: int = -1, offset: int = 0) -> list[LedgerRow]:
    """Every share I made, newest first (``limit=-1``: all of them)."""
    rows = conn.execute(
        """SELECT entry_id, bundle_id, entry_version, title, kind, redacted, shared_at,
                  to_name, to_fingerprint, withdrawn_at
           FROM share_ledger ORDER BY shared_at DESC, id DESC LIMIT ? OFFSET ?""",
        (limit, max(0, offset)),
    ).fetchall()
    return [
        LedgerRow(
            entry_id=int(r[0]),
            bundle_id=str(r[1]),
            entry_version=str(r[2]),
            title=str(r[3]),
            kind=Kind(str(r[4])),
            redacted=bool(r[5]),
            shared_at=parse_time(r[6]),
            to_name=str(r[7]),
            to_fingerprint=str(r[8]),
            withdrawn_at=maybe_time(r[9]),
        )
        for r in rows
    ]


def ledger_count(conn: Connection) -> int:
    """How many ledger rows there are."""
    return int(conn.execute("SELECT count(*) FROM share_ledger").fetchone()[0])


# -- bundles already opened -----------------------------------------------------------------


def seen(conn: Connection, bundle_id: str) -> bool:
    """Whether a bundle with this id was opened before (a replay changes nothing)."""
    row = conn.execute("SELECT 1 FROM seen_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return row is not None


def remember_bundle(conn: Connection, bundle_id: str, kind: str, opened_at: str) -> None:
    """Remember an opened bundle, so that opening it again is a no-op."""
    conn.execute(
        "INSERT INTO seen_bundles (bundle_id, type, opened_at) VALUES (?, ?, ?)",
        (bundle_id, kind, opened_at),
    )
