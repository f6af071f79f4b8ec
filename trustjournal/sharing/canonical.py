"""Canonical JSON: one byte string for one value, and a strict reader for untrusted bytes.

Cards and bundles are authenticated over bytes, so the writer must be deterministic:
sorted keys, no spaces, UTF-8 (not ``\\u`` escapes), integers only, no NaN. The reader
accepts only what the writer would produce: a duplicated key, a float, a constant such
as ``NaN``, an over-deep nesting or a non-canonical spelling of the same value are all
refused, so that two different byte strings can never mean the same thing.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Far more than any card or bundle needs (a bundle nests four levels), and far less
# than the interpreter's recursion limit, so nesting can never exhaust the stack.
MAX_DEPTH = 16
# Integers are ids and moods; twenty digits hold any 64-bit value.
MAX_INT_DIGITS = 20

JsonValue = Any

# One JSON string, escapes included; possessive, so a long string is one quick step.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)


class CanonicalError(ValueError):
    """Bytes that are not canonical JSON, or a value that cannot be written as such."""


def canonical_bytes(value: JsonValue) -> bytes:
    """Encode ``value`` (dicts with string keys, lists, str, int, bool, None) canonically."""
    _check_value(value, 0)
    try:
        text = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
        return text.encode("utf-8")
    except (ValueError, TypeError) as error:
        raise CanonicalError(str(error)) from None


def parse_canonical(data: bytes, *, max_bytes: int) -> JsonValue:
    """Parse untrusted ``data`` that must be canonical JSON of at most ``max_bytes`` bytes.

    Raises :class:`CanonicalError` for anything else; never any other exception for
    malformed input.
    """
    value = parse_strict(data, max_bytes=max_bytes)
    # Re-encoding is the simplest complete check for every other liberty JSON allows:
    # whitespace, key order, escapes, leading zeros, exponent forms.
    if canonical_bytes(value) != bytes(data):
        raise CanonicalError("not canonical")
    return value


def parse_strict(data: bytes, *, max_bytes: int, max_values: int | None = None) -> JsonValue:
    """Parse untrusted UTF-8 JSON strictly, without requiring the canonical spelling.

    Refused: more than ``max_bytes`` bytes, invalid UTF-8, a duplicated key, a float,
    ``NaN``/``Infinity``, an integer of more than 20 digits, nesting deeper than
    :data:`MAX_DEPTH`, far more values than ``max_values`` (when given, counted before
    parsing). For large inputs whose canonical form the caller checks more cheaply
    itself (a bundle compares one re-encoded part against the bytes).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CanonicalError("expected bytes")
    if len(data) > max_bytes:
        raise CanonicalError("too large")
    if max_values is not None and _may_hold_more_values(bytes(data), max_values):
        raise CanonicalError("too many values")
    try:
        # Decoded here, strictly: json.loads would also guess UTF-16 and UTF-32.
        text = bytes(data).decode("utf-8", errors="strict")
        value = json.loads(
            text,
            object_pairs_hook=_unique_object,
            parse_float=_refuse_float,
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
        )
    except CanonicalError:
        raise
    except (ValueError, TypeError, RecursionError, MemoryError) as error:
        raise CanonicalError(type(error).__name__) from None
    _check_value(value, 0)
    return value


def _may_hold_more_values(data: bytes, limit: int) -> bool:
    """Whether JSON ``data`` might hold too many values for ``limit``, judged by byte counts.

    Millions of tiny values ("[0,0,0,..." or "[{},{},...") fit in a file the size of a
    large bundle, and building them would take seconds and gigabytes; counting takes
    milliseconds. Only an upper bound is needed, so stray counts err towards refusing.
    """
    # A string opens (and nearly always closes) with a quote no backslash precedes, so
    # this counts each string once or twice: at most 2 * limit strings get through.
    if data.count(b'"') - data.count(b'\\"') > 2 * limit:
        return True
    if _other_values(data) <= limit:
        return False
    # Commas and brackets inside strings are words, not values: count outside them.
    return _other_values(_STRING.sub(b"", data)) > limit


def _other_values(text: bytes) -> int:
    # Any value but a string follows a comma or an opening bracket, or is the whole text.
    return text.count(b",") + text.count(b"[") + text.count(b"{") + 1


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CanonicalError("duplicate key")
        result[key] = value
    return result


def _refuse_float(_text: str) -> float:
    raise CanonicalError("numbers must be integers")


def _refuse_constant(_text: str) -> float:
    raise CanonicalError("NaN and Infinity are not JSON")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise CanonicalError("number too long")
    return int(text)


def _check_value(value: JsonValue, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise CanonicalError("nested too deeply")
    if value is None or isinstance(value, bool | str):
        return
    if isinstance(value, int):
        if abs(value) >= 10**MAX_INT_DIGITS:
            raise CanonicalError("number too long")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError("object keys must be strings")
            _check_value(item, depth + 1)
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check_value(item, depth + 1)
        return
    raise CanonicalError(f"{type(value).__name__} is not allowed in canonical JSON")
