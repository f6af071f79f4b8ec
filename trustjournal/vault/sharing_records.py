"""What the sharing tables hold, as the rest of the app sees it.

Plain frozen records built by :mod:`trustjournal.vault.sharing_store` and
:mod:`trustjournal.vault.sharing_received`; no database code here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trustjournal.domain.entry import Kind, format_timestamp, parse_timestamp


@dataclasses.dataclass(frozen=True, slots=True)
class PartnerRecord:
    """The paired partner as stored: the card's text is parsed by the services."""

    name: str
    role: str
    card_text: str
    fingerprint: str
    paired_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class Reply:
    """An answer to a shared entry: ``direction`` is "sent" (mine) or "received"."""

    reply_id: str
    direction: str
    body: str
    created_at: dt.datetime
    from_name: str


@dataclasses.dataclass(frozen=True, slots=True)
class ReceivedEntry:
    """An entry my partner shared with me; read-only, kept apart from my own entries.

    A withdrawn entry keeps its row (so the list can say so) with its words wiped.
    """

    id: int
    kind: Kind
    title: str
    body: str
    date: dt.date
    mood: int | None
    redacted: bool
    shared_at: dt.datetime
    from_name: str
    withdrawn_at: dt.datetime | None
    replies: tuple[Reply, ...] = ()

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclasses.dataclass(frozen=True, slots=True)
class LedgerRow:
    """One entry I shared in one bundle: what, which version, when, to whom."""

    entry_id: int
    bundle_id: str
    entry_version: str
    title: str
    kind: Kind
    redacted: bool
    shared_at: dt.datetime
    to_name: str
    to_fingerprint: str
    withdrawn_at: dt.datetime | None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclasses.dataclass(frozen=True, slots=True)
class IncomingEntry:
    """A shared entry as it arrives, already checked (see ``sharing.bundle``)."""

    entry_id: int
    version: str
    kind: Kind
    title: str
    body: str
    date: dt.date
    mood: int | None
    redacted: bool


def parse_time(text: object) -> dt.datetime:
    """A time as the sharing tables store it (``YYYY-MM-DDTHH:MM:SSZ``)."""
    return parse_timestamp(str(text))


def maybe_time(text: object) -> dt.datetime | None:
    """:func:`parse_time`, or ``None`` for a missing time."""
    return None if text is None else parse_timestamp(str(text))


@dataclasses.dataclass(frozen=True, slots=True)
class LedgerItem:
    """What the ledger keeps of one entry in a share."""

    entry_id: int
    entry_version: str
    title: str
    kind: str
    redacted: bool


def now() -> str:
    """The current time as the sharing tables store it."""
    return format_timestamp(dt.datetime.now(dt.UTC))
