"""What an attacker finds in a journal folder: bytes on disk, and pages decrypted with
the key (someone who later learns the passphrase). DESIGN §4.

The page decryption lives in ``sqlcipher_pages.py`` next to this file; plaintext images
exist only in memory or inside the test's ``tmp_path``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import secrets
import sqlite3
import string
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from trustjournal.domain.entry import EntryDraft, Kind
from trustjournal.vault import Journal

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sqlcipher_pages as pages

PASSPHRASE = "a quiet morning walk"
MakeJournal = Callable[..., tuple[Journal, str]]
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def letters(n: int = 24) -> str:
    """Random upper-case letters: the lower-case form (what FTS5 stores) never matches
    the stored original, so finding it proves the search index itself was scanned."""
    return "".join(secrets.choice(string.ascii_uppercase) for _ in range(n))


class Marked:
    """An entry whose every text field carries its own unique marker."""

    def __init__(self, label: str) -> None:
        self.title_word = f"{label}T{letters()}"
        self.body_word = f"{label}B{letters()}"
        self.unicode_tail = letters()
        self.unicode_phrase = f"Zärtlichkeit-Ω-{self.unicode_tail}"
        self.tag = f"{label}G{letters()}"
        self.emotion = f"{label}E{letters()}"
        self.id = 0

    def draft(self, body_repeat: int = 1) -> EntryDraft:
        filler = " ".join(["gentle filler words to fill a page"] * 40)
        body = f"Today {self.body_word} and {self.unicode_phrase}. "
        return EntryDraft(
            kind=Kind.FEELING,
            title=f"About {self.title_word} today",
            body=(body + filler + " ") * body_repeat + f"end {self.body_word}",
            date=dt.date(2026, 2, 3),
            tags=(self.tag,),
            emotions=(self.emotion,),
        )

    def stored_forms(self) -> list[str]:
        """The text as the entries, tags and emotions tables store it. (Only the unique
        part of the phrase: "Zärtlichkeit" is in every marked entry.)"""
        return [self.title_word, self.body_word, f"Ω-{self.unicode_tail}", self.tag, self.emotion]

    def index_forms(self) -> list[str]:
        """The tokens as the FTS5 index stores them (lower-cased, diacritics removed)."""
        return [self.title_word.lower(), self.body_word.lower(), self.unicode_tail.lower()]

    def all_forms(self) -> list[str]:
        return self.stored_forms() + self.index_forms()


def filler_entries(journal: Journal, rng: random.Random, n: int) -> None:
    """Other entries to keep the file busy: B-tree splits, overflow pages, FTS merges."""
    for i in range(n):
        words = [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9)))
            for _ in range(rng.choice((5, 40, 300, 1500)))
        ]
        journal.add(
            EntryDraft(
                kind=Kind.REFLECTION,
                title=f"filler {i} {words[0]}",
                body=" ".join(words),
                tags=(f"t{i % 7}",),
                emotions=("calm",) if i % 3 else (),
            )
        )


def relock(journal: Journal, folder: Path) -> Journal:
    journal.lock()
    return Journal.unlock(folder, PASSPHRASE)


def wal_size(folder: Path) -> int:
    wal = folder / "journal.db-wal"
    return wal.stat().st_size if wal.exists() else 0


# -- a. raw bytes -----------------------------------------------------------------------


def files_containing(folder: Path, texts: Iterable[str]) -> dict[str, list[str]]:
    """For each text, the files in ``folder`` (recursively, hidden ones too) that contain
    it in UTF-8, UTF-16-LE or UTF-16-BE."""
    contents = {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
    found: dict[str, list[str]] = {}
    for text in texts:
        needles = [text.encode(e) for e in ENCODINGS]
        hits = [name for name, data in contents.items() if any(n in data for n in needles)]
        if hits:
            found[text] = hits
    return found


def test_no_marker_bytes_in_any_file_unlocked_or_locked(make_journal: MakeJournal) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    marked = [Marked("A"), Marked("B"), Marked("C")]
    for repeat, m in zip((1, 8, 40), marked, strict=True):  # short, overflowing, long
        m.id = journal.add(m.draft(body_repeat=repeat)).id
    forms = [f for m in marked for f in m.all_forms()]

    # Unlocked: the writes are still in the write-ahead log.
    assert wal_size(folder) > 0
    names = {p.name for p in folder.iterdir()}
    assert {"journal.db", "journal.db-wal", "journal.db-shm", "vault.json", ".lock"} <= names
    assert files_containing(folder, forms) == {}
    # The scan does see plaintext where there is some: the journal id in vault.json.
    assert files_containing(folder, [journal.info.journal_id]) == {
        journal.info.journal_id: ["vault.json"]
    }

    journal.lock()
    assert files_containing(folder, forms) == {}
    # Nothing else is left behind: no temp files, no log, no unencrypted copy.
    assert {p.name for p in folder.rglob("*")} == {"journal.db", "vault.json", ".lock"}
    assert (folder / ".lock").stat().st_size == 0


# -- b. decrypted pages -----------------------------------------------------------------


def read_plaintext(image: bytes, tmp_path: Path, journal_folder: Path, sql: str) -> list[tuple]:
    """Run ``sql`` on a decrypted image with the stdlib's sqlite3, read-only."""
    path = pages.write_plaintext_image(image, tmp_path, journal_folder=journal_folder)
    try:
        conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA query_only = ON")
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    finally:
        path.unlink()


