"""The key header, ``vault.json``: key slots that each wrap the journal's master key.

The header holds no secret. It names the format, the journal's id, and one slot per
way to unlock (passphrase, recovery code). Each slot stores an Argon2id salt and its
parameters, and the random master key sealed with ChaCha20-Poly1305 under the key
that Argon2id derives; the slot's own description is the associated data, so
changing any parameter makes the unwrap fail instead of silently weakening it.

Read :func:`read_header` for the one detection function that understands every
format version we ever wrote.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import secrets
import unicodedata
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from trustjournal.errors import QT_TRANSLATE_NOOP, HeaderDamaged, StorageFull

MAGIC = "trustjournal-vault"
FORMAT_VERSION = 1
HEADER_NAME = "vault.json"
MAX_HEADER_BYTES = 64 * 1024
MASTER_KEY_BYTES = 32

SlotKind = Literal["passphrase", "recovery"]
SLOT_KINDS: tuple[SlotKind, ...] = ("passphrase", "recovery")


@dataclasses.dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def within(self, low: KdfParams, high: KdfParams) -> bool:
        return all(
            getattr(low, f) <= getattr(self, f) <= getattr(high, f)
            for f in ("memory_kib", "iterations", "lanes")
        )

    def to_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)


DEFAULT_KDF = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)
# The floor for any vault a user creates, and for any header we agree to read.
FLOOR_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# A header cannot make us spend more than this, whatever it says.
CEILING_KDF = KdfParams(memory_kib=1024 * 1024, iterations=10, lanes=8)


def kdf_from_environment() -> KdfParams:
    """The cost for new slots: the default, or the floor when ``TRUSTJOURNAL_KDF=floor``.

    The floor still meets the design's minimum; it exists so that test suites and very
    slow machines can create journals quickly. Nothing can ask for less.
    """
    return FLOOR_KDF if os.environ.get("TRUSTJOURNAL_KDF") == "floor" else DEFAULT_KDF


@dataclasses.dataclass(frozen=True, slots=True)
class KeySlot:
    kind: SlotKind
    salt: bytes
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "salt": _b64(self.salt),
            "kdf": self.kdf.to_json(),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }


@dataclasses.dataclass(frozen=True, slots=True)
class VaultHeader:
    journal_id: str
    slots: tuple[KeySlot, ...]

    def slot(self, kind: SlotKind) -> KeySlot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP("Errors", "The journal's key file has no %1 slot."), kind
        )

    def with_slot(self, new: KeySlot) -> VaultHeader:
        """A copy with ``new`` replacing the slot of the same kind."""
        others = tuple(s for s in self.slots if s.kind != new.kind)
        return dataclasses.replace(self, slots=(*others, new))

    def to_bytes(self) -> bytes:
        body = {
            "magic": MAGIC,
            "format": FORMAT_VERSION,
            "journal_id": self.journal_id,
            "slots": [s.to_json() for s in sorted(self.slots, key=lambda s: s.kind)],
        }
        document = {**body, "checksum": _checksum(body)}
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _checksum(body: dict[str, Any]) -> str:
    # Not a security measure (the AEAD is): it tells an accidental edit or a damaged
    # disk apart from a wrong passphrase, so the user gets the right advice.
    return hashlib.sha256(_canonical(body)).hexdigest()


def _associated_data(journal_id: str, kind: str, salt: bytes, kdf: KdfParams) -> bytes:
    return _canonical(
        {
            "magic": MAGIC,
            "format": FORMAT_VERSION,
            "journal_id": journal_id,
            "slot": kind,
            "salt": _b64(salt),
            "kdf": kdf.to_json(),
        }
    )


def passphrase_secret(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC-normalised UTF-8, so every keyboard agrees."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    """Argon2id(secret, salt) → a 256-bit key-encryption key. Takes most of a second."""
    if not kdf.within(FLOOR_KDF, CEILING_KDF):
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors", "The journal's key file asks for key settings outside safe limits."
            )
        )
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(secret)


def seal_slot(
    journal_id: str, kind: SlotKind, secret: bytes, master_key: bytes | bytearray, kdf: KdfParams
) -> KeySlot:
    """A new slot wrapping ``master_key`` under ``secret`` (fresh salt and nonce)."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = derive_kek(secret, salt, kdf)
    wrapped = ChaCha20Poly1305(kek).encrypt(
        nonce, bytes(master_key), _associated_data(journal_id, kind, salt, kdf)
    )
    return KeySlot(kind=kind, salt=salt, kdf=kdf, nonce=nonce, wrapped=wrapped)


