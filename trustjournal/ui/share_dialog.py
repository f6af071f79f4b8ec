"""Share entries with the partner: see exactly what leaves, choose freely, then seal it.

The dialog shows each chosen entry as it will leave (optionally only its title and an
excerpt), asks a private question — "Am I sharing this freely, because I want to?" —
that must be answered before Share works and is never stored or sent, and lets the user
save the sealed file or put it in the couple's shared folder. Not paired yet: it explains
and offers pairing first.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Role
from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.sharing.bundle import SharedItem
from trustjournal.ui.destination import (
    BUNDLE_SUFFIX,
    DestinationPicker,
    ask_save_path,
    dated_stem,
)
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_freely import FreelyQuestion
from trustjournal.ui.share_preview import (
    SharePreviewDelegate,
    SharePreviewModel,
    SharePreviewPanel,
    coach_notes,
)
from trustjournal.ui.sharing_events import sharing_events
from trustjournal.ui.worker import run_in_background


class ShareDialog(QDialog):
    """Preview, a private check, a destination, then Share. Emits ``shared(receipt)``."""

    shared = Signal(object)

    def __init__(
        self, session: JournalSession, entry_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share with your partner"))
        self._session = session
        self._entry_ids = list(dict.fromkeys(entry_ids))
        self._notes: dict[tuple[int, bool], list[str]] = {}
        self._busy = False
        self.receipt: sharing.ShareReceipt | None = None
        self.partner_name = ""

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("sharePages")
        self.pair_page = self._build_pair_page()
        self.preview_page = self._build_preview_page()
        self.done_page = self._build_done_page()
        for page in (self.pair_page, self.preview_page, self.done_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(self.pages)
        session.closed.connect(self._on_session_closed)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 140, metrics.height() * 42)
        self._start()

    # -- pages --------------------------------------------------------------------------------

    def _build_pair_page(self) -> QWidget:
        page = QWidget(self)
        heading = plain_label(self.tr("First, pair with your partner"), page, scale=1.25, bold=True)
        text = plain_label(
            self.tr(
                "What you share goes only to your partner's journal, and only after the two of "
                "you have paired once: you swap cards and check a number together, face to face "
                "or on a call.\n\nNothing is ever shared unless you choose it, one entry at a time."
            ),
            page,
            name="notPairedText",
        )
        self.pair_button = named(
            QPushButton(self.tr("Pair with my partner…"), page),
            "pairButton",
            self.tr("Pair with my partner"),
        )
        self.pair_button.clicked.connect(self._pair)
        close = named(QPushButton(self.tr("Not now"), page), "notNowButton", self.tr("Not now"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.pair_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        self.heading = plain_label("", page, name="shareHeading", scale=1.25, bold=True)
        self.intro = plain_label("", page, name="shareIntro")

        self.model = SharePreviewModel(self)
        self.list_view = named(QListView(page), "sharePreviewList", self.tr("Entries to share"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(SharePreviewDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.selectionModel().currentChanged.connect(self._show_current)
        self.panel = SharePreviewPanel(page)
        self.panel.redactionToggled.connect(self._set_redacted)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("shareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 34, width * 80])

        freely = FreelyQuestion(page)
        self.freely_check = freely.check
        self.freely_check.toggled.connect(self._update_share_button)

        self.destination = DestinationPicker(page)
        self.message_label = plain_label("", page, name="shareMessage")
        self.message_label.hide()
        self.cancel_button = named(
            QPushButton(self.tr("Cancel"), page), "cancelShareButton", self.tr("Cancel")
        )
        self.cancel_button.clicked.connect(self.reject)
        self.share_button = named(
            QPushButton(self.tr("Share"), page), "shareButton", self.tr("Share")
        )
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        buttons = QHBoxLayout()
        buttons.addWidget(self.destination, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.share_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(freely)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        heading = plain_label(self.tr("Shared"), page, scale=1.25, bold=True)
        self.done_label = plain_label("", page, name="shareDoneText")
        close = named(QPushButton(self.tr("Close"), page), "closeShareButton", self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    # -- flow ---------------------------------------------------------------------------------

    def _start(self) -> None:
        try:
            partner = sharing.partner(self._session.journal)
        except TrustJournalError as error:
            self._show_message(error.message)
            partner = None
        if partner is None:
            self.pages.setCurrentWidget(self.pair_page)
            return
        self.partner_name = partner.name
        self.heading.setText(self.tr("What will leave your journal"))
        self.intro.setText(
            self.tr(
                "Only what you see here goes to %1, sealed so that only %1's journal can open "
                "it. Nothing else leaves."
            ).replace("%1", partner.name)
        )
        try:
            self.destination.set_mailbox(sharing.mailbox(self._session.journal))
            items = sharing.preview_share(self._session.journal, self._entry_ids)
        except TrustJournalError as error:
            items = []
            self._show_message(error.message)
        self.model.set_items(items)
        self.pages.setCurrentWidget(self.preview_page)
        if items:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        self._update_share_button()

    def _pair(self) -> None:
        from trustjournal.ui.pairing_dialog import PairingDialog

        dialog = PairingDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._after_pairing)
        dialog.open()

    def _after_pairing(self, _result: int) -> None:
        if self._session.is_open:
            self._start()

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is None:
            self.panel.show_item(None)
            return
        self.panel.show_item(item, self._coach_notes(item))

    def _coach_notes(self, item: SharedItem) -> list[str]:
        if self._session.info.role != Role.REPAIRING:
            return []
        key = (item.entry_id, item.redacted)
        if key not in self._notes:
            self._notes[key] = coach_notes(f"{item.title}\n\n{item.body}")
        return self._notes[key]

    def _set_redacted(self, redacted: bool) -> None:
        row = self.list_view.currentIndex().row()
        item = self.model.item(row)
        if item is None:
            return
        entry_id = item.entry_id
        try:
            fresh = sharing.preview_share(
                self._session.journal, [entry_id], redact=[entry_id] if redacted else []
            )
        except TrustJournalError as error:
            self._show_message(error.message)
            return
        if fresh:
            self.model.replace(row, fresh[0])
            self.panel.show_item(fresh[0], self._coach_notes(fresh[0]))

    def redacted_ids(self) -> list[int]:
        return [item.entry_id for item in self.model.items() if item.redacted]

    def _update_share_button(self) -> None:
        self.share_button.setEnabled(
            not self._busy and self.freely_check.isChecked() and self.model.rowCount() > 0
        )

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def share(self) -> None:
        """Seal the previewed entries to the chosen place (asks for a file if needed)."""
        if not self.share_button.isEnabled():
            return
        out: Path | None = None
        if not self.destination.uses_mailbox():
            out = ask_save_path(
                self,
                self.tr("Save the shared entries"),
                dated_stem(self.tr("share", "file name")),
                BUNDLE_SUFFIX,
            )
            if out is None:
                return
        journal = self._session.journal
        ids, redact = [item.entry_id for item in self.model.items()], self.redacted_ids()
        self._busy = True
        self._update_share_button()
        self.cancel_button.setEnabled(False)
        self._show_message(self.tr("Sealing…"))
        run_in_background(
            lambda: sharing.share(journal, ids, out, redact=redact), self._shared, self._failed
        )

    def _shared(self, receipt: sharing.ShareReceipt) -> None:
        self._busy = False
        self.receipt = receipt
        self.cancel_button.setEnabled(True)
        self._show_message("")
        count = len(receipt.items)
        what = self.tr("%n entries are sealed for %1.", "", count).replace("%1", self.partner_name)
        if self.destination.uses_mailbox():
            where = self.tr("It is in your shared folder, where %1's journal will find it.")
        else:
            where = self.tr(
                "It is saved as %2. Pass the file to %1 however suits you both; only %1's "
                "journal can open it."
            ).replace("%2", str(receipt.path))
        later = self.tr("You can see it, and withdraw it, in what you have shared.")
        self.done_label.setText("\n\n".join([what, where.replace("%1", self.partner_name), later]))
        self.pages.setCurrentWidget(self.done_page)
        if self._session.is_open:
            sharing_events(self._session).changed.emit()
        self.shared.emit(receipt)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.cancel_button.setEnabled(True)
        self._update_share_button()
        if isinstance(error, TrustJournalError):
            self._show_message(error.message)
        else:
            self._show_message(self.tr("This could not be shared. Nothing was sent or recorded."))

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if not self._busy:  # a file half-way through sealing finishes first
            super().reject()

    def clear(self) -> None:
        """Remove every word of the journal from the dialog."""
        self.model.clear()
        self.panel.clear()
        self.done_label.clear()

    def _on_session_closed(self) -> None:
        self.clear()
        self._busy = False
        super().reject()
