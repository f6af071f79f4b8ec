"""What a bundle carries: its items and envelope, and the strict reading of them.

The same function reads what arrives and checks what is about to be sealed, so a
journal never writes a bundle its partner's journal would refuse. Every field is
type-checked (``True`` is not an id, ``1.0`` is not a mood), every string is bounded,
and an object with a missing or an extra key is refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import secrets
from collections.abc import Callable, Sequence
from typing import Any

from trustjournal.domain.entry import MAX_BODY, MAX_TITLE, Kind
from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from trustjournal.sharing.card import clean_name

BUNDLE_TYPES = ("share", "reply", "withdraw")
MAX_ITEMS = 1000
MAX_ENTRY_ID = 2**63 - 1
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
# [0-9], not \d: \d also matches digits of other scripts, which strptime would then read.
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# What domain.entry.clean_text removes or rewrites: C0 controls but tab and newline
# (so also a carriage return), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BODY_KEYS = frozenset({"bundle_id", "type", "from", "to", "sender_name", "created_at", "items"})
_SHARE_KEYS = frozenset(
    {"entry_id", "version", "kind", "title", "body", "date", "mood", "redacted"}
)
_REPLY_KEYS = frozenset({"reply_id", "entry_id", "body", "created_at"})
_WITHDRAW_KEYS = frozenset({"entry_id"})
_KINDS = frozenset(kind.value for kind in Kind)


class PayloadError(ValueError):
    """A bundle body that does not follow the format; the text says which rule it broke."""


@dataclasses.dataclass(frozen=True, slots=True)
class SharedItem:
    """One shared entry, as the reader will see it (``redacted``: title and an excerpt)."""

    entry_id: int
    version: str
    kind: str
    title: str
    body: str
    date: dt.date
    mood: int | None
    redacted: bool


@dataclasses.dataclass(frozen=True, slots=True)
class ReplyItem:
    """An answer to a shared entry; ``entry_id`` is the author's own id of that entry."""

    reply_id: str
    entry_id: int
    body: str
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class WithdrawItem:
    """The author takes back an entry shared earlier."""

    entry_id: int


BundleItem = SharedItem | ReplyItem | WithdrawItem


@dataclasses.dataclass(frozen=True, slots=True)
class BundlePayload:
    """The authenticated contents of a bundle. ``sender``/``recipient`` are fingerprints."""

    bundle_id: str
    type: str
    sender: str
    recipient: str
    sender_name: str
    created_at: dt.datetime
    items: tuple[BundleItem, ...]


def new_bundle_id() -> str:
    """32 lowercase hex digits from 16 random bytes."""
    return secrets.token_hex(16)


def new_reply_id() -> str:
    """A random id for a reply, in the same form as a bundle id."""
    return secrets.token_hex(16)


def utc_now() -> dt.datetime:
    """The current time in UTC, to the second (what a bundle can carry)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_payload(
    type: str,
    *,
    sender: str,
    recipient: str,
    sender_name: str,
    items: Sequence[BundleItem],
    created_at: dt.datetime | None = None,
) -> BundlePayload:
    """A payload with a fresh bundle id, stamped now (or at ``created_at``, to the second)."""
    moment = utc_now() if created_at is None else _to_utc_second(created_at)
    return BundlePayload(
        bundle_id=new_bundle_id(),
        type=type,
        sender=sender,
        recipient=recipient,
        sender_name=sender_name,
        created_at=moment,
        items=tuple(items),
    )


def payload_to_json(payload: BundlePayload) -> dict[str, Any]:
    """The body object to seal, after checking it exactly as the reader will.

    Raises :class:`InvalidInput` with the broken rule if the reader would refuse it.
    """
    try:
        body = {
            "bundle_id": payload.bundle_id,
            "type": payload.type,
            "from": payload.sender,
            "to": payload.recipient,
            "sender_name": payload.sender_name,
            "created_at": format_timestamp(payload.created_at),
            "items": [_item_to_json(item) for item in payload.items],
        }
        payload_from_json(body)
    except (PayloadError, TypeError, AttributeError, ValueError, OverflowError) as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "This cannot be shared: %1"), error
        ) from None
    return body


def payload_from_json(body: Any) -> BundlePayload:
    """Read a body object received in a bundle; :class:`PayloadError` for any deviation."""
    _keys(body, _BODY_KEYS, "the bundle")
    kind = body["type"]
    if kind not in BUNDLE_TYPES:
        raise PayloadError("unknown bundle type")
    sender = _hex(body["from"], _HEX64, "sender")
    recipient = _hex(body["to"], _HEX64, "recipient")
    if sender == recipient:
        raise PayloadError("sender and recipient are the same journal")
    name = body["sender_name"]
    try:
        if not isinstance(name, str) or clean_name(name) != name:
            raise PayloadError("the sender's name is not usable")
    except InvalidInput:
        raise PayloadError("the sender's name is not usable") from None
    raw_items = body["items"]
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS:
        raise PayloadError(f"a bundle holds 1 to {MAX_ITEMS} items")
    reader = _ITEM_READERS[kind]
    items = tuple(reader(raw) for raw in raw_items)
    _unique(items)
    return BundlePayload(
        bundle_id=_hex(body["bundle_id"], _HEX32, "bundle id"),
        type=kind,
        sender=sender,
        recipient=recipient,
        sender_name=name,
        created_at=parse_timestamp(body["created_at"]),
        items=items,
    )


def format_timestamp(moment: dt.datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC; a naive datetime is refused (its zone is unknown)."""
    return _to_utc_second(moment).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: Any) -> dt.datetime:
    """Read exactly ``YYYY-MM-DDTHH:MM:SSZ`` as an aware UTC datetime."""
    if not isinstance(text, str) or not _TIMESTAMP.fullmatch(text):
        raise PayloadError("a time is not in the form YYYY-MM-DDTHH:MM:SSZ")
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        raise PayloadError("a time does not exist") from None


