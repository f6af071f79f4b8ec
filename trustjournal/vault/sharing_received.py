"""What my partner sent me: shared entries (searchable, apart from my own), and replies.

Plain functions taking an open connection; the caller holds the transaction. A
withdrawn entry keeps its row with its words wiped; the search index's secure-delete
takes them out of the index too, and the caller checkpoints the log afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trustjournal.domain.entry import Kind
from trustjournal.errors import NothingToWithdraw
from trustjournal.vault.database import Connection
from trustjournal.vault.entries import fts_query
from trustjournal.vault.sharing_records import (
    IncomingEntry,
    ReceivedEntry,
    Reply,
    maybe_time,
    parse_time,
)


def receive_entries(
    conn: Connection,
    items: Sequence[IncomingEntry],
    *,
    bundle_id: str,
    from_fingerprint: str,
    from_name: str,
    shared_at: str,
    received_at: str,
) -> tuple[int, int]:
    """Store shared entries; returns (added, updated).

    A newer share of the same entry replaces its text. Bundles can arrive out of order
    through a synced folder, so a share older than what is already here (or than a
    later withdrawal) changes nothing.
    """
    added = updated = 0
    for item in items:
        row = conn.execute(
            """SELECT id, shared_at, withdrawn_at FROM received_entries
               WHERE from_fingerprint = ? AND origin_entry_id = ?""",
            (from_fingerprint, item.entry_id),
        ).fetchone()
        values = (
            bundle_id,
            from_name,
            item.version,
            item.kind.value,
            item.title,
            item.body,
            item.date.isoformat(),
            item.mood,
            int(item.redacted),
            shared_at,
            received_at,
        )
        if row is None:
            conn.execute(
                """INSERT INTO received_entries (bundle_id, from_name, version, kind, title, body,
                       entry_date, mood, redacted, shared_at, received_at, from_fingerprint,
                       origin_entry_id)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*values, from_fingerprint, item.entry_id),
            )
            added += 1
            continue
        row_id, previous_share, withdrawn_at = row
        latest = str(withdrawn_at) if withdrawn_at is not None else str(previous_share)
        if shared_at < latest:
            continue
        conn.execute(
            """UPDATE received_entries SET bundle_id = ?, from_name = ?, version = ?, kind = ?,
                   entry_date = ?, mood = ?, redacted = ?, shared_at = ?, received_at = ?,
                   withdrawn_at = NULL
               WHERE id = ?""",
            (*values[:4], *values[6:], row_id),
        )
        # Only changed words go through the search index's (secure, and costly) delete.
        conn.execute(
            """UPDATE received_entries SET title = ?, body = ?
               WHERE id = ? AND (title != ? OR body != ?)""",
            (item.title, item.body, row_id, item.title, item.body),
        )
        updated += 1
    return added, updated


def withdraw_received(
    conn: Connection, entry_ids: Sequence[int], *, from_fingerprint: str, when: str
) -> int:
    """Wipe the words of entries my partner withdrew; returns how many were withdrawn.

    Raises :class:`NothingToWithdraw` (and the caller's transaction writes nothing) if
    any of them was never shared with me. The row stays, empty, so the list can say
    "withdrawn"; the search index's secure-delete removes its words from the index.
    """
    withdrawn = 0
    for entry_id in entry_ids:
        row = conn.execute(
            """SELECT id, shared_at, withdrawn_at FROM received_entries
               WHERE from_fingerprint = ? AND origin_entry_id = ?""",
            (from_fingerprint, entry_id),
        ).fetchone()
        if row is None:
            raise NothingToWithdraw()
        row_id, shared_at, withdrawn_at = row
        # Already withdrawn, or shared again after this withdrawal was made.
        if withdrawn_at is not None or str(shared_at) > when:
            continue
        conn.execute(
            """UPDATE received_entries SET title = '', body = '', mood = NULL,
                   withdrawn_at = ? WHERE id = ?""",
            (when, row_id),
        )
        withdrawn += 1
    return withdrawn


_RECEIVED_COLUMNS = """r.id, r.kind, r.title, r.body, r.entry_date, r.mood, r.redacted,
    r.shared_at, r.from_name, r.withdrawn_at"""


