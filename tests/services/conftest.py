"""Two real journals that share with each other, and a third that is nobody's partner.

Creating a journal is slow (key derivation), copying a folder is not: the journals are
made once per session — Sam (repairing, the author in most tests) and Alex (hurt, the
reader) already paired through their safety number, and Robin, a stranger — and copied
into each test's own folder. Every copy is unlocked, and locked again at the end.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sharing_helpers import PASSPHRASE, Couple

from trustjournal.domain import Role
from trustjournal.services import sharing
from trustjournal.vault import Journal


@pytest.fixture(scope="session")
def couple_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("couple")
    made: dict[str, Path] = {}
    journals: dict[str, Journal] = {}
    for key, name, role in [
        ("sam", "Sam", Role.REPAIRING),
        ("alex", "Alex", Role.HURT),
        ("robin", "Robin", Role.HURT),
    ]:
        journal, _ = Journal.create(
            base / key, name=name, role=role, since=dt.date(2026, 1, 15), passphrase=PASSPHRASE
        )
        journals[key] = journal
        made[key] = base / key
    sam, alex = journals["sam"], journals["alex"]
    number = sharing.safety_number_with(sam, sharing.my_card(alex))
    sharing.pair(sam, sharing.my_card(alex), number)
    sharing.pair(alex, sharing.my_card(sam), number)
    for journal in journals.values():
        journal.lock()
    return made


@pytest.fixture
def open_copy(
    tmp_path: Path, couple_templates: dict[str, Path]
) -> Iterator[Callable[[str], Journal]]:
    """``open_copy("robin")``: a fresh, unlocked copy of one of the template journals."""
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
def couple(tmp_path: Path, open_copy: Callable[[str], Journal]) -> Couple:
    (tmp_path / "out").mkdir()
    return Couple(sam=open_copy("sam"), alex=open_copy("alex"), folder=tmp_path)


@pytest.fixture
def robin(open_copy: Callable[[str], Journal]) -> Journal:
    """A journal paired with nobody."""
    return open_copy("robin")
