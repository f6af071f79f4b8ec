"""A full disk, for real: writes that fail in the kernel or in SQLite, never mocks.

* A child process with ``RLIMIT_FSIZE`` (and SIGXFSZ ignored) gets ``EFBIG`` from the
  kernel for any write past the limit — as root too, where permission tricks do nothing.
* ``PRAGMA max_page_count`` makes SQLite itself report "database or disk is full".
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trustjournal.domain.entry import EntryDraft, Kind
from trustjournal.errors import DatabaseDamaged, StorageFull, WrongPassphrase
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"
NEW_PASSPHRASE = "a different evening swim"
MakeJournal = Callable[..., tuple[Journal, str]]

# Shared by the child process and this test: entry ``i`` is a pure function of ``i``.
COMMON = """
import random

from trustjournal.domain.entry import EntryDraft, Kind


def big_draft(i, words=8000):
    rng = random.Random(f"big-{i}")
    body = " ".join(f"w{rng.getrandbits(40):010x}" for _ in range(words))
    return EntryDraft(kind=Kind.FEELING, title=f"big entry {i}", body=body)
"""

LIMITED = """
import resource
import signal


def limit_file_size(limit):
    # Past the limit, write() fails with EFBIG instead of killing us with SIGXFSZ.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
"""

FILL_UNTIL_FULL = """
import json
import sys
from pathlib import Path

from trustjournal.errors import TrustJournalError
from trustjournal.vault import Journal

folder, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
limit_file_size(limit)
journal = Journal.unlock(folder, passphrase)
error = None
for i in range(10_000):
    try:
        entry = journal.add(big_draft(i))
    except TrustJournalError as exc:
        error = [type(exc).__name__, str(exc)]
        break
    print(json.dumps({"committed": entry.id, "i": i}), flush=True)
print(json.dumps({"error": error}), flush=True)
# A small entry may still fit where the big one did not; either way, tell the truth.
try:
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title="small after full", body="x"))
except TrustJournalError as exc:
    print(json.dumps({"small": [type(exc).__name__, str(exc)]}), flush=True)
else:
    print(json.dumps({"committed": entry.id, "i": "small"}), flush=True)
journal.lock()
print(json.dumps({"locked": True}), flush=True)
"""

REWRAP = """
import json
import os
import sys
from pathlib import Path

from trustjournal.errors import TrustJournalError
from trustjournal.vault import Journal

folder, passphrase, new_passphrase, limit = (
    Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
)
journal = Journal.unlock(folder, passphrase)
journal.count()  # the database and its shared memory are set up before the limit
before = journal.header.to_bytes()
limit_file_size(limit)
result = {}
for name, call in (
    ("change_passphrase", lambda: journal.change_passphrase(new_passphrase)),
    ("new_recovery_code", journal.new_recovery_code),
):
    try:
        call()
    except TrustJournalError as exc:
        result[name] = [type(exc).__name__, str(exc)]
    else:
        result[name] = ["ok", ""]
