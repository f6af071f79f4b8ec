"""One translation mechanism: Qt's ``tr()`` with ``.qm`` files and ``QTranslator``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trustjournal import paths

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Use ``language`` (e.g. ``"es"``) for every ``tr()`` string; ``"en"`` is built in.

    Returns False if no translation for it is bundled (the app stays in English).
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(f"trustjournal_{language}", str(paths.resource("translations"))):
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
