"""Pick up new sealed files from the shared folder while the journal is unlocked.

A :class:`QFileSystemWatcher` on the folder wakes a short debounce; the folder is then
looked at twice, about 300 ms apart, and only when no ``.tjshare`` file changed size in
between (a sync tool still writing one would) is it opened — through the sharing
service's ``collect_mailbox``, off the UI thread, with every check a file opened by hand
gets. Files seen before are no-ops there; new ones are announced with ``bundlesOpened``.
The watcher stops for good when the session closes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from shiboken6 import isValid

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import OpenResult
from trustjournal.ui.session import JournalSession
from trustjournal.ui.sharing_events import sharing_events
from trustjournal.ui.worker import run_in_background

DEBOUNCE_MS = 300
SETTLE_MS = 300
# A look at the folder never reads more names than this, whatever else is in there.
MAX_NAMES = 20_000

Snapshot = dict[str, tuple[int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Size and modification time of each visible ``.tjshare`` file in ``folder``."""
    found: Snapshot = {}
    try:
        with os.scandir(folder) as names:
            for count, item in enumerate(names):
                if count >= MAX_NAMES:
                    break
                name = item.name
                if name.startswith(".") or not name.lower().endswith(".tjshare"):
                    continue
                try:
                    info = item.stat()
                except OSError:
                    continue
                found[name] = (info.st_size, info.st_mtime_ns)
    except OSError:
        return {}
    return found


class MailboxWatcher(QObject):
    """Watches the session's mailbox. Emits ``bundlesOpened(list of OpenResult)``.

    ``bundlesRefused(list of str)`` carries the plain reasons for files that could not
    be opened, each file reported once.
    """

    bundlesOpened = Signal(list)
    bundlesRefused = Signal(list)

    def __init__(self, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._folder: Path | None = None
        self._stopped = False
        self._busy = False
        self._again = False
        self._first: Snapshot = {}
        self._looked: Snapshot = {}
        self._reported: set[tuple[str, tuple[int, int]]] = set()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._debounce = self._timer(DEBOUNCE_MS, self._first_look)
        self._settle = self._timer(SETTLE_MS, self._second_look)
        session.closed.connect(self.stop)
        try:
            folder = sharing.mailbox(session.journal)
        except TrustJournalError:
            folder = None
        self.set_folder(folder)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- public API ---------------------------------------------------------------------------

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def is_busy(self) -> bool:
        """True while a look at the folder is pending or files are being opened."""
        return self._busy or self._debounce.isActive() or self._settle.isActive()

    def set_folder(self, folder: Path | None) -> None:
        """Watch ``folder`` (None: watch nothing) and look at what is already there."""
        if self._stopped:
            return
        directories = self._watcher.directories()
        if directories:
            self._watcher.removePaths(directories)
        self._folder = folder
        self._looked = {}
        if folder is not None and folder.is_dir():
            self._watcher.addPath(str(folder))
            self._debounce.start()

    def check_now(self) -> None:
        """Look at the folder soon (as if it had just changed)."""
        self._changed("")

    def stop(self) -> None:
        """Stop watching for good (the journal locked)."""
        self._stopped = True
        self._debounce.stop()
        self._settle.stop()
        directories = self._watcher.directories()
        if directories:
            self._watcher.removePaths(directories)
        self._folder = None

    # -- looking ------------------------------------------------------------------------------

    def _changed(self, _path: str) -> None:
        if not self._stopped and self._folder is not None:
            self._debounce.start()

    def _first_look(self) -> None:
        if self._stopped or self._folder is None:
            return
        self._first = snapshot(self._folder)
        self._settle.start()

    def _second_look(self) -> None:
        if self._stopped or self._folder is None:
            return
        now = snapshot(self._folder)
        if now != self._first:
            # Something is still being written: wait until two looks agree.
            self._first = now
            self._settle.start()
            return
        if any(self._looked.get(name) != state for name, state in now.items()):
            self._collect(now)

    def _collect(self, seen: Snapshot) -> None:
        if self._busy:
            self._again = True
            return
        if not self._session.is_open:
            return
        self._busy = True
        journal = self._session.journal
        run_in_background(
            lambda: sharing.collect_mailbox(journal),
            lambda results: self._collected(seen, results),
            self._failed,
        )

    def _collected(
        self, seen: Snapshot, results: list[tuple[Path, OpenResult | TrustJournalError]]
    ) -> None:
        if not isValid(self):
            return
        self._busy = False
        if self._stopped:
            return
        self._looked = seen
        opened: list[OpenResult] = []
        refused: list[str] = []
        for path, outcome in results:
            if isinstance(outcome, TrustJournalError):
                key = (path.name, seen.get(path.name, (-1, -1)))
                if key not in self._reported:
                    self._reported.add(key)
                    refused.append(outcome.message)
            elif not outcome.replayed:
                opened.append(outcome)
        if opened:
            sharing_events(self._session).changed.emit()
            self.bundlesOpened.emit(opened)
        if refused:
            self.bundlesRefused.emit(refused)
        if self._again:
            self._again = False
            self._debounce.start()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._busy = False
        if self._stopped:
            return
        if isinstance(error, TrustJournalError):
            self.bundlesRefused.emit([error.message])
