"""Open a shared file (a ``.tjshare``): off the UI thread, then a plain sentence.

Used by the menu, drag-and-drop, the command line's FILE argument and the "Open a shared
file…" button. Whatever happens, the user reads one calm sentence — what was added, that
it had been opened before, or why it was refused — and never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from shiboken6 import isValid

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import OpenResult
from trustjournal.ui.destination import BUNDLE_SUFFIX, ask_open_path
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import open_result_message
from trustjournal.ui.sharing_events import sharing_events
from trustjournal.ui.worker import run_in_background


def tell(parent: QWidget | None, text: str, *, problem: bool = False) -> QMessageBox:
    """Show ``text`` in a small plain-text message that does not block the window."""
    box = QMessageBox(parent)
    box.setObjectName("sharingProblemBox" if problem else "sharingResultBox")
    box.setIcon(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information)
    box.setWindowTitle(
        QCoreApplication.translate("BundleOpener", "This file was not opened")
        if problem
        else QCoreApplication.translate("BundleOpener", "Shared with me")
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class BundleOpener(QObject):
    """Opens shared files for one session. Emits ``finished(message, ok)``."""

    finished = Signal(str, bool)

    def __init__(self, session: JournalSession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.show_messages = True

    def ask_and_open(self) -> None:
        """Ask for a shared file, then open it."""
        path = ask_open_path(self._window, self.tr("Open a shared file"), BUNDLE_SUFFIX)
        if path is not None:
            self.open(path)

    def open(self, path: Path) -> None:
        """Open ``path`` in the background; the result arrives as ``finished``."""
        if not self._session.is_open:
            return
        journal = self._session.journal
        run_in_background(lambda: sharing.open_bundle(journal, path), self._done, self._failed)

    def _done(self, result: OpenResult) -> None:
        if not isValid(self) or not self._session.is_open:
            return
        if not result.replayed:
            sharing_events(self._session).changed.emit()
        self._finish(open_result_message(result), ok=True)

    def _failed(self, error: BaseException) -> None:
        if not isValid(self) or not self._session.is_open:
            return
        if isinstance(error, TrustJournalError):
            message = error.message
        else:
            message = self.tr("This file could not be opened. Nothing was changed.")
        self._finish(message, ok=False)

    def _finish(self, message: str, *, ok: bool) -> None:
        if self.show_messages and isValid(self._window):
            tell(self._window, message, problem=not ok)
        self.finished.emit(message, ok)
