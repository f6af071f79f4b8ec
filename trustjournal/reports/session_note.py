"""A counselling-session note's body: takeaways, homework and the next session's date.

A session note is an ordinary ``session_note`` entry whose Markdown body has a small,
readable shape, so it reads well anywhere the entry is shown and the next counselling
summary can still pick its parts out::

    ## Takeaways

    …

    ## Homework

    …

    Next session: 2026-03-12

The headings and the date line are a stored format (like a file format), so they stay
in English whatever language the app speaks. A note written by hand, in any shape, is
still shown in full; it just has no parts to pick out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

TAKEAWAYS = "Takeaways"
HOMEWORK = "Homework"
NEXT_SESSION = "Next session"

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*(?P<name>.+?)\s*#*\s*$")
_NEXT = re.compile(
    r"^\s*(?:\*\*|__)?\s*next session\s*:?\s*(?:\*\*|__)?\s*:?\s*(?P<day>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True, slots=True)
class SessionNote:
    """What a partner keeps from one counselling session."""

    takeaways: str = ""
    homework: str = ""
    next_session: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.takeaways.strip() or self.homework.strip() or self.next_session)


def compose(note: SessionNote) -> str:
    """The Markdown body of a session-note entry (only the parts that were filled in)."""
    parts: list[str] = []
    if note.takeaways.strip():
        parts += [f"## {TAKEAWAYS}", note.takeaways.strip()]
    if note.homework.strip():
        parts += [f"## {HOMEWORK}", note.homework.strip()]
    if note.next_session is not None:
        parts.append(f"{NEXT_SESSION}: {note.next_session.isoformat()}")
    return "\n\n".join(parts) + ("\n" if parts else "")


def parse(body: str) -> SessionNote | None:
    """The parts of a note written by :func:`compose`; ``None`` if ``body`` has none.

    Lenient on purpose: the headings may be any level and any case, the date line may be
    bold, and text under other headings is left out of both parts.
    """
    sections: dict[str, list[str]] = {TAKEAWAYS: [], HOMEWORK: []}
    current: list[str] | None = None
    found = False
    next_session: dt.date | None = None
    for line in body.splitlines():
        date_line = _NEXT.match(line)
        if date_line is not None:
            try:
                next_session = dt.date.fromisoformat(date_line["day"])
                found = True
                continue
            except ValueError:
                pass
        heading = _HEADING.match(line)
        if heading is not None:
            name = heading["name"].strip().casefold()
            current = next(
                (lines for key, lines in sections.items() if key.casefold() == name), None
            )
            found = found or current is not None
            continue
        if current is not None:
            current.append(line)
    if not found:
        return None
    return SessionNote(
        takeaways="\n".join(sections[TAKEAWAYS]).strip(),
        homework="\n".join(sections[HOMEWORK]).strip(),
        next_session=next_session,
    )
