"""The partner's own months as a chart: mood as a line, their counts as soft bars.

The painting itself lives in :mod:`trustjournal.reports.trend_painting` (QtGui only),
so the counselling summary draws the very same chart on a PDF page. This widget adds
the palette, the font, the accessible name and description, and the same figures as
plain sentences for anyone who does not read charts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustjournal.domain.trends import CountSeries, MonthTrend, last_months
from trustjournal.reports.trend_painting import TrendColours, paint_trend
from trustjournal.reports.trend_text import trend_sentences

MAX_MONTHS = 24  # two years stay readable at the chart's usual width


class TrendChart(QWidget):
    """A monthly trend chart for :class:`MonthTrend` figures, oldest month first."""

    def __init__(self, parent: QWidget | None = None, *, max_months: int = MAX_MONTHS) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setAccessibleName(self.tr("Your months, as a chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._max_months = max_months
        self._trends: list[MonthTrend] = []
        self._series: tuple[CountSeries, ...] = ()
        self._update_description()

    # -- public API -------------------------------------------------------------------------

    def set_trends(self, trends: Sequence[MonthTrend], series: Sequence[CountSeries]) -> None:
        """Show ``trends`` (the last :data:`MAX_MONTHS` of them) with ``series`` as bars."""
        self._trends = last_months(trends, self._max_months)
        self._series = tuple(series)
        self._update_description()
        self.update()

    def trends(self) -> list[MonthTrend]:
        """The months the chart shows."""
        return list(self._trends)

    def series(self) -> tuple[CountSeries, ...]:
        return self._series

    def summary_text(self) -> str:
        """Every figure the chart shows, as plain sentences, one month per line."""
        if not self._trends:
            return self.tr("Nothing to show yet: your months will appear once you have written.")
        return "\n".join(trend_sentences(self._trends, self._series))

    def clear(self) -> None:
        """Forget every figure (when the app locks)."""
        self._trends = []
        self._update_description()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 20, height * 11)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            margin = self.fontMetrics().height() * 0.5
            area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
            paint_trend(
                painter,
                area,
                self._trends,
                self._series,
                TrendColours.from_palette(self.palette()),
                font=self.font(),
            )
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        # A live switch between light and dark (or a new font size) repaints at once.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()
        super().changeEvent(event)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.summary_text())
