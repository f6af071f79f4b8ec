"""An unlocked journal: the navigation pane beside the page of the chosen section.

The sections follow the partner's role (see :mod:`.sections`). This view only
routes: each page does its own work, and every page can be cleared when the app
locks, so no widget keeps any of the journal's words.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind
from trustjournal.errors import TrustJournalError
from trustjournal.ui.dialogs import ask_save_changes
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.search_view import SearchView
from trustjournal.ui.section_view import SectionView
from trustjournal.ui.sections import Section, sections_for
from trustjournal.ui.session import JournalSession
from trustjournal.ui.shared_view import SharedView
from trustjournal.ui.today_view import TodayView

SEARCH_KEY = "search"


class JournalView(QWidget):
    """Navigation plus one page per section, for the session's role."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalView")
        self.session = session
        self.sections: tuple[Section, ...] = sections_for(session.info.role)

        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        # Roomy rows: the navigation is read many times a day, often by tired eyes.
        self.nav.setStyleSheet("QListWidget#navList::item { padding: 5px 8px; }")
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        self._page_index: dict[str, int] = {}
        self.section_views: dict[str, SectionView] = {}
        self.today = TodayView(session)
        self.today.writeRequested.connect(self.new_entry)
        self.today.openEntryRequested.connect(self.open_entry)
        self.search = SearchView(session)
        self.search.openEntryRequested.connect(self.open_entry)
        self.shared = SharedView(session)

        for section in self.sections:
            if section.key == "today":
                page: QWidget = self.today
            elif section.key == "shared":
                page = self.shared
            else:
                view = SectionView(session, section)
                # The window's New and Save actions carry these keys and route them here.
                view.set_local_shortcuts(False)
                self.section_views[section.key] = view
                page = view
            self._add_page(section.key, section.title, page)
        self._add_page(SEARCH_KEY, self.tr("Search"), self.search)

        self.nav.currentRowChanged.connect(self._row_changed)
        self._current_row = 0
        self.nav.setCurrentRow(0)
        width = max(self.nav.sizeHintForColumn(0), 120) + 32
        self.nav.setFixedWidth(width)

        side = QVBoxLayout()
        side.setContentsMargins(8, 12, 0, 8)
        name = plain_label(session.info.name)
        name.setObjectName("journalName")
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        side.addWidget(name)
        side.addWidget(self.nav, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self._page_index[key] = self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    # -- navigation -------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.item(self.nav.currentRow())
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "today"

    def show_section(self, key: str) -> bool:
        """Switch to a section. Returns False if the user chose to stay (unsaved text)."""
        if key == self.current_key():
            return True
        row = list(self._page_index).index(key)
        self.nav.setCurrentRow(row)
        return self.current_key() == key

    def _row_changed(self, row: int) -> None:
        # Leaving an entry editor with unsaved words: its own prompt decides.
        leaving = self.section_views.get(self._key_at(self._current_row))
        if leaving is not None and leaving.has_unsaved_changes() and not self._confirm(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current_row)
            self.nav.blockSignals(False)
            return
        self._current_row = row
        self.pages.setCurrentIndex(self._page_index[self._key_at(row)])

    def _key_at(self, row: int) -> str:
        item = self.nav.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "today"

    def _confirm(self, view: SectionView) -> bool:
        answer = ask_save_changes(self)
        if answer == "save":
            return view.save_pending()
        if answer == "discard":
            view.discard_pending()
            return True
        return False

    def section_for_kind(self, kind: Kind) -> str | None:
        for section in self.sections:
            if kind in section.kinds:
                return section.key
        return None

    def new_entry(self, kind: Kind | None = None) -> None:
        """Start a new entry: of ``kind``, or of the current section's first kind."""
        key = self.section_for_kind(Kind(kind)) if kind is not None else self.current_key()
        if key not in self.section_views:
            key = next(iter(self.section_views))
        if self.show_section(key):
            self.section_views[key].new_entry(kind)

    def open_entry(self, entry_id: int) -> None:
        try:
            entry = self.session.journal.get(entry_id)
        except TrustJournalError:
            return
        key = self.section_for_kind(entry.kind)
        if key is not None and self.show_section(key):
            self.section_views[key].open_entry(entry_id)

    def focus_search(self) -> None:
        if self.show_section(SEARCH_KEY):
            self.search.focus_search()

    def current_section_view(self) -> SectionView | None:
        return self.section_views.get(self.current_key())

    # -- unsaved work and locking -----------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(v.has_unsaved_changes() for v in self.section_views.values())

    def save_pending(self) -> bool:
        """Save every editor with unsaved words; False if one could not be saved."""
        return all(v.save_pending() for v in self.section_views.values())

    def discard_pending(self) -> None:
        for view in self.section_views.values():
            view.discard_pending()

    def clear(self) -> None:
        """Remove every piece of journal text from every page."""
        self.today.clear()
        self.search.clear()
        self.shared.clear()
        for view in self.section_views.values():
            view.clear()
