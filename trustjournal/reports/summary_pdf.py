"""The counselling summary on paper: a PDF file where the user chose, or a printer.

A saved PDF is the only time the summary's plain text reaches a disk, and only at the
path the user gave. It is made in memory, written to a temporary name beside that path
(readable by its owner only) and renamed into place, so a failure never leaves a
half-written summary behind, and nothing is written anywhere else.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from trustjournal.errors import QT_TRANSLATE_NOOP, TrustJournalError
from trustjournal.reports.summary import CounsellingSummary
from trustjournal.reports.summary_pages import SummaryPages, paper_size
from trustjournal.reports.summary_words import fill

PDF_RESOLUTION = 1200


class SummaryNotSaved(TrustJournalError):
    """The summary could not be written where the user asked."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors", "The summary could not be saved. Nothing was written."
    )


class SummaryNotPrinted(TrustJournalError):
    """The printer refused or failed."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The summary could not be printed. Please check that the printer is on and ready, "
        "then try again.",
    )


def pdf_bytes(summary: CounsellingSummary, paper: str = "a4") -> bytes:
    """The summary as a PDF document, made in memory."""
    return _render(summary, paper)[0]


def _render(summary: CounsellingSummary, paper: str) -> tuple[bytes, int]:
    size = paper_size(paper)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(
        fill(
            QCoreApplication.translate("CounsellingSummary", "Counselling summary · %1"),
            summary.name,
        )
    )
    writer.setCreator(QCoreApplication.translate("CounsellingSummary", "Trust Journal"))
    writer.setPageLayout(
        QPageLayout(
            size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point
        )
    )
    pages = SummaryPages(summary, size)
    _draw(
        pages,
        writer,
        SummaryNotSaved(
            QT_TRANSLATE_NOOP("Errors", "The summary could not be drawn, so nothing was saved.")
        ),
    )
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages.page_count


def write_pdf(summary: CounsellingSummary, path: Path, paper: str = "a4") -> int:
    """Save the summary as a PDF at ``path`` (replacing a file there), mode 0600.

    Returns the number of pages. Raises :class:`SummaryNotSaved` with a plain reason if
    the place cannot be written; then no file, not even a partial one, is left behind.
    """
    path = Path(path)
    if _is_folder(path):
        raise SummaryNotSaved(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder. Please give a name for the summary file."),
            path,
        )
    paper_size(paper)  # a wrong size is refused before anything is written
    # Short, so a name near the file system's length limit still leaves room for it.
    temp = path.with_name(f".{path.name[:32]}.{secrets.token_hex(4)}.part")
    try:
        # Opened first, so a folder that cannot be written is found before the work.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as error:
        raise _cannot_save(path, error) from None
    try:
        try:
            data, pages = _render(summary, paper)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        temp.replace(path)
        _sync_folder(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise _cannot_save(path, error) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    return pages


def print_to(summary: CounsellingSummary, printer: QPagedPaintDevice) -> None:
    """Print the summary on ``printer`` (a ``QPrinter`` the user chose), on its paper.

    Raises :class:`SummaryNotPrinted` if the printer cannot start or finish the job.
    """
    layout = printer.pageLayout()
    size = layout.pageSize()
    if not size.isValid():
        size = QPageSize(QPageSize.PageSizeId.A4)
    if layout.orientation() is not QPageLayout.Orientation.Portrait:
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # Ask for no margins so the header and footer sit where they do on a PDF; a printer
    # that needs margins keeps its own and the page is placed around them.
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    _draw(SummaryPages(summary, size), printer, SummaryNotPrinted())


def _draw(pages: SummaryPages, device: QPagedPaintDevice, failure: TrustJournalError) -> None:
    resolution = device.logicalDpiX()
    layout = device.pageLayout()
    full = QRectF(layout.fullRectPixels(resolution))
    paint = QRectF(layout.paintRectPixels(resolution))
    sheet = full.translated(-paint.left(), -paint.top())
    # Only the pages chosen in a print dialog (none chosen: every page).
    ranges = device.pageRanges()
    wanted = [i for i in range(pages.page_count) if ranges.isEmpty() or ranges.contains(i + 1)]
    if not wanted:
        raise _no_such_pages(type(failure), pages.page_count)
    painter = QPainter()
    if not painter.begin(device):
        raise failure
    try:
        for number, index in enumerate(wanted):
            if number and not device.newPage():
                raise failure
            pages.paint_page(painter, index, sheet)
    finally:
        ended = painter.end()
    if not ended:
        raise failure


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long to look up: the write below says why
        return False


def _no_such_pages(kind: type[TrustJournalError], total: int) -> TrustJournalError:
    """The error (of the same ``kind`` as the job's failure) for a choice of no pages."""
    if total == 1:
        return kind(QT_TRANSLATE_NOOP("Errors", "The summary has one page; please choose page 1."))
    return kind(
        QT_TRANSLATE_NOOP("Errors", "The summary has %1 pages; please choose pages from 1 to %1."),
        total,
    )


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _cannot_save(path: Path, error: OSError) -> SummaryNotSaved:
    if error.strerror:
        return SummaryNotSaved(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The summary could not be saved in %1 (%2). Please choose another folder, "
                "such as your Documents folder. Nothing was saved.",
            ),
            path.parent,
            error.strerror,
        )
    return SummaryNotSaved(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The summary could not be saved in %1 (it cannot be written). Please choose "
            "another folder, such as your Documents folder. Nothing was saved.",
        ),
        path.parent,
    )
