"""An unlocked journal: the navigation pane beside the page of the chosen section.

The sections follow the partner's role (see :mod:`.sections`). This view only
routes: each page does its own work, and every page can be cleared when the app
locks, so no widget keeps any of the journal's words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind, Role
from trustjournal.domain.guidance import GuidanceInvalid
from trustjournal.errors import TrustJournalError
from trustjournal.ui.dialogs import ask_save_changes
from trustjournal.ui.guide_view import GuideView
from trustjournal.ui.ledger_view import LedgerView
from trustjournal.ui.noticed_prompt import NoticedChangesPrompt
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.promises_section import PromisesSectionView
from trustjournal.ui.search_view import SearchView
from trustjournal.ui.section_view import SectionView
from trustjournal.ui.sections import Section, group_title, sections_for
from trustjournal.ui.self_check_view import SelfCheckView
from trustjournal.ui.session import JournalSession
from trustjournal.ui.shared_view import SharedView
from trustjournal.ui.timeline_view import TimelineView
from trustjournal.ui.today_view import TodayView

SEARCH_KEY = "search"


class _Notice(QWidget):
    """Stands in for a page that cannot be built (damaged guidance data): one calm line."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("pageNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 24, 24)
        layout.addWidget(plain_label(text, name="pageNoticeText"))
        layout.addStretch(1)

    def clear(self) -> None:
        """Nothing of the journal is on this page."""


def _or_notice(build: Callable[[], QWidget]) -> QWidget:
    try:
        return build()
    except GuidanceInvalid as error:
        # A damaged install must not keep anyone from their journal.
        return _Notice(error.message)


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
        self.today.timelineRequested.connect(lambda: self.show_section("timeline"))
        self.today.selfCheckRequested.connect(lambda: self.show_section("self_check"))
        if session.info.role is Role.HURT:
            self.noticed_prompt = NoticedChangesPrompt(session)
            self.noticed_prompt.writeRequested.connect(self.new_entry)
            self.today.nudge_slot.addWidget(self.noticed_prompt)
        self.guide = _or_notice(lambda: GuideView(session))
        if isinstance(self.guide, GuideView):
            self.guide.writeRequested.connect(self.new_entry)
        self.timeline = TimelineView(session)
        self.self_check = _or_notice(lambda: SelfCheckView(session))
        self.search = SearchView(session)
        self.search.openEntryRequested.connect(self.open_entry)
        self.shared = SharedView(session)
        self.ledger = LedgerView(session)
        pages: dict[str, QWidget] = {
            "today": self.today,
            "guide": self.guide,
            "timeline": self.timeline,
            "self_check": self.self_check,
            "shared": self.shared,
            "ledger": self.ledger,
        }

        group = ""
        for section in self.sections:
            if section.group != group:
                group = section.group
                self._add_heading(group_title(group))
            page = pages.get(section.key)
            if page is None:
                view_class = PromisesSectionView if section.key == "promises" else SectionView
                view = view_class(session, section)
                # The window's New and Save actions carry these keys and route them here.
                view.set_local_shortcuts(False)
                self.section_views[section.key] = view
                page = view
            self._add_page(section.key, section.title, page)
        self._add_heading("")
        self._add_page(SEARCH_KEY, self.tr("Search"), self.search)

        self.nav.currentRowChanged.connect(self._row_changed)
        self._current_row = self._row_of("today")
        self.nav.setCurrentRow(self._current_row)
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

    def _add_heading(self, title: str) -> None:
        """A quiet, unselectable heading (or, without a title, a gap) between groups."""
        item = QListWidgetItem(title.upper() if title else "")
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.8, 7.0))
        font.setBold(True)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        if not title:
            item.setSizeHint(QSize(0, 6))
        self.nav.addItem(item)

    def _row_of(self, key: str) -> int:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        raise KeyError(key)

    # -- navigation -------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.item(self.nav.currentRow())
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "today"

    def show_section(self, key: str) -> bool:
        """Switch to a section. Returns False if the user chose to stay (unsaved text)."""
        if key == self.current_key():
            return True
        self.nav.setCurrentRow(self._row_of(key))
        return self.current_key() == key

    def _row_changed(self, row: int) -> None:
        if self.nav.item(row) is None or self.nav.item(row).data(Qt.ItemDataRole.UserRole) is None:
            return  # a heading: never current
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
        pages: tuple[QWidget, ...] = (
            self.today,
            self.guide,
            self.timeline,
            self.self_check,
            self.search,
            self.shared,
            self.ledger,
        )
        for page in pages:
            page.clear()  # type: ignore[attr-defined]  # every page has clear()
        for view in self.section_views.values():
            view.clear()
