"""add, list and show through the command line."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import ENTRY_KEYS, Run, TerminalInput, entries_in, one_line

from trustjournal.domain import EntryDraft, Kind

AddEntry = Callable[..., int]
Seed = Callable[..., list[int]]


# -- add ------------------------------------------------------------------------------------


def test_add_reads_the_body_and_prints_the_id(journal_dir: Path, cli: Run) -> None:
    result = cli(
        "add", journal_dir, "--kind", "trigger", "--title", "A late message",
        "--mood", "2", "--emotion", "afraid", "--emotion", "angry", "--tag", "phone",
        "--date", "2026-03-04", "--session", "--json",
        stdin="He was texting late again.\nI felt my chest tighten.\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json() == {"id": 1}
    [entry] = entries_in(journal_dir)
    assert entry["body"] == "He was texting late again.\nI felt my chest tighten.\n"
    assert entry["title"] == "A late message"
    assert entry["kind"] == "trigger"
    assert entry["mood"] == 2
    assert entry["emotions"] == ["afraid", "angry"]
    assert entry["tags"] == ["phone"]
    assert entry["date"] == "2026-03-04"
    assert entry["session"] is True


def test_add_human_output_and_defaults(journal_dir: Path, cli: Run) -> None:
    result = cli("add", journal_dir, "--kind", "need", "--title", "Honesty")
    assert result.code == 0
    assert result.out == "Saved entry 1, “Honesty”.\n"
    assert result.err == ""
    [entry] = entries_in(journal_dir)
    assert entry["body"] == ""
    assert entry["date"] == dt.date.today().isoformat()
    assert entry["session"] is False
    assert entry["mood"] is None


def test_add_hints_how_to_finish_when_typing(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", TerminalInput("typed by hand\n"))
    result = cli("add", journal_dir, "--kind", "need", "--title", "Sleep")
    assert result.code == 0
    assert "Ctrl-D" in one_line(result)
    assert entries_in(journal_dir)[0]["body"] == "typed by hand\n"


def test_add_promise_with_due_date_is_open(repairing_dir: Path, cli: Run) -> None:
    folder = repairing_dir
    result = cli(
        "add", folder, "--kind", "promise", "--title", "Home by six", "--due", "2026-04-01"
    )
    assert result.code == 0, result.err
    [entry] = entries_in(folder)
    assert (entry["due"], entry["outcome"]) == ("2026-04-01", "open")


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--kind", "anger"], "not a kind of entry"),
        (["--kind", "promise"], "partner who was hurt"),
        (["--date", "2026-02-30"], "YYYY-MM-DD"),
        (["--mood", "9"], "Mood is a number from 1 to 5"),
        (["--mood", "low"], "Mood is a number from 1 to 5"),
        (["--due", "2026-05-01"], "Only a promise"),
        (["--title", "   "], "needs a title"),
    ],
)
def test_add_bad_values_save_nothing(
    journal_dir: Path, cli: Run, options: list[str], words: str
) -> None:
    base = {"--kind": "feeling", "--title": "Title"}
    for name, value in zip(options[::2], options[1::2], strict=True):
        base[name] = value
    argv = [part for pair in base.items() for part in pair]
    result = cli("add", journal_dir, *argv, stdin="words")
    assert result.code == 1
    assert words in one_line(result)
    assert entries_in(journal_dir) == []


def test_add_needs_kind_and_title(journal_dir: Path, cli: Run) -> None:
    assert cli("add", journal_dir, "--title", "No kind").code == 2
    assert cli("add", journal_dir, "--kind", "need").code == 2


# -- list -----------------------------------------------------------------------------------


@pytest.fixture
def three(seed: Seed) -> list[int]:
    return seed(
        EntryDraft(Kind.FEELING, "First walk", date=dt.date(2026, 2, 1), tags=("walks",)),
        EntryDraft(Kind.TRIGGER, "Hard evening", date=dt.date(2026, 2, 10), session=True),
        EntryDraft(Kind.NEED, "What I need", date=dt.date(2026, 2, 20), tags=("walks",)),
    )


@pytest.mark.parametrize("before", [True, False], ids=["json-first", "json-last"])
def test_list_json_is_an_array_of_entries(
    journal_dir: Path, cli: Run, three: list[int], before: bool
) -> None:
    result = cli(*(["--json", "list", journal_dir] if before else ["list", journal_dir, "--json"]))
    assert result.code == 0
    data = result.json()
    assert isinstance(data, list)
    assert [item["id"] for item in data] == [3, 2, 1]  # newest first
    for item in data:
        assert set(item) == ENTRY_KEYS


def test_list_human_is_aligned_with_a_session_mark(
    journal_dir: Path, cli: Run, three: list[int]
) -> None:
    result = cli("list", journal_dir)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["#", "Date", "Kind", "Title"]
    assert lines[1].split() == ["3", "2026-02-20", "need", "What", "I", "need"]
    assert lines[2].split() == ["2", "2026-02-10", "trigger", "*", "Hard", "evening"]
    assert lines[3].split() == ["1", "2026-02-01", "feeling", "First", "walk"]
    title_column = {
        line.index(title) for line, title in zip(lines[1:4], ["What", "Hard", "First"], strict=True)
    }
    assert len(title_column) == 1
    assert "next counselling session" in lines[4]


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        (["--kind", "need"], [3]),
        (["--kind", "need", "--kind", "feeling"], [3, 1]),
        (["--tag", "walks"], [3, 1]),
        (["--tag", "#Walks"], [3, 1]),
        (["--since", "2026-02-10"], [3, 2]),
        (["--until", "2026-02-10"], [2, 1]),
        (["--since", "2026-02-05", "--until", "2026-02-15"], [2]),
        (["--session"], [2]),
        (["--limit", "2"], [3, 2]),
        (["--tag", "nothing"], []),
    ],
)
def test_list_filters(
    journal_dir: Path, cli: Run, three: list[int], options: list[str], ids: list[int]
) -> None:
    data = cli("list", journal_dir, *options, "--json").json()
    assert isinstance(data, list)
    assert [item["id"] for item in data] == ids


def test_list_says_when_more_exist(journal_dir: Path, cli: Run, three: list[int]) -> None:
    result = cli("list", journal_dir, "--limit", "1")
    assert "Showing the newest 1 of 3 entries." in result.out


def test_list_empty(journal_dir: Path, cli: Run) -> None:
    assert cli("list", journal_dir).out == "No entries yet.\n"
    assert cli("list", journal_dir, "--json").json() == []


@pytest.mark.parametrize("options", [["--limit", "0"], ["--limit", "x"], ["--frob"]])
def test_list_usage_errors(journal_dir: Path, cli: Run, options: list[str]) -> None:
    assert cli("list", journal_dir, *options).code == 2


def test_list_bad_kind_and_date_are_user_errors(journal_dir: Path, cli: Run) -> None:
    assert "not a kind" in one_line(cli("list", journal_dir, "--kind", "x"))
    assert "start date" in one_line(cli("list", journal_dir, "--since", "soon"))


# -- show -----------------------------------------------------------------------------------


def test_show_json_and_human(journal_dir: Path, cli: Run, add_entry: AddEntry) -> None:
    entry_id = add_entry(
        "A good day", "--mood", "4", "--emotion", "hopeful", "--tag", "progress",
        "--date", "2026-02-02", "--session", body="We laughed at dinner.\n",
        kind="noticed_change",
    )  # fmt: skip
    data = cli("show", journal_dir, str(entry_id), "--json").json()
    assert isinstance(data, dict)
    assert set(data) == ENTRY_KEYS
    assert data["title"] == "A good day"
    assert data["body"] == "We laughed at dinner.\n"
    human = cli("show", journal_dir, str(entry_id))
    assert human.code == 0
    for words in [
        "Entry 1", "A good day", "noticed_change", "2026-02-02", "4 of 5", "hopeful",
        "progress", "next counselling session", "We laughed at dinner.",
        f"Written:   {dt.date.today().isoformat()}",
    ]:  # fmt: skip
        assert words in human.out


def test_show_missing_entry(journal_dir: Path, cli: Run) -> None:
    result = cli("show", journal_dir, "7")
    assert result.code == 1
    assert "no entry number 7" in one_line(result)
    assert cli("show", journal_dir, "seven").code == 2


def test_show_strips_terminal_controls(journal_dir: Path, cli: Run, add_entry: AddEntry) -> None:
    add_entry("Plain", body="safe \x1b]0;title\x07 and \x9b2J text")
    out = cli("show", journal_dir, "1").out
    assert "\x1b" not in out
    assert "\x9b" not in out
    assert "safe" in out
