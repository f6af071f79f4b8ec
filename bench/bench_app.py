"""App benchmark: start to unlock screen, and unlock to a filled main window.

Run ``python bench/bench_app.py [--entries 100000]``.

A journal of N realistic entries (the generator of ``bench_vault.py``; a few of them
dated in the last week so that the Today page has recent entries) is created in a
temporary folder with the floor Argon2id cost, filled with one ``add_many`` and locked.

1. Start to unlock screen: a fresh ``python -c`` subprocess, five times, offscreen,
   with its own config and data folders. The child notes ``time.perf_counter()`` on its
   first line, builds the app as ``trustjournal.app.main`` does, shows the window and
   processes events until the unlock screen is visible and painted (``grab``). Measured
   from the parent (Popen until the child's line arrives: interpreter start included)
   and inside the child (interpreter start excluded). ``python -c pass`` is timed too.
2. Unlock to main window filled, in-process, key derivation timed apart: after
   ``Journal.unlock``, ``window.open_journal`` then events until the Today page's recent
   entries have rows (painted); then the first section shown and its list filled.
   Median of five, locking in between.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_vault import FIRST_DAY, PASSPHRASE, ROLE, EntryMaker

from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import FLOOR_KDF

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
RECENT = 20  # entries dated in the last seven days, for the Today page
START_TARGET_S = 0.8
UNLOCK_TARGET_S = 0.3
TIMEOUT_S = 30.0

CHILD = """\
import time
t0 = time.perf_counter()
import trustjournal.app
from PySide6.QtWidgets import QApplication
app = QApplication(["trustjournal"])
launch = trustjournal.app.build(app, trustjournal.app.parse_args([]))
window = launch.window
window.show()
while True:
    QApplication.processEvents()
    if window.unlock_view.isVisible():
        window.grab()
        break
print(f"SHOWN {time.perf_counter() - t0:.6f}", flush=True)
launch.close()
"""


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def make_journal(data_dir: Path, n: int) -> Path:
    folder = data_dir / "Bench"
    journal, _code = Journal.create(
        folder, name="Bench", role=ROLE, since=FIRST_DAY, passphrase=PASSPHRASE, kdf=FLOOR_KDF
    )
    maker = EntryMaker(20210601 + n)
    recent = min(RECENT, n)
    today = dt.date.today()
    drafts = maker.drafts(n - recent)
    drafts += [maker.draft(today - dt.timedelta(days=i % 7)) for i in range(recent)]
    start = time.perf_counter()
    journal.add_many(drafts)
    _log(f"filled {n} entries in {time.perf_counter() - start:.1f} s")
    journal.lock()
    return folder


def child_env(config_dir: Path, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TRUSTJOURNAL_CONFIG_DIR=str(config_dir),
        TRUSTJOURNAL_DATA_DIR=str(data_dir),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    return env


def measure_start(env: dict[str, str]) -> tuple[list[float], list[float], list[float]]:
    bare, outside, inside = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        bare.append(time.perf_counter() - start)
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        outside.append(time.perf_counter() - start)
        proc.stdout.read()
        if proc.wait() != 0 or not line.startswith("SHOWN "):
            raise RuntimeError(f"child failed: {line!r}")
        inside.append(float(line.split()[1]))
    return bare, outside, inside


def wait_for(app: object, done: Callable[[], bool]) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + TIMEOUT_S
    while True:
        QApplication.processEvents()
        if done():
            return
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not fill in time")


def measure_unlock(folder: Path) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    import trustjournal.app

    app = QApplication.instance() or QApplication(["trustjournal"])
    launch = trustjournal.app.build(app, trustjournal.app.parse_args([]))  # type: ignore[arg-type]
    window = launch.window
    window.show()
    wait_for(app, window.unlock_view.isVisible)
    times: dict[str, list[float]] = {"kdf": [], "open": [], "section": []}
    for _ in range(RUNS):
        start = time.perf_counter()
        journal = Journal.unlock(folder, PASSPHRASE)
        times["kdf"].append(time.perf_counter() - start)

        start = time.perf_counter()
        window.open_journal(journal)

        def filled() -> bool:
            view = window.journal_view
            return view is not None and view.today.model.rowCount() > 0

        wait_for(app, filled)
        window.grab()
        times["open"].append(time.perf_counter() - start)

        view = window.journal_view
        assert view is not None
        key = next(iter(view.section_views))
        model = view.section_views[key].model
        start = time.perf_counter()
        view.show_section(key)

        def shown(view=view, key=key, model=model) -> bool:
            return view.current_key() == key and model.rowCount() > 0

        wait_for(app, shown)
        window.grab()
        times["section"].append(time.perf_counter() - start)

        window.lock()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    launch.close()
    window.close()
    return times


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.0f} ms"


def _mark(value: float, target: float) -> str:
    return "✓" if value < target else "✗"


def render(
    n: int,
    start: tuple[list[float], list[float], list[float]],
    unlock: dict[str, list[float]],
) -> str:
    bare, outside, inside = start
    med = statistics.median
    total = [o + s for o, s in zip(unlock["open"], unlock["section"], strict=True)]
    rows = [
        ("Interpreter start (`python -c pass`)", _ms(bare), "", ""),
        (
            "Start → unlock screen, interpreter included",
            _ms(outside),
            "< 800 ms",
            _mark(med(outside), START_TARGET_S),
        ),
        (
            "Start → unlock screen, interpreter excluded",
            _ms(inside),
            "< 800 ms",
            _mark(med(inside), START_TARGET_S),
        ),
        ("Key derivation + open (`Journal.unlock`, floor KDF)", _ms(unlock["kdf"]), "", ""),
        (
            "Unlock → main window filled (Today, recent entries)",
            _ms(unlock["open"]),
            "< 300 ms",
            _mark(med(unlock["open"]), UNLOCK_TARGET_S),
        ),
        ("First section shown and filled", _ms(unlock["section"]), "", ""),
        (
            "Unlock → main window + first section filled",
            _ms(total),
            "< 300 ms",
            _mark(med(total), UNLOCK_TARGET_S),
        ),
    ]
    lines = [
        f"Journal of {n:,} entries; median of {RUNS} runs; offscreen Qt; "
        f"load average {os.getloadavg()[0]:.2f}.",
        "",
        "| Measure | Median | Target | |",
        "|---|---:|---|:-:|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="trustjournal-bench-app-"))
    try:
        config_dir, data_dir = work / "config", work / "data"
        config_dir.mkdir()
        data_dir.mkdir()
        folder = make_journal(data_dir, args.entries)
        env = child_env(config_dir, data_dir)
        _log("measuring start to unlock screen")
        start = measure_start(env)
        _log("measuring unlock to main window")
        os.environ.update(
            QT_QPA_PLATFORM="offscreen",
            TRUSTJOURNAL_CONFIG_DIR=str(config_dir),
            TRUSTJOURNAL_DATA_DIR=str(data_dir),
        )
        unlock = measure_unlock(folder)
        print(render(args.entries, start, unlock))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
