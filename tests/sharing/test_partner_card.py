"""Partner cards: text and file round trips, tolerance of mail and chat, and refusals."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest

from trustjournal.errors import CardInvalid, InvalidInput
from trustjournal.sharing import Identity, PartnerCard, clean_name, new_identity
from trustjournal.sharing.card import BEGIN, END, MAX_CARD_TEXT

LOW_ORDER_X25519 = bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800")


def card_text(payload: Any, *, raw: bytes | None = None) -> str:
    """Card text around any JSON (written canonically unless ``raw`` is given)."""
    if raw is None:
        raw = json.dumps(
            payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()
    encoded = base64.b64encode(raw).decode()
    return BEGIN + "\n" + "\n".join(re.findall(".{1,64}", encoded)) + "\n" + END + "\n"


def test_text_round_trip(alex_card: PartnerCard) -> None:
    text = alex_card.to_text()
    lines = text.splitlines()
    assert lines[0] == BEGIN and lines[-1] == END and text.endswith("\n")
    assert all(len(line) <= 64 for line in lines[1:-1])
    assert all(len(line) == 64 for line in lines[1:-2])
    assert PartnerCard.from_text(text) == alex_card
    assert len(text) < MAX_CARD_TEXT


def test_card_json_layout(alex_card: PartnerCard) -> None:
    inner = "".join(alex_card.to_text().splitlines()[1:-1])
    data = json.loads(base64.b64decode(inner))
    assert data == {
        "format": "trustjournal-card",
        "version": 1,
        "name": "Alex",
        "role": "repairing",
        "keys": {
            "mlkem768": base64.b64encode(alex_card.mlkem_public).decode(),
            "x25519_kem": base64.b64encode(alex_card.kem_x25519_public).decode(),
            "x25519_auth": base64.b64encode(alex_card.auth_x25519_public).decode(),
        },
    }


@pytest.mark.parametrize(
    "transform",
    [
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\n\n   " + t + "   \n\n",
        lambda t: "\ufeff" + t,
        lambda t: "\n".join("    " + line + "  " for line in t.splitlines()),
        lambda t: "Here is my card:\n\n" + t + "\nSee you tonight.",
        lambda t: t.replace("\n", " "),
        lambda t: t.rstrip("\n"),
    ],
    ids=["crlf", "blank-lines", "bom", "indented", "in-a-message", "one-line", "no-final-newline"],
)
def test_text_tolerates_what_mail_and_chat_do(alex_card: PartnerCard, transform: Any) -> None:
    assert PartnerCard.from_text(transform(alex_card.to_text())) == alex_card


def test_file_round_trip(tmp_path: Path, alex_card: PartnerCard) -> None:
    path = tmp_path / "alex.tjcard"
    path.write_bytes(b"\xef\xbb\xbf" + alex_card.to_text().replace("\n", "\r\n").encode())
    assert PartnerCard.from_file(path) == alex_card


def test_fingerprint_is_keys_only(alex: Identity, alex_card: PartnerCard) -> None:
    assert re.fullmatch("[0-9a-f]{64}", alex_card.fingerprint)
    assert alex.card("Someone else", "hurt").fingerprint == alex_card.fingerprint
    flip = bytes([alex_card.auth_x25519_public[0] ^ 0x40]) + alex_card.auth_x25519_public[1:]
    for field in ("mlkem_public", "kem_x25519_public", "auth_x25519_public"):
        other_keys = new_identity().card("Alex", "repairing")
        changed = dataclasses.replace(alex_card, **{field: getattr(other_keys, field)})
        assert changed.fingerprint != alex_card.fingerprint
    assert dataclasses.replace(alex_card, auth_x25519_public=flip).fingerprint != (
        alex_card.fingerprint
    )


def test_repr_does_not_dump_keys(alex_card: PartnerCard) -> None:
    assert repr(alex_card) == "PartnerCard(name='Alex', role='repairing')"


# --- refusals -------------------------------------------------------------------------


def good_json(card: PartnerCard) -> dict[str, Any]:
    return card.to_json()


def with_key(card: PartnerCard, name: str, raw: bytes) -> dict[str, Any]:
    data = card.to_json()
    data["keys"][name] = base64.b64encode(raw).decode()
    return data


@pytest.mark.parametrize(
    ("make_text", "message"),
    [
        (lambda c: "", "not a Trust Journal partner card"),
        (lambda c: "hello", "not a Trust Journal partner card"),
        (lambda c: c.to_text() + c.to_text(), "not a Trust Journal partner card"),
        (lambda c: c.to_text().replace(END, ""), "not a Trust Journal partner card"),
        (lambda c: END + "\n" + BEGIN, "could not be read"),
        (lambda c: c.to_text().replace(BEGIN + "\n", BEGIN + "\n!", 1), "could not be read"),
        (lambda c: BEGIN + "\nQUJD=\n" + END, "could not be read"),  # bad padding
        (lambda c: BEGIN + "\nQUJDRA=\n" + END, "could not be read"),  # non-zero pad bits
        (lambda c: card_text(None, raw=b"{not json"), "could not be read"),
        (lambda c: card_text(None, raw=b"\xff\xfe"), "could not be read"),
        (
            lambda c: card_text(
                None, raw=b'{"format":"trustjournal-card","format":"trustjournal-card"}'
            ),
            "could not be read",
        ),
        (lambda c: card_text(None, raw=json.dumps(good_json(c), indent=1).encode()), "read"),
        (lambda c: card_text([1, 2]), "not a Trust Journal partner card"),
        (lambda c: card_text({**good_json(c), "format": "other"}), "not a Trust Journal"),
        (lambda c: card_text({**good_json(c), "version": 2}), "newer version"),
        (lambda c: card_text({**good_json(c), "version": True}), "could not be read"),
        (lambda c: card_text({**good_json(c), "version": "1"}), "could not be read"),
        (lambda c: card_text({**good_json(c), "extra": 1}), "could not be read"),
        (lambda c: card_text({**good_json(c), "name": 7}), "could not be read"),
        (lambda c: card_text({**good_json(c), "name": ""}), "name is needed"),
        (lambda c: card_text({**good_json(c), "name": "x" * 81}), "at most 80"),
        (lambda c: card_text({**good_json(c), "name": "Al\x1bex"}), "control characters"),
        (lambda c: card_text({**good_json(c), "name": "Alex\u202e"}), "control characters"),
        (lambda c: card_text({**good_json(c), "name": " Alex "}), "name on this card"),
        (lambda c: card_text({**good_json(c), "role": "watcher"}), "which partner"),
        (lambda c: card_text({**good_json(c), "keys": []}), "could not be read"),
        (lambda c: card_text(with_key(c, "mlkem768", b"\0" * 1183)), "incomplete"),
        (lambda c: card_text(with_key(c, "mlkem768", b"\xff" * 1184)), "not valid"),
        (lambda c: card_text(with_key(c, "x25519_kem", b"\1" * 31)), "incomplete"),
        (lambda c: card_text(with_key(c, "x25519_auth", b"\1" * 33)), "incomplete"),
        (lambda c: card_text(with_key(c, "x25519_kem", b"\0" * 32)), "not valid"),
        (lambda c: card_text(with_key(c, "x25519_auth", LOW_ORDER_X25519)), "not valid"),
        (lambda c: " " * (MAX_CARD_TEXT + 1), "too long"),
    ],
)
def test_malformed_cards_are_refused(alex_card: PartnerCard, make_text: Any, message: str) -> None:
    with pytest.raises(CardInvalid, match=message) as caught:
        PartnerCard.from_text(make_text(alex_card))
    assert "Traceback" not in str(caught.value)


def test_from_text_refuses_a_non_string() -> None:
    with pytest.raises(CardInvalid):
        PartnerCard.from_text(b"bytes")  # type: ignore[arg-type]


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.tjcard"
    with path.open("wb") as handle:
        handle.truncate(MAX_CARD_TEXT + 1)
    with pytest.raises(CardInvalid, match="too large"):
        PartnerCard.from_file(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe\x00", "not a Trust Journal partner card"), (b"", "not a Trust Journal")],
)
def test_bad_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.tjcard"
    path.write_bytes(content)
    with pytest.raises(CardInvalid, match=message):
        PartnerCard.from_file(path)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CardInvalid, match="could not be read"):
        PartnerCard.from_file(tmp_path / "missing.tjcard")
    with pytest.raises(CardInvalid, match="not a Trust Journal partner card"):
        PartnerCard.from_file(tmp_path)


@pytest.mark.parametrize(
    ("name", "cleaned"),
    [
        ("Alex", "Alex"),
        ("  Alex \n Morgan ", "Alex Morgan"),
        ("Zoe\u0301", "Zoé"),
        ("👩‍❤️‍👨", "👩‍❤️‍👨"),
    ],
)
def test_clean_name(name: str, cleaned: str) -> None:
    assert clean_name(name) == cleaned


@pytest.mark.parametrize("name", ["", " \n ", "x" * 81, "a\x00b", "a\x7fb", "\u2066Alex"])
def test_clean_name_refuses(name: str) -> None:
    with pytest.raises(InvalidInput):
        clean_name(name)
