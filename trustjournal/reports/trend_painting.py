"""The monthly trend chart, painted onto any QPainter: a widget, an image or a PDF page.

Mood is a line on a 1–5 scale (with a gap where a month has no mood); the partner's
own counts are soft bars beside it. The colours are calm on purpose: no red or green,
nothing that reads as a verdict on a month. Only QtGui and QtCore are used, so the
counselling summary can paint the same chart without a window system, and every
figure drawn is also available as plain sentences
(:func:`trustjournal.reports.trend_text.trend_sentences`).

Painting is batched: one ``drawRects`` per bar series, one ``drawLines`` for the whole
mood line, one ``drawPoints`` for its dots. Besides being quick, this keeps the number
of calls into the Qt bindings per paint small and the same for two months or sixty
(some binding builds leak a reference on every call that returns nothing).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from trustjournal.domain.trends import CountSeries, MonthTrend
from trustjournal.reports.trend_text import mood_label, series_label

GRID_STEPS = 4  # four intervals: mood 1–5 and the counts share the same grid lines
_NICE = (1, 1.5, 2, 2.5, 5)


@dataclasses.dataclass(frozen=True, slots=True)
class TrendColours:
    """The chart's colours: text, quiet text and grid, the mood line, one per bar series."""

    text: QColor
    quiet: QColor
    grid: QColor
    mood: QColor
    bars: tuple[QColor, ...]

    @classmethod
    def from_palette(cls, palette: QPalette) -> TrendColours:
        """Colours that sit well on ``palette``'s window colour, light or dark."""
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = _with_alpha(text, 0.14 if dark else 0.12)
        mood = QColor("#8ab4df") if dark else QColor("#2f5f8a")
        return cls(text=text, quiet=quiet, grid=grid, mood=mood, bars=_bar_colours(dark))

    @classmethod
    def for_print(cls) -> TrendColours:
        """Ink on white paper."""
        grid = _with_alpha(QColor("#1f1d1a"), 0.15)
        return cls(
            text=QColor("#1f1d1a"),
            quiet=QColor("#5a5550"),
            grid=grid,
            mood=QColor("#2f5f8a"),
            bars=_bar_colours(False),
        )


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    return QColor(colour.red(), colour.green(), colour.blue(), round(alpha * 255))


def _bar_colours(dark: bool) -> tuple[QColor, ...]:
    # A soft plum and a warm sand: distinct from each other and from the blue mood
    # line, and neither carries the "good/bad" meaning of green and red. Opaque, so the
    # rounding pen and the fill are one even colour.
    lightness = 0.6 if dark else 0.7
    return (
        QColor.fromHslF(275 / 360, 0.28, lightness),
        QColor.fromHslF(35 / 360, 0.5, lightness),
    )


def nice_top(largest: int) -> int:
    """The count at the top of the chart: four even, round steps that reach ``largest``.

    Steps are 1, 2, 3, 4, 5, 6, 8, then 10, 15, 20, 25, 50, 100, 150 …, so the grid
    lines carry whole, easy numbers and the bars use most of the height.
    """
    needed = max(1, math.ceil(largest / GRID_STEPS))
    for step in (1, 2, 3, 4, 5, 6, 8):
        if step >= needed:
            return step * GRID_STEPS
    magnitude = 10
    while True:
        for factor in _NICE:
            step = math.ceil(factor * magnitude)
            if step >= needed:
                return step * GRID_STEPS
        magnitude *= 10


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    trends: Sequence[MonthTrend],
    series: Sequence[CountSeries],
    colours: TrendColours,
    *,
    font: QFont | None = None,
    locale: QLocale | None = None,
    empty_text: str | None = None,
) -> None:
    """Paint the chart of ``trends`` (oldest first) with ``series`` as bars into ``rect``."""
    painter.save()
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing, True
        )
        if font is not None:
            painter.setFont(font)
        chart = _Chart(
            rect, list(trends), list(series), colours, locale or QLocale(), painter.font()
        )
        chart.paint(painter, empty_text)
    finally:
        painter.restore()


def month_label_boxes(
    rect: QRectF,
    trends: Sequence[MonthTrend],
    series: Sequence[CountSeries],
    font: QFont,
    locale: QLocale | None = None,
) -> list[tuple[QRectF, str, str | None]]:
    """Where :func:`paint_trend` puts the month names (box, name, year or None)."""
    chart = _Chart(
        rect, list(trends), list(series), TrendColours.for_print(), locale or QLocale(), font
    )
    return chart.month_labels()


