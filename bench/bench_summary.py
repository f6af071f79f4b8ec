"""Counselling-summary benchmark: a summary of 10, 100 and 1,000 entries, start to PDF.

Run ``python bench/bench_summary.py [--sizes 10 100 1000] [--runs 5] [--paper a4]``.

Creates a journal of the partner who was hurt in a temporary folder (the floor
key-derivation cost: unlocking is not what is measured), fills it with 1,000 entries
over one year, all marked "bring to next session" (bodies of 50 to 400 words with a
little Markdown, a mood on nine in ten), then for each size N times, over several runs
(median, min, max):

- ``model``: ``build_summary`` for the first N entries (reading them from the journal);
- ``pdf``: the model plus laying out, cutting into pages and writing the PDF
  (``write_pdf``) — what "Save as PDF" and the command line do;
- ``preview``: the model plus the first page as a 600-pixel-wide picture
  (``page_image``) — what the dialog's live preview does on its worker thread.

Target: a summary of 100 entries in under 1 s. The temporary folder is removed at the
end; the PDFs are written there too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from trustjournal.domain.entry import EntryDraft, Kind, Role, kinds_for
from trustjournal.reports.summary import CounsellingSummary, Period, build_summary
from trustjournal.reports.summary_pages import page_image
from trustjournal.reports.summary_pdf import write_pdf
from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import FLOOR_KDF

PASSPHRASE = "a long bench passphrase"
YEAR = Period(dt.date(2025, 3, 1), dt.date(2026, 2, 28))
TARGET_100_S = 1.0
WORDS = (  # noqa: SIM905 - a sentence of words reads better than a column of them
    "trust talk home work phone honest truth sorry together listen promise kept change "
    "quiet late early calm tired hope safe question answer dinner kitchen evening walk "
    "weekend family session counsellor patience doubt reassurance small steady gently"
).split()


def make_drafts(count: int, rng: random.Random) -> list[EntryDraft]:
    """``count`` flagged entries spread over :data:`YEAR`, oldest first."""
    kinds = [k for k in kinds_for(Role.HURT) if k is not Kind.SESSION_NOTE]
    drafts = []
    for i in range(count):
        words = rng.choices(WORDS, k=rng.randint(50, 400))
        paragraphs = [
            " ".join(words[j : j + 60]).capitalize() + "." for j in range(0, len(words), 60)
        ]
        if rng.random() < 0.3:
            paragraphs.insert(
                1, "- " + " ".join(rng.choices(WORDS, k=6)) + "\n- **" + rng.choice(WORDS) + "**"
            )
        drafts.append(
            EntryDraft(
                kind=rng.choice(kinds),
                title=" ".join(rng.choices(WORDS, k=rng.randint(2, 7))).capitalize(),
                body="\n\n".join(paragraphs),
                date=YEAR.start + dt.timedelta(days=i * 364 // count),
                mood=rng.randint(1, 5) if rng.random() < 0.9 else None,
                session=True,
            )
        )
    return drafts


def timed(work: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Median, min and max seconds of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times), max(times)


def bench_size(journal: Journal, ids: list[int], folder: Path, paper: str, runs: int) -> float:
    """Print the three timings for the summary of ``ids``; return the PDF's median."""
    target = folder / f"summary-{len(ids)}.pdf"
    pages: list[int] = []

    def model() -> CounsellingSummary:
        return build_summary(journal, YEAR, ids, today=YEAR.end)

    def pdf() -> None:
        pages.append(write_pdf(model(), target, paper))

    def preview() -> None:
        page_image(model(), paper, 0, 600)

    pdf_median = 0.0
    for name, work in (("model", model), ("pdf", pdf), ("preview", preview)):
        median, low, high = timed(work, runs)
        extra = ""
        if name == "pdf":
            pdf_median = median
            extra = f"  ({pages[-1]} pages, {target.stat().st_size // 1024} KiB)"
        print(f"  {len(ids):>5} entries  {name:<8} {median:7.3f} s  ({low:.3f}–{high:.3f}){extra}")
    return pdf_median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--paper", choices=["a4", "letter"], default="a4")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="bench-summary-"))
    try:
        journal, _ = Journal.create(
            folder / "journal",
            name="Bench",
            role=Role.HURT,
            since=YEAR.start,
            passphrase=PASSPHRASE,
            kdf=FLOOR_KDF,
        )
        with journal:
            ids = journal.add_many(make_drafts(max(args.sizes), random.Random(7)))
            print(f"Counselling summary, {args.paper}, median of {args.runs} (min–max):")
            for size in args.sizes:
                seconds = bench_size(journal, ids[:size], folder, args.paper, args.runs)
                if size == 100:
                    verdict = "meets" if seconds < TARGET_100_S else "MISSES"
                    print(f"  100 entries to PDF {verdict} the {TARGET_100_S:.0f} s target")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
