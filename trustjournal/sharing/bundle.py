"""The ``.tjshare`` file: a sealed, authenticated bundle from one partner to the other.

Layout: ``MAGIC | version (u8) | header length (u16, big-endian) | header | ciphertext``.
The header is canonical JSON that names only the recipient's fingerprint (so a shared
mailbox can tell which files are mine without any cryptography) and the suite. The
ciphertext is one HPKE message (RFC 9180, ML-KEM-768 + X25519, HKDF-SHA256,
ChaCha20-Poly1305) whose ``info`` includes the header bytes, so changing the header
breaks decryption.

Inside is canonical JSON ``{"body": ..., "mac": ...}``. HPKE alone only says "someone
who knew my public card wrote this"; the MAC says "my paired partner wrote this". Its
key comes from an X25519 agreement both partners can compute, so it is deniable on
purpose: the reader is convinced, but holds nothing that proves authorship to anyone
else (DESIGN §5).

Opening checks, in order: sizes, magic, version and header (no cryptography yet); the
recipient; HPKE decryption; the body's form; the sender against the paired partner;
the MAC. Any failure is a :class:`~trustjournal.errors.TrustJournalError`; nothing else
escapes, whatever the input.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.errors import (
    QT_TRANSLATE_NOOP,
    BundleInvalid,
    BundleNotForMe,
    BundleUnknownSender,
    InvalidInput,
    TrustJournalError,
)
from trustjournal.sharing.canonical import (
    CanonicalError,
    canonical_bytes,
    parse_canonical,
    parse_strict,
)
from trustjournal.sharing.card import PartnerCard
from trustjournal.sharing.identity import Identity
from trustjournal.sharing.payload import (
    BUNDLE_TYPES,
    MAX_ITEMS,
    BundleItem,
    BundlePayload,
    PayloadError,
    ReplyItem,
    SharedItem,
    WithdrawItem,
    new_bundle_id,
    new_payload,
    new_reply_id,
    payload_from_json,
    payload_to_json,
)

__all__ = [
    "BUNDLE_SUFFIX",
    "BUNDLE_TYPES",
    "MAX_BUNDLE_BYTES",
    "MAX_ITEMS",
    "BundleHeader",
    "BundleItem",
    "BundlePayload",
    "ReplyItem",
    "SharedItem",
    "WithdrawItem",
    "new_bundle_id",
    "new_payload",
    "new_reply_id",
    "open_bytes",
    "open_path",
    "read_header",
    "read_header_path",
    "seal",
]

MAGIC = b"TJSHARE\x00"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 512
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
BUNDLE_SUFFIX = ".tjshare"
SUITE_NAME = "MLKEM768_X25519/HKDF_SHA256/CHACHA20_POLY1305"
HEADER_FORMAT = "trustjournal-share"
# ML-KEM-768 ciphertext (1,088) + X25519 share (32) + Poly1305 tag (16).
HPKE_OVERHEAD = 1136
PREFIX_BYTES = len(MAGIC) + 1 + 2
# A full bundle holds about 14 strings and 10 other values per item; anyone who has my
# public card can seal to me, so far more than that is refused before it is parsed.
MAX_JSON_VALUES = 16 * (MAX_ITEMS + 16)
_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
_INFO_PREFIX = b"trustjournal share v1\0"
_AUTH_INFO = b"trustjournal share auth v1"
_HEADER_KEYS = frozenset({"format", "version", "to", "suite"})
_OUTER_KEYS = frozenset({"body", "mac"})
_HEX = frozenset("0123456789abcdef")
_OUTER_START = b'{"body":'

_EMPTY = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file is empty, so there is nothing to open. Nothing was changed.",
)
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "This file is too large to be a Trust Journal shared file, so it was not opened. "
    "Nothing was changed.",
)
_NOT_A_BUNDLE = QT_TRANSLATE_NOOP(
    "Errors",
    "This is not a Trust Journal shared file. Nothing was changed.",
)
_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file was made by a newer version of Trust Journal. Update the app, "
    "then open it again. Nothing was changed.",
)
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file is incomplete — perhaps it has not finished copying or syncing. "
    "Try again later. Nothing was changed.",
)
_UNREADABLE_CONTENT = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file was not written the way Trust Journal writes them, so it was "
    "not opened. Nothing was changed.",
)
_CANNOT_READ = QT_TRANSLATE_NOOP(
    "Errors",
    "This file could not be read. Check that it still exists, then try again.",
)
_NOT_PAIRED = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file comes from someone this journal is not paired with yet. Pair "
    "with your partner first, then open it again. Nothing was changed.",
)
_OTHER_SENDER = QT_TRANSLATE_NOOP(
    "Errors",
    "This shared file does not come from the partner this journal is paired with, so "
    "it was not opened. If your partner has set up a new journal, pair again with "
    "their new card. Nothing was changed.",
)


@dataclasses.dataclass(frozen=True, slots=True)
class BundleHeader:
    """What a bundle shows without decryption: the recipient's fingerprint."""

    recipient: str


