"""``trustjournal-cli``: the journal from the command line (DESIGN §7, a stable contract).

:func:`main` parses the arguments, runs one command and returns the exit status:
0 done, 1 a problem the person can act on (one plain line on standard error), 2 the
command line was not understood, 130 interrupted. Nothing else reaches the person: no
traceback and no log line from a library.
"""

from __future__ import annotations

import contextlib
import os
import sys

from trustjournal.cli import messages
from trustjournal.cli.output import note
from trustjournal.cli.parser import parse
from trustjournal.errors import TrustJournalError
from trustjournal.hardening import harden_process

__all__ = ["main"]


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 2


def _quiet_stdout() -> None:
    """After a closed pipe (``… | head``), send further output nowhere, silently."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)


def _fail(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        note(text)
        sys.stderr.flush()


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    harden_process()
    try:
        args = parse(argv)
    except SystemExit as stop:  # --help, --version and usage errors
        return _exit_status(stop.code)
    try:
        status = int(args.run(args))
        sys.stdout.flush()
        return status
    except TrustJournalError as error:
        _fail(error.message)
        return 1
    except KeyboardInterrupt:
        _fail(messages.INTERRUPTED)
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except Exception:  # the last line of defence: never a traceback
        _fail(messages.UNEXPECTED)
        return 1
