"""Writing the summary's text: paragraphs, headings, bullets, Markdown and kept spaces.

Everything goes in through a :class:`QTextCursor` as plain text (or as inert Markdown),
so nothing a partner wrote is ever read as HTML. The writer also remembers which
headings must stay on the page of the text they introduce, and where a painted
drawing (the mood chart, the ruled lines) goes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextImageFormat,
    QTextOption,
)

from trustjournal.reports.summary_markdown import InertDocument, insert_markdown
from trustjournal.reports.summary_style import (
    ACCENT,
    BODY_PT,
    INK,
    PANEL,
    SANS,
    SERIF,
    SMALL_PT,
    SOFT_INK,
    format_scale,
    layout_device,
    pt,
)

SPACE_IMAGE = "summary-space"


class Drawing(Protocol):
    """Something painted into a space kept for it in the text (the chart, ruled lines)."""

    height: float

    def paint(self, painter: QPainter, rect: QRectF) -> None: ...


def chars(
    size: float = BODY_PT,
    *,
    sans: bool = True,
    bold: bool = False,
    italic: bool = False,
    colour: QColor = INK,
) -> QTextCharFormat:
    """A character format: sans or serif, size in points."""
    fmt = QTextCharFormat()
    fmt.setFontFamilies(SANS if sans else SERIF)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(colour)
    return fmt


def new_document() -> QTextDocument:
    """An empty, inert summary document measured at the layout resolution."""
    document = InertDocument()
    document.documentLayout().setPaintDevice(layout_device())
    document.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(SERIF)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    option = document.defaultTextOption()
    # A long unbroken word (a pasted link, a cry of "noooo…") wraps instead of running off.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    clear = QImage(1, 1, QImage.Format.Format_ARGB32)
    clear.fill(0)
    document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(SPACE_IMAGE), clear)
    return document


class SummaryWriter:
    """Appends paragraphs to a document, remembering headings to keep with their text."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.cursor = QTextCursor(document)
        # Lengths in text formats are scaled by Qt; these make them come out in points.
        vertical, side = format_scale()
        self.unit = pt(1) / vertical
        self.side_unit = pt(1) / side
        self.keep: list[tuple[int, int]] = []
        self.drawings: list[tuple[int, Drawing]] = []
        self.page_breaks: list[int] = []  # paragraphs that start a new page
        self.body_block = self.block(0, 5, 128)
        self._fresh = True  # the cursor's paragraph is still empty and unused
        self._pending_keep: int | None = None

    def block(self, before: float = 0.0, after: float = 0.0, line: int = 100) -> QTextBlockFormat:
        """A paragraph format: space before and after in points, line height in percent."""
        fmt = QTextBlockFormat()
        fmt.setTopMargin(before * self.unit)
        fmt.setBottomMargin(after * self.unit)
        if line != 100:
            fmt.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def hanging_block(self, column: float, block: QTextBlockFormat) -> QTextBlockFormat:
        """``block`` with a label column ``column`` points wide: "label<tab>text"."""
        fmt = QTextBlockFormat(block)
        fmt.setLeftMargin(column * self.side_unit)
        fmt.setTextIndent(-column * self.side_unit)
        # Tab stops are scaled like the space between paragraphs, not like side margins.
        stop = QTextOption.Tab(column * self.unit, QTextOption.TabType.LeftTab)
        fmt.setTabPositions([stop])
        return fmt

    def start_block(self, block: QTextBlockFormat, fmt: QTextCharFormat | None = None) -> None:
        """Begin a new paragraph with ``block`` (or use the empty one the cursor is in)."""
        if self._fresh:
            self.cursor.setBlockFormat(block)
            if fmt is not None:
                self.cursor.setBlockCharFormat(fmt)
            self._fresh = False
        else:
            self.cursor.insertBlock(block, fmt or QTextCharFormat())
        number = self.cursor.block().blockNumber()
        if self._pending_keep is not None and self._pending_keep != number:
            self.keep.append((self._pending_keep, number))
            self._pending_keep = None

    def paragraph(self, text: str, fmt: QTextCharFormat, block: QTextBlockFormat) -> None:
        """A new paragraph of plain ``text``."""
        self.start_block(block, fmt)
        self.cursor.insertText(text, fmt)

    def keep_next(self) -> None:
        """The paragraph just written stays on the page of the next one.

        Called on several paragraphs in a row (a title, then its dates), the first of
        them is kept with whatever follows the last.
        """
        if self._pending_keep is not None:
            return
        number = self.cursor.block().blockNumber()
        if self.keep and self.keep[-1][1] == number:
            number = self.keep.pop()[0]
        self._pending_keep = number

    def heading(self, text: str, *, new_page: bool = False) -> None:
        """A section heading, kept with what follows; optionally at the top of a page."""
        self.paragraph(text, chars(13, bold=True, colour=ACCENT), self.block(18, 6))
        if new_page:
            self.page_breaks.append(self.cursor.block().blockNumber())
        self.keep_next()

    def label(self, text: str) -> None:
        """A small label over a few lines of text, kept with them."""
        self.paragraph(text, chars(SMALL_PT, bold=True, colour=SOFT_INK), self.block(8, 2))
        self.keep_next()

    def body(self, text: str, *, soft: bool = False) -> None:
        """Plain text in the body face; each line of ``text`` its own paragraph."""
        fmt = chars(BODY_PT, sans=False, colour=SOFT_INK if soft else INK)
        for line in text.splitlines() or [""]:
            self.paragraph(line, fmt, self.body_block)

    def small(self, text: str, *, colour: QColor = SOFT_INK) -> None:
        """A small line of explanation."""
        self.paragraph(text, chars(SMALL_PT, colour=colour), self.block(0, 3, 125))

    def markdown(self, text: str) -> None:
        """``text`` as Markdown with HTML off (an entry body, a session note)."""
        self.start_block(self.body_block, chars(BODY_PT, sans=False))
        insert_markdown(self.cursor, text, self.body_block, 18 * self.side_unit)

    def bullet(self, text: str, detail: str = "") -> None:
        """A bulleted line: plain ``text`` and, smaller, an optional ``detail``."""
        block = self.block(0, 3, 125)
        block.setLeftMargin(14 * self.side_unit)
        block.setTextIndent(-10 * self.side_unit)
        self.start_block(block, chars())
        self.cursor.insertText("•\u2003", chars(BODY_PT, colour=ACCENT))
        self.cursor.insertText(text, chars(BODY_PT, sans=False))
        if detail:
            self.cursor.insertText("\u2003" + detail, chars(SMALL_PT, colour=SOFT_INK))

    def panel(self, text: str) -> None:
        """A short paragraph on a softly shaded panel."""
        frame = QTextFrameFormat()
        frame.setBackground(PANEL)
        frame.setPadding(10 * self.unit)
        frame.setTopMargin(14 * self.unit)
        frame.setBottomMargin(12 * self.unit)
        frame.setBorder(0)
        self.cursor.insertFrame(frame)
        self._fresh = True  # a new frame comes with an empty paragraph
        self.paragraph(text, chars(9.5), self.block(0, 0, 135))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._fresh = True  # and so does the place right after it

    def space(self, drawing: Drawing, block: QTextBlockFormat) -> None:
        """Keep an empty space as wide as the text and ``drawing.height`` tall.

        The space is a transparent picture in a paragraph of its own: one line of text,
        so it moves to the next page whole, never split.
        """
        self.start_block(block)
        space = QTextImageFormat()
        space.setName(SPACE_IMAGE)
        scale = self.unit / pt(1)
        space.setWidth(self.document.textWidth() * scale)
        space.setHeight(drawing.height * scale)
        self.cursor.insertImage(space)
        self.drawings.append((self.cursor.block().blockNumber(), drawing))