def seal(payload: BundlePayload, sender: Identity, recipient: PartnerCard) -> bytes:
    """The ``.tjshare`` bytes of ``payload``, readable only by ``recipient``.

    ``payload.sender`` must be ``sender``'s fingerprint and ``payload.recipient`` the
    card's (a mismatch is a programming error: :class:`ValueError`). A payload the
    reader would refuse raises :class:`InvalidInput`, as does one too large for a file.
    """
    if payload.sender != sender.fingerprint or payload.recipient != recipient.fingerprint:
        raise ValueError("the payload's fingerprints do not match the keys it is sealed with")
    body = payload_to_json(payload)
    body_bytes = canonical_bytes(body)
    mac = _mac(sender, recipient, payload.bundle_id, body_bytes)
    plaintext = _outer_bytes(body_bytes, mac)
    header = _header_bytes(recipient.fingerprint)
    size = PREFIX_BYTES + len(header) + HPKE_OVERHEAD + len(plaintext)
    if size > MAX_BUNDLE_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "These entries are too long to share in one file. Please share fewer at a time.",
            )
        )
    ciphertext = _SUITE.encrypt(plaintext, recipient.hpke_public_key(), info=_INFO_PREFIX + header)
    return MAGIC + bytes([FORMAT_VERSION]) + len(header).to_bytes(2, "big") + header + ciphertext


def read_header(data: bytes) -> BundleHeader:
    """The header of a whole bundle, checked without cryptography (:class:`BundleInvalid`)."""
    try:
        header, _header_raw = _parse_header(data, len(data))
    except TrustJournalError:
        raise
    except Exception:
        raise BundleInvalid() from None
    return header


def read_header_path(path: Path) -> BundleHeader:
    """The header of the bundle at ``path``, reading only its first few hundred bytes.

    This is how a mailbox tells which files are addressed to this journal.
    """
    try:
        with _open_regular(path) as (handle, size):
            start = handle.read(PREFIX_BYTES + MAX_HEADER_BYTES)
    except OSError:
        raise BundleInvalid(_CANNOT_READ) from None
    try:
        header, _header_raw = _parse_header(start, size)
    except TrustJournalError:
        raise
    except Exception:
        raise BundleInvalid() from None
    return header


def open_bytes(
    data: bytes, me: Identity, my_fingerprint: str, partner: PartnerCard | None
) -> BundlePayload:
    """Check and decrypt a bundle sealed to ``me`` by ``partner``.

    Raises :class:`BundleInvalid`, :class:`BundleNotForMe` or
    :class:`BundleUnknownSender` with a plain message; never anything else.
    """
    try:
        return _open(data, me, my_fingerprint, partner)
    except TrustJournalError:
        raise
    except Exception:
        # A bug or a library surprise must still read as "refused", never as a traceback.
        raise BundleInvalid() from None


def open_path(
    path: Path, me: Identity, my_fingerprint: str, partner: PartnerCard | None
) -> BundlePayload:
    """:func:`open_bytes` on a file, refusing an oversized one from its size before reading.

    At most ``MAX_BUNDLE_BYTES + 1`` bytes are ever read, even if the file grows meanwhile.
    """
    try:
        with _open_regular(path) as (handle, _size):
            data = handle.read(MAX_BUNDLE_BYTES + 1)
    except OSError:
        raise BundleInvalid(_CANNOT_READ) from None
    return open_bytes(data, me, my_fingerprint, partner)


def _open(
    data: bytes, me: Identity, my_fingerprint: str, partner: PartnerCard | None
) -> BundlePayload:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise BundleInvalid(_NOT_A_BUNDLE)
    data = bytes(data)
    header, header_raw = _parse_header(data, len(data))
    if not _same(header.recipient, my_fingerprint):
        raise BundleNotForMe()
    ciphertext = memoryview(data)[PREFIX_BYTES + len(header_raw) :]
    try:
        plaintext = _SUITE.decrypt(
            ciphertext, me.hpke_private_key(), info=_INFO_PREFIX + header_raw
        )
    except Exception:
        raise BundleInvalid() from None
    try:
        outer = parse_strict(plaintext, max_bytes=MAX_BUNDLE_BYTES, max_values=MAX_JSON_VALUES)
        if not isinstance(outer, dict) or outer.keys() != _OUTER_KEYS:
            raise PayloadError("not a bundle body")
        body, mac = outer["body"], outer["mac"]
        if not isinstance(mac, str) or len(mac) != 64 or not set(mac) <= _HEX:
            raise PayloadError("no MAC")
        payload = payload_from_json(body)
        body_bytes = canonical_bytes(body)
        # One re-encoding serves both the MAC and the check that the plaintext is the
        # canonical spelling (a second full encoding would double the cost of a large one).
        if not _is_outer(plaintext, body_bytes, mac):
            raise PayloadError("not canonical")
    except (CanonicalError, PayloadError):
        raise BundleInvalid(_UNREADABLE_CONTENT) from None
    del plaintext
    if not _same(payload.recipient, header.recipient):
        raise BundleInvalid()
    if partner is None:
        raise BundleUnknownSender(_NOT_PAIRED)
    if not _same(payload.sender, partner.fingerprint):
        raise BundleUnknownSender(_OTHER_SENDER)
    expected = _mac(me, partner, payload.bundle_id, body_bytes)
    if not _same(mac, expected):
        raise BundleInvalid()
    return payload


