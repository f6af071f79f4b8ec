"""Key slots, recovery codes and the passphrase (DESIGN §4), on real journal folders."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.errors import (
    HeaderDamaged,
    InvalidInput,
    JournalLocked,
    TrustJournalError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.vault import Journal, check_new_passphrase, keyslots
from trustjournal.vault.keyslots import (
    CEILING_KDF,
    DEFAULT_KDF,
    FLOOR_KDF,
    HEADER_NAME,
    KdfParams,
    kdf_from_environment,
    parse_header,
    read_header,
)
from trustjournal.vault.recovery import _ALPHABET, new_recovery_code, parse_recovery_code

MakeJournal = Callable[..., tuple[Journal, str]]
PASSPHRASE = "correct horse battery staple"
CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (recursively) with the SHA-256 of its content."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files_besides_the_database(folder: Path) -> set[str]:
    """The names in ``folder`` other than SQLite's own write-ahead log files."""
    return {p.name for p in folder.iterdir()} - {"journal.db-wal", "journal.db-shm"}


def lock_is_free(folder: Path) -> bool:
    """Whether nobody holds the journal's folder lock (tested with our own flock)."""
    fd = os.open(folder / ".lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def rewrite_header(folder: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """Edit ``vault.json`` as a person might, then make its checksum match again."""
    document = json.loads((folder / HEADER_NAME).read_text())
    document.pop("checksum")
    edit(document)
    document["checksum"] = keyslots._checksum(document)
    (folder / HEADER_NAME).write_text(json.dumps(document, indent=2, sort_keys=True))


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[KdfParams]]:
    """Records every Argon2id derivation (they still run for real)."""
    calls: list[KdfParams] = []
    real = keyslots.Argon2id

    def spy(**kwargs: Any) -> Any:
        calls.append(KdfParams(kwargs["memory_cost"], kwargs["iterations"], kwargs["lanes"]))
        return real(**kwargs)

    monkeypatch.setattr(keyslots, "Argon2id", spy)
    yield calls


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One locked journal with one entry, made once for this module."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    journal, code = Journal.create(
        folder, name="Alex", role=Role.HURT, since=dt.date(2026, 1, 15), passphrase=PASSPHRASE
    )
    journal.add(EntryDraft(kind=Kind.FEELING, title="The first page", date=dt.date(2026, 2, 1)))
    journal.lock()
    return folder, code


@pytest.fixture
def locked(template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the template journal: its folder and its recovery code."""
    folder = tmp_path / "copy"
    shutil.copytree(template[0], folder)
    return folder, template[1]


def titles(journal: Journal) -> list[str]:
    return [e.title for e in journal.entries()]


# -- recovery codes ------------------------------------------------------------------------


def test_recovery_code_shape_and_secret() -> None:
    codes = set()
    for _ in range(50):
        code, secret = new_recovery_code()
        assert CODE_SHAPE.match(code), code
        assert len(secret) == 16  # 128 bits
        assert parse_recovery_code(code) == secret
        codes.add(code)
    assert len(codes) == 50


def test_recovery_code_parse_ignores_case_spaces_and_dashes() -> None:
    code, secret = new_recovery_code()
    plain = code.replace("-", "")
    variants = [
        code.lower(),
        plain,
        plain.lower(),
        code.replace("-", " "),
        " ".join(plain),
        f"  {code}\n",
        code.replace("-", "\t"),
        "-".join(plain[i : i + 2] for i in range(0, 32, 2)),
    ]
    for variant in variants:
        assert parse_recovery_code(variant) == secret, variant


def test_recovery_code_accepts_look_alike_letters() -> None:
    # Make codes until one has both a 1 and a 0 to mistype as I/L and O.
    for _ in range(1000):
        code, secret = new_recovery_code()
        if "1" in code and "0" in code:
            break
    else:  # pragma: no cover - vanishingly unlikely
        pytest.fail("no code with both 1 and 0")
    assert parse_recovery_code(code.replace("1", "I").replace("0", "O")) == secret
    assert parse_recovery_code(code.replace("1", "l").replace("0", "o")) == secret
    assert parse_recovery_code(code.replace("1", "L").lower()) == secret


@pytest.mark.parametrize("position", [0, 5, 17, 31, 38])
def test_one_typo_is_caught_by_the_checksum(position: int) -> None:
    code, _ = new_recovery_code()
    char = code[position]
    assert char != "-"
    typo = _ALPHABET[(_ALPHABET.index(char) + 1) % len(_ALPHABET)]
    mistyped = code[:position] + typo + code[position + 1 :]
    with pytest.raises(WrongRecoveryCode) as caught:
        parse_recovery_code(mistyped)
    assert "typing mistake" in caught.value.message


def test_swapped_neighbours_are_caught() -> None:
    code, _ = new_recovery_code()
    plain = code.replace("-", "")
    for i in range(31):
        if plain[i] != plain[i + 1]:
            swapped = plain[:i] + plain[i + 1] + plain[i] + plain[i + 2 :]
            with pytest.raises(WrongRecoveryCode):
                parse_recovery_code(swapped)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "ABCD",
        "0" * 31,
        "0" * 33,
        "0000-0000-0000-0000-0000-0000-0000-000",
        "0000-0000-0000-0000-0000-0000-0000-0000-0",
        "UUUU-0000-0000-0000-0000-0000-0000-0000",  # U is not in the alphabet
        "0000-0000-0000-0000-0000-0000-0000-000!",
        "0000_0000_0000_0000_0000_0000_0000_0000",
        "ÀÀÀÀ-0000-0000-0000-0000-0000-0000-0000",
    ],
)
def test_recovery_code_of_wrong_length_or_letters_is_refused(code: str) -> None:
    with pytest.raises(WrongRecoveryCode) as caught:
        parse_recovery_code(code)
    assert "32 letters and digits" in caught.value.message


