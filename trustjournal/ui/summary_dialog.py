"""The counselling summary: choose what to bring, see it, then print it or save a PDF.

The period runs from the last session to today. The entries marked "bring to next
session" in it are listed, all ticked; the partner may untick any, add others or
entries shared with them, and write what they want to talk about. A live preview shows
the page as it will print. Only what is ticked is ever in the summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import JournalLocked, TrustJournalError
from trustjournal.reports import summary as model
from trustjournal.reports.summary_pages import page_image
from trustjournal.services import sharing
from trustjournal.ui.label_field import make_date_edit, named, to_date, to_qdate
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.summary_choices import ChoiceModel, SummaryChoice
from trustjournal.ui.summary_output import SummaryOutput
from trustjournal.ui.summary_picker import AddEntriesDialog
from trustjournal.ui.summary_preview import SummaryPreview

RELOAD_DELAY_MS = 250


def default_paper() -> str:
    """US Letter where the locale uses it, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


class SummaryDialog(QDialog):
    """Emits ``saved(path)`` after a PDF was written."""

    saved = Signal(object)

    def __init__(
        self,
        session: JournalSession,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Counselling summary"))
        self._session = session
        self._today = today or dt.date.today()
        self._extras: dict[tuple[str, int], SummaryChoice] = {}
        self.output = SummaryOutput(self, self._summary_maker, self.paper, self._today)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)

        period = model.default_period(session.journal, self._today)
        self.from_edit = make_date_edit("fromEdit", self.tr("From"), self)
        self.to_edit = make_date_edit("toEdit", self.tr("To"), self)
        self.from_edit.setDate(to_qdate(period.start))
        self.to_edit.setDate(to_qdate(period.end))
        self.model = ChoiceModel(self)
        self.entries_list = named(QListView(self), "entriesList", self.tr("Entries to bring"))
        self.entries_list.setModel(self.model)
        self.entries_list.setWordWrap(True)
        self.entries_list.setAlternatingRowColors(True)
        self.empty_label = plain_label("", self, name="emptyLabel")
        self.add_button = named(
            QPushButton(self.tr("&Add entries…"), self), "addEntriesButton", self.tr("Add entries")
        )
        self.talk_edit = named(
            QPlainTextEdit(self), "talkAboutEdit", self.tr("What I want to talk about")
        )
        self.talk_edit.setPlaceholderText(self.tr("A few words are enough."))
        self.talk_edit.setTabChangesFocus(True)
        self.paper_combo = named(QComboBox(self), "paperCombo", self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_paper()))
        self.preview = SummaryPreview(self)
        self.message = plain_label("", self, name="summaryMessage")
        self.preview_button = named(
            QPushButton(self.tr("Print pre&view…"), self),
            "printPreviewButton",
            self.tr("Print preview"),
        )
        self.print_button = named(
            QPushButton(self.tr("&Print…"), self), "printButton", self.tr("Print")
        )
        self.save_button = named(
            QPushButton(self.tr("&Save as PDF…"), self), "savePdfButton", self.tr("Save as PDF")
        )
        self.close_button = named(
            QPushButton(self.tr("Close"), self), "closeButton", self.tr("Close")
        )
        self._lay_out()

        self.from_edit.dateChanged.connect(self._period_changed)
        self.to_edit.dateChanged.connect(self._period_changed)
        self.model.dataChanged.connect(self._changed)
        self.model.rowsInserted.connect(self._changed)
        self.model.modelReset.connect(self._changed)
        self.talk_edit.textChanged.connect(self._changed)
        self.paper_combo.currentIndexChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add_entries)
        self.preview_button.clicked.connect(self.output.open_print_preview)
        self.print_button.clicked.connect(self.output.print_with_dialog)
        self.save_button.clicked.connect(self.output.ask_and_save)
        self.output.message.connect(self._say)
        self.output.busyChanged.connect(self._set_busy)
        self.output.saved.connect(self.saved)
        self.close_button.clicked.connect(self.reject)
        session.entriesChanged.connect(self._entries_changed)
        session.closed.connect(self._on_session_closed)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 44)
        self.reload()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        for text, field in (
            (self.tr("&From"), self.from_edit),
            (self.tr("&to"), self.to_edit),
            (self.tr("Pap&er"), self.paper_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            if field is self.paper_combo:
                period.addStretch(1)
            period.addWidget(label)
            period.addWidget(field)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(plain_label(self.tr("What to bring"), left, bold=True, scale=1.1))
        column.addWidget(
            plain_label(
                self.tr(
                    "Your entries marked “bring to next session” are ticked. Only what is "
                    "ticked goes into the summary."
                ),
                left,
            )
        )
        column.addLayout(period)
        column.addWidget(self.entries_list, 3)
        column.addWidget(self.empty_label)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        talk = plain_label(self.tr("What I want to talk about"), left, bold=True)
        talk.setBuddy(self.talk_edit)
        column.addWidget(talk)
        column.addWidget(self.talk_edit, 2)
        splitter = QSplitter(self)
        splitter.setObjectName("summarySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.preview_button, self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- what is chosen -------------------------------------------------------------------

    def period(self) -> model.Period:
        """The period in the date fields (a reversed one raises InvalidInput)."""
        return model.Period(to_date(self.from_edit.date()), to_date(self.to_edit.date()))

    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def reload(self) -> None:
        """List the period's flagged entries again, keeping what was added and unticked."""
        unticked = {row.key for row in self.model.rows()} - {c.key for c in self.model.chosen()}
        try:
            period = self.period()
            flagged = [
                SummaryChoice.own(e) for e in model.flagged_entries(self._session.journal, period)
            ]
        except TrustJournalError as error:
            self.model.set_rows([], [])
            self.empty_label.setText(error.message)
            self.empty_label.show()
            return
        extras = [
            choice for choice in self._extras.values() if choice.shared or choice.date in period
        ]
        rows = sorted([*flagged, *extras], key=lambda c: (c.date, c.shared, c.key[1]))
        self.model.set_rows(rows, [row.key for row in rows if row.key not in unticked])
        self.empty_label.setText(
            ""
            if rows
            else self.tr(
                "No entries of this period are marked to bring. You can add some, or print "
                "the summary as it is."
            )
        )
        self.empty_label.setVisible(not rows)

    def add_entries(self) -> None:
        """Let the partner tick more entries of the period, or shared ones."""
        try:
            period = self.period()
        except TrustJournalError as error:
            self._say(error.message)
            return
        picker = AddEntriesDialog(
            self._session, period, {row.key for row in self.model.rows()}, self
        )
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.add_choices(picker.chosen())
        picker.clear()

    def add_choices(self, choices: list[SummaryChoice]) -> None:
        """Add ``choices`` to the list, ticked."""
        for choice in choices:
            self._extras[choice.key] = choice
        self.model.add(choices)

    def current_summary(self) -> model.CounsellingSummary:
        """The summary of exactly what is ticked now (reads the journal)."""
        return self._summary_maker()()

    def _summary_maker(self) -> Callable[[], model.CounsellingSummary]:
        """A function that builds the summary of what is ticked now, on any thread."""
        if not self._session.is_open:
            # A file or print dialog may still close after the app locked.
            raise JournalLocked()
        journal = self._session.journal
        period = self.period()
        chosen = self.model.chosen()
        own = [c.key[1] for c in chosen if not c.shared]
        shared = [c.key[1] for c in chosen if c.shared]
        talk = self.talk_edit.toPlainText()
        today = self._today

        def make() -> model.CounsellingSummary:
            received = [sharing.shared_entry(journal, number) for number in shared]
            return model.build_summary(
                journal, period, own, shared=received, talk_about=talk, today=today
            )

        return make

    # -- output (see SummaryOutput) --------------------------------------------------

    def open_print_preview(self) -> None:
        """Show Qt's print preview of the summary."""
        self.output.open_print_preview()

    def print_on(self, printer: QPrinter) -> bool:
        """Print on ``printer``; a failure is said calmly. Returns whether it worked."""
        return self.output.print_on(printer)

    def save_pdf(self, path: Path) -> None:
        """Write the PDF at ``path`` on a worker thread, then say where it went."""
        self.output.save_pdf(path)

    # -- state --------------------------------------------------------------------------

    def clear(self) -> None:
        """Remove every word of the journal from the dialog (the app is locking)."""
        self._reload_timer.stop()
        self._extras.clear()
        self.model.clear()
        self.talk_edit.clear()
        self.preview.request(None)
        self.empty_label.clear()
        self.message.clear()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)

    def _entries_changed(self, _change: object) -> None:
        self._reload_timer.start()

    def _period_changed(self) -> None:
        self._reload_timer.start()

    def _changed(self) -> None:
        if not self._session.is_open:
            return
        try:
            make = self._summary_maker()
        except TrustJournalError as error:
            self.preview.request(None)
            self._say(error.message)
            return
        paper = self.paper()
        self.preview.request(lambda index, width: page_image(make(), paper, index, width))

    def _on_session_closed(self) -> None:
        self.clear()
        # A print preview open on top holds the pages' words: it closes with the lock,
        # and so does a file or print dialog, so nothing is saved or printed after it.
        for child in self.findChildren(QDialog):
            child.reject()
        self.reject()
