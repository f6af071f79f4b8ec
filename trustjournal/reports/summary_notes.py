"""Ruled lines for handwritten notes: the summary's blank "notes from the session" area."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from trustjournal.reports.summary_style import RULE, mm, pt

LINE_GAP_MM = 9.0
LINES = 18


class RuledLines:
    """Evenly spaced, light lines across the text width."""

    height = mm(LINE_GAP_MM) * LINES

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the lines into ``rect``."""
        painter.save()
        try:
            painter.setPen(QPen(RULE, pt(0.7)))
            gap = mm(LINE_GAP_MM)
            for line in range(1, LINES + 1):
                y = rect.top() + line * gap
                painter.drawLine(QLineF(rect.left(), y, rect.right(), y))
        finally:
            painter.restore()
