"""The private self-check, kept inside the encrypted journal (its ``meta`` table).

Ticked signs and the dates on which a gentle note was dismissed are the partner's own
business: they live in the encrypted database, never in the settings file.
"""

from __future__ import annotations

from trustjournal.vault.database import Connection

META_PREFIX = "self_check."
DISMISSED_PREFIX = META_PREFIX + "dismissed."


def read_self_check(conn: Connection) -> dict[str, str]:
    """Every ``self_check.*`` value in the journal's ``meta`` table, by key."""
    rows = conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?",
        (len(META_PREFIX), META_PREFIX),
    ).fetchall()
    return {str(key): str(value) for key, value in rows}


def write_self_check(conn: Connection, key: str, value: str | None) -> None:
    """Set (or, with ``None``, remove) one ``self_check.*`` value in ``meta``."""
    if not key.startswith(META_PREFIX):
        raise ValueError("self-check keys start with 'self_check.'")
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
