"""init, passwd, recover, check, and where passphrases come from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_harness import PASSPHRASE, Run, one_line

from trustjournal.cli import secrets_input
from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.errors import WrongPassphrase
from trustjournal.vault import Journal
from trustjournal.vault.database import connect
from trustjournal.vault.keyslots import open_slot, passphrase_secret, read_header

CODE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")
NEW = "a slow river at dusk"


def opens_with(folder: Path, passphrase: str) -> bool:
    try:
        Journal.unlock(folder, passphrase).lock()
    except WrongPassphrase:
        return False
    return True


# -- init -----------------------------------------------------------------------------------


def test_init_shows_the_recovery_code_once_with_advice(tmp_path: Path, cli: Run) -> None:
    folder = tmp_path / "j"
    result = cli("init", folder, "--name", "Sam", "--role", "repairing", "--since", "2026-02-01")
    assert result.code == 0
    assert result.err == ""
    codes = [line.strip() for line in result.out.splitlines() if CODE.match(line.strip())]
    assert len(codes) == 1
    assert "write it down" in result.out
    assert "safe" in result.out
    with Journal.unlock_with_recovery_code(folder, codes[0]) as journal:
        assert journal.info.name == "Sam"
        assert journal.info.role is Role.REPAIRING
        assert journal.info.since.isoformat() == "2026-02-01"
    assert opens_with(folder, PASSPHRASE)


@pytest.mark.parametrize("before", [True, False], ids=["json-first", "json-last"])
def test_init_json_has_exactly_journal_and_code(tmp_path: Path, cli: Run, before: bool) -> None:
    folder = str(tmp_path / "j")
    args = ["init", folder, "--name", "Sam", "--role", "hurt"]
    result = cli(*(["--json", *args] if before else [*args, "--json"]))
    assert result.code == 0
    data = result.json()
    assert isinstance(data, dict)
    assert set(data) == {"journal", "recovery_code"}
    assert data["journal"] == folder
    assert CODE.match(str(data["recovery_code"]))


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, cli: Run) -> None:
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    result = cli("init", folder, "--name", "Sam", "--role", "hurt")
    assert result.code == 1
    assert "not empty" in one_line(result)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--since", "2026-13-01"], "YYYY-MM-DD"),
        (["--name", "   "], "name"),
    ],
)
def test_init_bad_values_are_user_errors(
    tmp_path: Path, cli: Run, options: list[str], words: str
) -> None:
    result = cli("init", tmp_path / "j", "--name", "Sam", "--role", "hurt", *options)
    assert result.code == 1
    assert words in one_line(result)
    assert not (tmp_path / "j").exists()


def test_init_short_passphrase_is_refused(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "short")
    result = cli("init", tmp_path / "j", "--name", "Sam", "--role", "hurt")
    assert result.code == 1
    assert "at least 8" in one_line(result)
    assert not (tmp_path / "j").exists()


def test_init_unknown_role_is_a_usage_error(tmp_path: Path, cli: Run) -> None:
    result = cli("init", tmp_path / "j", "--name", "Sam", "--role", "partner")
    assert result.code == 2
    assert not (tmp_path / "j").exists()


def prompts(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Pretend a person is at the terminal and will type ``answers``; returns the prompts."""
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(secrets_input, "terminal_available", lambda: True)
    monkeypatch.setattr(secrets_input.getpass, "getpass", fake_getpass)
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")
    return asked