def test_own_page_decryption_matches_sqlcipher(make_journal: MakeJournal, tmp_path: Path) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    key = journal.connection_for_backup()[1]
    assert len(key) == 32
    first = journal.add(Marked("P").draft(body_repeat=5))
    filler_entries(journal, random.Random(7), 10)
    journal = relock(journal, folder)
    assert wal_size(folder) == 0
    # Written after the checkpoint: lives only in WAL frames until the next one.
    late = journal.add(Marked("W").draft(body_repeat=3))
    assert wal_size(folder) > 0

    raw = (folder / "journal.db").read_bytes()
    wal = (folder / "journal.db-wal").read_bytes()
    salt = pages.salt_of(raw)
    assert not raw.startswith(pages.SQLITE_MAGIC)

    # Every page's HMAC verifies under our reading of the layout …
    image = pages.decrypt_database(key, raw)
    # … and a single flipped bit, or another key, does not.
    mac_key = pages.hmac_key(key, salt)
    page2 = bytearray(raw[pages.PAGE_SIZE : 2 * pages.PAGE_SIZE])
    assert pages.page_hmac_ok(mac_key, bytes(page2), 2)
    page2[100] ^= 1
    assert not pages.page_hmac_ok(mac_key, bytes(page2), 2)
    assert not pages.page_hmac_ok(mac_key, raw[: pages.PAGE_SIZE], 2)  # wrong page number
    other = pages.hmac_key(secrets.token_bytes(32), salt)
    assert not pages.page_hmac_ok(other, raw[: pages.PAGE_SIZE], 1)

    # The image is a plain SQLite 3 database: 4096-byte pages, an 80-byte reserve.
    assert image.startswith(pages.SQLITE_MAGIC)
    assert int.from_bytes(image[16:18], "big") == pages.PAGE_SIZE
    assert image[20] == pages.RESERVE
    sql = "SELECT id, title, body FROM entries ORDER BY id"
    rows = read_plaintext(image, tmp_path, folder, sql)
    assert (first.id, first.title, first.body) in rows
    assert late.id not in {r[0] for r in rows}  # not yet checkpointed

    # The WAL frames decrypt with the page number from their frame header.
    rows = read_plaintext(pages.apply_wal(key, image, wal, salt), tmp_path, folder, sql)
    assert (late.id, late.title, late.body) in rows
    assert (first.id, first.title, first.body) in rows

    journal.lock()
    rows = read_plaintext(
        pages.decrypt_database(key, (folder / "journal.db").read_bytes()), tmp_path, folder, sql
    )
    assert (late.id, late.title, late.body) in rows
    assert not (tmp_path / "plaintext-image" / "plain.db").exists()


def scan(key: bytes, folder: Path) -> bytes:
    """All plaintext an attacker with the key gets: every page of journal.db (table,
    index, free and FTS5 pages alike) and every frame of the WAL."""
    database, wal = pages.decrypt_folder(key, folder)
    return database + wal


def assert_gone(image: bytes, entry: Marked, what: str) -> None:
    left = [form for form in entry.all_forms() if pages.contains(image, form)]
    assert left == [], f"{what}: words of the removed text are still in the file: {left}"


def assert_present(image: bytes, entry: Marked) -> None:
    """The scan finds a kept entry in the tables and, lower-cased, in the FTS5 index."""
    for form in entry.stored_forms() + entry.index_forms():
        assert pages.contains(image, form), f"kept entry's {form!r} not found: the scan is blind"


