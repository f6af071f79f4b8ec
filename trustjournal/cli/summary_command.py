"""``summary``: a counselling summary of a period, saved as a PDF (issue: summaries).

    trustjournal-cli summary DIR --from YYYY-MM-DD --to YYYY-MM-DD --pdf FILE
                     [--entry ID]... [--paper a4|letter]

Without ``--entry`` the summary holds the period's entries marked "bring to next
session"; with it, exactly the entries named. Nothing else of the journal is in it.
Every value is checked before the passphrase is asked. Qt is loaded only when this
command runs, so the rest of the command line starts without it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trustjournal.cli.files import FileProblem
from trustjournal.cli.opening import open_journal, require_journal_folder
from trustjournal.cli.output import emit_json, note, say
from trustjournal.domain.entry import parse_date
from trustjournal.errors import InvalidInput

Command = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]
PAPERS = ("a4", "letter")
MAX_ENTRY_ID = 2**63 - 1  # the database's largest number; a larger one is no entry at all
PDF_MAGIC = b"%PDF-"
PDF_REMINDER = (
    "Please remember: {file} is not encrypted. Anyone who can open it can read these "
    "entries, so keep it private and delete it when you no longer need it."
)

_application: Any = None  # the Qt application the drawing needs, made once


def register(command: AddCommand) -> None:
    """Add the ``summary`` command to the parser through ``command(name, run, help)``."""
    p = command(
        "summary",
        summary,
        "save a counselling summary of a period as a PDF (NOT encrypted)",
    )
    p.add_argument("journal", metavar="DIR", help="the journal's folder")
    p.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help="the first day"
    )
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="the last day")
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    p.add_argument(
        "--entry",
        action="append",
        type=_entry_id,
        metavar="ID",
        help="an entry to include; repeat (default: the period's entries marked for a session)",
    )
    p.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default: a4)")


def _entry_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ENTRY_ID:
        raise argparse.ArgumentTypeError(f"“{text}” is not an entry number")
    return value


def _check_target(path: Path) -> None:
    """Refuse, before any passphrase, a place the PDF cannot or must not go."""
    try:
        _check_place(path)
    except OSError as error:  # e.g. a name too long for the file system
        reason = error.strerror or "it cannot be used"
        raise FileProblem(f"{path} cannot be used ({reason}). Nothing was written.") from None


def _check_place(path: Path) -> None:
    if path.is_dir():
        raise FileProblem(f"{path} is a folder; please give a file name for the PDF.")
    if not path.parent.is_dir():
        raise FileProblem(f"There is no folder {path.parent}, so the PDF cannot be saved there.")
    if path.exists() or path.is_symlink():
        try:
            with path.open("rb") as handle:
                head = handle.read(len(PDF_MAGIC))
        except OSError:
            head = b""
        if head != PDF_MAGIC:
            # A typo must never overwrite a journal, a backup or anything else.
            raise FileProblem(
                f"{path} already exists and is not a PDF, so it was not replaced. "
                "Choose another name."
            )


def _qt_application() -> None:
    """Start the Qt application that fonts and drawing need, without any window."""
    global _application
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        argv = ["trustjournal-cli"]
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            argv += ["-platform", "offscreen"]  # no display needed, none contacted
        _application = QGuiApplication(argv)
    # The command line speaks English; its catalogue holds the plural forms ("1 entry").
    from trustjournal.i18n import install_language

    install_language("en")


def summary(args: argparse.Namespace) -> int:
    """``summary``: save the chosen entries of a period as a counselling summary PDF."""
    from trustjournal.reports.summary import Period, build_summary, flagged_entries

    start = parse_date(args.start, "valid start date")
    end = parse_date(args.end, "valid end date")
    period = Period(start, end)
    target = Path(args.pdf)
    _check_target(target)
    if target.suffix.lower() != ".pdf":
        raise InvalidInput(f"Please give the summary a name ending in .pdf (not {target.name}).")
    require_journal_folder(Path(args.journal))
    _qt_application()
    from trustjournal.reports.summary_pdf import write_pdf

    with open_journal(args) as journal:
        ids = args.entry or [entry.id for entry in flagged_entries(journal, period)]
        chosen = build_summary(journal, period, ids, today=dt.date.today())
    pages = write_pdf(chosen, target, args.paper)
    count = len(chosen.entries) + (chosen.last_session is not None)
    if args.json:
        emit_json(
            {
                "pdf": args.pdf,
                "from": start.isoformat(),
                "to": end.isoformat(),
                "entries": count,
                "pages": pages,
                "paper": args.paper,
            }
        )
    else:
        entries = "1 entry" if count == 1 else f"{count} entries"
        sheets = "1 page" if pages == 1 else f"{pages} pages"
        if count == 0:
            say(
                f"No entries were chosen for {start.isoformat()} to {end.isoformat()}; "
                f"saved a summary that says so to {target} ({sheets})."
            )
        else:
            say(f"Saved a counselling summary of {entries} ({sheets}) to {target}.")
    note(PDF_REMINDER.format(file=target))
    return 0
