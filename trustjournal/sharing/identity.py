"""A journal's sharing identity: the private keys that never leave the encrypted database.

Two key pairs (DESIGN §5): an HPKE hybrid pair (ML-KEM-768 + X25519) that bundles are
sealed to, and a separate X25519 pair used only to authenticate bundles between the two
partners. The hybrid key objects of ``cryptography`` expose no bytes, so the identity
keeps the private halves (the ML-KEM seed and the raw X25519 scalars) and rebuilds the
key objects when it needs them.
"""

from __future__ import annotations

import dataclasses

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from trustjournal.errors import DatabaseDamaged
from trustjournal.sharing.card import PartnerCard, clean_name, key_fingerprint

MLKEM768_SEED_BYTES = 64
X25519_BYTES = 32
_BLOB_MAGIC = b"TJID"
_BLOB_VERSION = 1
_BLOB_BYTES = len(_BLOB_MAGIC) + 1 + MLKEM768_SEED_BYTES + 2 * X25519_BYTES


@dataclasses.dataclass(frozen=True, slots=True)
class Identity:
    """The private halves of a journal's keys. Its repr shows nothing secret."""

    mlkem_seed: bytes = dataclasses.field(repr=False)
    kem_x25519: bytes = dataclasses.field(repr=False)
    auth_x25519: bytes = dataclasses.field(repr=False)

    def __post_init__(self) -> None:
        if not (
            type(self.mlkem_seed) is bytes
            and type(self.kem_x25519) is bytes
            and type(self.auth_x25519) is bytes
            and len(self.mlkem_seed) == MLKEM768_SEED_BYTES
            and len(self.kem_x25519) == X25519_BYTES
            and len(self.auth_x25519) == X25519_BYTES
        ):
            raise DatabaseDamaged()

    def hpke_private_key(self) -> hpke.MLKEM768X25519PrivateKey:
        """The hybrid private key that opens bundles sealed to this journal."""
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed),
            x25519.X25519PrivateKey.from_private_bytes(self.kem_x25519),
        )

    def auth_private_key(self) -> x25519.X25519PrivateKey:
        """The private key behind the bundle authentication (the HMAC key agreement)."""
        return x25519.X25519PrivateKey.from_private_bytes(self.auth_x25519)

    def public_keys(self) -> tuple[bytes, bytes, bytes]:
        """The raw public halves: ML-KEM-768 (1,184 bytes), X25519 KEM, X25519 auth."""
        mlkem_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed)
        kem_key = x25519.X25519PrivateKey.from_private_bytes(self.kem_x25519)
        return (
            mlkem_key.public_key().public_bytes_raw(),
            kem_key.public_key().public_bytes_raw(),
            self.auth_private_key().public_key().public_bytes_raw(),
        )

    def card(self, name: str, role: str) -> PartnerCard:
        """This journal's public card under ``name`` (cleaned; :class:`InvalidInput` if unusable).

        ``role`` is ``"hurt"`` or ``"repairing"`` (a ``Role`` works too).
        """
        mlkem_public, kem_public, auth_public = self.public_keys()
        return PartnerCard(
            name=clean_name(name),
            role=str(role),
            mlkem_public=mlkem_public,
            kem_x25519_public=kem_public,
            auth_x25519_public=auth_public,
        )

    @property
    def fingerprint(self) -> str:
        """The fingerprint of this journal's card (it does not depend on the name)."""
        return key_fingerprint(*self.public_keys())

    def to_bytes(self) -> bytes:
        """A versioned blob for the encrypted database: magic, version, the three secrets."""
        return (
            _BLOB_MAGIC
            + bytes([_BLOB_VERSION])
            + self.mlkem_seed
            + self.kem_x25519
            + self.auth_x25519
        )

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview) -> Identity:
        """Read a blob written by :meth:`to_bytes`; :class:`DatabaseDamaged` if it is not one."""
        if (
            not isinstance(data, bytes | bytearray | memoryview)
            or len(data) != _BLOB_BYTES
            or bytes(data[:4]) != _BLOB_MAGIC
            or data[4] != _BLOB_VERSION
        ):
            raise DatabaseDamaged()
        raw = bytes(data[5:])
        seed_end = MLKEM768_SEED_BYTES
        return cls(
            mlkem_seed=raw[:seed_end],
            kem_x25519=raw[seed_end : seed_end + X25519_BYTES],
            auth_x25519=raw[seed_end + X25519_BYTES :],
        )


def new_identity() -> Identity:
    """Fresh random keys for a new journal (or one that had none before sharing existed)."""
    return Identity(
        mlkem_seed=mlkem.MLKEM768PrivateKey.generate().private_bytes_raw(),
        kem_x25519=x25519.X25519PrivateKey.generate().private_bytes_raw(),
        auth_x25519=x25519.X25519PrivateKey.generate().private_bytes_raw(),
    )