@pytest.mark.parametrize("where", ["journal.db", "wal"])
@pytest.mark.parametrize("size", ["short", "long"])
def test_deleted_entry_is_gone_from_every_page(
    make_journal: MakeJournal, where: str, size: str
) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    key = journal.connection_for_backup()[1]
    rng = random.Random(f"{where}-{size}")
    repeat = 1 if size == "short" else 12  # long: the body spills onto overflow pages
    filler_entries(journal, rng, 25)
    kept, victim, neighbour = Marked("K"), Marked("V"), Marked("N")
    kept.id = journal.add(kept.draft(body_repeat=repeat)).id
    victim.id = journal.add(victim.draft(body_repeat=repeat)).id
    neighbour.id = journal.add(neighbour.draft(body_repeat=repeat)).id
    filler_entries(journal, rng, 10)
    if where == "journal.db":
        # Written days ago: checkpointed into the main file before the delete.
        journal = relock(journal, folder)
        filler_entries(journal, rng, 3)
    assert pages.contains(scan(key, folder), victim.title_word)  # there before the delete

    journal.delete(victim.id)
    assert wal_size(folder) == 0
    image = scan(key, folder)
    assert_gone(image, victim, "right after delete")
    assert_present(image, kept)
    assert_present(image, neighbour)

    # More writes while unlocked: the new WAL frames carry none of it either.
    # (An update checkpoints, so it goes first; the adds after it stay in the WAL.)
    journal.update(neighbour.id, neighbour.draft(body_repeat=repeat))
    filler_entries(journal, rng, 5)
    assert wal_size(folder) > 0
    image = scan(key, folder)
    assert_gone(image, victim, "unlocked, after more writes")
    assert_present(image, kept)

    journal.lock()
    image = scan(key, folder)
    assert_gone(image, victim, "after lock")
    assert_present(image, kept)
    assert_present(image, neighbour)


def edit_away(journal: Journal, entry: Marked) -> Marked:
    """Rewrite ``entry`` with new words everywhere; returns the markers that replaced them."""
    new = Marked("R")
    journal.update(entry.id, new.draft())
    new.id = entry.id
    assert journal.get(entry.id).title == new.draft().title
    return new


@pytest.mark.parametrize("where", ["journal.db", "wal"])
def test_edited_away_words_are_gone_after_lock(make_journal: MakeJournal, where: str) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    key = journal.connection_for_backup()[1]
    rng = random.Random(where)
    filler_entries(journal, rng, 20)
    kept, edited = Marked("K"), Marked("E")
    kept.id = journal.add(kept.draft()).id
    edited.id = journal.add(edited.draft(body_repeat=4)).id
    if where == "journal.db":
        journal = relock(journal, folder)

    replacement = edit_away(journal, edited)
    journal.lock()
    image = scan(key, folder)
    assert_gone(image, edited, "edited, after lock")
    assert_present(image, replacement)
    assert_present(image, kept)


@pytest.mark.parametrize("where", ["journal.db", "wal"])
def test_edited_away_words_are_gone_while_unlocked(make_journal: MakeJournal, where: str) -> None:
    """An edit that removes words is a deletion of those words: like :meth:`Journal.delete`
    it must not leave them in the file for someone who later learns the key."""
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    key = journal.connection_for_backup()[1]
    rng = random.Random(where)
    filler_entries(journal, rng, 20)
    kept, edited = Marked("K"), Marked("E")
    kept.id = journal.add(kept.draft()).id
    edited.id = journal.add(edited.draft(body_repeat=4)).id
    if where == "journal.db":
        journal = relock(journal, folder)

    replacement = edit_away(journal, edited)
    image = scan(key, folder)
    assert_present(image, replacement)
    assert_present(image, kept)
    assert_gone(image, edited, "edited, still unlocked")


# -- c. the write-ahead log after a delete ------------------------------------------------


def test_delete_truncates_the_wal(make_journal: MakeJournal) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    filler_entries(journal, random.Random(3), 30)
    victim = journal.add(Marked("V").draft(body_repeat=6))
    assert wal_size(folder) > 10 * pages.PAGE_SIZE
    journal.delete(victim.id)
    assert (folder / "journal.db-wal").exists()
    assert os.stat(folder / "journal.db-wal").st_size == 0
    assert journal.count() == 30
    assert journal.check() == []
