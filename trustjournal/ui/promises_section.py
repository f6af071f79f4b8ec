"""The Promises section: the overview of how promises are going, then every promise.

It is a :class:`SectionView` (the list and the editor behave exactly as in every other
section, unsaved words included) whose page holds two tabs: "How it's going" (the
:class:`PromisesView` overview, shown first) and "All promises" (the list and editor).
Opening or starting a promise from anywhere shows the second tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from trustjournal.domain import Kind
from trustjournal.ui.promises_view import PromisesView
from trustjournal.ui.section_view import SectionView
from trustjournal.ui.sections import Section
from trustjournal.ui.session import JournalSession

OVERVIEW_TAB = 0
ENTRIES_TAB = 1


class PromisesSectionView(SectionView):
    """A :class:`SectionView` for promises with the overview in a first tab."""

    def __init__(
        self, session: JournalSession, section: Section, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, section, parent)
        self.setObjectName("promisesSectionView")
        self.overview = PromisesView(session)
        self.overview.writeRequested.connect(lambda kind: self.new_entry(kind))
        self.overview.openEntryRequested.connect(lambda entry_id: self.open_entry(entry_id))

        # Move the section's own hint and splitter into the second tab.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        entries_page = QWidget()
        entries_page.setObjectName("allPromisesPage")
        inner = QVBoxLayout(entries_page)
        inner.setContentsMargins(0, 6, 0, 0)
        for widget in (self.hint_label, self.splitter):
            outer.removeWidget(widget)
            inner.addWidget(widget, 1 if widget is self.splitter else 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("promisesTabs")
        self.tabs.setAccessibleName(self.tr("Promises"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.overview, self.tr("How it's going"))
        self.tabs.addTab(entries_page, self.tr("All promises"))
        outer.addWidget(self.tabs, 1)

    def new_entry(self, kind: Kind | None = None) -> bool:
        started = super().new_entry(kind)
        if started:
            self.tabs.setCurrentIndex(ENTRIES_TAB)
            self.editor.title_edit.setFocus()  # it could not take focus while hidden
        return started

    def open_entry(self, entry_id: int) -> bool:
        opened = super().open_entry(entry_id)
        if opened:
            self.tabs.setCurrentIndex(ENTRIES_TAB)
        return opened

    def show_overview(self) -> None:
        self.tabs.setCurrentIndex(OVERVIEW_TAB)

    def clear(self) -> None:
        super().clear()
        self.overview.clear()
