"""A journal's sharing identity: fresh keys, a storable blob, a card, no secret in a repr."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from trustjournal.domain import Role
from trustjournal.errors import DatabaseDamaged, InvalidInput
from trustjournal.sharing import Identity, new_identity

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def test_new_identities_differ_and_have_the_right_sizes() -> None:
    a, b = new_identity(), new_identity()
    assert (len(a.mlkem_seed), len(a.kem_x25519), len(a.auth_x25519)) == (64, 32, 32)
    assert a.mlkem_seed != b.mlkem_seed
    assert a.kem_x25519 != b.kem_x25519
    assert a.auth_x25519 != b.auth_x25519
    assert a.kem_x25519 != a.auth_x25519
    assert a.fingerprint != b.fingerprint


def test_blob_round_trip() -> None:
    identity = new_identity()
    blob = identity.to_bytes()
    assert blob[:5] == b"TJID\x01"
    assert len(blob) == 5 + 64 + 32 + 32
    assert Identity.from_bytes(blob) == identity
    assert Identity.from_bytes(bytearray(blob)) == identity


@pytest.mark.parametrize(
    "mangle",
    [
        lambda b: b"",
        lambda b: b[:-1],
        lambda b: b + b"\0",
        lambda b: b"TJIX" + b[4:],
        lambda b: b[:4] + b"\x02" + b[5:],
    ],
    ids=["empty", "short", "long", "magic", "version"],
)
def test_damaged_blob_is_refused(mangle: object) -> None:
    blob = new_identity().to_bytes()
    with pytest.raises(DatabaseDamaged):
        Identity.from_bytes(mangle(blob))  # type: ignore[operator]


def test_constructor_refuses_wrong_lengths() -> None:
    with pytest.raises(DatabaseDamaged):
        Identity(mlkem_seed=b"\0" * 63, kem_x25519=b"\0" * 32, auth_x25519=b"\0" * 32)
    with pytest.raises(DatabaseDamaged):
        Identity(mlkem_seed=b"\0" * 64, kem_x25519="x" * 32, auth_x25519=b"\0" * 32)  # type: ignore[arg-type]


def test_repr_shows_no_secret() -> None:
    identity = new_identity()
    for text in (repr(identity), str(identity)):
        assert identity.mlkem_seed.hex() not in text
        assert repr(identity.auth_x25519) not in text
        assert text == "Identity()"


def test_card_carries_the_public_halves() -> None:
    identity = new_identity()
    card = identity.card("  Alex\t Morgan ", Role.REPAIRING)
    assert card.name == "Alex Morgan"
    assert card.role == "repairing"
    seed_key = mlkem.MLKEM768PrivateKey.from_seed_bytes(identity.mlkem_seed)
    assert card.mlkem_public == seed_key.public_key().public_bytes_raw()
    assert (
        card.auth_x25519_public
        == x25519.X25519PrivateKey.from_private_bytes(identity.auth_x25519)
        .public_key()
        .public_bytes_raw()
    )
    assert card.fingerprint == identity.fingerprint


def test_private_key_opens_what_the_card_seals() -> None:
    identity = new_identity()
    card = identity.card("Sam", "hurt")
    ciphertext = SUITE.encrypt(b"hello", card.hpke_public_key(), info=b"test")
    assert SUITE.decrypt(ciphertext, identity.hpke_private_key(), info=b"test") == b"hello"


def test_card_refuses_an_unusable_name() -> None:
    with pytest.raises(InvalidInput, match="name is needed"):
        new_identity().card("   ", "hurt")
