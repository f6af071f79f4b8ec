"""Language benchmark: compiling a catalogue, and switching language with a journal open.

Run ``python bench/bench_language.py [--entries 10000]``.

1. Compile: the Spanish catalogue compiled from its ``.ts`` into an empty cache folder
   (what a source checkout does the first time Spanish is chosen), then found again in
   the cache; five times each, median.
2. Switch: a journal of N entries (the generator of ``bench_vault.py``) unlocked in the
   main window on its first section; the setting changed to Spanish and back, timed
   from the change until the rebuilt window has painted (``grab``). Five round trips.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_app import make_journal, wait_for
from bench_vault import PASSPHRASE

from trustjournal.vault.journal import Journal

RUNS = 5


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms (min {min(samples) * 1000:.0f})"


def measure_compile() -> tuple[list[float], list[float]]:
    from trustjournal.i18n import compiled_catalogue

    cold, warm = [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as cache:
            os.environ["TRUSTJOURNAL_CACHE_DIR"] = cache
            start = time.perf_counter()
            assert compiled_catalogue("es") is not None
            cold.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert compiled_catalogue("es") is not None
            warm.append(time.perf_counter() - start)
    return cold, warm


def measure_switch(folder: Path, root: Path) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from trustjournal.i18n import install_language
    from trustjournal.settings import Settings
    from trustjournal.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["trustjournal"])
    settings = Settings(root / "settings.ini")
    settings.set("language", "en")
    settings.set("data_dir", str(folder.parent))
    install_language("en")
    settings.changed.connect(
        lambda key: install_language(settings.get("language")) if key == "language" else None
    )
    window = MainWindow(settings)
    window.show()
    window.open_journal(Journal.unlock(folder, PASSPHRASE))
    view = window.journal_view
    assert view is not None
    view.show_section(next(iter(view.section_views)))
    wait_for(app, lambda: window.journal_view is not None)
    times = []
    for language in ("es", "en") * RUNS:
        start = time.perf_counter()
        settings.set("language", language)
        wait_for(app, lambda: window.journal_view is not None)
        window.grab()
        times.append(time.perf_counter() - start)
    window.lock()
    window.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cold, warm = measure_compile()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["TRUSTJOURNAL_CACHE_DIR"] = str(root / "cache")
        folder = make_journal(root / "journals", args.entries)
        switch = measure_switch(folder, root)
    print(f"compile the Spanish catalogue (cold cache): {_ms(cold)}")
    print(f"find it again in the cache:                {_ms(warm)}")
    print(f"switch language, {args.entries} entries open:    {_ms(switch)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
