"""The monthly trend chart: what it draws, the same figures in words, colours and sizes."""

from __future__ import annotations

import datetime as dt
import itertools
import sys

import pytest

from PySide6.QtCore import QLocale, QRectF, QThreadPool
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette

from trustjournal.domain import Kind, Outcome, Role
from trustjournal.domain.trends import MonthTrend, add_months, series_for
from trustjournal.reports.trend_painting import (
    TrendColours,
    month_label_boxes,
    nice_top,
    paint_trend,
)
from trustjournal.reports.trend_text import trend_sentences
from trustjournal.ui.timeline_chart import MAX_MONTHS, TrendChart

D = dt.date
HURT = series_for(Role.HURT)
REPAIRING = series_for(Role.REPAIRING)


FIRST = D(2025, 11, 1)


def months(count: int, first: dt.date = FIRST) -> list[MonthTrend]:
    """``count`` months with varied figures; the third is empty, the fifth has no mood."""
    out = []
    for i in range(count):
        month = add_months(first, i)
        if i == 2:
            out.append(MonthTrend(month))
            continue
        out.append(
            MonthTrend(
                month,
                entries=10 + i,
                mood_average=None if i == 4 else 1.5 + (i % 7) * 0.5,
                mood_count=0 if i == 4 else 5,
                by_kind={Kind.TRIGGER: 6 - i % 6, Kind.NOTICED_CHANGE: i % 4, Kind.TRANSPARENCY: 3},
                promises_due=2,
                outcomes={Outcome.KEPT: 1 + i % 2, Outcome.MISSED: 1 - i % 2},
            )
        )
    return out


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def chart_for(qtbot, trends, series) -> TrendChart:
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.set_trends(trends, series)
    return chart


def test_the_same_figures_in_plain_sentences(qtbot, english) -> None:
    chart = chart_for(qtbot, months(5), HURT)
    lines = chart.summary_text().splitlines()
    assert lines == [
        "November 2025: 10 entries; average mood 1.5 out of 5; Triggers: 6; "
        "Changes you noticed: 0.",
        "December 2025: 11 entries; average mood 2.0 out of 5; Triggers: 5; "
        "Changes you noticed: 1.",
        "January 2026: 0 entries; no mood noted; Triggers: 0; Changes you noticed: 0.",
        "February 2026: 13 entries; average mood 3.0 out of 5; Triggers: 3; "
        "Changes you noticed: 3.",
        "March 2026: 14 entries; no mood noted; Triggers: 2; Changes you noticed: 0.",
    ]
    assert chart.accessibleDescription() == chart.summary_text()
    assert chart.accessibleName()
    one = trend_sentences([MonthTrend(D(2026, 1, 1), entries=1)], REPAIRING)
    assert one == [
        "January 2026: 1 entry; no mood noted; Promises kept: 0; Transparency shared: 0."
    ]


def test_the_words_follow_the_locale(qapp) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        text = trend_sentences(months(2), REPAIRING)
    finally:
        QLocale.setDefault(before)
    assert text[0].startswith("November 2025: ")
    assert text[1].startswith("Dezember 2025: ") and "2,0" in text[1]


def test_an_empty_chart_says_so_kindly(qtbot) -> None:
    chart = chart_for(qtbot, [], HURT)
    assert "appear" in chart.summary_text()
    chart.set_trends(months(3), HURT)
    chart.clear()
    assert chart.trends() == [] and chart.accessibleDescription() == chart.summary_text()


def test_the_chart_keeps_the_last_two_years(qtbot) -> None:
    chart = chart_for(qtbot, months(40), REPAIRING)
    shown = chart.trends()
    assert len(shown) == MAX_MONTHS == 24
    assert shown[-1].month == add_months(D(2025, 11, 1), 39)
    assert len(chart.summary_text().splitlines()) == 24
    assert chart.series() == REPAIRING


@pytest.mark.parametrize(
    ("largest", "top"),
    [(0, 4), (1, 4), (4, 4), (5, 8), (9, 12), (21, 24), (33, 40), (41, 60), (99, 100), (401, 600)],
)
def test_the_count_axis_has_four_round_steps(largest, top) -> None:
    assert nice_top(largest) == top
    assert top % 4 == 0 and top >= largest


