"""Entry bodies as printed text: Markdown with HTML off, and nothing that can load.

Each body is read into a document of its own (HTML inside the Markdown stays literal
text), its images become their address in brackets and its links plain words, and only
then is it copied into the summary as a fragment. Both documents refuse every
resource, so printing an entry never reads a file or touches the network.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
)

from trustjournal.reports.summary_words import fill


class InertDocument(QTextDocument):
    """A text document that never loads an image or any other resource."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing is ever loaded: not ``file:``, ``http:`` nor ``qrc:``."""
        # Empty bytes, not None: PySide6 drops a reference to None for each None a
        # Python override hands back to Qt, and enough of them crash the interpreter.
        return QByteArray()


def markdown_fragment(
    text: str, block: QTextBlockFormat | None = None, quote_indent: float = 0.0
) -> QTextDocumentFragment:
    """``text`` read as Markdown (HTML shown literally), with images and links made inert.

    Every paragraph is merged with ``block`` (spacing, line height) and allowed to wrap
    anywhere; quotations are indented by ``quote_indent`` per level.
    """
    document = InertDocument()
    document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)
    make_inert(document)
    if block is not None:
        _restyle(document, block, quote_indent)
    return QTextDocumentFragment(document)


def insert_markdown(
    cursor: QTextCursor, text: str, block: QTextBlockFormat, quote_indent: float
) -> None:
    """Insert ``text`` as Markdown at ``cursor`` (see :func:`markdown_fragment`)."""
    cursor.insertFragment(markdown_fragment(text, block, quote_indent))


def _restyle(document: QTextDocument, block: QTextBlockFormat, quote_indent: float) -> None:
    # Formats are changed here, in the small document, before the text is copied:
    # changing them after, in the long summary, would lay it out again each time.
    cursor = QTextCursor(document)
    paragraph = document.begin()
    while paragraph.isValid():
        fmt = paragraph.blockFormat()
        # Code blocks arrive as unbreakable lines, which would run off the paper.
        fmt.setNonBreakableLines(False)
        fmt.merge(block)
        level = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
        if level:
            fmt.setLeftMargin(quote_indent * level)
            fmt.setRightMargin(quote_indent)
        cursor.setPosition(paragraph.position())
        cursor.setBlockFormat(fmt)
        paragraph = paragraph.next()


def make_inert(document: QTextDocument) -> None:
    """Replace each image with its address as text and turn links into plain words.

    Used for every untrusted Markdown the app shows or prints: nothing in an entry can
    make it load a resource or follow a link.
    """
    replacements: list[tuple[int, int, str, QTextCharFormat]] = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                plain = QTextCharFormat(fmt)
                plain.setObjectType(0)
                plain.clearProperty(QTextCharFormat.Property.ImageName)
                text = (
                    "["
                    + fill(
                        QCoreApplication.translate("CounsellingSummary", "image: %1"),
                        fmt.toImageFormat().name(),
                    )
                    + "]"
                )
                replacements.append((fragment.position(), fragment.length(), text, plain))
            elif fmt.isAnchor():
                plain = QTextCharFormat(fmt)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setAnchorNames([])
                plain.clearForeground()  # the link colour would promise a click that does nothing
                replacements.append((fragment.position(), fragment.length(), "", plain))
            iterator += 1
        block = block.next()
    cursor = QTextCursor(document)
    # From the end backwards, so earlier positions stay valid while text changes length.
    for position, length, text, fmt in reversed(replacements):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        if text:
            cursor.insertText(text, fmt)
        else:
            cursor.setCharFormat(fmt)
