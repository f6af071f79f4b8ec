"""``--self-test``: every step runs, one line each, and nothing is left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from trustjournal import self_test
from trustjournal.self_test import STEPS, run_self_test


@pytest.fixture
def temp_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The self-test's temporary folder goes here, so that leftovers can be seen."""
    root = tmp_path / "temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_every_step_passes_and_nothing_is_left(
    qapp: object, temp_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_self_test() == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == len(STEPS) + 1
    for number, (label, _step) in enumerate(STEPS, start=1):
        assert lines[number - 1].startswith(f"self-test {number}/{len(STEPS)} {label}: ok")
    assert "one-page recovery sheet" in out
    assert lines[-1].startswith("self-test passed")
    assert err == ""
    assert list(temp_root.iterdir()) == []


def test_missing_bundled_resources_fail_with_one_plain_line(
    qapp: object,
    temp_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A frozen build whose resources were left out: the path helper looks in _MEIPASS.
    empty = tmp_path / "bundle"
    empty.mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(empty), raising=False)
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert "self-test 1/" in out and "self-test 2/" not in out
    assert err.startswith("self-test FAILED: step 2 (bundled resources) failed: ")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert list(temp_root.iterdir()) == []


def test_a_failure_with_journals_open_still_locks_and_removes_them(
    qapp: object,
    temp_root: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seen: list[object] = []

    def broken(run: object) -> str:
        seen.append(run)
        raise OSError(28, "No space left on device")

    assert STEPS[7][0] == "open the bundle"
    monkeypatch.setattr(self_test, "STEPS", (*STEPS[:7], ("open the bundle", broken)))
    assert run_self_test() == 1
    err = capsys.readouterr().err
    assert err == (
        "self-test FAILED: step 8 (open the bundle) failed: "
        "OSError: [Errno 28] No space left on device\n"
    )
    run = seen[0]
    assert run.mine is None and run.partner is None  # type: ignore[attr-defined]
    assert list(temp_root.iterdir()) == []


def _without_a_screen() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TRUSTJOURNAL_KDF"}
    }
    return env


def test_it_finds_no_screen_and_goes_offscreen_by_itself(tmp_path: Path) -> None:
    env = _without_a_screen() | {"TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "trustjournal",
            "--self-test",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform “offscreen”" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("self-test passed")
    assert list(tmp_path.iterdir()) == []
