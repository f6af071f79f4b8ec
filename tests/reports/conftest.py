"""Real journals for the counselling-summary tests, and reading the PDFs they make.

Sam (repairing) and Alex (hurt) are made once per session, paired, and Sam shares one
entry with Alex through a real sealed bundle; each test gets fresh copies. PDFs are
read back with ``pdftotext`` (poppler-utils), as a person's PDF reader would see them.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from summary_checks import PASSPHRASE, SHARED_BODY, SHARED_TITLE, SINCE

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.services import sharing
from trustjournal.vault import Journal


@pytest.fixture(autouse=True)
def _qt(qapp: object) -> None:
    """Fonts and drawing need a Qt application."""


@pytest.fixture(scope="session")
def couple_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("summary-couple")
    sam, _ = Journal.create(
        base / "sam", name="Sam", role=Role.REPAIRING, since=SINCE, passphrase=PASSPHRASE
    )
    alex, _ = Journal.create(
        base / "alex", name="Alex", role=Role.HURT, since=SINCE, passphrase=PASSPHRASE
    )
    try:
        number = sharing.safety_number_with(sam, sharing.my_card(alex))
        sharing.pair(sam, sharing.my_card(alex), number)
        sharing.pair(alex, sharing.my_card(sam), number)
        shared = sam.add(
            EntryDraft(Kind.TRANSPARENCY, SHARED_TITLE, SHARED_BODY, dt.date(2026, 3, 9), mood=4)
        )
        bundle = base / "walk.tjshare"
        sharing.share(sam, [shared.id], bundle)
        sharing.open_bundle(alex, bundle)
        bundle.unlink()
    finally:
        sam.lock()
        alex.lock()
    return {"sam": base / "sam", "alex": base / "alex"}


@pytest.fixture
def open_copy(
    tmp_path: Path, couple_templates: dict[str, Path]
) -> Iterator[Callable[[str], Journal]]:
    """``open_copy("alex")``: a fresh, unlocked copy of Alex's (or Sam's) journal."""
    opened: list[Journal] = []

    def copy(key: str) -> Journal:
        folder = tmp_path / key
        shutil.copytree(couple_templates[key], folder)
        journal = Journal.unlock(folder, PASSPHRASE)
        opened.append(journal)
        return journal

    yield copy
    for journal in opened:
        journal.lock()


@pytest.fixture
def alex(open_copy: Callable[[str], Journal]) -> Journal:
    """The hurt partner's journal, with one entry Sam shared."""
    return open_copy("alex")


@pytest.fixture
def sam(open_copy: Callable[[str], Journal]) -> Journal:
    """The repairing partner's journal (one transparency entry of 9 March)."""
    return open_copy("sam")
