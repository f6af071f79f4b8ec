"""Asking before a withdrawal: what it does, and what it cannot undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trustjournal.services.sharing import LedgerRow
from trustjournal.ui.destination import DestinationPicker
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label


class WithdrawDialog(QDialog):
    """Says plainly that the partner may already have read it; Withdraw or keep it.

    Emits ``withdrawConfirmed(entry_id, use_mailbox)`` when the user chooses Withdraw.
    """

    withdrawConfirmed = Signal(int, bool)

    def __init__(self, row: LedgerRow, mailbox: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id = row.entry_id
        title, partner_name = row.title, row.to_name
        self.setObjectName("withdrawDialog")
        self.setWindowTitle(self.tr("Withdraw a share"))
        heading = plain_label(
            self.tr("Withdraw “%1”?").replace("%1", title), self, scale=1.2, bold=True
        )
        heading.setObjectName("withdrawHeading")
        self._heading = heading
        text = plain_label(
            self.tr(
                "Your partner's app will remove it when it opens the withdrawal. "
                "They may already have read it."
            ),
            self,
            name="withdrawExplanation",
        )
        self._how = how = plain_label(
            self.tr(
                "A small sealed file carries the withdrawal to %1, the same way your share did. "
                "It stays in your list of shares, marked as withdrawn."
            ).replace("%1", partner_name),
            self,
        )
        self.destination = DestinationPicker(self)
        self.destination.set_mailbox(mailbox)
        keep = named(
            QPushButton(self.tr("Keep it shared"), self),
            "keepSharedButton",
            self.tr("Keep it shared"),
        )
        keep.setDefault(True)
        keep.clicked.connect(self.reject)
        withdraw = named(
            QPushButton(self.tr("Withdraw"), self), "confirmWithdrawButton", self.tr("Withdraw")
        )
        withdraw.setAutoDefault(False)
        withdraw.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.destination, 1)
        buttons.addWidget(keep)
        buttons.addWidget(withdraw)
        self.accepted.connect(self._confirmed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(how)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def uses_mailbox(self) -> bool:
        return self.destination.uses_mailbox()

    def close_for_lock(self) -> None:
        """The journal is locking: forget the title and the name, and close unanswered."""
        self._heading.clear()
        self._how.clear()
        self.reject()

    def _confirmed(self) -> None:
        self.withdrawConfirmed.emit(self._entry_id, self.uses_mailbox())
