"""edit, delete and search through the command line."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import ENTRY_KEYS, Run, TerminalInput, TerminalOutput, entries_in, one_line

from trustjournal.cli import main
from trustjournal.cli.output import BOLD, RESET
from trustjournal.domain import EntryDraft, Kind

AddEntry = Callable[..., int]
Seed = Callable[..., list[int]]


# -- edit -----------------------------------------------------------------------------------


@pytest.fixture
def rich_entry(seed: Seed) -> int:
    draft = EntryDraft(
        Kind.FEELING, "Original", "Original body.\n", dt.date(2026, 2, 3), mood=3,
        emotions=("sad",), tags=("a", "b"), session=True,
    )  # fmt: skip
    return seed(draft)[0]


def test_edit_changes_only_the_fields_given(journal_dir: Path, cli: Run, rich_entry: int) -> None:
    before = entries_in(journal_dir)[0]
    result = cli("edit", journal_dir, str(rich_entry), "--title", "Renamed", stdin="IGNORED")
    assert result.code == 0, result.err
    after = entries_in(journal_dir)[0]
    assert after["title"] == "Renamed"
    changed = {k for k in ENTRY_KEYS if before[k] != after[k]}
    assert changed <= {"title", "updated_at"}
    assert after["body"] == "Original body.\n"  # stdin is read only with --body-stdin


def test_edit_replaces_lists_and_clears(journal_dir: Path, cli: Run, rich_entry: int) -> None:
    result = cli(
        "edit", journal_dir, str(rich_entry), "--tag", "c", "--no-session", "--no-mood",
        "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert isinstance(data, dict)
    assert set(data) == ENTRY_KEYS
    assert data["tags"] == ["c"]
    assert data["emotions"] == ["sad"]
    assert data["session"] is False
    assert data["mood"] is None
    cleared = cli("edit", journal_dir, str(rich_entry), "--emotion", "", "--json").json()
    assert isinstance(cleared, dict)
    assert cleared["emotions"] == []
    assert cleared["tags"] == ["c"]


def test_edit_body_from_stdin_and_other_fields(
    journal_dir: Path, cli: Run, rich_entry: int
) -> None:
    result = cli(
        "edit", journal_dir, str(rich_entry), "--body-stdin", "--mood", "5",
        "--date", "2026-02-04", "--kind", "reflection", "--session",
        stdin="New words.",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Saved your changes to entry 1" in result.out
    entry = entries_in(journal_dir)[0]
    assert (entry["body"], entry["mood"], entry["date"], entry["kind"], entry["session"]) == (
        "New words.",
        5,
        "2026-02-04",
        "reflection",
        True,
    )
    assert entry["tags"] == ["a", "b"]


def test_edit_promise_outcome_and_kind_change(repairing_dir: Path, cli: Run) -> None:
    folder = repairing_dir
    add = cli("add", folder, "--kind", "promise", "--title", "Call", "--due", "2026-04-01")
    assert add.code == 0
    kept = cli("edit", folder, "1", "--outcome", "partly_kept", "--json").json()
    assert isinstance(kept, dict)
    assert (kept["outcome"], kept["due"]) == ("partly_kept", "2026-04-01")
    no_due = cli("edit", folder, "1", "--no-due", "--json").json()
    assert isinstance(no_due, dict)
    assert (no_due["outcome"], no_due["due"]) == ("partly_kept", None)
    moved = cli("edit", folder, "1", "--kind", "reflection", "--json").json()
    assert isinstance(moved, dict)
    assert (moved["kind"], moved["due"], moved["outcome"]) == ("reflection", None, None)
    bad = cli("edit", folder, "1", "--outcome", "kept")
    assert bad.code == 1
    assert "Only a promise" in one_line(bad)
    assert cli("edit", folder, "1", "--outcome", "forgotten").code == 2


def test_edit_errors(journal_dir: Path, cli: Run, rich_entry: int) -> None:
    nothing = cli("edit", journal_dir, str(rich_entry))
    assert nothing.code == 1
    assert "Nothing to change" in one_line(nothing)
    missing = cli("edit", journal_dir, "9", "--title", "x")
    assert missing.code == 1
    assert "no entry number 9" in one_line(missing)
    assert cli("edit", journal_dir, "1", "--session", "--no-session").code == 2
    assert cli("edit", journal_dir, "1", "--mood", "2", "--no-mood").code == 2
    assert cli("edit", journal_dir, "1", "--due", "2026-05-01", "--no-due").code == 2
    assert entries_in(journal_dir)[0]["title"] == "Original"


# -- delete ---------------------------------------------------------------------------------


def test_delete_then_show_fails(journal_dir: Path, cli: Run, add_entry: AddEntry) -> None:
    entry_id = add_entry("Gone soon", body="private words")
    result = cli("delete", journal_dir, str(entry_id))
    assert (result.code, result.err) == (0, "")
    assert "Deleted entry 1" in result.out
    shown = cli("show", journal_dir, str(entry_id))
    assert shown.code == 1
    assert "no entry number 1" in one_line(shown)
    assert cli("search", journal_dir, "private", "--json").json() == []


def test_delete_json(journal_dir: Path, cli: Run, add_entry: AddEntry) -> None:
    add_entry("Gone soon")
    assert cli("--json", "delete", journal_dir, "1").json() == {"deleted": 1}
    assert cli("delete", journal_dir, "1").code == 1


@pytest.mark.parametrize(
    ("answer", "deleted"), [("y\n", True), ("yes\n", True), ("n\n", False), ("", False)]
)
def test_delete_asks_at_a_terminal(
    journal_dir: Path,
    cli: Run,
    add_entry: AddEntry,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    deleted: bool,
) -> None:
    add_entry("Think twice")
    monkeypatch.setattr(sys, "stdin", TerminalInput(answer))
    result = cli("delete", journal_dir, "1")
    assert "Delete entry 1, “Think twice”?" in result.err
    assert result.code == (0 if deleted else 1)
    assert len(entries_in(journal_dir)) == (0 if deleted else 1)
    if not deleted:
        assert result.err.endswith("Nothing was deleted.\n")


def test_delete_yes_skips_the_question(
    journal_dir: Path, cli: Run, add_entry: AddEntry, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_entry("Sure")
    monkeypatch.setattr(sys, "stdin", TerminalInput(""))
    result = cli("delete", journal_dir, "1", "--yes")
    assert (result.code, result.err) == (0, "")
    assert entries_in(journal_dir) == []


# -- search ---------------------------------------------------------------------------------


@pytest.fixture
def searchable(seed: Seed) -> None:
    seed(
        EntryDraft(Kind.FEELING, "Evening walk", "We walked by the river and talked about trust."),
        EntryDraft(Kind.REFLECTION, "Work", "A long day; nothing about the river."),
        EntryDraft(Kind.FEELING, "Alone", "I stayed in."),
    )


def test_search_json(journal_dir: Path, cli: Run, searchable: None) -> None:
    result = cli("search", journal_dir, "river", "--json")
    assert result.code == 0
    data = result.json()
    assert isinstance(data, list)
    assert sorted(item["id"] for item in data) == [1, 2]
    for item in data:
        assert set(item) == ENTRY_KEYS
    limited = cli("--json", "search", journal_dir, "river", "--limit", "1").json()
    assert isinstance(limited, list)
    assert len(limited) == 1


def test_search_highlights_with_brackets_when_piped(
    journal_dir: Path, cli: Run, searchable: None
) -> None:
    result = cli("search", journal_dir, "trust")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[1].split()[:3] == ["1", dt.date.today().isoformat(), "feeling"]
    assert "[trust]" in lines[2]
    assert "\x1b" not in result.out


def test_search_highlights_in_bold_on_a_terminal(
    journal_dir: Path, searchable: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = TerminalOutput()
    monkeypatch.setattr(sys, "stdout", screen)
    assert main(["search", str(journal_dir), "trust"]) == 0
    assert f"{BOLD}trust{RESET}" in screen.getvalue()
    assert "[trust]" not in screen.getvalue()


def test_search_nothing_found(journal_dir: Path, cli: Run, searchable: None) -> None:
    result = cli("search", journal_dir, "ocean")
    assert (result.code, result.out) == (0, "No entries contain “ocean”.\n")
    assert cli("search", journal_dir, "ocean", "--json").json() == []
    assert cli("search", journal_dir, '"*(', "--json").json() == []
