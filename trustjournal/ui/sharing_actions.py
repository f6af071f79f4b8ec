"""The window's sharing commands: share, open a shared file, pair, the shared folder.

Kept out of the main window so it stays a thin shell. While a journal is unlocked this
also runs the shared-folder watcher and accepts ``.tjshare`` files dropped on the window.
Nothing it shows in the status bar ever holds a title, a name or a word of an entry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from trustjournal.sharing.card import CARD_SUFFIX
from trustjournal.ui.actions import Actions
from trustjournal.ui.bundle_opening import BundleOpener, tell
from trustjournal.ui.journal_view import JournalView
from trustjournal.ui.mailbox_watcher import MailboxWatcher
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import mailbox_notice

STATUS_MS = 10_000


def shared_files(mime: QMimeData) -> list[Path]:
    """The local ``.tjshare`` files among dropped ``mime`` data."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".tjshare")
    ]


class SharingActions(QObject):
    """Connects the sharing actions of ``window`` to the unlocked session, if any."""

    def __init__(self, window: QMainWindow, actions: Actions) -> None:
        super().__init__(window)
        self._window = window
        self.session: JournalSession | None = None
        self.journal_view: JournalView | None = None
        self.opener: BundleOpener | None = None
        self.watcher: MailboxWatcher | None = None
        self._waiting: list[Path] = []
        actions.open_shared.triggered.connect(self.ask_and_open)
        actions.share_selected.triggered.connect(self.share_selected)
        actions.pair.triggered.connect(lambda: self.pair())
        actions.mailbox.triggered.connect(self.choose_mailbox)

    # -- the unlocked journal -----------------------------------------------------------------

    def attach(self, session: JournalSession, journal_view: JournalView) -> None:
        """A journal was unlocked: watch its shared folder, open files waiting for it."""
        self.session, self.journal_view = session, journal_view
        self.opener = BundleOpener(session, self._window)
        self.watcher = MailboxWatcher(session, self)
        self.watcher.bundlesOpened.connect(self._arrived)
        self.watcher.bundlesRefused.connect(self._refused)
        for view in journal_view.section_views.values():
            view.shareRequested.connect(self.share_entries)
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            QTimer.singleShot(0, self, lambda p=path: self.open_shared_file(p))

    def detach(self) -> None:
        """The journal is locking: stop watching and forget it."""
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
        if self.opener is not None:
            self.opener.deleteLater()
        self.session, self.journal_view, self.opener, self.watcher = None, None, None, None
        # Messages about what arrived name the partner: none stays up on a locked screen.
        for box in self._window.findChildren(QMessageBox):
            if box.objectName() in ("sharingResultBox", "sharingProblemBox"):
                box.close()

    def open_later(self, path: Path) -> None:
        """Open ``path`` now if a journal is unlocked, else right after the next unlock."""
        if self.session is not None:
            self.open_shared_file(path)
        else:
            self._waiting.append(path)

    # -- commands -----------------------------------------------------------------------------

    def open_shared_file(self, path: Path | None = None) -> None:
        if self.opener is None:
            return
        if path is not None and path.suffix.lower() == CARD_SUFFIX:
            self.pair(path)  # a partner card goes to pairing, never straight to trust
            return
        if path is None:
            self.opener.ask_and_open()
        else:
            self.opener.open(path)

    def ask_and_open(self) -> None:
        """Ask for a shared file, then open it."""
        self.open_shared_file()

    def share_selected(self) -> None:
        view = self.journal_view.current_section_view() if self.journal_view else None
        if view is None or not view.selected_entry_ids():
            tell(
                self._window,
                self.tr(
                    "Choose one or more of your entries first — in Feelings, Promises or any "
                    "other list — and then choose Share."
                ),
            )
            return
        view.request_share()

    def share_entries(self, entry_ids: list[int]) -> None:
        from trustjournal.ui.share_dialog import ShareDialog

        if self.session is None or not entry_ids:
            return
        dialog = ShareDialog(self.session, entry_ids, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.shared.connect(self._shared)
        dialog.open()

    def pair(self, card: Path | None = None) -> None:
        """Open the pairing dialog; with ``card``, at the step that compares its number."""
        from trustjournal.ui.pairing_dialog import PairingDialog

        if self.session is not None:
            dialog = PairingDialog(self.session, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            if card is not None:
                dialog.open_card(card)

    def choose_mailbox(self) -> None:
        from trustjournal.ui.mailbox_dialog import MailboxDialog

        if self.session is None:
            return
        dialog = MailboxDialog(self.session, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.watcher is not None:
            dialog.mailboxChanged.connect(self.watcher.set_folder)
        dialog.open()

    # -- drag and drop ------------------------------------------------------------------------

    def accepts(self, mime: QMimeData) -> bool:
        return self.session is not None and bool(shared_files(mime))

    def drop(self, mime: QMimeData) -> bool:
        """Open every ``.tjshare`` dropped on the window; False if none was taken."""
        paths = shared_files(mime) if self.session is not None else []
        for path in paths:
            self.open_shared_file(path)
        return bool(paths)

    # -- messages -----------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)

    def _arrived(self, _results: list[object]) -> None:
        self._status(mailbox_notice())

    def _shared(self, _receipt: object) -> None:
        self._status(self.tr("Shared."))

    def _refused(self, reasons: list[str]) -> None:
        self._status(
            self.tr("A file in your shared folder could not be opened: %1").replace(
                "%1", reasons[0]
            )
        )
