"""Fixtures for the sharing core: two partners who pair, and a stranger."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from bundle_forge import PayloadMaker, shared_item

from trustjournal.sharing import (
    BundlePayload,
    Identity,
    PartnerCard,
    ReplyItem,
    WithdrawItem,
    new_identity,
    new_payload,
    open_bytes,
    seal,
)


@pytest.fixture(scope="session")
def alex() -> Identity:
    """The partner who shares (repairing)."""
    return new_identity()


@pytest.fixture(scope="session")
def sam() -> Identity:
    """The partner who reads (hurt)."""
    return new_identity()


@pytest.fixture(scope="session")
def stranger() -> Identity:
    return new_identity()


@pytest.fixture(scope="session")
def alex_card(alex: Identity) -> PartnerCard:
    return alex.card("Alex", "repairing")


@pytest.fixture(scope="session")
def sam_card(sam: Identity) -> PartnerCard:
    return sam.card("Sam", "hurt")


@pytest.fixture(scope="session")
def stranger_card(stranger: Identity) -> PartnerCard:
    return stranger.card("Robin", "hurt")


@pytest.fixture
def share_payload(alex_card: PartnerCard, sam_card: PartnerCard) -> PayloadMaker:
    """A share from Alex to Sam of ``count`` entries (or of the given items)."""

    def make(count: int = 1, items: list[Any] | None = None, **changes: Any) -> BundlePayload:
        fields: dict[str, Any] = {
            "sender": alex_card.fingerprint,
            "recipient": sam_card.fingerprint,
            "sender_name": "Alex",
            "items": items if items is not None else [shared_item(i + 1) for i in range(count)],
        }
        fields.update(changes)
        return new_payload("share", **fields)

    return make


@pytest.fixture
def reply_payload(alex_card: PartnerCard, sam_card: PartnerCard) -> BundlePayload:
    """Sam answers Alex's entry 1."""
    return new_payload(
        "reply",
        sender=sam_card.fingerprint,
        recipient=alex_card.fingerprint,
        sender_name="Sam",
        items=[
            ReplyItem(
                reply_id="0123456789abcdef0123456789abcdef",
                entry_id=1,
                body="Thank you for calling last night. It helped.",
                created_at=dt.datetime(2026, 3, 3, 20, 5, 1, tzinfo=dt.UTC),
            )
        ],
    )


@pytest.fixture
def withdraw_payload(alex_card: PartnerCard, sam_card: PartnerCard) -> BundlePayload:
    return new_payload(
        "withdraw",
        sender=alex_card.fingerprint,
        recipient=sam_card.fingerprint,
        sender_name="Alex",
        items=[WithdrawItem(entry_id=1)],
    )


@pytest.fixture
def small(alex: Identity, sam_card: PartnerCard, withdraw_payload: BundlePayload) -> bytes:
    """A withdrawal from Alex to Sam: the smallest real bundle."""
    return seal(withdraw_payload, alex, sam_card)


@pytest.fixture
def open_as_sam(sam: Identity, sam_card: PartnerCard, alex_card: PartnerCard) -> Any:
    def run(data: bytes) -> BundlePayload:
        return open_bytes(data, sam, sam_card.fingerprint, alex_card)

    return run
