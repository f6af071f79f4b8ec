"""Share, open, reply, withdraw: the whole exchange between two real journals."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from sharing_helpers import Couple, feeling, nothing_written, promise, seal_between

from trustjournal.domain import EntryDraft, Kind
from trustjournal.errors import (
    EntryNotFound,
    InvalidInput,
    NothingToWithdraw,
    NotPaired,
    StorageFull,
)
from trustjournal.services import sharing
from trustjournal.services.sharing_files import BundleFileProblem, FileAlreadyThere
from trustjournal.sharing.bundle import SharedItem, WithdrawItem
from trustjournal.vault import Journal
from trustjournal.vault import sharing_store as store

# -- share ----------------------------------------------------------------------------------


def test_the_preview_is_exactly_what_leaves(couple: Couple) -> None:
    one = couple.sam.add(promise("Home by six", "Every evening this week.", mood=4))
    two = couple.sam.add(promise("Phone on the table", "Long words. " * 60, mood=2))
    preview = sharing.preview_share(couple.sam, [one.id, two.id], redact=[two.id])
    receipt = sharing.share(couple.sam, [one.id, two.id], couple.out(), redact=[two.id])
    assert list(receipt.items) == preview
    full, short = preview
    assert (full.title, full.body, full.mood, full.redacted) == (
        "Home by six", "Every evening this week.", 4, False,
    )  # fmt: skip
    assert full.kind == "promise" and full.date == dt.date(2026, 3, 4)
    # Redacted: the title and an excerpt, nothing else.
    assert short.redacted and short.mood is None and short.title == "Phone on the table"
    assert short.body.endswith("…") and len(short.body) <= sharing.EXCERPT_CHARS + 1
    assert short.body.startswith("Long words.")


@pytest.mark.parametrize(
    ("body", "shared"),
    [
        ("", ""),
        ("I lied.", "I…"),
        ("I lied about Tuesday and I am sorry.", "I lied about…"),
        ("First part.\n\nSecond part, much longer than the first one.", "First part…"),
        ("word " * 100, ("word " * 32).strip() + "…"),
        ("x" * 500, "x" * 160 + "…"),
    ],
)
def test_a_redacted_entry_keeps_most_of_its_words(body: str, shared: str) -> None:
    assert sharing.excerpt(body) == shared
    assert len(sharing.excerpt(body).rstrip("…")) <= len(body.strip()) // 2


def test_a_share_writes_a_private_file_and_the_ledger(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out())
    assert receipt.path == couple.out()
    assert stat.S_IMODE(receipt.path.stat().st_mode) == 0o600
    assert [p.name for p in couple.out().parent.iterdir()] == ["bundle.tjshare"]
    [row] = sharing.ledger(couple.sam)
    assert (row.entry_id, row.bundle_id, row.title, row.kind) == (
        entry.id, receipt.bundle_id, "Home by six", Kind.PROMISE,
    )  # fmt: skip
    assert row.entry_version == entry.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (row.to_name, row.to_fingerprint) == ("Alex", sharing.my_card(couple.alex).fingerprint)
    assert row.withdrawn_at is None and not row.redacted
    assert sharing.is_shared(couple.sam, entry.id)


def test_sharing_needs_a_partner(couple: Couple, robin: Journal) -> None:
    entry = robin.add(feeling("Alone"))
    with nothing_written(robin), pytest.raises(NotPaired, match="Pair first"):
        sharing.share(robin, [entry.id], couple.out())
    assert not couple.out().exists()


def test_an_existing_file_is_never_replaced(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    couple.out().write_bytes(b"my own file")
    with nothing_written(couple.sam), pytest.raises(FileAlreadyThere, match="already exists"):
        sharing.share(couple.sam, [entry.id], couple.out())
    assert couple.out().read_bytes() == b"my own file"
    assert sorted(p.name for p in couple.out().parent.iterdir()) == ["bundle.tjshare"]


def test_a_file_that_cannot_be_written_leaves_no_ledger_row(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    blocker = couple.folder / "a file, not a folder"
    blocker.write_bytes(b"")
    with (
        nothing_written(couple.sam),
        pytest.raises(BundleFileProblem, match="could not be written"),
    ):
        sharing.share(couple.sam, [entry.id], blocker / "x.tjshare")
    assert sharing.ledger(couple.sam) == []


def test_a_missing_folder_leaves_no_ledger_row(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    out = couple.folder / "no such folder" / "x.tjshare"
    with nothing_written(couple.sam), pytest.raises(Exception, match="could not be written"):
        sharing.share(couple.sam, [entry.id], out)
    assert sharing.ledger(couple.sam) == []


def test_if_the_ledger_cannot_be_written_the_file_is_removed(
    couple: Couple, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = couple.sam.add(promise("Home by six"))

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(store, "record_share", disk_full)
    with nothing_written(couple.sam), pytest.raises(StorageFull):
        sharing.share(couple.sam, [entry.id], couple.out())
    assert list(couple.out().parent.iterdir()) == []


@pytest.mark.parametrize(
    ("ids", "redact", "error", "words"),
    [
        ([], [], InvalidInput, "at least one entry"),
        ([99], [], EntryNotFound, "no entry number 99"),
        ([1], [2], InvalidInput, "not among the entries"),
    ],
)
def test_bad_choices_are_refused_and_nothing_is_written(
    couple: Couple, ids: list[int], redact: list[int], error: type[Exception], words: str
) -> None:
    couple.sam.add(promise("Home by six"))
    with nothing_written(couple.sam), pytest.raises(error, match=words):
        sharing.share(couple.sam, ids, couple.out(), redact=redact)
    assert not couple.out().exists()


def test_deleting_a_shared_entry_keeps_the_ledger(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    sharing.share(couple.sam, [entry.id], couple.out())
    couple.sam.delete(entry.id)
    [row] = sharing.ledger(couple.sam)
    assert row.entry_id == entry.id and row.title == "Home by six"


# -- open -----------------------------------------------------------------------------------


def test_opened_entries_appear_apart_from_the_readers_own(couple: Couple) -> None:
    mine = couple.alex.add(feeling("My own words", "Only mine, about the garden."))
    before = [e.to_json() for e in couple.alex.iter_all()]
    one = couple.sam.add(promise("Home by six", "Every evening, the garden too.", mood=4))
    receipt = sharing.share(couple.sam, [one.id], couple.out())

    result = sharing.open_bundle(couple.alex, receipt.path)
    assert result == sharing.OpenResult(
        kind="share", sender_name="Sam", added=1, updated=0, withdrawn=0, replies=0,
        replayed=False, bundle_id=receipt.bundle_id,
    )  # fmt: skip
    [got] = sharing.shared_with_me(couple.alex)
    assert (got.kind, got.title, got.body, got.mood, got.date) == (
        Kind.PROMISE, "Home by six", "Every evening, the garden too.", 4, dt.date(2026, 3, 4),
    )  # fmt: skip
    assert got.from_name == "Sam" and not got.redacted and got.withdrawn_at is None
    assert sharing.shared_count(couple.alex) == 1
    assert sharing.shared_entry(couple.alex, got.id) == got
    # Kept apart: the reader's own entries, list and search are untouched.
    assert [e.to_json() for e in couple.alex.iter_all()] == before
    assert couple.alex.count() == 1 and couple.alex.get(mine.id).title == "My own words"
    assert [h.entry.id for h in couple.alex.search("garden")] == [mine.id]
    # … and the shared entry is searchable on its own.
    assert [e.id for e in sharing.search_shared(couple.alex, "garden")] == [got.id]
    assert sharing.search_shared(couple.alex, "nothing-like-this") == []


def test_a_newer_share_of_the_same_entry_replaces_it(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six", "first words"))
    first = sharing.share(couple.sam, [entry.id], couple.out("1.tjshare"))
    sharing.open_bundle(couple.alex, first.path)
    couple.sam.update(entry.id, promise("Home by six thirty", "second words"))
    second = sharing.share(couple.sam, [entry.id], couple.out("2.tjshare"))
    result = sharing.open_bundle(couple.alex, second.path)
    assert (result.added, result.updated) == (0, 1)
    [got] = sharing.shared_with_me(couple.alex)
    assert (got.title, got.body) == ("Home by six thirty", "second words")
    assert sharing.search_shared(couple.alex, "first") == []
    assert len(sharing.ledger(couple.sam)) == 2


def test_bundles_arriving_out_of_order(couple: Couple) -> None:
    """A synced folder can deliver bundles in any order; each carries when it was made."""
    alex_card = sharing.my_card(couple.alex)
    monday = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    tuesday, wednesday = monday + dt.timedelta(days=1), monday + dt.timedelta(days=2)

    def shared(body: str, when: dt.datetime) -> bytes:
        item = SharedItem(
            7, "2026-03-01T10:00:00Z", "promise", "Home", body, dt.date(2026, 3, 1), None, False
        )
        return seal_between(couple.sam, alex_card, "share", [item], created_at=when)

    old, new = shared("first words", monday), shared("second words", wednesday)
    withdrawal = seal_between(
        couple.sam, alex_card, "withdraw", [WithdrawItem(7)], created_at=tuesday
    )
    assert sharing.open_bundle_data(couple.alex, new).added == 1
    # An older share, and a withdrawal made before the newer share, change nothing.
    assert sharing.open_bundle_data(couple.alex, old).updated == 0
    assert sharing.open_bundle_data(couple.alex, withdrawal).withdrawn == 0
    [got] = sharing.shared_with_me(couple.alex)
    assert got.body == "second words" and not got.withdrawn
    # A withdrawal made later than the share takes effect, and a share made before it
    # arriving afterwards does not bring the words back.
    later = seal_between(
        couple.sam,
        alex_card,
        "withdraw",
        [WithdrawItem(7)],
        created_at=wednesday + dt.timedelta(hours=1),
    )
    assert sharing.open_bundle_data(couple.alex, later).withdrawn == 1
    stale = shared("stale words", wednesday)
    assert sharing.open_bundle_data(couple.alex, stale).updated == 0
    assert sharing.shared_with_me(couple.alex)[0].withdrawn


def test_opening_twice_is_a_no_op_that_says_so(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out())
    sharing.open_bundle(couple.alex, receipt.path)
    with nothing_written(couple.alex):
        again = sharing.open_bundle(couple.alex, receipt.path)
    assert again.replayed and (again.added, again.updated) == (0, 0)
    assert sharing.shared_count(couple.alex) == 1


def test_open_bundle_data_is_the_same_as_from_a_file(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out())
    result = sharing.open_bundle_data(couple.alex, receipt.path.read_bytes())
    assert result.added == 1
    assert sharing.open_bundle(couple.alex, receipt.path).replayed


def test_the_author_cannot_open_their_own_bundle(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out())
    with nothing_written(couple.sam), pytest.raises(Exception, match="sealed for someone else"):
        sharing.open_bundle(couple.sam, receipt.path)


def test_a_thousand_entries_in_one_bundle(couple: Couple) -> None:
    ids = couple.sam.add_many([promise(f"Promise {i}", f"words {i}") for i in range(1000)])
    receipt = sharing.share(couple.sam, ids, couple.out())
    assert sharing.open_bundle(couple.alex, receipt.path).added == 1000
    assert sharing.shared_count(couple.alex) == 1000
    assert len(sharing.shared_with_me(couple.alex, limit=10, offset=995)) == 5


def test_more_than_a_bundle_holds_is_refused(couple: Couple) -> None:
    with nothing_written(couple.sam), pytest.raises(InvalidInput, match="up to 1000"):
        sharing.share(couple.sam, list(range(1, 1002)), couple.out())


# -- reply ----------------------------------------------------------------------------------


def shared_one(couple: Couple, title: str = "Home by six") -> tuple[int, int]:
    """Sam shares one entry, Alex opens it: (Sam's entry id, Alex's received id)."""
    entry = couple.sam.add(promise(title, "words"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out(f"{entry.id}.tjshare"))
    sharing.open_bundle(couple.alex, receipt.path)
    [got] = [g for g in sharing.shared_with_me(couple.alex) if g.title == title]
    return entry.id, got.id


def test_a_reply_travels_back_and_is_threaded(couple: Couple) -> None:
    entry_id, received_id = shared_one(couple)
    path = sharing.reply(couple.alex, received_id, "  Thank you. It helped.\n", couple.out("r"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [mine] = sharing.shared_entry(couple.alex, received_id).replies
    assert (mine.direction, mine.body, mine.from_name) == ("sent", "Thank you. It helped.", "Alex")
    result = sharing.open_bundle(couple.sam, path)
    assert (result.kind, result.replies, result.sender_name) == ("reply", 1, "Alex")
    [theirs] = sharing.replies_to(couple.sam, entry_id)
    assert (theirs.direction, theirs.body, theirs.reply_id) == (
        "received", "Thank you. It helped.", mine.reply_id,
    )  # fmt: skip
    assert sharing.open_bundle(couple.sam, path).replayed
    assert len(sharing.replies_to(couple.sam, entry_id)) == 1
    # Sam's own entry is untouched by the reply.
    assert couple.sam.get(entry_id).body == "words"


@pytest.mark.parametrize(
    ("body", "received", "error", "words"),
    [
        ("   \n", None, InvalidInput, "needs a few words"),
        ("Thanks", 99, EntryNotFound, "no shared entry number 99"),
    ],
)
def test_bad_replies_are_refused(
    couple: Couple, body: str, received: int | None, error: type[Exception], words: str
) -> None:
    _, received_id = shared_one(couple)
    with nothing_written(couple.alex), pytest.raises(error, match=words):
        sharing.reply(couple.alex, received or received_id, body, couple.out("r"))
    assert not couple.out("r").exists()


# -- withdraw -------------------------------------------------------------------------------


def test_withdrawing_wipes_the_entry_on_the_readers_side(couple: Couple) -> None:
    entry_id, received_id = shared_one(couple, "Marigold secret")
    path = sharing.withdraw(couple.sam, entry_id, couple.out("w"))
    [row] = sharing.ledger(couple.sam)
    assert row.withdrawn_at is not None and not sharing.is_shared(couple.sam, entry_id)
    result = sharing.open_bundle(couple.alex, path)
    assert (result.kind, result.withdrawn) == ("withdraw", 1)
    got = sharing.shared_entry(couple.alex, received_id)
    assert got.withdrawn and (got.title, got.body, got.mood) == ("", "", None)
    assert got.from_name == "Sam"
    assert sharing.search_shared(couple.alex, "Marigold") == []
    # The author's entry and ledger stay.
    assert couple.sam.get(entry_id).title == "Marigold secret"
    assert sharing.open_bundle(couple.alex, path).replayed


def test_sharing_again_after_a_withdrawal(couple: Couple) -> None:
    entry_id, received_id = shared_one(couple)
    sharing.open_bundle(couple.alex, sharing.withdraw(couple.sam, entry_id, couple.out("w")))
    again = sharing.share(couple.sam, [entry_id], couple.out("again"))
    assert sharing.open_bundle(couple.alex, again.path).updated == 1
    got = sharing.shared_entry(couple.alex, received_id)
    assert not got.withdrawn and got.title == "Home by six"


def test_nothing_to_withdraw(couple: Couple) -> None:
    entry = couple.sam.add(promise("Never shared"))
    with nothing_written(couple.sam), pytest.raises(NothingToWithdraw, match="not been shared"):
        sharing.withdraw(couple.sam, entry.id, couple.out("w"))
    entry_id, _ = shared_one(couple)
    sharing.withdraw(couple.sam, entry_id, couple.out("w"))
    with nothing_written(couple.sam), pytest.raises(NothingToWithdraw, match="already withdrawn"):
        sharing.withdraw(couple.sam, entry_id, couple.out("w2"))
    assert not couple.out("w2").exists()


def test_a_withdrawal_for_something_never_received_writes_nothing(couple: Couple) -> None:
    entry = couple.sam.add(promise("Not yet opened"))
    sharing.share(couple.sam, [entry.id], couple.out("s"))  # Alex never opens it
    path = sharing.withdraw(couple.sam, entry.id, couple.out("w"))
    with nothing_written(couple.alex), pytest.raises(NothingToWithdraw):
        sharing.open_bundle(couple.alex, path)
    # Not remembered as opened: once the share has arrived, the withdrawal works.
    sharing.open_bundle(couple.alex, couple.out("s"))
    assert sharing.open_bundle(couple.alex, path).withdrawn == 1


def test_a_reply_to_a_withdrawn_entry_is_refused(couple: Couple) -> None:
    entry_id, received_id = shared_one(couple)
    sharing.open_bundle(couple.alex, sharing.withdraw(couple.sam, entry_id, couple.out("w")))
    with nothing_written(couple.alex), pytest.raises(InvalidInput, match="Sam withdrew"):
        sharing.reply(couple.alex, received_id, "Thanks", couple.out("r"))


def test_a_reply_from_the_partner_survives_a_withdrawal(couple: Couple) -> None:
    entry_id, received_id = shared_one(couple)
    answer = sharing.reply(couple.alex, received_id, "I read it.", couple.out("r"))
    sharing.withdraw(couple.sam, entry_id, couple.out("w"))
    assert sharing.open_bundle(couple.sam, answer).replies == 1
    assert [r.body for r in sharing.replies_to(couple.sam, entry_id)] == ["I read it."]


def test_entries_written_by_both_partners(couple: Couple) -> None:
    """Sharing goes both ways: Alex can share with Sam just the same."""
    mine = couple.alex.add(EntryDraft(kind=Kind.NEED, title="Honesty", body="Tell me first."))
    receipt = sharing.share(couple.alex, [mine.id], couple.out())
    assert sharing.open_bundle(couple.sam, receipt.path).added == 1
    [got] = sharing.shared_with_me(couple.sam)
    assert (got.kind, got.from_name) == (Kind.NEED, "Alex")


def test_out_path_may_be_given_as_text(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    receipt = sharing.share(couple.sam, [entry.id], Path(str(couple.out())))
    assert receipt.path.is_file()
