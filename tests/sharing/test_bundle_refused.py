"""Every way a bundle is refused, each with its plain message (and nothing else escapes)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from bundle_forge import (
    MAGIC,
    PayloadMaker,
    canon,
    forge,
    forge_body,
    header_for,
    mac_for,
)

from trustjournal.errors import (
    BundleInvalid,
    BundleNotForMe,
    BundleUnknownSender,
    TrustJournalError,
)
from trustjournal.sharing import (
    MAX_BUNDLE_BYTES,
    Identity,
    PartnerCard,
    new_identity,
    open_bytes,
    open_path,
    read_header,
    read_header_path,
    seal,
)
from trustjournal.sharing.payload import payload_to_json

EMPTY = "is empty"
TOO_LARGE = "too large to be a Trust Journal shared file"
NOT_A_BUNDLE = "not a Trust Journal shared file"
NEWER = "newer version of Trust Journal"
INCOMPLETE = "incomplete"
DAMAGED = "damaged or was changed on the way"
UNREADABLE = "not written the way Trust Journal writes them"
CANNOT_READ = "could not be read"


def header_len(data: bytes) -> int:
    return int.from_bytes(data[9:11], "big")


# --- size, magic, version, header: refused before any cryptography ----------------------


def test_empty(open_as_sam: Any) -> None:
    with pytest.raises(BundleInvalid, match=EMPTY):
        open_as_sam(b"")


def test_oversized_bytes_refused_at_once(open_as_sam: Any, small: bytes) -> None:
    data = small + b"\0" * (MAX_BUNDLE_BYTES + 1 - len(small))
    start = time.process_time()
    with pytest.raises(BundleInvalid, match=TOO_LARGE):
        open_as_sam(data)
    assert time.process_time() - start < 0.1


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + b"\0" * 2000,
        b"-----BEGIN TRUST JOURNAL CARD-----\n" + b"A" * 2000,
        b"TJSHARE\x01" + b"\0" * 2000,
        b"X",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 2000,
    ],
    ids=["zip", "card", "magic-off-by-one", "one-byte", "png"],
)
def test_not_a_bundle(open_as_sam: Any, data: bytes) -> None:
    with pytest.raises(BundleInvalid, match=NOT_A_BUNDLE):
        open_as_sam(data)


def test_not_bytes(sam: Identity, sam_card: PartnerCard, alex_card: PartnerCard) -> None:
    with pytest.raises(BundleInvalid, match=NOT_A_BUNDLE):
        open_bytes("TJSHARE", sam, sam_card.fingerprint, alex_card)  # type: ignore[arg-type]


def test_future_format_version(open_as_sam: Any, small: bytes) -> None:
    with pytest.raises(BundleInvalid, match=NEWER):
        open_as_sam(small[:8] + b"\x02" + small[9:])
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(small[:8] + b"\x00" + small[9:])


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ({"version": 2}, NEWER),
        ({"suite": "MLKEM1024_P384/HKDF_SHA384/AES_256_GCM"}, NEWER),
        ({"format": "someone-elses-format"}, NOT_A_BUNDLE),
        ({"version": True}, DAMAGED),
        ({"version": "1"}, DAMAGED),
        ({"extra": "x"}, DAMAGED),
        ({"to": 5}, DAMAGED),
        ({"to": "AB" * 32}, DAMAGED),
        ({"to": "ab" * 31}, DAMAGED),
    ],
)
def test_bad_header_fields(
    open_as_sam: Any, sam_card: PartnerCard, header: dict[str, Any], message: str
) -> None:
    raw = canon(header_for(sam_card.fingerprint, **header))
    data = forge(b"{}", sam_card, header=raw)
    with pytest.raises(BundleInvalid, match=message):
        read_header(data)
    with pytest.raises(BundleInvalid, match=message):
        open_as_sam(data)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"x" * 513,
        b'{"format":"trustjournal-share","format":"trustjournal-share"}',
        b'{ "format":"trustjournal-share"}',
        b"\xff\xfe",
        b"[]",
    ],
    ids=["zero-length", "too-long", "duplicate-key", "not-canonical", "not-utf8", "list"],
)
def test_malformed_header(open_as_sam: Any, sam_card: PartnerCard, raw: bytes) -> None:
    data = forge(b"{}", sam_card, header=raw)
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(data)


def test_header_length_beyond_the_end_is_incomplete(open_as_sam: Any, small: bytes) -> None:
    with pytest.raises(BundleInvalid, match=INCOMPLETE):
        open_as_sam(small[:9] + (500).to_bytes(2, "big") + small[11:60])


# --- truncation and bit flips -----------------------------------------------------------


def test_truncated_at_every_offset(open_as_sam: Any, small: bytes) -> None:
    end_of_header = 11 + header_len(small)
    for size in range(len(small)):
        with pytest.raises(BundleInvalid) as caught:
            open_as_sam(small[:size])
        message = str(caught.value)
        if size == 0:
            assert EMPTY in message
        elif size < end_of_header + 1136:
            assert INCOMPLETE in message, size
        else:
            assert DAMAGED in message, size


def test_appended_bytes_are_refused(open_as_sam: Any, small: bytes) -> None:
    for extra in (b"\0", b"x" * 100):
        with pytest.raises(BundleInvalid, match=DAMAGED):
            open_as_sam(small + extra)


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_byte_flipped(open_as_sam: Any, small: bytes, mask: int) -> None:
    end_of_header = 11 + header_len(small)
    for index in range(len(small)):
        data = bytearray(small)
        data[index] ^= mask
        with pytest.raises((BundleInvalid, BundleNotForMe)) as caught:
            open_as_sam(bytes(data))
        if index >= end_of_header:
            assert caught.type is BundleInvalid and DAMAGED in str(caught.value), index


# --- wrong recipient, unknown sender, changed key, bad MAC ------------------------------


def test_sealed_to_someone_else(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    stranger_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    payload = share_payload(1, recipient=stranger_card.fingerprint)
    data = seal(payload, alex, stranger_card)
    assert read_header(data).recipient == stranger_card.fingerprint
    with pytest.raises(BundleNotForMe, match="sealed for someone else"):
        open_bytes(data, sam, sam_card.fingerprint, alex_card)
    # Readdressing it to Sam changes the header, which the ciphertext is bound to.
    raw = canon(header_for(sam_card.fingerprint))
    assert len(raw) == header_len(data)
    readdressed = data[:11] + raw + data[11 + len(raw) :]
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_bytes(readdressed, sam, sam_card.fingerprint, alex_card)


def test_from_someone_not_paired(
    stranger: Identity,
    sam: Identity,
    stranger_card: PartnerCard,
    sam_card: PartnerCard,
    alex_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    payload = share_payload(1, sender=stranger_card.fingerprint, sender_name="Robin")
    data = seal(payload, stranger, sam_card)
    with pytest.raises(BundleUnknownSender, match="not paired with yet"):
        open_bytes(data, sam, sam_card.fingerprint, None)
    with pytest.raises(BundleUnknownSender, match="does not come from the partner"):
        open_bytes(data, sam, sam_card.fingerprint, alex_card)


def test_partner_with_a_changed_key(
    sam: Identity, sam_card: PartnerCard, alex_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    new_alex = new_identity()  # Alex set up a new journal; Sam is still paired with the old
    new_card = new_alex.card("Alex", "repairing")
    data = seal(share_payload(1, sender=new_card.fingerprint), new_alex, sam_card)
    with pytest.raises(BundleUnknownSender, match="pair again with their new card"):
        open_bytes(data, sam, sam_card.fingerprint, alex_card)
    assert open_bytes(data, sam, sam_card.fingerprint, new_card).sender == new_card.fingerprint


def test_mac_made_with_another_auth_key(
    alex: Identity,
    stranger: Identity,
    sam_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
) -> None:
    """Someone who knows both public cards claims to be Alex but lacks Alex's auth key."""
    body = payload_to_json(share_payload(1))
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(forge_body(body, stranger, sam_card))
    # Alex's KEM keys with someone else's authentication key: still not Alex.
    hybrid = Identity(alex.mlkem_seed, alex.kem_x25519, stranger.auth_x25519)
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(forge_body(body, hybrid, sam_card))
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(forge_body(body, alex, sam_card, mac="0" * 64))
    assert open_as_sam(forge_body(body, alex, sam_card)).bundle_id == body["bundle_id"]


