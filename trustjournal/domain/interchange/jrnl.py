"""Reading jrnl's JSON export: every entry becomes a reflection."""

from __future__ import annotations

from collections.abc import Mapping

from trustjournal.domain.entry import MAX_TITLE, EntryDraft, Kind, clean_text
from trustjournal.domain.interchange._common import (
    SHORT_TITLE,
    UNTITLED,
    _flag,
    _labels,
    _required_date,
    _shorten,
    _string,
    _strip_blank_lines,
)


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
