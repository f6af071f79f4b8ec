"""The build's inputs stay consistent with the code (.ci/build builds and runs the bundle)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from trustjournal import paths

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
CI_BUILD = ROOT / ".ci" / "build"


def spec_constant(name: str) -> Any:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no {name}")


def resource_folders_used_by_the_code() -> set[str]:
    """The first argument of every ``resource("…", …)`` call in the package."""
    used: set[str] = set()
    for source in (ROOT / "trustjournal").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            first = node.args[0]
            if name == "resource" and isinstance(first, ast.Constant):
                used.add(str(first.value))
    return used


def test_every_resource_folder_the_code_reads_is_bundled() -> None:
    bundled = set(spec_constant("BUNDLED_RESOURCES"))
    used = resource_folders_used_by_the_code()
    assert {"guidance", "coach", "demo"} <= used  # the scan really finds the calls
    # Translations are compiled from .ts at build time and bundled apart.
    assert used - {"translations"} <= bundled
    for folder in bundled:
        assert (ROOT / "resources" / folder).is_dir(), folder


def test_the_spec_is_valid_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


@pytest.mark.parametrize(
    ("plugin", "kept"),
    [
        ("platforms/libqxcb.so", True),
        ("platforms/libqwayland.so", True),
        ("platforms/libqoffscreen.so", True),
        ("platforms/libqeglfs.so", False),
        ("platforms/libqvnc.so", False),
        ("imageformats/libqsvg.so", True),
        ("imageformats/libqjpeg.so", False),
        ("tls/libqopensslbackend.so", False),
        ("networkinformation/libqnetworkmanager.so", False),
        ("platformthemes/libqgtk3.so", False),
        ("printsupport/libcupsprintersupport.so", True),
    ],
)
def test_the_spec_keeps_only_the_plugins_we_use(plugin: str, kept: bool) -> None:
    patterns = spec_constant("KEEP_PLUGINS")
    assert any(Path(plugin).match(p) for p in patterns) is kept


def test_the_ci_check_allows_glibc_and_qts_system_libraries_only() -> None:
    allowed = re.search(r"^ALLOWED='(.*)'$", CI_BUILD.read_text(), re.MULTILINE)
    assert allowed is not None
    system = ["ld-linux-x86-64.so.2", "libc.so.6", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    system += ["libGL.so.1", "libwayland-egl.so.1", "libfontconfig.so.1", "libcups.so.2"]
    # Not part of Qt's basic set: these must be in the bundle, or the check fails the build.
    bundled = ["libcrypto.so.3", "libgssapi_krb5.so.2", "libglib-2.0.so.0", "libQt6Core.so.6"]
    # The same grep as the script, so that the very same pattern is tried.
    refused = subprocess.run(
        ["grep", "-Ev", allowed.group(1)],
        input="\n".join(system + bundled) + "\n",
        capture_output=True,
        text=True,
    )
    assert refused.stdout.split() == bundled


def test_the_ci_build_script_is_an_executable_bash_script() -> None:
    assert CI_BUILD.stat().st_mode & 0o111
    checked = subprocess.run(["bash", "-n", str(CI_BUILD)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_build_output_is_kept_out_of_version_control() -> None:
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "build/" in ignored and "dist/" in ignored


def test_resources_come_from_the_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert paths.resource("guidance", "en.toml") == ROOT / "resources" / "guidance" / "en.toml"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource("guidance", "en.toml") == tmp_path / "resources" / "guidance" / "en.toml"
