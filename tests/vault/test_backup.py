"""One-file backups and verified restores, with real journals and damaged backup files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import struct
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from trustjournal.domain import EntryDraft, Kind, Outcome, Role
from trustjournal.errors import (
    BackupInvalid,
    DatabaseDamaged,
    HeaderDamaged,
    JournalExists,
    JournalLocked,
    TrustJournalError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.vault import Journal, schema
from trustjournal.vault.backup import MAGIC, read_backup_header, restore_backup, write_backup
from trustjournal.vault.keyslots import _checksum

PASSPHRASE_A = "the garden gate is open"
PASSPHRASE_B = "lanterns along the pier"

# Words that appear only inside entries, to look for in the backup file.
SECRET_WORDS = [
    "Marzipan",
    "xylophone-evening",
    "Quetzalcoatl",
    "unforgivable",
    "tangerine",
    "Brisbane",
    "lighthouse",
    "zanzibar",
]


@dataclasses.dataclass
class Source:
    folder: Path
    code: str
    backup: Path


def make_source(root: Path, name: str, passphrase: str, role: Role) -> tuple[Journal, str]:
    return Journal.create(
        root / name, name="Alex", role=role, since=dt.date(2026, 1, 15), passphrase=passphrase
    )


@pytest.fixture(scope="module")
def journal_a(tmp_path_factory: pytest.TempPathFactory) -> Source:
    """Journal A with varied entries (one deleted), locked, and a backup of it."""
    root = tmp_path_factory.mktemp("backup-a")
    journal, code = make_source(root, "a", PASSPHRASE_A, Role.REPAIRING)
    try:
        journal.add_many(
            [
                EntryDraft(
                    kind=Kind.PROMISE,
                    title="Marzipan on Sundays",
                    body="I promised the xylophone-evening.\n\nAnd **more**.",
                    date=dt.date(2026, 2, 3),
                    mood=4,
                    emotions=("hopeful", "nervous"),
                    tags=("tangerine", "weekend"),
                    session=True,
                    due=dt.date(2026, 3, 1),
                    outcome=Outcome.KEPT,
                ),
                EntryDraft(
                    kind=Kind.ACCOUNTABILITY,
                    title="What I did in Brisbane",
                    body="Quetzalcoatl " * 200,
                    date=dt.date(2026, 2, 5),
                ),
                *[
                    EntryDraft(
                        kind=Kind.SMALL_ACTION,
                        title=f"Lighthouse walk {n}",
                        body="A long paragraph about the walk. " * 40,
                        date=dt.date(2026, 2, 10) + dt.timedelta(days=n),
                        tags=("walks",),
                    )
                    for n in range(12)
                ],
            ]
        )
        gone = journal.add(EntryDraft(kind=Kind.REFLECTION, title="zanzibar unforgivable"))
        journal.delete(gone.id)
        backup = root / "a.tjbackup"
        write_backup(journal, backup)
    finally:
        journal.lock()
    return Source(root / "a", code, backup)


@pytest.fixture(scope="module")
def journal_b(tmp_path_factory: pytest.TempPathFactory) -> Source:
    root = tmp_path_factory.mktemp("backup-b")
    journal, code = make_source(root, "b", PASSPHRASE_B, Role.HURT)
    try:
        journal.add(EntryDraft(kind=Kind.FEELING, title="Journal B's own entry"))
        write_backup(journal, root / "b.tjbackup")
    finally:
        journal.lock()
    return Source(root / "b", code, root / "b.tjbackup")


@dataclasses.dataclass
class Parts:
    header: dict[str, object]
    header_bytes: bytes
    database: bytes

    @property
    def offset(self) -> int:
        return len(MAGIC) + 4 + len(self.header_bytes)


def split(data: bytes) -> Parts:
    assert data.startswith(MAGIC)
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header_bytes = data[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    return Parts(json.loads(header_bytes), header_bytes, data[len(MAGIC) + 4 + length :])


def assemble(header: dict[str, object], database: bytes, *, fix_database: bool = True) -> bytes:
    header = dict(header)
    if fix_database:
        header["database_size"] = len(database)
        header["database_sha256"] = hashlib.sha256(database).hexdigest()
    encoded = json.dumps(header, sort_keys=True).encode()
    return MAGIC + struct.pack(">I", len(encoded)) + encoded + database


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def folder_state(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def all_entries(folder: Path, passphrase: str) -> list[object]:
    with Journal.unlock(folder, passphrase) as journal:
        return list(journal.iter_all(batch=5))


@pytest.fixture
def place(tmp_path: Path) -> Callable[[bytes], Path]:
    """Write a (damaged) backup into this test's own folder and return its path."""

    def put(data: bytes) -> Path:
        path = tmp_path / "incoming" / "backup.tjbackup"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        return path

    return put


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Path]:
    """Where a restore goes; afterwards, nothing but what the test expects is there."""
    parent = tmp_path / "restored-here"
    parent.mkdir()
    yield parent / "journal"


