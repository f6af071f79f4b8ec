"""The building blocks of the guide's pages: a scrollable page, cards, headings, lists.

Every text goes into a plain-text label (:func:`plain_label`), so nothing from the
guidance data is ever read as HTML. The look is quiet on purpose: soft cards on the
window colour, generous spacing, lines kept to a readable length.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trustjournal.ui.plain_text import plain_label

# Long lines tire the eye; the page stops growing at about 80 characters of body text.
READABLE_CHARS = 96
MARGIN = 32
# One style sheet for every card below the widget that carries it (a style sheet per
# card would be parsed hundreds of times for the guide alone).
CARD_SHEET = (
    'QFrame[card="alternate-base"] { background: palette(alternate-base); border-radius: 8px; }'
    ' QFrame[card="base"] { background: palette(base); border-radius: 8px; }'
    ' QFrame[accent="own"] { border-left: 4px solid palette(highlight); }'
    ' QFrame[accent="quiet"] { border-left: 4px solid palette(mid); }'
)


def camel(*parts: str) -> str:
    """``camel("duty", "needs_and_boundaries")`` → ``"dutyNeedsAndBoundaries"``."""
    words = [w for part in parts for w in part.replace("-", "_").split("_") if w]
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words else ""


def muted(label: QLabel) -> QLabel:
    """Give ``label`` the palette's quieter text colour (for secondary lines)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def bullet_list(items: tuple[str, ...] | list[str], name: str, *, quiet: bool = False) -> QWidget:
    """Short lines, each after a bullet, wrapping under their own text (not the bullet)."""
    box = QWidget()
    box.setObjectName(name)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(6)
    grid.setColumnStretch(1, 1)
    for row, text in enumerate(items):
        dot = plain_label("•")
        dot.setAlignment(Qt.AlignmentFlag.AlignTop)
        line = plain_label(text, name=f"{name}Item{row}")
        if quiet:
            muted(dot)
            muted(line)
        grid.addWidget(dot, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(line, row, 1)
    return box


LINK_STYLE = (
    "QPushButton#%1 { color: palette(link); border: none; padding: 2px 0px; text-align: left; }"
)


def link_button(text: str, name: str) -> QPushButton:
    """A flat button that reads like a link (it is a real button for the keyboard)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    font = button.font()
    font.setUnderline(True)
    button.setFont(font)
    button.setStyleSheet(LINK_STYLE.replace("%1", name))
    return button


class Card(QFrame):
    """A soft panel holding one idea: a heading line, then whatever is added to it.

    Its look comes from :data:`CARD_SHEET`, set once on a widget that contains the cards.
    """

    def __init__(
        self, name: str, title: str = "", *, accent: str = "", surface: str = "alternate-base"
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # ``surface`` is a palette colour: "base" stands out on an alternate-base panel.
        self.setProperty("card", surface)
        if accent:
            self.setProperty("accent", accent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(6)
        if title:
            self.title = plain_label(title, name=f"{name}Title", scale=1.1, bold=True)
            self.body.addWidget(self.title)

    def add_text(
        self, text: str, name: str = "", *, quiet: bool = False, italic: bool = False
    ) -> QLabel:
        label = plain_label(text, name=name, italic=italic)
        if quiet:
            muted(label)
        self.body.addWidget(label)
        return label

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.body.addLayout(item)
        else:
            self.body.addWidget(item)


class GuidePage(QScrollArea):
    """One topic of the guide: a heading, an opening paragraph and its cards, scrolling."""

    def __init__(self, key: str, heading: str, intro: str = "") -> None:
        super().__init__()
        self.key = key
        self.setObjectName(camel("guide", key, "page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName(camel("guide", key, "content"))
        self.content.setStyleSheet(CARD_SHEET)
        self._text_width = self.fontMetrics().averageCharWidth() * READABLE_CHARS
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(MARGIN, 24, MARGIN, 32)
        self.column.setSpacing(12)
        self.heading = plain_label(
            heading, name=camel("guide", key, "heading"), scale=1.5, bold=True
        )
        self.column.addWidget(self.heading)
        if intro:
            self.intro = plain_label(intro, name=camel("guide", key, "intro"), scale=1.05)
            self.column.addWidget(self.intro)
            self.column.addSpacing(6)

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.column.addLayout(item)
        else:
            self.column.addWidget(item)

    def add_subheading(self, text: str, name: str) -> QLabel:
        label = plain_label(text, name=name, scale=1.15, bold=True)
        self.column.addSpacing(8)
        self.column.addWidget(label)
        return label

    def finish(self) -> None:
        """Show the page's content, once it is all there.

        The scroll area sizes its widget when it receives it; content added later would
        be squeezed into the visible height instead of scrolling.
        """
        self.column.addStretch(1)  # a short page keeps its cards together at the top
        self.setWidget(self.content)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Keep lines readable on a wide window: the spare width becomes a right margin.
        spare = self.viewport().width() - self._text_width - 2 * MARGIN
        self.column.setContentsMargins(MARGIN, 24, MARGIN + max(spare, 0), 32)
        super().resizeEvent(event)