class _Chart:
    """One painting: layout from the font's metrics, then legend, grid, bars, line, labels."""

    def __init__(
        self,
        rect: QRectF,
        trends: list[MonthTrend],
        series: list[CountSeries],
        colours: TrendColours,
        locale: QLocale,
        font: QFont,
    ) -> None:
        self.p = QPainter()  # set by paint(); the layout needs only the font
        self.rect = rect
        self.trends = trends
        self.series = series
        self.colours = colours
        self.locale = locale
        self.fm = QFontMetricsF(font)
        self.line = self.fm.height()
        largest = max((s.in_month(t) for t in trends for s in series), default=0)
        self.top = nice_top(largest)

    def paint(self, painter: QPainter, empty_text: str | None) -> None:
        """Draw everything with ``painter`` (or only ``empty_text`` without months)."""
        self.p = painter
        if not self.trends:
            text = empty_text or QCoreApplication.translate(
                "TrendChart", "Your months will appear here once you have written a little."
            )
            area = self.rect
            self.p.setPen(self.colours.quiet)
            self.p.drawText(
                area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text
            )
            return
        legend, legend_bottom = self._legend_layout()
        plot = self._plot_area(legend_bottom)
        self._grid_and_axes(plot)
        self._month_labels()  # in the same quiet pen as the axes
        self._bars(plot, legend)
        self._mood_line(plot, legend)
        self._legend_labels(legend)

    # -- layout -------------------------------------------------------------------------------

    def _legend_items(self) -> list[tuple[str, QColor | None]]:
        items: list[tuple[str, QColor | None]] = [(mood_label(), None)]
        for index, one in enumerate(self.series):
            items.append((series_label(one), self.colours.bars[index % len(self.colours.bars)]))
        return items

    def _legend_layout(self) -> tuple[list[tuple[QRectF, str, QColor | None]], float]:
        """Where each legend entry goes (wrapping onto more lines if needed), and its bottom."""
        swatch = self.line * 1.3
        gap = self.line * 0.4
        spacing = self.line * 1.2
        x, y = self.rect.left(), self.rect.top()
        entries = []
        for label, colour in self._legend_items():
            width = swatch + gap + self.fm.horizontalAdvance(label)
            if x > self.rect.left() and x + width > self.rect.right():
                x, y = self.rect.left(), y + self.line * 1.3
            entries.append((QRectF(x, y, width, self.line), label, colour))
            x += width + spacing
        return entries, y + self.line * 1.6

    def _swatch(self, box: QRectF) -> QRectF:
        """The little sample of colour (or of the mood line) at the start of a legend entry."""
        return QRectF(box.left(), box.top(), self.line * 1.3, self.line)

    def _legend_labels(self, legend: list[tuple[QRectF, str, QColor | None]]) -> None:
        self.p.setPen(self.colours.text)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for box, label, _colour in legend:
            self.p.drawText(box.adjusted(self.line * 1.7, 0, self.line, 0), flags, label)

    def _plot_area(self, top: float) -> QRectF:
        left_labels = [
            self.locale.toString(self.top * i // GRID_STEPS) for i in range(GRID_STEPS + 1)
        ]
        left = max(self.fm.horizontalAdvance(t) for t in left_labels) + self.line * 0.6
        right = self.fm.horizontalAdvance("5") + self.line * 0.6
        caption = self.line * 1.8  # "How many" and "Mood" above the axes, clear of "5"
        bottom = self.line * 2.4  # month, then year
        return QRectF(
            self.rect.left() + left,
            top + caption,
            max(1.0, self.rect.width() - left - right),
            max(1.0, self.rect.bottom() - top - caption - bottom),
        )

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / len(self.trends)

    def _y_for_count(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / self.top

    def _y_for_mood(self, plot: QRectF, mood: float) -> float:
        return plot.bottom() - plot.height() * (mood - 1) / 4

    # -- drawing ------------------------------------------------------------------------------

    def _grid_and_axes(self, plot: QRectF) -> None:
        # One pixel on a screen; as thin relative to the text on a 1200 dpi PDF page.
        self.p.setPen(QPen(self.colours.grid, max(1.0, self.line / 16)))
        lines = []
        for i in range(GRID_STEPS + 1):
            # On a half pixel, a one-pixel line stays one crisp pixel at 1x.
            y = round(plot.bottom() - plot.height() * i / GRID_STEPS) + 0.5
            lines.append(QLineF(plot.left(), y, plot.right(), y))
        self.p.drawLines(lines)
        self.p.setPen(self.colours.quiet)
        right_flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left_flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        pad = self.line * 0.3
        for i in range(GRID_STEPS + 1):
            y = plot.bottom() - plot.height() * i / GRID_STEPS
            count = self.locale.toString(self.top * i // GRID_STEPS)
            box = QRectF(
                self.rect.left(), y - self.line / 2, plot.left() - self.rect.left() - pad, self.line
            )
            self.p.drawText(box, right_flags, count)
            mood_box = QRectF(
                plot.right() + pad, y - self.line / 2, self.rect.right() - plot.right(), self.line
            )
            self.p.drawText(mood_box, left_flags, self.locale.toString(i + 1))
        caption_y = plot.top() - self.line * 1.8
        self.p.drawText(
            QRectF(self.rect.left(), caption_y, plot.width() / 2, self.line),
            left_flags,
            QCoreApplication.translate("TrendChart", "How many"),
        )
        self.p.drawText(
            QRectF(plot.center().x(), caption_y, self.rect.right() - plot.center().x(), self.line),
            right_flags,
            QCoreApplication.translate("TrendChart", "Mood"),
        )

    def _bars(self, plot: QRectF, legend: list[tuple[QRectF, str, QColor | None]]) -> None:
        """Every bar of a series, and its legend swatch, in one call per series."""
        if not self.series:
            return
        slot = self._slot(plot)
        group = min(slot * 0.7, self.line * 1.6 * len(self.series))
        width = group / len(self.series)
        # A round-joined pen as wide as the corners rounds them; the bars reach below the
        # axis, where the clip cuts them square, so only their tops are round.
        radius = max(0.5, min(width / 2 - 0.5, self.line / 4))
        swatches = [box for box, _label, colour in legend if colour is not None]
        self.p.setClipRect(
            QRectF(
                self.rect.left(),
                self.rect.top(),
                self.rect.width(),
                plot.bottom() - self.rect.top(),
            )
        )
        for number, one in enumerate(self.series):
            colour = self.colours.bars[number % len(self.colours.bars)]
            rects = []
            for index, trend in enumerate(self.trends):
                value = one.in_month(trend)
                if value <= 0:
                    continue
                left = plot.left() + slot * index + (slot - group) / 2 + width * number
                top = self._y_for_count(plot, value)
                rects.append(
                    QRectF(
                        left + 0.5 + radius,
                        top + radius,
                        max(0.1, width - 1.0 - 2 * radius),
                        plot.bottom() - top,
                    )
                )
            if number < len(swatches):
                sample = self._swatch(swatches[number])
                rects.append(
                    sample.adjusted(
                        radius, self.line * 0.2 + radius, -radius, -self.line * 0.2 - radius
                    )
                )
            pen = QPen(
                colour,
                2 * radius,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.FlatCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            self.p.setPen(pen)
            self.p.setBrush(colour)
            self.p.drawRects(rects)
        self.p.setClipping(False)

    def _mood_line(self, plot: QRectF, legend: list[tuple[QRectF, str, QColor | None]]) -> None:
        """The whole line in one call (gaps where a month has no mood), then all its dots."""
        slot = self._slot(plot)
        points: list[QPointF | None] = []
        for index, trend in enumerate(self.trends):
            if trend.mood_average is None:
                points.append(None)
            else:
                x = plot.left() + slot * (index + 0.5)
                points.append(QPointF(x, self._y_for_mood(plot, trend.mood_average)))
        segments = [
            QLineF(first, second)
            for first, second in itertools.pairwise(points)
            if first is not None and second is not None
        ]
        dots = [point for point in points if point is not None]
        for box, _label, colour in legend:
            if colour is None:
                sample = self._swatch(box)
                middle = sample.center().y()
                segments.append(QLineF(sample.left(), middle, sample.right(), middle))
                dots.append(sample.center())
        width = max(2.0, self.line / 8)
        round_cap, round_join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        solid = Qt.PenStyle.SolidLine
        self.p.setPen(QPen(self.colours.mood, width, solid, round_cap, round_join))
        self.p.drawLines(segments)
        # A round point as wide as the dot is the dot.
        self.p.setPen(QPen(self.colours.mood, 2 * self._dot_radius(), solid, round_cap, round_join))
        self.p.drawPoints(QPolygonF(dots))

    def month_labels(self) -> list[tuple[QRectF, str, str | None]]:
        """Each shown month name's box, the name, and the year to put under it (or None).

        Names are skipped evenly when they would not fit side by side, counting back
        from the newest month so the most recent one always has its name.
        """
        if not self.trends:
            return []
        plot = self._plot_area(self._legend_layout()[1])
        slot = self._slot(plot)
        names = [
            self.locale.standaloneMonthName(t.month.month, QLocale.FormatType.ShortFormat)
            for t in self.trends
        ]
        widest = max(self.fm.horizontalAdvance(name) for name in [*names, "0000"])
        width = widest + self.line * 0.6
        every = max(1, math.ceil(width / slot))
        last = len(self.trends) - 1
        shown_year: int | None = None
        labels: list[tuple[QRectF, str, str | None]] = []
        for index, trend in enumerate(self.trends):
            if (last - index) % every:
                continue
            x = plot.left() + slot * (index + 0.5)
            box = self._inside(
                QRectF(x - width / 2, plot.bottom() + self.line * 0.2, width, self.line)
            )
            year = None
            if trend.month.year != shown_year:
                shown_year = trend.month.year
                year = str(trend.month.year)
            labels.append((box, names[index], year))
        return labels

    def _month_labels(self) -> None:
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for box, name, year in self.month_labels():
            self.p.drawText(box, centre, name)
            if year is not None:
                self.p.drawText(box.translated(0, self.line), centre, year)

    # -- pieces ---------------------------------------------------------------------------------

    def _inside(self, box: QRectF) -> QRectF:
        """The same box, moved sideways if needed so it stays within the chart."""
        shift = max(0.0, self.rect.left() - box.left()) - max(0.0, box.right() - self.rect.right())
        return box.translated(shift, 0)

    def _dot_radius(self) -> float:
        return max(3.0, self.line / 5)
