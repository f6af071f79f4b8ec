"""A promise that repeats, from the command line."""

from __future__ import annotations

from pathlib import Path

from cli_harness import Run, entries_in


def test_add_edit_and_clear_a_repeat(repairing_dir: Path, cli: Run) -> None:
    added = cli(
        "add", repairing_dir, "--kind", "promise", "--title", "Walk together",
        "--repeat", "daily", "--json", stdin="After dinner.",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert entries_in(repairing_dir)[0]["repeat"] == "daily"
    entry_id = str(entries_in(repairing_dir)[0]["id"])
    assert cli("edit", repairing_dir, entry_id, "--repeat", "weekly").code == 0
    assert entries_in(repairing_dir)[0]["repeat"] == "weekly"
    shown = cli("show", repairing_dir, entry_id)
    assert "Repeats" in shown.out and "weekly" in shown.out
    assert cli("edit", repairing_dir, entry_id, "--no-repeat").code == 0
    assert entries_in(repairing_dir)[0]["repeat"] is None


def test_a_repeat_is_refused_for_other_kinds_and_nothing_is_saved(
    repairing_dir: Path, cli: Run
) -> None:
    result = cli(
        "add", repairing_dir, "--kind", "small_action", "--title", "Tea",
        "--repeat", "daily", stdin="",
    )  # fmt: skip
    assert result.code == 1
    assert "Only a promise can repeat" in result.err
    assert entries_in(repairing_dir) == []


def test_an_unknown_repeat_is_a_usage_error(repairing_dir: Path, cli: Run) -> None:
    result = cli(
        "add", repairing_dir, "--kind", "promise", "--title", "T", "--repeat", "hourly", stdin=""
    )
    assert result.code == 2
    assert entries_in(repairing_dir) == []