def test_init_asks_twice_when_prompting(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = prompts(monkeypatch, [NEW, NEW])
    result = cli("init", tmp_path / "j", "--name", "Sam", "--role", "hurt")
    assert result.code == 0, result.err
    assert len(asked) == 2
    assert opens_with(tmp_path / "j", NEW)


def test_init_mismatched_prompts_create_nothing(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts(monkeypatch, [NEW, NEW + "!"])
    result = cli("init", tmp_path / "j", "--name", "Sam", "--role", "hurt")
    assert result.code == 1
    assert "do not match" in one_line(result)
    assert not (tmp_path / "j").exists()


def test_no_passphrase_and_no_terminal_is_a_plain_error(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")
    result = cli("list", journal_dir)
    assert result.code == 1
    assert "No passphrase was given" in one_line(result)


def test_prompted_passphrase_opens_the_journal(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = prompts(monkeypatch, [PASSPHRASE])
    assert cli("list", journal_dir).code == 0
    assert asked == [f"Passphrase for {journal_dir}: "]


def test_ctrl_d_at_the_prompt_is_a_plain_error(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompts(monkeypatch, [])
    result = cli("list", journal_dir)
    assert result.code == 1
    assert "No passphrase was typed" in one_line(result)


# -- passphrase files -----------------------------------------------------------------------


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
@pytest.mark.parametrize("before", [True, False], ids=["file-first", "file-last"])
def test_passphrase_file_first_line_either_position(
    journal_dir: Path,
    tmp_path: Path,
    cli: Run,
    monkeypatch: pytest.MonkeyPatch,
    ending: str,
    before: bool,
) -> None:
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    rest = "this line is ignored\n" if ending else ""
    secret.write_bytes((PASSPHRASE + ending + rest).encode())
    option = ["--passphrase-file", str(secret)]
    result = cli(*([*option, "list", journal_dir] if before else ["list", journal_dir, *option]))
    assert result.code == 0, result.err


def test_passphrase_file_wins_over_the_variable(
    journal_dir: Path, tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert cli("list", journal_dir, "--passphrase-file", secret).code == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "There is no passphrase file"), (b"\n", "is empty"), (b"\xff\xfe\n", "UTF-8")],
)
def test_unusable_passphrase_file(
    journal_dir: Path, tmp_path: Path, cli: Run, content: bytes | None, words: str
) -> None:
    secret = tmp_path / "pass.txt"
    if content is not None:
        secret.write_bytes(content)
    result = cli("list", journal_dir, "--passphrase-file", secret)
    assert result.code == 1
    assert words in one_line(result)


def test_wrong_passphrase(journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase")
    result = cli("list", journal_dir)
    assert result.code == 1
    assert one_line(result) == WrongPassphrase.default_message


def test_not_a_journal(tmp_path: Path, cli: Run) -> None:
    (tmp_path / "plain").mkdir()
    for folder, words in [(tmp_path / "plain", "is not a"), (tmp_path / "none", "no journal")]:
        result = cli("show", folder, "1")
        assert result.code == 1
        assert words in one_line(result)


# -- passwd and recover ---------------------------------------------------------------------


def test_passwd_from_variable(journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_NEW_PASSPHRASE", NEW)
    result = cli("passwd", journal_dir)
    assert result.code == 0, result.err
    assert "changed" in result.out
    assert opens_with(journal_dir, NEW)
    assert not opens_with(journal_dir, PASSPHRASE)
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", NEW)
    assert cli("list", journal_dir).code == 0


def test_passwd_from_file_with_json(journal_dir: Path, tmp_path: Path, cli: Run) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    result = cli("passwd", journal_dir, "--new-passphrase-file", new_file, "--json")
    assert result.code == 0, result.err
    assert result.json() == {"journal": str(journal_dir), "passphrase_changed": True}
    assert opens_with(journal_dir, NEW)


def test_passwd_prompted_twice_must_match(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = prompts(monkeypatch, [PASSPHRASE, NEW, "something else"])
    result = cli("passwd", journal_dir)
    assert result.code == 1
    assert "do not match" in one_line(result)
    assert len(asked) == 3
    assert opens_with(journal_dir, PASSPHRASE)


def test_passwd_prompted(journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts(monkeypatch, [PASSPHRASE, NEW, NEW])
    assert cli("passwd", journal_dir).code == 0
    assert opens_with(journal_dir, NEW)


def test_passwd_needs_the_current_passphrase(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_PASSPHRASE", "not the passphrase")
    monkeypatch.setenv("TRUSTJOURNAL_NEW_PASSPHRASE", NEW)
    assert cli("passwd", journal_dir).code == 1
    assert not opens_with(journal_dir, NEW)


def test_passwd_without_a_new_passphrase(journal_dir: Path, cli: Run) -> None:
    result = cli("passwd", journal_dir)
    assert result.code == 1
    assert "TRUSTJOURNAL_NEW_PASSPHRASE" in one_line(result)


def test_recover_sets_a_new_passphrase(
    tmp_path: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "j"
    made = cli("--json", "init", folder, "--name", "Sam", "--role", "hurt")
    data = made.json()
    assert isinstance(data, dict)
    code = str(data["recovery_code"])
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE")  # the passphrase is forgotten
    monkeypatch.setenv("TRUSTJOURNAL_NEW_PASSPHRASE", NEW)
    result = cli("recover", folder, "--recovery-code", code.lower().replace("-", " "))
    assert result.code == 0, result.err
    assert opens_with(folder, NEW)
    assert not opens_with(folder, PASSPHRASE)
    Journal.unlock_with_recovery_code(folder, code).lock()  # the code still works


def test_recover_with_a_wrong_code(
    journal_dir: Path, cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_NEW_PASSPHRASE", NEW)
    result = cli("recover", journal_dir, "--recovery-code", "0000-0000-0000-0000")
    assert result.code == 1
    assert "recovery code" in one_line(result)
    assert opens_with(journal_dir, PASSPHRASE)


# -- check ----------------------------------------------------------------------------------


def test_check_healthy(journal_dir: Path, cli: Run) -> None:
    result = cli("check", journal_dir)
    assert (result.code, result.out, result.err) == (0, "The journal is healthy.\n", "")
    assert cli("check", journal_dir, "--json").json() == {"healthy": True, "problems": []}


def break_search_index(folder: Path) -> None:
    """Change an entry's text behind the search index's back (a real, detectable fault)."""
    key = open_slot(read_header(folder), "passphrase", passphrase_secret(PASSPHRASE))
    assert key is not None
    conn = connect(folder / "journal.db", bytes(key))
    try:
        conn.execute("DROP TRIGGER entries_fts_update")
        conn.execute("UPDATE entries SET body = 'other words entirely'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_check_lists_problems(journal_dir: Path, cli: Run) -> None:
    assert cli("add", journal_dir, "--kind", "need", "--title", "Rest", stdin="sleep").code == 0
    break_search_index(journal_dir)
    result = cli("check", journal_dir)
    assert result.code == 1
    assert "search index" in result.out
    assert "1 problem" in one_line(result)
    data = cli("--json", "check", journal_dir).json()
    assert isinstance(data, dict)
    assert data["healthy"] is False
    assert data["problems"] == ["the search index does not match the entries"]


def flip_page_byte(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[page * 4096 + 200] ^= 1
    path.write_bytes(bytes(data))


def test_check_lists_a_damaged_page(journal_dir: Path, cli: Run) -> None:
    with Journal.unlock(journal_dir, PASSPHRASE) as journal:
        journal.add_many(
            [EntryDraft(kind=Kind.FEELING, title=f"t{i}", body="word " * 200) for i in range(40)]
        )
    database = journal_dir / "journal.db"
    flip_page_byte(database, database.stat().st_size // 4096 - 2)
    result = cli("check", journal_dir)
    assert result.code == 1
    assert "HMAC" in result.out  # the page that failed is named, not a generic message
