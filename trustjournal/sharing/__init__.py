"""Sharing by consent (DESIGN §5): identities, partner cards, safety numbers, bundles.

Pure code: no Qt, no database, no network. The vault stores what this package makes,
and the services decide when (always at the user's explicit request) it is used.
"""

from trustjournal.sharing.bundle import (
    BUNDLE_SUFFIX,
    MAX_BUNDLE_BYTES,
    MAX_ITEMS,
    BundleHeader,
    BundleItem,
    BundlePayload,
    ReplyItem,
    SharedItem,
    WithdrawItem,
    new_bundle_id,
    new_payload,
    new_reply_id,
    open_bytes,
    open_path,
    read_header,
    read_header_path,
    seal,
)
from trustjournal.sharing.card import CARD_SUFFIX, PartnerCard, clean_name
from trustjournal.sharing.identity import Identity, new_identity
from trustjournal.sharing.safety_number import grouped, matches, normalize, safety_number

__all__ = [
    "BUNDLE_SUFFIX",
    "CARD_SUFFIX",
    "MAX_BUNDLE_BYTES",
    "MAX_ITEMS",
    "BundleHeader",
    "BundleItem",
    "BundlePayload",
    "Identity",
    "PartnerCard",
    "ReplyItem",
    "SharedItem",
    "WithdrawItem",
    "clean_name",
    "grouped",
    "matches",
    "new_bundle_id",
    "new_identity",
    "new_payload",
    "new_reply_id",
    "normalize",
    "open_bytes",
    "open_path",
    "read_header",
    "read_header_path",
    "safety_number",
    "seal",
]
