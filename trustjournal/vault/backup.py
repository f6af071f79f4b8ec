"""One-file backups and verified restores.

A backup file is ``MAGIC``, a length-prefixed JSON header (format, journal id, the
key file ``vault.json`` itself, the database's size and SHA-256), then a copy of the
database made by ``sqlcipher_export`` under the same master key. It holds no
plaintext and no secret: it opens with the same passphrase or recovery code as the
journal it came from. Nothing is trusted until it has been unlocked and checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import struct
from pathlib import Path
from typing import BinaryIO

from trustjournal.errors import (
    QT_TRANSLATE_NOOP,
    BackupInvalid,
    DatabaseDamaged,
    JournalExists,
    StorageFull,
    TrustJournalError,
)
from trustjournal.vault.database import DATABASE_NAME, connect, translated
from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import (
    HEADER_NAME,
    MAX_HEADER_BYTES,
    parse_header,
    write_atomically,
)

MAGIC = b"TRUSTJOURNAL-BACKUP\n"
FORMAT_VERSION = 1
_LENGTH = struct.Struct(">I")
_CHUNK = 1 << 20


def _temp_sibling(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")


def write_backup(journal: Journal, target: Path) -> int:
    """Write a verified backup of ``journal`` to ``target``; returns its size in bytes.

    The copy is exported to a temporary name, checked with ``cipher_integrity_check``,
    and only then renamed into place, so ``target`` is never a half-written backup.
    """
    target = Path(target)
    if target.is_dir():
        raise TrustJournalError(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder; please give a file name for the backup."),
            target,
        )
    conn, key, mutex = journal.connection_for_backup()
    export = _temp_sibling(target, ".db")
    try:
        with mutex, translated():
            conn.execute("ATTACH DATABASE ? AS backup KEY \"x'" + key.hex() + "'\"", (str(export),))
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA backup.user_version = {int(version)}")
            finally:
                conn.execute("DETACH DATABASE backup")
        _verify_database(export, key)
        db_bytes = export.read_bytes()
        header = {
            "format": FORMAT_VERSION,
            "journal_id": journal.header.journal_id,
            "vault": json.loads(journal.header.to_bytes()),
            "database_size": len(db_bytes),
            "database_sha256": hashlib.sha256(db_bytes).hexdigest(),
        }
        encoded = json.dumps(header, sort_keys=True).encode()
        write_atomically(target, MAGIC + _LENGTH.pack(len(encoded)) + encoded + db_bytes)
        return len(MAGIC) + _LENGTH.size + len(encoded) + len(db_bytes)
    except OSError:
        raise StorageFull(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to %1."), target
        ) from None
    finally:
        for leftover in (export, Path(f"{export}-wal"), Path(f"{export}-shm")):
            leftover.unlink(missing_ok=True)


def _verify_database(path: Path, key: bytes) -> None:
    conn = connect(path, key)
    try:
        with translated():
            problems = list(conn.execute("PRAGMA cipher_integrity_check"))
            status = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if problems or status != "ok":
            raise BackupInvalid(
                QT_TRANSLATE_NOOP("Errors", "The backup copy failed its check, so it was not kept.")
            )
    finally:
        conn.close()


def _read_exactly(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP("Errors", "This backup file is incomplete. Nothing was restored.")
        )
    return data


def read_backup_header(source: Path) -> tuple[dict[str, object], int]:
    """The backup's header and the offset of its database, after checking both."""
    try:
        with Path(source).open("rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupInvalid(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This file is not a Trust Journal backup. Nothing was restored."
                    )
                )
            (length,) = _LENGTH.unpack(_read_exactly(handle, _LENGTH.size))
            if length > 2 * MAX_HEADER_BYTES:
                raise BackupInvalid()
            try:
                header = json.loads(_read_exactly(handle, length))
            except (ValueError, RecursionError):
                raise BackupInvalid() from None
    except FileNotFoundError:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP("Errors", "There is no backup file at %1."), source
        ) from None
    except OSError:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP("Errors", "The backup file %1 cannot be read."), source
        ) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "This backup was made by a newer or unknown version of Trust Journal."
            )
        )
    return header, len(MAGIC) + _LENGTH.size + length


def restore_backup(
    source: Path, folder: Path, passphrase: str | None = None, *, recovery_code: str | None = None
) -> None:
    """Restore ``source`` into a new ``folder``, which then opens like the original.

    Everything is written under a temporary name, unlocked with the given secret and
    checked; only a backup that passes becomes ``folder``. An existing journal is
    never overwritten.
    """
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise JournalExists(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 already exists and is not empty. Restore into a new folder; "
                "nothing was overwritten.",
            ),
            folder,
        )
    header, offset = read_backup_header(source)
    try:
        vault = parse_header(json.dumps(header.get("vault")).encode())
    except TrustJournalError:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "The key file inside this backup is damaged. Nothing was restored."
            )
        ) from None
    size, digest = header.get("database_size"), header.get("database_sha256")
    if header.get("journal_id") != vault.journal_id or type(size) is not int or size <= 0:
        raise BackupInvalid()
    staging = _temp_sibling(folder, ".restoring")
    try:
        staging.mkdir(parents=True, mode=0o700)
        hasher = hashlib.sha256()
        with Path(source).open("rb") as src, (staging / DATABASE_NAME).open("wb") as dst:
            src.seek(offset)
            remaining = size
            while remaining:
                chunk = src.read(min(_CHUNK, remaining))
                if not chunk:
                    raise BackupInvalid(
                        QT_TRANSLATE_NOOP(
                            "Errors", "This backup file is incomplete. Nothing was restored."
                        )
                    )
                hasher.update(chunk)
                dst.write(chunk)
                remaining -= len(chunk)
            if src.read(1):
                raise BackupInvalid(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This backup file has extra data at its end. Nothing was restored.",
                    )
                )
            dst.flush()
            os.fsync(dst.fileno())
        if hasher.hexdigest() != digest:
            raise BackupInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This backup file is damaged (its checksum does not match). "
                    "Nothing was restored.",
                )
            )
        write_atomically(staging / HEADER_NAME, vault.to_bytes())
        _unlock_and_check(staging, passphrase, recovery_code)
        staging.rename(folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageFull(
            QT_TRANSLATE_NOOP("Errors", "The journal could not be written to %1."), folder
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_parent(folder)


def _unlock_and_check(staging: Path, passphrase: str | None, recovery_code: str | None) -> None:
    try:
        journal = (
            Journal.unlock_with_recovery_code(staging, recovery_code)
            if recovery_code is not None
            else Journal.unlock(staging, passphrase or "")
        )
        try:
            problems = journal.check()
        finally:
            journal.lock()
    except DatabaseDamaged as error:
        if "newer version" in str(error):  # English, whatever the app's language
            raise
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal inside this backup is damaged or does not match its key file. "
                "Nothing was restored.",
            )
        ) from None
    if problems:
        raise BackupInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "This backup failed its integrity check. Nothing was restored."
            )
        )


def _fsync_parent(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
