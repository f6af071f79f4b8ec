"""The composition root: builds the application, settings and main window. No logic."""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trustjournal import __version__
from trustjournal.hardening import harden_process
from trustjournal.settings import Settings


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trustjournal", description="Trust Journal")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample couple in a temporary folder (nothing is written to your data)",
    )
    parser.add_argument("--version", action="version", version=f"Trust Journal {__version__}")
    known, _qt_args = parser.parse_known_args(argv)
    return known


def _quiet_excepthook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """An unexpected error: a calm message for the user, the details only on stderr."""
    from trustjournal.ui.dialogs import show_problem

    traceback.print_exception(kind, error, tb, file=sys.stderr)
    show_problem(
        QApplication.activeWindow(),
        QApplication.translate(
            "App", "Something unexpected went wrong. Your saved entries are safe."
        ),
    )


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    harden_process()

    from trustjournal.ui.i18n import install_language
    from trustjournal.ui.main_window import MainWindow
    from trustjournal.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Trust Journal")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("trustjournal")
    sys.excepthook = _quiet_excepthook

    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    demo_note: list[str] = []
    if args.demo:
        from trustjournal.demo import create_demo_couple

        demo_dir = tempfile.TemporaryDirectory(prefix="trustjournal-demo-")
        root = Path(demo_dir.name)
        settings = Settings(root / "settings.ini")
        couple = create_demo_couple(root / "journals")
        settings.set("data_dir", str(root / "journals"))
        demo_note = [app.translate("App", "This is a demo couple; nothing here is real.")]
        demo_note += [
            app.translate("App", "{0}: passphrase “{1}”").format(j.name, j.passphrase)
            for j in couple
        ]
    else:
        settings = Settings()

    apply_theme(app, settings.get("theme"))
    install_language(settings.get("language"))
    settings.changed.connect(
        lambda key: apply_theme(app, settings.get("theme")) if key == "theme" else None
    )
    settings.changed.connect(
        lambda key: install_language(settings.get("language")) if key == "language" else None
    )

    window = MainWindow(settings)
    window.unlock_view.set_demo_note(demo_note)
    window.show()
    if not args.demo and not window.has_journals():
        QTimer.singleShot(0, window.start_first_run)
    try:
        return app.exec()
    finally:
        window.lock()
        if demo_dir is not None:
            demo_dir.cleanup()
