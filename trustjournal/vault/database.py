"""The SQLCipher connection: opened with a raw key, checked at every open.

This is the only module (with its siblings in ``vault/``) that imports sqlcipher3.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from trustjournal.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseDamaged,
    JournalInUse,
    StorageFull,
    TrustJournalError,
    WeakDatabaseSettings,
)

DATABASE_NAME = "journal.db"
LOCK_NAME = ".lock"
PAGE_SIZE = 4096

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
complete_statement = sqlcipher3.complete_statement

# What every open must read back. A connection that reports anything weaker is closed.
_REQUIRED_CIPHER = {
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_page_size": str(PAGE_SIZE),
}


def _pragma(conn: Connection, name: str) -> str:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0])


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise WeakDatabaseSettings(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The encryption library does not provide the protection this journal needs "
                "(%1), so the journal was not opened.",
            ),
            what,
        )


def connect(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open ``path`` with the raw 256-bit ``key`` and enforce our settings.

    Raises :class:`DatabaseDamaged` if the file is not ours, damaged, or encrypted under
    another key, and :class:`WeakDatabaseSettings` if SQLCipher is not what we need.
    """
    if not create and not path.is_file():
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's database (journal.db) is missing. Restore it from a backup.",
            )
        )
    if not create and path.stat().st_size == 0:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors", "The journal's database (journal.db) is empty. Restore it from a backup."
            )
        )
    wal = Path(f"{path}-wal")
    # A partial last page with a WAL beside it is a checkpoint that ran out of disk
    # space: the WAL still holds every committed page, and a checkpoint below mends it.
    partial = not create and path.stat().st_size % PAGE_SIZE != 0
    if partial and not (wal.is_file() and wal.stat().st_size > 0):
        raise _incomplete()
    if create and not path.exists():
        # SQLite gives the -wal and -shm files the main file's mode: owner only, all three.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=2.0
        )
    except sqlcipher3.Error:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "The journal's database cannot be opened.")
        ) from None
    try:
        # Without this, SQLCipher writes HMAC failures to stderr itself.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        version = _pragma(conn, "cipher_version")
        _check(version.startswith("4."), f"SQLCipher 4 is required, found “{version}”")
        for name, expected in _REQUIRED_CIPHER.items():
            _check(_pragma(conn, name) == expected, name)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except sqlcipher3.DatabaseError:
            raise DatabaseDamaged() from None
        conn.execute("PRAGMA temp_store = MEMORY")
        _check(_pragma(conn, "temp_store") == "2", "temp_store")
        conn.execute("PRAGMA secure_delete = ON")
        _check(_pragma(conn, "secure_delete") == "1", "secure_delete")
        conn.execute("PRAGMA foreign_keys = ON")
        _check(_pragma(conn, "foreign_keys") == "1", "foreign_keys")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        _check(str(mode).lower() == "wal", "write-ahead log")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA trusted_schema = OFF")
        if partial:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or path.stat().st_size % PAGE_SIZE:
                raise _incomplete()
    except TrustJournalError:
        conn.close()
        raise
    except sqlcipher3.Error as error:
        conn.close()
        raise translate(error) from None
    return conn


def _incomplete() -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The journal's database (journal.db) is incomplete — it may have been cut short "
            "while copying. Restore it from a backup.",
        )
    )


def translate(error: BaseException) -> TrustJournalError:
    """Turn a database exception into the error a user should read."""
    text = str(error).lower()
    if any(s in text for s in ("full", "disk i/o", "readonly", "read-only", "unable to open")):
        return StorageFull()
    if isinstance(error, sqlcipher3.OperationalError) and "locked" in text:
        return JournalInUse()
    return DatabaseDamaged()


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Run a block, turning database exceptions into :class:`TrustJournalError`."""
    try:
        yield
    except sqlcipher3.Error as error:
        raise translate(error) from None


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``; any failure rolls everything back."""
    with translated():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlcipher3.Error:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise


class FolderLock:
    """An exclusive advisory lock on a journal folder, held while it is unlocked.

    A second process — or a second window in this one — gets :class:`JournalInUse`.
    The lock file is empty; it holds no journal data.
    """

    def __init__(self, folder: Path) -> None:
        self._path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            raise StorageFull(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The journal folder cannot be written. Check that the disk is connected "
                    "and that you may write to the folder.",
                )
            ) from None
        try:
            _lock_file(fd)
        except OSError:
            os.close(fd)
            raise JournalInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock_file(self._fd)
            os.close(self._fd)
            self._fd = None


if os.name == "posix":
    import fcntl

    def _lock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock_file(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
