"""Errors that reach a user, each with one plain, kind sentence.

Every failure the core can meet is raised as a subclass of :class:`TrustJournalError`.
The command line prints the message on one line; the app shows it in a dialog or
inline. Nothing else (no traceback, no SQLCipher log line) is shown to a user.

Messages are written in English and marked with :func:`QT_TRANSLATE_NOOP` under the
context ``"Errors"``, so Qt's extractor finds them although the core never imports Qt.
Anything that varies (a number, a date, a file name) is passed separately and fills
``%1``, ``%2``…, so the sentence itself can be looked up. The app installs a translator
with :func:`use_translator`; the command line does not, and stays in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translate = Callable[[str], str]

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    del context
    return text


def _as_written(text: str) -> str:
    return text


_translate: Translate = _as_written


def use_translator(translate: Translate | None) -> None:
    """Look every message up with ``translate`` from now on (``None``: English again)."""
    global _translate
    _translate = translate or _as_written


def fill(template: str, values: tuple[str, ...]) -> str:
    """``template`` with ``%1``… replaced by ``values``, in one pass (like ``QString.arg``)."""
    if not values:
        return template

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class TrustJournalError(Exception):
    """Base class: a problem a user can understand and act on."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong. Your journal has not been changed."
    )

    def __init__(self, message: str | None = None, *values: object) -> None:
        self.template = message or self.default_message
        self.values = tuple(str(value) for value in values)
        super().__init__(fill(self.template, self.values))

    @property
    def message(self) -> str:
        """The message in the app's language (English on the command line)."""
        return fill(_translate(self.template), self.values)


class WrongPassphrase(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "That passphrase does not open this journal. Please check it and try again."
    )


class WrongRecoveryCode(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "That recovery code does not open this journal. Please check each group and try again.",
    )


class InvalidInput(TrustJournalError):
    """A value the user gave cannot be used (a bad date, an unknown kind, …)."""

    default_message = QT_TRANSLATE_NOOP("Errors", "That value cannot be used.")


class NotAJournal(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP("Errors", "This folder is not a Trust Journal journal.")


class JournalExists(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "A journal already exists there. Nothing was changed."
    )


class HeaderDamaged(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The journal's key file (vault.json) is missing or damaged, so the journal cannot "
        "be opened. Restore it from a backup.",
    )


class DatabaseDamaged(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The journal's database is damaged or does not belong to this journal. "
        "Restore it from a backup.",
    )


class WeakDatabaseSettings(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The encryption library does not provide the protection this journal needs, "
        "so the journal was not opened.",
    )


class JournalInUse(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "This journal is already open in another window or program. Close it there first."
    )


class JournalLocked(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP("Errors", "The journal is locked. Unlock it first.")


class JournalMissing(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The journal's folder can no longer be found — was a disk removed or the folder "
        "moved? Nothing was saved; your words are still here. Bring the folder back, "
        "or copy your words somewhere safe.",
    )


class EntryNotFound(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP("Errors", "There is no entry with that number.")


class StorageFull(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full or the folder cannot be written, so this was not saved. "
        "Your journal is unchanged; free some space and try again.",
    )


class BackupInvalid(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "This backup is damaged or is not a Trust Journal backup. Nothing was restored."
    )


class ImportInvalid(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "This file could not be imported. Nothing was imported."
    )


# Sharing by consent (DESIGN §5). A refused bundle or card never changes anything, and
# every message says so, because the person reading it may fear the worst.


class CardInvalid(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This partner card could not be read. Ask your partner to send their card again. "
        "Nothing was changed.",
    )


class BundleInvalid(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This shared file is damaged or was changed on the way, so it was not opened. "
        "Nothing was changed.",
    )


class BundleNotForMe(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This shared file was sealed for someone else, so it cannot be opened with this "
        "journal. Nothing was changed.",
    )


class BundleUnknownSender(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This shared file does not come from the partner this journal is paired with, "
        "so it was not opened. Nothing was changed.",
    )


class SafetyNumberMismatch(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "Those numbers do not match, so you are not paired. Compare them again, together, "
        "before you try once more.",
    )


class PartnerKeyChanged(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "This card has different keys from the ones you paired with. Compare the safety "
        "number together again before you accept it.",
    )


class NotPaired(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors", "You have not paired with your partner yet. Pair first, then share."
    )


class NothingToWithdraw(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "That entry has not been shared, or it was already withdrawn. Nothing was changed.",
    )
