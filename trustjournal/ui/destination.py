"""Where a sealed file goes: a file the user picks, or the couple's shared folder.

Also the file choosers for shared files and cards. The folder last used is kept in
memory only (a path can say more than it seems; nothing about sharing goes to settings).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QHBoxLayout, QRadioButton, QWidget

from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label

BUNDLE_SUFFIX = ".tjshare"
CARD_SUFFIX = ".tjcard"

_last_folder: list[Path] = []


def _start_folder() -> Path:
    return _last_folder[-1] if _last_folder else Path.home()


def _remember(path: Path) -> None:
    _last_folder[:] = [path.parent]


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem-2``, ``stem-3``… if that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def ask_save_path(parent: QWidget | None, title: str, stem: str, suffix: str) -> Path | None:
    """Ask where to save a new file; None if the user cancelled.

    The suggested name never replaces an existing file, and the service refuses to
    replace one anyway, so the dialog does not ask about overwriting.
    """
    default = free_name(_start_folder(), stem, suffix)
    file_filter = (
        QCoreApplication.translate("Destination", "Shared entries (*.tjshare)")
        if suffix == BUNDLE_SUFFIX
        else QCoreApplication.translate("Destination", "Partner cards (*.tjcard)")
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default), file_filter, "", QFileDialog.Option.DontConfirmOverwrite
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _remember(path)
    return path


def ask_open_path(parent: QWidget | None, title: str, suffix: str) -> Path | None:
    """Ask for an existing shared file or card; None if the user cancelled."""
    file_filter = (
        QCoreApplication.translate("Destination", "Shared entries (*.tjshare);;All files (*)")
        if suffix == BUNDLE_SUFFIX
        else QCoreApplication.translate("Destination", "Partner cards (*.tjcard);;All files (*)")
    )
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(_start_folder()), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    _remember(path)
    return path


def dated_stem(prefix: str) -> str:
    """``share-2026-03-03``: a name that says what and when, and nothing of the content."""
    return f"{prefix}-{dt.date.today().isoformat()}"


class DestinationPicker(QWidget):
    """Two choices: "Save to a file…" or "Put in our shared folder (mailbox)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("destinationPicker")
        self._mailbox: Path | None = None
        self.label = plain_label(self.tr("Where it goes:"), self)
        self.label.setWordWrap(False)
        self.file_radio = named(
            QRadioButton(self.tr("Save to a file…"), self),
            "fileDestinationRadio",
            self.tr("Save to a file"),
        )
        self.mailbox_radio = named(
            QRadioButton(self.tr("Put in our shared folder (mailbox)"), self),
            "mailboxDestinationRadio",
            self.tr("Put in our shared folder"),
        )
        group = QButtonGroup(self)
        group.addButton(self.file_radio)
        group.addButton(self.mailbox_radio)
        self.file_radio.setChecked(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.file_radio)
        layout.addWidget(self.mailbox_radio)
        layout.addStretch(1)
        self.set_mailbox(None)

    def set_mailbox(self, folder: Path | None) -> None:
        """Offer the shared folder only when one is set; prefer it when it is."""
        self._mailbox = folder
        self.mailbox_radio.setVisible(folder is not None)
        if folder is None:
            self.file_radio.setChecked(True)
        else:
            self.mailbox_radio.setToolTip(str(folder))
            self.mailbox_radio.setChecked(True)

    def uses_mailbox(self) -> bool:
        return self._mailbox is not None and self.mailbox_radio.isChecked()


def ask_folder(parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
    """Ask for a folder; None if the user cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start or _start_folder()))
    return Path(chosen) if chosen else None
