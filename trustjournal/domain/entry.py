"""Journal entries: their kinds, fields and rules (DESIGN §2).

Pure data and validation; no I/O and no Qt. The vault stores what this module
accepts, and every face (app, command line, import) goes through :func:`validate`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum

from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput


class Role(StrEnum):
    HURT = "hurt"
    REPAIRING = "repairing"


class Kind(StrEnum):
    FEELING = "feeling"
    TRIGGER = "trigger"
    QUESTION = "question"
    NEED = "need"
    BOUNDARY = "boundary"
    NOTICED_CHANGE = "noticed_change"
    ACCOUNTABILITY = "accountability"
    TRANSPARENCY = "transparency"
    PROMISE = "promise"
    SMALL_ACTION = "small_action"
    REFLECTION = "reflection"
    SESSION_NOTE = "session_note"


class Outcome(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    MISSED = "missed"
    RENEGOTIATED = "renegotiated"


class Repeat(StrEnum):
    """How often a promise comes round again (a promise without one is kept once)."""

    DAILY = "daily"
    WEEKLY = "weekly"


SHARED_KINDS: frozenset[Kind] = frozenset({Kind.REFLECTION, Kind.SESSION_NOTE})

KINDS_BY_ROLE: dict[Role, tuple[Kind, ...]] = {
    Role.HURT: (
        Kind.FEELING,
        Kind.TRIGGER,
        Kind.QUESTION,
        Kind.NEED,
        Kind.BOUNDARY,
        Kind.NOTICED_CHANGE,
        Kind.REFLECTION,
        Kind.SESSION_NOTE,
    ),
    Role.REPAIRING: (
        Kind.ACCOUNTABILITY,
        Kind.TRANSPARENCY,
        Kind.PROMISE,
        Kind.SMALL_ACTION,
        Kind.REFLECTION,
        Kind.SESSION_NOTE,
    ),
}

MAX_TITLE = 500
MAX_BODY = 1_000_000  # about 300 printed pages; far beyond any real entry
MAX_LABEL = 60
MAX_LABELS = 50

# C0 controls other than tab and newline carry no meaning in a journal and would
# collide with the search highlight markers; they are removed on the way in.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def kinds_for(role: Role) -> tuple[Kind, ...]:
    """The entry kinds a partner in ``role`` writes, in the order the app shows them."""
    return KINDS_BY_ROLE[role]


@dataclasses.dataclass(frozen=True, slots=True)
class EntryDraft:
    """What a partner writes: every field of an entry except its identity and times."""

    kind: Kind
    title: str
    body: str = ""
    date: dt.date = dataclasses.field(default_factory=dt.date.today)
    mood: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    session: bool = False
    due: dt.date | None = None
    outcome: Outcome | None = None
    repeat: Repeat | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Entry:
    """A stored entry."""

    id: int
    kind: Kind
    title: str
    body: str
    date: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    mood: int | None
    emotions: tuple[str, ...]
    tags: tuple[str, ...]
    session: bool
    due: dt.date | None
    outcome: Outcome | None
    repeat: Repeat | None = None

    def draft(self) -> EntryDraft:
        """The editable part of this entry, e.g. to change one field and save again."""
        return EntryDraft(
            kind=self.kind,
            title=self.title,
            body=self.body,
            date=self.date,
            mood=self.mood,
            emotions=self.emotions,
            tags=self.tags,
            session=self.session,
            due=self.due,
            outcome=self.outcome,
            repeat=self.repeat,
        )

    def to_json(self) -> dict[str, object]:
        """The entry as the command line's ``--json`` object (a stable contract)."""
        return {
            "id": self.id,
            "kind": self.kind.value,
            "title": self.title,
            "body": self.body,
            "date": self.date.isoformat(),
            "created_at": format_timestamp(self.created_at),
            "updated_at": format_timestamp(self.updated_at),
            "mood": self.mood,
            "emotions": list(self.emotions),
            "tags": list(self.tags),
            "session": self.session,
            "due": self.due.isoformat() if self.due else None,
            "outcome": self.outcome.value if self.outcome else None,
            "repeat": self.repeat.value if self.repeat else None,
        }


@dataclasses.dataclass(frozen=True, slots=True)
class EntryFilter:
    """Which entries a list shows. Every field narrows; ``None`` means any."""

    kinds: tuple[Kind, ...] | None = None
    tag: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    session: bool | None = None


