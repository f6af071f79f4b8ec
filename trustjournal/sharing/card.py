"""Partner cards: a display name and three public keys, passed between partners as text.

A card is public: it can be mailed, pasted into a chat or saved as a ``.tjcard`` file.
What makes it trustworthy is not the channel but the safety number the partners compare
face to face (see :mod:`trustjournal.sharing.safety_number`). The fingerprint commits to
the keys only; the name is a label the other partner can read, nothing more.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from trustjournal.errors import QT_TRANSLATE_NOOP, CardInvalid, InvalidInput
from trustjournal.sharing.canonical import CanonicalError, canonical_bytes, parse_canonical

CARD_FORMAT = "trustjournal-card"
CARD_VERSION = 1
CARD_SUFFIX = ".tjcard"
MAX_CARD_TEXT = 16 * 1024
MAX_NAME = 80
ROLES = ("hurt", "repairing")
MLKEM768_PUBLIC_BYTES = 1184
X25519_BYTES = 32
BEGIN = "-----BEGIN TRUST JOURNAL CARD-----"
END = "-----END TRUST JOURNAL CARD-----"
_FINGERPRINT_TAG = b"trustjournal card v1\0"
_WRAP = 64
_CARD_KEYS = frozenset({"format", "version", "name", "role", "keys"})
_KEY_NAMES = frozenset({"mlkem768", "x25519_kem", "x25519_auth"})
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
# Direction marks and overrides can make a name read differently from what it is, right
# next to the safety number; nobody needs them in a first name.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def clean_name(name: str) -> str:
    """The display name as a card carries it: NFC, whitespace collapsed, 1–80 characters.

    Raises :class:`InvalidInput` for an empty or over-long name or one with control
    characters.
    """
    if not isinstance(name, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name is needed."))
    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name is needed."))
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A name can be at most %1 characters long."), MAX_NAME
        )
    for char in cleaned:
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A name cannot contain control characters.")
            )
    return cleaned


@dataclasses.dataclass(frozen=True, slots=True)
class PartnerCard:
    """A partner's public card. Constructing one validates every field (:class:`CardInvalid`)."""

    name: str
    role: str
    mlkem_public: bytes = dataclasses.field(repr=False)
    kem_x25519_public: bytes = dataclasses.field(repr=False)
    auth_x25519_public: bytes = dataclasses.field(repr=False)

    def __post_init__(self) -> None:
        try:
            name_ok = clean_name(self.name) == self.name
        except InvalidInput as error:
            raise CardInvalid(
                QT_TRANSLATE_NOOP("Errors", "The name on this card cannot be used. %1"),
                error.message,
            ) from None
        if not name_ok:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "The name on this card cannot be used. Nothing was changed."
                )
            )
        if self.role not in ROLES:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This card does not say which partner it belongs to. Nothing was changed.",
                )
            )
        _check_keys(self.mlkem_public, self.kem_x25519_public, self.auth_x25519_public)

    @property
    def fingerprint(self) -> str:
        """64 lowercase hex digits of SHA-256 over the three public keys (not the name)."""
        return key_fingerprint(self.mlkem_public, self.kem_x25519_public, self.auth_x25519_public)

    def hpke_public_key(self) -> hpke.MLKEM768X25519PublicKey:
        """The hybrid key bundles to this partner are sealed to."""
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem_public),
            x25519.X25519PublicKey.from_public_bytes(self.kem_x25519_public),
        )

    def auth_public_key(self) -> x25519.X25519PublicKey:
        """The key that authenticates bundles between this partner and the other."""
        return x25519.X25519PublicKey.from_public_bytes(self.auth_x25519_public)

    def to_json(self) -> dict[str, Any]:
        """The card as a JSON object (what :meth:`to_text` encodes)."""
        return {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "name": self.name,
            "role": self.role,
            "keys": {
                "mlkem768": _b64(self.mlkem_public),
                "x25519_kem": _b64(self.kem_x25519_public),
                "x25519_auth": _b64(self.auth_x25519_public),
            },
        }

    def to_text(self) -> str:
        """The ``.tjcard`` content, also the text a partner copies and pastes."""
        encoded = _b64(canonical_bytes(self.to_json()))
        lines = [encoded[i : i + _WRAP] for i in range(0, len(encoded), _WRAP)]
        return "\n".join([BEGIN, *lines, END]) + "\n"

    @classmethod
    def from_text(cls, text: str) -> PartnerCard:
        """Read a card from its text; tolerant of line ends, indentation and text around it.

        Raises :class:`CardInvalid` with a plain reason for anything that is not a
        complete, well-formed card with usable keys.
        """
        if not isinstance(text, str):
            raise CardInvalid()
        if len(text) > MAX_CARD_TEXT:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is too long to be a partner card. Nothing was changed."
                )
            )
        if text.count(BEGIN) != 1 or text.count(END) != 1:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This is not a Trust Journal partner card. A card starts with "
                    "“%1”. Nothing was changed.",
                ),
                BEGIN,
            )
        start = text.index(BEGIN) + len(BEGIN)
        stop = text.index(END)
        if stop < start:
            raise CardInvalid()
        # Mail and chat programs re-wrap, indent and change line ends; base64 has no spaces.
        inner = "".join(text[start:stop].split())
        return cls.from_json(_parse_card_json(_strict_b64(inner)))

    @classmethod
    def from_json(cls, data: Any) -> PartnerCard:
        """Build a card from its JSON object, checking every field (:class:`CardInvalid`)."""
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is not a Trust Journal partner card. Nothing was changed."
                )
            )
        version = data.get("version")
        if type(version) is int and version > CARD_VERSION:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This card was made by a newer version of Trust Journal. Update the app, "
                    "then try again. Nothing was changed.",
                )
            )
        if set(data) != _CARD_KEYS or version != CARD_VERSION or type(version) is not int:
            raise CardInvalid()
        name, role, keys = data["name"], data["role"], data["keys"]
        if not isinstance(name, str) or not isinstance(role, str):
            raise CardInvalid()
        if not isinstance(keys, dict) or set(keys) != _KEY_NAMES:
            raise CardInvalid()
        return cls(
            name=name,
            role=role,
            mlkem_public=_strict_b64(keys["mlkem768"]),
            kem_x25519_public=_strict_b64(keys["x25519_kem"]),
            auth_x25519_public=_strict_b64(keys["x25519_auth"]),
        )

    @classmethod
    def from_file(cls, path: Path) -> PartnerCard:
        """Read a ``.tjcard`` file, refusing anything larger than a card before reading it."""
        try:
            info = Path(path).stat()
            if not stat.S_ISREG(info.st_mode):
                raise CardInvalid(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This is not a Trust Journal partner card. Nothing was changed."
                    )
                )
            if info.st_size > MAX_CARD_TEXT:
                raise CardInvalid(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This is too large to be a partner card. Nothing was changed."
                    )
                )
            with Path(path).open("rb") as handle:
                raw = handle.read(MAX_CARD_TEXT + 1)
        except OSError:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This card file could not be read. Check that it still exists and try again.",
                )
            ) from None
        if len(raw) > MAX_CARD_TEXT:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is too large to be a partner card. Nothing was changed."
                )
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CardInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is not a Trust Journal partner card. Nothing was changed."
                )
            ) from None
        return cls.from_text(text)


