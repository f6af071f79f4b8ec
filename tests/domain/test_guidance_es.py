"""The Spanish guidance: complete, the same shape as the English, and really translated."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from trustjournal.domain.entry import Role
from trustjournal.domain.guidance import guidance_path, load_guidance, read_guidance
from trustjournal.domain.timeline import Phase
from trustjournal.paths import resource

EN = resource("guidance", "en.toml")
ES = resource("guidance", "es.toml")

# Values that are data, not words: never translated, so they must match the English exactly.
DATA_KEYS = frozenset({"id", "kinds"})
NOT_TEXT = DATA_KEYS | {"language"}


def _raw(path: Any) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def shape(value: Any) -> Any:
    """The structure of ``value`` with every human text replaced by a placeholder."""
    if isinstance(value, dict):
        return {key: (item if key in DATA_KEYS else shape(item)) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def texts(value: Any, where: str = "") -> dict[str, str]:
    """Every human text in ``value``, by its path (``steps[0].title``...)."""
    found: dict[str, str] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                found |= texts(item, f"{where}.{key}" if where else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found |= texts(item, f"{where}[{i}]")
    elif isinstance(value, str):
        found[where] = value
    return found


def test_the_spanish_file_passes_every_check_of_the_loader() -> None:
    guidance = read_guidance(ES)
    assert guidance.language == "es"
    assert guidance != read_guidance(EN)


def test_the_spanish_file_has_exactly_the_english_structure() -> None:
    english, spanish = _raw(EN), _raw(ES)
    # Same keys at every level, same number of items in every list, same ids and kinds.
    assert shape(spanish) == shape(english)
    assert list(spanish) == list(english)


def test_ids_kinds_phases_and_roles_match_in_order() -> None:
    english, spanish = load_guidance("en"), read_guidance(ES)
    assert [s.id for s in spanish.steps] == [s.id for s in english.steps]
    assert [c.id for c in spanish.counselling_signs] == [c.id for c in english.counselling_signs]
    assert list(spanish.phases) == list(english.phases) == list(Phase)
    assert list(spanish.intros) == list(english.intros)
    assert list(spanish.data_signs) == list(english.data_signs)
    for role in Role:
        assert [(d.id, d.kinds) for d in spanish.duties[role]] == [
            (d.id, d.kinds) for d in english.duties[role]
        ]
        assert len(spanish.prompts[role]) == len(english.prompts[role])
        assert len(spanish.communication[role]) == len(english.communication[role])
        assert len(set(spanish.prompts[role])) == len(spanish.prompts[role])
    for phase in Phase:
        assert len(spanish.phases[phase].normal) == len(english.phases[phase].normal)
    assert len(spanish.safety_note.paragraphs) == len(english.safety_note.paragraphs)


def test_every_text_is_filled_in_and_nearly_all_are_translated() -> None:
    english, spanish = texts(_raw(EN)), texts(_raw(ES))
    assert set(spanish) == set(english)
    assert all(value.strip() for value in spanish.values())
    same = [path for path, value in spanish.items() if value.strip() == english[path].strip()]
    assert len(english) > 150  # the whole guide is compared, not a part of it
    assert len(same) <= len(english) // 10, same


def test_the_spanish_is_plain_text_with_no_links() -> None:
    text = ES.read_text(encoding="utf-8").casefold()
    for marker in ("http", "www.", ".com", "@", "<", "]("):
        assert marker not in text


@pytest.mark.parametrize("language", ["es", "es_ES", "es_MX", "es-419", "ES"])
def test_spanish_locales_load_the_spanish_guidance(language: str) -> None:
    assert guidance_path(language) == ES
    guidance = load_guidance(language)
    assert guidance.language == "es"
    assert guidance is load_guidance("es")
    assert guidance.safety_note.title == "Si no te sientes a salvo"
