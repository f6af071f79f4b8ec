"""The composition root: builds the application, settings and main window. No logic."""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from trustjournal import __version__
from trustjournal.hardening import harden_process
from trustjournal.i18n import install_language
from trustjournal.paths import resource
from trustjournal.settings import Settings
from trustjournal.ui.main_window import MainWindow
from trustjournal.ui.single_instance import SingleInstance, raise_window
from trustjournal.ui.theme import apply_theme

APP_ID = "org.trustjournal.TrustJournal"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="trustjournal", description="Trust Journal")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample couple in a temporary folder (nothing is written to your data)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of the app works (in a temporary folder, no window) and exit",
    )
    parser.add_argument("--version", action="version", version=f"Trust Journal {__version__}")
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        type=Path,
        help="a shared file (.tjshare) to open once a journal is unlocked",
    )
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


class Launch:
    """The built window, and what to tidy up when the app ends."""

    def __init__(self, window: MainWindow, demo_dir: tempfile.TemporaryDirectory[str] | None):
        self.window = window
        self.demo_dir = demo_dir

    def close(self) -> None:
        self.window.lock()
        if self.demo_dir is not None:
            self.demo_dir.cleanup()
            self.demo_dir = None


def build(app: QApplication, args: argparse.Namespace) -> Launch:
    """Settings, language, theme and the main window; the demo couple with ``--demo``."""
    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    demo_couple: list[tuple[str, str]] = []
    if args.demo:
        # Everything of the demo, settings included, lives in this temporary folder.
        demo_dir = tempfile.TemporaryDirectory(prefix="trustjournal-demo-")
        root = Path(demo_dir.name)
        settings = Settings(root / "settings.ini")
    else:
        settings = Settings()

    apply_theme(app, settings.get("theme"))
    language = install_language(settings.get("language"))
    if demo_dir is not None:
        from trustjournal.demo import create_demo_couple

        # The demo couple writes in the app's language (English where it has no version).
        journals = Path(demo_dir.name) / "journals"
        couple = create_demo_couple(journals, language=language)
        settings.set("data_dir", str(journals))
        demo_couple = [(j.name, j.passphrase) for j in couple]

    def setting_changed(key: str) -> None:
        if key == "theme":
            apply_theme(app, settings.get("theme"))
        elif key == "language":
            install_language(settings.get("language"))

    settings.changed.connect(setting_changed)
    window = MainWindow(settings)
    window.set_demo_couple(demo_couple)
    if args.file is not None:
        window.open_shared_file(args.file)
    return Launch(window, demo_dir)


def _hand_over(window: MainWindow, files: list[str]) -> None:
    """A second launch's files: bring the window forward and open each one."""
    raise_window(window)
    for name in files:
        window.open_shared_file(Path(name))


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        from trustjournal.self_test import run_self_test

        return run_self_test()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Trust Journal")
    app.setApplicationVersion(__version__)
    # The desktop file's name: on Wayland this ties the window to its menu entry and icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg"))))
    # One running app per user: a second launch (a double-clicked .tjshare) hands its file
    # to the first and ends. The demo lives in its own temporary world and never joins in.
    instance: SingleInstance | None = None
    if not args.demo:
        instance = SingleInstance(parent=app)
        handed = [str(args.file.resolve())] if args.file is not None else []
        if not instance.claim() and instance.send(handed):
            return 0
        # Claimed, or no answer from the first: open our own window (each journal's
        # folder lock still keeps one journal in one process).
    sys.excepthook = _quiet_excepthook
    launch = build(app, args)
    if instance is not None:
        instance.filesReceived.connect(lambda files: _hand_over(launch.window, files))
    launch.window.show()
    if not args.demo and not launch.window.has_journals():
        QTimer.singleShot(0, launch.window.start_first_run)
    try:
        return app.exec()
    finally:
        launch.close()
        if instance is not None:
            instance.release()
