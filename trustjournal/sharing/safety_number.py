"""Safety numbers: sixty digits both partners read aloud to each other before pairing.

As in Signal, each card contributes thirty digits derived from its fingerprint by
iterated SHA-512 (slow enough that searching for a key with a look-alike number is
costly), and the two halves are sorted, so both screens show the same number whichever
card is "mine". The name is not part of it: only the keys are.
"""

from __future__ import annotations

import hashlib
import hmac

from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from trustjournal.sharing.card import PartnerCard

DIGITS = 60
GROUP = 5
ITERATIONS = 5200
_VERSION = b"\x00\x00"
_ASCII_DIGITS = frozenset("0123456789")


def card_digits(card: PartnerCard) -> str:
    """The thirty digits one card contributes to every safety number it is part of."""
    key = bytes.fromhex(card.fingerprint)
    value = _VERSION + key
    for _ in range(ITERATIONS):
        value = hashlib.sha512(value + key).digest()
    # Six chunks of five bytes, each reduced to five digits, as Signal does.
    return "".join(
        f"{int.from_bytes(value[i : i + 5], 'big') % 100_000:05d}" for i in range(0, 30, 5)
    )


def safety_number(a: PartnerCard, b: PartnerCard) -> str:
    """Sixty digits, no spaces, identical for ``(a, b)`` and ``(b, a)``."""
    return "".join(sorted((card_digits(a), card_digits(b))))


def grouped(digits: str) -> str:
    """``digits`` in groups of five separated by single spaces, for reading aloud."""
    return " ".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def normalize(text: str) -> str:
    """What the user typed or pasted, without spaces or line breaks.

    Raises :class:`InvalidInput` if anything but the digits 0–9 remains.
    """
    if not isinstance(text, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A safety number is made of digits only."))
    digits = "".join(text.split())
    if not digits or not set(digits) <= _ASCII_DIGITS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A safety number is made of digits only."))
    return digits


def matches(expected: str, typed: str) -> bool:
    """Whether ``typed`` (spaces ignored) is ``expected``; :class:`InvalidInput` if not digits."""
    return hmac.compare_digest(normalize(expected).encode(), normalize(typed).encode())
