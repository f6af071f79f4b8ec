"""Where passphrases come from: a file, an environment variable, or a prompt.

The order is the same for every command: ``--passphrase-file`` (an explicit request)
first, then ``TRUSTJOURNAL_PASSPHRASE``, then a prompt on the terminal. New passphrases
(``passwd``, ``recover``) use ``--new-passphrase-file`` and
``TRUSTJOURNAL_NEW_PASSPHRASE`` the same way. A prompt is only tried when there is a
terminal to ask on; otherwise the command stops with a plain message instead of
waiting for input that will never come.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from trustjournal.cli import messages
from trustjournal.cli.files import FileProblem, read_first_line
from trustjournal.errors import InvalidInput, TrustJournalError
from trustjournal.vault import check_new_passphrase
from trustjournal.vault.journal import MIN_PASSPHRASE

CURRENT_VARIABLE = "TRUSTJOURNAL_PASSPHRASE"
NEW_VARIABLE = "TRUSTJOURNAL_NEW_PASSPHRASE"


class NoPassphrase(TrustJournalError):
    """No passphrase was given and there is no terminal to ask on."""

    default_message = messages.CANNOT_ASK_CURRENT


def terminal_available() -> bool:
    """Whether a person can be asked for a passphrase (getpass uses the terminal itself)."""
    if os.name == "posix":
        try:
            fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
        except OSError:
            pass
        else:
            os.close(fd)
            return True
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def _ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise NoPassphrase(messages.NOTHING_TYPED) from None


def _from_file(name: str) -> str:
    passphrase = read_first_line(Path(name), "passphrase file")
    if not passphrase:
        raise FileProblem(f"The first line of the passphrase file {name} is empty.")
    return passphrase


def _given(file: str | None, variable: str) -> str | None:
    if file is not None:
        return _from_file(file)
    return os.environ.get(variable) or None


def current_passphrase(file: str | None, folder: Path) -> str:
    """The passphrase of an existing journal (or backup) at ``folder``."""
    given = _given(file, CURRENT_VARIABLE)
    if given is not None:
        return given
    if not terminal_available():
        raise NoPassphrase()
    return _ask(messages.PROMPT_CURRENT.format(folder=folder))


def _choose(prompt: str, missing: str) -> str:
    if not terminal_available():
        raise NoPassphrase(missing)
    first = _ask(prompt.format(minimum=MIN_PASSPHRASE))
    check_new_passphrase(first)  # say so now, not after it was typed twice
    if _ask(messages.PROMPT_AGAIN) != first:
        raise InvalidInput(messages.MISMATCH)
    return first


def passphrase_for_new_journal(file: str | None) -> str:
    """The passphrase for ``init``: the usual sources, or asked twice."""
    given = _given(file, CURRENT_VARIABLE)
    if given is not None:
        return given
    return _choose(messages.PROMPT_CHOOSE, messages.CANNOT_ASK_CURRENT)


def new_passphrase(file: str | None) -> str:
    """The replacement passphrase for ``passwd`` and ``recover``, asked twice if prompted."""
    given = _given(file, NEW_VARIABLE)
    if given is not None:
        return given
    return _choose(messages.PROMPT_CHOOSE_NEW, messages.CANNOT_ASK_NEW)
