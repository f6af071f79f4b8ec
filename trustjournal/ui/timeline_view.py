"""The rebuilding timeline: where a partner is on the path, what is normal now, and their
own months as a chart with the same figures written out beside it.

The phase comes from the start date (:mod:`trustjournal.domain.timeline`) and its words
from the guidance data. Nothing here compares a partner with anyone, or says they are
early or late: the page describes and reassures.
"""

from __future__ import annotations

import datetime as dt

from shiboken6 import isValid

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Role
from trustjournal.domain.guidance import Guidance, PhaseGuide
from trustjournal.domain.timeline import Phase, phase_for
from trustjournal.domain.trends import MonthTrend, series_for
from trustjournal.errors import TrustJournalError
from trustjournal.ui.guide_pages import bullet_list, muted
from trustjournal.ui.guide_words import current_guidance, describe_elapsed
from trustjournal.ui.phase_path import PhasePath
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.timeline_chart import TrendChart
from trustjournal.ui.worker import run_in_background
from trustjournal.vault import stats

READABLE_CHARS = 160
# The same soft panel as the guide's cards, with the accent of "where you are".
PHASE_CARD_STYLE = (
    "QFrame#phaseCard { background: palette(alternate-base); border-radius: 8px;"
    " border-left: 4px solid palette(highlight); }"
)