def assert_refused_cleanly(
    source: Path,
    target: Path,
    errors: type[TrustJournalError] | tuple[type[TrustJournalError], ...] = BackupInvalid,
    passphrase: str = PASSPHRASE_A,
    **kwargs: str,
) -> TrustJournalError:
    """Restoring ``source`` fails with ``errors``, leaving nothing at or beside ``target``."""
    before = listing(target.parent)
    with pytest.raises(TrustJournalError) as caught:
        restore_backup(source, target, passphrase, **kwargs)
    assert isinstance(caught.value, errors), repr(caught.value)
    assert not target.exists()
    assert listing(target.parent) == before
    message = caught.value.message
    assert message
    for python_text in ("Traceback", "Error:", "Errno", "sqlcipher", "JSONDecode", "Expecting"):
        assert python_text not in message
    return caught.value


# -- the round trip ------------------------------------------------------------------------


def test_restore_gives_the_same_journal(journal_a: Source, target: Path) -> None:
    restore_backup(journal_a.backup, target, PASSPHRASE_A)
    assert listing(target) >= {"journal.db", "vault.json"}
    assert all_entries(target, PASSPHRASE_A) == all_entries(journal_a.folder, PASSPHRASE_A)
    assert len(all_entries(target, PASSPHRASE_A)) == 14
    with (
        Journal.unlock(target, PASSPHRASE_A) as restored,
        Journal.unlock(journal_a.folder, PASSPHRASE_A) as original,
    ):
        assert restored.info == original.info
        assert restored.header.to_bytes() == original.header.to_bytes()
        assert restored.check() == []
        assert restored.tags() == original.tags()
        assert restored.emotions() == original.emotions()
        for query in ("marzipan", "quetzalcoatl", "lighthouse walk", "zanzibar"):
            assert [h.entry.id for h in restored.search(query)] == [
                h.entry.id for h in original.search(query)
            ]
        assert len(restored.search("lighthouse")) == 12
        conn, _, _ = restored.connection_for_backup()
        assert schema.version(conn) == schema.LATEST
        # The restored journal is a working journal, not a read-only copy.
        restored.add(EntryDraft(kind=Kind.REFLECTION, title="After the restore"))
    with Journal.unlock_with_recovery_code(target, journal_a.code) as restored:
        assert restored.count() == 15


def test_restore_with_the_recovery_code(journal_a: Source, target: Path) -> None:
    restore_backup(journal_a.backup, target, recovery_code=journal_a.code.lower())
    assert all_entries(target, PASSPHRASE_A) == all_entries(journal_a.folder, PASSPHRASE_A)


def test_restore_into_an_existing_empty_folder(journal_a: Source, target: Path) -> None:
    target.mkdir()
    restore_backup(journal_a.backup, target, PASSPHRASE_A)
    assert len(all_entries(target, PASSPHRASE_A)) == 14


def test_backup_of_a_backup(journal_a: Source, tmp_path: Path) -> None:
    first = tmp_path / "first"
    restore_backup(journal_a.backup, first, PASSPHRASE_A)
    with Journal.unlock(first, PASSPHRASE_A) as journal:
        size = write_backup(journal, tmp_path / "second.tjbackup")
    assert size == (tmp_path / "second.tjbackup").stat().st_size
    restore_backup(tmp_path / "second.tjbackup", tmp_path / "second", PASSPHRASE_A)
    assert all_entries(tmp_path / "second", PASSPHRASE_A) == all_entries(
        journal_a.folder, PASSPHRASE_A
    )