def _received(conn: Connection, rows: Sequence[Sequence[object]]) -> list[ReceivedEntry]:
    ids = [int(r[0]) for r in rows]  # type: ignore[call-overload]
    threads = replies_for_received(conn, ids)
    return [
        ReceivedEntry(
            id=int(r[0]),  # type: ignore[call-overload]
            kind=Kind(str(r[1])),
            title=str(r[2]),
            body=str(r[3]),
            date=dt.date.fromisoformat(str(r[4])),
            mood=None if r[5] is None else int(r[5]),  # type: ignore[call-overload]
            redacted=bool(r[6]),
            shared_at=parse_time(r[7]),
            from_name=str(r[8]),
            withdrawn_at=maybe_time(r[9]),
            replies=tuple(threads.get(int(r[0]), ())),  # type: ignore[call-overload]
        )
        for r in rows
    ]


def received_page(conn: Connection, *, limit: int, offset: int = 0) -> list[ReceivedEntry]:
    """Entries shared with me, most recently shared first."""
    rows = conn.execute(
        f"""SELECT {_RECEIVED_COLUMNS} FROM received_entries r
            ORDER BY r.shared_at DESC, r.id DESC LIMIT ? OFFSET ?""",
        (max(0, limit), max(0, offset)),
    ).fetchall()
    return _received(conn, rows)


def received_count(conn: Connection) -> int:
    """How many entries were shared with me (withdrawn ones included)."""
    return int(conn.execute("SELECT count(*) FROM received_entries").fetchone()[0])


def received_entry(conn: Connection, received_id: int) -> ReceivedEntry | None:
    """One entry shared with me, or ``None``."""
    rows = conn.execute(
        f"SELECT {_RECEIVED_COLUMNS} FROM received_entries r WHERE r.id = ?", (received_id,)
    ).fetchall()
    found = _received(conn, rows)
    return found[0] if found else None


def received_origin(conn: Connection, received_id: int) -> tuple[int, str] | None:
    """The author's entry id and fingerprint of a received entry (to address a reply)."""
    row = conn.execute(
        "SELECT origin_entry_id, from_fingerprint FROM received_entries WHERE id = ?",
        (received_id,),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def search_received(conn: Connection, text: str, *, limit: int = 50) -> list[ReceivedEntry]:
    """Entries shared with me that contain every word of ``text``, best match first."""
    query = fts_query(text)
    if query is None:
        return []
    ranked = [
        int(r[0])
        for r in conn.execute(
            "SELECT rowid FROM received_fts WHERE received_fts MATCH ? "
            "ORDER BY rank, rowid DESC LIMIT ?",
            (query, max(0, limit)),
        )
    ]
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    rows = {
        int(r[0]): r
        for r in conn.execute(
            f"SELECT {_RECEIVED_COLUMNS} FROM received_entries r WHERE r.id IN ({marks})", ranked
        )
    }
    return _received(conn, [rows[i] for i in ranked if i in rows])


# -- replies --------------------------------------------------------------------------------


def add_reply(
    conn: Connection,
    *,
    reply_id: str,
    direction: str,
    entry_id: int,
    received_id: int | None,
    from_name: str,
    body: str,
    created_at: str,
    bundle_id: str,
) -> bool:
    """Store a reply; ``False`` if one with this id is already here (nothing changes)."""
    cursor = conn.execute(
        """INSERT INTO replies (reply_id, direction, entry_id, received_id, from_name, body,
                                created_at, bundle_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reply_id) DO NOTHING""",
        (reply_id, direction, entry_id, received_id, from_name, body, created_at, bundle_id),
    )
    return int(cursor.rowcount) > 0


def _reply(row: Sequence[object]) -> Reply:
    return Reply(
        reply_id=str(row[0]),
        direction=str(row[1]),
        body=str(row[2]),
        created_at=parse_time(row[3]),
        from_name=str(row[4]),
    )


def replies_for_received(conn: Connection, received_ids: Sequence[int]) -> dict[int, list[Reply]]:
    """My replies under each of ``received_ids``, oldest first."""
    if not received_ids:
        return {}
    marks = ", ".join("?" * len(received_ids))
    found: dict[int, list[Reply]] = {}
    for row in conn.execute(
        f"""SELECT received_id, reply_id, direction, body, created_at, from_name FROM replies
            WHERE received_id IN ({marks}) ORDER BY created_at, id""",
        list(received_ids),
    ):
        found.setdefault(int(row[0]), []).append(_reply(row[1:]))
    return found


def replies_to(conn: Connection, entry_id: int) -> list[Reply]:
    """Replies my partner sent about my entry ``entry_id``, oldest first."""
    rows = conn.execute(
        """SELECT reply_id, direction, body, created_at, from_name FROM replies
           WHERE entry_id = ? AND direction = 'received' ORDER BY created_at, id""",
        (entry_id,),
    ).fetchall()
    return [_reply(r) for r in rows]
