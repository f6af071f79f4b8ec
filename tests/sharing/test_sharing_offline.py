"""No network, ever; and the largest bundle is still refused or opened within a second."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import pytest
from bundle_forge import PayloadMaker, shared_item

from trustjournal.errors import BundleUnknownSender
from trustjournal.sharing import (
    MAX_BUNDLE_BYTES,
    Identity,
    PartnerCard,
    new_identity,
    new_payload,
    open_bytes,
    open_path,
    read_header_path,
    safety_number,
    seal,
)


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise NetworkUsed("a socket was created")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)


def test_the_guard_works(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_whole_cycle_without_a_socket(no_network: None, tmp_path: Path) -> None:
    alex, sam = new_identity(), new_identity()
    alex_card = alex.card("Alex", "repairing")
    sam_card = PartnerCard.from_text(sam.card("Sam", "hurt").to_text())
    assert safety_number(alex_card, sam_card) == safety_number(sam_card, alex_card)

    payload = new_payload(
        "share",
        sender=alex_card.fingerprint,
        recipient=sam_card.fingerprint,
        sender_name="Alex",
        items=[shared_item(1), shared_item(2)],
    )
    path = tmp_path / "share.tjshare"
    path.write_bytes(seal(payload, alex, sam_card))
    assert read_header_path(path).recipient == sam_card.fingerprint
    assert open_path(path, sam, sam_card.fingerprint, alex_card) == payload


def near_limit_items() -> list[Any]:
    # Newlines are the slowest text to read back (each is an escape in JSON).
    body = "\n" * 999_999 + "."
    return [shared_item(i + 1, body=body) for i in range(32)]


@pytest.mark.slow
def test_largest_bundle_from_a_stranger_is_refused_within_a_second(
    stranger: Identity,
    sam: Identity,
    stranger_card: PartnerCard,
    sam_card: PartnerCard,
    alex_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    """The costliest refusal: it decrypts (anyone with Sam's card can seal to Sam) and
    must be read whole before the sender can be checked. Measured in CPU time, so that
    other programs busy on the same machine cannot fail it."""
    payload = share_payload(
        items=near_limit_items(), sender=stranger_card.fingerprint, sender_name="Robin"
    )
    data = seal(payload, stranger, sam_card)
    assert MAX_BUNDLE_BYTES * 0.9 < len(data) <= MAX_BUNDLE_BYTES
    del payload
    start = time.process_time()
    with pytest.raises(BundleUnknownSender):
        open_bytes(data, sam, sam_card.fingerprint, alex_card)
    assert time.process_time() - start < 1.0


@pytest.mark.slow
def test_largest_bundle_opens_within_a_second(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    payload = share_payload(items=near_limit_items())
    data = seal(payload, alex, sam_card)
    start = time.process_time()
    opened = open_bytes(data, sam, sam_card.fingerprint, alex_card)
    assert time.process_time() - start < 1.0
    assert opened == payload