def test_write_backup_leaves_only_the_backup(journal_a: Source, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with Journal.unlock(journal_a.folder, PASSPHRASE_A) as journal:
        size = write_backup(journal, out / "one.tjbackup")
        assert listing(out) == {"one.tjbackup"}
        assert (out / "one.tjbackup").stat().st_size == size
        # Writing again over the same name replaces it whole.
        again = write_backup(journal, out / "one.tjbackup")
        assert listing(out) == {"one.tjbackup"}
        assert (out / "one.tjbackup").stat().st_size == again
        # The journal is still usable while and after it is backed up.
        assert journal.count() == 14
        assert journal.check() == []
    header, offset = read_backup_header(out / "one.tjbackup")
    assert header["format"] == 1
    assert offset + header["database_size"] == again  # type: ignore[operator]


def test_backup_contains_no_plaintext(journal_a: Source) -> None:
    data = journal_a.backup.read_bytes()
    assert data.startswith(MAGIC)
    lowered = data.lower()
    for word in [*SECRET_WORDS, "walks", "hopeful", "nervous", "weekend", "accountability"]:
        for encoding in ("utf-8", "utf-16-le"):
            assert word.lower().encode(encoding) not in lowered, word
    assert PASSPHRASE_A.encode() not in data
    assert journal_a.code.encode() not in data
    assert journal_a.code.replace("-", "").encode() not in data
    with Journal.unlock(journal_a.folder, PASSPHRASE_A) as journal:
        key = journal.connection_for_backup()[1]
    assert key not in data
    assert key.hex().encode() not in lowered
    # The database part is SQLCipher, not a plain SQLite file.
    assert b"SQLite format 3" not in data


def test_backup_onto_a_folder_is_refused(journal_a: Source, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with Journal.unlock(journal_a.folder, PASSPHRASE_A) as journal:
        with pytest.raises(TrustJournalError) as caught:
            write_backup(journal, folder)
        assert "folder" in caught.value.message
        assert str(folder) in caught.value.message
        assert journal.count() == 14
    assert listing(folder) == {"keep.txt"}
    assert listing(tmp_path) == {"a-folder"}


def test_backup_into_a_missing_folder_is_refused(journal_a: Source, tmp_path: Path) -> None:
    with Journal.unlock(journal_a.folder, PASSPHRASE_A) as journal:
        with pytest.raises(TrustJournalError):
            write_backup(journal, tmp_path / "no" / "such" / "place.tjbackup")
        assert journal.check() == []
    assert listing(tmp_path) == set()


def test_backup_of_a_locked_journal_is_refused(journal_a: Source, tmp_path: Path) -> None:
    journal = Journal.unlock(journal_a.folder, PASSPHRASE_A)
    journal.lock()
    with pytest.raises(JournalLocked):
        write_backup(journal, tmp_path / "x.tjbackup")
    assert listing(tmp_path) == set()


# -- where a restore goes ------------------------------------------------------------------


def test_restore_never_overwrites(journal_a: Source, journal_b: Source, tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    shutil.copytree(journal_b.folder, existing)
    before = folder_state(existing)
    for passphrase in (PASSPHRASE_A, PASSPHRASE_B):
        with pytest.raises(JournalExists) as caught:
            restore_backup(journal_a.backup, existing, passphrase)
        assert "nothing was overwritten" in caught.value.message
    assert folder_state(existing) == before
    assert all_entries(existing, PASSPHRASE_B)[0].title == "Journal B's own entry"  # type: ignore[attr-defined]

    other = tmp_path / "notes"
    other.mkdir()
    (other / "shopping.txt").write_text("milk")
    with pytest.raises(JournalExists):
        restore_backup(journal_a.backup, other, PASSPHRASE_A)
    assert folder_state(other) == {"shopping.txt": hashlib.sha256(b"milk").hexdigest()}

    a_file = tmp_path / "a-file"
    a_file.write_text("text")
    with pytest.raises(JournalExists):
        restore_backup(journal_a.backup, a_file, PASSPHRASE_A)
    assert a_file.read_text() == "text"
    assert listing(tmp_path) == {"existing", "notes", "a-file"}


def test_restore_with_a_wrong_passphrase_leaves_nothing(journal_a: Source, target: Path) -> None:
    for wrong in (PASSPHRASE_B, "", PASSPHRASE_A.upper()):
        error = assert_refused_cleanly(journal_a.backup, target, WrongPassphrase, wrong)
        assert error.message == WrongPassphrase.default_message
    assert_refused_cleanly(journal_a.backup, target, WrongPassphrase, None)  # type: ignore[arg-type]


def test_restore_with_a_wrong_recovery_code_leaves_nothing(
    journal_a: Source, journal_b: Source, target: Path
) -> None:
    assert_refused_cleanly(
        journal_a.backup, target, WrongRecoveryCode, recovery_code=journal_b.code
    )
    typo = ("1" if journal_a.code[0] != "1" else "2") + journal_a.code[1:]
    assert_refused_cleanly(journal_a.backup, target, WrongRecoveryCode, recovery_code=typo)


# -- damaged backups -----------------------------------------------------------------------


def test_missing_empty_and_foreign_files(journal_a: Source, tmp_path: Path, target: Path) -> None:
    error = assert_refused_cleanly(tmp_path / "nowhere.tjbackup", target)
    assert "no backup file" in error.message
    (tmp_path / "empty").write_bytes(b"")
    assert_refused_cleanly(tmp_path / "empty", target)
    (tmp_path / "folder").mkdir()
    assert_refused_cleanly(tmp_path / "folder", target)
    (tmp_path / "text").write_text("Dear diary,\n" * 100)
    error = assert_refused_cleanly(tmp_path / "text", target)
    assert "not a Trust Journal backup" in error.message
    # A bare journal database is not a backup either.
    assert_refused_cleanly(journal_a.folder / "journal.db", target)
    assert_refused_cleanly(journal_a.folder / "vault.json", target)


def test_wrong_magic(journal_a: Source, place: Callable[[bytes], Path], target: Path) -> None:
    data = journal_a.backup.read_bytes()
    for bad in (b"X" + data[1:], b"trustjournal-backup\n" + data[len(MAGIC) :], data[1:]):
        error = assert_refused_cleanly(place(bad), target)
        assert "not a Trust Journal backup" in error.message


def test_truncated_backups(journal_a: Source, place: Callable[[bytes], Path], target: Path) -> None:
    data = journal_a.backup.read_bytes()
    parts = split(data)
    cuts = [
        1,
        len(MAGIC) - 1,
        len(MAGIC),
        len(MAGIC) + 2,
        len(MAGIC) + 4,
        len(MAGIC) + 4 + len(parts.header_bytes) // 2,
        parts.offset - 1,
        parts.offset,
        parts.offset + 1,
        parts.offset + 4096,
        parts.offset + len(parts.database) // 2,
        len(data) - 4096,
        len(data) - 1,
    ]
    assert len(set(cuts)) == len(cuts)
    for cut in cuts:
        assert_refused_cleanly(place(data[:cut]), target)


def test_every_byte_of_the_header_is_checked(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    data = journal_a.backup.read_bytes()
    parts = split(data)
    before = listing(target.parent)
    for position in range(parts.offset):
        for mask in (0x01, 0x20):
            damaged = bytearray(data)
            damaged[position] ^= mask
            source = place(bytes(damaged))
            with pytest.raises(BackupInvalid):
                restore_backup(source, target, PASSPHRASE_A)
            assert not target.exists(), position
    assert listing(target.parent) == before


def test_flipped_bytes_in_the_database_part(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    data = journal_a.backup.read_bytes()
    parts = split(data)
    size = len(parts.database)
    for position in (0, 20, 100, 4096 + 7, size // 2, size - 1):
        damaged = bytearray(data)
        damaged[parts.offset + position] ^= 0x04
        error = assert_refused_cleanly(place(bytes(damaged)), target)
        assert "checksum" in error.message


@pytest.mark.parametrize("page", [0, 1, 5, -1])
def test_damaged_database_with_a_matching_checksum_is_refused(
    journal_a: Source, place: Callable[[bytes], Path], target: Path, page: int
) -> None:
    # Someone (or something) recomputed the checksum: the restore must still check the
    # database itself before it becomes a journal, and say that the *backup* is damaged
    # (DatabaseDamaged would tell someone who is restoring a backup to restore a backup).
    parts = split(journal_a.backup.read_bytes())
    database = bytearray(parts.database)
    pages = len(database) // 4096
    start = (page % pages) * 4096
    database[start + 2000] ^= 0x10
    error = assert_refused_cleanly(
        place(assemble(parts.header, bytes(database))), target, (BackupInvalid, DatabaseDamaged)
    )
    assert isinstance(error, BackupInvalid), error.message


def test_extra_bytes_at_the_end(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    data = journal_a.backup.read_bytes()
    for extra in (b"\0", b"x" * 4096, data):
        error = assert_refused_cleanly(place(data + extra), target)
        assert "extra data" in error.message


def test_embedded_key_file_edited(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    parts = split(journal_a.backup.read_bytes())
    vault = parts.header["vault"]
    assert isinstance(vault, dict)

    def edited(change: Callable[[dict[str, object]], None], *, fix_checksum: bool) -> bytes:
        copy = json.loads(json.dumps(vault))
        change(copy)
        if fix_checksum:
            copy.pop("checksum")
            copy["checksum"] = _checksum(copy)
        return assemble({**parts.header, "vault": copy}, parts.database)

    def salt(document: dict[str, object]) -> None:
        slot = document["slots"][0]  # type: ignore[index]
        slot["salt"] = ("B" if slot["salt"][0] != "B" else "C") + slot["salt"][1:]

    def memory(document: dict[str, object]) -> None:
        document["slots"][0]["kdf"]["memory_kib"] = 2 * 1024 * 1024  # type: ignore[index]

    def drop_slots(document: dict[str, object]) -> None:
        document["slots"] = []

    def newer(document: dict[str, object]) -> None:
        document["format"] = 2

    # A changed character without a matching checksum: the key file inside is damaged.
    for change in (salt, memory, drop_slots):
        error = assert_refused_cleanly(place(edited(change, fix_checksum=False)), target)
        assert "key file inside this backup" in error.message
    # Limits and structure are checked whatever the checksum says.
    for change in (memory, drop_slots, newer):
        assert_refused_cleanly(place(edited(change, fix_checksum=True)), target)
    # A well-formed slot that no longer unwraps looks exactly like a wrong passphrase.
    assert_refused_cleanly(
        place(edited(salt, fix_checksum=True)), target, (WrongPassphrase, HeaderDamaged)
    )
    # And with the vault missing or not an object.
    for value in (None, "vault", [], {}):
        assert_refused_cleanly(
            place(assemble({**parts.header, "vault": value}, parts.database)), target
        )


@pytest.mark.parametrize(
    "change",
    [
        {"format": 2},
        {"format": "1"},
        {"format": None},
        {"journal_id": "0" * 32},
        {"journal_id": None},
        {"database_size": 0},
        {"database_size": -1},
        {"database_size": "49152"},
        {"database_size": 1.5},
        {"database_size": True},
        {"database_sha256": "0" * 64},
        {"database_sha256": None},
    ],
    ids=repr,
)
def test_backup_header_fields_are_checked(
    journal_a: Source, place: Callable[[bytes], Path], target: Path, change: dict[str, object]
) -> None:
    parts = split(journal_a.backup.read_bytes())
    data = assemble({**parts.header, **change}, parts.database, fix_database=False)
    assert_refused_cleanly(place(data), target)


def test_wrong_database_size(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    parts = split(journal_a.backup.read_bytes())
    for size in (len(parts.database) - 1, len(parts.database) + 1, 2**40):
        header = {**parts.header, "database_size": size}
        assert_refused_cleanly(place(assemble(header, parts.database, fix_database=False)), target)


def test_header_length_and_shape(
    journal_a: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    parts = split(journal_a.backup.read_bytes())
    for header_bytes in (b"[]", b"null", b"{", b'"text"', b"\xff\xfe", b"", b"[" * 100_000):
        data = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + parts.database
        assert_refused_cleanly(place(data), target)
    for length in (0xFFFFFFFF, 10**6):
        data = MAGIC + struct.pack(">I", length) + parts.header_bytes + parts.database
        assert_refused_cleanly(place(data), target)


def test_spliced_backup_is_refused(
    journal_a: Source, journal_b: Source, place: Callable[[bytes], Path], target: Path
) -> None:
    a = split(journal_a.backup.read_bytes())
    b = split(journal_b.backup.read_bytes())
    # A's key file and id with B's database; size and checksum made to match.
    spliced = place(assemble(a.header, b.database))
    # B's passphrase does not open A's key file at all.
    assert_refused_cleanly(spliced, target, WrongPassphrase, PASSPHRASE_B)
    # A's passphrase opens the key file, but the database is not A's: the backup is bad.
    for secret in ({"passphrase": PASSPHRASE_A}, {"recovery_code": journal_a.code}):
        error = assert_refused_cleanly(spliced, target, (BackupInvalid, DatabaseDamaged), **secret)
        assert isinstance(error, BackupInvalid), error.message
    # B's key file with A's id outside: the two ids disagree.
    mixed = {**b.header, "journal_id": a.header["journal_id"]}
    assert_refused_cleanly(place(assemble(mixed, b.database)), target, BackupInvalid, PASSPHRASE_B)
    # The genuine backup still restores.
    restore_backup(journal_b.backup, target, PASSPHRASE_B)
    assert len(all_entries(target, PASSPHRASE_B)) == 1
