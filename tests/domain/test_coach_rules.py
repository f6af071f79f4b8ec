"""The coach's rules: the data file's checks, loading, and the quick pre-check.

The pre-check (``coach_rules.needed_text``, ``coach_rules.reach`` and
``coach_scan.Stretches``) only makes the coach faster: these tests show it never changes
what is found, whether a long text is read block by block or paragraph by paragraph.
The checks of a rules file run for every language in resources/coach/, each on its own
corpus.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal import paths
from trustjournal.domain import coach, coach_text
from trustjournal.domain.coach import Coach, CoachDataInvalid, Finding, check, load_coach
from trustjournal.domain.coach_rules import needed_text, reach
from trustjournal.domain.coach_scan import BLOCK, SPACE_CAP, WORD_CAP

CORPUS = Path(__file__).with_name("coach_corpus.toml")
# Every rules file, and the corpus its checks read (a new language adds its own).
LANGUAGES = sorted(path.stem for path in paths.resource("coach").glob("*.toml"))
CORPORA = {"en": CORPUS, "es": Path(__file__).with_name("coach_dev_es.toml")}
REQUIRED = {
    "conditional_apology",
    "feelings_blaming",
    "minimising",
    "blaming_partner",
    "pressure_to_move_on",
    "already_apologised",
    "undoing_but",
}


def statements(language: str = "en") -> list[dict[str, Any]]:
    return list(tomllib.loads(CORPORA[language].read_text(encoding="utf-8"))["statement"])


def test_every_rules_file_has_a_corpus() -> None:
    assert {"en", "es"} <= set(LANGUAGES)
    assert set(LANGUAGES) <= set(CORPORA)


# -- the quick pre-check -------------------------------------------------------------------------


def without_pre_check(language: str = "en") -> Coach:
    loaded = load_coach(language)
    return Coach(loaded.categories, [dataclasses.replace(r, needs=()) for r in loaded.rules])


def test_needed_text_is_worked_out_from_the_pattern() -> None:
    assert needed_text(re.compile(r"(?:it|this)\s+takes\s+two(?!\w)")) == (
        ("takes",),
        ("two",),
        ("it", "this"),
    )
    # Nothing is required of an optional part, or of a branch with an empty choice.
    assert needed_text(re.compile(r"(?:sorry)?x|y")) == (("x", "y"),)
    assert needed_text(re.compile(r"(?:sorry)?(?:x|)")) == ()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_needs_some_text(language: str) -> None:
    assert all(rule.needs for rule in load_coach(language).rules)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pre_check_never_changes_what_is_found(language: str) -> None:
    checked, plain = load_coach(language), without_pre_check(language)
    texts = [s["text"] for s in statements(language)]
    for text in texts:
        assert checked.check(text) == plain.check(text)
    # Long texts, where pieces are looked up by paragraph among distinct words.
    long_text = "\n\n".join(texts) * 2
    assert len(checked.check(long_text)) > 40
    assert checked.check(long_text) == plain.check(long_text)
    one_paragraph = " ".join(texts) * 2
    assert checked.check(one_paragraph) == plain.check(one_paragraph)


def test_every_rule_has_a_known_reach_so_long_texts_are_read_block_by_block() -> None:
    assert reach(re.compile(r"ab\s+c")) == 3 + SPACE_CAP
    assert reach(re.compile(r"(?:\w+ ){0,2}x(?=yz)")) == 2 * (WORD_CAP + 1) + 1 + 2
    assert reach(re.compile(r"(?<=no )but")) == 3  # a lookbehind looks back, not on
    assert reach(re.compile(r"a.*b")) is None  # any character, without end
    assert reach(re.compile(r"a[\s,]*b")) == 2 + WORD_CAP  # spaces and commas: non-word
    assert reach(re.compile(r"[\w']+")) == WORD_CAP  # a word, apostrophes and all
    assert reach(re.compile(r"\S+")) is None  # a link would have no end


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_of_every_language_has_a_known_reach(language: str) -> None:
    reaches = [rule.reach for rule in load_coach(language).rules]
    assert None not in reaches
    assert max(r for r in reaches if r is not None) < 40 * BLOCK


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "odd",
    [
        "https://example.org/a-very-long-link-that-is-longer-than-any-word",
        "x" * 40,
        "\n" + " " * 12 + "indented far",
        "—" * 40,
    ],
)
def test_text_the_blocks_cannot_read_is_read_by_paragraph_and_finds_the_same(
    odd: str, language: str
) -> None:
    texts = [s["text"] for s in statements(language)]
    text = " ".join(texts[:150]) + odd + " ".join(texts[150:300])
    found = load_coach(language).check(text)
    assert found == without_pre_check(language).check(text)
    assert len(found) > 40


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([s["text"] for s in statements()] + ["\n\n", "\n"]), max_size=80))
def test_the_pre_check_never_changes_what_is_found_in_any_mix(parts: list[str]) -> None:
    text = " ".join(parts)
    assert check(text) == without_pre_check().check(text)


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_pre_check_never_changes_what_is_found_in_any_mix_of_each_language(
    language: str, data: st.DataObject
) -> None:
    pieces = [s["text"] for s in statements(language)] + ["\n\n", "\n"]
    text = " ".join(data.draw(st.lists(st.sampled_from(pieces), max_size=80)))
    assert load_coach(language).check(text) == without_pre_check(language).check(text)


def test_a_note_never_runs_over_a_blank_line() -> None:
    assert check("I'm sorry\n\nif I was late") == []
    assert [f.category for f in check("I'm sorry\nif I was late")] == ["conditional_apology"]
    text = "Can't we just\n\nmove on"
    assert [text[f.start : f.end] for f in check(text)] == ["Can't we just"]


# -- the data file -------------------------------------------------------------------------------


def test_the_english_rules_have_every_required_category_with_kind_words() -> None:
    loaded = load_coach()
    ids = {c.id for c in loaded.categories}
    assert ids >= REQUIRED
    assert loaded.category("minimising").id == "minimising"
    with pytest.raises(KeyError):
        loaded.category("scolding")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_the_english_categories_in_order_with_kind_words(
    language: str,
) -> None:
    loaded = load_coach(language)
    assert language == "en" or loaded is not load_coach()  # its own file, not the fallback
    assert [c.id for c in loaded.categories] == [c.id for c in load_coach().categories]
    for category in loaded.categories:
        assert category.name.strip() and len(category.name) < 50
        assert category.message.strip() and category.suggestion.strip()
        assert len(category.message) < 120 and len(category.suggestion) < 140


@pytest.mark.parametrize("language", LANGUAGES)
def test_patterns_are_written_as_the_coach_reads_text(language: str) -> None:
    """Text is read lowered, with plain quotes and vowels without accents ("perdón" as
    "perdon"): a pattern holding anything else could never match it."""
    for rule in load_coach(language).rules:
        guards = [rule.pattern, *rule.unless_after, *rule.unless_before]
        guards += [rule.only_after] if rule.only_after is not None else []
        for guard in guards:
            odd = {c for c in guard.pattern if coach_text.read(c) != c.lower()}
            assert not odd, (rule.category.id, guard.pattern, odd)


def test_load_coach_is_cached_and_falls_back_to_english() -> None:
    assert load_coach() is load_coach("en")
    assert load_coach("xx").categories == load_coach().categories
    assert load_coach("../../etc").categories == load_coach().categories


def test_finding_as_json() -> None:
    (finding,) = check("Nothing happened.")
    assert finding.to_json() == {
        "category": "minimising",
        "start": 0,
        "end": 16,
        "message": finding.message,
        "suggestion": finding.suggestion,
    }
    assert isinstance(finding, Finding)


def valid_data() -> dict[str, Any]:
    return {
        "words": {"sorry": "(?:sorry|apologi[sz]e)"},
        "categories": {
            "conditional_apology": {
                "name": "A title",
                "message": "A reason.",
                "suggestion": "Another way.",
                "patterns": ["{sorry} if"],
            }
        },
    }


def test_valid_data_builds_a_working_coach() -> None:
    built = Coach.from_data(valid_data(), "test.toml")
    assert [f.category for f in built.check("Sorry if so.")] == ["conditional_apology"]


def anchored(after: str) -> Coach:
    data = valid_data()
    data["categories"]["conditional_apology"]["patterns"] = [
        "{sorry} if",
        {"pattern": "by now", "after": after},
    ]
    return Coach.from_data(data, "test.toml")


def test_a_pattern_anchored_on_a_rare_word_needs_its_context_just_before() -> None:
    built = anchored(r"(?:thought|expected) (?:you|we)[^.!?;\n]{0,40}$")
    assert built.check("By now I know you need time.") == []
    text = "I thought you would trust me by now."
    assert [text[f.start : f.end] for f in built.check(text)] == ["by now"]
    # The context belongs to the same sentence because the pattern says so.
    assert built.check("I thought you were right. By now it is late.") == []
    # It never reaches over a blank line.
    assert built.check("I thought you would\n\nby now") == []


def test_an_anchored_pattern_can_mark_from_its_context() -> None:
    built = anchored(r"(?P<mark>(?:thought|expected) (?:you|we))[^.!?;\n]{0,40}$")
    text = "Honestly, I thought you would trust me by now."
    (finding,) = built.check(text)
    assert text[finding.start : finding.end] == "thought you would trust me by now"
    assert len(built.check(text * 300)) == 300  # block by block, the same notes


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["categories"]["conditional_apology"].pop("message"), "has no message"),
        (lambda d: d["categories"]["conditional_apology"].pop("name"), "has no name"),
        (
            lambda d: d["categories"]["conditional_apology"].update(suggestion=" "),
            "has no suggestion",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(patterns=["sorry (if"]),
            "patterns 1 of “conditional_apology” (“sorry (if”): it is not a valid pattern",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(patterns=["{sorri} if"]),
            "it uses {sorri}, which is not in [words]",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(patterns=["(?:if)?"]),
            "it matches empty text",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(patterns=[]),
            "has no patterns",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(unles_after=["x"]),
            "unknown key “unles_after”",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(unless_after=["(x"]),
            "unless_after 1 of “conditional_apology”",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(
                patterns=[{"pattern": "by now"}]
            ),
            "patterns 1 of “conditional_apology” must have just “pattern” and “after”",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(
                patterns=[{"pattern": "by now", "after": "(x"}]
            ),
            "patterns 1 of “conditional_apology” (after)",
        ),
        (
            lambda d: d["categories"]["conditional_apology"].update(
                patterns=[{"pattern": "by now", "after": "x", "before": "y"}]
            ),
            "must have just “pattern” and “after”",
        ),
        (lambda d: d.update(categories={}), "there are no categories"),
        (lambda d: d.update(extras={}), "unknown section “extras”"),
        (lambda d: d["words"].update(a="{b}", b="{a}"), None),
        (lambda d: d["categories"].update({"Bad-Id": {}}), "“Bad-Id” is not a valid category"),
    ],
)
def test_invalid_data_is_refused_with_a_clear_message(change: Any, expected: str | None) -> None:
    data = valid_data()
    change(data)
    if expected is None:  # a circle in [words] only matters once a pattern uses it
        data["categories"]["conditional_apology"]["patterns"] = ["{a}"]
        expected = "refer to each other in a circle"
    with pytest.raises(CoachDataInvalid) as caught:
        Coach.from_data(data, "test.toml")
    assert "test.toml" in caught.value.message
    assert expected in caught.value.message


def test_a_damaged_file_is_reported_not_crashed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "coach").mkdir()
    (tmp_path / "coach" / "en.toml").write_text("[categories\n", encoding="utf-8")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    coach._load.cache_clear()
    try:
        with pytest.raises(CoachDataInvalid, match=r"coach/en\.toml.*not valid TOML"):
            coach.load_coach()
        (tmp_path / "coach" / "en.toml").unlink()
        with pytest.raises(CoachDataInvalid, match="cannot be read"):
            coach.load_coach()
    finally:
        monkeypatch.undo()
        coach._load.cache_clear()
    assert coach.load_coach().categories
