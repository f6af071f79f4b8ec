"""Every bad bundle of issue 5 is refused with a clear message, quickly, writing nothing.

"Nothing written" is checked the strict way: the reader's journal is locked, every file
of its folder is read, the journal is unlocked and the bundle opened (and refused), the
journal is locked again, and every file must be byte-for-byte what it was.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sharing_helpers import PASSPHRASE, Couple, feeling, locked_files, promise, seal_between

from trustjournal.errors import (
    BundleInvalid,
    BundleNotForMe,
    BundleUnknownSender,
    NothingToWithdraw,
    TrustJournalError,
)
from trustjournal.services import sharing
from trustjournal.sharing.bundle import MAX_BUNDLE_BYTES, ReplyItem, WithdrawItem
from trustjournal.vault import Journal

MiB = 1024 * 1024
Make = Callable[[Couple, Journal, Path], Path]


def valid(couple: Couple) -> bytes:
    entry = couple.sam.add(promise("Home by six", "Every evening this week."))
    return sharing.share(couple.sam, [entry.id], couple.out("valid.tjshare")).path.read_bytes()


def put(folder: Path, data: bytes, name: str = "bad.tjshare") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def truncated_in_the_header(couple: Couple, _robin: Journal, folder: Path) -> Path:
    return put(folder, valid(couple)[:20])


def truncated_in_the_ciphertext(couple: Couple, _robin: Journal, folder: Path) -> Path:
    data = valid(couple)
    return put(folder, data[: len(data) - 100])


def one_bit_flipped(couple: Couple, _robin: Journal, folder: Path) -> Path:
    data = bytearray(valid(couple))
    data[len(data) // 2] ^= 0x10
    return put(folder, bytes(data))


def header_changed(couple: Couple, _robin: Journal, folder: Path) -> Path:
    data = valid(couple)
    return put(folder, data.replace(b'"version":1', b'"version":2', 1))


def oversized(couple: Couple, _robin: Journal, folder: Path) -> Path:
    path = put(folder, valid(couple))
    # A sparse file: 100 MiB long without using the disk space.
    with path.open("r+b") as handle:
        handle.truncate(100 * MiB)
    return path


def just_over_the_limit(couple: Couple, _robin: Journal, folder: Path) -> Path:
    path = put(folder, valid(couple))
    with path.open("r+b") as handle:
        handle.truncate(MAX_BUNDLE_BYTES + 1)
    return path


def empty(_couple: Couple, _robin: Journal, folder: Path) -> Path:
    return put(folder, b"")


def not_a_bundle(_couple: Couple, _robin: Journal, folder: Path) -> Path:
    return put(folder, b"Dear Alex, here are my thoughts.\n" * 50)


def sealed_to_someone_else(couple: Couple, robin: Journal, folder: Path) -> Path:
    item = WithdrawItem(1)
    return put(folder, seal_between(couple.sam, sharing.my_card(robin), "withdraw", [item]))


def from_an_unpaired_key(couple: Couple, robin: Journal, folder: Path) -> Path:
    item = WithdrawItem(1)
    data = seal_between(robin, sharing.my_card(couple.alex), "withdraw", [item], sender_name="Sam")
    return put(folder, data)


def from_a_changed_key(couple: Couple, robin: Journal, folder: Path) -> Path:
    """Sam's keys changed (Robin's journal stands in for Sam's new one): the new journal
    pairs with Alex and shares, but Alex has not confirmed the new keys."""
    alex_card = sharing.my_card(couple.alex)
    sharing.pair(robin, alex_card, sharing.safety_number_with(robin, alex_card))
    entry = robin.add(feeling("From new keys", "words"))
    return sharing.share(robin, [entry.id], folder / "changed.tjshare").path


def withdrawal_of_something_never_shared(couple: Couple, _robin: Journal, folder: Path) -> Path:
    item = WithdrawItem(12345)
    return put(folder, seal_between(couple.sam, sharing.my_card(couple.alex), "withdraw", [item]))


def reply_about_something_never_shared(couple: Couple, _robin: Journal, folder: Path) -> Path:
    # Alex is the author here: Sam "replies" to an entry Alex never shared.
    item = ReplyItem("ab" * 16, 777, "Thanks", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    return put(folder, seal_between(couple.sam, sharing.my_card(couple.alex), "reply", [item]))


def a_folder(_couple: Couple, _robin: Journal, folder: Path) -> Path:
    path = folder / "looks.tjshare"
    path.mkdir()
    return path


def a_pipe(_couple: Couple, _robin: Journal, folder: Path) -> Path:
    path = folder / "pipe.tjshare"
    os.mkfifo(path)
    return path


def missing(_couple: Couple, _robin: Journal, folder: Path) -> Path:
    return folder / "gone.tjshare"


CASES: list[tuple[Make, type[TrustJournalError], str]] = [
    (truncated_in_the_header, BundleInvalid, "incomplete"),
    (truncated_in_the_ciphertext, BundleInvalid, "damaged or was changed"),
    (one_bit_flipped, BundleInvalid, "damaged or was changed"),
    (header_changed, BundleInvalid, "newer version"),
    (oversized, BundleInvalid, "too large"),
    (just_over_the_limit, BundleInvalid, "too large"),
    (empty, BundleInvalid, "empty"),
    (not_a_bundle, BundleInvalid, "not a Trust Journal shared file"),
    (sealed_to_someone_else, BundleNotForMe, "sealed for someone else"),
    (from_an_unpaired_key, BundleUnknownSender, "does not come from the partner"),
    (from_a_changed_key, BundleUnknownSender, "pair again with their new card"),
    (withdrawal_of_something_never_shared, NothingToWithdraw, "has not been shared"),
    (reply_about_something_never_shared, BundleInvalid, "an entry you have not shared"),
    (a_folder, BundleInvalid, "not a Trust Journal shared file"),
    (a_pipe, BundleInvalid, "not a Trust Journal shared file"),
    (missing, BundleInvalid, "could not be read"),
]


@pytest.mark.parametrize(("make", "error", "words"), CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_clearly_quickly_and_nothing_written(
    couple: Couple,
    robin: Journal,
    tmp_path: Path,
    make: Make,
    error: type[TrustJournalError],
    words: str,
) -> None:
    bad = tmp_path / "incoming"
    bad.mkdir()
    path = make(couple, robin, bad)
    folder = couple.alex.folder
    couple.alex.lock()
    before = locked_files(folder)
    with Journal.unlock(folder, PASSPHRASE) as reader:
        started = time.perf_counter()
        with pytest.raises(error, match=words) as refused:
            sharing.open_bundle(reader, path)
        elapsed = time.perf_counter() - started
    assert locked_files(folder) == before
    assert elapsed < 1.0
    message = refused.value.message
    assert "\n" not in message and "Traceback" not in message
    assert "Nothing was changed" in message or "try again" in message.lower()


def test_a_replay_changes_no_byte_and_says_so(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out())
    sharing.open_bundle(couple.alex, receipt.path)
    folder = couple.alex.folder
    couple.alex.lock()
    before = locked_files(folder)
    with Journal.unlock(folder, PASSPHRASE) as reader:
        assert sharing.open_bundle(reader, receipt.path).replayed
    assert locked_files(folder) == before


def test_a_reader_paired_with_nobody_is_told_to_pair_first(couple: Couple, robin: Journal) -> None:
    data = seal_between(couple.sam, sharing.my_card(robin), "withdraw", [WithdrawItem(1)])
    with pytest.raises(BundleUnknownSender, match="Pair with your partner first"):
        sharing.open_bundle_data(robin, data)


def test_a_large_refused_file_is_read_once_within_bounds(couple: Couple, tmp_path: Path) -> None:
    """A file at the size limit that is not a valid bundle: refused in under a second,
    with memory bounded by a small multiple of the limit."""
    header = valid(couple)[:600]  # magic, version, header: addressed to Alex
    path = tmp_path / "huge.tjshare"
    with path.open("wb") as handle:
        handle.write(header)
        handle.write(os.urandom(1024) * ((MAX_BUNDLE_BYTES - len(header)) // 1024))
    assert path.stat().st_size <= MAX_BUNDLE_BYTES
    tracemalloc.start()
    try:
        started = time.perf_counter()
        with pytest.raises(BundleInvalid, match="damaged or was changed"):
            sharing.open_bundle(couple.alex, path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 3 * MAX_BUNDLE_BYTES


def test_an_oversized_file_is_refused_from_its_size_alone(couple: Couple, tmp_path: Path) -> None:
    path = tmp_path / "huge.tjshare"
    with path.open("wb") as handle:
        handle.truncate(100 * MiB)
    tracemalloc.start()
    try:
        with pytest.raises(BundleInvalid, match="too large"):
            sharing.open_bundle(couple.alex, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MiB
