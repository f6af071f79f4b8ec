"""Opening a journal for one command, with early checks before any passphrase is asked."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from trustjournal.cli.secrets_input import current_passphrase
from trustjournal.errors import JournalExists, NotAJournal
from trustjournal.vault import Journal, is_journal
from trustjournal.vault.keyslots import read_header


def require_journal_folder(folder: Path) -> None:
    """Raise the error a person should read if ``folder`` cannot be opened as a journal.

    Runs before the passphrase prompt, so nobody types a passphrase for nothing.
    """
    if not folder.is_dir():
        raise NotAJournal(f"There is no journal folder at {folder}.")
    if not is_journal(folder):
        raise NotAJournal(f"{folder} is not a Trust Journal journal.")
    read_header(folder)


def require_free_folder(folder: Path, verb: str) -> None:
    """Refuse a ``folder`` that exists and holds anything (a journal is never overwritten)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise JournalExists(
            f"{folder} already exists and is not empty. {verb} into a new or empty folder; "
            "nothing was changed."
        )


@contextlib.contextmanager
def open_journal(args: argparse.Namespace) -> Iterator[Journal]:
    """Unlock the journal named on the command line; it is locked again on the way out."""
    folder = Path(args.journal)
    require_journal_folder(folder)
    passphrase = current_passphrase(args.passphrase_file, folder)
    with Journal.unlock(folder, passphrase) as journal:
        yield journal
