"""Where the partner is on the path: the phase, how long it has been, what is normal now.

Shown on the Today page (and usable anywhere): the phase follows from the journal's
start date, and every line comes from the guidance data. It reassures; it never says
whether someone is "on track".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trustjournal.domain.timeline import Phase, phase_for
from trustjournal.ui.guide_pages import link_button
from trustjournal.ui.guide_words import current_guidance, describe_elapsed
from trustjournal.ui.plain_text import plain_label


class PhasePanel(QWidget):
    """The current phase in a few calm lines. Emits ``moreRequested()`` for the timeline."""

    moreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phasePanel")
        self.phase: Phase | None = None
        self.heading = plain_label(self.tr("Where you are"), name="phaseHeading")
        self.heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title = plain_label(name="phaseTitle", scale=1.25, bold=True)
        self.elapsed = plain_label(name="phaseElapsed")
        self.elapsed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.expect = plain_label(name="phaseExpect")
        self.reassurance = plain_label(name="phaseReassurance", italic=True)
        self.more = link_button(self.tr("More about where you are"), "timelineLink")
        self.more.setAccessibleName(self.tr("More about where you are on the path"))
        self.more.clicked.connect(self.moreRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.elapsed)
        layout.addSpacing(6)
        layout.addWidget(self.expect)
        layout.addSpacing(4)
        layout.addWidget(self.reassurance)
        layout.addSpacing(2)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def show_phase(self, since: dt.date, today: dt.date) -> None:
        """Show the phase on ``today`` of a journal started on ``since``."""
        self.phase = phase_for(since, today)
        guide = current_guidance().phases[self.phase]
        self.title.setText(guide.title)
        self.elapsed.setText(describe_elapsed(since, today))
        self.expect.setText(guide.what_to_expect)
        self.reassurance.setText(guide.reassurance)
        self.more.setVisible(True)

    def clear(self) -> None:
        """Empty the lines (the start date is the journal's; it goes when the app locks)."""
        self.phase = None
        for label in (self.title, self.elapsed, self.expect, self.reassurance):
            label.clear()
        self.more.setVisible(False)
