"""Every error a user can read is one whole sentence that Qt's extractor can find.

The core never imports Qt widgets, so its messages are marked with
``QT_TRANSLATE_NOOP("Errors", "…")`` and looked up when the app shows them
(``error.message``); ``str(error)`` stays English for the command line. What varies is
passed separately and fills ``%1``, ``%2``…, so the sentence itself can be translated.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from trustjournal import errors
from trustjournal.errors import (
    InvalidInput,
    TrustJournalError,
    WrongPassphrase,
    fill,
    use_translator,
)

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "trustjournal"
MARK = "QT_TRANSLATE_NOOP"
CONTEXT = "Errors"
_PLACEHOLDER = re.compile(r"%([1-9])")

# -- fill and use_translator ---------------------------------------------------------------

FOLDER = "There is no folder at %1. Choose an existing folder."
PERIOD = "The period ends (%1) before it starts (%2). Please swap the dates."
SPANISH = {
    FOLDER: "No hay ninguna carpeta en %1. Elige una carpeta existente.",
    PERIOD: "El periodo empieza (%2) después de terminar (%1). Cambia las fechas.",
    WrongPassphrase.default_message: "Esa frase de paso no abre este diario.",
}


@pytest.fixture
def translator(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A dictionary "translation" in use; whatever was in use before comes back after."""
    monkeypatch.setattr(errors, "_translate", errors._translate)
    use_translator(lambda text: SPANISH.get(text, text))
    yield


def test_a_translator_changes_the_message_but_not_the_english_text(translator: None) -> None:
    error = InvalidInput(FOLDER, Path("/backups/old"))
    assert error.message == "No hay ninguna carpeta en /backups/old. Elige una carpeta existente."
    assert str(error) == "There is no folder at /backups/old. Choose an existing folder."
    assert error.template == FOLDER
    assert error.values == ("/backups/old",)


def test_a_default_message_is_translated_too(translator: None) -> None:
    assert WrongPassphrase().message == "Esa frase de paso no abre este diario."
    assert str(WrongPassphrase()) == WrongPassphrase.default_message


def test_values_fill_their_places_in_either_order(translator: None) -> None:
    error = InvalidInput(PERIOD, "2026-03-01", "2026-03-31")
    assert str(error) == (
        "The period ends (2026-03-01) before it starts (2026-03-31). Please swap the dates."
    )
    assert error.message == (
        "El periodo empieza (2026-03-31) después de terminar (2026-03-01). Cambia las fechas."
    )


def test_an_untranslated_message_stays_english(translator: None) -> None:
    error = InvalidInput("Mood is a number from 1 to 5.")
    assert error.message == str(error) == "Mood is a number from 1 to 5."


def test_the_message_follows_the_translator_in_use_when_it_is_read(translator: None) -> None:
    error = InvalidInput(FOLDER, "/x")
    assert error.message.startswith("No hay")
    use_translator(None)
    assert error.message == "There is no folder at /x. Choose an existing folder."
    assert WrongPassphrase().message == WrongPassphrase.default_message


def test_fill_leaves_a_place_without_a_value() -> None:
    assert fill("Ends with %1.", ()) == "Ends with %1."
    assert fill("%1 and %2.", ("one",)) == "one and %2."
    assert str(TrustJournalError("Still %1 here.")) == "Still %1 here."


def test_fill_works_in_one_pass() -> None:
    # A value that looks like a place is not filled again, and a place may repeat.
    assert fill("%1 then %2.", ("%2", "two")) == "%2 then two."
    assert fill("Pages 1 to %1 of %1.", ("7",)) == "Pages 1 to 7 of 7."


def test_values_are_kept_as_text() -> None:
    error = InvalidInput("At most %1 entries, %2 shown.", 1_000, f"{12_345:,}")
    assert error.values == ("1000", "12,345")
    assert str(error) == "At most 1000 entries, 12,345 shown."


# -- every message is marked --------------------------------------------------------------


