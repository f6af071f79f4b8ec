"""Property test: ten thousand mutated bundles and ten thousand mutated cards, all refused.

Each mutated input goes to the real opener of a real, paired reader's journal. Every
one must be refused with a :class:`TrustJournalError` (never another exception, never
accepted), within a second, and the reader's database must not change: no row is ever
written (``total_changes``), the files' hash is compared every few hundred inputs, and
at the end the locked journal's files are compared byte for byte.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sharing_helpers import (
    PASSPHRASE,
    Couple,
    digest,
    feeling,
    locked_files,
    promise,
    seal_between,
    total_changes,
)

from trustjournal.errors import CardInvalid, SafetyNumberMismatch, TrustJournalError
from trustjournal.services import sharing
from trustjournal.sharing.bundle import MAGIC, ReplyItem, WithdrawItem
from trustjournal.sharing.card import PartnerCard
from trustjournal.vault import Journal

BUNDLES = 10_000
CARDS = 10_000
HASH_EVERY = 500
FILE_EVERY = 50


# -- mutations ------------------------------------------------------------------------------


def _flip(data: bytes, draw: st.DrawFn) -> bytes:
    if not data:
        return b"\x01"
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(out) - 1))
        out[index] ^= 1 << draw(st.integers(0, 7))
    return bytes(out)


def _truncate(data: bytes, draw: st.DrawFn) -> bytes:
    return data[: draw(st.integers(0, max(0, len(data) - 1)))]


def _insert(data: bytes, draw: st.DrawFn) -> bytes:
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]


def _delete(data: bytes, draw: st.DrawFn) -> bytes:
    if not data:
        return b"\x00"
    start = draw(st.integers(0, len(data) - 1))
    return data[:start] + data[start + draw(st.integers(1, 64)) :]


def _splice(data: bytes, draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    other = draw(st.sampled_from(seeds))
    return data[: draw(st.integers(0, len(data)))] + other[draw(st.integers(0, len(other))) :]


def _random(_data: bytes, draw: st.DrawFn) -> bytes:
    prefix = draw(st.sampled_from([b"", MAGIC, MAGIC + b"\x01", MAGIC + b"\x01\x00\x60"]))
    return prefix + draw(st.binary(max_size=2048))


def _header_edit(data: bytes, draw: st.DrawFn) -> bytes:
    """Change the header or the fixed prefix in ways a person (or a tool) might."""
    length = int.from_bytes(data[9:11], "big")
    try:
        header = json.loads(data[11 : 11 + length])
    except ValueError:
        return data  # an earlier edit already broke the header
    if not isinstance(header, dict):
        return data  # e.g. a changed length now frames a bare number
    rest = data[11 + length :]
    choice = draw(st.integers(0, 7))
    if choice == 0:
        header["to"] = draw(st.text("0123456789abcdef", min_size=64, max_size=64))
    elif choice == 1:
        header["version"] = draw(st.integers(-3, 5))
    elif choice == 2:
        header["suite"] = draw(st.text(max_size=40))
    elif choice == 3:
        header[draw(st.text(min_size=1, max_size=8))] = draw(st.integers())
    elif choice == 4:
        raw = json.dumps(header, indent=draw(st.integers(0, 2))).encode()
        return data[:9] + len(raw).to_bytes(2, "big") + raw + rest
    elif choice == 5:
        return data[:9] + draw(st.integers(0, 0xFFFF)).to_bytes(2, "big") + data[11:]
    elif choice == 6:
        return data[:8] + bytes([draw(st.integers(0, 255))]) + data[9:]
    else:
        del header[draw(st.sampled_from(sorted(header)))]
    raw = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return data[:9] + len(raw).to_bytes(2, "big") + raw + rest


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 7))
        if kind == 0 and data.startswith(MAGIC) and len(data) > 11:
            try:
                data = _header_edit(data, draw)
                continue
            except (ValueError, UnicodeDecodeError):
                pass
        mutate = [_flip, _flip, _truncate, _insert, _delete, _random, _flip][kind % 7]
        data = _splice(data, draw, seeds) if kind == 7 else mutate(data, draw)
    return data


# -- the properties -------------------------------------------------------------------------


def bundle_seeds(couple: Couple, robin: Journal) -> list[bytes]:
    """Valid bundles of every type for Alex (none opened yet), and some for others."""
    alex = sharing.my_card(couple.alex)
    ids = couple.sam.add_many([promise(f"Promise {i}", "words " * i, mood=3) for i in range(3)])
    thanks = ReplyItem("cd" * 16, 1, "Thank you", dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    seeds = [
        sharing.share(couple.sam, ids[:1], couple.out("a")).path.read_bytes(),
        sharing.share(couple.sam, ids, couple.out("b"), redact=ids[1:2]).path.read_bytes(),
        seal_between(couple.sam, alex, "withdraw", [WithdrawItem(ids[0])]),
        seal_between(couple.sam, alex, "reply", [thanks]),
        seal_between(couple.sam, sharing.my_card(robin), "withdraw", [WithdrawItem(1)]),
        seal_between(robin, alex, "withdraw", [WithdrawItem(1)], sender_name="Robin"),
    ]
    return seeds


@pytest.mark.slow
def test_mutated_bundles_and_cards_are_refused_and_change_nothing(
    couple: Couple, robin: Journal, tmp_path: Path
) -> None:
    # Alex has something of their own, so a reply to it would be accepted if authentic.
    couple.alex.add(feeling("Mine", "my own words"))
    seeds = bundle_seeds(couple, robin)
    sam_card = sharing.my_card(couple.sam)
    card_seeds = [sam_card.to_text().encode(), sharing.my_card(robin).to_text().encode()]
    folder = couple.alex.folder
    couple.alex.lock()
    before = locked_files(folder)
    reader = Journal.unlock(folder, PASSPHRASE)
    try:
        digits = sharing.safety_number_with(reader, sam_card)
        counts = {"bundles": 0, "cards": 0, "cosmetic": 0}
        slowest = [0.0]
        changes = total_changes(reader)
        expected = digest(reader)
        refusals: dict[str, int] = {}

        def check_unchanged(count: int) -> None:
            assert total_changes(reader) == changes
            if count % HASH_EVERY == 0:
                assert digest(reader) == expected

        @settings(
            max_examples=BUNDLES, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )  # fmt: skip
        @given(data=mutated(seeds))
        def bundles(data: bytes) -> None:
            if data in seeds:
                return  # unchanged by chance: not a mutation
            counts["bundles"] += 1
            started = time.perf_counter()
            try:
                if counts["bundles"] % FILE_EVERY == 0:
                    path = tmp_path / "fuzz.tjshare"
                    path.write_bytes(data)
                    sharing.open_bundle(reader, path)
                else:
                    sharing.open_bundle_data(reader, data)
            except TrustJournalError as error:
                refusals[type(error).__name__] = refusals.get(type(error).__name__, 0) + 1
            else:
                raise AssertionError("a mutated bundle was accepted")
            slowest[0] = max(slowest[0], time.perf_counter() - started)
            check_unchanged(counts["bundles"])

        @settings(
            max_examples=CARDS, deadline=None, database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )  # fmt: skip
        @given(data=mutated(card_seeds))
        def cards(data: bytes) -> None:
            if data in card_seeds:
                return
            counts["cards"] += 1
            started = time.perf_counter()
            try:
                if counts["cards"] % FILE_EVERY == 0:
                    path = tmp_path / "fuzz.tjcard"
                    path.write_bytes(data)
                    card = PartnerCard.from_file(path)
                else:
                    card = PartnerCard.from_text(data.decode("utf-8", errors="replace"))
            except CardInvalid:
                refusals["CardInvalid"] = refusals.get("CardInvalid", 0) + 1
            else:
                if card.fingerprint == sam_card.fingerprint:
                    # Only the text around the keys (or the display name) changed: the
                    # same keys, so the same safety number. Not a refusal; not paired.
                    counts["cosmetic"] += 1
                else:
                    with pytest.raises((SafetyNumberMismatch, CardInvalid)):
                        sharing.pair(reader, card, digits)
            slowest[0] = max(slowest[0], time.perf_counter() - started)
            check_unchanged(counts["cards"])

        bundles()
        cards()
        assert digest(reader) == expected
    finally:
        reader.lock()
    assert locked_files(folder) == before
    assert counts["bundles"] >= BUNDLES * 0.98
    assert counts["cards"] - counts["cosmetic"] >= CARDS * 0.9
    assert slowest[0] < 1.0
    # The mutations reached every stage of the opener, not just the first check.
    assert {"BundleInvalid", "BundleNotForMe", "CardInvalid"} <= refusals.keys()
    print(f"\nrefused: {refusals}; cosmetic card changes: {counts['cosmetic']}; "
          f"slowest: {slowest[0] * 1000:.1f} ms")  # fmt: skip