def paint(trends, series, colours, *, size=(600, 260), ratio=1.0) -> QImage:
    image = QImage(int(size[0] * ratio), int(size[1] * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_trend(painter, QRectF(0, 0, *size), trends, series, colours, font=QFont("Sans", 9))
    finally:
        painter.end()
    return image


def pixels_like(image: QImage, colour: QColor, tolerance: int = 12, top: int = 0) -> int:
    target = colour.rgb()
    tr, tg, tb = (target >> 16) & 255, (target >> 8) & 255, target & 255
    found = 0
    for y in range(top, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            r, g, b = (pixel >> 16) & 255, (pixel >> 8) & 255, pixel & 255
            if abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance:
                found += 1
    return found


def solid(colour: QColor) -> QColor:
    """The colour a translucent bar shows on white."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(c * alpha + (1 - alpha) for c in colour.getRgbF()[:3]))


def test_bars_and_mood_line_are_drawn_in_their_colours(qapp) -> None:
    colours = TrendColours.for_print()
    image = paint(months(6), HURT, colours)
    first, second = (solid(c) for c in colours.bars[:2])
    assert pixels_like(image, first) > 200
    assert pixels_like(image, second) > 50
    assert pixels_like(image, colours.mood) > 50
    # Counts of zero draw no bar at all (the legend's swatch sits above y = 40).
    quiet = [MonthTrend(D(2026, 1, 1), entries=2, mood_average=3.0, mood_count=2)]
    assert pixels_like(paint(quiet, HURT, colours), first, top=40) == 0
    assert pixels_like(paint(quiet, HURT, colours), first) > 0


def test_colours_follow_the_palette_and_pass_no_verdict(qapp) -> None:
    light = QPalette(QColor("#f6f4f1"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#262421"))
    dark = QPalette(QColor("#22211f"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ece8e2"))
    on_light, on_dark = TrendColours.from_palette(light), TrendColours.from_palette(dark)
    assert on_light.text.lightness() < 100 < on_dark.text.lightness()
    assert on_light.mood != on_dark.mood
    for colour in (*on_light.bars, *on_dark.bars, on_light.mood, on_dark.mood):
        hue = colour.hslHue()
        # Not red (a warning) and not green (a reward): the months are not graded.
        assert not (hue < 20 or hue > 340), colour.name()
        assert not 80 <= hue <= 160, colour.name()


def test_twice_the_pixels_on_a_high_density_screen(qapp) -> None:
    colours = TrendColours.for_print()
    bar = solid(colours.bars[0])
    at_one = pixels_like(paint(months(6), HURT, colours), bar)
    at_two = pixels_like(paint(months(6), HURT, colours, ratio=2.0), bar)
    # Sampled every other pixel both ways: four times the area shows as about four times.
    assert 3.4 < at_two / at_one < 4.6


@pytest.mark.parametrize("count", [1, 2, 6, 12, 24, 36, 60])
def test_month_names_never_overlap_at_600_by_260(qapp, count, english) -> None:
    rect = QRectF(8, 8, 584, 244)
    labels = month_label_boxes(rect, months(count), HURT, QFont("Sans", 9))
    assert labels, "at least the newest month is named"
    assert labels[-1][1] == QLocale().standaloneMonthName(
        add_months(D(2025, 11, 1), count - 1).month, QLocale.FormatType.ShortFormat
    )
    for (box, _name, _year), (after, _n, _y) in itertools.pairwise(labels):
        assert box.right() <= after.left() + 0.5
    for box, _name, _year in labels:
        assert rect.left() <= box.left() and box.right() <= rect.right()
    years = [year for _box, _name, year in labels if year]
    assert labels[0][2] is not None  # the first name shown carries its year
    assert years == sorted(set(years))


def test_the_widget_paints_at_its_usual_size(qtbot) -> None:
    chart = chart_for(qtbot, months(8), REPAIRING)
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    assert (chart.width(), chart.height()) == (600, 260)
    image = chart.grab().toImage()
    colours = TrendColours.from_palette(chart.palette())
    assert pixels_like(image, colours.mood, tolerance=20) > 20


def test_painting_makes_the_same_few_calls_for_any_number_of_months(qapp) -> None:
    """Drawing is batched (one call per series, one for the line, one for the dots).

    Some builds of the Qt bindings drop a reference to ``None`` on every call that
    returns nothing, and crash once it runs out; there the count below shows how many
    such calls one paint makes. It must not grow with the months shown.
    """
    colours = TrendColours.for_print()
    image = QImage(600, 260, QImage.Format.Format_ARGB32)

    def cost(count: int) -> int:
        painter = QPainter(image)
        try:
            before = sys.getrefcount(None)
            paint_trend(painter, QRectF(0, 0, 600, 260), months(count), HURT, colours)
            return before - sys.getrefcount(None)
        finally:
            painter.end()

    # Background loads left by earlier tests also touch ``None``'s count while they
    # finish: let them end, and keep the quietest of a few measurements.
    QThreadPool.globalInstance().waitForDone()
    cost(2)  # warm up: first paints create cached objects
    assert min(abs(cost(48) - cost(2)) for _ in range(5)) <= 2
    assert min(cost(48) for _ in range(5)) <= 30
