"""Safety numbers: same on both screens, sixty digits, tied to every key and only to keys."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from trustjournal.errors import InvalidInput
from trustjournal.sharing import (
    Identity,
    PartnerCard,
    grouped,
    matches,
    new_identity,
    normalize,
    safety_number,
)
from trustjournal.sharing.safety_number import card_digits

# Fixed keys, so the number a released app shows can never silently change: two
# partners on different versions must still see the same digits.
FIXED_A = Identity(
    mlkem_seed=bytes(range(64)), kem_x25519=bytes(range(64, 96)), auth_x25519=bytes(range(96, 128))
)
FIXED_B = Identity(
    mlkem_seed=bytes(range(128, 192)),
    kem_x25519=bytes(range(192, 224)),
    auth_x25519=bytes(range(224, 256)),
)


def test_known_answer() -> None:
    a, b = FIXED_A.card("A", "hurt"), FIXED_B.card("B", "repairing")
    assert a.fingerprint == "0568fab07640cb97bd43e2939411652d8575bd9609662fbd2c4044ed4488d952"
    assert b.fingerprint == "39ff36bbcc708b13133e71f2004e384eb25e91dd10e26b36bae5b808d4f55d12"
    assert safety_number(a, b) == "943134299608135514941563863301954408891707358431089785441028"


def signal_half(card: PartnerCard) -> str:
    """The description in safety_number's docstring, written out independently."""
    key = bytes.fromhex(card.fingerprint)
    value = b"\x00\x00" + key
    for _ in range(5200):
        value = hashlib.sha512(value + key).digest()
    return "".join(
        str(int.from_bytes(value[i : i + 5], "big") % 100000).zfill(5) for i in range(0, 30, 5)
    )


def test_matches_the_described_derivation(alex_card: PartnerCard, sam_card: PartnerCard) -> None:
    halves = sorted([signal_half(alex_card), signal_half(sam_card)])
    assert safety_number(alex_card, sam_card) == halves[0] + halves[1]


def test_same_both_ways_sixty_digits(alex_card: PartnerCard, sam_card: PartnerCard) -> None:
    number = safety_number(alex_card, sam_card)
    assert number == safety_number(sam_card, alex_card)
    assert len(number) == 60 and number.isascii() and number.isdigit()


def test_grouped_in_twelve_fives(alex_card: PartnerCard, sam_card: PartnerCard) -> None:
    number = safety_number(alex_card, sam_card)
    groups = grouped(number).split(" ")
    assert len(groups) == 12
    assert all(len(group) == 5 for group in groups)
    assert "".join(groups) == number
    assert grouped("1234567") == "12345 67"


@pytest.mark.parametrize("field", ["mlkem_public", "kem_x25519_public", "auth_x25519_public"])
def test_changes_when_any_key_changes(
    alex_card: PartnerCard, sam_card: PartnerCard, field: str
) -> None:
    other = new_identity().card("Alex", "repairing")
    changed = dataclasses.replace(alex_card, **{field: getattr(other, field)})
    assert safety_number(changed, sam_card) != safety_number(alex_card, sam_card)
    # Sam's half is still there; only the half of the card that changed moved.
    assert card_digits(sam_card) in safety_number(changed, sam_card)
    assert card_digits(changed) != card_digits(alex_card)


def test_does_not_depend_on_name_or_role(alex: Identity, sam_card: PartnerCard) -> None:
    assert safety_number(alex.card("Alex", "repairing"), sam_card) == safety_number(
        alex.card("Somebody", "hurt"), sam_card
    )


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("12345 67890", "1234567890"),
        (" 12345\n67890\r\n\t11111 ", "123456789011111"),
        ("12345\u00a067890", "1234567890"),
    ],
)
def test_normalize(typed: str, digits: str) -> None:
    assert normalize(typed) == digits


@pytest.mark.parametrize("typed", ["", "   ", "12345-67890", "1234a", "١٢٣٤٥", "12345.0"])
def test_normalize_refuses(typed: str) -> None:
    with pytest.raises(InvalidInput, match="digits only"):
        normalize(typed)


def test_matches(alex_card: PartnerCard, sam_card: PartnerCard) -> None:
    number = safety_number(alex_card, sam_card)
    assert matches(number, grouped(number))
    assert matches(number, grouped(number).replace(" ", "\n"))
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not matches(number, wrong)
    assert not matches(number, number[:-5])
    with pytest.raises(InvalidInput):
        matches(number, "not a number")
