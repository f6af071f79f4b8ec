"""The one-page recovery-code sheet: for a printer, a PDF file, or a picture.

The page is a :class:`QTextDocument` built piece by piece through a :class:`QTextCursor`
from plain text, so nothing the user typed (the journal's name) is ever read as HTML.
A saved PDF is written to a temporary name beside its destination and renamed into
place, so a failure never leaves a half-written sheet, and nothing goes anywhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QFile,
    QFileDevice,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextListFormat,
)

from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageFull, TrustJournalError

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 20.0
GROUPS_PER_LINE = 4
A4_WIDTH_MM = 210.0
A4_PREVIEW = QSize(794, 1123)  # A4 at 96 dots per inch
_INK = QColor("#1f1d1a")
_SOFT_INK = QColor("#5a5550")


def code_lines(code: str, per_line: int = GROUPS_PER_LINE) -> list[str]:
    """The code's groups, as given, a few to a line: ``["7K2M-Q9XD-…", …]``."""
    groups = [g for g in re.split(r"[\s\-]+", code.strip()) if g]
    return ["-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]


def build_document(code: str, name: str, made_on: dt.date | None = None) -> QTextDocument:
    """The sheet as a document (its layout and fonts are set when it is painted)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    cursor = QTextCursor(doc)

    def text(words: str, size: float = 11.5, *, bold: bool = False, soft: bool = False) -> None:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setForeground(_SOFT_INK if soft else _INK)
        cursor.insertText(words, fmt)

    def paragraph(space_before: float = 0.0) -> None:
        cursor.insertBlock(_block_format(space_before))

    cursor.setBlockFormat(_block_format(0))
    text(QCoreApplication.translate("RecoverySheet", "Trust Journal recovery code"), 20, bold=True)
    paragraph(8)
    text(QCoreApplication.translate("RecoverySheet", "Journal: "), soft=True)
    text(name)
    paragraph()
    text(QCoreApplication.translate("RecoverySheet", "Made on: "), soft=True)
    day = made_on or dt.date.today()
    text(QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat))
    paragraph(20)
    text(
        QCoreApplication.translate(
            "RecoverySheet",
            "If you ever forget your passphrase, this code opens your journal so that you "
            "can choose a new one.",
        )
    )
    _insert_code(cursor, code)

    paragraph(4)
    text(QCoreApplication.translate("RecoverySheet", "How to keep it"), 13, bold=True)
    lines = (
        QCoreApplication.translate(
            "RecoverySheet", "Keep this sheet somewhere safe, such as with your important papers."
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Store it away from your computer, so that losing one never means losing both.",
        ),
        QCoreApplication.translate(
            "RecoverySheet", "Anyone who has this code can open your journal, so keep it private."
        ),
    )
    for i, line in enumerate(lines):
        if i == 0:
            paragraph(8)
            bullets = QTextListFormat()
            bullets.setStyle(QTextListFormat.Style.ListDisc)
            cursor.createList(bullets)
        else:
            cursor.insertBlock()  # the same format: the next item of the list
        text(line)
    paragraph(28)  # a fresh format leaves the list
    text(
        QCoreApplication.translate(
            "RecoverySheet",
            "The code never uses the letters I, L, O or U: what looks like an O is the digit "
            "zero, and what looks like an I or L is the digit one. Capitals, spaces and dashes "
            "do not matter when you type it.",
        ),
        10,
        soft=True,
    )
    return doc


def render_image(code: str, name: str, size: QSize = A4_PREVIEW) -> QImage:
    """The sheet drawn on a white A4-shaped picture ``size`` pixels wide (for previews)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots_per_mm = size.width() / A4_WIDTH_MM
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    margin = MARGIN_MM * dots_per_mm
    area = QRectF(0, 0, size.width(), size.height()).adjusted(margin, margin, -margin, -margin)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _paint(image, painter, area, code, name)
    finally:
        painter.end()
    return image


def write_pdf(path: Path, code: str, name: str, paper: str = "a4") -> None:
    """Save the sheet as a one-page PDF at ``path`` (replacing any file there).

    Raises :class:`StorageFull` if the folder cannot be written; no file is left behind.
    """
    if paper not in PAPER_SIZES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The paper size must be A4 or Letter."))
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    file = QFile(str(temp))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.NewOnly):
        raise _cannot_save(path)
    try:
        file.setPermissions(QFileDevice.Permission.ReadOwner | QFileDevice.Permission.WriteOwner)
        writer = QPdfWriter(file)
        writer.setResolution(300)
        writer.setTitle(QCoreApplication.translate("RecoverySheet", "Trust Journal recovery code"))
        writer.setCreator(QCoreApplication.translate("RecoverySheet", "Trust Journal"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAPER_SIZES[paper]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        _draw_on(writer, code, name)
        del writer
        if not file.flush() or file.error() != QFileDevice.FileError.NoError:
            raise _cannot_save(path)
        os.fsync(file.handle())
        file.close()
        temp.replace(path)
    except OSError:
        _discard(file, temp)
        raise _cannot_save(path) from None
    except BaseException:
        _discard(file, temp)
        raise


def print_to(printer: QPagedPaintDevice, code: str, name: str) -> None:
    """Print the sheet on ``printer`` (a ``QPrinter`` the user chose)."""
    _draw_on(
        printer,
        code,
        name,
        failure=TrustJournalError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sheet could not be printed. Please check that the printer is on and "
                "ready, then try again.",
            )
        ),
    )


