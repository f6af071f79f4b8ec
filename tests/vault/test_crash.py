"""Kill a writing process at random moments: every entry is there whole, or not at all.

A separate Python process unlocks a real journal and writes in a loop, printing each
entry's id only after ``Journal.add`` (or ``add_many``) has returned. The test reads
those lines, waits a random (seeded) moment and sends SIGKILL; then it unlocks the same
journal itself and checks it. Each run continues the journal of the run before.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from trustjournal.domain.entry import Entry, EntryDraft
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"
SINGLE_RUNS = 25
BATCH_RUNS = 10
BATCH_SIZE = 200

# Shared by the writer process and this test: an entry is a pure function of its name,
# and its title carries the length and SHA-256 of its own body.
COMMON = """
import hashlib
import random

from trustjournal.domain.entry import EntryDraft, Kind


def make_draft(name, words):
    rng = random.Random(name)
    count = rng.choice(words)
    body = " ".join(f"{name}w{i}x{rng.getrandbits(40):010x}" for i in range(count))
    digest = hashlib.sha256(body.encode()).hexdigest()
    return EntryDraft(
        kind=Kind.FEELING,
        title=f"{name} {len(body)} {digest}",
        body=body,
        mood=1 + int(digest[0], 16) % 5,
        tags=(name, "crash-test"),
        emotions=(f"e{digest[:6]}",),
    )
"""

WRITER = """
import sys
from pathlib import Path

from trustjournal.vault import Journal

folder, passphrase, mode, run = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
journal = Journal.unlock(folder, passphrase)
print("ready", flush=True)
if mode == "single":
    i = 0
    while True:
        name = f"r{run}i{i}"
        entry = journal.add(make_draft(name, SINGLE_WORDS))
        print(f"committed {entry.id} {name}", flush=True)
        i += 1
else:
    k = 0
    while True:
        drafts = [make_draft(f"r{run}b{k}n{n}", BATCH_WORDS) for n in range(BATCH_SIZE)]
        print(f"begin {k}", flush=True)
        ids = journal.add_many(drafts)
        print(f"done {k} {ids[0]} {ids[-1]}", flush=True)
        k += 1
