"""Hardening at start (Linux): no core dumps, and the process is not dumpable.

The real checks run in a fresh interpreter: the flags cannot be turned back on once
set, and this test process must stay as it was.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from typing import Any

import pytest

from trustjournal import hardening

PROBE = """
import ctypes, json, resource, sys

def dumpable():
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(3, ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0),
                      ctypes.c_ulong(0))  # PR_GET_DUMPABLE

# Allow some core dumps first, so that turning them off is a change that can be seen.
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (min(1 << 20, hard) if hard >= 0 else 1 << 20, hard))
before = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
{action}
after = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
print(json.dumps({"before": before, "after": after}))
"""


def probe(action: str) -> dict[str, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.replace("{action}", action)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_a_fresh_process_is_dumpable_before_hardening() -> None:
    # The baseline the other tests rely on (a new program always starts dumpable).
    assert probe("pass")["after"]["dumpable"] == 1


def test_hardening_turns_core_dumps_off_for_good_and_makes_the_process_undumpable() -> None:
    seen = probe("from trustjournal.hardening import harden_process; harden_process()")
    assert seen["before"]["dumpable"] == 1
    if seen["before"]["core"][1] != 0:
        # Core dumps were allowed (unless something earlier in this test run turned them
        # off for good in this very process, which its children then inherit).
        assert seen["before"]["core"][0] > 0
    assert seen["after"]["core"] == [0, 0]  # the hard limit too: nothing can raise it again
    assert seen["after"]["dumpable"] == 0


def test_hardening_asks_for_no_core_dumps_soft_and_hard(monkeypatch: pytest.MonkeyPatch) -> None:
    # Seen from inside, with both system calls recorded instead of made: this test
    # process keeps its own settings.
    asked: list[tuple[object, ...]] = []

    def prctl(option: int, value: int = 0) -> int:
        asked.append(("prctl", option, value))
        return 0

    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: asked.append((which, limits)))
    monkeypatch.setattr(hardening, "_prctl", prctl)
    hardening.harden_process()
    assert asked == [(resource.RLIMIT_CORE, (0, 0)), ("prctl", 4, 0)]  # 4: PR_SET_DUMPABLE


def test_hardening_twice_is_harmless() -> None:
    seen = probe(
        "from trustjournal.hardening import harden_process\nharden_process()\nharden_process()"
    )
    assert seen["after"] == {"core": [0, 0], "dumpable": 0}


def test_is_dumpable_reports_the_flag() -> None:
    seen = probe(
        "from trustjournal.hardening import harden_process, is_dumpable\n"
        "assert is_dumpable() is True\n"
        "harden_process()\n"
        "assert is_dumpable() is False"
    )
    assert seen["after"]["dumpable"] == 0


def test_the_command_line_hardens_itself_before_anything_else() -> None:
    seen = probe(
        "import contextlib, io\n"
        "from trustjournal.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--version'])"
    )
    assert seen["after"] == {"core": [0, 0], "dumpable": 0}
