"""Shared test set-up: Qt offscreen, fast (floor) key derivation, real journals."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

# Qt must never look for a screen, and key derivation uses the design's floor cost
# (64 MiB, 3 passes, 4 lanes) so the suite stays fast; the default is tested separately.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TRUSTJOURNAL_KDF"] = "floor"

import pytest

from trustjournal.domain import Role
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"


@pytest.fixture(autouse=True)
def _keep_default_locale() -> Iterator[None]:
    """Tests that switch the app's language must not change how later tests format dates."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
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
