"""Test helper: decrypt a journal's SQLCipher 4 pages ourselves, to see what is on disk.

This follows SQLCipher 4's documented page layout with a raw key (``PRAGMA key =
"x'<hex>'"``), as Trust Journal uses it:

* pages are 4096 bytes; the first 16 bytes of page 1 are the KDF salt (SQLCipher replaces
  the plaintext ``SQLite format 3`` header with it);
* each page ends in an 80-byte reserve: a 16-byte IV, then a 64-byte HMAC-SHA512;
* the data part of page *n* (1-based) is ``page[16 if n == 1 else 0 : 4096 - 80]``,
  encrypted with AES-256-CBC (no padding) under the raw key and that page's IV;
* the HMAC key is PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a, 2 iterations, 32 bytes —
  the cipher key's size), and the HMAC covers the page's data and IV followed by the page
  number as a 4-byte little-endian integer.

**Plaintext stays in the test's ``tmp_path``.** Every function here returns plaintext as
bytes in memory; the one function that writes it to disk, :func:`write_plaintext_image`,
only writes inside the ``tmp_path`` it is given and refuses any place inside a journal
folder. Nothing here writes next to a journal, and nothing here is product code: the app
never decrypts pages itself.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
HMAC_SIZE = 64
SALT_SIZE = 16
DATA_END = PAGE_SIZE - RESERVE  # where the IV starts
SQLITE_MAGIC = b"SQLite format 3\x00"
HMAC_SALT_MASK = 0x3A
FAST_KDF_ITERATIONS = 2
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
WAL_FRAME_SIZE = WAL_FRAME_HEADER_SIZE + PAGE_SIZE


def salt_of(database: bytes) -> bytes:
    """The KDF salt: the first 16 bytes of page 1 of an encrypted database."""
    return database[:SALT_SIZE]


def hmac_key(key: bytes, salt: bytes) -> bytes:
    """The page-HMAC key SQLCipher 4 derives from the raw key and the file's salt."""
    masked = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, masked, FAST_KDF_ITERATIONS, len(key))


def page_hmac_ok(mac_key: bytes, page: bytes, pgno: int) -> bool:
    """Whether ``page`` (encrypted, 4096 bytes) carries a valid HMAC for page ``pgno``."""
    start = SALT_SIZE if pgno == 1 else 0
    expected = hmac.new(
        mac_key, page[start : DATA_END + IV_SIZE] + pgno.to_bytes(4, "little"), "sha512"
    ).digest()
    return hmac.compare_digest(expected, page[DATA_END + IV_SIZE : PAGE_SIZE])


