"""Commands about the journal as a whole: init, passwd, recover, check."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from trustjournal.cli import messages
from trustjournal.cli.opening import open_journal, require_free_folder, require_journal_folder
from trustjournal.cli.output import emit_json, note, say
from trustjournal.cli.secrets_input import new_passphrase, passphrase_for_new_journal
from trustjournal.domain.entry import Role, parse_date
from trustjournal.errors import InvalidInput
from trustjournal.vault import Journal


def init(args: argparse.Namespace) -> int:
    """``init``: create a journal and show its recovery code, this once."""
    folder = Path(args.journal)
    since = dt.date.today() if args.since is None else parse_date(args.since, "start date")
    if not " ".join(args.name.split()):
        raise InvalidInput("Please give the journal a name.")
    require_free_folder(folder, "Create the journal")
    passphrase = passphrase_for_new_journal(args.passphrase_file)
    journal, code = Journal.create(
        folder, name=args.name, role=Role(args.role), since=since, passphrase=passphrase
    )
    journal.lock()
    if args.json:
        emit_json({"journal": args.journal, "recovery_code": code})
    else:
        say(
            f"Your journal is ready at {folder}.",
            "",
            messages.RECOVERY_CODE_INTRO,
            "",
            f"    {code}",
            "",
            *messages.RECOVERY_CODE_ADVICE,
        )
    return 0


def _changed(args: argparse.Namespace, text: str) -> int:
    if args.json:
        emit_json({"journal": args.journal, "passphrase_changed": True})
    else:
        say(text)
    return 0


def passwd(args: argparse.Namespace) -> int:
    """``passwd``: choose a new passphrase, opening with the current one."""
    with open_journal(args) as journal:
        journal.change_passphrase(new_passphrase(args.new_passphrase_file))
    return _changed(args, "Your passphrase has been changed. Your recovery code still works.")


def recover(args: argparse.Namespace) -> int:
    """``recover``: open with the recovery code and set a new passphrase."""
    folder = Path(args.journal)
    require_journal_folder(folder)
    with Journal.unlock_with_recovery_code(folder, args.recovery_code) as journal:
        journal.change_passphrase(new_passphrase(args.new_passphrase_file))
    return _changed(
        args,
        "Your new passphrase is set. Your recovery code still works; please keep it safe.",
    )


def check(args: argparse.Namespace) -> int:
    """``check``: run the database's own checks; exit 1 if any problem is found."""
    with open_journal(args) as journal:
        problems = journal.check()
    if args.json:
        emit_json({"healthy": not problems, "problems": problems})
    elif not problems:
        say(messages.HEALTHY)
    else:
        say("The journal's checks found these problems:", *(f"  - {p}" for p in problems))
    if problems:
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        note(messages.UNHEALTHY.format(count=count))
        return 1
    return 0
