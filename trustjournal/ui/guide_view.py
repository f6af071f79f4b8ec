"""The guide: each partner's own part of the work, then the five steps and the rest.

A list of topics beside one readable page at a time, so the guidance never arrives as
a wall of text. The first topic is the partner's part: each step explained in a line or
two, with a button that starts writing the matching kind of entry.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind, Role
from trustjournal.domain.guidance import Guidance
from trustjournal.domain.timeline import Phase, phase_for
from trustjournal.ui.guide_pages import Card, GuidePage, bullet_list, camel, muted
from trustjournal.ui.guide_words import current_guidance, write_button_text
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.safety_note import SafetyNoteLink
from trustjournal.ui.session import JournalSession

TOPICS = (
    "your_part",
    "steps",
    "accountability",
    "transparency",
    "communication",
    "small_actions",
    "trust_breakers",
    "phases",
)


class GuideView(QWidget):
    """The guided view for the session's role. Emits ``writeRequested(Kind)``."""

    writeRequested = Signal(object)  # Kind

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideView")
        self._session = session
        self._role = Role(session.info.role)
        self._guidance = current_guidance()
        self.write_buttons: dict[tuple[str, Kind], QPushButton] = {}
        self.phase_cards: dict[Phase, Card] = {}
        self.phase_markers: dict[Phase, QLabel] = {}
        self.current_phase: Phase | None = None

        self.topics = QListWidget()
        self.topics.setObjectName("guideTopics")
        self.topics.setAccessibleName(self.tr("Guide topics"))
        self.topics.setFrameShape(QListWidget.Shape.NoFrame)
        self.topics.setStyleSheet("QListWidget#guideTopics::item { padding: 6px 8px; }")
        self.pages = QStackedWidget()
        self.pages.setObjectName("guidePages")
        builders = {
            "your_part": (self.tr("Your part"), self._your_part),
            "steps": (self.tr("The five steps"), self._steps),
            "accountability": (self.tr("Owning it"), self._accountability),
            "transparency": (self.tr("Openness"), self._transparency),
            "communication": (self.tr("Talking with each other"), self._communication),
            "small_actions": (self.tr("Small things that help"), self._small_actions),
            "trust_breakers": (self.tr("How trust breaks"), self._trust_breakers),
            "phases": (self.tr("The path over time"), self._phases),
        }
        for key in TOPICS:
            title, build = builders[key]
            page = build(title)
            page.finish()
            self.pages.addWidget(page)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.topics.addItem(item)
        self.topics.currentRowChanged.connect(self._topic_changed)
        self.topics.setCurrentRow(0)
        self.topics.setFixedWidth(max(self.topics.sizeHintForColumn(0), 140) + 28)

        side = QVBoxLayout()
        side.setContentsMargins(12, 20, 0, 12)
        side.setSpacing(8)
        heading = plain_label(self.tr("Guide"), name="guideTitle", scale=1.2, bold=True)
        side.addWidget(heading)
        side.addWidget(self.topics, 1)
        self.safety_link = SafetyNoteLink()
        side.addWidget(self.safety_link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(side)
        layout.addWidget(self.pages, 1)
        session.closed.connect(self.clear)
        self.refresh()

    # -- public API -------------------------------------------------------------------------

    @property
    def guidance(self) -> Guidance:
        return self._guidance

    def show_topic(self, key: str) -> None:
        """Open one topic (one of :data:`TOPICS`), e.g. ``"phases"`` from the Today page."""
        self.topics.setCurrentRow(TOPICS.index(key))

    def current_topic(self) -> str:
        return TOPICS[self.topics.currentRow()]

    def refresh(self, today: dt.date | None = None) -> None:
        """Mark the phase the journal is in today."""
        if not self._session.is_open:
            return
        current = phase_for(self._session.info.since, today or dt.date.today())
        self.current_phase = current
        for phase, card in self.phase_cards.items():
            self.phase_markers[phase].setVisible(phase is current)
            card.setProperty("accent", "own" if phase is current else "")
            card.style().unpolish(card)
            card.style().polish(card)

    def clear(self) -> None:
        """The guide shows none of the journal's words; only the phase marker is hidden."""
        self.current_phase = None
        for marker in self.phase_markers.values():
            marker.setVisible(False)

    def showEvent(self, event: QShowEvent) -> None:
        # The app may stay open for days: the phase follows the calendar.
        super().showEvent(event)
        self.refresh()

    # -- pages ------------------------------------------------------------------------------

    def _topic_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if TOPICS[row] == "phases":
            # Open on the phase the partner is in, with the ones before it a scroll away.
            page = self.pages.currentWidget()
            if self.current_phase is not None and isinstance(page, GuidePage):
                page.ensureWidgetVisible(self.phase_cards[self.current_phase], 0, 24)

    def _partner(self) -> Role:
        return Role.REPAIRING if self._role is Role.HURT else Role.HURT

    def _your_part(self, title: str) -> GuidePage:
        intro_key = f"duties_{self._role.value}"
        page = GuidePage("your_part", title, self._guidance.intros[intro_key])
        for duty in self._guidance.duties[self._role]:
            card = Card(camel("duty", duty.id, "card"), duty.title, accent="own")
            card.add_text(duty.detail, camel("duty", duty.id, "detail"))
            if duty.kinds:
                row = QHBoxLayout()
                row.setSpacing(8)
                row.setContentsMargins(0, 6, 0, 0)
                for kind in duty.kinds:
                    row.addWidget(self._write_button(duty.id, duty.title, kind))
                row.addStretch(1)
                card.add(row)
            page.add(card)
        return page

    def _write_button(self, duty_id: str, duty_title: str, kind: Kind) -> QPushButton:
        button = QPushButton(write_button_text(kind))
        button.setObjectName(camel("duty", duty_id, "write", kind.value))
        button.setAccessibleName(f"{write_button_text(kind)}: {duty_title}")
        button.setMinimumHeight(button.fontMetrics().height() * 2)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False, k=kind: self.writeRequested.emit(k))
        self.write_buttons[(duty_id, kind)] = button
        return button

    def _steps(self, title: str) -> GuidePage:
        page = GuidePage("steps", title, self._guidance.intros["steps"])
        for number, step in enumerate(self._guidance.steps, start=1):
            heading = self.tr("%1. %2").replace("%1", str(number)).replace("%2", step.title)
            card = Card(camel("step", step.id, "card"), heading)
            card.add_text(step.summary, camel("step", step.id, "summary"))
            card.body.addSpacing(4)
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)
            for row, (who, role, quiet) in enumerate(
                (
                    (self.tr("For you"), self._role, False),
                    (self.tr("For your partner"), self._partner(), True),
                )
            ):
                label = plain_label(
                    who, name=camel("step", step.id, role.value, "label"), bold=True
                )
                text = plain_label(step.part(role), name=camel("step", step.id, role.value))
                if quiet:
                    muted(label)
                    muted(text)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(text, row, 1)
            card.add(grid)
            page.add(card)
        return page

    def _accountability(self, title: str) -> GuidePage:
        page = GuidePage("accountability", title, self._guidance.intros["accountability"])
        columns = QHBoxLayout()
        columns.setSpacing(16)
        sides = (
            (
                self.tr("Sounds like"),
                self._guidance.accountability.sounds_like,
                "own",
                "soundsLike",
            ),
            (self.tr("Not this"), self._guidance.accountability.not_this, "quiet", "notThis"),
        )
        for heading, examples, accent, name in sides:
            column = QVBoxLayout()
            column.setSpacing(10)
            column.addWidget(plain_label(heading, name=f"{name}Heading", bold=True))
            for number, example in enumerate(examples):
                card = Card(f"{name}Card{number}", accent=accent)
                quote = self.tr("“%1”").replace("%1", example.words)
                card.add_text(quote, f"{name}Words{number}", italic=True)
                card.add_text(example.why, f"{name}Why{number}", quiet=True)
                column.addWidget(card)
            column.addStretch(1)
            columns.addLayout(column, 1)
        page.add(columns)
        return page

    def _transparency(self, title: str) -> GuidePage:
        page = GuidePage("transparency", title, self._guidance.intros["transparency"])
        row = QHBoxLayout()
        row.setSpacing(16)
        is_card = Card("transparencyIsCard", self.tr("What it is"), accent="own")
        is_card.add(bullet_list(self._guidance.transparency.is_, "transparencyIs"))
        not_card = Card("transparencyIsNotCard", self.tr("What it is not"), accent="quiet")
        not_card.add(bullet_list(self._guidance.transparency.is_not, "transparencyIsNot"))
        row.addWidget(is_card, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(not_card, 1, Qt.AlignmentFlag.AlignTop)
        page.add(row)
        return page

    def _communication(self, title: str) -> GuidePage:
        page = GuidePage("communication", title, self._guidance.intros["communication"])
        own = Card("communicationOwnCard", self.tr("For you"), accent="own")
        own.add(bullet_list(self._guidance.communication[self._role], "communicationOwn"))
        partner = Card("communicationPartnerCard", self.tr("For your partner"), accent="quiet")
        partner.add(
            bullet_list(
                self._guidance.communication[self._partner()], "communicationPartner", quiet=True
            )
        )
        page.add(own)
        page.add(partner)
        return page

    def _small_actions(self, title: str) -> GuidePage:
        page = GuidePage("small_actions", title, self._guidance.intros["small_actions"])
        for number, action in enumerate(self._guidance.small_actions):
            card = Card(f"smallActionCard{number}", action.title)
            card.add_text(action.detail, f"smallActionDetail{number}")
            page.add(card)
        if self._role is Role.REPAIRING:
            row = QHBoxLayout()
            row.addWidget(self._write_button("small_actions", title, Kind.SMALL_ACTION))
            row.addStretch(1)
            page.add(row)
        return page

    def _trust_breakers(self, title: str) -> GuidePage:
        page = GuidePage("trust_breakers", title, self._guidance.intros["trust_breakers"])
        for number, breaker in enumerate(self._guidance.trust_breakers):
            card = Card(f"trustBreakerCard{number}", breaker.name)
            card.add_text(breaker.damage, f"trustBreakerDamage{number}")
            page.add(card)
        return page

    def _phases(self, title: str) -> GuidePage:
        page = GuidePage("phases", title, self._guidance.intros["phases"])
        for phase, guide in self._guidance.phases.items():
            name = camel("phase", phase.value, "card")
            card = Card(name, guide.title)
            here = plain_label(self.tr("You are here"), name=camel("phase", phase.value, "here"))
            font = here.font()
            font.setBold(True)
            here.setFont(font)
            here.setStyleSheet("color: palette(highlight);")
            here.setVisible(False)
            card.body.insertWidget(0, here)
            self.phase_markers[phase] = here
            card.add_text(guide.span, camel("phase", phase.value, "span"), quiet=True)
            card.add_text(guide.what_to_expect, camel("phase", phase.value, "expect"))
            card.body.addSpacing(2)
            card.add(bullet_list(guide.normal, camel("phase", phase.value, "normal")))
            card.body.addSpacing(4)
            card.add_text(
                guide.reassurance, camel("phase", phase.value, "reassurance"), italic=True
            )
            self.phase_cards[phase] = card
            page.add(card)
        return page
