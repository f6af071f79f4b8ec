"""The mailbox: two journals on one computer sharing through one local folder."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from sharing_helpers import Couple, feeling, nothing_written, promise, seal_between

from trustjournal.errors import BundleUnknownSender, InvalidInput
from trustjournal.services import sharing
from trustjournal.services.sharing import MailboxMissing
from trustjournal.sharing import mailbox
from trustjournal.sharing.bundle import WithdrawItem
from trustjournal.vault import Journal

NAME = re.compile(r"share-[0-9a-f]{8}\.tjshare")


@pytest.fixture
def box(couple: Couple) -> Path:
    folder = couple.folder / "Shared with each other"
    folder.mkdir()
    sharing.set_mailbox(couple.sam, folder)
    sharing.set_mailbox(couple.alex, folder)
    return folder


def test_the_mailbox_setting_is_kept_in_the_journal(couple: Couple, box: Path) -> None:
    assert sharing.mailbox(couple.sam) == box.resolve()
    sharing.set_mailbox(couple.sam, None)
    assert sharing.mailbox(couple.sam) is None


def test_a_folder_that_does_not_exist_is_refused(couple: Couple) -> None:
    with nothing_written(couple.sam), pytest.raises(InvalidInput, match="no folder"):
        sharing.set_mailbox(couple.sam, couple.folder / "nowhere")


def test_two_journals_share_through_one_local_folder(couple: Couple, box: Path) -> None:
    entry = couple.sam.add(promise("Home by six", "Every evening."))
    receipt = sharing.share(couple.sam, [entry.id])  # no file given: the mailbox
    assert receipt.path.parent == box.resolve() and NAME.fullmatch(receipt.path.name)
    # Sam's own outgoing bundle is not for Sam: skipped without a word.
    assert sharing.collect_mailbox(couple.sam) == []
    [(path, result)] = sharing.collect_mailbox(couple.alex)
    assert path == receipt.path
    assert isinstance(result, sharing.OpenResult) and result.added == 1
    # Opened bundles are left where they are (a vanishing file would tell Sam when
    # Alex's app was open) and are not reported again.
    assert receipt.path.exists()
    assert sharing.collect_mailbox(couple.alex) == []

    [got] = sharing.shared_with_me(couple.alex)
    answer = sharing.reply(couple.alex, got.id, "Thank you.")
    assert NAME.fullmatch(answer.name) and answer.parent == box.resolve()
    assert sharing.collect_mailbox(couple.alex) == []
    [(_, replied)] = sharing.collect_mailbox(couple.sam)
    assert isinstance(replied, sharing.OpenResult) and replied.replies == 1

    withdrawal = sharing.withdraw(couple.sam, entry.id)
    assert NAME.fullmatch(withdrawal.name)
    [(_, taken_back)] = sharing.collect_mailbox(couple.alex)
    assert isinstance(taken_back, sharing.OpenResult) and taken_back.withdrawn == 1
    assert sharing.shared_with_me(couple.alex)[0].withdrawn
    assert len(list(box.iterdir())) == 3


def test_names_reveal_nothing_and_do_not_repeat(couple: Couple, box: Path) -> None:
    ids = [couple.sam.add(promise(f"Promise {i}")).id for i in range(20)]
    paths = [sharing.share(couple.sam, [i]).path for i in ids]
    names = {p.name for p in paths}
    assert len(names) == 20 and all(NAME.fullmatch(n) for n in names)
    assert not any("Promise" in n or "Sam" in n or "Alex" in n for n in names)


def test_sharing_into_the_mailbox_needs_one(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    with nothing_written(couple.sam), pytest.raises(MailboxMissing, match="No mailbox"):
        sharing.share(couple.sam, [entry.id])
    with pytest.raises(MailboxMissing):
        sharing.collect_mailbox(couple.sam)


def test_a_mailbox_folder_that_went_away(couple: Couple, box: Path) -> None:
    entry = couple.sam.add(promise("Home by six"))
    box.rmdir()
    with nothing_written(couple.sam), pytest.raises(MailboxMissing, match="cannot be found"):
        sharing.share(couple.sam, [entry.id])
    with pytest.raises(MailboxMissing, match="cannot be found"):
        sharing.collect_mailbox(couple.alex)


def test_unfinished_hidden_and_foreign_files_are_skipped(
    couple: Couple, box: Path, robin: Journal
) -> None:
    entry = couple.sam.add(promise("Home by six"))
    data = sharing.share(couple.sam, [entry.id], couple.out()).path.read_bytes()
    (box / ".share-0000.tjshare.abcd.part").write_bytes(data)  # our own temporary name
    (box / "share-1111.tjshare.part").write_bytes(data)  # a sync tool's partial file
    (box / ".hidden.tjshare").write_bytes(data)
    (box / "notes.txt").write_bytes(data)
    (box / "half.tjshare").write_bytes(data[:300])  # still arriving: header incomplete
    (box / "garbage.tjshare").write_bytes(b"not a bundle at all")
    (box / "empty.tjshare").write_bytes(b"")
    (box / "folder.tjshare").mkdir()
    os.symlink(couple.out(), box / "link.tjshare")
    # Robin's bundle for Sam is for someone else as far as Alex is concerned.
    sharing.pair(robin, sharing.my_card(couple.sam), _number(robin, couple.sam))
    other = robin.add(feeling("For Sam"))
    sharing.set_mailbox(robin, box)
    sharing.share(robin, [other.id])
    with nothing_written(couple.alex):
        assert sharing.collect_mailbox(couple.alex) == []


def test_a_refused_bundle_is_reported_and_left_in_place(
    couple: Couple, box: Path, robin: Journal
) -> None:
    data = seal_between(robin, sharing.my_card(couple.alex), "withdraw", [WithdrawItem(1)])
    path = box / "share-deadbeef.tjshare"
    path.write_bytes(data)
    with nothing_written(couple.alex):
        [(where, error)] = sharing.collect_mailbox(couple.alex)
    assert where == path and isinstance(error, BundleUnknownSender)
    assert path.exists()


def test_a_share_is_opened_before_its_withdrawal(couple: Couple, box: Path) -> None:
    entry = couple.sam.add(promise("Home by six"))
    share = sharing.share(couple.sam, [entry.id]).path
    withdrawal = sharing.withdraw(couple.sam, entry.id)
    # Give the files distinct, ordered times, as a sync tool would deliver them.
    now = time.time()
    os.utime(share, (now - 10, now - 10))
    os.utime(withdrawal, (now, now))
    results = sharing.collect_mailbox(couple.alex)
    kinds = [r.kind for _, r in results if isinstance(r, sharing.OpenResult)]
    assert kinds == ["share", "withdraw"]
    assert sharing.shared_with_me(couple.alex)[0].withdrawn


def test_candidates_are_bounded_to_the_newest(tmp_path: Path) -> None:
    now = time.time()
    for i in range(30):
        path = tmp_path / f"share-{i:08x}.tjshare"
        path.write_bytes(b"x")
        os.utime(path, (now - 100 + i, now - 100 + i))
    found = mailbox.candidates(tmp_path, limit=10)
    assert [p.name for p in found] == [f"share-{i:08x}.tjshare" for i in range(20, 30)]
    assert mailbox.candidates(tmp_path / "missing") == []


def _number(me: Journal, other: Journal) -> str:
    return sharing.safety_number_with(me, sharing.my_card(other))