"""

SINGLE_WORDS = (1, 10, 100, 600)  # up to ~17 KB: some entries use overflow pages
BATCH_WORDS = (1, 10, 60)

_namespace: dict[str, Any] = {}
exec(COMMON, _namespace)
make_draft: Callable[[str, tuple[int, ...]], EntryDraft] = _namespace["make_draft"]


def write_script(tmp_path: Path) -> Path:
    script = tmp_path / "writer.py"
    constants = (
        f"SINGLE_WORDS = {SINGLE_WORDS!r}\nBATCH_WORDS = {BATCH_WORDS!r}\n"
        f"BATCH_SIZE = {BATCH_SIZE}\n"
    )
    script.write_text(COMMON + constants + WRITER, encoding="utf-8")
    return script


def start_writer(script: Path, folder: Path, mode: str, run: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(script), str(folder), PASSPHRASE, mode, str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TRUSTJOURNAL_KDF": "floor"},
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first != "ready\n":
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"writer did not start: {first!r} {err}")
    return proc


def read_line(stream: IO[str], proc: subprocess.Popen[str]) -> str:
    line = stream.readline()
    if not line.endswith("\n"):
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"writer stopped on its own: {err}")
    return line


def kill(proc: subprocess.Popen[str], seen: list[str]) -> list[str]:
    """SIGKILL the writer; every complete line it printed (read before or after)."""
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert proc.stdout is not None and proc.stderr is not None
    # Read through the same buffered stream as readline() (communicate() would skip
    # what it has already buffered).
    rest = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    # A line is a report only if it was printed whole.
    complete = rest.split("\n")[:-1]
    return [line.rstrip("\n") for line in seen] + complete


def open_and_check(folder: Path) -> dict[int, Entry]:
    """Unlock as a fresh process would after the crash: healthy, and every entry whole."""
    journal = Journal.unlock(folder, PASSPHRASE)
    try:
        assert journal.check() == []
        present = {e.id: e for e in journal.iter_all()}
        assert journal.count() == len(present)
    finally:
        journal.lock()
    for entry in present.values():
        name, length, digest = entry.title.split(" ")
        assert len(entry.body) == int(length), f"entry {entry.id} ({name}) is cut short"
        assert hashlib.sha256(entry.body.encode()).hexdigest() == digest, f"{name} is damaged"
        assert set(entry.tags) == {name, "crash-test"}
        assert entry.emotions == (f"e{digest[:6]}",)
    return present


def assert_is(entry: Entry, name: str, words: tuple[int, ...]) -> None:
    draft = make_draft(name, words)
    assert (entry.title, entry.body, entry.mood) == (draft.title, draft.body, draft.mood)


def test_kill_between_and_during_adds(make_journal: Callable[..., tuple[Journal, str]]) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    journal.lock()
    script = write_script(folder.parent)
    rng = random.Random(20260203)
    committed: dict[int, str] = {}  # every entry known to be in the journal
    extras = 0
    for run in range(SINGLE_RUNS):
        proc = start_writer(script, folder, "single", run)
        assert proc.stdout is not None
        seen = [read_line(proc.stdout, proc) for _ in range(rng.randint(0, 30))]
        time.sleep(rng.uniform(0, 0.004))
        reported = [line.split(" ") for line in kill(proc, seen)]
        assert all(r[0] == "committed" for r in reported), reported
        reported_ids = {int(r[1]): r[2] for r in reported}
        assert [r[2] for r in reported] == [f"r{run}i{i}" for i in range(len(reported))]

        present = open_and_check(folder)
        for entry_id, name in reported_ids.items():
            assert entry_id in present, f"run {run}: reported {name} ({entry_id}) is missing"
            assert_is(present[entry_id], name, SINGLE_WORDS)
        for entry_id, name in committed.items():
            assert present[entry_id].title.split(" ")[0] == name
        committed.update(reported_ids)
        # At most one more: saved, but killed before it could say so.
        extra = sorted(set(present) - set(committed))
        assert len(extra) <= 1, f"run {run}: unreported entries {extra}"
        if extra:
            extras += 1
            name = f"r{run}i{len(reported)}"
            assert present[extra[0]].title.split(" ")[0] == name
            assert extra[0] > max(committed, default=0)
            assert_is(present[extra[0]], name, SINGLE_WORDS)
            committed[extra[0]] = name
        assert set(present) == set(committed)
    assert len(committed) > SINGLE_RUNS  # the runs did write
    print(f"{len(committed)} entries over {SINGLE_RUNS} kills, {extras} saved but unreported")


def test_kill_during_add_many(make_journal: Callable[..., tuple[Journal, str]]) -> None:
    journal, _ = make_journal(passphrase=PASSPHRASE)
    folder = journal.folder
    journal.lock()
    script = write_script(folder.parent)
    rng = random.Random(19)
    committed: set[int] = set()
    in_flight_lost = in_flight_saved = 0
    for run in range(BATCH_RUNS):
        proc = start_writer(script, folder, "batch", run)
        assert proc.stdout is not None
        wanted = rng.randint(0, 2)
        seen: list[str] = []
        while sum(line.startswith("done") for line in seen) < wanted:
            seen.append(read_line(proc.stdout, proc))
        time.sleep(rng.uniform(0, 0.03))
        lines = kill(proc, seen)

        begun = [int(line.split(" ")[1]) for line in lines if line.startswith("begin")]
        done = {
            int(k): (int(first), int(last))
            for _, k, first, last in (line.split(" ") for line in lines if line.startswith("done"))
        }
        assert begun == list(range(len(begun)))
        assert set(done) in ({*begun}, {*begun[:-1]})
        present = open_and_check(folder)
        by_batch: dict[int, list[Entry]] = {}
        for entry in present.values():
            name = entry.title.split(" ")[0]
            if name.startswith(f"r{run}b"):
                by_batch.setdefault(int(name[len(f"r{run}b") :].split("n")[0]), []).append(entry)
        for k, (first, last) in done.items():
            batch = sorted(by_batch.pop(k, []), key=lambda e: e.id)
            assert [e.id for e in batch] == list(range(first, last + 1))
            for n, entry in enumerate(batch):
                assert_is(entry, f"r{run}b{k}n{n}", BATCH_WORDS)
        # The batch that was being written when the kill came: all of it, or none.
        assert set(by_batch) <= set(begun) - set(done)
        for k, batch in by_batch.items():
            assert len(batch) == BATCH_SIZE, f"run {run}: {len(batch)} of batch {k} survived"
            for entry in batch:
                assert_is(entry, entry.title.split(" ")[0], BATCH_WORDS)
        if len(begun) > len(done):
            if by_batch:
                in_flight_saved += 1
            else:
                in_flight_lost += 1
        assert committed <= set(present)
        committed = set(present)
    # Some kills came while a batch was being written (and none of it survived).
    assert in_flight_lost >= 1
    print(f"{BATCH_RUNS} kills: {in_flight_lost} batches rolled back, {in_flight_saved} saved")
