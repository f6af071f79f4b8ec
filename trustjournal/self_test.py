"""``trustjournal --self-test``: prove that this copy of the app works, then leave no trace.

Made for the built (frozen) app above all: it goes once through the parts a missing
library, plugin or resource would break — the encrypted database and its key
derivation, full-text search, pairing, sealing and opening a bundle, the bundled
resources and translations, drawing PDFs with Qt's fonts, building the main window and
drawing the SVG icon (Qt's plugins) — using two throwaway journals in a new temporary
folder. Nothing of the user's is read or written, no window is shown, and the temporary
folder is removed at the end, also when a step fails.

The throwaway journals use the floor cost of key derivation (64 MiB, 3 passes): it is
the same Argon2id code path as a real journal and still the cheapest cost any journal
may have, so it proves that derivation works, in a fraction of a second instead of
several. The journals hold only made-up words and are deleted a moment later, so a
cheaper key costs nothing.

One line per step goes to standard output; the result is 0 when every step worked, or 1
with one plain line saying which step failed and why.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from trustjournal.vault import Journal

# Made-up words, so that the search below can only find the entry written here.
MARKER = "lighthouse"
TITLE = f"Self-test entry about a {MARKER}"
BODY = f"A calm evening walk to the {MARKER}; this journal is deleted in a moment."

APP_ID = "org.trustjournal.TrustJournal"

_application: QCoreApplication | None = None


class SelfTestFailed(Exception):
    """A step did not give what it should (the message says what)."""


class _Run:
    """What the steps share: the temporary folder and the two open journals."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.passphrase = secrets.token_urlsafe(24)
        self.mine: Journal | None = None
        self.partner: Journal | None = None
        self.recovery_code = ""
        self.entry_id = 0
        self.bundle: Path | None = None

    def journal(self, which: Journal | None) -> Journal:
        if which is None:
            raise SelfTestFailed("an earlier step did not open its journal")
        return which

    def close(self) -> None:
        for journal in (self.mine, self.partner):
            if journal is not None:
                journal.lock()
        self.mine = self.partner = None


def _say(text: str) -> None:
    # A windowed app on some systems has no standard output at all.
    if sys.stdout is not None:
        print(text, flush=True)


def _qt_application() -> QCoreApplication:
    """The Qt application for fonts, drawing and widgets; offscreen if there is no screen."""
    global _application
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if existing is None:
        _application = QApplication(["trustjournal"])
        return _application
    if not isinstance(existing, QGuiApplication):
        raise SelfTestFailed("Qt was started without its GUI part, so nothing can be drawn")
    return existing


# -- the steps ------------------------------------------------------------------------------


def _start_qt(run: _Run) -> str:
    _qt_application()
    from PySide6.QtGui import QGuiApplication

    build = "built app" if getattr(sys, "frozen", False) else "from source"
    return f"Qt platform “{QGuiApplication.platformName()}”, {build}"


def _resources(run: _Run) -> str:
    from trustjournal import paths
    from trustjournal.domain.coach import load_coach
    from trustjournal.domain.guidance import guidance_path, read_guidance

    for language in ("en", "es"):
        read_guidance(guidance_path(language))
        load_coach(language)
    icon = paths.resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    if not icon.is_file():
        raise SelfTestFailed(f"the app's icon is missing ({icon})")
    if not all(paths.resource("demo", f"{name}.txt").is_file() for name in ("maya", "maya_es")):
        raise SelfTestFailed("the demo journals' text is missing")
    languages = _check_translations(paths.resource("translations"))
    return "guidance and coach (en, es), icon, demo" + (
        f"; translations: {languages}" if languages else ""
    )


def _check_translations(folder: Path) -> str:
    """Every bundled translation loads, and Qt's own for the same language too."""
    if not folder.is_dir():
        return ""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    for qm in sorted(folder.glob("trustjournal_*.qm")):
        language = qm.stem.removeprefix("trustjournal_")
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise SelfTestFailed(f"the translation {qm.name} cannot be loaded")
        if language != "en" and not translator.translate("MainWindow", "&Lock now"):
            raise SelfTestFailed(f"the translation {qm.name} lacks the menu's words")
        if not QTranslator().load(f"qtbase_{language}", qt_folder):
            raise SelfTestFailed(f"Qt's own {language} translation is missing from {qt_folder}")
        found.append(language)
    return ", ".join(found)


def _create_and_unlock(run: _Run) -> str:
    from trustjournal.domain import Role
    from trustjournal.vault import Journal
    from trustjournal.vault.keyslots import FLOOR_KDF

    folder = run.folder / "mine"
    journal, run.recovery_code = Journal.create(
        folder,
        name="Self-test",
        role=Role.REPAIRING,
        since=dt.date.today() - dt.timedelta(days=30),
        passphrase=run.passphrase,
        kdf=FLOOR_KDF,
    )
    journal.lock()
    run.mine = Journal.unlock(folder, run.passphrase)
    return "created, locked and unlocked again"


def _write(run: _Run) -> str:
    from trustjournal.domain import EntryDraft, Kind

    journal = run.journal(run.mine)
    entry = journal.add(EntryDraft(kind=Kind.REFLECTION, title=TITLE, body=BODY, mood=4))
    if journal.get(entry.id).body != BODY:
        raise SelfTestFailed("the entry read back differs from the one written")
    run.entry_id = entry.id
    return f"entry {entry.id} written and read back"


def _search(run: _Run) -> str:
    hits = run.journal(run.mine).search(MARKER)
    if [hit.entry.id for hit in hits] != [run.entry_id]:
        raise SelfTestFailed(f"searching for “{MARKER}” found {len(hits)} entries instead of 1")
    return "found it by a word of its text"