# -- internals -------------------------------------------------------------------------


def _draw_on(
    device: QPagedPaintDevice, code: str, name: str, failure: TrustJournalError | None = None
) -> None:
    failure = failure or TrustJournalError(
        QT_TRANSLATE_NOOP("Errors", "The sheet could not be drawn. Nothing was saved.")
    )
    painter = QPainter()
    if not painter.begin(device):
        raise failure
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _paint(device, painter, QRectF(0, 0, device.width(), device.height()), code, name)
    finally:
        ended = painter.end()
    if not ended:
        raise failure


def _paint(device: QPaintDevice, painter: QPainter, area: QRectF, code: str, name: str) -> None:
    """Lay the sheet out for ``device`` (its resolution) and draw it into ``area``."""
    doc = build_document(code, name)
    doc.documentLayout().setPaintDevice(device)
    doc.setTextWidth(area.width())
    height = doc.size().height()
    painter.save()
    painter.translate(area.topLeft())
    if height > area.height():  # a very long name: shrink rather than spill onto page 2
        factor = area.height() / height
        painter.scale(factor, factor)
    doc.drawContents(painter)
    painter.restore()


def _block_format(space_before: float) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(space_before)
    fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _insert_code(cursor: QTextCursor, code: str) -> None:
    """The code in a framed box, large and monospaced, a few groups to a line."""
    frame = QTextFrameFormat()
    frame.setBorder(1.2)
    frame.setBorderBrush(_SOFT_INK)
    frame.setPadding(16)
    frame.setTopMargin(16)
    frame.setBottomMargin(20)
    cursor.insertFrame(frame)
    mono = QTextCharFormat()
    mono.setFontFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
    mono.setFontFixedPitch(True)
    mono.setFontPointSize(20)
    mono.setFontWeight(QFont.Weight.DemiBold)
    mono.setForeground(_INK)
    centred = QTextBlockFormat()
    centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    cursor.setBlockFormat(centred)
    for i, line in enumerate(code_lines(code)):
        if i:
            centred.setTopMargin(10)
            cursor.insertBlock(centred)
        cursor.insertText(line, mono)
    cursor.movePosition(QTextCursor.MoveOperation.End)  # out of the frame


def _cannot_save(path: Path) -> StorageFull:
    return StorageFull(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The recovery sheet could not be saved in %1. Please choose another folder, "
            "such as your Documents folder.",
        ),
        path.parent,
    )


def _discard(file: QFile, temp: Path) -> None:
    file.close()
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)
