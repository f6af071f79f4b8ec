"""Making a new journal's files: the key file with its two slots, and the database.

:meth:`trustjournal.vault.journal.Journal.create` checks what it is given and calls
:func:`create_journal`. A failure part-way removes what was written, and never anything
that was in the folder before.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from trustjournal.domain.entry import Role
from trustjournal.errors import QT_TRANSLATE_NOOP, JournalExists, StorageFull
from trustjournal.vault import schema
from trustjournal.vault.database import DATABASE_NAME, FolderLock, connect, transaction
from trustjournal.vault.keyslots import (
    HEADER_NAME,
    MASTER_KEY_BYTES,
    KdfParams,
    VaultHeader,
    passphrase_secret,
    seal_slot,
    write_header,
)
from trustjournal.vault.recovery import new_recovery_code

J = TypeVar("J")
#: Opens the finished journal: its folder, header, master key and the held folder lock.
Opener = Callable[[Path, VaultHeader, bytearray, FolderLock], J]


def create_journal(
    folder: Path,
    *,
    name: str,
    role: Role,
    since: dt.date,
    passphrase: str,
    kdf: KdfParams,
    open_journal: Opener[J],
) -> tuple[J, str]:
    """Write a journal into ``folder`` (new or empty) and open it with ``open_journal``.

    ``name``, ``role`` and ``passphrase`` must already be checked. Returns the open
    journal and the recovery code.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise JournalExists(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 already exists and is not empty. Choose a new or empty folder."
            ),
            folder,
        )
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        raise StorageFull(
            QT_TRANSLATE_NOOP("Errors", "The folder %1 cannot be created."), folder
        ) from None
    lock = FolderLock(folder)
    try:
        lock.acquire()
        journal_id = secrets.token_hex(16)
        master_key = bytearray(secrets.token_bytes(MASTER_KEY_BYTES))
        code, recovery_secret = new_recovery_code()
        header = VaultHeader(
            journal_id=journal_id,
            slots=(
                seal_slot(journal_id, "passphrase", passphrase_secret(passphrase), master_key, kdf),
                seal_slot(journal_id, "recovery", recovery_secret, master_key, kdf),
            ),
        )
        conn = connect(folder / DATABASE_NAME, bytes(master_key), create=True)
        try:
            schema.migrate(conn)
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("journal_id", journal_id),
                        ("name", name),
                        ("role", role.value),
                        ("since", since.isoformat()),
                    ],
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        # The header comes last: a folder without it was never a finished journal.
        write_header(folder, header)
        journal = open_journal(folder, header, master_key, lock)
    except BaseException:
        lock.release()
        _remove_partial(folder, made_folder)
        raise
    return journal, code


def _remove_partial(folder: Path, made_folder: bool) -> None:
    """Undo a failed create: remove what it wrote, never anything that was there before."""
    with contextlib.suppress(OSError):
        if made_folder:
            shutil.rmtree(folder)
        else:
            for name in (
                DATABASE_NAME,
                f"{DATABASE_NAME}-wal",
                f"{DATABASE_NAME}-shm",
                HEADER_NAME,
                ".lock",
            ):
                (folder / name).unlink(missing_ok=True)
