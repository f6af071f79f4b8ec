"""The journal's data and rules. Imports neither Qt nor the database library."""

from trustjournal.domain.entry import (
    KINDS_BY_ROLE,
    SHARED_KINDS,
    Entry,
    EntryDraft,
    EntryFilter,
    Kind,
    Outcome,
    Repeat,
    Role,
    kinds_for,
    validate,
)

__all__ = [
    "KINDS_BY_ROLE",
    "SHARED_KINDS",
    "Entry",
    "EntryDraft",
    "EntryFilter",
    "Kind",
    "Outcome",
    "Repeat",
    "Role",
    "kinds_for",
    "validate",
]
