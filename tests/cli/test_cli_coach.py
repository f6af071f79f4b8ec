"""``trustjournal-cli coach``: the accountability coach on standard input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from cli_harness import Run, one_line

from trustjournal.domain.coach import check

KEYS = {"category", "start", "end", "message", "suggestion"}
DEFLECTING = "I'm sorry, but you were never home.\nIt was only a few texts."
ACCOUNTABLE = "I'm sorry I lied — you have every right to be hurt."


def test_json_lists_each_finding_with_code_point_spans(cli: Run) -> None:
    result = cli("coach", "--json", stdin=DEFLECTING)
    assert result.code == 0, result.err
    found = result.json()
    assert isinstance(found, list) and found
    assert all(set(item) == KEYS for item in found)
    marked = [(item["category"], DEFLECTING[item["start"] : item["end"]]) for item in found]
    assert ("undoing_but", "but") in marked
    assert ("minimising", "It was only a few texts") in marked
    assert [item["start"] for item in found] == sorted(item["start"] for item in found)
    assert result.err == ""


def test_json_gives_an_empty_list_for_accountable_text(cli: Run) -> None:
    result = cli("coach", "--json", stdin=ACCOUNTABLE)
    assert (result.code, result.json(), result.err) == (0, [], "")
    # --json before the command works too, as for every command.
    assert cli("--json", "coach", stdin=ACCOUNTABLE).json() == []


def test_spans_count_code_points_not_bytes_or_utf16_units(cli: Run) -> None:
    text = "🙏🏽 Ça m’a pris du temps 💔\nI’m sorry you feel that way."
    found = cli("coach", "--json", stdin=text).json()
    assert isinstance(found, list)
    assert [text[item["start"] : item["end"]] for item in found] == ["sorry you feel"]
    assert found == [f.to_json() for f in check(text)]


def test_plain_output_names_the_words_the_reason_and_an_alternative(cli: Run) -> None:
    result = cli("coach", stdin=DEFLECTING)
    assert result.code == 0 and result.err == ""
    out = result.out
    assert out.startswith("Some wording you might look at again.")
    assert "“but” (line 1) — An apology undone by “but”" in out
    assert "“It was only a few texts” (line 2) — Making it sound smaller" in out
    for finding in check(DEFLECTING):
        assert f"Why: {finding.message}" in out
        assert f"Try: {finding.suggestion}" in out


def test_plain_output_for_accountable_or_empty_text_is_one_kind_line(cli: Run) -> None:
    for text in (ACCOUNTABLE, "", "   \n"):
        result = cli("coach", stdin=text)
        assert result.code == 0
        assert result.out == "No wording to look at again — this reads as accountable.\n"


def test_no_journal_and_no_passphrase_are_needed(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUSTJOURNAL_PASSPHRASE", raising=False)
    result = cli("coach", "--json", stdin="Just get over it.")
    assert result.code == 0, result.err
    assert [item["category"] for item in result.json()] == ["pressure_to_move_on"]


def test_marked_words_are_shown_without_control_characters(cli: Run) -> None:
    result = cli("coach", stdin="Nothing\x1b[31m happened.")
    assert "\x1b" not in result.out


def test_text_that_is_not_utf8_is_refused_in_one_plain_line(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.TextIOWrapper(io.BytesIO(b"I already apologised \xff\xfe"), encoding="utf-8")
    result = cli("coach", "--json", stdin=raw)
    assert result.code == 1
    assert one_line(result) == (
        "The text given on standard input is not UTF-8 text, so it was not checked."
    )
    assert result.out == ""


def test_help_explains_the_json_and_its_indices(cli: Run) -> None:
    result = cli("coach", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())
    assert "Unicode code points, as Python string indices do, not bytes" in text
    assert '{"category", "start", "end", "message", "suggestion"}' in text
    assert "coach" in cli("--help").out


def test_a_real_process_reads_utf8_bytes_whatever_the_locale() -> None:
    text = "I’ve already apologised 🙏 — how many times do I have to say it?"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRUSTJOURNAL_", "LC_"))}
    env.update(LC_ALL="C", LANG="C", PYTHONIOENCODING="", PYTHONUTF8="0")
    done = subprocess.run(
        [sys.executable, "-m", "trustjournal.cli", "coach", "--json"],
        input=text.encode("utf-8"),
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [item["category"] for item in found] == ["already_apologised", "already_apologised"]
    first = found[0]
    assert text[first["start"] : first["end"]] == "I’ve already apologised"


def test_language_es_reads_spanish_and_answers_in_spanish(cli: Run) -> None:
    text = "Lo siento, pero tú tampoco estabas nunca en casa."
    assert cli("coach", "--json", stdin=text).json() == []  # English rules by default
    found = cli("coach", "--json", "--language", "es", stdin=text).json()
    assert found and "undoing_but" in {item["category"] for item in found}
    spoken = cli("coach", "--language", "es", stdin=text)
    assert spoken.code == 0 and "pero" in spoken.out
    refused = cli("coach", "--language", "klingon", stdin=text)
    assert refused.code == 2 and "Traceback" not in refused.err
