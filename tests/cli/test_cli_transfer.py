"""backup, restore, export and import through the command line."""

from __future__ import annotations

import datetime as dt
import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_harness import PASSPHRASE, Run, entries_in, one_line

from trustjournal.domain import EntryDraft, Kind
from trustjournal.vault import Journal

Seed = Callable[..., list[int]]
EDITABLE = ("kind", "title", "body", "date", "mood", "emotions", "tags", "session", "due")


@pytest.fixture
def two(seed: Seed) -> list[int]:
    late = EntryDraft(
        Kind.TRIGGER,
        "Late message",
        "My chest tightened.\n\n# not a heading",
        dt.date(2026, 2, 9),
        mood=2,
        emotions=("afraid",),
        tags=("phone", "night"),
        session=True,
    )
    called = EntryDraft(
        Kind.NOTICED_CHANGE, "He called", "He called when he said he would.", dt.date(2026, 2, 1)
    )
    return seed(late, called)


# -- backup and restore ---------------------------------------------------------------------


def test_backup_and_restore(journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]) -> None:
    backup = tmp_path / "alex.tjbackup"
    made = cli("backup", journal_dir, backup)
    assert made.code == 0, made.err
    assert "Saved a backup" in made.out
    restored = tmp_path / "restored"
    result = cli("restore", backup, restored)
    assert result.code == 0, result.err
    assert "Restored the journal" in result.out
    assert entries_in(restored) == entries_in(journal_dir)
    assert cli("check", restored).code == 0


def test_backup_and_restore_json_and_recovery_code(tmp_path: Path, cli: Run) -> None:
    folder = tmp_path / "j"
    made = cli("--json", "init", folder, "--name", "Sam", "--role", "hurt").json()
    assert isinstance(made, dict)
    backup = tmp_path / "b.tjbackup"
    data = cli("backup", folder, backup, "--json").json()
    assert isinstance(data, dict)
    assert data["backup"] == str(backup)
    assert data["bytes"] == backup.stat().st_size
    restored = tmp_path / "restored"
    result = cli(
        "restore", backup, restored, "--recovery-code", str(made["recovery_code"]), "--json"
    )
    assert result.code == 0, result.err
    assert result.json() == {"journal": str(restored)}
    Journal.unlock(restored, PASSPHRASE).lock()


def test_restore_refuses_an_existing_journal(
    journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    backup = tmp_path / "b.tjbackup"
    assert cli("backup", journal_dir, backup).code == 0
    assert cli("delete", journal_dir, "1").code == 0
    before = sorted((p.name, p.stat().st_size) for p in journal_dir.iterdir())
    result = cli("restore", backup, journal_dir)
    assert result.code == 1
    assert "already exists" in one_line(result)
    assert sorted((p.name, p.stat().st_size) for p in journal_dir.iterdir()) == before
    assert [e["id"] for e in entries_in(journal_dir)] == [2]


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path, cli: Run) -> None:
    fake = tmp_path / "fake.tjbackup"
    fake.write_text("hello")
    for source, words in [(fake, "not a Trust Journal backup"), (tmp_path / "x", "no backup")]:
        result = cli("restore", source, tmp_path / "restored")
        assert result.code == 1
        assert words in one_line(result)
    assert not (tmp_path / "restored").exists()


