"""Identity, partner cards and pairing through the safety number, with real journals."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sharing_helpers import PASSPHRASE, Couple, nothing_written

from trustjournal.domain import Role
from trustjournal.errors import (
    CardInvalid,
    InvalidInput,
    PartnerKeyChanged,
    SafetyNumberMismatch,
)
from trustjournal.services import sharing
from trustjournal.sharing.card import PartnerCard
from trustjournal.sharing.safety_number import grouped
from trustjournal.vault import Journal, schema
from trustjournal.vault import sharing_store as store


def test_a_new_journal_has_an_identity_and_a_card(journal: Journal) -> None:
    card = sharing.my_card(journal)
    assert (card.name, card.role) == ("Alex", "hurt")
    assert re.fullmatch(r"[0-9a-f]{64}", card.fingerprint)
    # The private keys live only inside the database; the card carries public keys.
    secret = journal.read(store.identity_secret)
    assert len(secret) > 128
    assert secret not in card.to_text().encode()
    assert PartnerCard.from_text(card.to_text()) == card


def test_the_identity_survives_locking(journal: Journal) -> None:
    before = sharing.my_card(journal).fingerprint
    folder = journal.folder
    journal.lock()
    with Journal.unlock(folder, PASSPHRASE) as again:
        assert sharing.my_card(again).fingerprint == before


def test_an_existing_journal_gets_an_identity_through_the_migration(journal: Journal) -> None:
    # Take the journal back to the schema before sharing existed, as an older app left it.
    with journal.write() as conn:
        for table in (
            "seen_bundles", "replies", "received_fts", "received_entries",
            "share_ledger", "partner", "sharing_identity",
        ):  # fmt: skip
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX entries_month_figures")  # from a later migration
        conn.execute("PRAGMA user_version = 2")
    folder = journal.folder
    journal.lock()
    with Journal.unlock(folder, PASSPHRASE) as again:
        assert again.read(schema.version) == schema.LATEST >= 3
        assert len(again.read(store.identity_secret)) > 0
        assert sharing.partner(again) is None
        assert sharing.my_card(again).role == "hurt"
        assert again.check() == []


def test_two_journals_have_different_keys(
    make_journal: Callable[..., tuple[Journal, str]],
) -> None:
    one, _ = make_journal("one")
    two, _ = make_journal("two", role=Role.REPAIRING)
    assert sharing.my_card(one).fingerprint != sharing.my_card(two).fingerprint


def test_the_safety_number_is_the_same_on_both_screens(couple: Couple, robin: Journal) -> None:
    on_sams = sharing.safety_number_with(couple.sam, sharing.my_card(couple.alex))
    on_alexs = sharing.safety_number_with(couple.alex, sharing.my_card(couple.sam))
    assert on_sams == on_alexs
    assert re.fullmatch(r"[0-9]{60}", on_sams)
    assert len(grouped(on_sams).split()) == 12
    # Another key gives another number.
    assert sharing.safety_number_with(couple.sam, sharing.my_card(robin)) != on_sams


def test_the_paired_partner_is_remembered(couple: Couple) -> None:
    partner = sharing.partner(couple.alex)
    assert partner is not None
    assert (partner.name, partner.role) == ("Sam", "repairing")
    assert partner.fingerprint == sharing.my_card(couple.sam).fingerprint
    assert partner.card == sharing.my_card(couple.sam)
    assert partner.paired_at.tzinfo is not None


def test_a_fresh_journal_is_paired_with_nobody(robin: Journal) -> None:
    assert sharing.partner(robin) is None


def test_pairing_ignores_spaces_and_line_breaks(couple: Couple, robin: Journal) -> None:
    card = sharing.my_card(couple.sam)
    number = sharing.safety_number_with(robin, card)
    typed = "  " + grouped(number)[:35] + "\n" + grouped(number)[35:] + "\n"
    partner = sharing.pair(robin, card, typed)
    assert partner.fingerprint == card.fingerprint
    assert sharing.partner(robin) == partner


@pytest.mark.parametrize(
    ("typed", "error", "words"),
    [
        ("1" * 60, SafetyNumberMismatch, "do not match"),
        ("12345", SafetyNumberMismatch, "do not match"),
        ("", InvalidInput, "digits only"),
        ("12345 6789O", InvalidInput, "digits only"),
        ("١٢٣٤٥", InvalidInput, "digits only"),  # digits of another script are not 0-9
    ],
)
def test_pairing_with_other_digits_is_refused_and_writes_nothing(
    couple: Couple, robin: Journal, typed: str, error: type[Exception], words: str
) -> None:
    with nothing_written(robin), pytest.raises(error, match=words):
        sharing.pair(robin, sharing.my_card(couple.sam), typed)
    assert sharing.partner(robin) is None


def test_one_digit_off_is_refused(couple: Couple, robin: Journal) -> None:
    card = sharing.my_card(couple.sam)
    number = sharing.safety_number_with(robin, card)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with nothing_written(robin), pytest.raises(SafetyNumberMismatch):
        sharing.pair(robin, card, wrong)


def test_my_own_card_is_refused(robin: Journal) -> None:
    card = sharing.my_card(robin)
    with nothing_written(robin), pytest.raises(CardInvalid, match="your own card"):
        sharing.pair(robin, card, "0" * 60)
    with pytest.raises(CardInvalid, match="your own card"):
        sharing.safety_number_with(robin, card)


def test_a_changed_key_needs_confirming_again(couple: Couple, robin: Journal) -> None:
    # Robin's card stands in for Sam's new keys (say, Sam set up a new journal).
    new_card = sharing.my_card(robin)
    check = sharing.pairing_check(couple.alex, new_card)
    assert check.changed_key
    assert check.previous is not None and check.previous.name == "Sam"
    number = check.safety_number
    with nothing_written(couple.alex), pytest.raises(PartnerKeyChanged, match="different keys"):
        sharing.pair(couple.alex, new_card, number)
    partner = sharing.pair(couple.alex, new_card, number, accept_changed_key=True)
    assert partner.fingerprint == new_card.fingerprint
    assert not sharing.pairing_check(couple.alex, new_card).changed_key


def test_the_same_key_again_is_not_a_change(couple: Couple) -> None:
    check = sharing.pairing_check(couple.alex, sharing.my_card(couple.sam))
    assert not check.changed_key


def test_a_card_file_round_trip(couple: Couple, tmp_path: Path) -> None:
    path = tmp_path / "sam.tjcard"
    path.write_text(sharing.my_card(couple.sam).to_text(), encoding="utf-8")
    assert PartnerCard.from_file(path) == sharing.my_card(couple.sam)


def test_a_name_longer_than_a_card_allows_is_shortened(
    make_journal: Callable[..., tuple[Journal, str]], tmp_path: Path
) -> None:
    long, _ = Journal.create(
        tmp_path / "long", name="N" * 120, role=Role.HURT, since=dt.date(2026, 1, 1),
        passphrase=PASSPHRASE,
    )  # fmt: skip
    try:
        assert sharing.my_card(long).name == "N" * 80
    finally:
        long.lock()
