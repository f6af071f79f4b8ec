"""The database schema and its ordered migrations (``PRAGMA user_version``).

Each migration runs in its own transaction together with the version bump, so a
journal is always at exactly one version. Never edit a released migration: add one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trustjournal.errors import QT_TRANSLATE_NOOP, DatabaseDamaged
from trustjournal.sharing.identity import new_identity
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


def _v3_sharing(conn: Connection) -> None:
    _run_script(
        conn,
        """
        -- This journal's private keys (DESIGN §5): one row, only ever inside this file.
        CREATE TABLE sharing_identity (
            id     INTEGER PRIMARY KEY CHECK (id = 1),
            secret BLOB NOT NULL
        );

        -- The partner whose safety number was confirmed face to face.
        CREATE TABLE partner (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            name        TEXT NOT NULL,
            role        TEXT NOT NULL,
            card        TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            paired_at   TEXT NOT NULL
        );

        -- Every entry I shared. No foreign key on purpose: deleting an entry never
        -- erases the record that it was shared.
        CREATE TABLE share_ledger (
            id                 INTEGER PRIMARY KEY,
            bundle_id          TEXT NOT NULL,
            entry_id           INTEGER NOT NULL,
            entry_version      TEXT NOT NULL,
            title              TEXT NOT NULL,
            kind               TEXT NOT NULL,
            redacted           INTEGER NOT NULL CHECK (redacted IN (0, 1)),
            shared_at          TEXT NOT NULL,
            to_fingerprint     TEXT NOT NULL,
            to_name            TEXT NOT NULL,
            withdrawn_at       TEXT,
            withdraw_bundle_id TEXT
        );
        CREATE INDEX ledger_by_entry ON share_ledger (entry_id, withdrawn_at);
        CREATE INDEX ledger_by_time ON share_ledger (shared_at, id);

        -- What my partner shared with me, apart from my own entries. A newer share of
        -- the same entry replaces its text; a withdrawn one keeps its row, wiped.
        CREATE TABLE received_entries (
            id               INTEGER PRIMARY KEY,
            bundle_id        TEXT NOT NULL,
            from_fingerprint TEXT NOT NULL,
            from_name        TEXT NOT NULL,
            origin_entry_id  INTEGER NOT NULL,
            version          TEXT NOT NULL,
            kind             TEXT NOT NULL,
            title            TEXT NOT NULL,
            body             TEXT NOT NULL,
            entry_date       TEXT NOT NULL,
            mood             INTEGER CHECK (mood IS NULL OR mood BETWEEN 1 AND 5),
            redacted         INTEGER NOT NULL CHECK (redacted IN (0, 1)),
            shared_at        TEXT NOT NULL,
            received_at      TEXT NOT NULL,
            withdrawn_at     TEXT,
            UNIQUE (from_fingerprint, origin_entry_id)
        );
        CREATE INDEX received_by_time ON received_entries (shared_at, id);

        CREATE VIRTUAL TABLE received_fts USING fts5 (
            title, body,
            content = 'received_entries', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        -- A withdrawn entry's words leave the index itself, not just its results.
        INSERT INTO received_fts (received_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO received_fts (received_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

        CREATE TRIGGER received_fts_insert AFTER INSERT ON received_entries BEGIN
            INSERT INTO received_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER received_fts_delete AFTER DELETE ON received_entries BEGIN
            INSERT INTO received_fts (received_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER received_fts_update AFTER UPDATE OF title, body ON received_entries
        BEGIN
            INSERT INTO received_fts (received_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO received_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;

        -- Answers to shared entries: "sent" on the reader's side (under received_id),
        -- "received" on the author's side (under the author's entry_id).
        CREATE TABLE replies (
            id          INTEGER PRIMARY KEY,
            reply_id    TEXT NOT NULL UNIQUE,
            direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            entry_id    INTEGER NOT NULL,
            received_id INTEGER REFERENCES received_entries (id),
            from_name   TEXT NOT NULL,
            body        TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            bundle_id   TEXT NOT NULL
        );
        CREATE INDEX replies_by_entry ON replies (entry_id, created_at)
            WHERE direction = 'received';
        CREATE INDEX replies_by_received ON replies (received_id, created_at)
            WHERE received_id IS NOT NULL;

        -- Bundles already opened: opening one again changes nothing.
        CREATE TABLE seen_bundles (
            bundle_id TEXT PRIMARY KEY,
            type      TEXT NOT NULL,
            opened_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )
    # One place for new and existing journals alike: create runs the migrations too.
    conn.execute(
        "INSERT INTO sharing_identity (id, secret) VALUES (1, ?)", (new_identity().to_bytes(),)
    )


def _v4_month_figures(conn: Connection) -> None:
    # The monthly figures (timeline, promises, self-check) read only these columns;
    # with them in one index SQLite never reads an entry's text to count a month.
    conn.execute(
        "CREATE INDEX entries_month_figures ON entries "
        "(kind, entry_date, mood, due, outcome, repeat)"
    )


MIGRATIONS: Sequence[Migration] = (
    _v1_entries,
    _v2_promise_repeat,
    _v3_sharing,
    _v4_month_figures,
)
LATEST = len(MIGRATIONS)


def version(conn: Connection) -> int:
    """The schema version of an open database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring ``conn`` to :data:`LATEST`, one transaction per step. Returns the old version."""
    current = version(conn)
    if current > LATEST:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This journal was written by a newer version of Trust Journal. "
                "Please update the app to open it.",
            )
        )
    for number in range(current + 1, LATEST + 1):
        with transaction(conn):
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
    return current
