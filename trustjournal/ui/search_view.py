"""Search every entry: a search field, a few filters, and results with the words marked.

Typing searches after a short pause; Enter searches at once. Results come from
:class:`~trustjournal.ui.search_model.SearchResultsModel`, a page at a time, and are
painted by :class:`~trustjournal.ui.search_delegate.SearchResultDelegate` as plain text
with the matched words in bold on a soft highlight, laid out with ``QTextLayout`` and drawn
with ``QPainter`` (never HTML).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import EntryFilter, Kind, kinds_for
from trustjournal.errors import TrustJournalError
from trustjournal.ui.search_delegate import SearchResultDelegate
from trustjournal.ui.search_model import SearchResultsModel
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.today_view import open_on_enter

DEBOUNCE_MS = 200
NO_DATE = QDate(1900, 1, 1)  # a date edit at its minimum shows "Any date"


class _AnyDateEdit(QDateEdit):
    """A date, or "Any date" (the minimum). The calendar opens on this month when unset."""

    def __init__(self, accessible_name: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("Any date"))
        self.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def chosen(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False


class SearchView(QWidget):
    """Search with filters. Emits ``openEntryRequested(entry_id)``."""

    openEntryRequested = Signal(int)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchView")
        self._session = session
        self.model = SearchResultsModel(session, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search your journal"))
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(500)

        self.kind_combo = self._combo("kindCombo", self.tr("Kind of entry"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in kinds_for(session.info.role):
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.tag_combo = self._combo("tagCombo", self.tr("Tag"))
        self.since_edit = _AnyDateEdit(self.tr("From date"), "sinceEdit")
        self.until_edit = _AnyDateEdit(self.tr("To date"), "untilEdit")
        self.session_check = QCheckBox(self.tr("Only for next session"))
        self.session_check.setObjectName("sessionOnlyCheck")
        self.session_check.setAccessibleName(self.tr("Only entries for the next session"))
        self.reset_button = QPushButton(self.tr("Clear filters"))
        self.reset_button.setObjectName("clearFiltersButton")
        self.reset_button.setAccessibleName(self.tr("Clear filters"))

        self.count_label = QLabel()
        self.count_label.setObjectName("searchCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setWordWrap(True)

        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setSpacing(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build_layout()
        self._connect()
        self.refresh_tags()
        self._update_count()

    # -- building -------------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for text, control in (
            (self.tr("Kind"), self.kind_combo),
            (self.tr("Tag"), self.tag_combo),
            (self.tr("From"), self.since_edit),
            (self.tr("To"), self.until_edit),
        ):
            label = QLabel(text)
            label.setBuddy(control)
            filters.addWidget(label)
            filters.addWidget(control)
            filters.addSpacing(6)
        filters.addWidget(self.session_check)
        filters.addStretch(1)
        filters.addWidget(self.reset_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        for first, second in (
            (self.search_edit, self.kind_combo),
            (self.kind_combo, self.tag_combo),
            (self.tag_combo, self.since_edit),
            (self.since_edit, self.until_edit),
            (self.until_edit, self.session_check),
            (self.session_check, self.reset_button),
            (self.reset_button, self.results),
        ):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.search_now)
        self._timer.timeout.connect(self.search_now)
        self.kind_combo.currentIndexChanged.connect(self.search_now)
        self.tag_combo.currentIndexChanged.connect(self.search_now)
        self.since_edit.dateChanged.connect(self.search_now)
        self.until_edit.dateChanged.connect(self.search_now)
        self.session_check.toggled.connect(self.search_now)
        self.reset_button.clicked.connect(self.reset_filters)
        self.results.clicked.connect(self._open)
        open_on_enter(self.results, self._open)
        self.model.modelReset.connect(self._update_count)
        self.model.pageLoaded.connect(self._update_count)
        self._session.entriesChanged.connect(self._on_entries_changed)
        self._session.closed.connect(self.clear)

    # -- public API -------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search field, with its text selected."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_query(self, text: str) -> None:
        """Search for ``text`` right away."""
        self.search_edit.setText(text)
        self.search_now()

    def current_filters(self) -> EntryFilter:
        kind = self.kind_combo.currentData()
        since, until = self.since_edit.chosen(), self.until_edit.chosen()
        if since and until and since > until:
            since, until = until, since  # the partner meant the days between the two
        return EntryFilter(
            kinds=(Kind(kind),) if kind else None,
            tag=self.tag_combo.currentData() or None,
            since=since,
            until=until,
            session=True if self.session_check.isChecked() else None,
        )

    def search_now(self) -> None:
        """Run the search for the field's text and the filters, without waiting."""
        self._timer.stop()
        if self._session.is_open:
            self.model.set_query(self.search_edit.text(), self.current_filters())

    def reset_filters(self) -> None:
        for control in self._filter_controls():
            control.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.tag_combo.setCurrentIndex(0)
        self.since_edit.setDate(NO_DATE)
        self.until_edit.setDate(NO_DATE)
        self.session_check.setChecked(False)
        for control in self._filter_controls():
            control.blockSignals(False)
        self.search_now()

    def refresh_tags(self) -> None:
        """Fill the tag list from the journal, keeping the chosen tag if it is still used."""
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        try:
            tags = self._session.journal.tags() if self._session.is_open else []
        except TrustJournalError:
            tags = []
        for tag, _count in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current or "")))
        self.tag_combo.blockSignals(False)

    def clear(self) -> None:
        """Remove every word of the journal: query, results and tags."""
        self._timer.stop()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), "")
        self.tag_combo.blockSignals(False)
        self.model.clear()
        self.count_label.clear()

    # -- internals --------------------------------------------------------------------------

    def _filter_controls(self) -> tuple[QWidget, ...]:
        return (
            self.kind_combo,
            self.tag_combo,
            self.since_edit,
            self.until_edit,
            self.session_check,
        )

    def _on_entries_changed(self, _change: object) -> None:
        self.refresh_tags()
        if self.model.text:
            self.model.rerun()

    def _open(self, index: QModelIndex) -> None:
        entry_id = self.model.entry_id_at(index.row()) if index.isValid() else None
        if entry_id is not None:
            self.openEntryRequested.emit(entry_id)

    def _update_count(self) -> None:
        text = self.model.text
        rows = self.model.rowCount()
        if self.model.error:
            message = self.model.error
        elif not text.strip():
            message = self.tr("Type a word or two to look through your titles and entries.")
        elif not re.search(r"\w", text):
            message = self.tr("Type a word to search for; punctuation alone finds nothing.")
        elif rows == 0:
            if self.current_filters() != EntryFilter():
                message = self.tr("No entries match. Try fewer words, or clear the filters.")
            else:
                message = self.tr("No entries match. Try fewer words.")
        elif self.model.canFetchMore(QModelIndex()):
            message = self.tr("More than %Ln entries found", "", rows)
        else:
            message = self.tr("%Ln entries found", "", rows)
        self.count_label.setText(message)
