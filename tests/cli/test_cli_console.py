"""The real console script and ``python -m trustjournal.cli``, run as separate processes.

These check what only a real process shows: the exit status the shell sees, that
standard error is one plain line (no traceback, no SQLCipher log line) and that a
closed pipe or a missing terminal is handled quietly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import PASSPHRASE

from trustjournal.domain import Role

SCRIPT = Path(sys.executable).parent / "trustjournal-cli"
Runner = Callable[..., subprocess.CompletedProcess[str]]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUSTJOURNAL_")}
    env.update(TRUSTJOURNAL_KDF="floor", TRUSTJOURNAL_PASSPHRASE=PASSPHRASE, **extra)
    return env


@pytest.fixture(params=["script", "module"])
def run(request: pytest.FixtureRequest) -> Runner:
    """Run the command line as a new process, either way it can be started."""
    if request.param == "script":
        # The README's install puts it beside this Python; its absence is a failure.
        assert SCRIPT.exists(), f"the console script is not installed at {SCRIPT}"
        command = [str(SCRIPT)]
    else:
        command = [sys.executable, "-m", "trustjournal.cli"]

    def go(
        *argv: str | Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *map(str, argv)],
            env=env or environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            start_new_session=True,  # no controlling terminal: nothing may prompt
            check=False,
        )

    return go


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory, templates: dict[Role, Path]) -> Path:
    folder = tmp_path_factory.mktemp("console") / "journal"
    shutil.copytree(templates[Role.HURT], folder)
    return folder


def test_json_list_both_ways(run: Runner, journal: Path) -> None:
    for argv in (["--json", "list", journal], ["list", journal, "--json"]):
        done = run(*argv)
        assert (done.returncode, done.stderr) == (0, "")
        assert json.loads(done.stdout) == []


def test_add_with_piped_body(journal: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "trustjournal.cli", "--json", "add", str(journal),
         "--kind", "need", "--title", "Piped"],
        input="from a pipe\n", env=environment(), capture_output=True, text=True,
        timeout=60, start_new_session=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert set(json.loads(done.stdout)) == {"id"}


def flip_a_bit(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[200] ^= 0x10  # inside the first page, after its salt: its HMAC now fails
    database.write_bytes(bytes(data))


def broken_journal(tmp_path: Path, journal: Path, damage: str) -> Path:
    folder = tmp_path / damage
    shutil.copytree(journal, folder)
    if damage == "missing-vault":
        (folder / "vault.json").unlink()
    elif damage == "bit-flip":
        flip_a_bit(folder / "journal.db")
    return folder


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("wrong-passphrase", "That passphrase does not open this journal"),
        ("not-a-journal", "is not a Trust Journal journal"),
        ("missing-vault", "vault.json"),
        ("bit-flip", "damaged"),
        ("refused-import", "nothing was imported"),
        ("no-passphrase", "No passphrase was given"),
    ],
)
def test_user_errors_are_one_plain_line(
    run: Runner, journal: Path, tmp_path: Path, case: str, words: str
) -> None:
    env = environment()
    argv: list[str | Path]
    if case == "wrong-passphrase":
        env["TRUSTJOURNAL_PASSPHRASE"] = "not the passphrase"
        argv = ["list", journal]
    elif case == "not-a-journal":
        argv = ["list", tmp_path]
    elif case in ("missing-vault", "bit-flip"):
        argv = ["check", broken_journal(tmp_path, journal, case)]
    elif case == "refused-import":
        bad = tmp_path / "bad.json"
        bad.write_text('{"tags": {}, "entries": [{"title": "x", "date": "someday"}]}')
        argv = ["import", journal, bad, "--format", "jrnl-json"]
    else:
        del env["TRUSTJOURNAL_PASSPHRASE"]
        argv = ["list", journal]
    done = run(*argv, env=env)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert words in lines[0]
    for noise in ("Traceback", "sqlcipher", "ERROR", "HMAC", "Error:"):
        assert noise not in done.stderr


def test_usage_error_exits_2(run: Runner, journal: Path) -> None:
    done = run("list", journal, "--limit", "many")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_closed_pipe_is_quiet(journal: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "trustjournal.cli", "list", str(journal), "--json"],
        env=environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads the output
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 1
    assert stderr == b""


def test_the_command_line_loads_no_qt() -> None:
    script = "import json, sys, trustjournal.cli; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = json.loads(done.stdout)
    assert [n for n in loaded if n.startswith(("PySide6", "shiboken"))] == []
