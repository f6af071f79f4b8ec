"""The shared folder ("mailbox"): a folder both partners sync, where sealed files meet.

Choosing one means sealed files can be put there instead of passed by hand, and new ones
are picked up while the journal is unlocked. Clearing it stops both. Only sealed files
ever go there; the folder is remembered inside the encrypted journal, not in settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.ui.destination import ask_folder
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.sharing_events import sharing_events


class MailboxDialog(QDialog):
    """Choose or clear the shared folder. Emits ``mailboxChanged(Path | None)``."""

    mailboxChanged = Signal(object)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailboxDialog")
        self.setWindowTitle(self.tr("Shared folder"))
        self._session = session
        heading = plain_label(self.tr("A shared folder (mailbox)"), self, scale=1.25, bold=True)
        text = plain_label(
            self.tr(
                "If the two of you already sync a folder — with Syncthing, Nextcloud or a cloud "
                "drive — it can carry what you share. Sealed files are put there, and new ones "
                "from your partner are opened while your journal is unlocked.\n\n"
                "Only sealed files go there: nobody who sees the folder can read them. "
                "Nothing is ever shared on its own; you still choose every entry."
            ),
            self,
        )
        self.folder_label = plain_label("", self, name="mailboxFolder", bold=True)
        self.message_label = plain_label("", self, name="mailboxMessage")
        self.message_label.hide()
        self.choose_button = named(
            QPushButton(self.tr("Choose a folder…"), self),
            "chooseMailboxButton",
            self.tr("Choose a shared folder"),
        )
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = named(
            QPushButton(self.tr("Stop using a shared folder"), self),
            "clearMailboxButton",
            self.tr("Stop using a shared folder"),
        )
        self.clear_button.clicked.connect(self.stop_using)
        close = named(QPushButton(self.tr("Close"), self), "closeMailboxButton", self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        session.closed.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 84, self.sizeHint().height())
        self._show_current()

    def _current(self) -> Path | None:
        try:
            return sharing.mailbox(self._session.journal)
        except TrustJournalError:
            return None

    def _show_current(self) -> None:
        folder = self._current()
        if folder is None:
            self.folder_label.setText(self.tr("No shared folder is set."))
        else:
            self.folder_label.setText(self.tr("Shared folder: %1").replace("%1", str(folder)))
        self.clear_button.setEnabled(folder is not None)

    def choose(self) -> None:
        folder = ask_folder(self, self.tr("Choose the shared folder"), self._current())
        if folder is not None:
            self.set_folder(folder)

    def stop_using(self) -> None:
        """Stop using a shared folder."""
        self.set_folder(None)

    def set_folder(self, folder: Path | None) -> None:
        """Use ``folder`` as the shared folder (None: stop using one)."""
        try:
            sharing.set_mailbox(self._session.journal, folder)
        except TrustJournalError as error:
            self.message_label.setText(error.message)
            self.message_label.show()
            return
        self.message_label.hide()
        self._show_current()
        sharing_events(self._session).changed.emit()
        self.mailboxChanged.emit(folder)
