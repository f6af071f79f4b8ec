"""Checked contracts from DESIGN §3: which packages may load Qt and sqlcipher3.

Each check imports packages in a fresh interpreter and inspects ``sys.modules``, so
nothing this test process already imported can hide or fake a dependency.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

CORE = [
    "trustjournal.errors",
    "trustjournal.private_files",
    "trustjournal.domain",
    "trustjournal.domain.passphrase",
    "trustjournal.domain.guidance",
    "trustjournal.domain.timeline",
    "trustjournal.domain.self_check",
    "trustjournal.domain.coach",
    "trustjournal.domain.coach_rules",
    "trustjournal.domain.coach_text",
    "trustjournal.domain.coach_scan",
    "trustjournal.domain.trends",
    "trustjournal.domain.promises",
    "trustjournal.vault",
    "trustjournal.vault.stats",
    "trustjournal.vault.self_check_store",
    "trustjournal.reports.summary",
    "trustjournal.reports.session_note",
    "trustjournal.reports.last_session",
    "trustjournal.demo",
    "trustjournal.cli",
    "trustjournal.sharing",
    "trustjournal.sharing.bundle",
    "trustjournal.sharing.mailbox",
    "trustjournal.sharing.safety_number",
    "trustjournal.services",
    "trustjournal.services.sharing",
]
# Keys, cards and bundles: pure code, no database and no Qt (DESIGN §5).
SHARING = [
    "trustjournal.sharing",
    "trustjournal.sharing.bundle",
    "trustjournal.sharing.mailbox",
    "trustjournal.sharing.safety_number",
]
INTERCHANGE = "trustjournal.domain.interchange"


def loaded_after_importing(*modules: str) -> set[str]:
    """The names in ``sys.modules`` of a new interpreter after importing ``modules``."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    names = json.loads(result.stdout)
    assert set(modules) <= set(names)
    return set(names)


def optional(name: str) -> list[str]:
    return [name] if importlib.util.find_spec(name) is not None else []


def qt_modules(names: set[str]) -> list[str]:
    return sorted(n for n in names if n == "PySide6" or n.startswith(("PySide6.", "shiboken")))


def test_core_packages_load_no_qt() -> None:
    names = loaded_after_importing(*CORE, *optional(INTERCHANGE))
    assert qt_modules(names) == []
    # The vault really is the part that brings in the database library.
    assert "sqlcipher3" in names


@pytest.mark.parametrize(
    "modules",
    [
        ["trustjournal.domain"],
        ["trustjournal.errors"],
        ["trustjournal.domain", "trustjournal.errors", *optional(INTERCHANGE)],
        [
            "trustjournal.domain.guidance",
            "trustjournal.domain.timeline",
            "trustjournal.domain.self_check",
            "trustjournal.domain.coach",
            "trustjournal.domain.trends",
            "trustjournal.domain.promises",
        ],
    ],
    ids=lambda modules: "+".join(m.rsplit(".", 1)[-1] for m in modules),
)
def test_domain_loads_neither_the_database_library_nor_qt(modules: list[str]) -> None:
    names = loaded_after_importing(*modules)
    assert sorted(n for n in names if n.split(".")[0] == "sqlcipher3") == []
    assert qt_modules(names) == []
    # The domain does no I/O of its own, so it has no reason to load the vault either.
    assert sorted(n for n in names if n.startswith("trustjournal.vault")) == []


def test_sharing_loads_neither_the_database_library_nor_qt() -> None:
    names = loaded_after_importing(*SHARING)
    assert sorted(n for n in names if n.split(".")[0] == "sqlcipher3") == []
    assert qt_modules(names) == []
    assert sorted(n for n in names if n.startswith("trustjournal.vault")) == []


def test_reports_load_no_widgets() -> None:
    """The report layer draws with QtGui alone, so it also runs without a window system."""
    names = loaded_after_importing(
        "trustjournal.reports.recovery_sheet",
        "trustjournal.reports.trend_painting",
        "trustjournal.reports.trend_text",
        "trustjournal.reports.summary_pdf",
        "trustjournal.reports.summary_pages",
    )
    assert "PySide6.QtGui" in names
    assert "PySide6.QtWidgets" not in names
    assert "PySide6.QtPrintSupport" not in names
