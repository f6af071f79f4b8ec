"""Reading Day One's JSON export: title from the first line, attachments left out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trustjournal.domain.entry import EntryDraft, Kind, clean_text
from trustjournal.domain.interchange._common import (
    SHORT_TITLE,
    UNTITLED,
    _EntryProblem,
    _flag,
    _labels,
    _shorten,
    _shown,
    _string,
    _strip_blank_lines,
)
from trustjournal.errors import QT_TRANSLATE_NOOP

# Markdown backslash escapes (any ASCII punctuation), as Day One writes them.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Day One's references to photos, audio, video and PDFs kept beside the JSON file.
# (Bounded repeats keep the search linear on hostile input.)
_MOMENT = re.compile(r"!\[[^\]\n]{0,1000}\]\(dayone-moment:[^)\n]{0,1000}\)")


def _zone(name: object) -> dt.tzinfo:
    if not isinstance(name, str) or not name.strip():
        return dt.UTC
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return dt.UTC


def _dayone_date(item: Mapping[str, object]) -> dt.date:
    value = item.get("creationDate")
    if value is None or value == "":
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "Entry %1 in this file has no date, so nothing was imported."
            )
        )
    shown = _shown(value)
    bad = (
        _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has a date “%2” that cannot be read, "
                "so nothing was imported.",
            ),
            shown,
        )
        if shown is not None
        else _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has a date that cannot be read, so nothing was imported.",
            )
        )
    )
    if not isinstance(value, str):
        raise bad
    try:
        moment = dt.datetime.fromisoformat(value.strip())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(_zone(item.get("timeZone"))).date()
    except (ValueError, OverflowError):
        raise bad from None


def _without_moments(text: str) -> str:
    """Remove Day One photo, audio and other attachment references and their lines."""
    kept: list[str] = []
    skip_blank = False
    for line in text.split("\n"):
        if _MOMENT.search(line):
            line = _MOMENT.sub("", line)
            if not line.strip():
                # Drop the line, and one blank line after it if that would leave two.
                skip_blank = skip_blank or not kept or not kept[-1].strip()
                continue
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        kept.append(line)
    return "\n".join(kept)


def _unescape_markdown(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(r"\1", text)


def _heading_text(line: str) -> str | None:
    """The text of a Markdown ATX heading (``## Title ##``), or ``None`` if not a heading."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return None
    rest = stripped.lstrip("#")
    if not 1 <= len(stripped) - len(rest) <= 6 or rest[:1] not in ("", " ", "\t"):
        return None
    rest = rest.strip(" \t")
    closed = rest.rstrip("#")
    if closed != rest and (not closed or closed[-1] in " \t"):
        rest = closed.rstrip(" \t")
    return rest


def _split_dayone_text(text: str) -> tuple[str, str]:
    """Title and body from a Day One entry's Markdown text."""
    lines = _strip_blank_lines(_without_moments(text)).split("\n")
    first, rest = lines[0], "\n".join(lines[1:])
    body = _strip_blank_lines(_unescape_markdown(rest))
    heading = _heading_text(first)
    line = first if heading is None else heading
    full = " ".join(_unescape_markdown(line).split()).lstrip("#").strip()
    if not full:
        return UNTITLED, body
    title = _shorten(full, SHORT_TITLE)
    if title != full:
        # Keep the whole first line in the body so nothing is lost.
        body = _unescape_markdown(first).strip() + ("\n" + body if body else "")
    return title, body


def _from_dayone(item: Mapping[str, object]) -> EntryDraft:
    title, body = _split_dayone_text(clean_text(_string(item, "text", "text")))
    return EntryDraft(
        kind=Kind.REFLECTION,
        title=title,
        body=body,
        date=_dayone_date(item),
        tags=_labels(item, "tags", "tags"),
        session=_flag(item, "starred", "star"),
    )
