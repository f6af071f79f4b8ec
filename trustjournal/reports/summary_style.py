"""The summary's look: units, colours and fonts, in one place.

Pages are laid out once, at :data:`LAYOUT_DPI`, whatever they are drawn on: a PDF, a
printer, or a small preview picture is the same layout scaled. So the page breaks and
"page N of M" never differ between the preview and the paper.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage, QTextBlockFormat, QTextCursor, QTextDocument

LAYOUT_DPI = 1200
INK = QColor("#1f1d1a")
SOFT_INK = QColor("#5f5a54")
FAINT = QColor("#b9b2a8")
RULE = QColor("#d8d2c9")
ACCENT = QColor("#3f6f6a")
ACCENT_SOFT = QColor("#dbe7e4")
PANEL = QColor("#f4f1ec")

# Families in order of preference; the first one installed is used, and any
# character none of them has (Arabic, Hebrew, emoji…) falls back to a font that has it.
SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "Cambria", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"]

BODY_PT = 10.5
SMALL_PT = 8.5


def mm(value: float) -> float:
    """``value`` millimetres in layout units."""
    return value / 25.4 * LAYOUT_DPI


def pt(value: float) -> float:
    """``value`` points in layout units."""
    return value / 72 * LAYOUT_DPI


def format_scale() -> tuple[float, float]:
    """How many layout units one unit of a text format's length becomes: (space above and
    below paragraphs, frames' padding and pictures' sizes; paragraphs' side margins).

    Qt reads most of those lengths as pixels of the screen and scales them to the
    device the text is laid out for, but not a paragraph's side margins; the factors
    depend on the screen, so they are measured rather than assumed.
    """
    document = QTextDocument()
    document.documentLayout().setPaintDevice(layout_device())
    document.setDocumentMargin(0)
    cursor = QTextCursor(document)
    cursor.insertText("x")
    spaced = QTextBlockFormat()
    spaced.setTopMargin(100)
    spaced.setLeftMargin(100)
    cursor.insertBlock(spaced)
    cursor.insertText("x")
    document.setTextWidth(100_000)
    first, second = document.begin(), document.begin().next()
    layout = document.documentLayout()
    gap = layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).bottom()
    line = second.layout().lineAt(0)
    side = line.x() if line.isValid() else 100.0
    return (gap / 100 if gap > 0 else 1.0), (side / 100 if side > 0 else 1.0)


def painter_font(size_pt: float, *, bold: bool = False, serif: bool = False) -> QFont:
    """A font for drawing straight onto a page (sized in layout units, not the device's)."""
    font = QFont()
    font.setFamilies(SERIF if serif else SANS)
    font.setPixelSize(max(1, round(pt(size_pt))))
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def layout_device() -> QImage:
    """A tiny picture at :data:`LAYOUT_DPI`, used only to measure text while laying out."""
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device
