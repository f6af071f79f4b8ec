"""Reading an exported file: the document checks, then each entry through its format."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from trustjournal.domain.entry import MAX_BODY, EntryDraft, validate
from trustjournal.domain.interchange._common import (
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
from trustjournal.errors import QT_TRANSLATE_NOOP, ImportInvalid, InvalidInput

# Whole sentences for each format (and each mix-up of formats), so each is translated whole.
_NOT_THIS = {
    TRUSTJOURNAL_JSON: QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Trust Journal export, so nothing was imported."
    ),
    JRNL_JSON: QT_TRANSLATE_NOOP(
        "Errors", "This file is not a jrnl export, so nothing was imported."
    ),
    DAYONE_JSON: QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Day One export, so nothing was imported."
    ),
}
_LOOKS_LIKE = {
    (TRUSTJOURNAL_JSON, JRNL_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a Trust Journal export rather than a jrnl export, "
        "so nothing was imported.",
    ),
    (TRUSTJOURNAL_JSON, DAYONE_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a Trust Journal export rather than a Day One export, "
        "so nothing was imported.",
    ),
    (JRNL_JSON, TRUSTJOURNAL_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a jrnl export rather than a Trust Journal export, "
        "so nothing was imported.",
    ),
    (JRNL_JSON, DAYONE_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a jrnl export rather than a Day One export, so nothing was imported.",
    ),
    (DAYONE_JSON, TRUSTJOURNAL_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a Day One export rather than a Trust Journal export, "
        "so nothing was imported.",
    ),
    (DAYONE_JSON, JRNL_JSON): QT_TRANSLATE_NOOP(
        "Errors",
        "This file looks like a Day One export rather than a jrnl export, so nothing was imported.",
    ),
}


def parse_import(data: bytes, fmt: str) -> list[EntryDraft]:
    """Read the entries in an exported file of format ``fmt`` (one of :data:`FORMATS`).

    Returns validated drafts in file order, ready to save. Raises :class:`ImportInvalid`
    with one plain sentence if anything in the file cannot be used (then nothing should
    be imported), or :class:`InvalidInput` if ``fmt`` is not a known format.
    """
    convert = _CONVERTERS.get(fmt) if isinstance(fmt, str) else None
    if convert is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "“%1” is not a kind of file Trust Journal can import. Choose one of: %2."
            ),
            fmt,
            ", ".join(FORMATS),
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
    try:
        if not isinstance(item, dict):
            raise _EntryProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Entry %1 in this file is not a journal entry, so nothing was imported.",
                )
            )
        draft = convert(item)
        if len(draft.body) > MAX_BODY:
            raise _EntryProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Entry %1 in this file is longer than Trust Journal can keep in one entry, "
                    "so nothing was imported.",
                )
            )
        return validate(draft)
    except _EntryProblem as problem:
        raise problem.numbered(number) from None
    except InvalidInput as error:
        reason = error.message.split(". ")[0].rstrip(".")
        reason = reason[:1].lower() + reason[1:]
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file cannot be used because %2, so nothing was imported.",
            ),
            number,
            reason,
        ) from None
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
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "Entry %1 in this file could not be read, so nothing was imported."
            ),
            number,
        ) from None


def _load_json(data: bytes) -> object:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file is too large to import (the limit is %1 MB), so nothing was imported.",
            ),
            MAX_IMPORT_BYTES // 2**20,
        )
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "This file is not saved as UTF-8 text, so nothing was imported."
            )
        ) from None
    if not text.strip():
        raise ImportInvalid(
            QT_TRANSLATE_NOOP("Errors", "This file is empty, so nothing was imported.")
        )
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file is nested far too deeply to be a journal export, "
                "so nothing was imported.",
            )
        ) from None
    except MemoryError:
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors", "This file is too large to import, so nothing was imported."
            )
        ) from None
    except ValueError:
        raise ImportInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This file is not valid JSON (it may be damaged or not an export), "
                "so nothing was imported.",
            )
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
        raise ImportInvalid(_LOOKS_LIKE[guess, fmt])
    not_this = ImportInvalid(_NOT_THIS[fmt])
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
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file was exported by a newer version of Trust Journal, "
                    "so nothing was imported; please update the app and try again.",
                )
            )
        if version < 1:
            raise not_this
    return entries


_CONVERTERS: dict[str, Callable[[Mapping[str, object]], EntryDraft]] = {
    TRUSTJOURNAL_JSON: _from_trustjournal,
    JRNL_JSON: _from_jrnl,
    DAYONE_JSON: _from_dayone,
}
