"""How healthy an open journal database is, by its own checks."""

from __future__ import annotations

from trustjournal.vault.database import Connection, DatabaseError


def integrity_problems(conn: Connection) -> list[str]:
    """Every problem the database's own checks find; an empty list means healthy.

    Runs SQLCipher's page check, SQLite's integrity and foreign-key checks, and the
    search index's own check. Call it with the journal's mutex held.
    """
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        problems += [str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"entry {r[1]} refers to a missing row in {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except DatabaseError:
        # A page that fails its HMAC stops SQLite's own check; report, don't crash.
        if not problems:
            problems.append("the database could not be read to the end")
        return problems
    indexes = (
        ("entries_fts", "the search index does not match the entries"),
        ("received_fts", "the search index of shared entries does not match them"),
    )
    for index, problem in indexes:
        try:
            conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        except DatabaseError:
            problems.append(problem)
    return problems
