"""The summary's pages: paper geometry, page breaks, header and footer, drawing.

The text is laid out once, as one long column at the layout resolution, and then cut
into pages between lines, never through one: a heading that would end a page moves to
the next one with the text it introduces, and the entries and the notes start on a
page of their own. Each page is drawn, scaled, on whatever device asks (a PDF writer,
a printer, a preview picture), with the same header (the summary, the name, the day it
was printed) and footer (a private note and "page N of M") on every page.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageSize,
    QPainter,
    QPen,
    QTextBlock,
    QTextDocument,
)

from trustjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from trustjournal.reports.summary import CounsellingSummary
from trustjournal.reports.summary_document import SummaryDocument, build_document
from trustjournal.reports.summary_style import LAYOUT_DPI, RULE, SOFT_INK, mm, painter_font, pt
from trustjournal.reports.summary_words import fill, long_date
from trustjournal.reports.summary_writer import Drawing

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
SIDE_MM = 20.0
EDGE_MM = 12.0  # paper edge to the header's top and to the footer's bottom
BAND_MM = 7.0  # header and footer text
GAP_MM = 8.0  # header or footer to the text
_HAIR = 0.5  # layout units: 1/2400 inch


def paper_size(paper: str) -> QPageSize:
    """The page size called ``paper`` (``a4`` or ``letter``)."""
    try:
        return QPageSize(PAPER_SIZES[paper.lower()])
    except KeyError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The paper size must be A4 or Letter.")
        ) from None


@dataclasses.dataclass(frozen=True, slots=True)
class PageGeometry:
    """Where the header, text and footer go on one sheet, in layout units."""

    paper: QRectF
    header: QRectF
    body: QRectF
    footer: QRectF

    @classmethod
    def for_size(cls, size: QPageSize) -> PageGeometry:
        """The geometry of a portrait sheet of ``size``."""
        sheet = size.size(QPageSize.Unit.Millimeter)
        width, height = mm(sheet.width()), mm(sheet.height())
        side, edge, band, gap = mm(SIDE_MM), mm(EDGE_MM), mm(BAND_MM), mm(GAP_MM)
        inner = width - 2 * side
        header = QRectF(side, edge, inner, band)
        footer = QRectF(side, height - edge - band, inner, band)
        body_top = header.bottom() + gap
        body = QRectF(side, body_top, inner, footer.top() - gap - body_top)
        return cls(QRectF(0, 0, width, height), header, body, footer)


@dataclasses.dataclass(frozen=True, slots=True)
class _Line:
    top: float
    bottom: float
    block: int
    first: bool  # the first line of its paragraph


class SummaryPages:
    """One summary cut into pages for one paper size, ready to draw page by page."""

    def __init__(self, summary: CounsellingSummary, size: QPageSize) -> None:
        self.summary = summary
        self.size = size
        self.geometry = PageGeometry.for_size(size)
        body = self.geometry.body
        built: SummaryDocument = build_document(summary, body.width())
        self.document = built.document
        self.document.documentLayout().documentSize()  # lay it all out, once
        self.page_tops, self._page_bottoms = _paginate(built, body.height())
        self.page_count = len(self.page_tops)
        self.drawings = [
            (_space_rect(self.document, self.document.findBlockByNumber(number), drawing), drawing)
            for number, drawing in built.drawings
        ]

    def page_slice(self, index: int) -> QRectF:
        """The part of the long column of text that page ``index`` shows: from the top of
        its first line to the bottom of its last, a hair inside both."""
        top, bottom = self.page_tops[index], self._page_bottoms[index]
        # The hair keeps the neighbouring pages' lines out of this page's PDF text too:
        # a clipped line would not show, but it could still be found and copied.
        return QRectF(
            0, top + _HAIR, self.geometry.body.width(), max(0.0, bottom - top - 2 * _HAIR)
        )

    def page_of(self, y: float) -> int:
        """The page (from 0) showing the point ``y`` of the long column."""
        return max(0, bisect.bisect_right(self.page_tops, y) - 1)

    def paint_page(self, painter: QPainter, index: int, sheet: QRectF) -> None:
        """Draw page ``index`` (from 0) so that the whole sheet fills ``sheet``.

        ``sheet`` is in the painter's coordinates; the page is scaled to its width.
        """
        geometry = self.geometry
        scale = sheet.width() / geometry.paper.width()
        painter.save()
        try:
            painter.translate(sheet.topLeft())
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint_header(painter)
            self._paint_footer(painter, index)
            part = self.page_slice(index)
            painter.translate(geometry.body.left(), geometry.body.top() - self.page_tops[index])
            self.document.drawContents(painter, part)
            for rect, drawing in self.drawings:
                if rect.intersects(part):
                    drawing.paint(painter, rect)
        finally:
            painter.restore()

    def image(self, index: int, width: int) -> QImage:
        """Page ``index`` as a white picture ``width`` pixels wide (for previews)."""
        paper = self.geometry.paper
        height = round(width * paper.height() / paper.width())
        image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        dots_per_metre = round(width / (paper.width() / LAYOUT_DPI) / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        try:
            self.paint_page(painter, index, QRectF(0, 0, width, height))
        finally:
            painter.end()
        return image

    def _paint_header(self, painter: QPainter) -> None:
        rect = self.geometry.header
        painter.setFont(painter_font(7.5))
        painter.setPen(SOFT_INK)
        left = fill(
            QCoreApplication.translate("CounsellingSummary", "Counselling summary · %1"),
            self.summary.name,
        )
        right = fill(
            QCoreApplication.translate("CounsellingSummary", "Printed %1"),
            long_date(self.summary.printed_on),
        )
        _two_sides(painter, rect, left, right)
        painter.setPen(QPen(RULE, pt(0.6)))
        painter.drawLine(QLineF(rect.left(), rect.bottom(), rect.right(), rect.bottom()))

    def _paint_footer(self, painter: QPainter, index: int) -> None:
        rect = self.geometry.footer
        painter.setPen(QPen(RULE, pt(0.6)))
        painter.drawLine(QLineF(rect.left(), rect.top(), rect.right(), rect.top()))
        painter.setFont(painter_font(7.5))
        painter.setPen(SOFT_INK)
        left = QCoreApplication.translate(
            "CounsellingSummary",
            "Private — written for a counselling session. Please keep it safe.",
        )
        right = fill(
            QCoreApplication.translate("CounsellingSummary", "Page %1 of %2"),
            str(index + 1),
            str(self.page_count),
        )
        _two_sides(painter, rect, left, right)


def _two_sides(painter: QPainter, rect: QRectF, left: str, right: str) -> None:
    """``left`` at the start and ``right`` at the end of ``rect``, ``left`` elided to fit."""
    metrics = QFontMetricsF(painter.font())
    room = rect.width() - metrics.horizontalAdvance(right) - mm(6)
    left = metrics.elidedText(left, Qt.TextElideMode.ElideRight, room)
    centre = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | centre, left)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | centre, right)


def _space_rect(document: QTextDocument, block: QTextBlock, drawing: Drawing) -> QRectF:
    """Where the space kept for ``drawing`` ended up, in document coordinates."""
    top = document.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineAt(0)
    # The space is a picture standing on the line's baseline.
    top += line.y() + line.ascent() - drawing.height
    return QRectF(line.x(), top, line.width(), drawing.height)


def _lines(document: QTextDocument) -> Iterator[_Line]:
    """Every line of the laid-out document, top to bottom, in document coordinates."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for index in range(lines.lineCount()):
            rect = lines.lineAt(index).rect()
            yield _Line(top + rect.top(), top + rect.bottom(), block.blockNumber(), index == 0)
        block = block.next()


