"""What the command-line tests share: the test passphrase, results, fake terminals."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from pathlib import Path

from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"
ENTRY_KEYS = {
    "id",
    "kind",
    "title",
    "body",
    "date",
    "created_at",
    "updated_at",
    "mood",
    "emotions",
    "tags",
    "session",
    "due",
    "outcome",
    "repeat",
}


class TerminalInput(io.StringIO):
    """Standard input that says it is a terminal (a person typing)."""

    def isatty(self) -> bool:
        return True


class TerminalOutput(io.StringIO):
    """Standard output that says it is a terminal."""

    encoding = "utf-8"

    def isatty(self) -> bool:
        return True


@dataclasses.dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Run = Callable[..., Result]


def one_line(result: Result) -> str:
    """The single line a failed command printed on standard error."""
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    return result.err_lines[0]


def entries_in(folder: Path, passphrase: str = PASSPHRASE) -> list[dict[str, object]]:
    """Every entry of the journal at ``folder``, read directly, as ``--json`` shows them."""
    with Journal.unlock(folder, passphrase) as journal:
        return [e.to_json() for e in journal.iter_all()]