def core_modules() -> list[Path]:
    """Every module under trustjournal/ but the command line (English) and the UI (tr())."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("cli", "ui")
    )


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def error_classes(sources: list[str]) -> set[str]:
    """``TrustJournalError`` and the names of its subclasses (direct or not) in ``sources``."""
    bases: dict[str, set[str]] = {}
    for source in sources:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    name for base in node.bases if (name := _name(base))
                )
    found = {"TrustJournalError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def _marked_text(node: ast.expr) -> str | None:
    """The text of ``QT_TRANSLATE_NOOP("Errors", "text")``, else None."""
    if (
        isinstance(node, ast.Call)
        and _name(node.func) == MARK
        and not node.keywords
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        context, text = (str(a.value) for a in node.args if isinstance(a, ast.Constant))
        return text if context == CONTEXT else None
    return None


class Scan:
    """Where one module constructs its errors and whether each message is marked."""

    def __init__(self, source: str, classes: set[str], where: str = "<source>") -> None:
        self.tree = ast.parse(source)
        self.classes = classes
        self.where = where
        self.assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(
                node.target, ast.Name
            ):
                self.assigned.setdefault(node.target.id, []).append(
                    node.value if node.value is not None else ast.Constant(None)
                )
        self.problems: list[str] = []
        self.templates: set[str] = set()
        self.sites = 0
        self._scan()

    def _texts(self, node: ast.expr) -> set[str | None] | None:
        """The templates ``node`` can be (None: the default message); None if unmarked."""
        text = _marked_text(node)
        if text is not None:
            return {text}
        if isinstance(node, ast.Constant) and node.value is None:
            return {None}
        if isinstance(node, ast.IfExp):
            body, orelse = self._texts(node.body), self._texts(node.orelse)
            return body | orelse if body is not None and orelse is not None else None
        if isinstance(node, ast.Name):
            return self._bound(node.id, self._texts)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self._bound(node.value.id, self._table)
        return None

    def _table(self, value: ast.expr) -> set[str | None] | None:
        if not isinstance(value, ast.Dict) or not value.values:
            return None
        texts = [_marked_text(v) for v in value.values]
        return None if None in texts else set(texts)

    def _bound(
        self, name: str, read: Callable[[ast.expr], set[str | None] | None]
    ) -> set[str | None] | None:
        """What every assignment to ``name`` in the module is; None if any is unmarked."""
        values = self.assigned.get(name)
        if not values:
            return None
        found: set[str | None] = set()
        for value in values:
            texts = read(value)
            if texts is None:
                return None
            found |= texts
        return found

    def _scan(self) -> None:
        for node in ast.walk(self.tree):
            text = _marked_text(node) if isinstance(node, ast.expr) else None
            if text is not None:
                self.templates.add(text)
            elif isinstance(node, ast.Call) and _name(node.func) == MARK:
                self._problem(node, f"{MARK} needs the context “{CONTEXT}” and a literal text")
            if isinstance(node, ast.ClassDef):
                self._check_default_message(node)
            if isinstance(node, ast.Call) and _name(node.func) in self.classes:
                self._check_call(node)

    def _check_default_message(self, node: ast.ClassDef) -> None:
        for statement in node.body:
            targets = (
                statement.targets
                if isinstance(statement, ast.Assign)
                else [statement.target]
                if isinstance(statement, ast.AnnAssign)
                else []
            )
            if any(isinstance(t, ast.Name) and t.id == "default_message" for t in targets):
                value = getattr(statement, "value", None)
                if value is None or _marked_text(value) is None:
                    self._problem(statement, f"{node.name}.default_message is not marked")

    def _check_call(self, node: ast.Call) -> None:
        self.sites += 1
        message = node.args[0] if node.args else None
        for keyword in node.keywords:
            if keyword.arg == "message":
                message = keyword.value
            else:
                self._problem(node, f"unexpected argument {keyword.arg or '**'}")
        if message is None:
            return  # the class's default message
        texts = self._texts(message)
        if texts is None:
            self._problem(node, f"the message {ast.unparse(message)!r} is not marked")
            return
        values = node.args[1:]
        if any(isinstance(v, ast.Starred) for v in values):
            return
        given = len(values) + (1 if _name(node.func) == "_EntryProblem" else 0)
        for text in texts:
            wanted = max(map(int, _PLACEHOLDER.findall(text or "")), default=0)
            if wanted != given:
                self._problem(node, f"{text!r} has {wanted} places but gets {given} values")

    def _problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(f"{self.where}:{getattr(node, 'lineno', '?')}: {what}")


@pytest.fixture(scope="module")
def scans() -> list[Scan]:
    sources = {path: path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py")}
    classes = error_classes(list(sources.values()))
    return [Scan(sources[path], classes, str(path.relative_to(ROOT))) for path in core_modules()]


@pytest.fixture(scope="module")
def templates(scans: list[Scan]) -> set[str]:
    return set().union(*(scan.templates for scan in scans))


def test_every_error_message_in_the_core_is_marked(scans: list[Scan]) -> None:
    problems = [problem for scan in scans for problem in scan.problems]
    assert problems == []


def test_the_scan_sees_the_errors(scans: list[Scan], templates: set[str]) -> None:
    assert sum(scan.sites for scan in scans) > 200
    assert len(templates) > 200
    assert "This backup file is incomplete. Nothing was restored." in templates
    assert any(scan.where.endswith("services/sharing_files.py") for scan in scans)
    assert not any("/cli/" in scan.where or "/ui/" in scan.where for scan in scans)


def test_every_template_is_whole_sentences(templates: set[str]) -> None:
    for text in templates:
        assert text == text.strip() and "  " not in text and "\n" not in text, text
        assert re.match(r"(%[1-9]|[A-Z“])", text), f"does not start a sentence: {text!r}"
        assert re.search(r"([.?!]|%[1-9])$", text), f"does not end a sentence: {text!r}"
        places = sorted({int(n) for n in _PLACEHOLDER.findall(text)})
        assert places == list(range(1, len(places) + 1)), f"places skip a number: {text!r}"


_CLASSES = {"TrustJournalError", "InvalidInput", "Refused"}


@pytest.mark.parametrize(
    "source",
    [
        'raise InvalidInput("A name is needed.")',
        'raise InvalidInput(f"A name can be at most {n} characters long.")',
        'raise InvalidInput("A name can be at most {} characters.".format(n))',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", f"At most {n}."))',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Other", "A name is needed."))',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name " + "is needed."))',
        'raise InvalidInput(message="A name is needed.")',
        'raise Refused(QT_TRANSLATE_NOOP("Errors", "At most %1 characters."))',
        'raise Refused(QT_TRANSLATE_NOOP("Errors", "At most characters."), 80)',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Bad.") + " More.")',
        "raise InvalidInput(reason)",
        'reason = "A name is needed."\nraise InvalidInput(reason)',
        'A = QT_TRANSLATE_NOOP("Errors", "A.")\nA = "B."\nraise InvalidInput(A)',
        'T = {1: QT_TRANSLATE_NOOP("Errors", "A."), 2: "B."}\nraise InvalidInput(T[k])',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A.") if k else "B.")',
        'class Refused(InvalidInput):\n    default_message = "Nothing was changed."',
        'class Refused(InvalidInput):\n    default_message: str = ("Nothing " "was changed.")',
    ],
)
def test_the_scan_refuses_an_unmarked_message(source: str) -> None:
    assert Scan(source, _CLASSES).problems != []


@pytest.mark.parametrize(
    "source",
    [
        "raise InvalidInput()",
        "raise InvalidInput(None)",
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name is needed."))',
        'raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "At most %1 of %2."), n, m)',
        'raise Refused(QT_TRANSLATE_NOOP("Errors", "A" "B."))',
        'A = QT_TRANSLATE_NOOP("Errors", "A.")\nraise InvalidInput(A)',
        'T = {1: QT_TRANSLATE_NOOP("Errors", "A %1.")}\nraise InvalidInput(T[k], v)',
        'A = QT_TRANSLATE_NOOP("Errors", "A.")\nraise InvalidInput(A if k else None)',
        'class Refused(InvalidInput):\n    default_message = QT_TRANSLATE_NOOP("Errors", "N.")',
    ],
)
def test_the_scan_accepts_a_marked_message(source: str) -> None:
    assert Scan(source, _CLASSES).problems == []


def test_error_classes_are_found_through_their_bases() -> None:
    source = "class A(TrustJournalError): ...\nclass B(errors.A): ...\nclass C(ValueError): ..."
    assert error_classes([source]) == {"TrustJournalError", "A", "B"}


# -- Qt's extractor finds them -------------------------------------------------------------


def _tool(name: str) -> Path:
    """A Qt tool installed next to the running interpreter (same Qt as the app)."""
    folder = Path(sys.executable).parent
    for candidate in (name, f"{name}.exe"):
        if (folder / candidate).exists():
            return folder / candidate
    raise AssertionError(f"{name} is not installed in {folder}")


def test_lupdate_extracts_every_template(tmp_path: Path, templates: set[str]) -> None:
    target = tmp_path / "errors.ts"
    subprocess.run(
        [str(_tool("pyside6-lupdate")), *map(str, core_modules()), "-ts", str(target)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    extracted: set[str] = set()
    for context in ET.parse(target).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            extracted |= {m.findtext("source") or "" for m in context.iter("message")}
    assert extracted - templates == set(), "extracted, but not found by the scan"
    assert templates - extracted == set(), "marked, but Qt's extractor does not see it"
