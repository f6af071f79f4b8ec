"""A journal written by every earlier schema version opens, migrates and keeps its words."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from trustjournal.domain import EntryDraft, Kind, Repeat, Role
from trustjournal.vault import Journal, schema
from trustjournal.vault.health import integrity_problems

PASSPHRASE = "a quiet morning walk"


def _journal_at(version: int, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Create a journal whose database stops at ``version``, with two entries."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:version])
        patch.setattr(schema, "LATEST", version)
        journal, _code = Journal.create(
            folder,
            name="Sam",
            role=Role.REPAIRING,
            since=dt.date(2026, 1, 5),
            passphrase=PASSPHRASE,
        )
        with journal, journal.write() as conn:
            # Rows as the first version wrote them (today's code would write newer columns).
            conn.executemany(
                "INSERT INTO entries (kind, title, body, entry_date, created_at, updated_at, due)"
                " VALUES (?, ?, ?, ?, '2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z', ?)",
                [
                    ("promise", "Call when I'm late", "Every time.", "2026-02-01", "2026-02-08"),
                    ("accountability", "What I did", "I lied.", "2026-02-02", None),
                ],
            )
        with Journal.unlock(folder, PASSPHRASE) as journal:
            assert journal.read(schema.version) == version


@pytest.mark.parametrize("version", range(1, schema.LATEST))
def test_an_older_journal_migrates_and_keeps_every_entry(
    version: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old"
    _journal_at(version, folder, monkeypatch)
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert journal.read(schema.version) == schema.LATEST
        titles = sorted(e.title for e in journal.entries())
        assert titles == ["Call when I'm late", "What I did"]
        assert journal.search("lied")[0].entry.title == "What I did"
        assert journal.read(integrity_problems) == []
        # What the newer versions added works on the migrated journal.
        promise = next(e for e in journal.entries() if e.kind is Kind.PROMISE)
        assert promise.repeat is None
        weekly = dataclasses.replace(promise.draft(), repeat=Repeat.WEEKLY)
        again = journal.update(promise.id, weekly)
        assert again.repeat is Repeat.WEEKLY
    with Journal.unlock(folder, PASSPHRASE) as journal:
        assert journal.get(again.id).repeat is Repeat.WEEKLY


def test_repeat_is_stored_and_read_back(
    make_journal: Callable[..., tuple[Journal, str]],
) -> None:
    journal, _code = make_journal(role=Role.REPAIRING)
    entry = journal.add(
        EntryDraft(Kind.PROMISE, "Walk together", date=dt.date(2026, 3, 1), repeat=Repeat.DAILY)
    )
    assert journal.get(entry.id).repeat is Repeat.DAILY
    assert entry.to_json()["repeat"] == "daily"
