"""“What I shared”: the ledger of every share, the replies it received, and withdrawal.

The author's own record: which entry, which version, when, to whom, and whether it was
withdrawn. "Withdraw…" explains first that the partner may already have read it, then
seals a small withdrawal for the partner's app.
"""

from __future__ import annotations

from pathlib import Path

from shiboken6 import isValid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind
from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import Reply
from trustjournal.ui.destination import BUNDLE_SUFFIX, ask_save_path, dated_stem
from trustjournal.ui.label_field import named
from trustjournal.ui.ledger_model import LedgerLine, LedgerModel
from trustjournal.ui.ledger_withdraw import WithdrawDialog
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.reply_thread import ReplyThread
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import day_of
from trustjournal.ui.sharing_events import sharing_events
from trustjournal.ui.worker import run_in_background


class LedgerView(QWidget):
    """Every share I made, newest first, with replies threaded under each entry."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerView")
        self._session = session
        self._busy = False
        self.model = LedgerModel(session, self)

        title = plain_label(self.tr("What I shared"), self, scale=1.3, bold=True)
        hint = plain_label(
            self.tr(
                "Your own record of every share: what left, when, and to whom. Replies from "
                "your partner appear under the entry they answer."
            ),
            self,
            name="ledgerHint",
        )
        self.tree = named(QTreeView(self), "ledgerTree", self.tr("Shares"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(True)
        # Roomy rows, as in the navigation: this list is read, not scanned.
        self.tree.setStyleSheet("QTreeView#ledgerTree::item { padding: 4px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LedgerModel.ENTRY, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().currentChanged.connect(self._show_current)

        self.detail_title = plain_label("", self, name="ledgerTitle", bold=True, scale=1.1)
        self.detail_meta = plain_label("", self, name="ledgerMeta")
        self.replies_view = ReplyThread(self)
        self.withdraw_button = named(
            QPushButton(self.tr("Withdraw…"), self), "withdrawButton", self.tr("Withdraw")
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.status_label = plain_label("", self, name="ledgerStatus")
        self.status_label.hide()
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.detail_meta)
        detail_layout.addWidget(self.status_label)
        detail_layout.addWidget(self.replies_view)
        detail_layout.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("ledgerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.empty_label = plain_label(
            self.tr(
                "You haven't shared anything yet.\n\nWhen you choose to share an entry, it is "
                "recorded here, so you always know what your partner has — and you can "
                "withdraw it."
            ),
            self,
            name="ledgerEmpty",
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("ledgerStack")
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)

        self.model.modelReset.connect(self._after_reset)
        sharing_events(session).changed.connect(self.refresh)
        session.entriesChanged.connect(self._entries_changed)
        session.closed.connect(self.clear)
        self._after_reset()

    # -- public API ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load again (a share, a reply or a withdrawal happened), keeping the selection."""
        self.model.refresh()

    def _entries_changed(self, _change: object) -> None:
        self.refresh()  # an edit or a deletion changes what "version" says

    def selected_line(self) -> LedgerLine | None:
        return self.model.line_at(self.tree.currentIndex())

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of_entry(entry_id)
        if row is None:
            return False
        self.tree.setCurrentIndex(self.model.index(row, 0))
        return True

    def clear(self) -> None:
        """Remove every title and reply from the page (when the app locks)."""
        self.model.clear()
        self._show_line(None)
        self.status_label.clear()

    # -- showing ------------------------------------------------------------------------------

    def _after_reset(self) -> None:
        shown = self._shown_entry
        rows = self.model.rowCount()
        self.stack.setCurrentWidget(self.splitter if rows else self.empty_label)
        self.tree.expandAll()
        gap = self.fontMetrics().averageCharWidth() * 3
        for column in range(1, self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + gap)
        if shown is not None and self.select_entry(shown):
            return
        if rows:
            self.tree.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show_line(None)

    _shown_entry: int | None = None

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_line(self.model.line_at(current))

    def _show_line(self, line: LedgerLine | None) -> None:
        self._shown_entry = line.row.entry_id if line else None
        if line is None:
            self.detail_title.clear()
            self.detail_meta.clear()
            self.replies_view.set_replies([])
            self.withdraw_button.setEnabled(False)
            return
        row = line.row
        self.detail_title.setText(row.title)
        lines = [
            self.tr("%1, shared on %2 with %3.")
            .replace("%1", kind_label(Kind(row.kind)))
            .replace("%2", day_of(row.shared_at))
            .replace("%3", row.to_name)
        ]
        if row.redacted:
            lines.append(self.tr("Only the title and an excerpt were shared."))
        if line.version == "edited":
            lines.append(
                self.tr("You have edited this entry since; your partner has the earlier version.")
            )
        elif line.version == "deleted":
            lines.append(
                self.tr(
                    "You have deleted this entry since; your partner still has what you shared."
                )
            )
        if row.withdrawn_at is not None:
            lines.append(self.tr("You withdrew it on %1.").replace("%1", day_of(row.withdrawn_at)))
        self.detail_meta.setText("\n".join(lines))
        self.replies_view.set_replies(
            [
                (
                    self.tr("%1 replied on %2")
                    .replace("%1", reply.from_name)
                    .replace("%2", day_of(reply.created_at)),
                    reply.body,
                )
                for reply in self._replies_for(row.entry_id)
            ]
        )
        self.withdraw_button.setEnabled(row.withdrawn_at is None and not self._busy)

    def _replies_for(self, entry_id: int) -> list[Reply]:
        row = self.model.row_of_entry(entry_id)
        return self.model.line_at(self.model.index(row, 0)).replies if row is not None else []  # type: ignore[union-attr]

    # -- withdrawing --------------------------------------------------------------------------

    def withdraw_selected(self) -> WithdrawDialog | None:
        """Ask about withdrawing the selected share (non-blocking); returns the question."""
        line = self.selected_line()
        if line is None or line.row.withdrawn_at is not None or self._busy:
            return None
        try:
            mailbox = sharing.mailbox(self._session.journal)
        except TrustJournalError:
            mailbox = None
        dialog = WithdrawDialog(line.row, mailbox, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.withdrawConfirmed.connect(self._withdraw)
        # The question names the entry: it must not outlive the unlocked journal.
        self._session.closed.connect(dialog.close_for_lock)
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _withdraw(self, entry_id: int, use_mailbox: bool) -> None:
        out: Path | None = None
        if not use_mailbox:
            out = ask_save_path(
                self,
                self.tr("Save the withdrawal"),
                dated_stem(self.tr("withdraw", "file name")),
                BUNDLE_SUFFIX,
            )
            if out is None:
                return
        journal = self._session.journal
        self._busy = True
        self.withdraw_button.setEnabled(False)
        self._say(self.tr("Sealing the withdrawal…"))

        def done(path: object) -> None:
            if not isValid(self):
                return
            self._busy = False
            if out is None:
                self._say(self.tr("The withdrawal is in your shared folder."))
            else:
                self._say(
                    self.tr(
                        "The withdrawal is sealed in %1. Pass it on like the share itself."
                    ).replace("%1", Path(str(path)).name)
                )
            if self._session.is_open:
                sharing_events(self._session).changed.emit()

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            self._busy = False
            self._show_line(self.selected_line())
            self._say(
                error.message
                if isinstance(error, TrustJournalError)
                else self.tr("The withdrawal could not be sealed. Nothing was changed.")
            )

        run_in_background(lambda: sharing.withdraw(journal, entry_id, out), done, failed)
