"""Every string the app can show has a finished Spanish translation that keeps its parts.

The catalogue is compared with a fresh extraction of the code, so a new ``tr()`` string,
or a changed one, fails here until it is translated (README, "Translating").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from catalogue import CATALOGUES, extract

LANGUAGES = ("es",)
PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{\d*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")

Message = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    return _messages(extract(tmp_path_factory.mktemp("fresh") / "fresh.ts"))


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request: pytest.FixtureRequest) -> dict[Message, ET.Element]:
    path = CATALOGUES / f"trustjournal_{request.param}.ts"
    assert path.is_file(), f"{path.name} is missing"
    assert ET.parse(path).getroot().get("language") == request.param
    return _messages(path)


def test_every_string_in_the_code_is_in_the_catalogue(fresh, catalogue) -> None:
    missing = sorted(set(fresh) - set(catalogue))
    assert not missing, f"{len(missing)} strings to add and translate, e.g. {missing[:5]}"


def test_the_catalogue_holds_no_string_the_code_no_longer_has(fresh, catalogue) -> None:
    stale = sorted(set(catalogue) - set(fresh))
    assert not stale, f"{len(stale)} strings the code no longer uses, e.g. {stale[:5]}"


def test_every_string_is_translated_and_finished(catalogue) -> None:
    unfinished = []
    for key, message in catalogue.items():
        kind = message.find("translation")
        assert kind is not None
        texts = _translations(message)
        if kind.get("type") is not None or not texts or not all(t.strip() for t in texts):
            unfinished.append(key)
    assert not unfinished, f"{len(unfinished)} not translated, e.g. {unfinished[:5]}"


def test_plurals_have_both_spanish_forms(catalogue) -> None:
    for (context, source), message in catalogue.items():
        if message.get("numerus") == "yes":
            forms = _translations(message)
            assert len(forms) == 2, (context, source)
            for number in ("%n", "%Ln"):
                if number in source:
                    assert number in forms[1], (context, source)


def test_translations_keep_placeholders_accelerators_and_plain_text(catalogue) -> None:
    problems = []
    for (context, source), message in catalogue.items():
        for text in _translations(message):
            if message.get("numerus") != "yes" and sorted(PLACEHOLDER.findall(source)) != sorted(
                PLACEHOLDER.findall(text)
            ):
                problems.append((context, source, "placeholders"))
            if _accelerators(source) != _accelerators(text):
                problems.append((context, source, "accelerator"))
            if TAG.search(text) and not TAG.search(source):
                problems.append((context, source, "markup"))
            if source[:1].isspace() != text[:1].isspace() or (
                source[-1:].isspace() != text[-1:].isspace()
            ):
                problems.append((context, source, "spaces"))
    assert not problems, problems[:10]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=\w)", text.replace("&&", "")))  # "Needs & boundaries": text


def test_english_gives_both_forms_of_every_counted_string(fresh) -> None:
    """English's catalogue holds only plural forms: "1 entry found", not "1 entries found"."""
    english = _messages(CATALOGUES / "trustjournal_en.ts")
    counted = {key for key, message in fresh.items() if message.get("numerus") == "yes"}
    assert set(english) == counted
    for key, message in english.items():
        forms = _translations(message)
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        assert len(forms) == 2 and all(form.strip() for form in forms), key
