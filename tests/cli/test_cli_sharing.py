"""Sharing from the command line: card, safety-number, pair, share, open, shared, reply,
ledger, withdraw — between two real journals (Alex, hurt; Sam, repairing)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import stat
from pathlib import Path

import pytest
from cli_harness import PASSPHRASE, Run, one_line

from trustjournal.domain import Role
from trustjournal.sharing.card import BEGIN, END
from trustjournal.sharing.safety_number import grouped
from trustjournal.vault import Journal


@dataclasses.dataclass
class Pair:
    alex: Path
    sam: Path
    alex_card: Path
    sam_card: Path
    files: Path

    def out(self, name: str) -> Path:
        return self.files / name


def locked_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def cards(cli: Run, journal_dir: Path, repairing_dir: Path, tmp_path: Path) -> Pair:
    files = tmp_path / "files"
    files.mkdir()
    pair = Pair(journal_dir, repairing_dir, files / "alex.tjcard", files / "sam.tjcard", files)
    assert cli("card", journal_dir, "--out", pair.alex_card).code == 0
    assert cli("card", repairing_dir, "--out", pair.sam_card).code == 0
    return pair


@pytest.fixture
def paired(cli: Run, cards: Pair) -> Pair:
    number = cli("--json", "safety-number", cards.sam, cards.alex_card).json()
    assert isinstance(number, dict)
    digits = number["safety_number"]
    assert cli("pair", cards.sam, cards.alex_card, "--confirm", grouped(digits)).code == 0
    assert cli("pair", cards.alex, cards.sam_card, "--confirm", digits).code == 0
    return cards


def add(cli: Run, folder: Path, title: str, body: str = "", kind: str = "promise") -> int:
    result = cli("--json", "add", folder, "--kind", kind, "--title", title, stdin=body)
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    return int(data["id"])


# -- card and safety number -----------------------------------------------------------------


def test_card_writes_the_card_and_prints_its_fingerprint(cli: Run, journal_dir: Path) -> None:
    out = journal_dir.parent / "me.tjcard"
    result = cli("card", journal_dir, "--out", out, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict) and list(data) == ["fingerprint"]
    assert re.fullmatch(r"[0-9a-f]{64}", data["fingerprint"])
    text = out.read_text(encoding="utf-8")
    assert text.startswith("-----BEGIN TRUST JOURNAL CARD-----\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    human = cli("card", journal_dir, "--out", journal_dir.parent / "again.tjcard")
    assert "Saved your card" in human.out


def test_card_never_replaces_a_file(cli: Run, journal_dir: Path) -> None:
    out = journal_dir.parent / "me.tjcard"
    out.write_text("mine")
    result = cli("card", journal_dir, "--out", out)
    assert result.code == 1
    assert "already exists" in one_line(result)
    assert out.read_text() == "mine"


def test_the_safety_number_is_the_same_on_both_sides(cli: Run, cards: Pair) -> None:
    one = cli("--json", "safety-number", cards.sam, cards.alex_card)
    two = cli("safety-number", cards.alex, cards.sam_card, "--json")
    assert one.code == two.code == 0
    assert one.json() == two.json()
    data = one.json()
    assert isinstance(data, dict) and list(data) == ["safety_number"]
    assert re.fullmatch(r"[0-9]{60}", data["safety_number"])
    human = cli("safety-number", cards.alex, cards.sam_card)
    assert grouped(data["safety_number"])[:23] in human.out
    assert "Sam" in human.out and human.err == ""


def test_a_card_can_come_from_standard_input(cli: Run, cards: Pair) -> None:
    text = "Here is my card:\r\n\r\n" + cards.alex_card.read_text().replace("\n", "\r\n  ")
    result = cli("--json", "safety-number", cards.sam, "-", stdin=text)
    assert result.code == 0, result.err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "There is no card file"),
        ("", "not a Trust Journal partner card"),
        ("hello", "not a Trust Journal partner card"),
        (f"{BEGIN}\nAAAA\n{END}\n", "could not be read"),
        ("x" * 20_000, "too large"),
    ],
)  # fmt: skip
def test_malformed_cards_are_refused_before_the_passphrase(
    cli: Run, cards: Pair, content: str | None, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = cards.out("bad.tjcard")
    if content is not None:
        bad.write_text(content)
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")  # it is never needed
    for argv in (["safety-number", cards.sam, bad], ["pair", cards.sam, bad, "--confirm", "1"]):
        result = cli(*argv)
        assert result.code == 1
        assert words in one_line(result)


def test_a_flipped_character_in_a_card_gives_no_match(cli: Run, cards: Pair) -> None:
    good = cli("--json", "safety-number", cards.sam, cards.alex_card).json()
    assert isinstance(good, dict)
    lines = cards.alex_card.read_text().splitlines()
    # A character inside the keys' part: the card is refused, or it reads as other keys.
    lines[20] = lines[20][:10] + ("A" if lines[20][10] != "A" else "B") + lines[20][11:]
    bad = cards.out("flipped.tjcard")
    bad.write_text("\n".join(lines) + "\n")
    result = cli("--json", "safety-number", cards.sam, bad)
    if result.code == 0:
        assert result.json() != good
    else:
        assert "card" in one_line(result)
    refused = cli("pair", cards.sam, bad, "--confirm", good["safety_number"])
    assert refused.code == 1


# -- pairing --------------------------------------------------------------------------------


def test_pair_with_the_right_digits(cli: Run, cards: Pair) -> None:
    digits = cli("--json", "safety-number", cards.alex, cards.sam_card).json()
    assert isinstance(digits, dict)
    spaced = " ".join(digits["safety_number"])
    result = cli("pair", cards.alex, cards.sam_card, "--confirm", spaced, "--json")
    assert result.code == 0, result.err
    assert result.json() == {
        "paired": True,
        "name": "Sam",
        "fingerprint": cli("--json", "card", cards.sam, "--out", cards.out("s2")).json()[
            "fingerprint"
        ],  # type: ignore[index]
    }


def test_pair_with_other_digits_is_refused(cli: Run, cards: Pair) -> None:
    before = locked_files(cards.alex)
    result = cli("pair", cards.alex, cards.sam_card, "--confirm", "12345 " * 12)
    assert result.code == 1
    assert "do not match" in one_line(result)
    assert locked_files(cards.alex) == before
    entry = add(cli, cards.alex, "Mine", kind="feeling")
    unpaired = cli("share", cards.alex, "--entry", str(entry), "--out", cards.out("x"))
    assert "not paired" in one_line(unpaired)


def test_a_changed_key_needs_the_flag(cli: Run, paired: Pair, tmp_path: Path) -> None:
    # Sam set up a new journal: the same name, new keys.
    new_sam = tmp_path / "new-sam"
    journal, _ = Journal.create(
        new_sam, name="Sam", role=Role.REPAIRING, since=dt.date(2026, 1, 1), passphrase=PASSPHRASE
    )
    journal.lock()
    new_card = paired.out("new-sam.tjcard")
    assert cli("card", new_sam, "--out", new_card).code == 0
    changed = cli("safety-number", paired.alex, new_card)
    assert changed.code == 0 and "different keys" in changed.err
    digits = cli("--json", "safety-number", paired.alex, new_card).json()
    assert isinstance(digits, dict)
    before = locked_files(paired.alex)
    refused = cli("pair", paired.alex, new_card, "--confirm", digits["safety_number"])
    assert refused.code == 1
    assert "--accept-changed-key" in one_line(refused)
    assert locked_files(paired.alex) == before
    accepted = cli(
        "pair", paired.alex, new_card, "--confirm", digits["safety_number"], "--accept-changed-key"
    )
    assert accepted.code == 0 and "paired with Sam" in accepted.out


# -- share, open, shared, reply, ledger, withdraw -------------------------------------------


def test_the_whole_exchange(cli: Run, paired: Pair) -> None:
    one = add(cli, paired.sam, "Home by six", "Every evening this week.")
    two = add(cli, paired.sam, "Phone on the table", "Long words. " * 40)
    bundle = paired.out("s.tjshare")
    shared = cli(
        "--json", "share", paired.sam, "--entry", str(one), "--entry", str(two),
        "--redact", str(two), "--out", bundle,
    )  # fmt: skip
    assert shared.code == 0, shared.err
    data = shared.json()
    assert isinstance(data, dict) and set(data) == {"bundle_id", "file", "entries"}
    assert data["entries"] == [one, two] and data["file"] == str(bundle)
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600

    opened = cli("--json", "open", paired.alex, bundle)
    assert opened.code == 0, opened.err
    assert opened.json() == {
        "kind": "share", "from": "Sam", "added": 2, "updated": 0, "withdrawn": 0,
        "replies": 0, "replayed": False, "bundle_id": data["bundle_id"],
    }  # fmt: skip
    again = cli("open", paired.alex, bundle)
    assert again.code == 0 and "opened this file before" in again.out

    listing = cli("--json", "shared", paired.alex)
    items = listing.json()
    assert isinstance(items, list) and len(items) == 2
    for item in items:
        assert {"id", "kind", "title", "body", "date", "shared_at", "from"} <= set(item)
        assert item["from"] == "Sam" and item["kind"] == "promise"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", item["shared_at"])
    full = next(i for i in items if i["title"] == "Home by six")
    assert full["body"] == "Every evening this week." and full["withdrawn_at"] is None
    short = next(i for i in items if i["title"] == "Phone on the table")
    assert short["body"].endswith("…") and len(short["body"]) < 200
    human = cli("shared", paired.alex)
    assert "shared by Sam on" in human.out and "excerpt only" in human.out

    reply_file = paired.out("r.tjshare")
    replied = cli("--json", "reply", paired.alex, str(full["id"]), "--out", reply_file,
                  stdin="Thank you. It means a lot.\n")  # fmt: skip
    assert replied.code == 0, replied.err
    assert replied.json() == {"file": str(reply_file)}
    back = cli("--json", "open", paired.sam, reply_file).json()
    assert isinstance(back, dict) and (back["kind"], back["replies"]) == ("reply", 1)
    assert "Your reply on" in cli("shared", paired.alex).out

    ledger = cli("--json", "ledger", paired.sam).json()
    assert isinstance(ledger, list) and len(ledger) == 2
    for row in ledger:
        assert set(row) == {"entry_id", "bundle_id", "shared_at", "to", "withdrawn"}
        assert row["to"] == "Alex" and row["withdrawn"] is False
        assert row["bundle_id"] == data["bundle_id"]
    assert "Home by six" in cli("ledger", paired.sam).out

    withdrawal = paired.out("w.tjshare")
    taken = cli("withdraw", paired.sam, str(one), "--out", withdrawal)
    assert taken.code == 0, taken.err
    assert "may already have read it" in taken.out
    rows = cli("--json", "ledger", paired.sam).json()
    assert isinstance(rows, list)
    assert [r["withdrawn"] for r in rows if r["entry_id"] == one] == [True]
    assert "withdrew 1 entry" in cli("open", paired.alex, withdrawal).out
    after = cli("--json", "shared", paired.alex).json()
    assert isinstance(after, list)
    gone = next(i for i in after if i["id"] == full["id"])
    assert (gone["title"], gone["body"]) == ("", "") and gone["withdrawn_at"]
    assert "Withdrawn by Sam on" in cli("shared", paired.alex).out
    twice = cli("withdraw", paired.sam, str(one), "--out", paired.out("w2.tjshare"))
    assert twice.code == 1 and "already withdrawn" in one_line(twice)
    assert not paired.out("w2.tjshare").exists()


def test_nothing_shared_yet(cli: Run, paired: Pair) -> None:
    assert cli("shared", paired.alex).out == "Nothing has been shared with you yet.\n"
    assert cli("ledger", paired.sam).out == "You have not shared anything.\n"
    assert cli("--json", "shared", paired.alex).json() == []
    assert cli("--json", "ledger", paired.sam).json() == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"just some text" * 200, "not a Trust Journal shared file"),
        (b"TJSHARE\x00\x01", "incomplete"),
    ],
)
def test_open_refuses_bad_files_and_writes_nothing(
    cli: Run, paired: Pair, content: bytes, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = paired.out("bad.tjshare")
    bad.write_bytes(content)
    before = locked_files(paired.alex)
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")  # refused before any passphrase is asked
    result = cli("open", paired.alex, bad)
    assert result.code == 1
    assert words in one_line(result)
    assert locked_files(paired.alex) == before


def test_open_refuses_tampering_and_other_recipients(cli: Run, paired: Pair) -> None:
    entry = add(cli, paired.sam, "Home by six", "words")
    bundle = paired.out("s.tjshare")
    assert cli("share", paired.sam, "--entry", str(entry), "--out", bundle).code == 0
    flipped = bytearray(bundle.read_bytes())
    flipped[-20] ^= 1
    paired.out("flipped.tjshare").write_bytes(bytes(flipped))
    before = locked_files(paired.alex)
    result = cli("open", paired.alex, paired.out("flipped.tjshare"))
    assert result.code == 1 and "damaged or was changed" in one_line(result)
    mine = cli("open", paired.sam, bundle)
    assert mine.code == 1 and "sealed for someone else" in one_line(mine)
    missing = cli("open", paired.alex, paired.out("nothing.tjshare"))
    assert missing.code == 1 and "There is no file" in one_line(missing)
    assert locked_files(paired.alex) == before


def test_share_refuses_before_the_passphrase_and_writes_nothing(
    cli: Run, paired: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = paired.out("taken.tjshare")
    taken.write_bytes(b"mine")
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")
    result = cli("share", paired.sam, "--entry", "1", "--out", taken)
    assert result.code == 1 and "already exists" in one_line(result)
    assert taken.read_bytes() == b"mine"
    nowhere = cli("share", paired.sam, "--entry", "1", "--out", paired.out("no/such/x.tjshare"))
    assert nowhere.code == 1 and "does not exist" in one_line(nowhere)


def test_share_refuses_unknown_entries(cli: Run, paired: Pair) -> None:
    before = locked_files(paired.sam)
    result = cli("share", paired.sam, "--entry", "42", "--out", paired.out("x.tjshare"))
    assert result.code == 1 and "no entry number 42" in one_line(result)
    assert not paired.out("x.tjshare").exists()
    assert locked_files(paired.sam) == before
    entry = add(cli, paired.sam, "Home by six")
    stray = cli(
        "share", paired.sam, "--entry", str(entry), "--redact", "9", "--out", paired.out("x")
    )
    assert stray.code == 1 and "not among the entries" in one_line(stray)


def test_reply_needs_words_and_a_shared_entry(cli: Run, paired: Pair) -> None:
    unknown = cli("reply", paired.alex, "1", "--out", paired.out("r.tjshare"), stdin="Thanks")
    assert unknown.code == 1 and "no shared entry number 1" in one_line(unknown)
    entry = add(cli, paired.sam, "Home by six")
    bundle = paired.out("s.tjshare")
    cli("share", paired.sam, "--entry", str(entry), "--out", bundle)
    cli("open", paired.alex, bundle)
    blank = cli("reply", paired.alex, "1", "--out", paired.out("r.tjshare"), stdin="  \n")
    assert blank.code == 1 and "needs a few words" in one_line(blank)
    assert not paired.out("r.tjshare").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["share", "DIR", "--out", "x"],
        ["share", "DIR", "--entry", "0", "--out", "x"],
        ["share", "DIR", "--entry", "1"],
        ["pair", "DIR", "card"],
        ["withdraw", "DIR", "--out", "x"],
        ["reply", "DIR", "one", "--out", "x"],
        ["open", "DIR"],
        ["card", "DIR"],
    ],
)
def test_usage_mistakes_exit_2(cli: Run, journal_dir: Path, argv: list[str]) -> None:
    result = cli(*[journal_dir if a == "DIR" else a for a in argv])
    assert result.code == 2
    assert "--help" in one_line(result)


def test_withdraw_of_something_never_shared(cli: Run, paired: Pair) -> None:
    entry = add(cli, paired.sam, "Never shared")
    result = cli("withdraw", paired.sam, str(entry), "--out", paired.out("w.tjshare"))
    assert result.code == 1 and "has not been shared" in one_line(result)
    assert not paired.out("w.tjshare").exists()


class EndlessText(io.TextIOBase):
    """Standard input that never ends: a reply must be read in bounded pieces."""

    def __init__(self) -> None:
        self.largest = 0

    def readable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            raise AssertionError("the whole of standard input was asked for")
        self.largest = max(self.largest, size)
        return "x" * size


def test_an_endless_reply_is_refused_after_a_bounded_read(cli: Run, paired: Pair) -> None:
    entry = add(cli, paired.sam, "Home by six")
    bundle = paired.out("s.tjshare")
    cli("share", paired.sam, "--entry", str(entry), "--out", bundle)
    cli("open", paired.alex, bundle)
    before = locked_files(paired.alex)
    endless = EndlessText()
    result = cli("reply", paired.alex, "1", "--out", paired.out("r.tjshare"), stdin=endless)
    assert result.code == 1 and "too long to send" in one_line(result)
    assert 0 < endless.largest <= 10_000_000
    assert not paired.out("r.tjshare").exists()
    assert locked_files(paired.alex) == before
