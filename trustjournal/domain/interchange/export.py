"""Writing a journal out: ``trustjournal-json`` to import again, or readable Markdown."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence

from trustjournal.domain.entry import Entry, Kind, Outcome
from trustjournal.domain.interchange._common import (
    FORMAT_VERSION,
    TRUSTJOURNAL_JSON,
    _strip_blank_lines,
)


def export_json(entries: Sequence[Entry], *, name: str, role: str, since: dt.date) -> str:
    """The journal as a ``trustjournal-json`` document, which :func:`parse_import` reads back.

    Keys come in a fixed order and text is kept as written (not ``\\u`` escaped); the
    result ends with a newline and should be saved as UTF-8.
    """
    document = {
        "format": TRUSTJOURNAL_JSON,
        "version": FORMAT_VERSION,
        "journal": {"name": name, "role": str(role), "since": since.isoformat()},
        "entries": [entry.to_json() for entry in entries],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_ROLE_WORDS = {
    "hurt": "Written by the partner who was hurt",
    "repairing": "Written by the partner who is repairing trust",
}

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# Lines that could start a heading, a horizontal rule, a setext underline or an HTML
# block (which can swallow the rest of the document).
_STRUCTURAL = re.compile(r"^( {0,3})([#<]|(?:[-=*_][ \t]*)+$)")


def _inline(text: str) -> str:
    """Text for one line of Markdown (a title or a label), with markup escaped."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"(\s)(#+)\s*$", r"\1\\\2", text)


def _closes(fence: str, marker: str, line: str) -> bool:
    """Whether ``line`` (starting with ``marker``) closes a code block opened by ``fence``."""
    return marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip(" \t" + fence[0])


def _markdown_body(body: str) -> str:
    """``body`` as Markdown that cannot break out of its entry.

    Headings, rules and HTML-block starts get a backslash (they still read the same),
    and a code fence left open is closed. Text inside fences is left alone.
    """
    out: list[str] = []
    fence = ""
    for line in body.split("\n"):
        opener = _FENCE.match(line)
        if fence:
            if opener and _closes(fence, opener.group(1), line):
                fence = ""
        elif opener:
            fence = opener.group(1)
        else:
            line = _STRUCTURAL.sub(r"\1\\\2", line, count=1)
        out.append(line)
    if fence:
        out.append(fence)
    return "\n".join(out)


def _words(value: str) -> str:
    """``noticed_change`` → ``Noticed change``."""
    return value.replace("_", " ").capitalize()


def _details(entry: Entry) -> str:
    parts = [entry.date.isoformat(), _words(entry.kind.value)]
    if entry.mood is not None:
        parts.append(f"Mood {entry.mood} of 5")
    if entry.emotions:
        parts.append("Feelings: " + ", ".join(_inline(e) for e in entry.emotions))
    if entry.tags:
        parts.append("Tags: " + ", ".join(_inline(t) for t in entry.tags))
    if entry.session:
        parts.append("Bring to next session")
    if entry.kind is Kind.PROMISE:
        if entry.due is not None:
            parts.append(f"Due {entry.due.isoformat()}")
        if entry.repeat is not None:
            parts.append(f"Repeats {entry.repeat.value}")
        outcome = entry.outcome or Outcome.OPEN
        parts.append(f"Outcome: {_words(outcome.value)}")
    return " · ".join(parts)


def export_markdown(entries: Sequence[Entry], *, name: str, role: str, since: dt.date) -> str:
    """The journal as one readable Markdown document, entries in the order given.

    Each entry is a ``##`` heading, a line of details and the body, with a horizontal
    rule between entries; Markdown in a body cannot be mistaken for that structure.
    """
    role_words = _ROLE_WORDS.get(str(role), f"Role: {_inline(str(role))}")
    count = f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}"
    parts = [
        f"# {_inline(' '.join(name.split())) or 'Trust Journal'}",
        f"Trust Journal · {role_words} · Kept since {since.isoformat()} · {count}",
    ]
    if not entries:
        parts.append("No entries.")
    for entry in entries:
        parts.append("---")
        parts.append(f"## {_inline(entry.title)}")
        parts.append(_details(entry))
        body = _strip_blank_lines(entry.body)
        if body:
            parts.append(_markdown_body(body))
    return "\n\n".join(parts) + "\n"
