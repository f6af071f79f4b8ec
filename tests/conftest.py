"""Shared test set-up: Qt offscreen, fast (floor) key derivation, real journals."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

# Qt must never look for a screen, and key derivation uses the design's floor cost
# (64 MiB, 3 passes, 4 lanes) so the suite stays fast; the default is tested separately.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TRUSTJOURNAL_KDF"] = "floor"
# The app follows the desktop's language; tests read English words whatever the
# developer's desktop speaks, and compiled translations go to a throwaway folder.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
os.environ["TRUSTJOURNAL_CACHE_DIR"] = tempfile.mkdtemp(prefix="trustjournal-test-cache-")

import pytest

from trustjournal.domain import Role
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"


@pytest.fixture(scope="session", autouse=True)
def _english(qapp) -> None:
    """As the app does at start: English, whose catalogue holds its plural forms."""
    from PySide6.QtCore import QLocale

    from trustjournal.i18n import install_language

    install_language("en")
    # Dates and numbers as the C locale writes them, the same on every machine.
    QLocale.setDefault(QLocale.system())


@pytest.fixture(autouse=True)
def _keep_default_locale() -> Iterator[None]:
    """Tests that switch the app's language must not change later tests' words or dates."""
    from PySide6.QtCore import QLocale

    from trustjournal import i18n

    before = QLocale()
    yield
    if i18n.current_language() != "en":
        i18n.install_language("en")
    QLocale.setDefault(before)


@pytest.fixture
def make_journal(tmp_path: Path) -> Iterator[Callable[..., tuple[Journal, str]]]:
    """Create real journals in ``tmp_path``; every one is locked at the end of the test."""
    opened: list[Journal] = []

    def make(
        name: str = "journal",
        *,
        role: Role = Role.HURT,
        passphrase: str = PASSPHRASE,
        since: dt.date = dt.date(2026, 1, 15),
    ) -> tuple[Journal, str]:
        journal, code = Journal.create(
            tmp_path / name, name="Alex", role=role, since=since, passphrase=passphrase
        )
        opened.append(journal)
        return journal, code

    yield make
    for journal in opened:
        journal.lock()


@pytest.fixture
def journal(make_journal: Callable[..., tuple[Journal, str]]) -> Journal:
    """One unlocked journal of the hurt partner."""
    return make_journal()[0]