def open_slot(header: VaultHeader, kind: SlotKind, secret: bytes) -> bytearray | None:
    """The master key, or ``None`` if ``secret`` is not the one this slot was sealed with."""
    slot = header.slot(kind)
    kek = derive_kek(secret, slot.salt, slot.kdf)
    try:
        key = ChaCha20Poly1305(kek).decrypt(
            slot.nonce,
            slot.wrapped,
            _associated_data(header.journal_id, kind, slot.salt, slot.kdf),
        )
    except InvalidTag:
        return None
    return bytearray(key)


def _require(condition: bool, detail: str) -> None:
    if not condition:
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's key file (vault.json) has been changed or damaged "
                "(%1). Restore it from a backup.",
            ),
            detail,
        )


def _bytes_field(raw: dict[str, Any], name: str, low: int, high: int) -> bytes:
    value = raw.get(name)
    _require(isinstance(value, str) and len(value) < 4 * high, f"bad {name}")
    try:
        data = base64.b64decode(value, validate=True)  # type: ignore[arg-type]
    except ValueError:
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's key file (vault.json) is damaged (bad %1). Restore it from "
                "a backup.",
            ),
            name,
        ) from None
    _require(low <= len(data) <= high, f"bad {name} length")
    return data


def _parse_slot(raw: object) -> KeySlot:
    _require(isinstance(raw, dict), "a slot is not an object")
    assert isinstance(raw, dict)
    kind = raw.get("kind")
    _require(kind in SLOT_KINDS, "unknown slot")
    kdf_raw = raw.get("kdf")
    _require(isinstance(kdf_raw, dict), "no key settings")
    assert isinstance(kdf_raw, dict)
    values = [kdf_raw.get(f) for f in ("memory_kib", "iterations", "lanes")]
    _require(all(type(v) is int for v in values), "bad key settings")
    kdf = KdfParams(*values)  # type: ignore[arg-type]
    _require(kdf.within(FLOOR_KDF, CEILING_KDF), "key settings outside safe limits")
    return KeySlot(
        kind=kind,  # type: ignore[arg-type]
        salt=_bytes_field(raw, "salt", 16, 64),
        kdf=kdf,
        nonce=_bytes_field(raw, "nonce", 12, 12),
        wrapped=_bytes_field(raw, "wrapped", MASTER_KEY_BYTES + 16, MASTER_KEY_BYTES + 16),
    )


def parse_header(data: bytes) -> VaultHeader:
    """Read a header of any format version we ever wrote (so far: 1).

    Raises :class:`HeaderDamaged` for anything else, before any key derivation.
    """
    _require(len(data) <= MAX_HEADER_BYTES, "too large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's key file (vault.json) is damaged and cannot be read. "
                "Restore it from a backup.",
            )
        ) from None
    _require(isinstance(document, dict), "not an object")
    _require(document.get("magic") == MAGIC, "not a Trust Journal key file")
    version = document.get("format")
    if type(version) is int and version > FORMAT_VERSION:
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This journal was made by a newer version of Trust Journal. Please update the app.",
            )
        )
    _require(version == FORMAT_VERSION, "unknown format")
    checksum = document.pop("checksum", None)
    _require(checksum == _checksum(document), "its checksum does not match")
    journal_id = document.get("journal_id")
    _require(
        isinstance(journal_id, str) and len(journal_id) == 32 and journal_id.isalnum(),
        "bad journal id",
    )
    raw_slots = document.get("slots")
    _require(isinstance(raw_slots, list) and 1 <= len(raw_slots) <= 8, "bad slots")
    slots = tuple(_parse_slot(s) for s in raw_slots)
    _require(len({s.kind for s in slots}) == len(slots), "repeated slot")
    return VaultHeader(journal_id=str(journal_id), slots=slots)


def read_header(folder: Path) -> VaultHeader:
    """Read and check ``folder/vault.json``."""
    path = folder / HEADER_NAME
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's key file (vault.json) is missing, so the journal cannot be "
                "opened. Restore it from a backup.",
            )
        ) from None
    except OSError:
        raise HeaderDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The journal's key file (vault.json) cannot be read. "
                "Check the folder's permissions.",
            )
        ) from None
    return parse_header(data)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: temp file, fsync, rename, fsync the folder.

    Either the old or the new content survives a crash or a full disk, never a mix.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(path)
        _fsync_folder(path.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        if error.strerror:
            raise StorageFull(
                QT_TRANSLATE_NOOP("Errors", "%1 could not be written (%2). Nothing was changed."),
                path.name,
                error.strerror,
            ) from None
        raise StorageFull(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 could not be written (write failed). Nothing was changed."
            ),
            path.name,
        ) from None


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_header(folder: Path, header: VaultHeader) -> None:
    """Atomically replace ``folder/vault.json``."""
    write_atomically(folder / HEADER_NAME, header.to_bytes())