def test_typo_in_recovery_code_is_refused_before_any_key_derivation(
    locked: tuple[Path, str], derivations: list[KdfParams]
) -> None:
    folder, code = locked
    before = folder_state(folder)
    typo = _ALPHABET[(_ALPHABET.index(code[0]) + 7) % len(_ALPHABET)]
    started = time.perf_counter()
    with pytest.raises(WrongRecoveryCode):
        Journal.unlock_with_recovery_code(folder, typo + code[1:])
    assert time.perf_counter() - started < 0.1
    assert derivations == []
    assert folder_state(folder) == before


def test_valid_but_wrong_recovery_code_is_refused(
    locked: tuple[Path, str], derivations: list[KdfParams]
) -> None:
    folder, _ = locked
    before = folder_state(folder)
    other, _ = new_recovery_code()
    with pytest.raises(WrongRecoveryCode) as caught:
        Journal.unlock_with_recovery_code(folder, other)
    assert caught.value.message == WrongRecoveryCode.default_message
    assert derivations == [FLOOR_KDF]
    assert folder_state(folder) == before
    assert lock_is_free(folder)


# -- the header ----------------------------------------------------------------------------


def test_header_round_trip(journal: Journal) -> None:
    header = journal.header
    data = (journal.folder / HEADER_NAME).read_bytes()
    assert data == header.to_bytes()
    again = parse_header(data)
    assert again.journal_id == header.journal_id == journal.info.journal_id
    assert sorted(again.slots, key=lambda s: s.kind) == sorted(header.slots, key=lambda s: s.kind)
    assert again.to_bytes() == data
    assert read_header(journal.folder) == again


def test_header_holds_no_secret(make_journal: MakeJournal) -> None:
    journal, code = make_journal(passphrase=PASSPHRASE)
    text = (journal.folder / HEADER_NAME).read_text()
    document = json.loads(text)
    assert document["magic"] == "trustjournal-vault"
    assert document["format"] == 1
    assert {s["kind"] for s in document["slots"]} == {"passphrase", "recovery"}
    for slot in document["slots"]:
        assert slot["kdf"] == FLOOR_KDF.to_json()
        assert set(slot) == {"kind", "salt", "kdf", "nonce", "wrapped"}
    key = journal.connection_for_backup()[1]
    for secret in (PASSPHRASE, code, code.replace("-", ""), key.hex(), "Alex"):
        assert secret.lower() not in text.lower()
    assert key not in (journal.folder / HEADER_NAME).read_bytes()


