"""A hand-made bundle writer and item builders for the sharing tests.

``forge`` writes a ``.tjshare`` straight from the format description (not through
``seal``), so tests can build exactly the malformed or mis-authenticated bundles an
attacker could, and so the format itself is pinned by an independent writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.sharing import BundlePayload, Identity, PartnerCard, SharedItem

SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
MAGIC = b"TJSHARE\x00"
SUITE_NAME = "MLKEM768_X25519/HKDF_SHA256/CHACHA20_POLY1305"


def canon(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def header_for(recipient_fp: str, **changes: Any) -> dict[str, Any]:
    header: dict[str, Any] = {
        "format": "trustjournal-share",
        "version": 1,
        "to": recipient_fp,
        "suite": SUITE_NAME,
    }
    header.update(changes)
    return header


def mac_for(body: bytes, bundle_id: str, sender_auth: bytes, recipient_auth_public: bytes) -> str:
    shared = x25519.X25519PrivateKey.from_private_bytes(sender_auth).exchange(
        x25519.X25519PublicKey.from_public_bytes(recipient_auth_public)
    )
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=bytes.fromhex(bundle_id),
        info=b"trustjournal share auth v1",
    ).derive(shared)
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def forge(
    plaintext: bytes,
    recipient: PartnerCard,
    *,
    header: bytes | None = None,
    version: int = 1,
    magic: bytes = MAGIC,
    info_prefix: bytes = b"trustjournal share v1\0",
) -> bytes:
    """A bundle around ``plaintext``, written from the format description alone."""
    raw_header = canon(header_for(recipient.fingerprint)) if header is None else header
    ciphertext = SUITE.encrypt(
        plaintext, recipient.hpke_public_key(), info=info_prefix + raw_header
    )
    return magic + bytes([version]) + len(raw_header).to_bytes(2, "big") + raw_header + ciphertext


def forge_body(
    body: dict[str, Any], sender: Identity, recipient: PartnerCard, *, mac: str | None = None
) -> bytes:
    """A bundle whose body is ``body`` (any JSON), with a MAC made from ``sender``'s key."""
    body_bytes = canon(body)
    if mac is None:
        mac = mac_for(
            body_bytes, body["bundle_id"], sender.auth_x25519, recipient.auth_x25519_public
        )
    return forge(canon({"body": body, "mac": mac}), recipient)


def shared_item(entry_id: int = 1, **changes: Any) -> SharedItem:
    fields: dict[str, Any] = {
        "entry_id": entry_id,
        "version": "2026-03-02T09:15:00Z",
        "kind": "promise",
        "title": f"I will call when I am late ({entry_id})",
        "body": "Every time, before the time we agreed.\nNo excuses — just a call.",
        "date": dt.date(2026, 3, 2),
        "mood": 3,
        "redacted": False,
    }
    fields.update(changes)
    return SharedItem(**fields)


PayloadMaker = Callable[..., BundlePayload]
