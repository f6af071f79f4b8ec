"""Canonical JSON: one spelling per value, and a reader that accepts nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from trustjournal.sharing.canonical import (
    MAX_DEPTH,
    CanonicalError,
    canonical_bytes,
    parse_canonical,
    parse_strict,
)


def test_sorted_compact_utf8() -> None:
    value = {"b": [1, True, None], "a": 'é ✓ \n "', "ä": {"z": -5, "y": ""}}
    encoded = canonical_bytes(value)
    assert encoded == '{"a":"é ✓ \\n \\"","b":[1,true,null],"ä":{"y":"","z":-5}}'.encode()
    assert parse_canonical(encoded, max_bytes=1000) == value


def test_same_value_same_bytes_whatever_the_insertion_order() -> None:
    assert canonical_bytes({"x": 1, "y": {"b": 2, "a": 1}}) == canonical_bytes(
        {"y": {"a": 1, "b": 2}, "x": 1}
    )


@pytest.mark.parametrize(
    "value",
    [1.5, float("nan"), float("inf"), {1: "x"}, {"a": b"bytes"}, {"s": {1, 2}}, 10**20],
    ids=["float", "nan", "inf", "int-key", "bytes", "set", "huge-int"],
)
def test_writer_refuses_what_is_not_canonical_json(value: Any) -> None:
    with pytest.raises(CanonicalError):
        canonical_bytes(value)


def test_writer_refuses_a_lone_surrogate() -> None:
    with pytest.raises(CanonicalError):
        canonical_bytes({"a": "\ud800"})


@pytest.mark.parametrize(
    "text",
    [
        b'{"a":1,"a":2}',  # duplicate key
        b'{"a":{"k":1,"k":1}}',  # duplicate key, nested
        b'{"a":1.0}',  # float
        b'{"a":1e3}',  # exponent
        b'{"a":NaN}',
        b'{"a":-Infinity}',
        b'{"a":123456789012345678901}',  # 21 digits
        b'{"a": 1}',  # whitespace
        b'{"b":1,"a":2}',  # key order
        b'{"a":"\\u00e9"}',  # an escape the writer would not use
        b'{"a":"\\ud800"}',  # an escaped lone surrogate
        b'{"a":01}',
        b'{"a":1}\n',
        b'\xef\xbb\xbf{"a":1}',  # byte order mark
        b'{"a":"\xff"}',  # not UTF-8
        b'{"a":"\xed\xa0\x80"}',  # UTF-8-encoded surrogate
        b'{"a":1',
        b"",
        b"[" * 5000 + b"]" * 5000,  # deep enough to exhaust a naive recursive reader
        '{"a":1}'.encode("utf-16"),
    ],
)
def test_reader_refuses(text: bytes) -> None:
    with pytest.raises(CanonicalError):
        parse_canonical(text, max_bytes=1_000_000)


def test_depth_is_bounded() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_canonical(ok.encode(), max_bytes=1000) is not None
    too_deep = "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2)
    with pytest.raises(CanonicalError):
        parse_canonical(too_deep.encode(), max_bytes=1000)
    with pytest.raises(CanonicalError):
        canonical_bytes(eval(too_deep))


def test_size_is_checked_before_parsing() -> None:
    with pytest.raises(CanonicalError, match="too large"):
        parse_canonical(b'{"a":"' + b"x" * 100 + b'"}', max_bytes=50)


def test_strict_reader_accepts_other_spellings_but_nothing_else() -> None:
    assert parse_strict(b'{ "b" : 1, "a" : [ 2 ] }', max_bytes=100) == {"a": [2], "b": 1}
    for bad in (b'{"a":1,"a":1}', b'{"a":1.5}', b'{"a":NaN}', b"\xff"):
        with pytest.raises(CanonicalError):
            parse_strict(bad, max_bytes=100)


def test_reader_refuses_a_non_bytes_argument() -> None:
    with pytest.raises(CanonicalError):
        parse_canonical("{}", max_bytes=10)  # type: ignore[arg-type]
