"""Recovery codes: 128 random bits plus a checksum, easy to read aloud and type back.

A code is 32 characters of Crockford base32 (no I, L, O or U, so nothing looks alike),
grouped in fours: ``7K2M-Q9XD-…``. The last 32 bits are a checksum, so a mistyped
code is caught before any key derivation.
"""

from __future__ import annotations

import hashlib
import secrets

from trustjournal.errors import QT_TRANSLATE_NOOP, WrongRecoveryCode

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
_SECRET_BYTES = 16
_CHECK_BYTES = 4
_LENGTH = (_SECRET_BYTES + _CHECK_BYTES) * 8 // 5  # 32 characters


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"trustjournal recovery code\x00" + secret).digest()[:_CHECK_BYTES]


def _encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = [_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_LENGTH))]
    return "-".join("".join(chars[i : i + 4]) for i in range(0, _LENGTH, 4))


def new_recovery_code() -> tuple[str, bytes]:
    """A fresh code for display and the secret bytes it stands for."""
    secret = secrets.token_bytes(_SECRET_BYTES)
    return _encode(secret + _checksum(secret)), secret


def parse_recovery_code(code: str) -> bytes:
    """The secret bytes of ``code``; spaces, dashes and case do not matter.

    Raises :class:`WrongRecoveryCode` if the code is malformed or its checksum fails.
    """
    chars = [c for c in code.upper() if c not in " -\t\n"]
    if len(chars) != _LENGTH or any(c not in _DECODE for c in chars):
        raise WrongRecoveryCode(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A recovery code has 32 letters and digits in groups of four. "
                "Please check it and try again.",
            )
        )
    number = 0
    for c in chars:
        number = (number << 5) | _DECODE[c]
    raw = number.to_bytes(_SECRET_BYTES + _CHECK_BYTES, "big")
    secret, check = raw[:_SECRET_BYTES], raw[_SECRET_BYTES:]
    if not secrets.compare_digest(check, _checksum(secret)):
        raise WrongRecoveryCode(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That recovery code has a typing mistake somewhere. Please check each group.",
            )
        )
    return secret
