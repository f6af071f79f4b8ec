"""Commands that write and read entries: add, list, show, edit, delete, search.

Every value given on the command line is checked before the passphrase is asked, so a
mistyped date costs nothing. The entry's text is read from standard input only after the
journal has opened, so words typed at a terminal are never lost to a wrong passphrase.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys

from trustjournal.cli import messages
from trustjournal.cli.opening import open_journal
from trustjournal.cli.output import (
    emit_json,
    entry_details,
    entry_rows,
    note,
    plain,
    say,
    search_results,
    use_bold,
)
from trustjournal.domain.entry import (
    Entry,
    EntryDraft,
    EntryFilter,
    Kind,
    Outcome,
    Repeat,
    parse_date,
    validate,
)
from trustjournal.errors import InvalidInput, TrustJournalError
from trustjournal.vault import Journal

PAGE = 500


class NotDeleted(TrustJournalError):
    """The person answered anything but yes when asked to confirm a delete."""

    default_message = messages.NOT_DELETED


# -- values from the command line ---------------------------------------------------------


def _kind(text: str) -> Kind:
    try:
        return Kind(text.strip())
    except ValueError:
        raise InvalidInput(
            f"“{text}” is not a kind of entry. Choose one of: "
            + ", ".join(k.value for k in Kind)
            + "."
        ) from None


def _mood(text: str) -> int:
    try:
        mood = int(text.strip())
    except ValueError:
        mood = 0
    if not 1 <= mood <= 5:
        raise InvalidInput("Mood is a number from 1 to 5.")
    return mood


def _date(text: str | None, what: str = "date") -> dt.date | None:
    return None if text is None else parse_date(text, what)


def read_body() -> str:
    """The entry's text from standard input (with a hint when a person is typing it)."""
    stdin = sys.stdin
    if stdin is None:
        return ""
    try:
        if stdin.isatty():
            note(messages.BODY_HINT)
        return stdin.read()
    except UnicodeDecodeError:
        raise InvalidInput(messages.BODY_NOT_TEXT) from None


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (OSError, ValueError):
        return False


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(args.json)


# -- add ------------------------------------------------------------------------------------


def add(args: argparse.Namespace) -> int:
    """``add``: save a new entry whose text comes from standard input."""
    draft = EntryDraft(
        kind=_kind(args.kind),
        title=args.title,
        date=_date(args.date) or dt.date.today(),
        mood=None if args.mood is None else _mood(args.mood),
        emotions=tuple(args.emotion or ()),
        tags=tuple(args.tag or ()),
        session=bool(args.session),
        due=_date(args.due, "due date"),
        repeat=None if args.repeat is None else Repeat(args.repeat),
    )
    validate(draft)
    with open_journal(args) as journal:
        entry = journal.add(dataclasses.replace(draft, body=read_body()))
    if _wants_json(args):
        emit_json({"id": entry.id})
    else:
        say(f"Saved entry {entry.id}, “{plain(entry.title)}”.")
    return 0


# -- list and show --------------------------------------------------------------------------


def _filters(args: argparse.Namespace) -> EntryFilter:
    return EntryFilter(
        kinds=tuple(_kind(k) for k in args.kind) if args.kind else None,
        tag=args.tag,
        since=_date(args.since, "start date"),
        until=_date(args.until, "end date"),
        session=True if args.session else None,
    )


def _fetch(journal: Journal, filters: EntryFilter, limit: int | None) -> list[Entry]:
    if limit is not None:
        return journal.entries(filters, limit=limit)
    found: list[Entry] = []
    while True:
        page = journal.entries(filters, limit=PAGE, offset=len(found))
        found += page
        if len(page) < PAGE:
            return found


def list_entries(args: argparse.Namespace) -> int:
    """``list``: entries newest first, narrowed by the filters given."""
    filters = _filters(args)
    with open_journal(args) as journal:
        entries = _fetch(journal, filters, args.limit)
        total = journal.count(filters) if args.limit is not None else len(entries)
    if _wants_json(args):
        emit_json([entry.to_json() for entry in entries])
    elif not entries:
        say("No entries match." if total or filters != EntryFilter() else "No entries yet.")
    else:
        say(*entry_rows(entries))
        if total > len(entries):
            say(f"Showing the newest {len(entries)} of {total} entries.")
    return 0


