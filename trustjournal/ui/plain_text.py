"""Labels that never interpret their text as HTML.

Every label in the app that can show a partner's words, a name or a message is made
here, so none of them can render a ``<img src=…>`` typed into an entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    name: str = "",
    scale: float = 1.0,
    bold: bool = False,
    italic: bool = False,
) -> QLabel:
    """A word-wrapped plain-text label, its font scaled and styled as asked."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if scale != 1.0 or bold or italic:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
    return label
