"""Reading an exported file: the document checks, then each entry through its format."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from trustjournal.domain.entry import MAX_BODY, EntryDraft, validate
from trustjournal.domain.interchange._common import (
    _FORMAT_NAMES,
    _NOTHING,
    DAYONE_JSON,
    FORMAT_VERSION,
    FORMATS,
    JRNL_JSON,
    MAX_IMPORT_BYTES,
    TRUSTJOURNAL_JSON,
    _EntryProblem,
)
from trustjournal.domain.interchange.dayone import _from_dayone
from trustjournal.domain.interchange.jrnl import _from_jrnl
from trustjournal.domain.interchange.native import _from_trustjournal
from trustjournal.errors import ImportInvalid, InvalidInput


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


_CONVERTERS: dict[str, Callable[[Mapping[str, object]], EntryDraft]] = {
    TRUSTJOURNAL_JSON: _from_trustjournal,
    JRNL_JSON: _from_jrnl,
    DAYONE_JSON: _from_dayone,
}