def key_fingerprint(
    mlkem_public: bytes, kem_x25519_public: bytes, auth_x25519_public: bytes
) -> str:
    """SHA-256 over a tag and the three public keys, as 64 lowercase hex digits.

    Every key has a fixed length, so plain concatenation cannot be ambiguous.
    """
    digest = hashlib.sha256(_FINGERPRINT_TAG)
    digest.update(mlkem_public)
    digest.update(kem_x25519_public)
    digest.update(auth_x25519_public)
    return digest.hexdigest()


def _check_keys(mlkem_public: object, kem_x25519: object, auth_x25519: object) -> None:
    if not (
        type(mlkem_public) is bytes
        and type(kem_x25519) is bytes
        and type(auth_x25519) is bytes
        and len(mlkem_public) == MLKEM768_PUBLIC_BYTES
        and len(kem_x25519) == X25519_BYTES
        and len(auth_x25519) == X25519_BYTES
    ):
        raise CardInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "The keys on this card are incomplete. Nothing was changed."
            )
        )
    try:
        mlkem.MLKEM768PublicKey.from_public_bytes(mlkem_public)
        probe = x25519.X25519PrivateKey.generate()
        # from_public_bytes accepts the low-order points; an exchange refuses them, and a
        # card with such a key could never carry a secret.
        for raw in (kem_x25519, auth_x25519):
            probe.exchange(x25519.X25519PublicKey.from_public_bytes(raw))
    except ValueError:
        raise CardInvalid(
            QT_TRANSLATE_NOOP("Errors", "The keys on this card are not valid. Nothing was changed.")
        ) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _strict_b64(text: object) -> bytes:
    """Decode base64 that must be exactly what :func:`_b64` writes."""
    if not isinstance(text, str) or len(text) > MAX_CARD_TEXT or not _BASE64.fullmatch(text):
        raise CardInvalid()
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise CardInvalid() from None
    if _b64(data) != text:
        raise CardInvalid()
    return data


def _parse_card_json(data: bytes) -> Any:
    try:
        return parse_canonical(data, max_bytes=MAX_CARD_TEXT)
    except CanonicalError:
        raise CardInvalid() from None
