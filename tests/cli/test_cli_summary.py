"""``trustjournal-cli summary``: a counselling summary of a period, as a PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import stat
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import Run, one_line

from trustjournal.cli import parser as cli_parser
from trustjournal.cli import summary_command
from trustjournal.domain import EntryDraft, Kind

Seed = Callable[..., list[int]]


def _has_summary(parser: argparse.ArgumentParser) -> bool:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return "summary" in action.choices
    return False


@pytest.fixture(autouse=True)
def summary_registered(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    """Register ``summary`` as the parser will once it calls ``summary_command.register``.

    ``qapp`` first: the command makes a window-less Qt application only if there is
    none, and the widget tests that share this process need a full one.
    """
    if _has_summary(cli_parser.build_parser()):
        return
    original = cli_parser.coach_command.register

    def register(command: summary_command.AddCommand) -> None:
        original(command)
        summary_command.register(command)

    monkeypatch.setattr(cli_parser.coach_command, "register", register)


def text_of(path: Path, page: int | None = None) -> str:
    command = ["pdftotext", "-layout"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    result = subprocess.run(
        [*command, str(path), "-"], capture_output=True, text=True, check=True, timeout=120
    )
    # NFKC folds the ligatures a PDF may hold ("ﬂ" in "flagged") back into letters.
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


def pages_of(path: Path) -> tuple[int, str]:
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    size = re.search(r"^Page size:\s+(.+)$", info, re.MULTILINE)
    assert pages is not None and size is not None
    return int(pages[1]), size[1]


@pytest.fixture
def march(seed: Seed) -> list[int]:
    """Three flagged entries in March, one unflagged, one flagged in April."""
    return seed(
        EntryDraft(
            Kind.FEELING,
            "Kettle morning",
            "amberlight on the table",
            dt.date(2026, 3, 4),
            mood=2,
            session=True,
        ),
        EntryDraft(
            Kind.QUESTION,
            "About October",
            "saltmeadow question",
            dt.date(2026, 3, 11),
            session=True,
        ),
        EntryDraft(
            Kind.NOTICED_CHANGE,
            "He called",
            "cinderwren call",
            dt.date(2026, 3, 18),
            mood=4,
            session=True,
        ),
        EntryDraft(Kind.FEELING, "Not flagged", "zephyrquill words", dt.date(2026, 3, 20)),
        EntryDraft(
            Kind.FEELING, "In April", "marrowbloom words", dt.date(2026, 4, 2), session=True
        ),
    )


def test_without_entries_the_flagged_entries_of_the_period(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int]
) -> None:
    target = tmp_path / "summary.pdf"
    result = cli(
        "summary", journal_dir, "--from", "2026-03-01", "--to", "2026-03-31", "--pdf", target
    )
    assert result.code == 0, result.err
    pages, size = pages_of(target)
    assert result.out == f"Saved a counselling summary of 3 entries ({pages} pages) to {target}.\n"
    assert one_line(result).startswith(f"Please remember: {target} is not encrypted.")
    text = text_of(target)
    for words in (
        "Kettle morning",
        "amberlight",
        "About October",
        "saltmeadow",
        "He called",
        "cinderwren",
    ):
        assert words in text
    for words in ("Not flagged", "zephyrquill", "In April", "marrowbloom"):
        assert words not in text
    assert "(A4)" in size
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text_of(target, page)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal", "summary.pdf"]


def test_entries_named_on_the_command_line_and_letter_paper_as_json(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int]
) -> None:
    target = tmp_path / "chosen.pdf"
    result = cli(
        "--json",
        "summary",
        journal_dir,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--pdf",
        target,
        "--entry",
        str(march[0]),
        "--entry",
        str(march[3]),
        "--paper",
        "letter",
    )
    assert result.code == 0, result.err
    pages, size = pages_of(target)
    assert result.json() == {
        "pdf": str(target),
        "from": "2026-03-01",
        "to": "2026-03-31",
        "entries": 2,
        "pages": pages,
        "paper": "letter",
    }
    assert "(letter)" in size
    text = text_of(target)
    assert "Kettle morning" in text and "Not flagged" in text and "zephyrquill" in text
    assert "About October" not in text and "saltmeadow" not in text


def test_an_empty_period_makes_a_summary_that_says_so(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int]
) -> None:
    target = tmp_path / "empty.pdf"
    result = cli(
        "summary", journal_dir, "--from", "2026-02-01", "--to", "2026-02-28", "--pdf", target
    )
    assert result.code == 0, result.err
    assert result.out.startswith("No entries were chosen for 2026-02-01 to 2026-02-28;")
    assert "No entries were chosen for this period" in text_of(target)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--from", "2026-13-01"],
            "“2026-13-01” is not a valid start date; please write it as YYYY-MM-DD.",
        ),
        (["--to", "soon"], "“soon” is not a valid end date; please write it as YYYY-MM-DD."),
        (
            ["--from", "2026-03-31", "--to", "2026-03-01"],
            "The period ends (2026-03-01) before it starts (2026-03-31). Please swap the dates.",
        ),
        (["--entry", "999"], "There is no entry number 999 in this journal."),
        (
            ["--pdf", "{tmp}/summary.txt"],
            "Please give the summary a name ending in .pdf (not summary.txt).",
        ),
        (
            ["--pdf", "{tmp}/missing/summary.pdf"],
            "There is no folder {tmp}/missing, so the PDF cannot be saved there.",
        ),
        (["--pdf", "{tmp}"], "{tmp} is a folder; please give a file name for the PDF."),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    cli: Run,
    journal_dir: Path,
    tmp_path: Path,
    march: list[int],
    arguments: list[str],
    message: str,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    values = {"--from": "2026-03-01", "--to": "2026-03-31", "--pdf": str(out / "summary.pdf")}
    extra: list[str] = []
    for name, value in zip(arguments[::2], arguments[1::2], strict=True):
        value = value.replace("{tmp}", str(out))
        if name in values:
            values[name] = value
        else:
            extra += [name, value]
    argv = [item for pair in values.items() for item in pair]
    result = cli("summary", journal_dir, *argv, *extra)
    assert result.code == 1
    assert one_line(result) == message.replace("{tmp}", str(out))
    assert list(out.iterdir()) == []


def test_an_entry_outside_the_period_is_refused(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int]
) -> None:
    target = tmp_path / "summary.pdf"
    result = cli(
        "summary",
        journal_dir,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--pdf",
        target,
        "--entry",
        str(march[4]),
    )
    assert result.code == 1
    assert one_line(result).startswith(f"Entry {march[4]} is dated 2026-04-02, outside the period")
    assert not target.exists()


def test_an_existing_file_that_is_not_a_pdf_is_never_replaced(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int]
) -> None:
    precious = tmp_path / "notes.pdf"
    precious.write_bytes(b"my own words, not a PDF")
    result = cli(
        "summary", journal_dir, "--from", "2026-03-01", "--to", "2026-03-31", "--pdf", precious
    )
    assert result.code == 1
    assert one_line(result) == (
        f"{precious} already exists and is not a PDF, so it was not replaced. Choose another name."
    )
    assert precious.read_bytes() == b"my own words, not a PDF"
    older = tmp_path / "older.pdf"
    older.write_bytes(b"%PDF-1.4 last month's summary")
    result = cli(
        "summary", journal_dir, "--from", "2026-03-01", "--to", "2026-03-31", "--pdf", older
    )
    assert result.code == 0, result.err
    assert b"last month" not in older.read_bytes()


def test_a_wrong_passphrase_writes_nothing(
    cli: Run, journal_dir: Path, tmp_path: Path, march: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase at all")
    target = tmp_path / "summary.pdf"
    result = cli(
        "summary", journal_dir, "--from", "2026-03-01", "--to", "2026-03-31", "--pdf", target
    )
    assert result.code == 1
    assert "passphrase does not open this journal" in one_line(result)
    assert not target.exists()


def test_usage_errors(cli: Run, journal_dir: Path, tmp_path: Path) -> None:
    base = ["summary", journal_dir, "--from", "2026-03-01", "--to", "2026-03-31"]
    assert cli(*base).code == 2  # no --pdf
    assert cli(*base, "--pdf", tmp_path / "a.pdf", "--paper", "a3").code == 2
    assert cli(*base, "--pdf", tmp_path / "a.pdf", "--entry", "none").code == 2
    # A number larger than any entry can have is told like any other wrong number.
    too_big = cli(*base, "--pdf", tmp_path / "a.pdf", "--entry", "9" * 30)
    assert too_big.code == 2
    assert f"“{'9' * 30}” is not an entry number" in too_big.err
    assert list(tmp_path.glob("*.pdf")) == []