def decrypt_page(key: bytes, page: bytes, pgno: int) -> bytes:
    """One encrypted page → 4096 plaintext bytes (page 1 gets the SQLite magic back;
    the reserve is left as zeros)."""
    assert len(page) == PAGE_SIZE, len(page)
    start = SALT_SIZE if pgno == 1 else 0
    iv = page[DATA_END : DATA_END + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    data = decryptor.update(page[start:DATA_END]) + decryptor.finalize()
    if pgno == 1:
        data = SQLITE_MAGIC + data
    return data + bytes(RESERVE)


def database_pages(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, encrypted page) for every page of a ``journal.db`` file."""
    assert len(raw) % PAGE_SIZE == 0, "not a whole number of pages"
    for offset in range(0, len(raw), PAGE_SIZE):
        yield offset // PAGE_SIZE + 1, raw[offset : offset + PAGE_SIZE]


def wal_frames(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(page number, encrypted page) for every frame in a ``-wal`` file — committed,
    uncommitted and stale frames alike: all of them are on disk."""
    offset = WAL_HEADER_SIZE
    while offset + WAL_FRAME_SIZE <= len(raw):
        pgno = int.from_bytes(raw[offset : offset + 4], "big")
        yield pgno, raw[offset + WAL_FRAME_HEADER_SIZE : offset + WAL_FRAME_SIZE]
        offset += WAL_FRAME_SIZE


def decrypt_database(key: bytes, raw: bytes, *, check_hmac: bool = True) -> bytes:
    """The plaintext SQLite image of an encrypted ``journal.db`` (in memory).

    With ``check_hmac``, every page's HMAC is verified first, so a wrong key or a wrong
    reading of the layout fails loudly instead of yielding garbage that matches nothing.
    """
    mac_key = hmac_key(key, salt_of(raw))
    parts = []
    for pgno, page in database_pages(raw):
        if check_hmac:
            assert page_hmac_ok(mac_key, page, pgno), f"page {pgno}: HMAC mismatch"
        parts.append(decrypt_page(key, page, pgno))
    return b"".join(parts)


def decrypt_wal(key: bytes, raw: bytes, salt: bytes) -> bytes:
    """Every frame of a ``-wal`` file decrypted and concatenated (in memory), each frame's
    HMAC checked. ``salt`` is the database's salt (from ``journal.db``)."""
    mac_key = hmac_key(key, salt)
    parts = []
    for pgno, page in wal_frames(raw):
        assert page_hmac_ok(mac_key, page, pgno), f"WAL frame for page {pgno}: HMAC mismatch"
        parts.append(decrypt_page(key, page, pgno))
    return b"".join(parts)


def apply_wal(key: bytes, image: bytes, wal: bytes, salt: bytes) -> bytes:
    """``image`` with every WAL frame's decrypted page written over its page, in order.

    This is what a checkpoint would produce, provided every frame belongs to the current
    WAL generation and the last one ends a committed transaction (true for a WAL that
    was started fresh and only written by completed transactions). In memory only.
    """
    mac_key = hmac_key(key, salt)
    pages = bytearray(image)
    for pgno, page in wal_frames(wal):
        assert page_hmac_ok(mac_key, page, pgno), f"WAL frame for page {pgno}: HMAC mismatch"
        offset = (pgno - 1) * PAGE_SIZE
        if len(pages) < offset + PAGE_SIZE:
            pages.extend(bytes(offset + PAGE_SIZE - len(pages)))
        pages[offset : offset + PAGE_SIZE] = decrypt_page(key, page, pgno)
    return bytes(pages)


def decrypt_folder(key: bytes, folder: Path) -> tuple[bytes, bytes]:
    """Plaintext of ``journal.db`` and of its ``-wal`` (empty if absent or empty)."""
    raw = (folder / "journal.db").read_bytes()
    wal_path = folder / "journal.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    return decrypt_database(key, raw), (decrypt_wal(key, wal, salt_of(raw)) if wal else b"")


def write_plaintext_image(image: bytes, tmp_path: Path, *, journal_folder: Path) -> Path:
    """Write a decrypted image to ``tmp_path/plaintext-image/plain.db`` for stdlib sqlite3.

    This is the only place plaintext reaches a disk, and only inside the test's own
    ``tmp_path``; it refuses a destination inside ``journal_folder``. The caller should
    delete the file when done (pytest removes ``tmp_path`` anyway).
    """
    destination = tmp_path.resolve() / "plaintext-image" / "plain.db"
    journal = journal_folder.resolve()
    assert destination.is_relative_to(tmp_path.resolve())
    assert not destination.is_relative_to(journal), "never write plaintext into a journal"
    destination.parent.mkdir(mode=0o700, exist_ok=True)
    destination.write_bytes(image)
    return destination


def windows(text: str, size: int = 12) -> list[bytes]:
    """Every ``size``-character run of ``text`` as UTF-8: a leftover is found even when
    SQLite splits a value across an overflow page, or FTS5 stores only a term's suffix
    (its prefix compression shares leading characters with the previous term)."""
    if len(text) <= size:
        return [text.encode()]
    return [text[i : i + size].encode() for i in range(len(text) - size + 1)]


def contains(image: bytes, text: str, size: int = 12) -> bool:
    """Whether any ``size``-character run of ``text`` occurs in ``image``."""
    return any(w in image for w in windows(text, size))
