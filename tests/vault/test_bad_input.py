"""Damaged, missing, foreign and busy journal folders: every failure is a plain sentence.

Each test works on a fresh copy of one journal made for the module, so damage never
spreads between tests and the suite creates (derives keys for) few journals.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from trustjournal.domain import EntryDraft, EntryFilter, Kind, Role
from trustjournal.errors import (
    DatabaseDamaged,
    HeaderDamaged,
    JournalExists,
    JournalInUse,
    NotAJournal,
    TrustJournalError,
    WrongPassphrase,
)
from trustjournal.vault import Journal, is_journal
from trustjournal.vault.database import PAGE_SIZE
from trustjournal.vault.keyslots import MAX_HEADER_BYTES
from trustjournal.vault.recovery import new_recovery_code

PASSPHRASE = "seven bridges of the river"
OTHER_PASSPHRASE = "the other journal's words"
ENTRIES = 40

# Text that only an exception from Python or SQLite would put in a message.
PYTHON_TEXT = (
    "Traceback",
    "Error:",
    "Errno",
    "sqlcipher",
    "sqlite",
    "malformed",
    "file is not a database",
    "JSONDecode",
    "Expecting value",
    "KeyError",
    "ValueError",
    "object has no attribute",
    "<class",
)


def assert_plain(error: BaseException) -> None:
    """A TrustJournalError whose message is one plain sentence, not Python's words."""
    assert isinstance(error, TrustJournalError), repr(error)
    message = error.message
    assert message.strip()
    assert "\n" not in message
    for text in PYTHON_TEXT:
        assert text.lower() not in message.lower(), message
    assert error.__cause__ is None


def raises_plain(
    errors: type[TrustJournalError] | tuple[type[TrustJournalError], ...],
    attempt: Callable[[], object],
) -> TrustJournalError:
    with pytest.raises(TrustJournalError) as caught:
        attempt()
    assert isinstance(caught.value, errors), repr(caught.value)
    assert_plain(caught.value)
    return caught.value


def folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def create(folder: Path, passphrase: str) -> Journal:
    journal, _ = Journal.create(
        folder, name="Alex", role=Role.HURT, since=dt.date(2026, 1, 15), passphrase=passphrase
    )
    return journal


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two locked journals: A with enough entries to fill many pages, and B."""
    root = tmp_path_factory.mktemp("templates")
    a = create(root / "a", PASSPHRASE)
    try:
        a.add_many(
            [
                EntryDraft(
                    kind=Kind.FEELING,
                    title=f"Entry {n}",
                    body=f"Paragraph {n}. " * 150,
                    date=dt.date(2026, 2, 1) + dt.timedelta(days=n),
                    tags=(f"tag{n % 4}",),
                    emotions=("sad",) if n % 2 else (),
                )
                for n in range(ENTRIES)
            ]
        )
    finally:
        a.lock()
    b = create(root / "b", OTHER_PASSPHRASE)
    b.add(EntryDraft(kind=Kind.NEED, title="B's entry"))
    b.lock()
    return root / "a", root / "b"


@pytest.fixture
def folder(templates: tuple[Path, Path], tmp_path: Path) -> Path:
    """A fresh copy of journal A."""
    copy = tmp_path / "journal"
    shutil.copytree(templates[0], copy)
    return copy


@pytest.fixture
def other(templates: tuple[Path, Path], tmp_path: Path) -> Path:
    """A fresh copy of journal B."""
    copy = tmp_path / "other"
    shutil.copytree(templates[1], copy)
    return copy


def unlock(folder: Path) -> Journal:
    return Journal.unlock(folder, PASSPHRASE)


def use_everything(folder: Path) -> list[TrustJournalError]:
    """Unlock and read every entry every way, collecting the errors (all must be plain).

    Returns the errors met; an empty list means everything read without complaint.
    """
    errors: list[TrustJournalError] = []

    def attempt(work: Callable[[], object]) -> None:
        try:
            work()
        except TrustJournalError as error:
            assert_plain(error)
            errors.append(error)

    try:
        journal = unlock(folder)
    except TrustJournalError as error:
        assert_plain(error)
        return [error]
    try:
        attempt(lambda: journal.entries(limit=1000))
        attempt(lambda: list(journal.iter_all(batch=7)))
        attempt(lambda: [journal.get(i) for i in range(1, ENTRIES + 1)])
        attempt(lambda: journal.count(EntryFilter(tag="tag1")))
        attempt(lambda: journal.search("paragraph"))
        attempt(lambda: journal.tags())
        attempt(lambda: journal.emotions())

        def check() -> None:
            problems = journal.check()
            assert all(isinstance(p, str) for p in problems)
            if problems:
                errors.append(DatabaseDamaged("check: " + "; ".join(problems)))

        attempt(check)
    finally:
        journal.lock()
    return errors


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def no_lock_held(folder: Path) -> None:
    """The folder can be unlocked (and so no lock was left held by a failure)."""
    with unlock(folder) as journal:
        assert journal.is_open


# -- not a journal -------------------------------------------------------------------------


def test_an_empty_folder_is_not_a_journal(tmp_path: Path) -> None:
    error = raises_plain(NotAJournal, lambda: Journal.unlock(tmp_path, PASSPHRASE))
    assert "not a Trust Journal journal" in error.message
    assert not is_journal(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_of_other_things_is_not_a_journal(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "journal").mkdir()
    raises_plain(NotAJournal, lambda: Journal.unlock(tmp_path, PASSPHRASE))
    code, _ = new_recovery_code()
    raises_plain(NotAJournal, lambda: Journal.unlock_with_recovery_code(tmp_path, code))
    assert {p.name for p in tmp_path.iterdir()} == {"notes.txt", "journal"}


def test_a_file_is_not_a_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("not a folder")
    error = raises_plain(NotAJournal, lambda: Journal.unlock(path, PASSPHRASE))
    assert str(path) in error.message
    assert path.read_text() == "not a folder"


def test_a_missing_path_is_not_a_journal(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "journal"
    error = raises_plain(NotAJournal, lambda: Journal.unlock(missing, PASSPHRASE))
    assert "There is no journal folder" in error.message
    assert not missing.parent.exists()


def test_create_into_a_non_empty_folder(folder: Path, tmp_path: Path) -> None:
    before = folder_state(folder)
    error = raises_plain(JournalExists, lambda: create(folder, "another long passphrase"))
    assert "not empty" in error.message
    assert folder_state(folder) == before
    no_lock_held(folder)

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("buy milk")
    raises_plain(JournalExists, lambda: create(notes, "another long passphrase"))
    assert folder_state(notes) == {"todo.txt": hashlib.sha256(b"buy milk").hexdigest()}

    a_file = tmp_path / "file"
    a_file.write_bytes(b"data")
    raises_plain(JournalExists, lambda: create(a_file, "another long passphrase"))
    assert a_file.read_bytes() == b"data"


# -- the key file --------------------------------------------------------------------------


def test_missing_key_file(folder: Path) -> None:
    (folder / "vault.json").unlink()
    before = folder_state(folder)
    error = raises_plain(HeaderDamaged, lambda: unlock(folder))
    assert "vault.json" in error.message
    assert "missing" in error.message
    assert folder_state(folder) == before


@pytest.mark.parametrize("where", ["salt", "wrapped", "nonce", "journal_id", "checksum", "magic"])
def test_key_file_with_one_character_changed(folder: Path, where: str) -> None:
    path = folder / "vault.json"
    text = path.read_text()
    start = text.index(f'"{where}": "') + len(f'"{where}": "') + 3
    replacement = "A" if text[start] != "A" else "B"
    path.write_text(text[:start] + replacement + text[start + 1 :])
    before = folder_state(folder)
    error = raises_plain(HeaderDamaged, lambda: unlock(folder))
    assert "changed or damaged" in error.message
    assert "vault.json" in error.message
    assert folder_state(folder) == before


def test_key_file_with_whitespace_reformatted_still_opens(folder: Path) -> None:
    path = folder / "vault.json"
    path.write_text(json.dumps(json.loads(path.read_text())))
    no_lock_held(folder)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b"{",
        b"[]",
        b"null",
        b'"trustjournal-vault"',
        b"\xff\xfe\x00\x00",
        b"[" * 50_000,
        b"{}",
        b'{"magic": "something-else", "format": 1}',
        b'{"magic": "trustjournal-vault", "format": "1"}',
        b'{"magic": "trustjournal-vault", "format": 0}',
        b'{"magic": "trustjournal-vault", "format": 1}',
    ],
    ids=lambda c: repr(c[:24]),
)
def test_key_file_that_is_not_a_key_file(folder: Path, content: bytes) -> None:
    (folder / "vault.json").write_bytes(content)
    before = folder_state(folder)
    raises_plain(HeaderDamaged, lambda: unlock(folder))
    assert folder_state(folder) == before


def test_huge_key_file(folder: Path) -> None:
    path = folder / "vault.json"
    document = json.loads(path.read_text())
    document["padding"] = "x" * (MAX_HEADER_BYTES + 10)
    path.write_text(json.dumps(document))
    error = raises_plain(HeaderDamaged, lambda: unlock(folder))
    assert "too large" in error.message
    (folder / "vault.json").write_bytes(b" " * (50 * 1024 * 1024))
    raises_plain(HeaderDamaged, lambda: unlock(folder))


@pytest.mark.parametrize("version", [2, 99])
def test_key_file_from_a_newer_version(folder: Path, version: int) -> None:
    path = folder / "vault.json"
    document = json.loads(path.read_text())
    document["format"] = version
    document["new_feature"] = {"anything": True}
    path.write_text(json.dumps(document))
    error = raises_plain(HeaderDamaged, lambda: unlock(folder))
    assert "newer version" in error.message


def test_key_file_that_is_a_folder(folder: Path) -> None:
    (folder / "vault.json").unlink()
    (folder / "vault.json").mkdir()
    raises_plain(HeaderDamaged, lambda: unlock(folder))


# -- the database --------------------------------------------------------------------------


def test_missing_database(folder: Path) -> None:
    (folder / "journal.db").unlink()
    error = raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert "journal.db" in error.message
    assert "missing" in error.message
    assert not (folder / "journal.db").exists()


@pytest.mark.parametrize("cut", [1, 100, PAGE_SIZE - 1, PAGE_SIZE + 1, -1, -PAGE_SIZE - 5])
def test_database_cut_short_mid_page(folder: Path, cut: int) -> None:
    path = folder / "journal.db"
    data = path.read_bytes()
    path.write_bytes(data[:cut])
    before = folder_state(folder)
    error = raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert "incomplete" in error.message
    assert folder_state(folder) == before


@pytest.mark.parametrize("pages", [1, 2, 5, "half", "all but one"])
def test_database_cut_at_a_page_boundary(folder: Path, pages: int | str) -> None:
    path = folder / "journal.db"
    data = path.read_bytes()
    total = len(data) // PAGE_SIZE
    keep = {"half": total // 2, "all but one": total - 1}.get(pages, pages)  # type: ignore[call-overload]
    assert 0 < keep < total
    path.write_bytes(data[: keep * PAGE_SIZE])
    errors = use_everything(folder)
    assert errors, "the damage went unnoticed"
    assert all(isinstance(e, DatabaseDamaged) for e in errors), errors


def test_empty_database_file_is_refused_and_left_alone(folder: Path) -> None:
    (folder / "journal.db").write_bytes(b"")
    raises_plain(DatabaseDamaged, lambda: unlock(folder))
    # Opening a damaged journal must not write into it (here: a whole new, empty schema).
    assert (folder / "journal.db").stat().st_size == 0


@pytest.mark.parametrize("offset", [0, 15, 16, 100, 2000, PAGE_SIZE - 1])
def test_bit_flipped_in_page_one(folder: Path, offset: int) -> None:
    flip(folder / "journal.db", offset)
    before = folder_state(folder)
    raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert folder_state(folder) == before
    assert not (folder / "journal.db-wal").exists()


@pytest.mark.parametrize("page", [1, 2, 4, "middle", "last"])
def test_bit_flipped_in_a_later_page(folder: Path, page: int | str) -> None:
    path = folder / "journal.db"
    total = path.stat().st_size // PAGE_SIZE
    number = {"middle": total // 2, "last": total - 1}.get(page, page)  # type: ignore[call-overload]
    assert 0 < number < total
    flip(path, number * PAGE_SIZE + 1234, 0x80)
    errors = use_everything(folder)
    assert errors, "the damage went unnoticed"
    assert all(isinstance(e, DatabaseDamaged) for e in errors), errors


def test_check_reports_damage_or_refuses(folder: Path) -> None:
    path = folder / "journal.db"
    total = path.stat().st_size // PAGE_SIZE
    flip(path, (total - 1) * PAGE_SIZE + 500)
    journal = unlock(folder)
    try:
        try:
            problems = journal.check()
        except TrustJournalError as error:
            assert isinstance(error, DatabaseDamaged)
            assert_plain(error)
        else:
            assert problems
            assert all(isinstance(p, str) and p for p in problems)
    finally:
        journal.lock()


def test_database_replaced_by_a_plain_sqlite_file(folder: Path) -> None:
    path = folder / "journal.db"
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT)")
    plain.execute("INSERT INTO entries (title) VALUES ('plain text')")
    plain.commit()
    plain.close()
    assert path.stat().st_size % PAGE_SIZE == 0
    before = folder_state(folder)
    raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert folder_state(folder) == before


@pytest.mark.parametrize("size", [PAGE_SIZE, 3 * PAGE_SIZE, 1000])
def test_database_replaced_by_random_bytes(folder: Path, size: int) -> None:
    (folder / "journal.db").write_bytes(secrets.token_bytes(size))
    before = folder_state(folder)
    raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert folder_state(folder) == before


def test_database_that_is_a_folder(folder: Path) -> None:
    (folder / "journal.db").unlink()
    (folder / "journal.db").mkdir()
    raises_plain(DatabaseDamaged, lambda: unlock(folder))


def test_database_from_another_journal(folder: Path, other: Path) -> None:
    shutil.copy2(other / "journal.db", folder / "journal.db")
    before = folder_state(folder)
    error = raises_plain(DatabaseDamaged, lambda: unlock(folder))
    assert "belong" in error.message
    assert "journal" in error.message
    assert folder_state(folder) == before
    # The other journal's own key file does open it.
    shutil.copy2(other / "vault.json", folder / "vault.json")
    with Journal.unlock(folder, OTHER_PASSPHRASE) as journal:
        assert [e.title for e in journal.entries()] == ["B's entry"]


def test_key_file_from_another_journal(folder: Path, other: Path) -> None:
    shutil.copy2(other / "vault.json", folder / "vault.json")
    before = folder_state(folder)
    raises_plain(WrongPassphrase, lambda: unlock(folder))
    error = raises_plain(DatabaseDamaged, lambda: Journal.unlock(folder, OTHER_PASSPHRASE))
    assert "belong" in error.message
    assert folder_state(folder) == before


def test_failures_leave_no_lock_held(folder: Path) -> None:
    db = folder / "journal.db"
    good = db.read_bytes()
    flip(db, 100)
    raises_plain(DatabaseDamaged, lambda: unlock(folder))
    db.write_bytes(good)
    no_lock_held(folder)


# -- a journal in use ----------------------------------------------------------------------

SECOND_PROCESS = textwrap.dedent(
    """
    import sys
    from trustjournal.errors import TrustJournalError
    from trustjournal.vault import Journal
    try:
        journal = Journal.unlock(sys.argv[1], sys.argv[2])
    except TrustJournalError as error:
        print(type(error).__name__)
        print(error)
    else:
        print("OPENED")
        print(len(journal.entries(limit=1000)))
        journal.lock()
    """
)


def unlock_in_another_process(folder: Path) -> list[str]:
    env = {**os.environ, "TRUSTJOURNAL_KDF": "floor"}
    result = subprocess.run(
        [sys.executable, "-c", SECOND_PROCESS, str(folder), PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout.splitlines()


def test_second_unlock_in_this_process(folder: Path) -> None:
    first = unlock(folder)
    try:
        error = raises_plain(JournalInUse, lambda: unlock(folder))
        assert "already open" in error.message
        raises_plain(JournalInUse, lambda: unlock(folder))
        # The first one is unharmed.
        assert first.count() == ENTRIES
    finally:
        first.lock()
    with unlock(folder) as again:
        assert again.count() == ENTRIES


def test_second_unlock_from_another_process(folder: Path) -> None:
    first = unlock(folder)
    try:
        name, message = unlock_in_another_process(folder)
        assert name == "JournalInUse"
        assert message == JournalInUse.default_message
        assert first.count() == ENTRIES
    finally:
        first.lock()
    assert unlock_in_another_process(folder) == ["OPENED", str(ENTRIES)]
    # And this process can open it again after the other one let go.
    with unlock(folder) as again:
        assert again.count() == ENTRIES


def test_wrong_passphrase_while_open_elsewhere(folder: Path) -> None:
    first = unlock(folder)
    try:
        raises_plain(WrongPassphrase, lambda: Journal.unlock(folder, "not the passphrase"))
        assert first.count() == ENTRIES
    finally:
        first.lock()


def test_lock_then_unlock_again_many_times(folder: Path) -> None:
    for _ in range(3):
        journal = unlock(folder)
        journal.add(EntryDraft(kind=Kind.NEED, title="Once more"))
        journal.lock()
        journal.lock()
    with unlock(folder) as journal:
        assert journal.count() == ENTRIES + 3
        assert journal.check() == []


def test_a_folder_that_disappears_while_open_refuses_writes(make_journal, tmp_path) -> None:
    """Writes into a vanished folder would be lost with the last handle: refuse them."""
    import shutil

    from trustjournal.domain import EntryDraft, Kind
    from trustjournal.errors import JournalMissing

    journal, _ = make_journal("going")
    journal.add(EntryDraft(kind=Kind.FEELING, title="before"))
    moved = tmp_path / "moved-away"
    shutil.move(str(journal.folder), str(moved))
    with pytest.raises(JournalMissing) as raised:
        journal.add(EntryDraft(kind=Kind.FEELING, title="after"))
    assert "still here" in raised.value.message
    shutil.move(str(moved), str(journal.folder))
    assert journal.add(EntryDraft(kind=Kind.FEELING, title="after")).title == "after"
