"""Fixtures for the command-line tests: run ``main`` in-process and read what it printed.

Every test starts with the passphrase in ``TRUSTJOURNAL_PASSPHRASE``, an empty standard
input that is not a terminal, and no terminal to prompt on, so nothing can ever wait
for a person. Tests that need a prompt or a terminal say so themselves.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import PASSPHRASE, Result, Run

from trustjournal.cli import main, secrets_input
from trustjournal.domain import EntryDraft, Role
from trustjournal.vault import Journal


@pytest.fixture(autouse=True)
def quiet_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("TRUSTJOURNAL_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(secrets_input, "terminal_available", lambda: False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """``cli("list", DIR, stdin="…")`` runs ``main`` and returns code, stdout and stderr."""

    def run(*argv: str | Path, stdin: str | io.StringIO | None = None) -> Result:
        if stdin is not None:
            monkeypatch.setattr(
                sys, "stdin", io.StringIO(stdin) if isinstance(stdin, str) else stdin
            )
        capsys.readouterr()
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[Role, Path]:
    """One empty journal per role, made once and copied for each test.

    Key derivation is what makes a journal slow to create; copying a folder is not.
    (``init`` itself is tested on its own.)
    """
    made: dict[Role, Path] = {}
    for role, name in [(Role.HURT, "Alex"), (Role.REPAIRING, "Sam")]:
        folder = tmp_path_factory.mktemp("template") / role.value
        journal, _ = Journal.create(
            folder, name=name, role=role, since=dt.date(2026, 1, 15), passphrase=PASSPHRASE
        )
        journal.lock()
        made[role] = folder
    return made


@pytest.fixture
def journal_dir(tmp_path: Path, templates: dict[Role, Path]) -> Path:
    """A new, empty journal of the partner who was hurt, in this test's own folder."""
    folder = tmp_path / "journal"
    shutil.copytree(templates[Role.HURT], folder)
    return folder


@pytest.fixture
def repairing_dir(tmp_path: Path, templates: dict[Role, Path]) -> Path:
    """A new, empty journal of the partner who is repairing trust."""
    folder = tmp_path / "repairing"
    shutil.copytree(templates[Role.REPAIRING], folder)
    return folder


@pytest.fixture
def seed(journal_dir: Path) -> Callable[..., list[int]]:
    """Put entries straight into ``journal_dir`` (one unlock, for quick set-up)."""

    def add(*drafts: EntryDraft) -> list[int]:
        with Journal.unlock(journal_dir, PASSPHRASE) as journal:
            return journal.add_many(drafts)

    return add


@pytest.fixture
def add_entry(cli: Run, journal_dir: Path) -> Callable[..., int]:
    """Add an entry to ``journal_dir`` through the command line; returns its id."""

    def add(title: str, *options: str, body: str = "", kind: str = "feeling") -> int:
        result = cli(
            "--json", "add", journal_dir, "--kind", kind, "--title", title, *options, stdin=body
        )
        assert result.code == 0, result.err
        data = result.json()
        assert isinstance(data, dict)
        return int(data["id"])

    return add
