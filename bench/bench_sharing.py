"""Sharing benchmark: sealing and opening bundles of 1, 100, 500 and 1,000 entries.

Run ``python bench/bench_sharing.py [--sizes 1,100,500,1000] [--runs 3] [--json]``.

Two journals are made in a temporary folder (Sam, repairing, who shares; Alex, hurt,
who reads) and paired. Key derivation runs at its floor cost, since unlocking is not
what is measured here (``bench_vault.py`` measures it). For each size, Sam writes N
entries with bodies of 50 to 400 words, then:

* **seal** — ``bundle.seal`` alone: canonical JSON, the MAC, HPKE encryption;
* **share** — ``services.sharing.share`` end to end: reading the entries, sealing,
  writing the file (fsync'd) and the ledger rows in one transaction;
* **open (crypto)** — ``bundle.open_bytes`` alone: header, HPKE decryption, parsing and
  checking every field, the MAC;
* **open (new)** — ``services.sharing.open_bundle`` into a reader that has none of
  these entries yet (every entry inserted and indexed for search, one transaction);
* **open (again)** — the same entries shared again (a newer share, the same words);
* **open (changed)** — every entry shared again with different words: each one's old
  words securely deleted from the search index and the new ones indexed.

Each figure is the median of ``--runs`` runs (a fresh copy of the reader's journal for
each "open (new)"). The temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["TRUSTJOURNAL_KDF"] = "floor"

import trustjournal
from trustjournal.domain.entry import EntryDraft, Kind, Role
from trustjournal.services import sharing
from trustjournal.services.sharing_keys import identity
from trustjournal.sharing.bundle import new_payload, open_bytes, seal
from trustjournal.vault.journal import Journal

PASSPHRASE = "correct horse battery staple"
WORDS = [
    "trust",
    "home",
    "late",
    "promise",
    "phone",
    "honest",
    "talk",
    "evening",
    "walk",
    "quiet",
    "listen",
    "sorry",
    "kept",
    "tried",
    "morning",
    "felt",
    "again",
    "afraid",
    "better",
    "work",
    "together",
    "counselling",
    "week",
    "message",
    "told",
    "truth",
    "hard",
    "small",
    "change",
    "notice",
    "patient",
    "garden",
    "dinner",
    "children",
    "weekend",
]


def _drafts(n: int, rng: random.Random) -> list[EntryDraft]:
    kinds = (Kind.PROMISE, Kind.ACCOUNTABILITY, Kind.TRANSPARENCY, Kind.REFLECTION)
    start = dt.date(2026, 1, 1)
    return [
        EntryDraft(
            kind=kinds[i % len(kinds)],
            title=" ".join(rng.choices(WORDS, k=rng.randint(2, 6))).capitalize(),
            body=" ".join(rng.choices(WORDS, k=rng.randint(50, 400))) + ".",
            date=start + dt.timedelta(days=i % 365),
            mood=rng.randint(1, 5),
        )
        for i in range(n)
    ]


def _median_ms(work: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def measure(sizes: list[int], runs: int, base: Path) -> list[dict[str, Any]]:
    """The figures for each size, in a fresh pair of journals under ``base``."""
    sam, _ = Journal.create(
        base / "sam", name="Sam", role=Role.REPAIRING, since=dt.date(2026, 1, 1),
        passphrase=PASSPHRASE,
    )  # fmt: skip
    alex, _ = Journal.create(
        base / "alex", name="Alex", role=Role.HURT, since=dt.date(2026, 1, 1),
        passphrase=PASSPHRASE,
    )  # fmt: skip
    number = sharing.safety_number_with(sam, sharing.my_card(alex))
    sharing.pair(sam, sharing.my_card(alex), number)
    sharing.pair(alex, sharing.my_card(sam), number)
    me, reader_card = identity(sam), sharing.my_card(alex)
    alex.lock()
    rng = random.Random(20260101)
    results = []
    out = base / "out"
    out.mkdir()
    counter = iter(range(10**9))
    for n in sizes:
        ids = sam.add_many(_drafts(n, rng))
        items = sharing.preview_share(sam, ids)

        def seal_only(items: list[Any] = items) -> bytes:
            payload = new_payload(
                "share", sender=me.fingerprint, recipient=reader_card.fingerprint,
                sender_name="Sam", items=items,
            )  # fmt: skip
            return seal(payload, me, reader_card)

        data = seal_only()
        seal_ms = _median_ms(seal_only, runs)

        def share(ids: list[int] = ids) -> Path:
            return sharing.share(sam, ids, out / f"{next(counter)}.tjshare").path

        share_ms = _median_ms(share, runs)
        path = share()
        open_new, open_again, open_changed, crypto = [], [], [], []
        for run in range(runs):
            copy = base / f"alex-{n}-{run}"
            shutil.copytree(base / "alex", copy)
            with Journal.unlock(copy, PASSPHRASE) as reader:
                them = identity(reader)
                partner = sharing.partner(reader)
                assert partner is not None
                started = time.perf_counter()
                open_bytes(data, them, them.fingerprint, partner.card)
                crypto.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                assert sharing.open_bundle(reader, path).added == n
                open_new.append((time.perf_counter() - started) * 1000)
                newer = share()
                started = time.perf_counter()
                assert sharing.open_bundle(reader, newer).updated == n
                open_again.append((time.perf_counter() - started) * 1000)
                changed = [dataclasses.replace(i, body=i.body + " changed") for i in items]
                started = time.perf_counter()
                assert sharing.open_bundle_data(reader, seal_only(changed)).updated == n
                open_changed.append((time.perf_counter() - started) * 1000)
            shutil.rmtree(copy)
        results.append(
            {
                "entries": n,
                "bundle_bytes": len(data),
                "seal_ms": round(seal_ms, 1),
                "share_ms": round(share_ms, 1),
                "open_crypto_ms": round(statistics.median(crypto), 1),
                "open_new_ms": round(statistics.median(open_new), 1),
                "open_again_ms": round(statistics.median(open_again), 1),
                "open_changed_ms": round(statistics.median(open_changed), 1),
            }
        )
        print(f"[bench] {n} entries done", file=sys.stderr, flush=True)
    sam.lock()
    return results


def render(results: list[dict[str, Any]]) -> str:
    """A plain table of the figures."""
    head = (
        f"{'Entries':>7}  {'Bundle':>9}  {'Seal':>8}  {'Share':>8}  "
        f"{'Open (crypto)':>13}  {'Open (new)':>10}  {'Open (again)':>12}  {'Open (changed)':>14}"
    )
    lines = [head, "-" * len(head)]
    for r in results:
        size = r["bundle_bytes"]
        shown = f"{size / 2**20:.2f} MiB" if size >= 2**20 else f"{size / 1024:.1f} KiB"
        lines.append(
            f"{r['entries']:>7}  {shown:>9}  {r['seal_ms']:>6} ms  {r['share_ms']:>6} ms  "
            f"{r['open_crypto_ms']:>10} ms  {r['open_new_ms']:>7} ms  {r['open_again_ms']:>9} ms  "
            f"{r['open_changed_ms']:>11} ms"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,100,500,1000", help="comma-separated entry counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    base = Path(tempfile.mkdtemp(prefix="tj-bench-sharing-"))
    try:
        results = measure(sizes, max(1, args.runs), base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps({"results": results, "peak_rss_mib": round(peak, 1)}, indent=2))
        return 0
    print(render(results))
    print(
        f"\nTrust Journal {trustjournal.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; "
        f"peak memory {peak:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
