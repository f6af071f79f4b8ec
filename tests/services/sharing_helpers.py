"""What the sharing tests share: drafts, and proof that nothing was written."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

from trustjournal.domain import EntryDraft, Kind
from trustjournal.services.sharing_keys import identity
from trustjournal.sharing.bundle import BundleItem, new_payload, seal
from trustjournal.sharing.card import PartnerCard
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


@dataclasses.dataclass
class Couple:
    """Sam and Alex, paired, each with an unlocked journal; ``folder`` is the test's own."""

    sam: Journal
    alex: Journal
    folder: Path

    def out(self, name: str = "bundle.tjshare") -> Path:
        return self.folder / "out" / name


def promise(title: str, body: str = "", mood: int | None = None) -> EntryDraft:
    """A draft of the repairing partner's kind."""
    return EntryDraft(
        kind=Kind.PROMISE, title=title, body=body, date=dt.date(2026, 3, 4), mood=mood
    )


def feeling(title: str, body: str = "") -> EntryDraft:
    """A draft of the hurt partner's kind."""
    return EntryDraft(kind=Kind.FEELING, title=title, body=body, date=dt.date(2026, 3, 5))


def checkpoint(journal: Journal) -> None:
    journal.read(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())


def folder_state(journal: Journal) -> dict[str, bytes]:
    """Every file of an open journal's folder after a checkpoint.

    The ``-shm`` file is SQLite's shared-memory index of the log (rebuilt at every open,
    deleted at close), not data, and is left out.
    """
    checkpoint(journal)
    return {
        p.name: p.read_bytes()
        for p in sorted(journal.folder.iterdir())
        if p.is_file() and not p.name.endswith("-shm")
    }


def total_changes(journal: Journal) -> int:
    """Rows this connection ever inserted, updated or deleted (rolled back ones included)."""
    return int(journal.read(lambda c: c.total_changes))


def digest(journal: Journal) -> str:
    """A hash of the journal's files (after a checkpoint), to compare cheaply and often."""
    state = folder_state(journal)
    return hashlib.sha256(
        b"".join(name.encode() + data for name, data in state.items())
    ).hexdigest()


@contextlib.contextmanager
def nothing_written(journal: Journal) -> Iterator[None]:
    """Assert that the block changes no row and no byte of ``journal``'s folder."""
    before = folder_state(journal)
    changes = total_changes(journal)
    yield
    assert total_changes(journal) == changes, "a row was written (and perhaps rolled back)"
    after = folder_state(journal)
    assert after.keys() == before.keys()
    for name in before:
        assert after[name] == before[name], f"{name} changed"


def locked_files(folder: Path) -> dict[str, bytes]:
    """Every file of a locked journal's folder, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def encoded_forms(text: str) -> list[bytes]:
    """``text`` as UTF-8 and UTF-16 (both byte orders): how it could sit in a file."""
    return [text.encode(encoding) for encoding in ENCODINGS]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def seal_between(
    sender: Journal,
    recipient_card: PartnerCard,
    kind: str,
    items: Sequence[BundleItem],
    *,
    created_at: dt.datetime | None = None,
    sender_name: str = "Sam",
) -> bytes:
    """A bundle made directly with ``sender``'s keys (to test what the services refuse)."""
    me = identity(sender)
    payload = new_payload(
        kind,
        sender=me.fingerprint,
        recipient=recipient_card.fingerprint,
        sender_name=sender_name,
        items=items,
        created_at=created_at,
    )
    return seal(payload, me, recipient_card)