def test_mac_does_not_cover_another_bundle_id(
    alex: Identity, sam_card: PartnerCard, open_as_sam: Any, share_payload: PayloadMaker
) -> None:
    body = payload_to_json(share_payload(1))
    mac = mac_for(canon(body), body["bundle_id"], alex.auth_x25519, sam_card.auth_x25519_public)
    body["bundle_id"] = "f" * 32
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(forge_body(body, alex, sam_card, mac=mac))


def test_recipient_inside_must_match_the_header(
    alex: Identity,
    sam_card: PartnerCard,
    stranger_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
) -> None:
    body = payload_to_json(share_payload(1, recipient=stranger_card.fingerprint))
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(forge_body(body, alex, sam_card))


# --- files ------------------------------------------------------------------------------


def test_oversized_file_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_as_sam: Any, small: bytes
) -> None:
    path = tmp_path / "huge.tjshare"
    with path.open("wb") as handle:
        handle.write(small)
        handle.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: no disk space used

    def no_open(*_args: Any, **_kwargs: Any) -> int:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(os, "open", no_open)
    start = time.process_time()
    for read in (open_path, read_header_path):
        args = (path,) if read is read_header_path else (path, None, "", None)
        with pytest.raises(BundleInvalid, match=TOO_LARGE):
            read(*args)
    assert time.process_time() - start < 0.1


