"""The guidance file: complete, checked on reading, and refused when any part is missing."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from trustjournal.domain.entry import Kind, Role, kinds_for
from trustjournal.domain.guidance import (
    INTRO_KEYS,
    MIN_PROMPTS,
    GuidanceInvalid,
    guidance_path,
    load_guidance,
    prompt_for_day,
    read_guidance,
)
from trustjournal.domain.self_check import DataSign
from trustjournal.domain.timeline import Phase
from trustjournal.errors import TrustJournalError
from trustjournal.paths import resource

EN = resource("guidance", "en.toml")


def original() -> dict[str, Any]:
    return tomllib.loads(EN.read_text(encoding="utf-8"))


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value)


def to_toml(data: dict[str, Any], path: str = "") -> str:
    """A small TOML writer for the shapes the guidance file uses (tests only)."""
    lines: list[str] = []
    nested: list[tuple[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, dict) or (
            isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        ):
            nested.append((key, value))
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for key, value in nested:
        name = f"{path}.{key}" if path else key
        if isinstance(value, dict):
            lines.append(f"\n[{name}]")
            lines.append(to_toml(value, name))
        else:
            for item in value:
                lines.append(f"\n[[{name}]]")
                lines.append(to_toml(item, name))
    return "\n".join(lines)


def write_copy(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "guidance.toml"
    path.write_text(to_toml(data), encoding="utf-8")
    return path


# -- the shipped file ---------------------------------------------------------------------------


def test_the_english_guidance_loads_and_is_cached() -> None:
    guidance = load_guidance()
    assert guidance.language == "en"
    assert load_guidance("en") is guidance


def test_the_test_writer_round_trips_the_real_file(tmp_path: Path) -> None:
    path = write_copy(tmp_path, original())
    assert tomllib.loads(path.read_text(encoding="utf-8")) == original()
    assert read_guidance(path) == read_guidance(EN)


def test_an_unknown_or_odd_language_falls_back_to_english() -> None:
    assert guidance_path("xx") == EN
    assert guidance_path("en_GB") == EN
    assert guidance_path("../../etc/passwd") == EN
    assert load_guidance("zz").language == "en"


def test_every_section_has_content() -> None:
    guidance = load_guidance()
    assert set(guidance.intros) == set(INTRO_KEYS)
    assert len(guidance.trust_breakers) >= 5
    assert [s.id for s in guidance.steps] == [
        "responsibility",
        "transparency",
        "feelings",
        "connection",
        "time",
    ]
    for step in guidance.steps:
        assert step.part(Role.HURT) and step.part(Role.REPAIRING)
        assert step.part(Role.HURT) != step.part(Role.REPAIRING)
    assert len(guidance.accountability.sounds_like) >= 4
    assert len(guidance.accountability.not_this) >= 4
    assert guidance.transparency.is_ and guidance.transparency.is_not
    assert all(guidance.communication[role] for role in Role)
    assert len(guidance.small_actions) >= 5
    assert set(guidance.phases) == set(Phase)
    assert all(guidance.phases[p].normal and guidance.phases[p].reassurance for p in Phase)
    assert len(guidance.counselling_signs) >= 5
    assert set(guidance.data_signs) == set(DataSign)
    assert len(guidance.safety_note.paragraphs) >= 2


def test_each_partner_has_the_duties_of_the_issue_linked_to_what_to_write() -> None:
    duties = load_guidance().duties
    assert [d.kinds for d in duties[Role.HURT]] == [
        (Kind.FEELING,),
        (Kind.TRIGGER,),
        (Kind.QUESTION,),
        (Kind.NEED, Kind.BOUNDARY),
        (Kind.REFLECTION,),
        (Kind.REFLECTION,),
        (Kind.NOTICED_CHANGE,),
    ]
    assert [d.kinds for d in duties[Role.REPAIRING]] == [
        (Kind.ACCOUNTABILITY,),
        (Kind.TRANSPARENCY,),
        (Kind.REFLECTION,),
        (Kind.PROMISE, Kind.SMALL_ACTION),
        (Kind.REFLECTION,),
    ]
    for role in Role:
        for duty in duties[role]:
            assert duty.kind is duty.kinds[0]
            assert set(duty.kinds) <= set(kinds_for(role))


def test_prompts_are_many_distinct_and_differ_by_role() -> None:
    prompts = load_guidance().prompts
    for role in Role:
        assert len(prompts[role]) >= MIN_PROMPTS
        assert len(set(prompts[role])) == len(prompts[role])
    assert not set(prompts[Role.HURT]) & set(prompts[Role.REPAIRING])


def test_the_prompt_turns_over_once_a_day_and_across_the_new_year() -> None:
    guidance = load_guidance()
    start = dt.date(2026, 12, 20)
    for role in Role:
        count = len(guidance.prompts[role])
        days = [start + dt.timedelta(days=i) for i in range(count)]
        shown = [prompt_for_day(guidance, role, day) for day in days]
        assert sorted(shown) == sorted(guidance.prompts[role])  # each one once, even over 1 Jan
        assert prompt_for_day(guidance, role, days[0]) == shown[0]
        after = start + dt.timedelta(days=count)
        assert prompt_for_day(guidance, role, after) == shown[0]


def test_the_guidance_is_plain_text_with_no_links_and_no_business() -> None:
    text = EN.read_text(encoding="utf-8").casefold()
    for marker in ("http", "www.", ".com", "@", "<", "](", "call us", "book a"):
        assert marker not in text
    # Examples are stored without quotation marks; the guide adds its own.
    guidance = load_guidance()
    examples = guidance.accountability.sounds_like + guidance.accountability.not_this
    assert all(not e.words.startswith(("“", '"')) for e in examples)


# -- refused when incomplete -------------------------------------------------------------------

TOP_LEVEL = sorted(original())


@pytest.mark.parametrize("section", TOP_LEVEL)
def test_a_file_without_a_section_is_refused_naming_it(tmp_path: Path, section: str) -> None:
    data = original()
    del data[section]
    with pytest.raises(GuidanceInvalid) as error:
        read_guidance(write_copy(tmp_path, data))
    assert f"“{section}”" in error.value.message
    assert isinstance(error.value, TrustJournalError)


@pytest.mark.parametrize("section", TOP_LEVEL)
def test_a_file_with_an_empty_section_is_refused_naming_it(tmp_path: Path, section: str) -> None:
    data = original()
    data[section] = type(data[section])()  # "" or {} or []
    with pytest.raises(GuidanceInvalid) as error:
        read_guidance(write_copy(tmp_path, data))
    assert f"“{section}”" in error.value.message


def _path_cases() -> list[tuple[str, str]]:
    return [
        ("intros.phases", "intros.phases"),
        ("phases.building", "phases.building"),
        ("phases.stable.reassurance", "phases.stable.reassurance"),
        ("phases.early.normal", "phases.early.normal"),
        ("steps.2.repairing", "steps[2].repairing"),
        ("accountability.not_this", "accountability.not_this"),
        ("accountability.sounds_like.0.why", "accountability.sounds_like[0].why"),
        ("transparency.is_not", "transparency.is_not"),
        ("communication.repairing", "communication.repairing"),
        ("duties.hurt", "duties.hurt"),
        ("duties.repairing.1.detail", "duties.repairing[1].detail"),
        ("data_signs.low_mood", "data_signs.low_mood"),
        ("data_signs.defensive_wording.text", "data_signs.defensive_wording.text"),
        ("prompts.hurt", "prompts.hurt"),
        ("safety_note.text", "safety_note.text"),
        ("trust_breakers.4.damage", "trust_breakers[4].damage"),
        ("small_actions.0.title", "small_actions[0].title"),
        ("counselling_signs.1.text", "counselling_signs[1].text"),
    ]


def _parent_and_key(data: dict[str, Any], dotted: str) -> tuple[Any, Any]:
    *parents, last = dotted.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    return node, int(last) if last.isdigit() else last


@pytest.mark.parametrize(("dotted", "named"), _path_cases())
def test_a_missing_inner_part_is_refused_naming_it(tmp_path: Path, dotted: str, named: str) -> None:
    data = original()
    parent, key = _parent_and_key(data, dotted)
    del parent[key]
    with pytest.raises(GuidanceInvalid) as error:
        read_guidance(write_copy(tmp_path, data))
    assert f"“{named}" in error.value.message


@pytest.mark.parametrize(("dotted", "named"), _path_cases())
def test_an_emptied_inner_part_is_refused_naming_it(
    tmp_path: Path, dotted: str, named: str
) -> None:
    data = original()
    parent, key = _parent_and_key(data, dotted)
    value = parent[key]
    parent[key] = "   " if isinstance(value, str) else type(value)()
    with pytest.raises(GuidanceInvalid) as error:
        read_guidance(write_copy(tmp_path, data))
    assert f"“{named}" in error.value.message


def test_a_blank_line_in_a_list_is_refused(tmp_path: Path) -> None:
    data = original()
    data["prompts"]["repairing"][3] = ""
    with pytest.raises(GuidanceInvalid, match=r"prompts\.repairing"):
        read_guidance(write_copy(tmp_path, data))


def test_fewer_than_fourteen_prompts_are_refused(tmp_path: Path) -> None:
    data = original()
    data["prompts"]["hurt"] = data["prompts"]["hurt"][: MIN_PROMPTS - 1]
    with pytest.raises(GuidanceInvalid, match="only 13 prompts for “hurt”"):
        read_guidance(write_copy(tmp_path, data))


def test_four_or_six_steps_are_refused(tmp_path: Path) -> None:
    for steps in (original()["steps"][:4], [*original()["steps"], original()["steps"][0]]):
        data = original()
        data["steps"] = steps
        with pytest.raises(GuidanceInvalid, match="should have 5 steps"):
            read_guidance(write_copy(tmp_path, data))


@pytest.mark.parametrize(
    ("kinds", "why"),
    [
        (["feelings"], "an unknown kind"),
        (["promise"], "a kind this partner does not write"),
        ("feeling", "an unknown kind"),  # a string, not a list
    ],
)
def test_a_duty_with_a_wrong_kind_is_refused(tmp_path: Path, kinds: Any, why: str) -> None:
    data = original()
    data["duties"]["hurt"][0]["kinds"] = kinds
    with pytest.raises(GuidanceInvalid) as error:
        read_guidance(write_copy(tmp_path, data))
    assert "duties.hurt[0].kinds" in error.value.message and why in error.value.message


def test_a_duty_without_kinds_invites_no_entry(tmp_path: Path) -> None:
    data = original()
    del data["duties"]["repairing"][2]["kinds"]
    duty = read_guidance(write_copy(tmp_path, data)).duties[Role.REPAIRING][2]
    assert duty.kinds == () and duty.kind is None


def test_repeated_ids_are_refused(tmp_path: Path) -> None:
    data = original()
    data["counselling_signs"][1]["id"] = data["counselling_signs"][0]["id"]
    with pytest.raises(GuidanceInvalid, match="repeats an id in “counselling_signs”"):
        read_guidance(write_copy(tmp_path, data))


def test_a_file_that_is_not_toml_or_not_there_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('[prompts\nhurt = "', encoding="utf-8")
    with pytest.raises(GuidanceInvalid, match="could not be read"):
        read_guidance(broken)
    with pytest.raises(GuidanceInvalid, match="reinstall"):
        read_guidance(tmp_path / "missing.toml")
    (tmp_path / "latin1.toml").write_bytes(b'language = "\xe9"')
    with pytest.raises(GuidanceInvalid):
        read_guidance(tmp_path / "latin1.toml")


def test_the_loaded_guidance_cannot_be_changed_by_accident() -> None:
    guidance = load_guidance()
    with pytest.raises(TypeError):
        guidance.prompts[Role.HURT] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        guidance.steps[0].title = "x"  # type: ignore[misc]
