"""The trend chart's words: its labels, and every figure it draws as plain sentences.

Kept apart from the painting so the counselling summary and screen readers get the
same numbers as the picture, in the user's locale (month names, decimal separator).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from trustjournal.domain.trends import CountSeries, MonthTrend


def series_label(series: CountSeries) -> str:
    """A count's name as the legend and the sentences say it."""
    labels = {
        CountSeries.TRIGGERS: QCoreApplication.translate("TrendChart", "Triggers"),
        CountSeries.NOTICED_CHANGES: QCoreApplication.translate(
            "TrendChart", "Changes you noticed"
        ),
        CountSeries.PROMISES_KEPT: QCoreApplication.translate("TrendChart", "Promises kept"),
        CountSeries.TRANSPARENCY: QCoreApplication.translate("TrendChart", "Transparency shared"),
    }
    return labels[CountSeries(series)]


def mood_label() -> str:
    """The mood line's name in the legend."""
    return QCoreApplication.translate("TrendChart", "Mood (average, 1–5)")


def month_title(trend: MonthTrend, locale: QLocale | None = None) -> str:
    """ "January 2026", in the locale's words."""
    locale = locale or QLocale()
    name = locale.standaloneMonthName(trend.month.month, QLocale.FormatType.LongFormat)
    return f"{name} {trend.month.year}"


def trend_sentences(
    trends: Sequence[MonthTrend], series: Sequence[CountSeries], locale: QLocale | None = None
) -> list[str]:
    """One plain sentence per month with every figure the chart shows."""
    locale = locale or QLocale()
    sentences = []
    for trend in trends:
        parts: list[str] = []
        parts.append(TrendWords().entries(trend.entries))
        if trend.mood_average is None:
            parts.append(QCoreApplication.translate("TrendChart", "no mood noted"))
        else:
            parts.append(
                QCoreApplication.translate("TrendChart", "average mood %1 out of 5").replace(
                    "%1", locale.toString(trend.mood_average, "f", 1)
                )
            )
        for one in series:
            parts.append(
                QCoreApplication.translate("TrendChart", "%1: %2")
                .replace("%1", series_label(one))
                .replace("%2", locale.toString(one.in_month(trend)))
            )
        sentences.append(
            QCoreApplication.translate("TrendChart", "%1: %2.")
            .replace("%1", month_title(trend, locale))
            .replace("%2", "; ".join(parts))
        )
    return sentences


class TrendWords(QObject):
    """Counted phrases, in a class (its name is their context): Qt's extractor sees plural
    forms only in ``self.tr(text, "", n)`` calls, not in ``translate`` with a variable."""

    def entries(self, count: int) -> str:
        return self.tr("%Ln entries", "", count)