def test_file_at_the_limit_is_read_and_refused(
    tmp_path: Path, sam: Identity, sam_card: PartnerCard, alex_card: PartnerCard, small: bytes
) -> None:
    path = tmp_path / "limit.tjshare"
    with path.open("wb") as handle:
        handle.write(small)
        handle.truncate(MAX_BUNDLE_BYTES)
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_path(path, sam, sam_card.fingerprint, alex_card)


def test_missing_file_and_folder(tmp_path: Path, sam: Identity, sam_card: PartnerCard) -> None:
    with pytest.raises(BundleInvalid, match=CANNOT_READ):
        open_path(tmp_path / "missing.tjshare", sam, sam_card.fingerprint, None)
    with pytest.raises(BundleInvalid, match=CANNOT_READ):
        read_header_path(tmp_path / "missing.tjshare")
    with pytest.raises(BundleInvalid, match=NOT_A_BUNDLE):
        open_path(tmp_path, sam, sam_card.fingerprint, None)


def test_empty_file(tmp_path: Path, sam: Identity, sam_card: PartnerCard) -> None:
    path = tmp_path / "empty.tjshare"
    path.write_bytes(b"")
    with pytest.raises(BundleInvalid, match=EMPTY):
        open_path(path, sam, sam_card.fingerprint, None)
    with pytest.raises(BundleInvalid, match=EMPTY):
        read_header_path(path)


def test_named_pipe_is_refused_without_hanging(
    tmp_path: Path, sam: Identity, sam_card: PartnerCard
) -> None:
    path = tmp_path / "pipe.tjshare"
    os.mkfifo(path)
    with pytest.raises(BundleInvalid, match=NOT_A_BUNDLE):
        open_path(path, sam, sam_card.fingerprint, None)
    with pytest.raises(BundleInvalid, match=NOT_A_BUNDLE):
        read_header_path(path)


def test_header_path_reads_only_the_start(
    tmp_path: Path, sam_card: PartnerCard, small: bytes
) -> None:
    path = tmp_path / "a.tjshare"
    path.write_bytes(small)
    assert read_header_path(path).recipient == sam_card.fingerprint
    path.write_bytes(small[:200])
    with pytest.raises(BundleInvalid, match=INCOMPLETE):
        read_header_path(path)


def test_no_traceback_text_in_any_message(open_as_sam: Any) -> None:
    for data in (b"", b"x", MAGIC, MAGIC + b"\x01\x00\x05{}"):
        with pytest.raises(TrustJournalError) as caught:
            open_as_sam(data)
        assert "Traceback" not in str(caught.value)
        assert caught.value.__cause__ is None
