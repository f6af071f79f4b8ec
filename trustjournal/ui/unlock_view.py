"""The unlock screen: choose a journal, type the passphrase, wait calmly.

Key derivation takes most of a second, so it runs on a worker thread while a busy
bar moves; a wrong passphrase gets a quiet inline message and the field keeps focus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError, WrongPassphrase
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import Journal, is_journal

_OTHER = "__other__"


def find_journals(data_dir: Path) -> list[Path]:
    """Journal folders directly inside ``data_dir``, by name."""
    try:
        return sorted(
            (p for p in data_dir.iterdir() if p.is_dir() and is_journal(p)),
            key=lambda p: p.name.casefold(),
        )
    except OSError:
        return []


class UnlockView(QWidget):
    """Emits ``unlocked(Journal)`` once a journal opens."""

    unlocked = Signal(object)
    createRequested = Signal()
    recoveryRequested = Signal(object)  # Path of the chosen journal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockView")
        self._busy = False

        card = QFrame(self)
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)

        title = plain_label(self.tr("Trust Journal"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        subtitle = plain_label(self.tr("Your journal is locked. Only your passphrase opens it."))

        self.journal_combo = QComboBox()
        self.journal_combo.setObjectName("journalCombo")
        self.journal_combo.setAccessibleName(self.tr("Journal"))
        self.journal_combo.activated.connect(self._journal_activated)
        journal_label = QLabel(self.tr("J&ournal"))  # Alt+J is the Journal menu
        journal_label.setBuddy(self.journal_combo)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        passphrase_label = QLabel(self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase_edit)

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setAccessibleName(self.tr("Opening your journal"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.hide()

        self.message_label = plain_label()
        self.message_label.setObjectName("unlockMessage")
        self.message_label.setAccessibleName(self.tr("Message"))

        self.forgot_button = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self._forgot)
        self.create_button = QPushButton(self.tr("&New journal…"))
        self.create_button.setObjectName("createButton")
        self.create_button.setAccessibleName(self.tr("Create a new journal"))
        self.create_button.setFlat(True)
        self.create_button.clicked.connect(self.createRequested)

        self.demo_label = plain_label()
        self.demo_label.setObjectName("demoNote")
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.hide()

        links = QHBoxLayout()
        links.addWidget(self.forgot_button)
        links.addStretch(1)
        links.addWidget(self.create_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(8)
        inner.addWidget(journal_label)
        inner.addWidget(self.journal_combo)
        inner.addWidget(passphrase_label)
        inner.addWidget(self.passphrase_edit)
        inner.addWidget(self.busy_bar)
        inner.addWidget(self.message_label)
        inner.addWidget(self.unlock_button)
        inner.addLayout(links)
        inner.addWidget(self.demo_label)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.journal_combo, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.create_button)

    # -- public --------------------------------------------------------------------------

    def set_journals(self, folders: list[Path], preferred: str = "") -> None:
        """Offer ``folders`` (and "Open another folder…"), selecting ``preferred`` by name."""
        self.journal_combo.clear()
        for folder in folders:
            self.journal_combo.addItem(folder.name, str(folder))
        self.journal_combo.addItem(self.tr("Open another folder…"), _OTHER)
        names = [f.name for f in folders]
        self.journal_combo.setCurrentIndex(names.index(preferred) if preferred in names else 0)
        self._update_enabled()

    def set_demo_note(self, lines: list[str]) -> None:
        """Show the demo journals' passphrases (demo mode only)."""
        self.demo_label.setText("\n".join(lines))
        self.demo_label.setVisible(bool(lines))

    def selected_folder(self) -> Path | None:
        data = self.journal_combo.currentData()
        return None if data in (None, _OTHER) else Path(data)

    def reset(self, message: str = "") -> None:
        """Back to a clean, ready state (after locking), with an optional calm message."""
        self.passphrase_edit.clear()
        self.message_label.setText(message)
        self._set_busy(False)
        self.passphrase_edit.setFocus()

    @property
    def busy(self) -> bool:
        return self._busy

    def unlock(self) -> None:
        """Start unlocking the selected journal on a worker thread."""
        folder = self.selected_folder()
        if self._busy or folder is None:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.message_label.setText(self.tr("Please type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        self._set_busy(True)
        self.message_label.setText(self.tr("Opening your journal…"))
        run_in_background(lambda: Journal.unlock(folder, passphrase), self._done, self._failed)

    # -- internals -------------------------------------------------------------------------

    def _done(self, journal: object) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.message_label.clear()
        self.unlocked.emit(journal)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            text = self.tr(
                "That passphrase doesn’t open this journal. Take your time and try again."
            )
        elif isinstance(error, TrustJournalError):
            text = error.message
        else:
            text = self.tr("The journal could not be opened. Nothing in it was changed.")
        self.message_label.setText(text)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.journal_combo,
            self.passphrase_edit,
            self.forgot_button,
            self.create_button,
        ):
            widget.setEnabled(not busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = not self._busy and self.selected_folder() is not None
        self.unlock_button.setEnabled(ready)
        self.forgot_button.setEnabled(ready)

    def _journal_activated(self, index: int) -> None:
        if self.journal_combo.itemData(index) == _OTHER:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a journal folder"))
            if chosen and is_journal(Path(chosen)):
                folder = Path(chosen)
                self.journal_combo.insertItem(0, folder.name, str(folder))
                self.journal_combo.setCurrentIndex(0)
            elif chosen:
                self.message_label.setText(
                    self.tr("That folder does not hold a Trust Journal journal.")
                )
                self.journal_combo.setCurrentIndex(0)
            else:
                self.journal_combo.setCurrentIndex(0)
        self._update_enabled()
        self.passphrase_edit.setFocus()

    def _forgot(self) -> None:
        folder = self.selected_folder()
        if folder is not None:
            self.recoveryRequested.emit(folder)
