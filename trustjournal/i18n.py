"""One translation mechanism: Qt's ``tr()`` with ``.qm`` files and ``QTranslator``.

A built app ships compiled ``trustjournal_<lang>.qm`` files. A source checkout has only
the ``.ts`` catalogues; the first time a language is used, its catalogue is compiled with
Qt's ``lrelease`` into the cache folder (named by the catalogue's hash, so an edited
``.ts`` is compiled again). The catalogues hold interface words only, never anything a
user wrote.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trustjournal import errors, paths

#: Languages the app speaks, with their names written in that language.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language :func:`install_language` put in use last (``"en"`` before that)."""
    return _current


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to use for the setting ``choice``: ``"system"`` follows the desktop."""
    if choice in LANGUAGE_NAMES:
        return choice
    system = system if system is not None else QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers as the user's desktop writes them, if it speaks ``language``.

    Someone in Mexico gets Mexican formats with Spanish; someone whose desktop is in
    another language gets that language's usual formats.
    """
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install_language(choice: str) -> str:
    """Use the language of the setting ``choice`` for every ``tr()`` string and error.

    Returns the language now in use: ``"en"`` if no translation for the wanted one can be
    found (the app then stays in English rather than showing a mix). English has a
    catalogue too, holding only its plural forms ("1 entry", "2 entries").
    """
    global _current
    language = resolve_language(choice)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if app is not None and not _load(app, language):
        language = "en"
        _load(app, language)
    QLocale.setDefault(locale_for(language))
    errors.use_translator(_translate_error)
    _current = language
    return language


def _load(app: QCoreApplication, language: str) -> bool:
    """Install our catalogue for ``language`` and Qt's own (its dialogs' buttons)."""
    catalogue = compiled_catalogue(language)
    ours = QTranslator(app)
    if catalogue is None or not ours.load(str(catalogue)):
        return False
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    return True


def _translate_error(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` file for ``language``: shipped with a build, or compiled from the ``.ts``."""
    folder = paths.resource("translations")
    source = folder / f"trustjournal_{language}.ts"
    if source.is_file():
        return _compile(source)
    shipped = folder / f"trustjournal_{language}.qm"
    return shipped if shipped.is_file() else None


def _compile(source: Path) -> Path | None:
    """``source`` compiled once into the cache folder; None if Qt's compiler fails."""
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        target = paths.cache_dir() / "translations" / f"{source.stem}-{digest}.qm"
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        subprocess.run(
            [str(_lrelease()), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(target)
    except (OSError, subprocess.SubprocessError):
        return None
    return target


def _lrelease() -> Path:
    """Qt's ``lrelease``, from the same Qt as the running app."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name