class TimelineView(QWidget):
    """The timeline page of either partner."""

    refreshed = Signal()  # the chart shows the latest figures

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._session = session
        self._role = Role(session.info.role)
        self._generation = 0
        self._day: dt.date | None = None  # the day the page was last filled for
        self._guidance: Guidance | None = None

        self.heading = plain_label(
            self.tr("Your timeline"), name="timelineHeading", scale=1.5, bold=True
        )
        self.started_label = plain_label(name="timelineStarted")
        self.path = PhasePath()
        self.phase_card = QFrame()
        self.phase_card.setObjectName("phaseCard")
        self.phase_card.setFrameShape(QFrame.Shape.NoFrame)
        self.phase_card.setStyleSheet(PHASE_CARD_STYLE)
        card_layout = QVBoxLayout(self.phase_card)
        card_layout.setContentsMargins(18, 14, 18, 14)
        card_layout.setSpacing(6)
        self.phase_title = plain_label(name="phaseTitle", scale=1.1, bold=True)
        self.phase_expect = plain_label(name="phaseExpect")
        self.normal_heading = plain_label(
            self.tr("What is common now"), name="phaseNormalHeading", bold=True
        )
        self.normal_box = QVBoxLayout()
        self.normal_box.setContentsMargins(0, 0, 0, 0)
        self.phase_reassurance = plain_label(name="phaseReassurance", italic=True)
        for widget in (self.phase_title, self.phase_expect, self.normal_heading):
            card_layout.addWidget(widget)
        card_layout.addLayout(self.normal_box)
        card_layout.addWidget(self.phase_reassurance)

        self.months_heading = plain_label(
            self.tr("Your months"), name="monthsHeading", scale=1.2, bold=True
        )
        self.months_intro = muted(plain_label(self._months_intro(), name="monthsIntro"))
        self.chart = TrendChart()
        self.chart.setMinimumHeight(self.fontMetrics().height() * 15)
        self.trend_text = QPlainTextEdit()
        self.trend_text.setObjectName("trendText")
        self.trend_text.setAccessibleName(self.tr("Your months, in words"))
        self.trend_text.setReadOnly(True)
        self.trend_text.setFrameShape(QFrame.Shape.NoFrame)
        self.trend_text.setStyleSheet("QPlainTextEdit#trendText { background: transparent; }")
        self.trend_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lay_out()

        # A method, not a lambda: Qt drops the connection when this page is deleted
        # (the pages are rebuilt around the same session when the language changes).
        session.entriesChanged.connect(self._entries_changed)
        session.closed.connect(self.clear)
        self.refresh()

    def _months_intro(self) -> str:
        if self._role is Role.HURT:
            return self.tr(
                "Your mood each month, with the triggers you wrote and the changes you "
                "noticed. Every path has its own shape; these are here for you, not to judge."
            )
        return self.tr(
            "Your mood each month, with the promises you kept and the transparency you "
            "shared. Every path has its own shape; these are here for you, not to judge."
        )

    def _lay_out(self) -> None:
        content = QWidget()
        content.setObjectName("timelineContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.started_label)
        column.addSpacing(4)
        column.addWidget(self.path)
        column.addWidget(self.phase_card)
        column.addSpacing(8)
        column.addWidget(self.months_heading)
        column.addWidget(self.months_intro)
        figures = QHBoxLayout()
        figures.setSpacing(16)
        figures.addWidget(self.chart, 3)
        figures.addWidget(self.trend_text, 2)
        column.addLayout(figures, 1)
        # Very wide windows would stretch the lines past comfortable reading.
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARS + 64)

        scroll = QScrollArea()
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- public API -------------------------------------------------------------------------

    def _entries_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Show the phase for ``today`` and read the monthly figures in the background."""
        if not self._session.is_open:
            return
        day = today or dt.date.today()
        self._day = day
        self._show_phase(day)
        self._generation += 1
        generation = self._generation
        journal = self._session.journal
        run_in_background(
            lambda: journal.read(lambda conn: stats.month_trends(conn, day)),
            lambda trends: self._show_trends(generation, trends),
            lambda error: self._failed(generation, error),
        )

    def clear(self) -> None:
        """Remove every figure and date of the journal (when the app locks)."""
        self._generation += 1
        self.started_label.clear()
        # Which phase shows says how long ago it began: that goes too.
        for label in (self.phase_title, self.phase_expect, self.phase_reassurance):
            label.clear()
        self._clear_normal()
        self.path.clear()
        self.chart.clear()
        self.trend_text.clear()

    # -- internals ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The app may stay open past midnight: what is due (and the phase) follow the day.
        super().showEvent(event)
        if self._day is not None and self._day != dt.date.today():
            self.refresh()

    def guidance(self) -> Guidance | None:
        if self._guidance is None:
            try:
                self._guidance = current_guidance()
            except TrustJournalError:
                return None
        return self._guidance

    def _show_phase(self, today: dt.date) -> None:
        since = self._session.info.since
        started = QLocale().toString(
            QDate(since.year, since.month, since.day), QLocale.FormatType.LongFormat
        )
        if since > today:
            text = self.tr("Your start date, %1, is still ahead.").replace("%1", started)
        elif since == today:
            text = self.tr("You began today, %1.").replace("%1", started)
        else:
            text = (
                self.tr("%1 (you began on %2).")
                .replace("%1", describe_elapsed(since, today))
                .replace("%2", started)
            )
        self.started_label.setText(text)
        phase = phase_for(since, today)
        guidance = self.guidance()
        if guidance is None:
            self._show_without_guidance(phase)
            return
        guides = guidance.phases
        self.path.set_phases(
            phase, {p: g.title for p, g in guides.items()}, {p: g.span for p, g in guides.items()}
        )
        self._show_phase_card(guides[phase])

    def _show_phase_card(self, guide: PhaseGuide) -> None:
        self.phase_title.setText(guide.title + " · " + guide.span)
        self.phase_expect.setText(guide.what_to_expect)
        self._clear_normal()
        self.normal_box.addWidget(bullet_list(guide.normal, "phaseNormal"))
        self.phase_reassurance.setText(guide.reassurance)
        self.normal_heading.show()

    def _clear_normal(self) -> None:
        while self.normal_box.count():
            item = self.normal_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_without_guidance(self, phase: Phase) -> None:
        # The guidance file is part of the app; if it is damaged, say only what is sure.
        self.path.set_phases(phase, {}, {})
        self.phase_title.setText(self.tr("Where you are"))
        self.phase_expect.setText(
            self.tr("Rebuilding trust usually takes a year or more, at its own pace.")
        )
        self.normal_heading.hide()
        self.phase_reassurance.clear()

    def _show_trends(self, generation: int, trends: list[MonthTrend]) -> None:
        if not self._current(generation):
            return
        self.chart.set_trends(trends, series_for(self._role))
        self.trend_text.setPlainText(self.chart.summary_text().replace("\n", "\n\n"))
        self.refreshed.emit()

    def _current(self, generation: int) -> bool:
        """Whether a background result still belongs on this page (not stale, not closed)."""
        return isValid(self) and generation == self._generation and self._session.is_open

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return
        message = error.message if isinstance(error, TrustJournalError) else ""
        self.trend_text.setPlainText(message or self.tr("Your months could not be read just now."))
