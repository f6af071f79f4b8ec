"""“Shared with me”: the entries the other partner chose to share, read-only.

A lazy list (newest first, searchable) beside the chosen entry, my replies threaded under
it and a box to answer. Withdrawn entries stay listed, without their words, so nothing
disappears without a word. Until something is shared, the page says plainly that sharing
is always the partner's own choice.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.ui.bundle_opening import BundleOpener
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.shared_detail import SharedEntryDetail
from trustjournal.ui.shared_model import SharedEntriesModel, SharedEntryDelegate
from trustjournal.ui.sharing_events import sharing_events

SEARCH_DELAY_MS = 200


class SharedView(QWidget):
    """The "Shared with me" page."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedView")
        self._session = session
        self.opener = BundleOpener(session, self)

        title = plain_label(self.tr("Shared with me"), self, scale=1.3, bold=True)
        self.open_button = named(
            QPushButton(self.tr("Open a shared file…"), self),
            "openSharedFileButton",
            self.tr("Open a shared file"),
        )
        self.open_button.clicked.connect(self.opener.ask_and_open)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.open_button)

        self.model = SharedEntriesModel(session, self)
        self.search_edit = named(QLineEdit(self), "sharedSearchEdit", self.tr("Search shared"))
        self.search_edit.setPlaceholderText(self.tr("Search what was shared with you"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(500)
        self.list_view = named(QListView(self), "sharedList", self.tr("Shared entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(SharedEntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.no_match = plain_label(
            self.tr("Nothing shared with you matches these words."), self, name="sharedNoMatch"
        )
        self.no_match.hide()
        self.detail = SharedEntryDetail(session, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.no_match)
        left_layout.addWidget(self.list_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sharedSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 56, width * 100])

        self.empty_label = plain_label(
            self.tr(
                "Nothing has been shared with you yet.\n\n"
                "Sharing is always your partner's own choice: when they decide to share an "
                "entry with you, it appears here — only what they chose, and only when they "
                "chose it. Nothing is ever shared automatically, in either direction.\n\n"
                "If your partner gave you a shared file, open it with the button above."
            ),
            self,
            name="sharedEmpty",
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("sharedStack")
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(
            plain_label(
                self.tr("Kept apart from your own entries. What was shared can't be changed here."),
                self,
                name="sharedHint",
            )
        )
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._search_soon)
        self.search_edit.returnPressed.connect(self.search_now)
        self.list_view.selectionModel().currentChanged.connect(self._show_current)
        self.model.modelReset.connect(self._after_reset)
        self.detail.replySent.connect(self._replied)
        sharing_events(session).changed.connect(self.refresh)
        session.closed.connect(self.clear)
        self._after_reset()
        self._load_mailbox()

    # -- public API ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load again (something arrived, was withdrawn or answered), keeping the selection."""
        self._load_mailbox()
        self.model.refresh()

    def search_now(self) -> None:
        self._timer.stop()
        if self._session.is_open:
            self.model.set_query(self.search_edit.text())

    def select_received(self, received_id: int) -> bool:
        row = self.model.row_of(received_id)
        if row is None:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        return True

    def clear(self) -> None:
        """Remove every word the partner shared, and any unsent reply (when the app locks)."""
        self._timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.clear()
        self.detail.clear()

    # -- internals ----------------------------------------------------------------------------

    def _search_soon(self, _text: str) -> None:
        self._timer.start()

    def _replied(self, _received_id: int) -> None:
        if self._session.is_open:
            sharing_events(self._session).changed.emit()

    def _load_mailbox(self) -> None:
        try:
            folder = sharing.mailbox(self._session.journal) if self._session.is_open else None
        except TrustJournalError:
            folder = None
        self.detail.set_mailbox(folder)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_entry(self.model.entry_at(current.row()) if current.isValid() else None)

    def _after_reset(self) -> None:
        shown = self.detail.entry
        rows = self.model.rowCount()
        searching = bool(self.model.query)
        self.stack.setCurrentWidget(self.splitter if rows or searching else self.empty_label)
        self.no_match.setVisible(searching and rows == 0)
        if shown is not None and self.select_received(shown.id):
            return
        if rows:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.detail.show_entry(None)
