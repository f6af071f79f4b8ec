"""Choose more to bring to a session: other entries of the period, or shared entries.

Nothing is ticked to begin with; only what the partner ticks here is added. Entries
the other partner shared always show who shared them and when.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import EntryFilter
from trustjournal.errors import TrustJournalError
from trustjournal.reports.summary import Period
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.summary_choices import ChoiceModel, SummaryChoice


def _list(model: ChoiceModel, name: str, accessible: str, parent: QWidget) -> QListView:
    view = named(QListView(parent), name, accessible)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    return view


class AddEntriesDialog(QDialog):
    """Two lists to tick from; ``chosen()`` gives what was ticked after ``accept()``."""

    def __init__(
        self,
        session: JournalSession,
        period: Period,
        shown: Collection[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addEntriesDialog")
        self.setWindowTitle(self.tr("Add entries to the summary"))
        self._session = session
        self._period = period
        self._shown = set(shown)
        intro = plain_label(
            self.tr(
                "Tick what you would like to bring as well. Only what you tick is added; "
                "nothing else goes into the summary."
            ),
            self,
        )
        self.own_model = ChoiceModel(self)
        self.shared_model = ChoiceModel(self)
        self.problem = plain_label("", self, name="addEntriesProblem")
        self.problem.hide()
        self.tabs = named(QTabWidget(self), "addEntriesTabs", self.tr("Where the entries are"))
        self.own_list = _list(
            self.own_model, "otherEntriesList", self.tr("My other entries of this period"), self
        )
        self.shared_list = _list(
            self.shared_model, "sharedEntriesList", self.tr("Entries shared with me"), self
        )
        self.tabs.addTab(self.own_list, self.tr("My other entries"))
        self.tabs.addTab(self.shared_list, self.tr("Shared with me"))
        self.hint = plain_label("", self, name="addEntriesHint")
        self.tabs.currentChanged.connect(self._update_hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("addEntriesButtons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add ticked entries"))
        ok.setObjectName("addTickedButton")
        ok.setAccessibleName(self.tr("Add ticked entries"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        session.closed.connect(self.reject)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 28)
        self._load()
        self._update_hint()

    def chosen(self) -> list[SummaryChoice]:
        """What was ticked, own entries first."""
        return self.own_model.chosen() + self.shared_model.chosen()

    def clear(self) -> None:
        self.own_model.clear()
        self.shared_model.clear()

    def _load(self) -> None:
        try:
            self.own_model.load(self._own_page, checked=False)
            self.shared_model.load(self._shared_page, checked=False)
        except TrustJournalError as error:
            self.problem.setText(error.message)
            self.problem.show()

    def _update_hint(self) -> None:
        if self.tabs.currentWidget() is self.own_list:
            empty = self.own_model.rowCount() == 0
            text = self.tr("Every entry of this period is already in the summary's list.")
        else:
            empty = self.shared_model.rowCount() == 0
            text = self.tr("Nothing has been shared with you yet.")
        self.hint.setText(text if empty else "")
        self.hint.setVisible(empty)

    def _own_page(self, offset: int, limit: int) -> tuple[Sequence[SummaryChoice], int]:
        filters = EntryFilter(since=self._period.start, until=self._period.end)
        entries = self._session.journal.entries(filters, limit=limit, offset=offset)
        rows = [
            SummaryChoice.own(entry) for entry in entries if ("own", entry.id) not in self._shown
        ]
        return rows, len(entries)

    def _shared_page(self, offset: int, limit: int) -> tuple[Sequence[SummaryChoice], int]:
        from trustjournal.services import sharing

        received = sharing.shared_with_me(self._session.journal, limit=limit, offset=offset)
        rows = [
            SummaryChoice.received(item)
            for item in received
            if item.withdrawn_at is None and ("shared", item.id) not in self._shown
        ]
        return rows, len(received)
