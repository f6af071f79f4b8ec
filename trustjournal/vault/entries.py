"""Entries in the database: write, read, list with filters and paging, search.

Functions here take an open connection; :class:`trustjournal.vault.journal.Journal`
owns the connection and the transactions around them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence

from trustjournal.domain.entry import (
    Entry,
    EntryDraft,
    EntryFilter,
    Kind,
    Outcome,
    Repeat,
    format_timestamp,
    parse_timestamp,
)
from trustjournal.errors import QT_TRANSLATE_NOOP, EntryNotFound
from trustjournal.vault.database import Connection

# Snippet highlight markers. validate() strips control characters from every entry,
# so these two can never come from a partner's own words.
MARK_START = "\x02"
MARK_END = "\x03"

_COLUMNS = """
    e.id, e.kind, e.title, e.body, e.entry_date, e.created_at, e.updated_at, e.mood,
    e.session, e.due, e.outcome, e.repeat,
    (SELECT json_group_array(tag) FROM
        (SELECT tag FROM entry_tags WHERE entry_id = e.id ORDER BY tag)),
    (SELECT json_group_array(emotion) FROM
        (SELECT emotion FROM entry_emotions WHERE entry_id = e.id ORDER BY emotion))
"""


def _row_to_entry(row: Sequence[object]) -> Entry:
    (
        id_,
        kind,
        title,
        body,
        date,
        created,
        updated,
        mood,
        session,
        due,
        outcome,
        repeat,
        tags,
        emotions,
    ) = row
    return Entry(
        id=int(id_),  # type: ignore[call-overload]
        kind=Kind(str(kind)),
        title=str(title),
        body=str(body),
        date=dt.date.fromisoformat(str(date)),
        created_at=parse_timestamp(str(created)),
        updated_at=parse_timestamp(str(updated)),
        mood=None if mood is None else int(mood),  # type: ignore[call-overload]
        emotions=tuple(json.loads(str(emotions))),
        tags=tuple(json.loads(str(tags))),
        session=bool(session),
        due=None if due is None else dt.date.fromisoformat(str(due)),
        outcome=None if outcome is None else Outcome(str(outcome)),
        repeat=None if repeat is None else Repeat(str(repeat)),
    )


def _now() -> str:
    return format_timestamp(dt.datetime.now(dt.UTC))


def _write_labels(conn: Connection, entry_id: int, draft: EntryDraft) -> None:
    conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM entry_emotions WHERE entry_id = ?", (entry_id,))
    conn.executemany(
        "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)", [(entry_id, t) for t in draft.tags]
    )
    conn.executemany(
        "INSERT INTO entry_emotions (entry_id, emotion) VALUES (?, ?)",
        [(entry_id, e) for e in draft.emotions],
    )


def insert(conn: Connection, draft: EntryDraft, *, created_at: str | None = None) -> int:
    """Insert a validated draft; returns the new id. The caller holds the transaction."""
    now = created_at or _now()
    cursor = conn.execute(
        """INSERT INTO entries (kind, title, body, entry_date, created_at, updated_at, mood,
                                session, due, outcome, repeat)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            draft.kind.value,
            draft.title,
            draft.body,
            draft.date.isoformat(),
            now,
            now,
            draft.mood,
            int(draft.session),
            draft.due.isoformat() if draft.due else None,
            draft.outcome.value if draft.outcome else None,
            draft.repeat.value if draft.repeat else None,
        ),
    )
    entry_id = int(cursor.lastrowid)
    _write_labels(conn, entry_id, draft)
    return entry_id


def update(conn: Connection, entry_id: int, draft: EntryDraft) -> None:
    """Replace every editable field of an entry. The caller holds the transaction."""
    cursor = conn.execute(
        """UPDATE entries SET kind = ?, title = ?, body = ?, entry_date = ?, updated_at = ?,
                              mood = ?, session = ?, due = ?, outcome = ?, repeat = ?
           WHERE id = ?""",
        (
            draft.kind.value,
            draft.title,
            draft.body,
            draft.date.isoformat(),
            _now(),
            draft.mood,
            int(draft.session),
            draft.due.isoformat() if draft.due else None,
            draft.outcome.value if draft.outcome else None,
            draft.repeat.value if draft.repeat else None,
            entry_id,
        ),
    )
    if cursor.rowcount == 0:
        raise EntryNotFound()
    _write_labels(conn, entry_id, draft)


def delete(conn: Connection, entry_id: int) -> None:
    """Delete an entry, its labels and (through the trigger) its search tokens."""
    if conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount == 0:
        raise EntryNotFound()


def get(conn: Connection, entry_id: int) -> Entry:
    row = conn.execute(f"SELECT {_COLUMNS} FROM entries e WHERE e.id = ?", (entry_id,)).fetchone()
    if row is None:
        raise EntryNotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no entry number %1 in this journal."), entry_id
        )
    return _row_to_entry(row)


