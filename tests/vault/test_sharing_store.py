"""The sharing tables (schema v3) and their repository, on a real encrypted journal."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.domain import EntryDraft, Kind
from trustjournal.errors import DatabaseDamaged, NothingToWithdraw
from trustjournal.sharing.identity import Identity
from trustjournal.vault import Journal, schema
from trustjournal.vault import sharing_received as inbox
from trustjournal.vault import sharing_records as records
from trustjournal.vault import sharing_store as store

SAM = "a" * 64
ROBIN = "b" * 64
VERSION = "2026-03-04T10:00:00Z"


def incoming(
    entry_id: int, title: str = "Home by six", body: str = "words"
) -> records.IncomingEntry:
    return records.IncomingEntry(
        entry_id=entry_id,
        version="2026-03-04T10:00:00Z",
        kind=Kind.PROMISE,
        title=title,
        body=body,
        date=dt.date(2026, 3, 4),
        mood=3,
        redacted=False,
    )


def receive(
    journal: Journal,
    items: list[records.IncomingEntry],
    *,
    sender: str = SAM,
    at: str = "2026-03-05T10:00:00Z",
) -> tuple[int, int]:
    with journal.write() as conn:
        return inbox.receive_entries(
            conn, items, bundle_id="0" * 32, from_fingerprint=sender, from_name="Sam",
            shared_at=at, received_at=at,
        )  # fmt: skip


def test_the_migration_brings_the_schema_to_the_latest_version(journal: Journal) -> None:
    assert journal.read(schema.version) == schema.LATEST >= 3
    tables = {
        str(r[0])
        for r in journal.read(lambda c: c.execute("SELECT name FROM sqlite_schema").fetchall())
    }
    assert {
        "sharing_identity", "partner", "share_ledger", "received_entries", "received_fts",
        "replies", "seen_bundles",
    } <= tables  # fmt: skip


def test_exactly_one_identity_and_it_is_usable(journal: Journal) -> None:
    identity = Identity.from_bytes(journal.read(store.identity_secret))
    assert len(identity.fingerprint) == 64
    # One row only: the CHECK and the primary key refuse a second one.
    with pytest.raises(DatabaseDamaged), journal.write() as conn:
        conn.execute("INSERT INTO sharing_identity (id, secret) VALUES (2, x'00')")
    with pytest.raises(DatabaseDamaged), journal.write() as conn:
        store.save_identity(conn, b"x")
    assert Identity.from_bytes(journal.read(store.identity_secret)) == identity


def test_a_missing_identity_is_reported_as_damage(journal: Journal) -> None:
    with journal.write() as conn:
        conn.execute("DELETE FROM sharing_identity")
    with pytest.raises(DatabaseDamaged, match="sharing keys are missing"):
        journal.read(store.identity_secret)


def test_the_search_index_of_received_entries_deletes_securely(journal: Journal) -> None:
    config = dict(
        journal.read(lambda c: c.execute("SELECT k, v FROM received_fts_config").fetchall())
    )
    assert config.get("secure-delete") == 1


def test_the_ledger_has_no_foreign_key_to_entries(journal: Journal) -> None:
    keys = journal.read(lambda c: c.execute("PRAGMA foreign_key_list(share_ledger)").fetchall())
    assert keys == []
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title="Shared once"))
    with journal.write() as conn:
        store.record_share(
            conn, bundle_id="1" * 32,
            items=[records.LedgerItem(entry.id, VERSION, "Shared once", "feeling", False)],
            shared_at="2026-03-04T10:00:00Z", to_fingerprint=SAM, to_name="Sam",
        )  # fmt: skip
    journal.delete(entry.id)
    [row] = journal.read(store.ledger)
    assert (row.entry_id, row.title, row.withdrawn) == (entry.id, "Shared once", False)
    assert journal.read(lambda c: store.is_shared(c, entry.id))
    with journal.write() as conn:
        assert (
            store.record_withdrawal(conn, entry.id, when="2026-03-06T10:00:00Z", bundle_id="2" * 32)
            == 1
        )
        assert (
            store.record_withdrawal(conn, entry.id, when="2026-03-07T10:00:00Z", bundle_id="3" * 32)
            == 0
        )
    [row] = journal.read(store.ledger)
    assert row.withdrawn_at == dt.datetime(2026, 3, 6, 10, tzinfo=dt.UTC)
    assert not journal.read(lambda c: store.is_shared(c, entry.id))
    assert journal.read(lambda c: store.was_ever_shared(c, entry.id))


def test_the_partner_row_is_replaced_not_added(journal: Journal) -> None:
    assert journal.read(store.partner) is None
    for name, fingerprint in [("Sam", SAM), ("Sam", ROBIN)]:
        with journal.write() as conn:
            store.save_partner(
                conn, name=name, role="repairing", card_text="card", fingerprint=fingerprint,
                paired_at="2026-03-01T10:00:00Z",
            )  # fmt: skip
    record = journal.read(store.partner)
    assert record is not None and record.fingerprint == ROBIN
    assert journal.read(lambda c: c.execute("SELECT count(*) FROM partner").fetchone()[0]) == 1


def test_received_entries_are_unique_per_sender_and_entry(journal: Journal) -> None:
    assert receive(journal, [incoming(1), incoming(2)]) == (2, 0)
    assert receive(journal, [incoming(1, body="newer")], at="2026-03-06T10:00:00Z") == (0, 1)
    assert receive(journal, [incoming(1, body="older")], at="2026-03-01T10:00:00Z") == (0, 0)
    assert receive(journal, [incoming(1)], sender=ROBIN) == (1, 0)
    assert journal.read(inbox.received_count) == 3
    bodies = sorted(e.body for e in journal.read(lambda c: inbox.received_page(c, limit=10)))
    assert bodies == ["newer", "words", "words"]


def test_search_finds_received_words_and_treats_operators_as_text(journal: Journal) -> None:
    receive(journal, [incoming(1, "Garden path", "we walked NEAR the river"), incoming(2)])
    found = journal.read(lambda c: inbox.search_received(c, "garden"))
    assert [e.title for e in found] == ["Garden path"]
    assert journal.read(lambda c: inbox.search_received(c, 'NEAR "river')) != []
    assert journal.read(lambda c: inbox.search_received(c, "*** ( ")) == []
    # The journal's own search does not see them.
    assert journal.search("garden") == []


def test_withdrawing_wipes_the_words_and_keeps_the_row(journal: Journal) -> None:
    receive(journal, [incoming(1, "Marigold", "blue words"), incoming(2)])
    with journal.write() as conn:
        assert (
            inbox.withdraw_received(conn, [1], from_fingerprint=SAM, when="2026-03-06T10:00:00Z")
            == 1
        )
    page = journal.read(lambda c: inbox.received_page(c, limit=10))
    withdrawn = next(e for e in page if e.withdrawn)
    assert (withdrawn.title, withdrawn.body, withdrawn.mood) == ("", "", None)
    assert journal.read(lambda c: inbox.search_received(c, "marigold")) == []
    assert journal.read(lambda c: inbox.search_received(c, "blue")) == []
    journal.read(lambda c: c.execute(
        "INSERT INTO received_fts (received_fts, rank) VALUES ('integrity-check', 1)"
    ))  # fmt: skip
    assert journal.check() == []


def test_a_withdrawal_of_anything_unknown_writes_nothing(journal: Journal) -> None:
    receive(journal, [incoming(1)])
    with pytest.raises(NothingToWithdraw), journal.write() as conn:
        inbox.withdraw_received(conn, [1, 99], from_fingerprint=SAM, when="2026-03-06T10:00:00Z")
    [entry] = journal.read(lambda c: inbox.received_page(c, limit=10))
    assert not entry.withdrawn and entry.title == "Home by six"
    # From another sender, the same entry number is someone else's entry.
    with pytest.raises(NothingToWithdraw), journal.write() as conn:
        inbox.withdraw_received(conn, [1], from_fingerprint=ROBIN, when="2026-03-06T10:00:00Z")


def test_seen_bundles_and_replies(journal: Journal) -> None:
    with journal.write() as conn:
        assert not store.seen(conn, "f" * 32)
        store.remember_bundle(conn, "f" * 32, "share", "2026-03-05T10:00:00Z")
        assert store.seen(conn, "f" * 32)
        reply = dict(
            reply_id="e" * 32, direction="received", entry_id=4, received_id=None,
            from_name="Alex", body="Thank you", created_at="2026-03-05T10:00:00Z",
            bundle_id="f" * 32,
        )  # fmt: skip
        assert inbox.add_reply(conn, **reply)  # type: ignore[arg-type]
        assert not inbox.add_reply(conn, **reply)  # type: ignore[arg-type]
    [answer] = journal.read(lambda c: inbox.replies_to(c, 4))
    assert (answer.body, answer.from_name, answer.direction) == ("Thank you", "Alex", "received")
    assert journal.read(lambda c: inbox.replies_to(c, 5)) == []


def test_settings_live_in_the_encrypted_meta_table(journal: Journal) -> None:
    with journal.write() as conn:
        store.set_setting(conn, store.MAILBOX_KEY, "/somewhere")
        store.set_setting(conn, store.MAILBOX_KEY, "/elsewhere")
    assert journal.read(lambda c: store.setting(c, store.MAILBOX_KEY)) == "/elsewhere"
    with journal.write() as conn:
        store.set_setting(conn, store.MAILBOX_KEY, None)
    assert journal.read(lambda c: store.setting(c, store.MAILBOX_KEY)) is None
    assert journal.info.name == "Alex"  # the journal's own meta rows are untouched
