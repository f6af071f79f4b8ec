"""What the command line prints: JSON for scripts, and plain aligned text for people.

Standard output carries results; standard error carries hints, reminders and the one
line that explains a failure. Text from entries is shown without control characters,
so an entry can never move the cursor or change a terminal's settings.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

from trustjournal.domain.entry import Entry, Kind
from trustjournal.vault import SearchHit

SESSION_MARK = "*"
BOLD, RESET = "\x1b[1m", "\x1b[0m"
# C0 controls (except tab and newline), DEL and the C1 controls some terminals obey.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _write(stream: TextIO | None, text: str) -> None:
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        # A terminal that cannot show a character gets "?" rather than a crash.
        text = text.encode(encoding, "replace").decode(encoding)
    except LookupError:
        pass
    stream.write(text)


def say(*lines: str) -> None:
    """Print lines on standard output."""
    for line in lines:
        _write(sys.stdout, line + "\n")


def note(text: str) -> None:
    """Print one line on standard error (a hint, a reminder, or why a command failed)."""
    _write(sys.stderr, " ".join(text.splitlines()) + "\n")


def emit_json(value: object) -> None:
    """Print ``value`` as JSON; non-ASCII text stays readable where the output is UTF-8."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    say(json.dumps(value, indent=2, ensure_ascii=encoding != "utf8"))


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def use_bold() -> bool:
    """Whether highlights may use bold text: only on a terminal that wants it."""
    return (
        _is_terminal(sys.stdout)
        and "NO_COLOR" not in os.environ
        and os.environ.get("TERM") != "dumb"
    )


def plain(text: str) -> str:
    """``text`` without control characters (tabs and newlines are kept)."""
    return _UNSAFE.sub("", text)


def local_date(moment: dt.datetime) -> str:
    """A stored UTC time as the local calendar date, ``YYYY-MM-DD``."""
    return moment.astimezone().date().isoformat()


def _words(value: str) -> str:
    return value.replace("_", " ")


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def entry_rows(entries: Sequence[Entry]) -> list[str]:
    """One aligned line per entry: number, date, kind, session mark and title."""
    id_width = max([len("#")] + [len(str(e.id)) for e in entries])
    kind_width = max([len("Kind")] + [len(e.kind.value) for e in entries])
    prefix = id_width + 2 + 10 + 2 + kind_width + 2 + 2
    title_width = None
    if _is_terminal(sys.stdout):
        title_width = max(20, shutil.get_terminal_size().columns - prefix)
    rows = [f"{'#':>{id_width}}  {'Date':<10}  {'Kind':<{kind_width}}    Title"]
    for entry in entries:
        mark = SESSION_MARK if entry.session else " "
        title = plain(entry.title)
        if title_width is not None:
            title = _shorten(title, title_width)
        rows.append(
            f"{entry.id:>{id_width}}  {entry.date.isoformat()}  "
            f"{entry.kind.value:<{kind_width}}  {mark} {title}"
        )
    if any(e.session for e in entries):
        rows.append(f"{SESSION_MARK} = to bring to your next counselling session")
    return rows


def entry_details(entry: Entry) -> list[str]:
    """Every field of one entry, one per line, then its text."""
    fields: list[tuple[str, str]] = [
        ("Title", plain(entry.title)),
        ("Kind", entry.kind.value),
        ("Date", entry.date.isoformat()),
    ]
    if entry.mood is not None:
        fields.append(("Mood", f"{entry.mood} of 5"))
    if entry.emotions:
        fields.append(("Feelings", ", ".join(plain(e) for e in entry.emotions)))
    if entry.tags:
        fields.append(("Tags", ", ".join(plain(t) for t in entry.tags)))
    if entry.session:
        fields.append(("Session", "bring to the next counselling session"))
    if entry.kind is Kind.PROMISE:
        if entry.due is not None:
            fields.append(("Due", entry.due.isoformat()))
        if entry.outcome is not None:
            fields.append(("Outcome", _words(entry.outcome.value)))
        if entry.repeat is not None:
            fields.append(("Repeats", entry.repeat.value))
    fields.append(("Written", local_date(entry.created_at)))
    if entry.updated_at != entry.created_at:
        fields.append(("Changed", local_date(entry.updated_at)))
    width = max(len(label) for label, _ in fields) + 1
    lines = [f"Entry {entry.id}"]
    lines += [f"  {label + ':':<{width}}  {value}" for label, value in fields]
    body = plain(entry.body).strip("\n")
    if body:
        lines += ["", body]
    return lines


def highlighted(text: str, spans: Iterable[tuple[int, int]], *, bold: bool) -> str:
    """``text`` with each span in bold (on a terminal) or between square brackets."""
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts.append(_one_line(text[position:start]))
        word = _one_line(text[start:end])
        parts.append(f"{BOLD}{word}{RESET}" if bold else f"[{word}]")
        position = end
    parts.append(_one_line(text[position:]))
    return "".join(parts)


def _one_line(text: str) -> str:
    return plain(text).replace("\n", " ").replace("\t", " ")


def search_results(hits: Sequence[SearchHit], *, bold: bool) -> list[str]:
    """Each hit as its list row and, indented below it, the snippet with matches marked."""
    rows = entry_rows([hit.entry for hit in hits])
    lines = [rows[0]]
    for hit, row in zip(hits, rows[1:], strict=False):
        text, spans = hit.snippet_spans()
        lines.append(row)
        if text.strip():
            lines.append("      " + highlighted(text, spans, bold=bold).strip())
    lines += rows[len(hits) + 1 :]
    return lines