def _pair(run: _Run) -> str:
    from trustjournal.domain import Role
    from trustjournal.services import sharing
    from trustjournal.vault import Journal
    from trustjournal.vault.keyslots import FLOOR_KDF

    run.partner, _code = Journal.create(
        run.folder / "partner",
        name="Self-test partner",
        role=Role.HURT,
        since=dt.date.today() - dt.timedelta(days=30),
        passphrase=run.passphrase,
        kdf=FLOOR_KDF,
    )
    mine, partner = run.journal(run.mine), run.partner
    number = sharing.safety_number_with(mine, sharing.my_card(partner))
    if sharing.safety_number_with(partner, sharing.my_card(mine)) != number:
        raise SelfTestFailed("the two safety numbers differ")
    sharing.pair(mine, sharing.my_card(partner), number)
    sharing.pair(partner, sharing.my_card(mine), number)
    return "second journal created; both paired by safety number"


def _seal(run: _Run) -> str:
    from trustjournal.services import sharing
    from trustjournal.sharing.bundle import MAGIC

    receipt = sharing.share(run.journal(run.mine), [run.entry_id], out=run.folder / "entry.tjshare")
    data = receipt.path.read_bytes()
    if not data.startswith(MAGIC) or BODY.encode() in data:
        raise SelfTestFailed("the sealed bundle is not a sealed Trust Journal bundle")
    run.bundle = receipt.path
    return f"bundle sealed ({len(data)} bytes)"


def _open(run: _Run) -> str:
    from trustjournal.services import sharing

    if run.bundle is None:
        raise SelfTestFailed("there is no bundle to open")
    partner = run.journal(run.partner)
    result = sharing.open_bundle(partner, run.bundle)
    received = sharing.shared_with_me(partner)
    if result.added != 1 or [r.body for r in received] != [BODY]:
        raise SelfTestFailed("the opened bundle did not hold the shared entry")
    return "opened by the partner's journal, entry arrived intact"


def _pdf_pages(path: Path) -> int:
    """How many pages the PDF at ``path`` has (0 if it is not a PDF at all)."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        return 0
    return len(re.findall(rb"/Type\s*/Page\b", data))


def _pdf(run: _Run) -> str:
    from trustjournal.reports import recovery_sheet
    from trustjournal.reports.summary import Period, build_summary
    from trustjournal.reports.summary_pdf import write_pdf

    sheet = run.folder / "recovery-sheet.pdf"
    recovery_sheet.write_pdf(sheet, run.recovery_code, "Self-test")
    if _pdf_pages(sheet) != 1:
        raise SelfTestFailed("the recovery sheet is not a one-page PDF")
    journal = run.journal(run.mine)
    today = dt.date.today()
    summary = build_summary(journal, Period(today - dt.timedelta(days=7), today), [run.entry_id])
    path = run.folder / "summary.pdf"
    pages = write_pdf(summary, path)
    if _pdf_pages(path) != pages or pages < 1:
        raise SelfTestFailed("the counselling summary is not the PDF it should be")
    return f"one-page recovery sheet and a {pages}-page counselling summary"


def _window(run: _Run) -> str:
    from PySide6.QtCore import QCoreApplication, QEvent, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from trustjournal import paths
    from trustjournal.settings import Settings
    from trustjournal.ui.main_window import MainWindow

    if not isinstance(QCoreApplication.instance(), QApplication):
        raise SelfTestFailed("Qt was started without widgets, so no window can be built")
    icon = QIcon(str(paths.resource("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")))
    if icon.pixmap(QSize(64, 64)).isNull():
        raise SelfTestFailed("the app's SVG icon cannot be drawn (Qt's SVG support is missing)")
    # Its own settings file in the temporary folder: the user's settings are never read.
    settings = Settings(run.folder / "settings.ini")
    settings.set("data_dir", str(run.folder))
    window = MainWindow(settings)
    try:
        found = window.has_journals()
        picture = window.grab()
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if not found:
        raise SelfTestFailed("the main window did not list the journals in its folder")
    if picture.isNull():
        raise SelfTestFailed("the main window could not be drawn")
    return f"built and drawn ({picture.width()}×{picture.height()}), SVG icon drawn"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("start Qt", _start_qt),
    ("bundled resources", _resources),
    ("create a journal", _create_and_unlock),
    ("write an entry", _write),
    ("search", _search),
    ("pair two journals", _pair),
    ("seal a bundle", _seal),
    ("open the bundle", _open),
    ("draw PDFs", _pdf),
    ("build the main window", _window),
)


def _plain(error: BaseException) -> str:
    from trustjournal.errors import TrustJournalError

    if isinstance(error, TrustJournalError | SelfTestFailed):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_self_test() -> int:
    """Run every step in a temporary folder; 0 if all worked, 1 (and why) if one did not."""
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="trustjournal-self-test-"))
    run = _Run(folder)
    failed: str | None = None
    try:
        for number, (label, step) in enumerate(STEPS, start=1):
            try:
                detail = step(run)
            except Exception as error:  # every failure becomes one plain line
                failed = f"step {number} ({label}) failed: {_plain(error)}"
                break
            _say(f"self-test {number}/{len(STEPS)} {label}: ok — {detail}")
    finally:
        try:
            run.close()
        except Exception as error:
            failed = failed or f"the journals could not be closed: {_plain(error)}"
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists() and failed is None:
        failed = f"the temporary folder {folder} could not be removed"
    if failed is not None:
        if sys.stderr is not None:
            print(f"self-test FAILED: {failed}", file=sys.stderr, flush=True)
        return 1
    _say(f"self-test passed in {time.monotonic() - started:.1f} s; temporary files removed")
    return 0
