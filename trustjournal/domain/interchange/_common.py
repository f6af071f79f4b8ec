"""What every import format shares: the format names, limits, and the field readers.

Each field reader raises :class:`_EntryProblem` with the end of a sentence that starts
"Entry N in this file …"; :func:`~trustjournal.domain.interchange.importing.parse_import`
turns it into :class:`~trustjournal.errors.ImportInvalid`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

from trustjournal.domain.entry import clean_text

TRUSTJOURNAL_JSON = "trustjournal-json"
JRNL_JSON = "jrnl-json"
DAYONE_JSON = "dayone-json"
FORMATS = (TRUSTJOURNAL_JSON, JRNL_JSON, DAYONE_JSON)

FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
SHORT_TITLE = 80
UNTITLED = "Untitled entry"

_FORMAT_NAMES = {
    TRUSTJOURNAL_JSON: "a Trust Journal export",
    JRNL_JSON: "a jrnl export",
    DAYONE_JSON: "a Day One export",
}

_NOTHING = "so nothing was imported."

# Lone UTF-16 surrogates can come out of JSON "\ud800" escapes; they cannot be stored.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _EntryProblem(Exception):
    """One entry cannot be used; the message ends the sentence “Entry N in this file …”."""


# Field readers. Each raises _EntryProblem with the end of a sentence.


def _shown(value: object) -> str:
    """A short, one-line rendering of a bad value for a message, with a leading space."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool | int | float):
        text = json.dumps(value)
    else:
        return ""
    return " “" + _shorten(_SURROGATE.sub("\ufffd", clean_text(text)), 40) + "”"


def _string(item: Mapping[str, object], key: str, what: str) -> str:
    """An optional text field: missing or null is empty."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _EntryProblem(f"has a {what} that is not text")
    return _SURROGATE.sub("\ufffd", value)


def _required_string(item: Mapping[str, object], key: str, what: str) -> str:
    value = _string(item, key, what)
    if not value.strip():
        raise _EntryProblem(f"has no {what}")
    return value


def _labels(item: Mapping[str, object], key: str, what: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(label, str) for label in value):
        raise _EntryProblem(f"has {what} that are not a list of words")
    return tuple(_SURROGATE.sub("\ufffd", label) for label in value)


def _flag(item: Mapping[str, object], key: str, what: str) -> bool:
    value = item.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _EntryProblem(f"has a {what} mark that is not true or false")
    return value


def _date(item: Mapping[str, object], key: str, what: str) -> dt.date | None:
    """An optional ``YYYY-MM-DD`` field: missing or null is ``None``."""
    value = item.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _EntryProblem(f"has a {what}{_shown(value)} that is not a real date in YYYY-MM-DD form")


def _required_date(item: Mapping[str, object], key: str) -> dt.date:
    date = _date(item, key, "date")
    if date is None:
        raise _EntryProblem("has no date")
    return date


# Text helpers.


def _shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word if possible."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def _strip_blank_lines(text: str) -> str:
    """Drop blank lines at the start and end, keeping the indentation of the rest."""
    lines = text.split("\n")
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end])
