"""The files Qt's extractor reads, and running it: shared by the translation tests.

README's "Translating" section runs the same extraction to update the catalogues.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"


def tool(name: str) -> Path:
    """A Qt tool installed next to the running interpreter (same Qt as the app)."""
    folder = Path(sys.executable).parent
    for candidate in (name, f"{name}.exe"):
        if (folder / candidate).exists():
            return folder / candidate
    raise AssertionError(f"{name} is not installed in {folder}")


def sources() -> list[Path]:
    """Every module whose words can reach the app's window (the command line is English)."""
    package = ROOT / "trustjournal"
    return sorted(p for p in package.rglob("*.py") if "cli" not in p.relative_to(package).parts)


def extract(target: Path) -> Path:
    """Write a fresh catalogue of every marked string to ``target``."""
    subprocess.run(
        [
            str(tool("pyside6-lupdate")),
            *(str(p.relative_to(ROOT)) for p in sources()),
            "-ts",
            str(target),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return target
