"""Qt's string extractor must see every UI string under the context Qt looks it up in.

A string that lupdate misses, or files under a made-up context (a variable's name, or an
empty one), never gets translated, so the app would stay half English in another language.
"""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalogue import extract, sources, tool

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QMainWindow

from trustjournal.domain import Role
from trustjournal.domain.entry import Kind
from trustjournal.ui.actions import build_actions
from trustjournal.ui.sections import kind_label, sections_for


def _sources() -> list[Path]:
    return sources()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts file lupdate writes for every module the app's window shows words from."""
    return extract(tmp_path_factory.mktemp("lupdate") / "extracted.ts")


@pytest.fixture(scope="module")
def extracted(catalog: Path) -> dict[str, set[str]]:
    """Context name -> source texts, as lupdate extracted them."""
    found: dict[str, set[str]] = {}
    for context in ET.parse(catalog).getroot().iter("context"):
        name = context.findtext("name") or ""
        found.setdefault(name, set()).update(
            message.findtext("source") or "" for message in context.iter("message")
        )
    return found


def _known_contexts() -> set[str]:
    """Class names in the code plus the literal contexts given to ``translate()``."""
    known: set[str] = set()
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                known.add(node.args[0].value)
    return known


def test_lupdate_finds_the_strings(extracted: dict[str, set[str]]) -> None:
    total = sum(len(texts) for texts in extracted.values())
    assert total > 750


def test_every_context_is_a_class_or_a_translate_context(extracted: dict[str, set[str]]) -> None:
    unknown = set(extracted) - _known_contexts()
    assert unknown == set(), f"strings filed under contexts Qt never looks up: {sorted(unknown)}"
    for wrong in ("", "window", "box", "panel", "QCoreApplication"):
        assert wrong not in extracted


@pytest.mark.parametrize(
    ("context", "text"),
    [
        ("Sections", "Today"),
        ("Sections", "Feeling"),
        ("Sections", "Whatever you feel is allowed here."),
        ("MainWindow", "&Lock now"),
        ("MainWindow", "&Journal"),
        ("CounsellingSummary", "image: %1"),
        ("CounsellingSummary", "Counselling summary"),
        ("EntryWords", "Fairly good"),
        ("PromiseRow", " · last time: %1"),
        ("GuideWords", "%1 and %2 since you started"),
        ("SafetyNote", "If you don't feel safe"),
        ("TrendWords", "%Ln entries"),
        ("CoachPanel", "Try: %1"),
        ("EntryEditor", "&Bring to next session"),
        ("FilterBar", "All kinds"),
        ("SectionView", "Entries"),
        ("TodayView", "Good afternoon, %1"),
        ("Dialogs", "Something did not work"),
        ("BundleOpener", "Shared with me"),
    ],
)
def test_strings_once_missed_are_extracted(
    extracted: dict[str, set[str]], context: str, text: str
) -> None:
    assert text in extracted.get(context, set())


@pytest.fixture
def bracketed(qapp: QCoreApplication, catalog: Path, tmp_path: Path) -> Iterator[None]:
    """Every extracted string "translated" as ``[text]``, installed like a real language."""
    tree = ET.parse(catalog)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        text = f"[{message.findtext('source')}]"
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    filled = tmp_path / "bracketed.ts"
    tree.write(filled, encoding="utf-8", xml_declaration=True)
    compiled = tmp_path / "bracketed.qm"
    subprocess.run(  # lrelease: same Qt as the app
        [str(tool("pyside6-lrelease")), str(filled), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


class SectionView(QObject):
    """Stands in for the real base class: its strings are extracted under its own name."""

    def entries_label(self) -> str:
        return self.tr("Entries")


class PromisesSectionView(SectionView):
    pass


def test_extracted_strings_are_the_ones_looked_up_at_run_time(bracketed: None) -> None:
    assert sections_for(Role.HURT)[0].title == "[Today]"
    assert kind_label(Kind.FEELING) == "[Feeling]"
    window = QMainWindow()
    try:
        assert build_actions(window).lock.text() == "[&Lock now]"
    finally:
        window.deleteLater()


def test_a_subclass_finds_the_strings_of_its_base_class(bracketed: None) -> None:
    # PySide looks up type(self) first, then each base class, so a base class's self.tr()
    # strings (extracted under the base's name) reach its subclasses too.
    assert PromisesSectionView().entries_label() == "[Entries]"