def test_restore_with_a_wrong_passphrase(
    journal_dir: Path, tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "b.tjbackup"
    assert cli("backup", journal_dir, backup).code == 0
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase")
    result = cli("restore", backup, tmp_path / "restored")
    assert result.code == 1
    assert "passphrase" in one_line(result)
    assert not (tmp_path / "restored").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_backup_into_a_folder_is_refused(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    result = cli("backup", journal_dir, tmp_path)
    assert result.code == 1
    assert "is a folder" in one_line(result)


# -- export ---------------------------------------------------------------------------------


def test_export_json_is_private_and_reminds(
    journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    out = tmp_path / "export.json"
    result = cli("export", journal_dir, "--format", "json", "--out", out)
    assert result.code == 0, result.err
    assert result.out == f"Exported 2 entries to {out}.\n"
    assert "not encrypted" in one_line(result)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "trustjournal-json"
    assert document["journal"] == {"name": "Alex", "role": "hurt", "since": "2026-01-15"}
    assert [e["title"] for e in document["entries"]] == ["He called", "Late message"]  # by date
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, journal_dir.name])


def test_export_markdown(journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]) -> None:
    out = tmp_path / "export.md"
    result = cli("--json", "export", journal_dir, "--format", "markdown", "--out", out)
    assert result.code == 0, result.err
    assert result.json() == {"exported": 2, "file": str(out)}
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Alex")
    assert "## Late message" in text
    assert "\\# not a heading" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_never_replaces_a_file_without_force(
    journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    out = tmp_path / "keep.md"
    out.write_text("my own notes")
    result = cli("export", journal_dir, "--format", "markdown", "--out", out)
    assert result.code == 1
    assert "--force" in one_line(result)
    assert out.read_text() == "my own notes"
    forced = cli("export", journal_dir, "--format", "markdown", "--out", out, "--force")
    assert forced.code == 0, forced.err
    assert out.read_text(encoding="utf-8").startswith("# Alex")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_export_to_a_missing_folder(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    result = cli("export", journal_dir, "--format", "json", "--out", tmp_path / "no" / "x.json")
    assert result.code == 1
    assert "could not be written" in one_line(result)


def test_export_needs_format_and_out(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    assert cli("export", journal_dir, "--out", tmp_path / "x").code == 2
    assert cli("export", journal_dir, "--format", "json").code == 2
    assert cli("export", journal_dir, "--format", "pdf", "--out", tmp_path / "x").code == 2


# -- import ---------------------------------------------------------------------------------


def test_export_then_import_into_another_journal(
    journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    out = tmp_path / "export.json"
    assert cli("export", journal_dir, "--format", "json", "--out", out).code == 0
    other = tmp_path / "other"
    assert cli("init", other, "--name", "Alex again", "--role", "hurt").code == 0
    result = cli("import", other, out, "--format", "trustjournal-json", "--json")
    assert result.code == 0, result.err
    assert result.json() == {"imported": 2}

    def editable(folder: Path) -> list[tuple[object, ...]]:
        return sorted(tuple(e[k] for k in EDITABLE) for e in entries_in(folder))

    assert editable(other) == editable(journal_dir)


JRNL = {
    "tags": {"@walks": 1},
    "entries": [
        {
            "title": "Morning walk",
            "body": "We walked together.\n",
            "date": "2025-12-01",
            "time": "08:10",
            "tags": ["@walks"],
            "starred": True,
        },
        {"title": "", "body": "Quiet day.\nNothing much.", "date": "2025-12-02", "tags": []},
    ],
}

DAYONE = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "A1",
            "creationDate": "2025-11-30T23:30:00Z",
            "timeZone": "Europe/Berlin",
            "text": "# Counselling thoughts\n\nWhat I want to say \\- gently.",
            "tags": ["counselling"],
            "starred": False,
        }
    ],
}


def test_import_jrnl(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL))
    result = cli("import", journal_dir, source, "--format", "jrnl-json")
    assert (result.code, result.out) == (0, "Imported 2 entries.\n"), result.err
    first, second = entries_in(journal_dir)
    assert (first["title"], first["tags"], first["session"], first["date"]) == (
        "Morning walk",
        ["walks"],
        True,
        "2025-12-01",
    )
    assert first["kind"] == "reflection"
    assert second["title"] == "Quiet day."


def test_import_dayone(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    source = tmp_path / "Journal.json"
    source.write_text(json.dumps(DAYONE))
    result = cli("--json", "import", journal_dir, source, "--format", "dayone-json")
    assert result.code == 0, result.err
    assert result.json() == {"imported": 1}
    [entry] = entries_in(journal_dir)
    assert entry["title"] == "Counselling thoughts"
    assert entry["body"] == "What I want to say - gently."
    assert entry["date"] == "2025-12-01"  # midnight had passed in Berlin
    assert entry["tags"] == ["counselling"]


def test_import_is_all_or_nothing(
    journal_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    broken = json.loads(json.dumps(JRNL))
    broken["entries"].append({"title": "Bad", "body": "", "date": "someday"})
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(broken))
    result = cli("import", journal_dir, source, "--format", "jrnl-json")
    assert result.code == 1
    assert "Entry 3" in one_line(result)
    assert "nothing was imported" in one_line(result)
    assert len(entries_in(journal_dir)) == 2


def test_import_refuses_kinds_of_the_other_role(
    journal_dir: Path, repairing_dir: Path, tmp_path: Path, cli: Run, two: list[int]
) -> None:
    out = tmp_path / "export.json"
    assert cli("export", journal_dir, "--format", "json", "--out", out).code == 0
    result = cli("import", repairing_dir, out, "--format", "trustjournal-json")
    assert result.code == 1
    assert "partner who is repairing trust" in one_line(result)
    assert one_line(result).endswith("Nothing was imported.")
    assert entries_in(repairing_dir) == []


@pytest.mark.parametrize(
    ("content", "fmt", "words"),
    [
        (None, "jrnl-json", "There is no file to import"),
        (b"", "jrnl-json", "empty"),
        (b"{not json", "jrnl-json", "not valid JSON"),
        (json.dumps(DAYONE).encode(), "jrnl-json", "looks like a Day One export"),
    ],
)
def test_import_refused_files(
    journal_dir: Path, tmp_path: Path, cli: Run, content: bytes | None, fmt: str, words: str
) -> None:
    source = tmp_path / "in.json"
    if content is not None:
        source.write_bytes(content)
    result = cli("import", journal_dir, source, "--format", fmt)
    assert result.code == 1
    assert words in one_line(result)
    assert entries_in(journal_dir) == []


def test_import_unknown_format_is_a_usage_error(
    journal_dir: Path, tmp_path: Path, cli: Run
) -> None:
    source = tmp_path / "in.json"
    source.write_text("{}")
    assert cli("import", journal_dir, source, "--format", "evernote").code == 2
