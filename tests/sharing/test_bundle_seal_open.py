"""Sealing and opening: every bundle type round-trips, and the format is what DESIGN says."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from bundle_forge import MAGIC, PayloadMaker, canon, forge_body, header_for, shared_item

from trustjournal.errors import InvalidInput
from trustjournal.sharing import (
    MAX_ITEMS,
    BundlePayload,
    Identity,
    PartnerCard,
    ReplyItem,
    SharedItem,
    WithdrawItem,
    new_bundle_id,
    new_payload,
    open_bytes,
    open_path,
    read_header,
    read_header_path,
    seal,
)
from trustjournal.sharing.bundle import HPKE_OVERHEAD
from trustjournal.sharing.payload import payload_to_json


def test_share_round_trip(
    alex: Identity, sam: Identity, alex_card: PartnerCard, sam_card: PartnerCard
) -> None:
    items = [
        shared_item(1),
        shared_item(2, redacted=True, body="The first lines only…", mood=None),
        shared_item(3, kind="reflection", title="Ünïcödé 💬 ✓", body="", mood=5),
        shared_item(4, body="tabs\tand\nnew lines\n\n", date=dt.date(2025, 12, 31)),
    ]
    payload = new_payload(
        "share",
        sender=alex_card.fingerprint,
        recipient=sam_card.fingerprint,
        sender_name="Alex",
        items=items,
    )
    data = seal(payload, alex, sam_card)
    opened = open_bytes(data, sam, sam_card.fingerprint, alex_card)
    assert opened == payload
    assert opened.items == tuple(items)
    assert isinstance(opened.items[0], SharedItem)
    assert opened.created_at.tzinfo is dt.UTC and opened.created_at.microsecond == 0


def test_reply_round_trip(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    reply_payload: BundlePayload,
) -> None:
    data = seal(reply_payload, sam, alex_card)
    opened = open_bytes(data, alex, alex_card.fingerprint, sam_card)
    assert opened == reply_payload
    (item,) = opened.items
    assert isinstance(item, ReplyItem)
    assert item.created_at == dt.datetime(2026, 3, 3, 20, 5, 1, tzinfo=dt.UTC)


def test_withdraw_round_trip(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    withdraw_payload: BundlePayload,
) -> None:
    data = seal(withdraw_payload, alex, sam_card)
    opened = open_bytes(data, sam, sam_card.fingerprint, alex_card)
    assert opened == withdraw_payload
    assert opened.items == (WithdrawItem(entry_id=1),)


@pytest.mark.parametrize("count", [1, 100, MAX_ITEMS])
def test_many_entries(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    share_payload: PayloadMaker,
    count: int,
) -> None:
    payload = share_payload(count)
    assert open_bytes(seal(payload, alex, sam_card), sam, sam_card.fingerprint, alex_card) == (
        payload
    )


def test_open_path_and_header_path(
    tmp_path: Path,
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    payload = share_payload(3)
    path = tmp_path / "from-alex.tjshare"
    path.write_bytes(seal(payload, alex, sam_card))
    assert read_header_path(path).recipient == sam_card.fingerprint
    assert open_path(path, sam, sam_card.fingerprint, alex_card) == payload
    assert sorted(p.name for p in tmp_path.iterdir()) == ["from-alex.tjshare"]


def test_layout_matches_the_format(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    payload = share_payload(1)
    data = seal(payload, alex, sam_card)
    assert data[:8] == MAGIC and data[8] == 1
    header_len = int.from_bytes(data[9:11], "big")
    header = data[11 : 11 + header_len]
    assert header == canon(header_for(sam_card.fingerprint))
    assert json.loads(header)["to"] == sam_card.fingerprint
    assert read_header(data).recipient == sam_card.fingerprint
    body_len = len(canon({"body": payload_to_json(payload), "mac": "0" * 64}))
    assert len(data) == 11 + header_len + HPKE_OVERHEAD + body_len


def test_shared_text_is_not_visible_in_the_file(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    secret = "I have been seeing a counsellor on Tuesdays"
    payload = share_payload(items=[shared_item(1, title="A private title", body=secret)])
    data = seal(payload, alex, sam_card)
    for needle in (secret, "A private title", "Alex", payload.bundle_id, "promise"):
        assert needle.encode() not in data
        assert needle.encode("utf-16-le") not in data
    # The sender is not visible either: only the recipient's fingerprint is.
    assert alex.fingerprint.encode() not in data


def test_two_seals_of_the_same_payload_differ(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    payload = share_payload(1)
    assert seal(payload, alex, sam_card) != seal(payload, alex, sam_card)


def test_independently_written_bundle_is_accepted(
    alex: Identity,
    sam: Identity,
    alex_card: PartnerCard,
    sam_card: PartnerCard,
    share_payload: PayloadMaker,
) -> None:
    payload = share_payload(2)
    data = forge_body(payload_to_json(payload), alex, sam_card)
    assert open_bytes(data, sam, sam_card.fingerprint, alex_card) == payload


def test_new_payload_and_ids(alex_card: PartnerCard, sam_card: PartnerCard) -> None:
    ids = {new_bundle_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 32 and int(i, 16) >= 0 and i == i.lower() for i in ids)
    moment = dt.datetime(2026, 3, 4, 10, 11, 12, 999_999, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    payload = new_payload(
        "withdraw",
        sender=alex_card.fingerprint,
        recipient=sam_card.fingerprint,
        sender_name="Alex",
        items=[WithdrawItem(2)],
        created_at=moment,
    )
    assert payload.created_at == dt.datetime(2026, 3, 4, 8, 11, 12, tzinfo=dt.UTC)


# --- what seal refuses to write -------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([], "1 to 1000 items"),
        ([shared_item(1, title="x" * 501)], "longer than 500"),
        ([shared_item(1, title="two\nlines")], "one line"),
        ([shared_item(1, title="")], "one line"),
        ([shared_item(1, body="bell\x07")], "control characters"),
        ([shared_item(1, body="old\r\nline ends")], "control characters"),
        ([shared_item(1, mood=0)], "mood"),
        ([shared_item(1, mood=True)], "mood"),
        ([shared_item(1, kind="diary")], "unknown kind"),
        ([shared_item(1, version="yesterday")], "YYYY-MM-DDTHH:MM:SSZ"),
        ([shared_item(0)], "entry number"),
        ([shared_item(1), shared_item(1)], "appears twice"),
        ([WithdrawItem(1)], "expected fields"),
        ([object()], "not a shared entry"),
    ],
)
def test_seal_refuses_what_the_reader_would_refuse(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker, items: list, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        seal(share_payload(items=items), alex, sam_card)


def test_seal_refuses_too_many_items(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    with pytest.raises(InvalidInput, match="1 to 1000 items"):
        seal(share_payload(MAX_ITEMS + 1), alex, sam_card)


def test_seal_refuses_a_naive_time(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    payload = dataclasses.replace(share_payload(1), created_at=dt.datetime(2026, 3, 1, 12, 0))
    with pytest.raises(InvalidInput, match="time zone"):
        seal(payload, alex, sam_card)


def test_seal_refuses_a_bundle_larger_than_a_file_may_be(
    alex: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    huge = "é" * 1_000_000  # two bytes each: 34 of these pass 64 MiB
    items = [shared_item(i + 1, body=huge) for i in range(34)]
    with pytest.raises(InvalidInput, match="too long to share in one file"):
        seal(share_payload(items=items), alex, sam_card)


def test_seal_refuses_mismatched_fingerprints(
    alex: Identity, sam: Identity, sam_card: PartnerCard, share_payload: PayloadMaker
) -> None:
    with pytest.raises(ValueError, match="fingerprints"):
        seal(share_payload(1), sam, sam_card)  # signed as the wrong person
    with pytest.raises(ValueError, match="fingerprints"):
        seal(share_payload(1), alex, alex.card("Alex", "repairing"))  # to the wrong person


def test_the_fullest_bundle_of_punctuation_still_opens(
    alex: Identity, sam: Identity, alex_card: PartnerCard, sam_card: PartnerCard
) -> None:
    """The limit on how many values a body may hold never refuses a real bundle, even
    one whose words are full of quotes, commas, brackets and backslashes."""
    words = 'He said "[fine], {ok}", and I said \\ "no," — ' * 200 + "\\"
    items = [shared_item(i + 1, title=f'"{i}", [{{}}] \\', body=words) for i in range(MAX_ITEMS)]
    payload = new_payload(
        "share",
        sender=alex_card.fingerprint,
        recipient=sam_card.fingerprint,
        sender_name="Alex",
        items=items,
    )
    opened = open_bytes(seal(payload, alex, sam_card), sam, sam_card.fingerprint, alex_card)
    assert len(opened.items) == MAX_ITEMS
    assert opened.items[-1] == items[-1]
