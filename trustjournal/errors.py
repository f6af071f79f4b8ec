"""Errors that reach a user, each with one plain, kind sentence.

Every failure the core can meet is raised as a subclass of :class:`TrustJournalError`.
The command line prints ``str(error)`` on one line; the app shows it in a dialog or
inline. Nothing else (no traceback, no SQLCipher log line) is shown to a user.
"""

from __future__ import annotations


class TrustJournalError(Exception):
    """Base class: a problem a user can understand and act on."""

    default_message = "Something went wrong. Your journal has not been changed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class WrongPassphrase(TrustJournalError):
    default_message = "That passphrase does not open this journal. Please check it and try again."


class WrongRecoveryCode(TrustJournalError):
    default_message = (
        "That recovery code does not open this journal. Please check each group and try again."
    )


class InvalidInput(TrustJournalError):
    """A value the user gave cannot be used (a bad date, an unknown kind, …)."""

    default_message = "That value cannot be used."


class NotAJournal(TrustJournalError):
    default_message = "This folder is not a Trust Journal journal."


class JournalExists(TrustJournalError):
    default_message = "A journal already exists there. Nothing was changed."


class HeaderDamaged(TrustJournalError):
    default_message = (
        "The journal's key file (vault.json) is missing or damaged, so the journal cannot "
        "be opened. Restore it from a backup."
    )


class DatabaseDamaged(TrustJournalError):
    default_message = (
        "The journal's database is damaged or does not belong to this journal. "
        "Restore it from a backup."
    )


class WeakDatabaseSettings(TrustJournalError):
    default_message = (
        "The encryption library does not provide the protection this journal needs, "
        "so the journal was not opened."
    )


class JournalInUse(TrustJournalError):
    default_message = (
        "This journal is already open in another window or program. Close it there first."
    )


class JournalLocked(TrustJournalError):
    default_message = "The journal is locked. Unlock it first."


class JournalMissing(TrustJournalError):
    default_message = (
        "The journal's folder can no longer be found — was a disk removed or the folder "
        "moved? Nothing was saved; your words are still here. Bring the folder back, "
        "or copy your words somewhere safe."
    )


class EntryNotFound(TrustJournalError):
    default_message = "There is no entry with that number."


class StorageFull(TrustJournalError):
    default_message = (
        "The disk is full or the folder cannot be written, so this was not saved. "
        "Your journal is unchanged; free some space and try again."
    )


class BackupInvalid(TrustJournalError):
    default_message = (
        "This backup is damaged or is not a Trust Journal backup. Nothing was restored."
    )


class ImportInvalid(TrustJournalError):
    default_message = "This file could not be imported. Nothing was imported."


# Sharing by consent (DESIGN §5). A refused bundle or card never changes anything, and
# every message says so, because the person reading it may fear the worst.


class CardInvalid(TrustJournalError):
    default_message = (
        "This partner card could not be read. Ask your partner to send their card again. "
        "Nothing was changed."
    )


class BundleInvalid(TrustJournalError):
    default_message = (
        "This shared file is damaged or was changed on the way, so it was not opened. "
        "Nothing was changed."
    )


class BundleNotForMe(TrustJournalError):
    default_message = (
        "This shared file was sealed for someone else, so it cannot be opened with this "
        "journal. Nothing was changed."
    )


class BundleUnknownSender(TrustJournalError):
    default_message = (
        "This shared file does not come from the partner this journal is paired with, "
        "so it was not opened. Nothing was changed."
    )


class SafetyNumberMismatch(TrustJournalError):
    default_message = (
        "Those numbers do not match, so you are not paired. Compare them again, together, "
        "before you try once more."
    )


class PartnerKeyChanged(TrustJournalError):
    default_message = (
        "This card has different keys from the ones you paired with. Compare the safety "
        "number together again before you accept it."
    )


class NotPaired(TrustJournalError):
    default_message = "You have not paired with your partner yet. Pair first, then share."


class NothingToWithdraw(TrustJournalError):
    default_message = (
        "That entry has not been shared, or it was already withdrawn. Nothing was changed."
    )
