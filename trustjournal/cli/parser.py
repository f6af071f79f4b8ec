"""The command line's grammar (argparse).

``--json`` and ``--passphrase-file`` are accepted both before and after the command:
the main parser defines them with real defaults, and each command gets copies from a
parent parser whose defaults are ``SUPPRESS``, so a copy that is not used never hides
a value given before the command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import NoReturn

from trustjournal import __version__
from trustjournal.cli import (
    coach_command,
    entry_commands,
    journal_commands,
    sharing_commands,
    summary_command,
    transfer_commands,
)
from trustjournal.domain.entry import Kind, Outcome, Repeat, Role
from trustjournal.domain.interchange import FORMATS

PROG = "trustjournal-cli"
Command = Callable[[argparse.Namespace], int]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, with a pointer to ``--help``."""

    def error(self, message: str) -> NoReturn:
        """Print the problem on one line and exit with status 2, as argparse does."""
        self.exit(2, f"{self.prog}: {message} (see “{self.prog} --help”)\n")


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print the result as JSON, for scripts",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS if suppress else None,
        help="read the passphrase from the first line of FILE "
        "(otherwise TRUSTJOURNAL_PASSPHRASE, or you are asked)",
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number above zero")
    return value


def _journal(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("journal", metavar="DIR", help="the journal's folder")


def _entry_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", type=_positive, help="the entry's number")


def _new_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help="read the new passphrase from the first line of FILE "
        "(otherwise TRUSTJOURNAL_NEW_PASSPHRASE, or you are asked twice)",
    )


def _entry_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    kinds = ", ".join(k.value for k in Kind)
    parser.add_argument("--kind", required=not editing, help=f"one of: {kinds}")
    parser.add_argument("--title", required=not editing, help="a short title")
    when = "a new date for the entry" if editing else "the entry's date (default: today)"
    parser.add_argument("--date", metavar="YYYY-MM-DD", help=when)
    lists = " (replaces the list; give '' to empty it)" if editing else ""
    parser.add_argument(
        "--emotion", action="append", metavar="E", help=f"a named feeling; repeat{lists}"
    )
    parser.add_argument("--tag", action="append", metavar="T", help=f"a tag; repeat{lists}")
    due = parser.add_mutually_exclusive_group() if editing else parser
    due.add_argument("--due", metavar="YYYY-MM-DD", help="a promise's due date")
    repeat = parser.add_mutually_exclusive_group() if editing else parser
    repeat.add_argument(
        "--repeat", choices=[r.value for r in Repeat], help="a promise that comes round again"
    )
    mood = parser.add_mutually_exclusive_group() if editing else parser
    mood.add_argument("--mood", metavar="N", help="how you feel, from 1 (low) to 5 (good)")
    session = parser.add_mutually_exclusive_group() if editing else parser
    session.add_argument(
        "--session",
        action="store_const",
        const=True,
        default=None if editing else False,
        help="mark it to bring to the next counselling session",
    )
    if not editing:
        return
    mood.add_argument("--no-mood", action="store_true", help="remove the mood")
    session.add_argument(
        "--no-session", dest="session", action="store_const", const=False, help="unmark it"
    )
    due.add_argument("--no-due", action="store_true", help="remove a promise's due date")
    repeat.add_argument("--no-repeat", action="store_true", help="make a promise a one-off")
    parser.add_argument("--outcome", choices=[o.value for o in Outcome], help="a promise's outcome")
    parser.add_argument(
        "--body-stdin", action="store_true", help="replace the text with standard input"
    )


def build_parser() -> argparse.ArgumentParser:
    """The full command line: global options, then one sub-command."""
    parser = Parser(
        prog=PROG,
        description="Trust Journal from the command line: a private, encrypted journal.",
        epilog="The passphrase comes from --passphrase-file, TRUSTJOURNAL_PASSPHRASE, "
        "or a prompt. Exit status: 0 done, 1 could not be done (the reason is printed), "
        "2 the command was not understood.",
    )
    _common(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = Parser(add_help=False)
    _common(common, suppress=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, run: Command, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, parents=[common], help=help_text, description=help_text)
        parser.set_defaults(run=run)
        return parser

    p = command("init", journal_commands.init, "create a new journal in an empty folder")
    _journal(p)
    p.add_argument("--name", required=True, help="your name, as the journal shows it")
    p.add_argument("--role", required=True, choices=[r.value for r in Role], help="your role")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="when rebuilding began (default: today)")

    p = command("add", entry_commands.add, "write a new entry; its text comes from stdin")
    _journal(p)
    _entry_options(p, editing=False)

    p = command("list", entry_commands.list_entries, "list entries, newest first")
    _journal(p)
    p.add_argument("--kind", action="append", metavar="K", help="only this kind; repeat")
    p.add_argument("--tag", metavar="T", help="only entries with this tag")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only entries on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only entries on or before this date")
    p.add_argument("--session", action="store_true", help="only entries marked for a session")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N entries")

    p = command("show", entry_commands.show, "show one entry in full")
    _journal(p)
    _entry_id(p)

    p = command("edit", entry_commands.edit, "change an entry; only the options given change")
    _journal(p)
    _entry_id(p)
    _entry_options(p, editing=True)

    p = command("delete", entry_commands.delete, "delete an entry for good")
    _journal(p)
    _entry_id(p)
    p.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")

    p = command("search", entry_commands.search, "find entries containing every word")
    _journal(p)
    p.add_argument("query", metavar="QUERY", help="the words to look for")
    p.add_argument("--limit", type=_positive, metavar="N", default=50, help="at most N (50)")

    p = command("passwd", journal_commands.passwd, "change the passphrase")
    _journal(p)
    _new_passphrase_file(p)

    p = command("recover", journal_commands.recover, "set a new passphrase with the recovery code")
    _journal(p)
    p.add_argument("--recovery-code", required=True, metavar="CODE", help="your recovery code")
    _new_passphrase_file(p)

    p = command("backup", transfer_commands.backup, "write an encrypted backup file")
    _journal(p)
    p.add_argument("file", metavar="FILE", help="the backup file to write")

    p = command("restore", transfer_commands.restore, "restore a backup into a new folder")
    p.add_argument("file", metavar="FILE", help="the backup file")
    _journal(p)
    p.add_argument("--recovery-code", metavar="CODE", help="open with the recovery code instead")

    p = command("check", journal_commands.check, "check that the journal is healthy")
    _journal(p)

    p = command("export", transfer_commands.export, "write entries to a file that is NOT encrypted")
    _journal(p)
    p.add_argument("--format", required=True, choices=["json", "markdown"], help="file format")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = command("import", transfer_commands.import_entries, "add the entries of an exported file")
    _journal(p)
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument("--format", required=True, choices=list(FORMATS), help="the file's format")

    coach_command.register(command)
    sharing_commands.register(command)
    summary_command.register(command)
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse ``argv`` (default: ``sys.argv[1:]``); usage errors raise ``SystemExit(2)``."""
    return build_parser().parse_args(sys.argv[1:] if argv is None else argv)