def show(args: argparse.Namespace) -> int:
    """``show``: one entry in full."""
    with open_journal(args) as journal:
        entry = journal.get(args.id)
    if _wants_json(args):
        emit_json(entry.to_json())
    else:
        say(*entry_details(entry))
    return 0


# -- edit -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class EntryChanges:
    """The changes an ``edit`` asks for. ``None`` means "leave as it is"."""

    kind: Kind | None = None
    title: str | None = None
    date: dt.date | None = None
    mood: int | None = None
    clear_mood: bool = False
    emotions: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    session: bool | None = None
    due: dt.date | None = None
    clear_due: bool = False
    outcome: Outcome | None = None
    repeat: Repeat | None = None
    clear_repeat: bool = False

    def apply(self, current: EntryDraft, body: str | None) -> EntryDraft:
        """``current`` with these changes (and ``body``, if given) applied."""
        kind = current.kind if self.kind is None else self.kind
        due = None if self.clear_due else (current.due if self.due is None else self.due)
        outcome = current.outcome if self.outcome is None else self.outcome
        repeat = (
            None if self.clear_repeat else (current.repeat if self.repeat is None else self.repeat)
        )
        if kind is not Kind.PROMISE:
            # Only a promise has a due date, an outcome and a repeat; leaving that kind drops them.
            due = self.due
            outcome = self.outcome
            repeat = self.repeat
        return EntryDraft(
            kind=kind,
            title=current.title if self.title is None else self.title,
            body=current.body if body is None else body,
            date=current.date if self.date is None else self.date,
            mood=None if self.clear_mood else (current.mood if self.mood is None else self.mood),
            emotions=current.emotions if self.emotions is None else self.emotions,
            tags=current.tags if self.tags is None else self.tags,
            session=current.session if self.session is None else self.session,
            due=due,
            outcome=outcome,
            repeat=repeat,
        )


def _changes(args: argparse.Namespace) -> EntryChanges:
    return EntryChanges(
        kind=None if args.kind is None else _kind(args.kind),
        title=args.title,
        date=_date(args.date),
        mood=None if args.mood is None else _mood(args.mood),
        clear_mood=bool(args.no_mood),
        emotions=None if args.emotion is None else tuple(args.emotion),
        tags=None if args.tag is None else tuple(args.tag),
        session=args.session,
        due=_date(args.due, "due date"),
        clear_due=bool(args.no_due),
        outcome=None if args.outcome is None else Outcome(args.outcome),
        repeat=None if args.repeat is None else Repeat(args.repeat),
        clear_repeat=bool(args.no_repeat),
    )


def edit(args: argparse.Namespace) -> int:
    """``edit``: change only the fields given; the text only with ``--body-stdin``."""
    changes = _changes(args)
    if changes == EntryChanges() and not args.body_stdin:
        raise InvalidInput(messages.NOTHING_TO_CHANGE)
    with open_journal(args) as journal:
        current = journal.get(args.id)
        body = read_body() if args.body_stdin else None
        entry = journal.update(args.id, changes.apply(current.draft(), body))
    if _wants_json(args):
        emit_json(entry.to_json())
    else:
        say(f"Saved your changes to entry {entry.id}, “{plain(entry.title)}”.")
    return 0


# -- delete ---------------------------------------------------------------------------------


def _confirmed(entry: Entry) -> bool:
    question = messages.DELETE_QUESTION.format(id=entry.id, title=plain(entry.title))
    sys.stderr.write(question)
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().casefold() in {"y", "yes"}


def delete(args: argparse.Namespace) -> int:
    """``delete``: remove an entry for good (asking first when a person is at a terminal)."""
    with open_journal(args) as journal:
        entry = journal.get(args.id)
        if not args.yes and _stdin_is_terminal() and not _confirmed(entry):
            raise NotDeleted()
        journal.delete(args.id)
    if _wants_json(args):
        emit_json({"deleted": entry.id})
    else:
        say(f"Deleted entry {entry.id}. Its words are gone from the journal.")
    return 0


# -- search ---------------------------------------------------------------------------------


def search(args: argparse.Namespace) -> int:
    """``search``: entries containing every word of the query, best match first."""
    with open_journal(args) as journal:
        hits = journal.search(args.query, limit=args.limit)
    if _wants_json(args):
        emit_json([hit.entry.to_json() for hit in hits])
    elif not hits:
        say(f"No entries contain “{plain(args.query)}”.")
    else:
        say(*search_results(hits, bold=use_bold()))
    return 0