def _parse_header(data: bytes, total_size: int) -> tuple[BundleHeader, bytes]:
    """Check the fixed prefix and the header; ``data`` may be just the file's start."""
    _check_size(total_size)
    if len(data) < len(MAGIC):
        raise BundleInvalid(_NOT_A_BUNDLE if data != MAGIC[: len(data)] else _INCOMPLETE)
    if data[: len(MAGIC)] != MAGIC:
        raise BundleInvalid(_NOT_A_BUNDLE)
    if len(data) < PREFIX_BYTES:
        raise BundleInvalid(_INCOMPLETE)
    version = data[len(MAGIC)]
    if version > FORMAT_VERSION:
        raise BundleInvalid(_NEWER)
    if version != FORMAT_VERSION:
        raise BundleInvalid()
    header_len = int.from_bytes(data[len(MAGIC) + 1 : PREFIX_BYTES], "big")
    if not 1 <= header_len <= MAX_HEADER_BYTES:
        raise BundleInvalid()
    if len(data) < PREFIX_BYTES + header_len:
        raise BundleInvalid(_INCOMPLETE)
    header_raw = bytes(data[PREFIX_BYTES : PREFIX_BYTES + header_len])
    try:
        value = parse_canonical(header_raw, max_bytes=MAX_HEADER_BYTES)
    except CanonicalError:
        raise BundleInvalid() from None
    if not isinstance(value, dict) or value.keys() != _HEADER_KEYS:
        raise BundleInvalid()
    if value["format"] != HEADER_FORMAT:
        raise BundleInvalid(_NOT_A_BUNDLE)
    if type(value["version"]) is not int or value["version"] != FORMAT_VERSION:
        raise BundleInvalid(_NEWER if _is_newer(value["version"]) else None)
    if value["suite"] != SUITE_NAME:
        raise BundleInvalid(_NEWER)
    recipient = value["to"]
    if not isinstance(recipient, str) or len(recipient) != 64 or not set(recipient) <= _HEX:
        raise BundleInvalid()
    # Checked last: a complete header with a cut-off ciphertext is an incomplete copy.
    if total_size < PREFIX_BYTES + header_len + HPKE_OVERHEAD:
        raise BundleInvalid(_INCOMPLETE)
    return BundleHeader(recipient=recipient), header_raw


def _outer_bytes(body: bytes, mac: str) -> bytes:
    """Canonical ``{"body": BODY, "mac": MAC}`` around an already canonical body."""
    return _OUTER_START + body + b',"mac":"' + mac.encode("ascii") + b'"}'


def _is_outer(plaintext: bytes, body: bytes, mac: str) -> bool:
    """Whether ``plaintext == _outer_bytes(body, mac)``, without building a copy of it."""
    suffix = b',"mac":"' + mac.encode("ascii") + b'"}'
    return (
        len(plaintext) == len(_OUTER_START) + len(body) + len(suffix)
        and plaintext.startswith(_OUTER_START)
        and plaintext.startswith(body, len(_OUTER_START))
        and plaintext.endswith(suffix)
    )


def _check_size(size: int) -> None:
    if size == 0:
        raise BundleInvalid(_EMPTY)
    if size > MAX_BUNDLE_BYTES:
        raise BundleInvalid(_TOO_LARGE)


def _is_newer(version: Any) -> bool:
    return type(version) is int and version > FORMAT_VERSION


def _header_bytes(recipient: str) -> bytes:
    return canonical_bytes(
        {"format": HEADER_FORMAT, "version": FORMAT_VERSION, "to": recipient, "suite": SUITE_NAME}
    )


def _mac(me: Identity, partner: PartnerCard, bundle_id: str, body: bytes) -> str:
    """HMAC-SHA256 of the body under HKDF(X25519(my auth key, partner's auth key))."""
    shared = me.auth_private_key().exchange(partner.auth_public_key())
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(bundle_id), info=_AUTH_INFO
    ).derive(shared)
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


@contextlib.contextmanager
def _open_regular(path: Path) -> Iterator[tuple[BinaryIO, int]]:
    """Open ``path`` for reading, with its size, if it is a regular bundle-sized file.

    The size is checked from ``stat`` before the file is opened (an oversized file is
    never read at all), and again on the open file. A FIFO or device is refused.
    """
    _check_file(Path(path).stat())
    # O_NONBLOCK: if the path became a FIFO after the check, opening it must not hang.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        size = _check_file(os.fstat(fd))
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle, size


def _check_file(info: os.stat_result) -> int:
    if not stat.S_ISREG(info.st_mode):
        raise BundleInvalid(_NOT_A_BUNDLE)
    _check_size(info.st_size)
    return info.st_size
