"""My card, my partner, and pairing through a safety number compared face to face."""

from __future__ import annotations

import dataclasses
import datetime as dt

from trustjournal.errors import (
    QT_TRANSLATE_NOOP,
    CardInvalid,
    DatabaseDamaged,
    InvalidInput,
    NotPaired,
    PartnerKeyChanged,
    SafetyNumberMismatch,
)
from trustjournal.sharing.card import PartnerCard, clean_name
from trustjournal.sharing.identity import Identity
from trustjournal.sharing.safety_number import matches, safety_number
from trustjournal.vault import Journal
from trustjournal.vault import sharing_records as records
from trustjournal.vault import sharing_store as store

FALLBACK_NAME = "Partner"


@dataclasses.dataclass(frozen=True, slots=True)
class Partner:
    """The partner this journal is paired with."""

    name: str
    role: str
    card: PartnerCard
    fingerprint: str
    paired_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class PairingCheck:
    """What to show before pairing: the number to compare, and whether the keys changed."""

    safety_number: str
    changed_key: bool
    previous: Partner | None


def identity(journal: Journal) -> Identity:
    """This journal's private identity (read from the encrypted database)."""
    return Identity.from_bytes(journal.read(store.identity_secret))


def display_name(journal: Journal) -> str:
    """The journal's name as a card and a bundle carry it (at most 80 characters)."""
    for candidate in (journal.info.name, journal.info.name[:80]):
        try:
            return clean_name(candidate)
        except InvalidInput:
            continue
    return FALLBACK_NAME


def my_card(journal: Journal) -> PartnerCard:
    """My public card, to give to my partner (as a ``.tjcard`` file or copied text)."""
    return identity(journal).card(display_name(journal), journal.info.role.value)


def partner(journal: Journal) -> Partner | None:
    """The partner this journal is paired with, or ``None``."""
    record = journal.read(store.partner)
    if record is None:
        return None
    try:
        card = PartnerCard.from_text(record.card_text)
    except CardInvalid:
        raise DatabaseDamaged() from None
    return Partner(
        name=record.name,
        role=record.role,
        card=card,
        fingerprint=record.fingerprint,
        paired_at=record.paired_at,
    )


def require_partner(journal: Journal) -> Partner:
    """The paired partner, or :class:`NotPaired`."""
    found = partner(journal)
    if found is None:
        raise NotPaired()
    return found


def _refuse_own(journal: Journal, card: PartnerCard) -> PartnerCard:
    if card.fingerprint == identity(journal).fingerprint:
        raise CardInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is your own card. Ask your partner for theirs, and give them yours. "
                "Nothing was changed.",
            )
        )
    return card


def safety_number_with(journal: Journal, card: PartnerCard) -> str:
    """The 60-digit safety number of my card and ``card`` (the same on both screens)."""
    return safety_number(my_card(journal), _refuse_own(journal, card))


def pairing_check(journal: Journal, card: PartnerCard) -> PairingCheck:
    """The safety number to compare, and whether ``card`` replaces different keys."""
    number = safety_number_with(journal, card)
    previous = partner(journal)
    changed = previous is not None and previous.fingerprint != card.fingerprint
    return PairingCheck(safety_number=number, changed_key=changed, previous=previous)


def pair(
    journal: Journal, card: PartnerCard, confirm_digits: str, *, accept_changed_key: bool = False
) -> Partner:
    """Pair with ``card`` once the user confirms the safety number (spaces are ignored).

    Raises :class:`SafetyNumberMismatch` if the digits differ, :class:`PartnerKeyChanged`
    if the card's keys differ from the paired partner's and ``accept_changed_key`` is
    not given, and :class:`CardInvalid` for my own card. Nothing is written on refusal.
    """
    check = pairing_check(journal, card)
    if not matches(check.safety_number, confirm_digits):
        raise SafetyNumberMismatch()
    if check.changed_key and not accept_changed_key:
        raise PartnerKeyChanged()
    paired_at = records.now()
    with journal.write() as conn:
        store.save_partner(
            conn,
            name=card.name,
            role=card.role,
            card_text=card.to_text(),
            fingerprint=card.fingerprint,
            paired_at=paired_at,
        )
    found = partner(journal)
    assert found is not None
    return found
