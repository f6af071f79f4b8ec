"""main(): exit statuses, usage errors, and that nothing but one plain line escapes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from cli_harness import Run, one_line

import trustjournal
from trustjournal.cli import entry_commands, main, messages


def test_help_and_version(cli: Run) -> None:
    result = cli("--help")
    assert result.code == 0
    for command in ["init", "add", "list", "show", "edit", "delete", "search", "passwd",
                    "recover", "backup", "restore", "check", "export", "import"]:  # fmt: skip
        assert command in result.out
    assert cli("edit", "--help").code == 0
    version = cli("--version")
    assert (version.code, version.out) == (0, f"trustjournal-cli {trustjournal.__version__}\n")


@pytest.mark.parametrize(
    "argv",
    [[], ["frob"], ["list"], ["--nope", "list", "x"], ["show", "x", "one"], ["--json"]],
    ids=["no-command", "unknown-command", "missing-dir", "unknown-option", "bad-id", "only-json"],
)
def test_usage_errors_exit_2_with_one_line(cli: Run, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 2
    line = one_line(result)
    assert line.startswith("trustjournal-cli")
    assert "--help" in line
    assert result.out == ""


def test_main_reads_sys_argv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["trustjournal-cli", "--version"])
    assert main() == 0
    assert "trustjournal-cli" in capsys.readouterr().out


def test_unexpected_errors_are_one_kind_line(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal detail that must not be shown")

    monkeypatch.setattr(entry_commands, "entry_rows", broken)
    entry = cli("add", journal_dir, "--kind", "need", "--title", "x")
    assert entry.code == 0
    result = cli("list", journal_dir)
    assert result.code == 1
    assert one_line(result) == messages.UNEXPECTED
    assert "internal detail" not in result.err + result.out


def test_interrupt_exits_130(journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted() -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(entry_commands, "read_body", interrupted)
    result = cli("add", journal_dir, "--kind", "need", "--title", "x")
    assert result.code == 130
    assert one_line(result) == messages.INTERRUPTED
    assert cli("list", journal_dir, "--json").json() == []  # nothing half-saved


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_is_quiet(
    journal_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["list", str(journal_dir)]) == 1
    assert capsys.readouterr().err == ""


def test_stdin_that_is_not_utf8(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.TextIOWrapper(io.BytesIO(b"\xff\xfe broken"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", raw)
    result = cli("add", journal_dir, "--kind", "need", "--title", "x")
    assert result.code == 1
    assert "not UTF-8" in one_line(result)


def test_output_survives_a_terminal_that_cannot_show_a_character(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("add", journal_dir, "--kind", "need", "--title", "Café ☕").code == 0
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="ascii"))
    assert main(["list", str(journal_dir)]) == 0
    sys.stdout.flush()
    assert b"Caf? ?" in buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    assert main(["list", str(journal_dir), "--json"]) == 0
    sys.stdout.flush()
    assert b"Caf\\u00e9 \\u2615" in buffer.getvalue()  # JSON stays exact: escaped