result["header_unchanged"] = journal.header.to_bytes() == before
result["files"] = sorted(os.listdir(folder))
journal.lock()
print(json.dumps(result), flush=True)
"""

_namespace: dict[str, Any] = {}
exec(COMMON, _namespace)
big_draft: Callable[[int], EntryDraft] = _namespace["big_draft"]


def run_child(tmp_path: Path, name: str, code: str, *args: str) -> list[dict[str, Any]]:
    script = tmp_path / f"{name}.py"
    script.write_text(COMMON + LIMITED + code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TRUSTJOURNAL_KDF": "floor"},
    )
    assert result.returncode == 0, result.stderr
    # Nothing on stderr: no SQLCipher log line, no traceback (DESIGN §4).
    assert result.stderr == ""
    return [json.loads(line) for line in result.stdout.splitlines()]


def sizes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


# -- a. the kernel refuses to grow a file ------------------------------------------------


@pytest.mark.parametrize(
    "limit",
    [
        pytest.param(600_000, id="wal-fills"),
        # Large enough that the WAL is checkpointed into journal.db (1000 pages) and
        # the database file itself then reaches the limit during a checkpoint.
        pytest.param(6_000_000, id="checkpoint-fills"),
    ],
)
def test_disk_full_while_adding(make_journal: MakeJournal, tmp_path: Path, limit: int) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    journal.lock()

    reports = run_child(tmp_path, "fill", FILL_UNTIL_FULL, str(folder), PASSPHRASE, str(limit))
    committed = {int(r["committed"]): r["i"] for r in reports if "committed" in r}
    errors = [r["error"] for r in reports if "error" in r]
    assert errors == [["StorageFull", StorageFull.default_message]]
    # The small entry after it was either saved (and reported) or refused the same way.
    assert all(r["small"] == errors[0] for r in reports if "small" in r)
    assert reports[-1] == {"locked": True}
    big = [i for i in committed.values() if i != "small"]
    assert big == list(range(len(big))) and len(big) >= 2

    on_disk = sizes(folder)
    try:
        journal = Journal.unlock(folder, PASSPHRASE)  # no limit here: the disk has room again
    except DatabaseDamaged as exc:
        pytest.fail(
            f"every committed entry is in journal.db and its WAL, yet unlocking after the "
            f"disk had room again said: {exc} (files: {on_disk})"
        )
    try:
        assert journal.check() == []
        present = {e.id: e for e in journal.iter_all()}
        assert set(present) == set(committed), on_disk
        for entry_id, i in committed.items():
            if i != "small":
                expected = big_draft(int(i))
                assert (present[entry_id].title, present[entry_id].body) == (
                    expected.title,
                    expected.body,
                )
        # The entry that did not fit left no trace, and the journal takes new entries.
        assert f"big entry {len(big)}" not in {e.title for e in present.values()}
        after = journal.add(big_draft(len(big)))
        assert journal.get(after.id).body == big_draft(len(big)).body
        assert journal.check() == []
    finally:
        journal.lock()


# -- b. SQLite says the database is full ---------------------------------------------------


def test_max_page_count_full_then_usable_again(make_journal: MakeJournal) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    rng = random.Random(5)
    kept = [
        journal.add(EntryDraft(kind=Kind.NEED, title=f"kept {i}", body=f"body {rng.random()}"))
        for i in range(5)
    ]
    conn = journal.connection_for_backup()[0]
    page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    assert conn.execute(f"PRAGMA max_page_count = {page_count + 2}").fetchone()[0] == page_count + 2
    too_big = EntryDraft(
        kind=Kind.FEELING, title="Overflowing Xylophonequartz", body=big_draft(0).body
    )

    with pytest.raises(StorageFull) as raised:
        journal.add(too_big)
    assert str(raised.value) == StorageFull.default_message
    with pytest.raises(StorageFull):
        journal.add_many([EntryDraft(kind=Kind.NEED, title=f"batch {i}") for i in range(300)])
    with pytest.raises(StorageFull):
        journal.update(kept[0].id, too_big)

    # Nothing of the failed writes is there, and everything before them is.
    assert journal.count() == len(kept)
    assert [e.id for e in journal.iter_all()] == [e.id for e in kept]
    assert journal.get(kept[0].id) == kept[0]
    assert journal.search("Xylophonequartz") == []
    assert journal.check() == []

    # Room again: the same connection writes the same entry.
    conn.execute("PRAGMA max_page_count = 1073741823")
    saved = journal.add(too_big)
    assert journal.get(saved.id).body == too_big.body
    assert [h.entry.id for h in journal.search("Xylophonequartz")] == [saved.id]
    assert journal.check() == []
    journal.lock()

    journal = Journal.unlock(folder, PASSPHRASE)
    try:
        assert journal.count() == len(kept) + 1
        assert journal.check() == []
    finally:
        journal.lock()


# -- c. vault.json cannot be replaced ------------------------------------------------------


@pytest.mark.parametrize("limit", [0, 100], ids=["nothing-written", "partly-written"])
def test_rewrap_fails_cleanly_when_vault_json_cannot_be_written(
    make_journal: MakeJournal, tmp_path: Path, limit: int
) -> None:
    journal, code = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    journal.lock()
    header_bytes = (folder / "vault.json").read_bytes()
    assert len(header_bytes) > limit  # the new header cannot fit under the limit
    files = sorted(p.name for p in folder.iterdir())

    (result,) = run_child(
        tmp_path, "rewrap", REWRAP, str(folder), PASSPHRASE, NEW_PASSPHRASE, str(limit)
    )
    for name in ("change_passphrase", "new_recovery_code"):
        kind, message = result[name]
        assert kind == "StorageFull", result
        assert message.startswith("vault.json could not be written"), message
        assert message.endswith("Nothing was changed."), message
    assert result["header_unchanged"] is True
    assert result["files"] == sorted([*files, "journal.db-shm", "journal.db-wal"])

    # On disk: the same key file, no temp file, and both old ways in still work.
    assert (folder / "vault.json").read_bytes() == header_bytes
    assert sorted(p.name for p in folder.iterdir()) == files
    with pytest.raises(WrongPassphrase):
        Journal.unlock(folder, NEW_PASSPHRASE)
    Journal.unlock_with_recovery_code(folder, code).lock()
    journal = Journal.unlock(folder, PASSPHRASE)
    try:
        assert journal.check() == []
        # Without the limit, the very same call succeeds: the limit was the only obstacle.
        journal.change_passphrase(NEW_PASSPHRASE)
    finally:
        journal.lock()
    Journal.unlock(folder, NEW_PASSPHRASE).lock()
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