def _where(filters: EntryFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if filters.kinds is not None:
        if not filters.kinds:
            return "WHERE 0", []
        clauses.append(f"e.kind IN ({', '.join('?' * len(filters.kinds))})")
        params.extend(k.value for k in filters.kinds)
    if filters.tag is not None:
        # "+" keeps the planner from driving the query by the tag's row ids (a random
        # read of every tagged row, then sorting them all, bodies included): it walks
        # the date index newest first instead and stops at the end of the page.
        clauses.append("+e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)")
        params.append(filters.tag.lstrip("#").strip())
    if filters.since is not None:
        clauses.append("e.entry_date >= ?")
        params.append(filters.since.isoformat())
    if filters.until is not None:
        clauses.append("e.entry_date <= ?")
        params.append(filters.until.isoformat())
    if filters.session is not None:
        clauses.append("e.session = ?")
        params.append(int(filters.session))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_entries(
    conn: Connection, filters: EntryFilter, *, limit: int, offset: int = 0
) -> list[Entry]:
    """One page of entries, newest first, filtered and paged by the database."""
    where, params = _where(filters)
    rows = conn.execute(
        f"""SELECT {_COLUMNS} FROM entries e {where}
            ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?""",
        (*params, max(0, limit), max(0, offset)),
    ).fetchall()
    return [_row_to_entry(r) for r in rows]


def after_id(conn: Connection, after: int, limit: int) -> list[Entry]:
    """Up to ``limit`` entries with ids above ``after``, in id order."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM entries e WHERE e.id > ? ORDER BY e.id LIMIT ?", (after, limit)
    ).fetchall()
    return [_row_to_entry(r) for r in rows]


def count(conn: Connection, filters: EntryFilter) -> int:
    where, params = _where(filters)
    return int(conn.execute(f"SELECT count(*) FROM entries e {where}", params).fetchone()[0])


def labels(conn: Connection, table: str) -> list[tuple[str, int]]:
    """Every tag (or emotion) in use with how many entries carry it, most used first."""
    column = {"entry_tags": "tag", "entry_emotions": "emotion"}[table]
    return [
        (str(name), int(n))
        for name, n in conn.execute(
            f"SELECT {column}, count(*) AS n FROM {table} GROUP BY {column} "
            f"ORDER BY n DESC, {column}"
        )
    ]


@dataclasses.dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: the entry, and a snippet with matches between the two markers."""

    entry: Entry
    snippet: str

    def snippet_spans(self) -> tuple[str, list[tuple[int, int]]]:
        """The snippet's plain text and the (start, end) spans to highlight."""
        text: list[str] = []
        spans: list[tuple[int, int]] = []
        position = 0
        start = 0
        for part in re.split(f"([{MARK_START}{MARK_END}])", self.snippet):
            if part == MARK_START:
                start = position
            elif part == MARK_END:
                spans.append((start, position))
            else:
                text.append(part)
                position += len(part)
        return "".join(text), spans


# Words, including combining accents (which \w alone would split a word at).
_TOKEN = re.compile(r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+\*?")


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from what a person typed: every word must appear.

    Each word is quoted, so FTS5 operators and punctuation in the input are plain text;
    a trailing ``*`` keeps its meaning as a prefix search. ``None`` if nothing is left.
    """
    terms = []
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        prefix = token.endswith("*")
        word = token.rstrip("*")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    return " AND ".join(terms) if terms else None


def search(
    conn: Connection,
    text: str,
    filters: EntryFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Entries matching every word of ``text`` (and ``filters``), best match first."""
    query = fts_query(text)
    if query is None:
        return []
    # Rank first, on row ids only; snippets and full rows are built for one page alone.
    where, params = _where(filters or EntryFilter())
    # Filters test membership in a set of ids built from the covering indexes, never by
    # reading each matching entry's row.
    within = f"AND +rowid IN (SELECT e.id FROM entries e {where})" if where else ""
    sql = (
        f"SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? {within} "
        "ORDER BY rank, rowid DESC LIMIT ? OFFSET ?"
    )
    args = (query, *params, max(0, limit), max(0, offset))
    ranked = [int(r[0]) for r in conn.execute(sql, args)]
    if not ranked:
        return []
    marks = ", ".join("?" * len(ranked))
    snippets = dict(
        conn.execute(
            f"""SELECT rowid, snippet(entries_fts, -1, ?, ?, '…', 16) FROM entries_fts
                WHERE entries_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})""",
            (MARK_START, MARK_END, query, min(ranked), max(ranked), *ranked),
        ).fetchall()
    )
    rows = {
        int(r[0]): r
        for r in conn.execute(f"SELECT {_COLUMNS} FROM entries e WHERE e.id IN ({marks})", ranked)
    }
    return [
        SearchHit(_row_to_entry(rows[i]), str(snippets.get(i, ""))) for i in ranked if i in rows
    ]
