"""The day of the last counselling session, remembered inside the encrypted journal.

It is kept in the journal's own ``meta`` table (never in the app's settings file), so
even the rhythm of someone's counselling stays private.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.vault import Journal
from trustjournal.vault.database import Connection

KEY = "summary.last_session"


def _read(conn: Connection) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    return None if row is None else str(row[0])


def last_session_day(journal: Journal) -> dt.date | None:
    """The remembered day of the last session, or ``None`` if none was remembered."""
    value = journal.read(_read)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # an unreadable value is forgotten rather than shown as an error
        return None


def remember_session_day(journal: Journal, day: dt.date) -> None:
    """Remember ``day`` as the last session (the next summary starts from it)."""
    with journal.write() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (KEY, day.isoformat()),
        )
