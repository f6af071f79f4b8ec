"""The body of a bundle, past the cryptography: a strict form, every field type-checked.

Each bundle here is correctly sealed to Sam and carries a MAC made with Alex's real key,
so only the reader's checks of the content stand between it and the journal.
"""

from __future__ import annotations

import copy
import time
import tracemalloc
from typing import Any

import pytest
from bundle_forge import PayloadMaker, canon, forge, mac_for, shared_item

from trustjournal.errors import BundleInvalid, TrustJournalError
from trustjournal.sharing import MAX_ITEMS, BundlePayload, Identity, PartnerCard, open_bytes
from trustjournal.sharing.payload import payload_to_json

UNREADABLE = "not written the way Trust Journal writes them"
DAMAGED = "damaged or was changed on the way"


BODY_CHANGES: list[tuple[str, Any]] = [
    ("bundle_id", 123),
    ("bundle_id", "AB" * 16),
    ("bundle_id", "ab" * 15),
    ("bundle_id", None),
    ("type", "delete"),
    ("type", 1),
    ("type", "withdraw"),  # items of a share under another type
    ("from", "AB" * 32),
    ("from", "ab"),
    ("sender_name", ""),
    ("sender_name", 5),
    ("sender_name", " Alex"),
    ("sender_name", "x" * 81),
    ("sender_name", "Al\x00ex"),
    ("created_at", "2026-03-01 10:00:00"),
    ("created_at", "2026-03-01T10:00:00+00:00"),
    ("created_at", "2026-03-01T10:00:00.5Z"),
    ("created_at", "2026-02-30T10:00:00Z"),
    ("created_at", "2026-3-1T10:00:00Z"),
    ("created_at", "٢٠٢٦-03-01T10:00:00Z"),
    ("created_at", 1_772_000_000),
    ("items", {}),
    ("items", []),
    ("items", "entries"),
    ("items", None),
]
ITEM_CHANGES: list[tuple[str, Any]] = [
    ("entry_id", "1"),
    ("entry_id", True),
    ("entry_id", 0),
    ("entry_id", -1),
    ("entry_id", 2**63),
    ("entry_id", None),
    ("version", "2026-03-02"),
    ("version", 5),
    ("kind", "Promise"),
    ("kind", "diary"),
    ("title", "t" * 501),
    ("title", None),
    ("title", ""),
    ("title", "line\nbreak"),
    ("body", "b" * 1_000_001),
    ("body", "nul\x00"),
    ("body", ["list"]),
    ("date", "2026-3-1"),
    ("date", "2026-02-30"),
    ("date", 20260301),
    ("mood", 6),
    ("mood", 0),
    ("mood", "3"),
    ("mood", False),
    ("redacted", 1),
    ("redacted", "false"),
    ("redacted", None),
]


def sealed_body(body: Any, alex: Identity, sam_card: PartnerCard) -> bytes:
    bundle_id = body.get("bundle_id") if isinstance(body, dict) else None
    if not isinstance(bundle_id, str) or len(bundle_id) % 2:
        bundle_id = "00" * 16
    try:
        salt = bytes.fromhex(bundle_id)
    except ValueError:
        salt = bytes(16)
    mac = mac_for(canon(body), salt.hex(), alex.auth_x25519, sam_card.auth_x25519_public)
    return forge(canon({"body": body, "mac": mac}), sam_card)


@pytest.mark.parametrize(("field", "value"), BODY_CHANGES)
def test_body_field_with_a_wrong_value(
    alex: Identity,
    sam_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
    field: str,
    value: Any,
) -> None:
    body = payload_to_json(share_payload(1))
    body[field] = value
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(sealed_body(body, alex, sam_card))


@pytest.mark.parametrize(("field", "value"), ITEM_CHANGES)
def test_item_field_with_a_wrong_value(
    alex: Identity,
    sam_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
    field: str,
    value: Any,
) -> None:
    body = payload_to_json(share_payload(2))
    body["items"][1][field] = value
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(sealed_body(body, alex, sam_card))


@pytest.mark.parametrize("where", ["body", "item"])
@pytest.mark.parametrize("how", ["missing", "extra"])
def test_missing_or_extra_field(
    alex: Identity,
    sam_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
    where: str,
    how: str,
) -> None:
    body = payload_to_json(share_payload(1))
    target = body if where == "body" else body["items"][0]
    if how == "missing":
        del target["created_at" if where == "body" else "mood"]
    else:
        target["note"] = "unexpected"
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(sealed_body(body, alex, sam_card))


def test_reply_and_withdraw_items_are_checked_too(
    sam: Identity,
    alex: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    reply_payload: BundlePayload,
    withdraw_payload: BundlePayload,
) -> None:
    reply = payload_to_json(reply_payload)
    for field, value in [("reply_id", "xyz"), ("body", "   "), ("created_at", "now"), ("x", 1)]:
        body = copy.deepcopy(reply)
        body["items"][0][field] = value
        mac = mac_for(canon(body), body["bundle_id"], sam.auth_x25519, alex_card.auth_x25519_public)
        data = forge(canon({"body": body, "mac": mac}), alex_card)
        with pytest.raises(BundleInvalid, match=UNREADABLE):
            open_bytes(data, alex, alex_card.fingerprint, sam_card)
    withdraw = payload_to_json(withdraw_payload)
    withdraw["items"].append({"entry_id": 1})
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_bytes(sealed_body(withdraw, alex, sam_card), sam, sam_card.fingerprint, alex_card)


