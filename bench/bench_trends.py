"""Trends benchmark: the timeline's and the Promises page's figures on a large journal.

Run ``python bench/bench_trends.py [--entries 100000] [--runs 7]``.

Creates a journal of the ``repairing`` partner in a temporary folder (the floor
key-derivation cost: unlocking is not what is measured here), fills it with N entries
spread over five years (bodies of 40 to 400 words, so rows have a realistic size; a mood
on nine in ten; one in six a promise, with a due date on most, an outcome on most and a
repeat on a few), then times, each over several runs (median, min, max):

- ``month_trends``: every month's figures, counted by the database;
- ``month_trends`` for the last twelve months only (``since``);
- ``last_entry_date`` of one kind;
- ``promises_in_play`` (the Promises page's list, at most 200) and ``count_in_play``;
- ``promise_overview`` built from those, with the follow-through from the figures;
- painting the chart (``paint_trend``) for five years into a 600×260 image at 2× scale.

``--with-index`` first adds the covering index proposed for a later schema version
(:data:`PROPOSED_INDEX`) to the benchmark's own journal, to show what it would change.

The temporary folder is removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from trustjournal.domain.entry import EntryDraft, Kind, Outcome, Repeat, Role, kinds_for
from trustjournal.domain.promises import follow_through_from_trends, promise_overview
from trustjournal.domain.trends import series_for
from trustjournal.vault import stats
from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import FLOOR_KDF

# Not part of the schema (yet): an index holding every column the monthly figures read,
# so they are counted from the index alone instead of from every row, bodies and all.
PROPOSED_INDEX = (
    "CREATE INDEX entries_month_figures ON entries (kind, entry_date, mood, due, outcome, repeat)"
)
FIRST_DAY = dt.date(2021, 6, 1)
DAYS = 5 * 365
WORDS = (  # noqa: SIM905 - a sentence of words reads better than a column of them
    "trust talk home work phone honest truth sorry together listen promise kept change "
    "quiet late early calm tired hope safe question answer dinner kitchen evening walk "
    "weekend family session counsellor patience doubt reassurance small steady gently"
).split()


def make_drafts(count: int, rng: random.Random) -> list[EntryDraft]:
    """``count`` entries of the repairing partner's kinds, dates over five years."""
    kinds = kinds_for(Role.REPAIRING)
    weights = [3 if kind is Kind.PROMISE else 3.75 for kind in kinds]  # promises: 1 in 6
    drafts = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        body = " ".join(rng.choices(WORDS, k=rng.randint(40, 400)))
        due = outcome = repeat = None
        if kind is Kind.PROMISE:
            due = date + dt.timedelta(days=rng.randint(0, 30)) if rng.random() < 0.8 else None
            outcome = rng.choice(list(Outcome))
            repeat = rng.choice(list(Repeat)) if rng.random() < 0.05 else None
        drafts.append(
            EntryDraft(
                kind=kind,
                title=" ".join(rng.choices(WORDS, k=5)),
                body=body,
                date=date,
                mood=rng.randint(1, 5) if rng.random() < 0.9 else None,
                due=due,
                outcome=outcome,
                repeat=repeat,
            )
        )
    return drafts


def timed(work: Callable[[], object], runs: int) -> tuple[str, object]:
    """Run ``work`` ``runs`` times: "median (min–max) ms" and the last result."""
    samples = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - start) * 1000)
    return (
        f"{statistics.median(samples):8.1f} ms  (min {min(samples):.1f}, max {max(samples):.1f})",
        result,
    )


def paint_once(trends: list[object]) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette

    from trustjournal.reports.trend_painting import TrendColours, paint_trend

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(1200, 520, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QPainter(image)
    try:
        colours = TrendColours.from_palette(QPalette())
        paint_trend(painter, QRectF(0, 0, 600, 260), trends, series_for(Role.REPAIRING), colours)
    finally:
        painter.end()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=20210601)
    parser.add_argument(
        "--with-index",
        action="store_true",
        help="first add the covering index proposed for a later schema version "
        f"({PROPOSED_INDEX.split(' ON ')[0].split()[-1]}), to measure what it would change",
    )
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        journal, _code = Journal.create(
            Path(folder) / "bench",
            name="Bench",
            role=Role.REPAIRING,
            since=FIRST_DAY,
            passphrase="correct horse battery staple",
            kdf=FLOOR_KDF,
        )
        try:
            start = time.perf_counter()
            drafts = make_drafts(args.entries, rng)
            made = time.perf_counter()
            journal.add_many(drafts)
            stored = time.perf_counter()
            print(
                f"entries: {args.entries:,}  (drafts {made - start:.1f} s, "
                f"add_many {stored - made:.1f} s)"
            )
            size = sum(p.stat().st_size for p in (Path(folder) / "bench").iterdir())
            print(f"journal size: {size / 2**20:.0f} MiB")

            if args.with_index:
                start = time.perf_counter()
                with journal.write() as conn:
                    conn.execute(PROPOSED_INDEX)
                print(f"proposed index built in {time.perf_counter() - start:.1f} s")
            today = FIRST_DAY + dt.timedelta(days=DAYS)
            # The first read after unlocking pays for a cold page cache in SQLCipher.
            journal.lock()
            journal = Journal.unlock(Path(folder) / "bench", "correct horse battery staple")
            start = time.perf_counter()
            trends = journal.read(stats.month_trends)
            print(
                f"month_trends, first call after unlock: "
                f"{(time.perf_counter() - start) * 1000:8.1f} ms  ({len(trends)} months)"
            )

            rows = [
                ("month_trends (all months)", lambda: journal.read(stats.month_trends)),
                (
                    "month_trends (last 12 months)",
                    lambda: journal.read(
                        lambda c: stats.month_trends(c, today, since=today - dt.timedelta(days=365))
                    ),
                ),
                (
                    "last_entry_date(promise)",
                    lambda: journal.read(lambda c: stats.last_entry_date(c, Kind.PROMISE)),
                ),
                ("promises_in_play (<= 200)", lambda: journal.read(stats.promises_in_play)),
                ("count_in_play", lambda: journal.read(stats.count_in_play)),
            ]
            for label, work in rows:
                figure, _ = timed(work, args.runs)
                print(f"{label:34} {figure}")

            in_play = journal.read(stats.promises_in_play)
            months = follow_through_from_trends(trends)
            figure, _ = timed(lambda: promise_overview(in_play, today, by_month=months), args.runs)
            print(f"{'promise_overview (from those)':34} {figure}")
            figure, _ = timed(lambda: paint_once(trends), args.runs)
            print(f"{'paint_trend, 60 months, 2x':34} {figure}")
            print(f"promises in play: {journal.read(stats.count_in_play):,}")
        finally:
            journal.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
