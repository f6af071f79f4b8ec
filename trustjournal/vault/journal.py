"""A journal folder: create, unlock, lock, and every use of the open database.

``Journal`` is the vault's one public object. It holds the master key only while
unlocked, holds the folder lock while open, and wraps every write in a transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from trustjournal.domain.entry import (
    Entry,
    EntryDraft,
    EntryFilter,
    Role,
    kinds_for,
    validate,
)
from trustjournal.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseDamaged,
    InvalidInput,
    JournalLocked,
    JournalMissing,
    NotAJournal,
    TrustJournalError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.vault import entries, schema
from trustjournal.vault.creation import create_journal
from trustjournal.vault.database import (
    DATABASE_NAME,
    Connection,
    FolderLock,
    connect,
    transaction,
    translated,
)
from trustjournal.vault.entries import SearchHit
from trustjournal.vault.health import integrity_problems
from trustjournal.vault.keyslots import (
    HEADER_NAME,
    KdfParams,
    VaultHeader,
    kdf_from_environment,
    open_slot,
    passphrase_secret,
    read_header,
    seal_slot,
    write_header,
)
from trustjournal.vault.recovery import new_recovery_code, parse_recovery_code

T = TypeVar("T")
# A whole sentence for each role, so each can be translated as a whole.
_NOT_A_KIND_FOR = {
    Role.HURT: QT_TRANSLATE_NOOP(
        "Errors",
        "This journal keeps the entries of the partner who was hurt; “%1” is not one of them. "
        "Choose one of: %2.",
    ),
    Role.REPAIRING: QT_TRANSLATE_NOOP(
        "Errors",
        "This journal keeps the entries of the partner who is repairing trust; “%1” is not "
        "one of them. Choose one of: %2.",
    ),
}
MIN_PASSPHRASE = 8


@dataclasses.dataclass(frozen=True, slots=True)
class JournalInfo:
    """Who the journal belongs to. Kept inside the encrypted database."""

    journal_id: str
    name: str
    role: Role
    since: dt.date


def is_journal(folder: Path) -> bool:
    """Whether ``folder`` looks like a journal (without opening anything)."""
    return (folder / HEADER_NAME).is_file() or (folder / DATABASE_NAME).is_file()


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases that are too short to protect a journal."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Please choose a passphrase of at least %1 characters; "
                "a few unrelated words work well.",
            ),
            MIN_PASSPHRASE,
        )


def _require_journal_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise NotAJournal(QT_TRANSLATE_NOOP("Errors", "There is no journal folder at %1."), folder)
    if not is_journal(folder):
        raise NotAJournal(QT_TRANSLATE_NOOP("Errors", "%1 is not a Trust Journal journal."), folder)


class Journal:
    """An unlocked journal. Create one with :meth:`create`, :meth:`unlock` or
    :meth:`unlock_with_recovery_code`; call :meth:`lock` when done (or use ``with``)."""

    def __init__(
        self, folder: Path, header: VaultHeader, master_key: bytearray, lock: FolderLock
    ) -> None:
        self.folder = folder
        self._header = header
        self._key: bytearray | None = master_key
        self._folder_lock = lock
        self._mutex = threading.RLock()
        self._conn: Connection | None = None
        try:
            self._conn = connect(folder / DATABASE_NAME, bytes(master_key))
            self._identity = _file_identity(folder / DATABASE_NAME)
            schema.migrate(self._conn)
            self.info = self._read_info()
        except BaseException:
            self.lock()
            raise

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        name: str,
        role: Role,
        since: dt.date,
        passphrase: str,
        kdf: KdfParams | None = None,
    ) -> tuple[Journal, str]:
        """Create a journal in ``folder`` (new or empty). Returns it and the recovery code.

        The recovery code is shown to the user once and never stored in readable form.
        """
        check_new_passphrase(passphrase)
        name = " ".join(name.split())
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Please give the journal a name."))
        try:
            role = Role(role)
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The role is “hurt” or “repairing”.")
            ) from None
        return create_journal(
            Path(folder),
            name=name,
            role=role,
            since=since,
            passphrase=passphrase,
            kdf=kdf or kdf_from_environment(),
            open_journal=cls,
        )

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Journal:
        """Open with the passphrase. A wrong one raises :class:`WrongPassphrase` and
        leaves every file exactly as it was."""
        return cls._open(Path(folder), "passphrase", passphrase_secret(passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, folder: Path, code: str) -> Journal:
        """Open with the recovery code (e.g. to set a new passphrase)."""
        return cls._open(Path(folder), "recovery", parse_recovery_code(code))

    @classmethod
    def _open(cls, folder: Path, kind: str, secret: bytes) -> Journal:
        _require_journal_folder(folder)
        header = read_header(folder)
        key = open_slot(header, "passphrase" if kind == "passphrase" else "recovery", secret)
        if key is None:
            raise WrongPassphrase() if kind == "passphrase" else WrongRecoveryCode()
        lock = FolderLock(folder)
        try:
            lock.acquire()
        except BaseException:
            _forget(key)
            raise
        return cls(folder, header, key, lock)

    def lock(self) -> None:
        """Close every handle and forget the key. Safe to call more than once."""
        with self._mutex:
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None
            if self._key is not None:
                _forget(self._key)
                self._key = None
            self._folder_lock.release()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- keys -------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-seal the passphrase slot; the recovery code keeps working."""
        check_new_passphrase(new_passphrase)
        with self._mutex:
            key = self._require_key()
            slot = seal_slot(
                self._header.journal_id,
                "passphrase",
                passphrase_secret(new_passphrase),
                key,
                kdf_from_environment(),
            )
            header = self._header.with_slot(slot)
            write_header(self.folder, header)
            self._header = header

    def new_recovery_code(self) -> str:
        """Replace the recovery code (the old one stops working). Returns the new code."""
        with self._mutex:
            key = self._require_key()
            code, secret = new_recovery_code()
            slot = seal_slot(
                self._header.journal_id, "recovery", secret, key, kdf_from_environment()
            )
            header = self._header.with_slot(slot)
            write_header(self.folder, header)
            self._header = header
            return code

    @property
    def header(self) -> VaultHeader:
        return self._header

    # -- entries ----------------------------------------------------------------------------

    def _validate(self, draft: EntryDraft) -> EntryDraft:
        clean = validate(draft)
        if clean.kind not in kinds_for(self.info.role):
            raise InvalidInput(
                _NOT_A_KIND_FOR[self.info.role],
                clean.kind.value,
                ", ".join(k.value for k in kinds_for(self.info.role)),
            )
        return clean

    def add(self, draft: EntryDraft) -> Entry:
        """Save a new entry (fully, or not at all) and return it."""
        clean = self._validate(draft)
        with self.write() as conn:
            entry_id = entries.insert(conn, clean)
        return self.get(entry_id)

    def add_many(self, drafts: Sequence[EntryDraft]) -> list[int]:
        """Save many entries in one transaction: all of them, or none."""
        clean = [self._validate(d) for d in drafts]
        with self.write() as conn:
            return [entries.insert(conn, d) for d in clean]

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        clean = self._validate(draft)
        with self.write() as conn:
            entries.update(conn, entry_id, clean)
        # Words edited away must not linger in old WAL frames either.
        self.checkpoint()
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        """Delete an entry so that its words are gone from the file, not just hidden."""
        with self.write() as conn:
            entries.delete(conn, entry_id)
        self.checkpoint()

    def get(self, entry_id: int) -> Entry:
        return self.read(lambda c: entries.get(c, entry_id))

    def entries(
        self, filters: EntryFilter | None = None, *, limit: int = 100, offset: int = 0
    ) -> list[Entry]:
        """A page of entries, newest first."""
        return self.read(
            lambda c: entries.list_entries(c, filters or EntryFilter(), limit=limit, offset=offset)
        )

    def count(self, filters: EntryFilter | None = None) -> int:
        return self.read(lambda c: entries.count(c, filters or EntryFilter()))

    def search(
        self,
        text: str,
        filters: EntryFilter | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Entries matching every word of ``text`` and ``filters``, best first, with snippets."""
        return self.read(lambda c: entries.search(c, text, filters, limit=limit, offset=offset))

    def tags(self) -> list[tuple[str, int]]:
        return self.read(lambda c: entries.labels(c, "entry_tags"))

    def emotions(self) -> list[tuple[str, int]]:
        return self.read(lambda c: entries.labels(c, "entry_emotions"))

    def iter_all(self, batch: int = 500) -> Iterator[Entry]:
        """Every entry in the order it was written, fetched a batch at a time (for export)."""
        after = 0
        while True:
            page = self.read(partial(entries.after_id, after=after, limit=batch))
            if not page:
                return
            yield from page
            after = page[-1].id

    # -- health -----------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Every problem the database's own checks find; an empty list means healthy."""
        return self.read(integrity_problems)

    # -- internals --------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so old page versions are gone."""
        # Copy the WAL (which still holds the old pages) into the main file, where
        # secure_delete has zeroed them, and truncate it to nothing.
        self.read(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())

    def _require_key(self) -> bytearray:
        if self._key is None:
            raise JournalLocked()
        return self._key

    def read(self, work: Callable[[Connection], T]) -> T:
        """Run ``work(connection)`` under the journal's lock, for the vault's repositories."""
        with self._mutex:
            if self._conn is None:
                raise JournalLocked()
            with translated():
                return work(self._conn)

    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One all-or-nothing transaction on the open database, for the vault's repositories."""
        with self._mutex:
            if self._conn is None:
                raise JournalLocked()
            self._require_folder()
            with transaction(self._conn):
                yield self._conn

    def _require_folder(self) -> None:
        """Refuse to write into a journal whose folder has gone (a removed disk, a move).

        SQLite would happily keep writing into the open, now unlinked file, and the
        words would vanish with the last handle; better to say so while they are still
        in the editor.
        """
        if _file_identity(self.folder / DATABASE_NAME) != self._identity:
            raise JournalMissing()

    def _read_info(self) -> JournalInfo:
        assert self._conn is not None
        with translated():
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        try:
            info = JournalInfo(
                journal_id=meta["journal_id"],
                name=meta["name"],
                role=Role(meta["role"]),
                since=dt.date.fromisoformat(meta["since"]),
            )
        except (KeyError, ValueError):
            raise DatabaseDamaged() from None
        if info.journal_id != self._header.journal_id:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database in this folder belongs to a different journal than its key "
                    "file. Restore both from the same backup.",
                )
            )
        return info

    def connection_for_backup(self) -> tuple[Connection, bytes, threading.RLock]:
        """The open connection, the key and the mutex, for :mod:`trustjournal.vault.backup`."""
        if self._conn is None or self._key is None:
            raise JournalLocked()
        return self._conn, bytes(self._key), self._mutex


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _forget(key: bytearray) -> None:
    # Best effort: Python may hold other copies, but this one at least is wiped.
    for i in range(len(key)):
        key[i] = 0


__all__ = ["Journal", "JournalInfo", "TrustJournalError", "check_new_passphrase", "is_journal"]
