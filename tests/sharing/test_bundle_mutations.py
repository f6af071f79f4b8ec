"""Property tests: no change to a bundle or a card gets through, and nothing but a plain
refusal ever comes out, quickly. (The 10,000-example run against a real journal, with
the database compared byte for byte, lives with the services tests.)"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from bundle_forge import canon, forge, mac_for, shared_item
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from trustjournal.errors import (
    BundleInvalid,
    BundleNotForMe,
    BundleUnknownSender,
    CardInvalid,
    TrustJournalError,
)
from trustjournal.sharing import (
    PartnerCard,
    WithdrawItem,
    new_identity,
    new_payload,
    open_bytes,
    seal,
)
from trustjournal.sharing.payload import payload_to_json

ALEX = new_identity()
SAM = new_identity()
ALEX_CARD = ALEX.card("Alex", "repairing")
SAM_CARD = SAM.card("Sam", "hurt")
SMALL = seal(
    new_payload(
        "withdraw",
        sender=ALEX_CARD.fingerprint,
        recipient=SAM_CARD.fingerprint,
        sender_name="Alex",
        items=[WithdrawItem(3)],
    ),
    ALEX,
    SAM_CARD,
)
SHARE_PAYLOAD = new_payload(
    "share",
    sender=ALEX_CARD.fingerprint,
    recipient=SAM_CARD.fingerprint,
    sender_name="Alex",
    items=[shared_item(1), shared_item(2, redacted=True, mood=None)],
    created_at=dt.datetime(2026, 3, 5, 8, 0, tzinfo=dt.UTC),
)
SHARE = seal(SHARE_PAYLOAD, ALEX, SAM_CARD)
HEADER_END = 11 + int.from_bytes(SMALL[9:11], "big")
REFUSALS = (BundleInvalid, BundleNotForMe, BundleUnknownSender)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` after one to four random edits, weighted towards the first bytes."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        size = len(data)
        head = min(size, HEADER_END + 8)
        position = draw(
            st.one_of(st.integers(0, max(head - 1, 0)), st.integers(0, max(size - 1, 0)))
        )
        edit = draw(st.sampled_from(["flip", "set", "insert", "delete", "cut", "splice", "grow"]))
        if edit == "flip" and size:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif edit == "set" and size:
            data[position] = draw(st.integers(0, 255))
        elif edit == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=64))
        elif edit == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif edit == "cut":
            del data[position:]
        elif edit == "splice":
            other = SHARE if draw(st.booleans()) else SMALL
            start = draw(st.integers(0, len(other) - 1))
            data[position : position + 32] = other[start : start + draw(st.integers(1, 64))]
        else:
            data += draw(st.binary(min_size=1, max_size=256))
    return bytes(data)


def refused(data: bytes) -> TrustJournalError:
    start = time.process_time()
    try:
        open_bytes(data, SAM, SAM_CARD.fingerprint, ALEX_CARD)
    except TrustJournalError as error:
        assert time.process_time() - start < 1.0
        assert isinstance(error, REFUSALS)
        assert error.message and "\n" not in error.message
        return error
    raise AssertionError("a changed bundle was accepted")


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(SMALL), mutated(SHARE)))
def test_mutated_bundles_are_refused(data: bytes) -> None:
    assume(data not in (SMALL, SHARE))
    refused(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused(data: bytes) -> None:
    refused(data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    where=st.sampled_from(
        ["bundle_id", "type", "from", "sender_name", "created_at", "items", "item", "field"]
    ),
    field=st.sampled_from(
        ["entry_id", "version", "kind", "title", "body", "date", "mood", "redacted"]
    ),
    value=JSON,
)
def test_authenticated_bodies_with_any_json_are_refused_cleanly(
    where: str, field: str, value: Any
) -> None:
    """Past the cryptography, with a valid MAC: the reader still takes nothing malformed."""
    body = payload_to_json(SHARE_PAYLOAD)
    if where == "item":
        body["items"][0] = value
    elif where == "field":
        body["items"][1][field] = value
    else:
        body[where] = value
    try:
        body_bytes = canon(body)
    except (ValueError, TypeError):
        return  # not JSON at all (a lone surrogate): covered by the byte mutations
    salt = body["bundle_id"] if where != "bundle_id" else "00" * 16
    mac = mac_for(body_bytes, salt, ALEX.auth_x25519, SAM_CARD.auth_x25519_public)
    data = forge(canon({"body": body, "mac": mac}), SAM_CARD)
    try:
        opened = open_bytes(data, SAM, SAM_CARD.fingerprint, ALEX_CARD)
    except TrustJournalError as error:
        assert isinstance(error, REFUSALS)
        return
    # Only a value the format allows can come through, and then it reads back exactly.
    assert payload_to_json(opened) == body


CARD_TEXT = ALEX_CARD.to_text()


@st.composite
def mutated_text(draw: st.DrawFn, original: str) -> str:
    text = list(original)
    for _ in range(draw(st.integers(1, 3))):
        position = draw(st.integers(0, max(len(text) - 1, 0)))
        edit = draw(st.sampled_from(["set", "insert", "delete", "cut"]))
        if edit == "set" and text:
            text[position] = draw(st.characters(codec="utf-8"))
        elif edit == "insert":
            text[position:position] = list(draw(st.text(min_size=1, max_size=16)))
        elif edit == "delete":
            del text[position : position + draw(st.integers(1, 80))]
        else:
            del text[position:]
    return "".join(text)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text(CARD_TEXT))
def test_mutated_cards_are_refused_or_still_a_valid_card(text: str) -> None:
    start = time.process_time()
    try:
        card = PartnerCard.from_text(text)
    except CardInvalid as error:
        assert error.message
    else:
        # Whitespace or text outside the markers may change; anything else that still
        # reads is a different but well-formed card, which the safety number then exposes.
        assert PartnerCard.from_text(card.to_text()) == card
    assert time.process_time() - start < 1.0
