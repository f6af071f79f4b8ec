"""Sharing by consent from the command line: cards, pairing, bundles, the ledger.

``card``, ``safety-number``, ``pair``, ``share``, ``open``, ``shared``, ``reply``,
``ledger`` and ``withdraw`` (issue 5, a stable contract). Files given on the command
line are checked before the passphrase is asked: a card is read and checked, an output
file must not exist yet, and a shared file's header must be a bundle's.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from trustjournal.cli.files import FileProblem, refuse_existing, write_private_file
from trustjournal.cli.opening import open_journal, require_journal_folder
from trustjournal.cli.output import emit_json, note, plain, say
from trustjournal.cli.sharing_output import (
    ledger_json,
    ledger_lines,
    opened_json,
    opened_lines,
    shared_json,
    shared_lines,
)
from trustjournal.domain.entry import MAX_BODY
from trustjournal.errors import CardInvalid, InvalidInput, PartnerKeyChanged
from trustjournal.services import sharing
from trustjournal.sharing.bundle import read_header_path
from trustjournal.sharing.card import MAX_CARD_TEXT, PartnerCard
from trustjournal.sharing.safety_number import grouped

Command = Callable[[argparse.Namespace], int]
AddCommand = Callable[[str, Command, str], argparse.ArgumentParser]
PAGE = 500

REPLY_HINT = (
    "Write your reply below. When you are done, press Ctrl-D on a new line to save it "
    "(on Windows: Ctrl-Z, then Enter)."
)
REPLY_NOT_TEXT = "The reply given on standard input is not UTF-8 text, so nothing was sent."
REPLY_TOO_LONG = "This reply is too long to send. Please shorten it. Nothing was sent."
# Room for surrounding blank space; the reply itself is held to MAX_BODY when it is sealed.
MAX_REPLY_READ = 2 * MAX_BODY
CHANGED_KEY = (
    "Careful: this card has different keys from the ones you paired with before. "
    "Compare the number together, face to face, before you pair again."
)


# -- values from the command line -----------------------------------------------------------


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


def _out(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=f"the file to write {what} to (a new file)"
    )


def _card_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "card", metavar="CARD", help="your partner's .tjcard file (or - to read it from stdin)"
    )


def read_card(name: str) -> PartnerCard:
    """The partner card in file ``name`` (``-``: standard input), checked in full."""
    if name == "-":
        try:
            text = sys.stdin.read(MAX_CARD_TEXT + 1) if sys.stdin is not None else ""
        except UnicodeDecodeError:
            raise CardInvalid("The card given on standard input is not text.") from None
        return PartnerCard.from_text(text)
    path = Path(name)
    if not path.exists():
        raise FileProblem(f"There is no card file at {path}.")
    if path.is_dir():
        raise FileProblem(f"{path} is a folder, not a card file.")
    return PartnerCard.from_file(path)


def _new_file(name: str) -> Path:
    path = Path(name)
    refuse_existing(path, overwrite=False)
    if not path.parent.is_dir():
        raise FileProblem(f"The folder {path.parent} does not exist. Nothing was written.")
    return path


def _read_reply() -> str:
    stdin = sys.stdin
    if stdin is None:
        return ""
    try:
        if stdin.isatty():
            note(REPLY_HINT)
        text = stdin.read(MAX_REPLY_READ + 1)
    except UnicodeDecodeError:
        raise InvalidInput(REPLY_NOT_TEXT) from None
    # Bounded, so endless input cannot fill the memory; the exact limit is checked later.
    if len(text) > MAX_REPLY_READ:
        raise InvalidInput(REPLY_TOO_LONG)
    return text


def _entries(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


# -- cards and pairing ----------------------------------------------------------------------


def card(args: argparse.Namespace) -> int:
    """``card``: write my partner card to a file, to give to my partner."""
    out = _new_file(args.out)
    with open_journal(args) as journal:
        mine = sharing.my_card(journal)
    write_private_file(out, mine.to_text().encode("utf-8"), overwrite=False)
    if args.json:
        emit_json({"fingerprint": mine.fingerprint})
    else:
        say(
            f"Saved your card to {out}.",
            "Give it to your partner, take theirs, and compare your safety number together.",
        )
    return 0


def safety_number(args: argparse.Namespace) -> int:
    """``safety-number``: the number to compare, face to face, before pairing."""
    theirs = read_card(args.card)
    with open_journal(args) as journal:
        check = sharing.pairing_check(journal, theirs)
    if args.json:
        emit_json({"safety_number": check.safety_number})
        return 0
    groups = grouped(check.safety_number).split()
    say(
        f"Your safety number with {plain(theirs.name)}:",
        "",
        *("    " + " ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)),
        "",
        f"Compare it with {plain(theirs.name)}'s screen, together. If every digit matches,",
        "pair with “pair DIR CARD --confirm DIGITS”, typing the digits you compared.",
    )
    if check.changed_key:
        note(CHANGED_KEY)
    return 0


def pair(args: argparse.Namespace) -> int:
    """``pair``: pair with a partner once the safety numbers are confirmed to match."""
    theirs = read_card(args.card)
    with open_journal(args) as journal:
        try:
            partner = sharing.pair(
                journal, theirs, args.confirm, accept_changed_key=args.accept_changed_key
            )
        except PartnerKeyChanged as error:
            raise PartnerKeyChanged(
                f"{error.message} If you have compared it and it matches, run this again "
                "with --accept-changed-key. Nothing was changed."
            ) from None
    if args.json:
        emit_json({"paired": True, "name": partner.name, "fingerprint": partner.fingerprint})
    else:
        say(f"You are paired with {plain(partner.name)}. Nothing is shared until you choose to.")
    return 0


# -- sending --------------------------------------------------------------------------------


def share(args: argparse.Namespace) -> int:
    """``share``: seal the chosen entries for my partner into a new file."""
    out = _new_file(args.out)
    with open_journal(args) as journal:
        receipt = sharing.share(journal, args.entry, out, redact=args.redact or ())
        partner = sharing.require_partner(journal)
    if args.json:
        emit_json(
            {
                "bundle_id": receipt.bundle_id,
                "file": str(receipt.path),
                "entries": [item.entry_id for item in receipt.items],
            }
        )
        return 0
    say(f"Shared {_entries(len(receipt.items))} with {plain(partner.name)} in {receipt.path}:")
    for item in receipt.items:
        shortened = "  (title and an excerpt only)" if item.redacted else ""
        say(f"  {item.entry_id:>5}  {plain(item.title)}{shortened}")
    note("The file is sealed: only your partner's journal can open it.")
    return 0


def reply(args: argparse.Namespace) -> int:
    """``reply``: answer an entry my partner shared; the text comes from standard input."""
    out = _new_file(args.out)
    with open_journal(args) as journal:
        path = sharing.reply(journal, args.shared_id, _read_reply(), out)
        partner = sharing.require_partner(journal)
    if args.json:
        emit_json({"file": str(path)})
    else:
        say(f"Saved your reply to {path}. Give it to {plain(partner.name)} when you are ready.")
    return 0


def withdraw(args: argparse.Namespace) -> int:
    """``withdraw``: take back a shared entry with a small bundle for my partner."""
    out = _new_file(args.out)
    with open_journal(args) as journal:
        path = sharing.withdraw(journal, args.entry_id, out)
        partner = sharing.require_partner(journal)
    if args.json:
        emit_json({"file": str(path), "entry_id": args.entry_id})
    else:
        say(
            f"Saved the withdrawal of entry {args.entry_id} to {path}.",
            f"When {plain(partner.name)} opens it, the entry is removed from their journal.",
            "They may already have read it.",
        )
    return 0


# -- receiving and the record ---------------------------------------------------------------


def open_bundle(args: argparse.Namespace) -> int:
    """``open``: open a shared file from my partner, with every check, then import it."""
    path = Path(args.file)
    require_journal_folder(Path(args.journal))
    if not path.exists():
        raise FileProblem(f"There is no file at {path}.")
    read_header_path(path)  # a file that is not a bundle fails before any prompt
    with open_journal(args) as journal:
        result = sharing.open_bundle(journal, path)
    if args.json:
        emit_json(opened_json(result))
    else:
        say(*opened_lines(result))
    return 0


def shared(args: argparse.Namespace) -> int:
    """``shared``: the entries my partner shared with me, with my replies."""
    with open_journal(args) as journal:
        found: list[sharing.ReceivedEntry] = []
        while True:
            want = PAGE if args.limit is None else min(PAGE, args.limit - len(found))
            if want <= 0:
                break
            page = sharing.shared_with_me(journal, limit=want, offset=len(found))
            found += page
            if len(page) < want:
                break
    if args.json:
        emit_json(shared_json(found))
    else:
        say(*shared_lines(found))
    return 0


def ledger(args: argparse.Namespace) -> int:
    """``ledger``: every entry I shared, which version, when, to whom, withdrawn or not."""
    with open_journal(args) as journal:
        rows = sharing.ledger(journal)
    if args.json:
        emit_json(ledger_json(rows))
    else:
        say(*ledger_lines(rows))
    return 0


def register(command: AddCommand) -> None:
    """Add the sharing commands to the parser through ``command(name, run, help)``."""
    p = command("card", card, "save your partner card, to give to your partner")
    _journal(p)
    _out(p, "your card")

    p = command("safety-number", safety_number, "show the safety number to compare before pairing")
    _journal(p)
    _card_argument(p)

    p = command("pair", pair, "pair with your partner after comparing the safety number")
    _journal(p)
    _card_argument(p)
    p.add_argument(
        "--confirm", required=True, metavar="DIGITS", help="the safety number (spaces ignored)"
    )
    p.add_argument(
        "--accept-changed-key",
        action="store_true",
        help="pair even though the card's keys differ from the ones paired before",
    )

    p = command("share", share, "share chosen entries with your partner in a sealed file")
    _journal(p)
    p.add_argument(
        "--entry", required=True, action="append", type=_positive, metavar="ID",
        help="an entry to share; repeat for more",
    )  # fmt: skip
    p.add_argument(
        "--redact", action="append", type=_positive, metavar="ID",
        help="share only the title and an excerpt of this entry; repeat for more",
    )  # fmt: skip
    _out(p, "the sealed file")

    p = command("open", open_bundle, "open a sealed file your partner gave you")
    _journal(p)
    p.add_argument("file", metavar="FILE", help="the .tjshare file")

    p = command("shared", shared, "show what your partner shared with you")
    _journal(p)
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N entries")

    p = command("reply", reply, "answer a shared entry; the text comes from stdin")
    _journal(p)
    p.add_argument("shared_id", metavar="SHARED_ID", type=_positive, help="the shared entry")
    _out(p, "the sealed reply")

    p = command("ledger", ledger, "list everything you have shared")
    _journal(p)

    p = command("withdraw", withdraw, "take back an entry you shared")
    _journal(p)
    p.add_argument("entry_id", metavar="ENTRY_ID", type=_positive, help="your entry's number")
    _out(p, "the sealed withdrawal")