def _paginate(built: SummaryDocument, page_height: float) -> tuple[list[float], list[float]]:
    """Where each page starts and ends in the long column of text: always between lines.

    A page ends before the line that would not fit; before a paragraph that must
    start a page; or before a heading whose following text would start on the next
    page (the heading goes along with it).
    """
    lines = list(_lines(built.document))
    first_line_bottom: dict[int, float] = {}
    for line in lines:
        if line.first:
            first_line_bottom.setdefault(line.block, line.bottom)
    keep = dict(built.keep_with_next)
    breaks = set(built.page_breaks)
    tops: list[float] = []
    bottoms: list[float] = []
    spilled = False  # the current page holds only what did not fit on the one before
    for line in lines:
        if tops and line.top > tops[-1]:
            needed = line.bottom
            if line.first and line.block in keep:
                needed = max(needed, first_line_bottom.get(keep[line.block], needed))
            overflow = needed - tops[-1] > page_height
            # A section that starts a page shares it with a short spill-over instead of
            # leaving a page with only a line or two on it.
            forced = line.first and line.block in breaks
            if forced and spilled and line.top - tops[-1] < page_height * 0.4:
                forced = False
                spilled = False
            if forced or overflow:
                tops.append(line.top)
                bottoms.append(line.bottom)
                spilled = overflow and not forced
                continue
        if not tops:
            tops.append(line.top)
            bottoms.append(line.bottom)
        bottoms[-1] = max(bottoms[-1], line.bottom)
    return (tops, bottoms) if tops else ([0.0], [0.0])


def page_image(
    summary: CounsellingSummary, paper: str, index: int, width: int
) -> tuple[QImage, int]:
    """Page ``index`` of the summary on ``paper`` as a picture, and the number of pages.

    Everything is made and drawn in the calling thread, so this can run on a worker.
    """
    pages = SummaryPages(summary, paper_size(paper))
    index = min(max(index, 0), pages.page_count - 1)
    return pages.image(index, width), pages.page_count