def test_too_many_items(
    alex: Identity, sam_card: PartnerCard, open_as_sam: Any, share_payload: PayloadMaker
) -> None:
    body = payload_to_json(share_payload(1))
    body["items"] = [dict(body["items"][0], entry_id=i + 1) for i in range(MAX_ITEMS + 1)]
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(sealed_body(body, alex, sam_card))


def test_duplicate_entries(
    alex: Identity, sam_card: PartnerCard, open_as_sam: Any, share_payload: PayloadMaker
) -> None:
    body = payload_to_json(share_payload(items=[shared_item(1), shared_item(2)]))
    body["items"][1]["entry_id"] = 1
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(sealed_body(body, alex, sam_card))


def test_duplicate_json_keys(
    alex: Identity, sam_card: PartnerCard, open_as_sam: Any, share_payload: PayloadMaker
) -> None:
    body = payload_to_json(share_payload(1))
    body_bytes = canon(body)
    mac = mac_for(body_bytes, body["bundle_id"], alex.auth_x25519, sam_card.auth_x25519_public)
    doubled_type = body_bytes.replace(b'"type":"share"', b'"type":"share","type":"share"')
    doubled_mac = b'{"body":' + body_bytes + b',"mac":"' + mac.encode() + b'","mac":"x"}'
    for plaintext in (b'{"body":' + doubled_type + b',"mac":"' + mac.encode() + b'"}', doubled_mac):
        with pytest.raises(BundleInvalid, match=UNREADABLE):
            open_as_sam(forge(plaintext, sam_card))


@pytest.mark.parametrize(
    "outer",
    [
        lambda body, mac: [body, mac],
        lambda body, mac: {"body": body},
        lambda body, mac: {"body": body, "mac": mac, "v": 1},
        lambda body, mac: {"body": body, "mac": mac.upper()},
        lambda body, mac: {"body": body, "mac": mac[:-1]},
        lambda body, mac: {"body": body, "mac": 0},
        lambda body, mac: {"body": [body], "mac": mac},
    ],
)
def test_outer_object_is_strict(
    alex: Identity,
    sam_card: PartnerCard,
    open_as_sam: Any,
    share_payload: PayloadMaker,
    outer: Any,
) -> None:
    body = payload_to_json(share_payload(1))
    mac = mac_for(canon(body), body["bundle_id"], alex.auth_x25519, sam_card.auth_x25519_public)
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(forge(canon(outer(body, mac)), sam_card))


def test_non_canonical_plaintext_is_refused_even_with_a_good_mac(
    alex: Identity, sam_card: PartnerCard, open_as_sam: Any, share_payload: PayloadMaker
) -> None:
    body = payload_to_json(share_payload(1))
    mac = mac_for(canon(body), body["bundle_id"], alex.auth_x25519, sam_card.auth_x25519_public)
    good = canon({"body": body, "mac": mac})
    assert open_as_sam(forge(good, sam_card)).bundle_id == body["bundle_id"]
    for variant in (
        good.replace(b'"type":"share"', b'"type": "share"'),
        good.replace(b'"Alex"', b'"\\u0041lex"'),
        good + b" ",
        b"\xef\xbb\xbf" + good,
        good.replace(b',"mac":', b',\n"mac":'),
    ):
        with pytest.raises(BundleInvalid, match=UNREADABLE):
            open_as_sam(forge(variant, sam_card))


def test_unexpected_failure_inside_reads_as_refused(
    monkeypatch: pytest.MonkeyPatch, open_as_sam: Any, small: bytes
) -> None:
    def boom(_body: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("trustjournal.sharing.bundle.payload_from_json", boom)
    with pytest.raises(BundleInvalid, match=DAMAGED):
        open_as_sam(small)


def test_bad_arguments_read_as_refused(sam: Identity, alex_card: PartnerCard, small: bytes) -> None:
    with pytest.raises(TrustJournalError):
        open_bytes(small, sam, None, alex_card)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [b"{}", b"[]", b"0", b'""', b'"\\\\"', b"null"])
def test_millions_of_tiny_values_are_refused_quickly_within_bounds(
    open_as_sam: Any, sam_card: PartnerCard, value: bytes
) -> None:
    """Anyone holding Sam's public card can seal to Sam; a body of millions of tiny JSON
    values must be refused before it is built in memory, not after seconds of parsing."""
    count = 16 * 1024 * 1024 // (len(value) + 1)
    body = b"[" + b",".join([value] * count) + b"]"
    data = forge(b'{"body":' + body + b',"mac":"' + b"0" * 64 + b'"}', sam_card)
    del body
    started = time.perf_counter()
    with pytest.raises(BundleInvalid, match=UNREADABLE):
        open_as_sam(data)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    try:
        with pytest.raises(BundleInvalid, match=UNREADABLE):
            open_as_sam(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 1.0
    assert peak < 4 * len(data)
