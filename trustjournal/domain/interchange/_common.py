"""What every import format shares: the format names, limits, and the field readers.

Each field reader raises :class:`_EntryProblem` with a whole sentence, "Entry %1 in this
file …", where ``%1`` is the entry's number:
:func:`~trustjournal.domain.interchange.importing.parse_import` fills it in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping

from trustjournal.domain.entry import clean_text
from trustjournal.errors import QT_TRANSLATE_NOOP, ImportInvalid, fill

TRUSTJOURNAL_JSON = "trustjournal-json"
JRNL_JSON = "jrnl-json"
DAYONE_JSON = "dayone-json"
FORMATS = (TRUSTJOURNAL_JSON, JRNL_JSON, DAYONE_JSON)

FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
SHORT_TITLE = 80
UNTITLED = "Untitled entry"

# Lone UTF-16 surrogates can come out of JSON "\ud800" escapes; they cannot be stored.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _EntryProblem(ImportInvalid):
    """One entry cannot be used.

    The template is a whole sentence with ``%1`` for the entry's number, which the field
    readers do not know (``%2`` is the bad value, if any); :meth:`numbered` fills it in.
    """

    def __init__(self, template: str, *values: object) -> None:
        super().__init__(template, "%1", *values)

    def numbered(self, number: int) -> _EntryProblem:
        """This problem, naming entry ``number``."""
        self.values = (str(number), *self.values[1:])
        self.args = (fill(self.template, self.values),)
        return self


# What each field reader says, as whole sentences for each field it is asked about.
_NOT_TEXT = {
    "text": QT_TRANSLATE_NOOP(
        "Errors", "Entry %1 in this file has a text that is not text, so nothing was imported."
    ),
    "title": QT_TRANSLATE_NOOP(
        "Errors", "Entry %1 in this file has a title that is not text, so nothing was imported."
    ),
}
_NO_VALUE = {
    "title": QT_TRANSLATE_NOOP(
        "Errors", "Entry %1 in this file has no title, so nothing was imported."
    ),
    "date": QT_TRANSLATE_NOOP(
        "Errors", "Entry %1 in this file has no date, so nothing was imported."
    ),
}
_NOT_WORDS = {
    "tags": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has tags that are not a list of words, so nothing was imported.",
    ),
    "named emotions": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has named emotions that are not a list of words, "
        "so nothing was imported.",
    ),
}
_NOT_A_FLAG = {
    "star": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a star mark that is not true or false, so nothing was imported.",
    ),
    "“bring to next session”": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a “bring to next session” mark that is not true or false, "
        "so nothing was imported.",
    ),
}
_NOT_A_DATE = {
    "date": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a date that is not a real date in YYYY-MM-DD form, "
        "so nothing was imported.",
    ),
    "due date": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a due date that is not a real date in YYYY-MM-DD form, "
        "so nothing was imported.",
    ),
}
_NOT_A_DATE_SHOWN = {
    "date": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a date “%2” that is not a real date in YYYY-MM-DD form, "
        "so nothing was imported.",
    ),
    "due date": QT_TRANSLATE_NOOP(
        "Errors",
        "Entry %1 in this file has a due date “%2” that is not a real date in YYYY-MM-DD form, "
        "so nothing was imported.",
    ),
}


# Field readers. Each raises _EntryProblem with one of the sentences above.


def _shown(value: object) -> str | None:
    """A short, one-line rendering of a bad value for a message (``None``: not shown)."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool | int | float):
        text = json.dumps(value)
    else:
        return None
    return _shorten(_SURROGATE.sub("\ufffd", clean_text(text)), 40)


def _string(item: Mapping[str, object], key: str, what: str) -> str:
    """An optional text field: missing or null is empty."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _EntryProblem(_NOT_TEXT[what])
    return _SURROGATE.sub("\ufffd", value)


def _required_string(item: Mapping[str, object], key: str, what: str) -> str:
    value = _string(item, key, what)
    if not value.strip():
        raise _EntryProblem(_NO_VALUE[what])
    return value


def _labels(item: Mapping[str, object], key: str, what: str) -> tuple[str, ...]:
    value = item.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(label, str) for label in value):
        raise _EntryProblem(_NOT_WORDS[what])
    return tuple(_SURROGATE.sub("\ufffd", label) for label in value)


def _flag(item: Mapping[str, object], key: str, what: str) -> bool:
    value = item.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise _EntryProblem(_NOT_A_FLAG[what])
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
    shown = _shown(value)
    if shown is not None:
        raise _EntryProblem(_NOT_A_DATE_SHOWN[what], shown)
    raise _EntryProblem(_NOT_A_DATE[what])


def _required_date(item: Mapping[str, object], key: str) -> dt.date:
    date = _date(item, key, "date")
    if date is None:
        raise _EntryProblem(_NO_VALUE["date"])
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
