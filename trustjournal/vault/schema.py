"""The database schema and its ordered migrations (``PRAGMA user_version``).

Each migration runs in its own transaction together with the version bump, so a
journal is always at exactly one version. Never edit a released migration: add one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trustjournal.errors import DatabaseDamaged
from trustjournal.vault.database import Connection, complete_statement, transaction

Migration = Callable[[Connection], None]


def _run_script(conn: Connection, script: str) -> None:
    # executescript() would COMMIT the migration's transaction first; run each
    # statement ourselves instead, splitting where SQLite says a statement is complete.
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in migration")


def _v1_entries(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE entries (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL,
            title       TEXT NOT NULL,
            body        TEXT NOT NULL DEFAULT '',
            entry_date  TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            mood        INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
            session     INTEGER NOT NULL DEFAULT 0 CHECK (session IN (0, 1)),
            due         TEXT,
            outcome     TEXT
        );
        CREATE INDEX entries_by_date ON entries (entry_date, id);
        CREATE INDEX entries_by_kind ON entries (kind, entry_date, id);
        CREATE INDEX entries_for_session ON entries (entry_date, id) WHERE session = 1;

        CREATE TABLE entry_tags (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            tag      TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX tags_by_name ON entry_tags (tag, entry_id);

        CREATE TABLE entry_emotions (
            entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
            emotion  TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (entry_id, emotion)
        ) WITHOUT ROWID;

        -- The search index reads its text from `entries`; the triggers keep it in step
        -- inside the same transaction as every write.
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
            title, body,
            content = 'entries', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        -- Deleting from the index removes the tokens themselves, not just marks them.
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);
        -- A word in the title counts four times as much as one in the body.
        INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body ON entries BEGIN
            INSERT INTO entries_fts (entries_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        """,
    )


def _v2_promise_repeat(conn: Connection) -> None:
    # A promise may come round again every day or every week.
    conn.execute(
        "ALTER TABLE entries ADD COLUMN repeat TEXT "
        "CHECK (repeat IS NULL OR repeat IN ('daily', 'weekly'))"
    )


MIGRATIONS: Sequence[Migration] = (_v1_entries, _v2_promise_repeat)
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    """The schema version of an open database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring ``conn`` to :data:`LATEST`, one transaction per step. Returns the old version."""
    current = version(conn)
    if current > LATEST:
        raise DatabaseDamaged(
            "This journal was written by a newer version of Trust Journal. "
            "Please update the app to open it."
        )
    for number in range(current + 1, LATEST + 1):
        with transaction(conn):
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return current