def _to_utc_second(moment: dt.datetime) -> dt.datetime:
    if not isinstance(moment, dt.datetime) or moment.utcoffset() is None:
        raise PayloadError("a time has no time zone")
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _item_to_json(item: BundleItem) -> dict[str, Any]:
    if isinstance(item, SharedItem):
        return {
            "entry_id": item.entry_id,
            "version": item.version,
            "kind": str(item.kind),
            "title": item.title,
            "body": item.body,
            "date": item.date.isoformat() if isinstance(item.date, dt.date) else item.date,
            "mood": item.mood,
            "redacted": item.redacted,
        }
    if isinstance(item, ReplyItem):
        return {
            "reply_id": item.reply_id,
            "entry_id": item.entry_id,
            "body": item.body,
            "created_at": format_timestamp(item.created_at),
        }
    if isinstance(item, WithdrawItem):
        return {"entry_id": item.entry_id}
    raise PayloadError("an item is not a shared entry, a reply or a withdrawal")


def _shared_item(raw: Any) -> SharedItem:
    _keys(raw, _SHARE_KEYS, "a shared entry")
    kind = raw["kind"]
    if kind not in _KINDS:
        raise PayloadError("a shared entry has an unknown kind")
    title = _text(raw["title"], MAX_TITLE, "title")
    if not title or " ".join(title.split()) != title:
        raise PayloadError("a title must be one line of words")
    mood = raw["mood"]
    if mood is not None and (type(mood) is not int or not 1 <= mood <= 5):
        raise PayloadError("a mood is a whole number from 1 to 5")
    redacted = raw["redacted"]
    if type(redacted) is not bool:
        raise PayloadError("redacted is true or false")
    version = raw["version"]
    parse_timestamp(version)
    return SharedItem(
        entry_id=_entry_id(raw["entry_id"]),
        version=version,
        kind=kind,
        title=title,
        body=_text(raw["body"], MAX_BODY, "body"),
        date=_date(raw["date"]),
        mood=mood,
        redacted=redacted,
    )


def _reply_item(raw: Any) -> ReplyItem:
    _keys(raw, _REPLY_KEYS, "a reply")
    body = _text(raw["body"], MAX_BODY, "reply")
    if not body.strip():
        raise PayloadError("a reply has no words")
    return ReplyItem(
        reply_id=_hex(raw["reply_id"], _HEX32, "reply id"),
        entry_id=_entry_id(raw["entry_id"]),
        body=body,
        created_at=parse_timestamp(raw["created_at"]),
    )


def _withdraw_item(raw: Any) -> WithdrawItem:
    _keys(raw, _WITHDRAW_KEYS, "a withdrawal")
    return WithdrawItem(entry_id=_entry_id(raw["entry_id"]))


_ITEM_READERS: dict[str, Callable[[Any], BundleItem]] = {
    "share": _shared_item,
    "reply": _reply_item,
    "withdraw": _withdraw_item,
}


def _unique(items: tuple[BundleItem, ...]) -> None:
    keys = [item.reply_id if isinstance(item, ReplyItem) else item.entry_id for item in items]
    if len(set(keys)) != len(keys):
        raise PayloadError("the same entry appears twice")


def _keys(raw: Any, expected: frozenset[str], what: str) -> None:
    if not isinstance(raw, dict) or raw.keys() != expected:
        raise PayloadError(f"{what} does not have the expected fields")


def _hex(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise PayloadError(f"the {what} is not in the expected form")
    return value


def _entry_id(value: Any) -> int:
    if type(value) is not int or not 1 <= value <= MAX_ENTRY_ID:
        raise PayloadError("an entry number is not a positive whole number")
    return value


def _text(value: Any, limit: int, what: str) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"a {what} is not text")
    if len(value) > limit:
        raise PayloadError(f"a {what} is longer than {limit:,} characters")
    # The journal itself never stores these controls (see domain.entry.clean_text).
    if _CONTROL.search(value):
        raise PayloadError(f"a {what} contains control characters")
    return value


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise PayloadError("a date is not in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise PayloadError("a date does not exist") from None
