"""One section page: its hint, a filter bar and the entry list beside the editor.

Selecting an entry opens it in the editor; if the editor holds unsaved words, the
partner is asked first (Save / Discard / Cancel) and nothing is lost on Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind
from trustjournal.errors import EntryNotFound, TrustJournalError
from trustjournal.ui.entry_delegate import EntryDelegate
from trustjournal.ui.entry_editor import EntryEditor
from trustjournal.ui.entry_model import EntryListModel
from trustjournal.ui.filter_bar import FilterBar
from trustjournal.ui.label_field import named
from trustjournal.ui.sections import Section
from trustjournal.ui.session import EntryChange, JournalSession


class SectionView(QWidget):
    """The page of one section (e.g. "Feelings" or "Promises").

    Emits ``shareRequested(list of entry ids)`` when the partner asks to share the
    selected entries (one or many: the list allows extended selection).
    """

    shareRequested = Signal(list)

    def __init__(
        self, session: JournalSession, section: Section, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not section.kinds:
            raise ValueError(f"the section {section.key!r} has no entries to list")
        self.setObjectName("sectionView")
        self._session = session
        self._section = section
        self._syncing = False  # True while the view itself moves the selection
        self._pending_id: int | None = None

        self.hint_label = QLabel(section.hint, self)
        self.hint_label.setObjectName("sectionHint")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.filter_bar = FilterBar(session, section, self)
        self.model = EntryListModel(session, self.filter_bar.filters(), self)
        self.list_view = named(QListView(self), "entryList", self.tr("Entries"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        # Several entries can be chosen at once, to share them together.
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyStateLabel")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(self.fontMetrics().height())
        self.list_stack = QStackedWidget(self)
        self.list_stack.setObjectName("listStack")
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty_label)

        self.new_button = named(
            QPushButton(self.tr("New entry"), self), "newEntryButton", self.tr("New entry")
        )
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.new_action = QAction(self.tr("New entry"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda: self.new_entry())
        self.addAction(self.new_action)
        self.new_button.setToolTip(self.new_action.shortcut().toString())

        self.share_button = named(
            QPushButton(self.tr("Share…"), self),
            "shareEntriesButton",
            self.tr("Share the selected entries"),
        )
        self.share_button.setAutoDefault(False)
        self.share_button.clicked.connect(self.request_share)
        self.share_action = QAction(self.tr("Share…"), self)
        self.share_action.setObjectName("shareEntriesAction")
        self.share_action.triggered.connect(self.request_share)
        self.list_view.addAction(self.share_action)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.editor = EntryEditor(session, section.kinds, self)
        self._lay_out()

        self.filter_bar.filtersChanged.connect(self._on_filters_changed)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.selectionModel().selectionChanged.connect(self._update_share)
        self.editor.saved.connect(lambda _id: self._select_editor_entry())
        self.editor.deleted.connect(lambda _id: self._select_editor_entry())
        self.editor.shareRequested.connect(self._share_from_editor)
        # Connected after the model's own slot, so the model has reloaded by then.
        session.entriesChanged.connect(self._on_entries_changed)
        self.model.modelReset.connect(self._update_empty_state)
        self.model.modelReset.connect(self._update_share)
        self._update_empty_state()
        self._update_share()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.list_stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.share_button)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sectionSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 46, width * 90])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.splitter, 1)

    # -- API for the main window ----------------------------------------------------------------

    @property
    def section(self) -> Section:
        return self._section

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def save_pending(self) -> bool:
        """Save the editor if it holds changes. True if nothing was left unsaved."""
        return self.editor.save() if self.editor.is_dirty() else True

    def discard_pending(self) -> None:
        """Drop unsaved changes (back to the saved version, or an empty new entry)."""
        self.editor.revert()

    def new_entry(self, kind: Kind | None = None) -> bool:
        """Start a new entry (asking first about unsaved changes). Returns whether it did."""
        if not self._confirm_leave():
            return False
        if kind not in self._section.kinds:
            kind = self.editor.kind
        self.editor.load(None, kind)
        self._select_editor_entry()
        self.editor.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_entry(self, entry_id: int) -> bool:
        """Show ``entry_id`` in the editor (and select it if it is in the loaded rows)."""
        if entry_id == self.editor.entry_id:
            self._select_editor_entry()
            return True
        if not self._confirm_leave():
            return False
        return self._load_entry(entry_id)

    def selected_entry_ids(self) -> list[int]:
        """The ids of the selected entries, in list order."""
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        ids = (self.model.entry_id_at(row) for row in rows)
        return [entry_id for entry_id in ids if entry_id is not None]

    def request_share(self) -> None:
        """Ask to share the selected entries (saving the open one first if it changed)."""
        ids = self.selected_entry_ids()
        if not ids:
            return
        if self.editor.entry_id in ids and not self.save_pending():
            return
        self.shareRequested.emit(ids)

    def _share_from_editor(self, entry_id: int) -> None:
        self.shareRequested.emit([entry_id])

    def set_local_shortcuts(self, enabled: bool) -> None:
        """Turn this page's own Ctrl+N / Ctrl+S on or off.

        A main window whose New and Save actions already carry these keys must turn them
        off: two live actions with one key make Qt run neither ("ambiguous shortcut").
        """
        self.new_action.setEnabled(enabled)
        self.editor.save_action.setEnabled(enabled)

    def clear(self) -> None:
        """Remove every word of journal text from this page (when the app locks)."""
        self._pending_id = None
        self.model.clear()
        self.editor.clear()
        self.filter_bar.clear()
        self._update_empty_state()

    # -- internals ----------------------------------------------------------------------------

    def _confirm_leave(self) -> bool:
        """Ask about unsaved changes. True when it is fine to show something else."""
        if not self.editor.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Save changes?"),
            self.tr("This entry has changes that are not saved yet. Save them first?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.editor.save()
        return answer == buttons.Discard

    def _load_entry(self, entry_id: int) -> bool:
        try:
            entry = self._session.journal.get(entry_id)
        except (TrustJournalError, RuntimeError):
            self._select_editor_entry()
            return False
        if entry.kind not in self._section.kinds:
            return False
        self.editor.load(entry, entry.kind)
        self._select_editor_entry()
        return True

    def _select_editor_entry(self) -> None:
        """Make the list's selection match the editor (nothing selected for a new entry)."""
        entry_id = self.editor.entry_id
        row = self.model.row_of(entry_id) if entry_id is not None else None
        selection = self.list_view.selectionModel()
        self._syncing = True
        try:
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
        finally:
            self._syncing = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        entry_id = self.model.entry_id_at(current.row())
        if entry_id is None or entry_id == self.editor.entry_id:
            return
        if not self.editor.is_dirty():
            self._load_entry(entry_id)
            return
        # Ask once the click (or key press) that moved the selection has been handled,
        # so Cancel can put the selection back without fighting the view.
        self._pending_id = entry_id
        QTimer.singleShot(0, self, self._resolve_pending)

    def _resolve_pending(self) -> None:
        entry_id, self._pending_id = self._pending_id, None
        if entry_id is None:
            return
        if self._confirm_leave():
            self._load_entry(entry_id)
        else:
            self._select_editor_entry()

    def _on_filters_changed(self, filters: object) -> None:
        self.model.set_filters(filters)  # type: ignore[arg-type]
        self._select_editor_entry()

    def _on_entries_changed(self, change: EntryChange) -> None:
        entry_id = self.editor.entry_id
        touched = entry_id in change.entry_ids or not change.entry_ids
        if entry_id is not None and touched and not self.editor.is_dirty():
            # Changed elsewhere (another view, an import): show what is saved now.
            try:
                entry = self._session.journal.get(entry_id)
            except EntryNotFound:
                entry = None
            except (TrustJournalError, RuntimeError):
                return
            if entry is not None and entry.kind in self._section.kinds:
                self.editor.load(entry, entry.kind)
            else:
                self.editor.load(None, self.editor.kind)
        self._select_editor_entry()

    def _update_share(self, *_args: object) -> None:
        chosen = bool(self.list_view.selectionModel().selectedRows())
        self.share_button.setEnabled(chosen)
        self.share_action.setEnabled(chosen)

    def _update_empty_state(self) -> None:
        if self.model.rowCount() > 0:
            self.list_stack.setCurrentWidget(self.list_view)
            return
        if self.filter_bar.is_filtering():
            text = self.tr("No entries match these filters.")
        else:
            text = self._invitation()
        self.empty_label.setText(text)
        self.list_stack.setCurrentWidget(self.empty_label)

    def _invitation(self) -> str:
        """ "Nothing here yet…", naming what this section holds, as one whole sentence
        per section (Spanish, for one, makes "your first" agree with the noun)."""
        invitations = {
            (Kind.FEELING,): self.tr(
                "Nothing here yet. When you're ready, write your first feeling."
            ),
            (Kind.TRIGGER,): self.tr(
                "Nothing here yet. When you're ready, write your first trigger."
            ),
            (Kind.QUESTION,): self.tr(
                "Nothing here yet. When you're ready, write your first question."
            ),
            (Kind.NEED, Kind.BOUNDARY): self.tr(
                "Nothing here yet. When you're ready, write your first need or boundary."
            ),
            (Kind.NOTICED_CHANGE,): self.tr(
                "Nothing here yet. When you're ready, write your first change you noticed."
            ),
            (Kind.ACCOUNTABILITY,): self.tr(
                "Nothing here yet. When you're ready, write your first accountability statement."
            ),
            (Kind.TRANSPARENCY,): self.tr(
                "Nothing here yet. When you're ready, write your first transparency note."
            ),
            (Kind.PROMISE,): self.tr(
                "Nothing here yet. When you're ready, write your first promise."
            ),
            (Kind.SMALL_ACTION,): self.tr(
                "Nothing here yet. When you're ready, write your first small action."
            ),
            (Kind.REFLECTION,): self.tr(
                "Nothing here yet. When you're ready, write your first reflection."
            ),
            (Kind.SESSION_NOTE,): self.tr(
                "Nothing here yet. When you're ready, write your first session note."
            ),
        }
        return invitations.get(tuple(self._section.kinds), self.tr("Nothing here yet."))
