"""Moving entries in and out of a journal: imports from other apps and file exports.

Pure functions on bytes and strings; the caller reads and writes the files. Every
imported entry passes :func:`~trustjournal.domain.entry.validate`, and every problem
with a file is raised as :class:`~trustjournal.errors.ImportInvalid` with one plain
sentence, so an import either brings in the whole file or nothing at all.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trustjournal.domain.entry import (
    MAX_BODY,
    MAX_TITLE,
    Entry,
    EntryDraft,
    Kind,
    Outcome,
    clean_text,
    validate,
)
from trustjournal.errors import ImportInvalid, InvalidInput

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
# Markdown backslash escapes (any ASCII punctuation), as Day One writes them.
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Day One's references to photos, audio, video and PDFs kept beside the JSON file.
# (Bounded repeats keep the search linear on hostile input.)
_MOMENT = re.compile(r"!\[[^\]\n]{0,1000}\]\(dayone-moment:[^)\n]{0,1000}\)")


class _EntryProblem(Exception):
    """One entry cannot be used; the message ends the sentence “Entry N in this file …”."""


# --------------------------------------------------------------------------- import


def parse_import(data: bytes, fmt: str) -> list[EntryDraft]:
    """Read the entries in an exported file of format ``fmt`` (one of :data:`FORMATS`).

    Returns validated drafts in file order, ready to save. Raises :class:`ImportInvalid`
    with one plain sentence if anything in the file cannot be used (then nothing should
    be imported), or :class:`InvalidInput` if ``fmt`` is not a known format.
    """
    convert = _CONVERTERS.get(fmt) if isinstance(fmt, str) else None
    if convert is None:
        raise InvalidInput(
            f"“{fmt}” is not a kind of file Trust Journal can import. Choose one of: "
            + ", ".join(FORMATS)
            + "."
        )
    items = _entries_of(_load_json(data), fmt)
    drafts: list[EntryDraft] = []
    for number, item in enumerate(items, start=1):
        drafts.append(_convert_one(number, item, convert))
    return drafts


def _convert_one(
    number: int, item: object, convert: Callable[[Mapping[str, object]], EntryDraft]
) -> EntryDraft:
    """Convert and validate one entry, turning every failure into :class:`ImportInvalid`."""
    where = f"Entry {number} in this file"
    try:
        if not isinstance(item, dict):
            raise _EntryProblem("is not a journal entry")
        draft = convert(item)
        if len(draft.body) > MAX_BODY:
            raise _EntryProblem("is longer than Trust Journal can keep in one entry")
        return validate(draft)
    except _EntryProblem as problem:
        raise ImportInvalid(f"{where} {problem}, {_NOTHING}") from None
    except InvalidInput as error:
        reason = error.message.split(". ")[0].rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise ImportInvalid(f"{where} cannot be used because {reason}, {_NOTHING}") from None
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        IndexError,
        OverflowError,
        RecursionError,
    ):
        # A safety net: the checks above should leave nothing to land here.
        raise ImportInvalid(f"{where} could not be read, {_NOTHING}") from None


def _load_json(data: bytes) -> object:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportInvalid(
            f"This file is too large to import (the limit is {MAX_IMPORT_BYTES // 2**20} MB), "
            + _NOTHING
        )
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportInvalid(f"This file is not saved as UTF-8 text, {_NOTHING}") from None
    if not text.strip():
        raise ImportInvalid(f"This file is empty, {_NOTHING}")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ImportInvalid(
            f"This file is nested far too deeply to be a journal export, {_NOTHING}"
        ) from None
    except MemoryError:
        raise ImportInvalid(f"This file is too large to import, {_NOTHING}") from None
    except ValueError:
        raise ImportInvalid(
            f"This file is not valid JSON (it may be damaged or not an export), {_NOTHING}"
        ) from None


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _guess_format(document: object) -> str | None:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return None
    if document.get("format") == TRUSTJOURNAL_JSON:
        return TRUSTJOURNAL_JSON
    if isinstance(document.get("metadata"), dict):
        return DAYONE_JSON
    if isinstance(document.get("tags"), dict):
        return JRNL_JSON
    return None


def _entries_of(document: object, fmt: str) -> list[object]:
    """Check the top level of ``document`` and return its list of entries."""
    guess = _guess_format(document)
    if guess is not None and guess != fmt:
        raise ImportInvalid(
            f"This file looks like {_FORMAT_NAMES[guess]} rather than {_FORMAT_NAMES[fmt]}, "
            + _NOTHING
        )
    not_this = ImportInvalid(f"This file is not {_FORMAT_NAMES[fmt]}, {_NOTHING}")
    if not isinstance(document, dict):
        raise not_this
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise not_this
    if fmt == TRUSTJOURNAL_JSON:
        version = document.get("version")
        if document.get("format") != TRUSTJOURNAL_JSON or type(version) is not int:
            raise not_this
        if version > FORMAT_VERSION:
            raise ImportInvalid(
                "This file was exported by a newer version of Trust Journal, "
                "so nothing was imported; please update the app and try again."
            )
        if version < 1:
            raise not_this
    return entries


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


def _kind(item: Mapping[str, object]) -> Kind:
    value = item.get("kind")
    if value is None or value == "":
        raise _EntryProblem("does not say what kind of entry it is")
    if isinstance(value, str):
        try:
            return Kind(value)
        except ValueError:
            pass
    raise _EntryProblem(f"has an unknown kind of entry{_shown(value)}")


def _mood(item: Mapping[str, object]) -> int | None:
    value = item.get("mood")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise _EntryProblem(f"has a mood{_shown(value)} that is not a number from 1 to 5")
    return value


def _outcome(item: Mapping[str, object]) -> Outcome | None:
    value = item.get("outcome")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Outcome(value)
        except ValueError:
            pass
    raise _EntryProblem(f"has an unknown promise outcome{_shown(value)}")


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


def _fit_title(title: str, body: str) -> tuple[str, str]:
    """Title and body for an imported entry, inventing a title when there is none.

    A missing title comes from the first line of the body; a title too long to keep
    is shortened and kept in full at the start of the body, so no words are lost.
    """
    title = " ".join(title.split())
    if not title:
        first = next((line for line in body.split("\n") if line.strip()), "")
        title = _shorten(first.strip().lstrip("#"), SHORT_TITLE) or UNTITLED
    elif len(title) > MAX_TITLE:
        body = title + ("\n\n" + body if body else "")
        title = _shorten(title, SHORT_TITLE)
    return title, body


# Formats.


def _from_trustjournal(item: Mapping[str, object]) -> EntryDraft:
    kind = _kind(item)
    return EntryDraft(
        kind=kind,
        title=_required_string(item, "title", "title"),
        body=_string(item, "body", "text"),
        date=_required_date(item, "date"),
        mood=_mood(item),
        emotions=_labels(item, "emotions", "named emotions"),
        tags=_labels(item, "tags", "tags"),
        session=_flag(item, "session", "“bring to next session”"),
        due=_date(item, "due", "due date"),
        outcome=_outcome(item),
    )


def _without_tag_symbol(tag: str) -> str:
    tag = tag.strip()
    return tag[1:] if tag[:1] in ("@", "#") else tag


def _from_jrnl(item: Mapping[str, object]) -> EntryDraft:
    body = _strip_blank_lines(clean_text(_string(item, "body", "text")))
    title, body = _fit_title(clean_text(_string(item, "title", "title")), body)
    return EntryDraft(
        kind=Kind.REFLECTION,
        title=title,
        body=body,
        date=_required_date(item, "date"),
        tags=tuple(_without_tag_symbol(tag) for tag in _labels(item, "tags", "tags")),
        session=_flag(item, "starred", "star"),
    )


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
        raise _EntryProblem("has no date")
    bad = _EntryProblem(f"has a date{_shown(value)} that cannot be read")
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


_CONVERTERS: dict[str, Callable[[Mapping[str, object]], EntryDraft]] = {
    TRUSTJOURNAL_JSON: _from_trustjournal,
    JRNL_JSON: _from_jrnl,
    DAYONE_JSON: _from_dayone,
}


# --------------------------------------------------------------------------- export


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
