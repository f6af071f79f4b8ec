"""What the counselling-summary tests share: the couple's words and reading PDFs back."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

PASSPHRASE = "a quiet morning walk"
SINCE = dt.date(2026, 1, 15)
SHARED_TITLE = "Sam's walk by the harbour"
SHARED_BODY = "I told you where I was the whole afternoon, lighthousewords included."
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text as ``pdftotext -layout`` reads it (one page, or all of them)."""
    command = ["pdftotext", "-layout"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    result = subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout


def readable(text: str) -> str:
    """Extracted text made comparable: Arabic presentation forms folded (NFKC), bidi
    marks dropped, and every run of white space one space."""
    folded = _BIDI.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(folded.split())


def pdf_pages(path: Path) -> int:
    """How many pages ``pdfinfo`` counts."""
    result = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    found = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
    assert found is not None, result.stdout
    return int(found[1])


def pdf_page_size(path: Path) -> str:
    """``pdfinfo``'s page size line, e.g. ``612 x 792 pts (letter)``."""
    result = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    found = re.search(r"^Page size:\s+(.+)$", result.stdout, re.MULTILINE)
    assert found is not None, result.stdout
    return found[1]
