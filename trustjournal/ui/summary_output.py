"""The summary on paper: Qt's print preview, printing, and saving a PDF where asked.

A PDF is the only time the summary's words reach a disk, and only at the path the user
chose in the file dialog; it is written on a worker thread. Every failure (a printer
that is off, a folder that cannot be written) becomes one calm sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from trustjournal.errors import TrustJournalError
from trustjournal.reports.summary import CounsellingSummary
from trustjournal.reports.summary_pages import paper_size
from trustjournal.reports.summary_pdf import print_to, write_pdf
from trustjournal.ui.worker import run_in_background

# Builds "a function that builds the summary of what is chosen now" (on any thread).
SummaryMaker = Callable[[], Callable[[], CounsellingSummary]]


class SummaryOutput(QObject):
    """Prints and saves what ``make`` gives, on the paper ``paper()`` names."""

    message = Signal(str)
    busyChanged = Signal(bool)
    saved = Signal(object)  # the PDF's path

    def __init__(
        self, window: QWidget, make: SummaryMaker, paper: Callable[[], str], today: dt.date
    ) -> None:
        super().__init__(window)
        self._window = window
        self._make = make
        self._paper = paper
        self._today = today
        self.busy = False

    def printer(self) -> QPrinter:
        """A printer set up for the chosen paper."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(paper_size(self._paper())))
        return printer

    def open_print_preview(self) -> None:
        """Show Qt's print preview of the summary."""
        printer = self.printer()  # kept alive here for as long as the dialog shows
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setObjectName("printPreviewDialog")
        dialog.paintRequested.connect(self.print_on)
        dialog.exec()

    def print_with_dialog(self) -> None:
        """Ask for a printer, then print."""
        printer = self.printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setObjectName("printDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted and self.print_on(printer):
            self.message.emit(self.tr("The summary was sent to the printer."))

    def print_on(self, printer: QPrinter) -> bool:
        """Print on ``printer``; a failure is said calmly. Returns whether it worked."""
        try:
            print_to(self._make()(), printer)
        except TrustJournalError as error:
            self.message.emit(error.message)
            return False
        return True

    def ask_and_save(self) -> None:
        """Ask where to save the PDF (the user's choice is the only place it goes)."""
        name = self.tr("counselling-summary-%1.pdf", "file name")
        default = Path.home() / name.replace("%1", self._today.isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the summary as PDF"),
            str(default),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> None:
        """Write the PDF at ``path`` on a worker thread, then say where it went."""
        if self.busy:
            return
        try:
            make = self._make()
        except TrustJournalError as error:
            self.message.emit(error.message)
            return
        paper = self._paper()
        self._set_busy(True)
        self.message.emit(self.tr("Saving…"))

        def done(_pages: object) -> None:
            self._set_busy(False)
            self.message.emit(
                self.tr(
                    "Saved to %1. This file is not encrypted: keep it private, and delete "
                    "it when you no longer need it."
                ).replace("%1", str(path))
            )
            self.saved.emit(path)

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if isinstance(error, TrustJournalError):
                self.message.emit(error.message)
            else:
                self.message.emit(self.tr("The summary could not be saved. Nothing was written."))

        run_in_background(lambda: write_pdf(make(), path, paper), done, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)
