"""The mood chart of a summary: painted with QPainter, and told in words.

The document keeps a space for the chart in its text (so it flows and breaks pages
like the text around it) and the pages paint the chart there as vector lines. Beside
it the document carries the same points as text (:func:`chart_words`), for anyone who
cannot see the chart, and so the numbers can be checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen

from trustjournal.reports.summary import MoodPoint, Period
from trustjournal.reports.summary_style import (
    ACCENT,
    ACCENT_SOFT,
    FAINT,
    RULE,
    SOFT_INK,
    mm,
    painter_font,
    pt,
)
from trustjournal.reports.summary_words import fill, short_date

CHART_HEIGHT_MM = 50.0
_LEFT = mm(14)
_BOTTOM = mm(8)
_TOP = mm(3)
_RIGHT = mm(3)
_MAX_TICKS = 6


def mood_value(mood: float) -> str:
    """``3`` or ``2.5``: a mood without a trailing ``.0``."""
    rounded = round(mood, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def chart_words(step: str, points: Sequence[MoodPoint]) -> str:
    """The chart's points as one line of text: ``5 Mar: 2 · 9 Mar: 4 · …``."""
    if step == "week":
        parts = [
            fill(
                QCoreApplication.translate("CounsellingSummary", "week of %1: %2"),
                short_date(p.day),
                mood_value(p.mood),
            )
            for p in points
        ]
    else:
        parts = [
            fill(
                QCoreApplication.translate("CounsellingSummary", "%1: %2"),
                short_date(p.day),
                mood_value(p.mood),
            )
            for p in points
        ]
    return " · ".join(parts)


def _ticks(period: Period) -> list[dt.date]:
    """A few evenly spaced days, first and last included, for the x axis."""
    days = period.days
    count = min(_MAX_TICKS, days)
    if count <= 1:
        return [period.start]
    return sorted(
        {
            period.start + dt.timedelta(days=round(i * (days - 1) / (count - 1)))
            for i in range(count)
        }
    )


class MoodChart:
    """Draws the mood of the chosen entries across the period (1 low to 5 good)."""

    height = mm(CHART_HEIGHT_MM)

    def __init__(self, period: Period, step: str, points: Sequence[MoodPoint]) -> None:
        self.period = period
        self.step = step
        self.points = tuple(points)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the axes, the mood points and the line between them into ``rect``."""
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter, rect)
        finally:
            painter.restore()

    def _x(self, plot: QRectF, day: dt.date) -> float:
        span = max(1, self.period.days - 1)
        offset = (day - self.period.start).days
        if self.step == "week":
            offset += 3  # a week's point sits in its middle
        offset = min(max(offset, 0), span)
        return plot.left() + plot.width() * (offset / span if self.period.days > 1 else 0.5)

    @staticmethod
    def _y(plot: QRectF, mood: float) -> float:
        return plot.bottom() - plot.height() * (mood - 1) / 4

    def _paint(self, painter: QPainter, rect: QRectF) -> None:
        plot = rect.adjusted(_LEFT, _TOP, -_RIGHT, -_BOTTOM)
        label_font = painter_font(7.5)
        metrics = QFontMetricsF(label_font)
        painter.setFont(label_font)
        grid = QPen(RULE, pt(0.6))
        for mood in range(1, 6):
            y = self._y(plot, mood)
            painter.setPen(grid)
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(SOFT_INK)
            label = {
                1: QCoreApplication.translate("CounsellingSummary", "1 low"),
                5: QCoreApplication.translate("CounsellingSummary", "5 good"),
            }.get(mood, str(mood))
            box = QRectF(rect.left(), y - metrics.height() / 2, _LEFT - mm(2), metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
        ticks = _ticks(self.period)
        for i, day in enumerate(ticks):
            x = self._tick_x(plot, day)
            painter.setPen(QPen(FAINT, pt(0.6)))
            painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + mm(1.2)))
            painter.setPen(SOFT_INK)
            text = short_date(day)
            width = metrics.horizontalAdvance(text) + mm(1)
            align = Qt.AlignmentFlag.AlignHCenter
            left = x - width / 2
            if i == 0:
                align, left = Qt.AlignmentFlag.AlignLeft, x - mm(0.5)
            elif i == len(ticks) - 1:
                align, left = Qt.AlignmentFlag.AlignRight, x - width + mm(0.5)
            box = QRectF(left, plot.bottom() + mm(1.8), width, metrics.height())
            painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, text)
        self._paint_points(painter, plot)

    def _tick_x(self, plot: QRectF, day: dt.date) -> float:
        if self.period.days == 1:
            return plot.center().x()
        span = self.period.days - 1
        return plot.left() + plot.width() * ((day - self.period.start).days / span)

    def _paint_points(self, painter: QPainter, plot: QRectF) -> None:
        if not self.points:
            return
        centres = [QPointF(self._x(plot, p.day), self._y(plot, p.mood)) for p in self.points]
        if len(centres) > 1:
            path = QPainterPath(centres[0])
            for centre in centres[1:]:
                path.lineTo(centre)
            painter.setPen(
                QPen(
                    ACCENT,
                    pt(1.4),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        radius = pt(2.4) if len(centres) <= 40 else pt(1.6)
        painter.setPen(QPen(ACCENT, pt(1)))
        painter.setBrush(QBrush(ACCENT_SOFT))
        for centre in centres:
            painter.drawEllipse(centre, radius, radius)
