"""The filters above a section's list: kind, tag, dates and "for next session".

The bar only builds an :class:`~trustjournal.domain.EntryFilter`; the list model does
the filtering in the database. Kinds are always limited to the section's kinds.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from trustjournal.domain import EntryFilter, Kind
from trustjournal.errors import TrustJournalError
from trustjournal.ui.label_field import make_date_edit, named, to_date, to_qdate
from trustjournal.ui.sections import Section, kind_label
from trustjournal.ui.session import JournalSession


class FilterBar(QWidget):
    """Emits ``filtersChanged(EntryFilter)`` whenever the partner changes a filter."""

    filtersChanged = Signal(object)  # EntryFilter

    def __init__(
        self, session: JournalSession, section: Section, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._session = session
        self._section = section
        self._quiet = False

        self.kind_combo = named(QComboBox(self), "kindFilterCombo", self.tr("Show which kind"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in section.kinds:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setVisible(len(section.kinds) > 1)

        self.tag_combo = named(QComboBox(self), "tagFilterCombo", self.tr("Show which tag"))
        self.tag_combo.addItem(self.tr("Any tag"), None)

        self.any_date_check = named(
            QCheckBox(self.tr("Any date"), self), "anyDateCheck", self.tr("Any date")
        )
        self.any_date_check.setChecked(True)
        self.from_edit = make_date_edit("fromDateEdit", self.tr("From date"), self)
        self.to_edit = make_date_edit("toDateEdit", self.tr("To date"), self)
        today = dt.date.today()
        self.from_edit.setDate(to_qdate(today - dt.timedelta(days=30)))
        self.to_edit.setDate(to_qdate(today))
        self.to_label = QLabel(self.tr("to"), self)

        self.session_check = named(
            QCheckBox(self.tr("Only for next session"), self),
            "sessionOnlyCheck",
            self.tr("Only entries to bring to the next session"),
        )
        self.clear_button = named(
            QPushButton(self.tr("Clear filters"), self),
            "clearFiltersButton",
            self.tr("Clear filters"),
        )
        self.clear_button.setAutoDefault(False)

        self._lay_out()
        self._update_enabled()
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.tag_combo.currentIndexChanged.connect(self._changed)
        self.any_date_check.toggled.connect(self._changed)
        self.from_edit.dateChanged.connect(self._changed)
        self.to_edit.dateChanged.connect(self._changed)
        self.session_check.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.reset)
        session.entriesChanged.connect(self.refresh_tags)
        self.refresh_tags()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        if len(self._section.kinds) > 1:
            top.addWidget(self.kind_combo, 1)
        top.addWidget(self.tag_combo, 1)
        grid.addLayout(top, 0, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.any_date_check)
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(self.to_label)
        dates.addWidget(self.to_edit, 1)
        grid.addLayout(dates, 1, 0)
        bottom = QHBoxLayout()
        bottom.addWidget(self.session_check)
        bottom.addStretch(1)
        bottom.addWidget(self.clear_button)
        grid.addLayout(bottom, 2, 0)

    # -- public API -------------------------------------------------------------------------

    def filters(self) -> EntryFilter:
        """The filter the controls describe now."""
        kind = self.kind_combo.currentData()
        kinds = (Kind(kind),) if kind else tuple(self._section.kinds)
        since = until = None
        if not self.any_date_check.isChecked():
            since, until = to_date(self.from_edit.date()), to_date(self.to_edit.date())
            if since > until:
                since, until = until, since
        return EntryFilter(
            kinds=kinds,
            tag=self.tag_combo.currentData() or None,
            since=since,
            until=until,
            session=True if self.session_check.isChecked() else None,
        )

    def is_filtering(self) -> bool:
        """Whether any filter narrows the section (beyond its own kinds)."""
        return self.filters() != EntryFilter(kinds=tuple(self._section.kinds))

    def reset(self) -> None:
        """Show every entry of the section again."""
        self._quiet = True
        try:
            self.kind_combo.setCurrentIndex(0)
            self.tag_combo.setCurrentIndex(0)
            self.any_date_check.setChecked(True)
            self.session_check.setChecked(False)
        finally:
            self._quiet = False
        self._changed()

    def refresh_tags(self, *_args: object) -> None:
        """Read the tags in use again, keeping the chosen one if it is still there."""
        chosen = self.tag_combo.currentData()
        try:
            names = [name for name, _count in self._session.journal.tags()]
        except (TrustJournalError, RuntimeError):
            names = []
        self._quiet = True
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            for name in names:
                self.tag_combo.addItem(name, name)
            index = self.tag_combo.findData(chosen) if chosen else 0
            self.tag_combo.setCurrentIndex(max(0, index))
        finally:
            self._quiet = False
        if chosen and self.tag_combo.currentData() != chosen:
            self._changed()  # the chosen tag is gone: show the section unfiltered by tag

    def clear(self) -> None:
        """Forget the tag names (journal text) and every filter, without announcing it."""
        self._quiet = True
        try:
            self.kind_combo.setCurrentIndex(0)
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            self.any_date_check.setChecked(True)
            self.session_check.setChecked(False)
        finally:
            self._quiet = False
        self._update_enabled()

    # -- internals --------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        on = not self.any_date_check.isChecked()
        for widget in (self.from_edit, self.to_label, self.to_edit):
            widget.setEnabled(on)
        self.clear_button.setEnabled(self.is_filtering())

    def _changed(self, *_args: object) -> None:
        self._update_enabled()
        if not self._quiet:
            self.filtersChanged.emit(self.filters())