def clean_text(text: str) -> str:
    """Drop control characters and normalise line ends, keeping tabs and newlines."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Whole sentences for each kind of label, so each can be translated as a whole.
_LABEL_TOO_LONG = {
    "tag": QT_TRANSLATE_NOOP("Errors", "A tag can be at most %1 characters long."),
    "named emotion": QT_TRANSLATE_NOOP(
        "Errors", "A named emotion can be at most %1 characters long."
    ),
}
_TOO_MANY_LABELS = {
    "tag": QT_TRANSLATE_NOOP("Errors", "An entry can have at most %1 tags."),
    "named emotion": QT_TRANSLATE_NOOP("Errors", "An entry can have at most %1 named emotions."),
}


def clean_labels(labels: Iterable[str], what: str) -> tuple[str, ...]:
    """Trim, de-duplicate (case-insensitively, first spelling wins) and bound tags or emotions."""
    seen: dict[str, str] = {}
    for raw in labels:
        label = " ".join(clean_text(raw).split())
        if label.startswith("#"):
            label = label[1:].strip()
        if not label:
            continue
        if len(label) > MAX_LABEL:
            raise InvalidInput(_LABEL_TOO_LONG[what], MAX_LABEL)
        seen.setdefault(label.casefold(), label)
    if len(seen) > MAX_LABELS:
        raise InvalidInput(_TOO_MANY_LABELS[what], MAX_LABELS)
    return tuple(seen.values())


def validate(draft: EntryDraft) -> EntryDraft:
    """Return a cleaned copy of ``draft`` or raise :class:`InvalidInput` with a plain reason."""
    try:
        kind = Kind(draft.kind)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a kind of entry. Choose one of: %2."),
            draft.kind,
            ", ".join(k.value for k in Kind),
        ) from None
    title = " ".join(clean_text(draft.title).split())
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An entry needs a title."))
    if len(title) > MAX_TITLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A title can be at most %1 characters long."), MAX_TITLE
        )
    body = clean_text(draft.body)
    if len(body) > MAX_BODY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "This entry is too long to save. Please split it into two entries."
            )
        )
    if draft.mood is not None and (
        isinstance(draft.mood, bool) or not isinstance(draft.mood, int) or not 1 <= draft.mood <= 5
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Mood is a number from 1 to 5."))
    if not isinstance(draft.date, dt.date) or isinstance(draft.date, dt.datetime):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An entry needs a date."))
    due, outcome, repeat = draft.due, draft.outcome, draft.repeat
    if due is not None and (not isinstance(due, dt.date) or isinstance(due, dt.datetime)):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A due date is a day, like 2026-03-31."))
    if kind is Kind.PROMISE:
        try:
            outcome = Outcome(outcome) if outcome is not None else Outcome.OPEN
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "“%1” is not an outcome. Choose one of: %2."),
                outcome,
                ", ".join(o.value for o in Outcome),
            ) from None
        try:
            repeat = Repeat(repeat) if repeat is not None else None
        except ValueError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "“%1” is not a repeat. Choose daily or weekly."), repeat
            ) from None
    else:
        if repeat is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a promise can repeat."))
        if due is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a promise has a due date."))
        if outcome is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a promise has an outcome."))
    return dataclasses.replace(
        draft,
        kind=kind,
        title=title,
        body=body,
        emotions=clean_labels(draft.emotions, "named emotion"),
        tags=clean_labels(draft.tags, "tag"),
        session=bool(draft.session),
        due=due,
        outcome=outcome,
        repeat=repeat,
    )


# Whole sentences for the dates the app and the command line ask for (any other is a "date").
_NOT_A_DATE = {
    "date": QT_TRANSLATE_NOOP("Errors", "“%1” is not a date; please write it as YYYY-MM-DD."),
    "due date": QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a due date; please write it as YYYY-MM-DD."
    ),
    "start date": QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a start date; please write it as YYYY-MM-DD."
    ),
    "end date": QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not an end date; please write it as YYYY-MM-DD."
    ),
    "valid start date": QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a valid start date; please write it as YYYY-MM-DD."
    ),
    "valid end date": QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a valid end date; please write it as YYYY-MM-DD."
    ),
}


def parse_date(text: str, what: str = "date") -> dt.date:
    """Parse ``YYYY-MM-DD`` or raise :class:`InvalidInput` naming ``what``.

    ``what`` is one of the dates in ``_NOT_A_DATE`` ("due date", "start date"…); the
    message calls any other simply a date, so that each message is a whole sentence.
    """
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(_NOT_A_DATE[what if what in _NOT_A_DATE else "date"], text) from None


def format_timestamp(moment: dt.datetime) -> str:
    """UTC timestamps as ``2026-11-27T05:07:16Z``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> dt.datetime:
    """Read a timestamp written by :func:`format_timestamp`."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