def test_each_slot_has_its_own_salt_and_nonce(journal: Journal) -> None:
    passphrase, recovery = journal.header.slot("passphrase"), journal.header.slot("recovery")
    assert passphrase.salt != recovery.salt
    assert passphrase.nonce != recovery.nonce
    assert len(passphrase.salt) == 16
    assert len(passphrase.wrapped) == 32 + 16


# -- unlocking -----------------------------------------------------------------------------


def test_unlock_with_passphrase(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert journal.is_open
        assert titles(journal) == ["The first page"]
        assert journal.info.name == "Alex"
        assert journal.info.role is Role.HURT
        assert journal.info.since == dt.date(2026, 1, 15)
    assert not journal.is_open
    assert lock_is_free(folder)


def test_unlock_with_recovery_code_in_any_spelling(locked: tuple[Path, str]) -> None:
    folder, code = locked
    for spelling in (code, code.lower().replace("-", " ")):
        with Journal.unlock_with_recovery_code(folder, spelling) as journal:
            assert titles(journal) == ["The first page"]


def test_passphrase_is_nfc_normalised(make_journal: MakeJournal) -> None:
    composed = unicodedata.normalize("NFC", "Crème brûlée à Zoë")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    journal, _ = make_journal("composed", passphrase=composed)
    journal.lock()
    with Journal.unlock(journal.folder, decomposed) as again:
        assert again.is_open
    journal, _ = make_journal("decomposed", passphrase=decomposed)
    journal.lock()
    with Journal.unlock(journal.folder, composed) as again:
        assert again.is_open
    # Normalisation is not case folding or trimming.
    for near_miss in (composed.upper(), composed + " ", "Creme brulee a Zoe"):
        with pytest.raises(WrongPassphrase):
            Journal.unlock(journal.folder, near_miss)


def test_wrong_passphrase_changes_nothing_and_holds_no_lock(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    before = folder_state(folder)
    assert {"vault.json", "journal.db", ".lock"} <= set(before)
    for wrong in ("correct horse battery stapler", "", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase) as caught:
            Journal.unlock(folder, wrong)
        assert caught.value.message == WrongPassphrase.default_message
        assert isinstance(caught.value, TrustJournalError)
        assert folder_state(folder) == before
        assert lock_is_free(folder)
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert titles(journal) == ["The first page"]


def test_wrong_passphrase_does_not_open_the_database(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    db = folder / "journal.db"
    before = db.stat()
    with pytest.raises(WrongPassphrase):
        Journal.unlock(folder, "not the passphrase")
    after = db.stat()
    assert (after.st_mtime_ns, after.st_size, after.st_ino) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_ino,
    )
    assert not (folder / "journal.db-wal").exists()
    assert not (folder / "journal.db-shm").exists()


# -- changing the passphrase and the recovery code -----------------------------------------


def test_change_passphrase(locked: tuple[Path, str]) -> None:
    folder, code = locked
    new = "a brand new passphrase"
    journal = Journal.unlock(folder, PASSPHRASE)
    recovery_before = journal.header.slot("recovery")
    inode_before = (folder / HEADER_NAME).stat().st_ino
    journal.change_passphrase(new)
    # Replaced by rename (a new file), with no temporary file left beside it.
    assert (folder / HEADER_NAME).stat().st_ino != inode_before
    assert files_besides_the_database(folder) == {".lock", "journal.db", "vault.json"}
    assert read_header(folder).to_bytes() == journal.header.to_bytes()
    assert journal.header.slot("recovery") == recovery_before
    # The open journal keeps working.
    assert titles(journal) == ["The first page"]
    journal.lock()

    with pytest.raises(WrongPassphrase):
        Journal.unlock(folder, PASSPHRASE)
    with Journal.unlock(folder, new) as again:
        assert titles(again) == ["The first page"]
    with Journal.unlock_with_recovery_code(folder, code) as again:
        assert titles(again) == ["The first page"]


def test_change_passphrase_refuses_a_short_one(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    with Journal.unlock(folder, PASSPHRASE) as journal:
        before = folder_state(folder)
        for short in ("", "seven77", "       "[:7]):
            with pytest.raises(InvalidInput) as caught:
                journal.change_passphrase(short)
            assert "at least 8 characters" in caught.value.message
        assert folder_state(folder) == before
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert journal.is_open


def test_check_new_passphrase() -> None:
    check_new_passphrase("12345678")
    with pytest.raises(InvalidInput):
        check_new_passphrase("1234567")


def test_create_refuses_a_short_passphrase(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        Journal.create(
            tmp_path / "j",
            name="Alex",
            role=Role.HURT,
            since=dt.date(2026, 1, 1),
            passphrase="short",
        )
    assert not (tmp_path / "j").exists()


def test_new_recovery_code(locked: tuple[Path, str]) -> None:
    folder, old = locked
    with Journal.unlock_with_recovery_code(folder, old) as journal:
        passphrase_slot = journal.header.slot("passphrase")
        new = journal.new_recovery_code()
        assert CODE_SHAPE.match(new)
        assert new != old
        assert journal.header.slot("passphrase") == passphrase_slot
        assert read_header(folder).to_bytes() == journal.header.to_bytes()
    assert {p.name for p in folder.iterdir()} == {".lock", "journal.db", "vault.json"}
    with pytest.raises(WrongRecoveryCode):
        Journal.unlock_with_recovery_code(folder, old)
    with Journal.unlock_with_recovery_code(folder, new) as journal:
        assert titles(journal) == ["The first page"]
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert titles(journal) == ["The first page"]


def test_key_changes_refused_when_locked(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    journal = Journal.unlock(folder, PASSPHRASE)
    journal.lock()
    before = folder_state(folder)
    with pytest.raises(JournalLocked):
        journal.change_passphrase("another good passphrase")
    with pytest.raises(JournalLocked):
        journal.new_recovery_code()
    with pytest.raises(JournalLocked):
        journal.connection_for_backup()
    assert folder_state(folder) == before


# -- key derivation cost -------------------------------------------------------------------


@pytest.mark.parametrize("slot_kind", ["passphrase", "recovery"])
@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 2 * 1024 * 1024, "iterations": 3, "lanes": 4},  # 2 GiB
        {"memory_kib": CEILING_KDF.memory_kib + 1, "iterations": 3, "lanes": 4},
        {"memory_kib": 64 * 1024, "iterations": 11, "lanes": 4},
        {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 9},
        {"memory_kib": 32 * 1024, "iterations": 3, "lanes": 4},
        {"memory_kib": FLOOR_KDF.memory_kib - 1, "iterations": 3, "lanes": 4},
        {"memory_kib": 64 * 1024, "iterations": 2, "lanes": 4},
        {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 1},
        {"memory_kib": 64 * 1024, "iterations": True, "lanes": 4},
        {"memory_kib": 65536.0, "iterations": 3, "lanes": 4},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": 64 * 1024, "iterations": 3},
    ],
    ids=[
        "2GiB",
        "ceiling+1",
        "11-passes",
        "9-lanes",
        "32MiB",
        "floor-1",
        "2-passes",
        "1-lane",
        "bool",
        "float",
        "text",
        "missing",
    ],
)
def test_key_settings_outside_limits_refused_before_derivation(
    locked: tuple[Path, str],
    derivations: list[KdfParams],
    slot_kind: str,
    kdf: dict[str, object],
) -> None:
    folder, code = locked

    def edit(document: dict[str, Any]) -> None:
        for slot in document["slots"]:
            if slot["kind"] == slot_kind:
                slot["kdf"] = kdf

    rewrite_header(folder, edit)
    before = folder_state(folder)
    for attempt in (
        lambda: Journal.unlock(folder, PASSPHRASE),
        lambda: Journal.unlock_with_recovery_code(folder, code),
    ):
        started = time.perf_counter()
        with pytest.raises(HeaderDamaged) as caught:
            attempt()
        assert time.perf_counter() - started < 0.1
        assert "changed or damaged" in caught.value.message
    assert derivations == []
    assert folder_state(folder) == before
    assert lock_is_free(folder)


def test_limits_at_the_edges_are_accepted(locked: tuple[Path, str]) -> None:
    folder, _ = locked

    def edit(document: dict[str, Any]) -> None:
        document["slots"][0]["kdf"] = CEILING_KDF.to_json()

    rewrite_header(folder, edit)
    # The checksum matches and the settings are within limits, so the header is read...
    header = read_header(folder)
    assert header.slots[0].kdf == CEILING_KDF
    assert FLOOR_KDF.within(FLOOR_KDF, CEILING_KDF)
    assert CEILING_KDF.within(FLOOR_KDF, CEILING_KDF)
    assert not DEFAULT_KDF.within(CEILING_KDF, CEILING_KDF)


def test_derivation_itself_refuses_settings_outside_limits(derivations: list[KdfParams]) -> None:
    for kdf in (
        KdfParams(2 * 1024 * 1024, 3, 4),
        KdfParams(8 * 1024, 1, 1),
        KdfParams(64 * 1024, 3, 16),
    ):
        started = time.perf_counter()
        with pytest.raises(HeaderDamaged):
            keyslots.derive_kek(b"secret", b"s" * 16, kdf)
        assert time.perf_counter() - started < 0.1
    assert derivations == []


def test_floor_setting_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_KDF", "floor")
    assert kdf_from_environment() == FLOOR_KDF
    for other in ("", "FLOOR", "fast", "0"):
        monkeypatch.setenv("TRUSTJOURNAL_KDF", other)
        assert kdf_from_environment() == DEFAULT_KDF
    monkeypatch.delenv("TRUSTJOURNAL_KDF")
    assert kdf_from_environment() == DEFAULT_KDF


def test_default_key_settings_when_not_asked_for_the_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, derivations: list[KdfParams]
) -> None:
    monkeypatch.delenv("TRUSTJOURNAL_KDF")
    assert KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4) == DEFAULT_KDF
    journal, _ = Journal.create(
        tmp_path / "default",
        name="Sam",
        role=Role.REPAIRING,
        since=dt.date(2026, 1, 1),
        passphrase=PASSPHRASE,
    )
    try:
        assert {slot.kdf for slot in journal.header.slots} == {DEFAULT_KDF}
        assert derivations == [DEFAULT_KDF, DEFAULT_KDF]
        document = json.loads((journal.folder / HEADER_NAME).read_text())
        assert [s["kdf"] for s in document["slots"]] == [DEFAULT_KDF.to_json()] * 2
    finally:
        journal.lock()
    # A header written with the default cost is read with the floor set too.
    monkeypatch.setenv("TRUSTJOURNAL_KDF", "floor")
    with pytest.raises(WrongPassphrase):
        Journal.unlock(tmp_path / "default", "not the passphrase at all")
    assert derivations[-1] == DEFAULT_KDF


def test_new_slots_use_the_current_setting(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert {s.kdf for s in journal.header.slots} == {FLOOR_KDF}


def test_errors_are_plain_sentences(locked: tuple[Path, str]) -> None:
    folder, _ = locked
    for attempt, error in (
        (lambda: Journal.unlock(folder, "wrong passphrase here"), WrongPassphrase),
        (lambda: Journal.unlock_with_recovery_code(folder, "nonsense"), WrongRecoveryCode),
    ):
        with pytest.raises(error) as caught:
            attempt()
        assert caught.value.__cause__ is None
        message = caught.value.message
        assert message.endswith(".")
        assert "Error" not in message
        assert "Traceback" not in message
