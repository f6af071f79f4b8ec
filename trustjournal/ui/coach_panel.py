"""The accountability coach beside the entry editor: gentle notes on wording.

While the partner who is repairing trust writes an accountability entry, the coach reads
the text a moment after they stop typing, marks wording that deflects instead of owning
with a soft wavy underline, and lists each note with a one-line reason and a way to say
it that owns it. For their other entries it stays silent, unless the entry is marked to
bring to the next session (meant to be shared): then only a quiet "A thought on wording"
line appears, which they can open. It never runs for the partner who was hurt, never
stands between anyone and the Save button, and keeps and sends nothing: its notes live
in this widget only, until the text changes or the journal locks.
"""

from __future__ import annotations

import bisect
import enum

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Kind, Role
from trustjournal.domain.coach import Coach, CoachDataInvalid, Finding, load_coach
from trustjournal.i18n import current_language
from trustjournal.ui.plain_text import plain_label

DELAY_MS = 400  # the coach reads the text this long after the last key press
MAX_SHOWN = 12  # notes listed at once; the rest are still underlined in the text
_QUOTE_LENGTH = 60  # longer marked words are shortened in the list (never in the text)
_OURS = QTextFormat.Property.UserProperty + 41  # marks the underlines this panel drew
_LIGHT_MARK, _DARK_MARK = "#b9872f", "#d9b46a"  # a soft amber: noticeable, not alarming


class CoachMode(enum.Enum):
    """How the coach shows up for the entry being written."""

    OFF = "off"  # not at all
    FULL = "full"  # notes listed and underlined as the partner writes
    QUIET = "quiet"  # one quiet line that can be opened


def coach_mode(role: Role, kind: Kind, shared: bool) -> CoachMode:
    """The coach's mode for a partner in ``role`` writing ``kind`` (``shared``: for a session)."""
    if role is not Role.REPAIRING:
        return CoachMode.OFF
    if kind is Kind.ACCOUNTABILITY:
        return CoachMode.FULL
    return CoachMode.QUIET if shared else CoachMode.OFF


class _Positions:
    """Python string indices (code points) as Qt text positions (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        # Each character outside the Basic Multilingual Plane (most emoji) is two units.
        wide = [] if text.isascii() else [i for i, c in enumerate(text) if ord(c) > 0xFFFF]
        self._wide = wide

    def to_qt(self, index: int) -> int:
        return index + bisect.bisect_left(self._wide, index)


class _NotesArea(QScrollArea):
    """The list of notes: as tall as its notes, up to a few, then it scrolls."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = self.widget()
        wanted = inner.heightForWidth(width) if inner is not None else 0
        limit = self.fontMetrics().lineSpacing() * 11  # two or three notes
        return max(0, min(wanted if wanted >= 0 else limit, limit))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))


class _FindingCard(QFrame):
    """One note: the marked words, why they may land badly, and what to try instead."""

    def __init__(self, panel: CoachPanel, finding: Finding, words: str, name: str) -> None:
        super().__init__(panel)
        self.setObjectName("coachFinding")
        self.finding = finding
        shown = words if len(words) <= _QUOTE_LENGTH else words[: _QUOTE_LENGTH - 1] + "…"
        quote = plain_label(f"“{shown}”", self, name="coachWords", bold=True)
        quote.setWordWrap(False)
        kind = plain_label(name, self, name="coachCategory", scale=0.9)
        kind.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        why = plain_label(finding.message, self, name="coachMessage")
        try_this = plain_label(
            QCoreApplication.translate("CoachPanel", "Try: %1").replace("%1", finding.suggestion),
            self,
            name="coachSuggestion",
        )
        show = QToolButton(self)
        show.setObjectName("coachShowButton")
        show.setText(QCoreApplication.translate("CoachPanel", "Show in text"))
        show.setAccessibleName(
            QCoreApplication.translate("CoachPanel", "Show these words in the text")
        )
        show.setAutoRaise(True)
        show.clicked.connect(lambda: panel.show_finding(finding))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(quote, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(kind, 1, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(why)
        layout.addWidget(try_this)
        self.setAccessibleName(f"“{words}”. {finding.message} {try_this.text()}")


class CoachPanel(QFrame):
    """The coach's notes for one QPlainTextEdit; the editor sets the mode with set_context."""

    findingsChanged = Signal(int)  # how many notes there are now (0 when off)

    def __init__(self, edit: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coachPanel")
        self._edit = edit
        self._mode = CoachMode.OFF
        self._findings: list[Finding] = []
        self._checked: str | None = None
        self._text = ""
        self._positions = _Positions("")
        self._timer = QTimer(self)
        self._timer.setObjectName("coachTimer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._build()
        edit.textChanged.connect(self._on_text_changed)
        self._show_state()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("coachToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(self.tr("A thought on wording"))
        self.toggle.toggled.connect(self._on_toggled)
        self.heading = plain_label(self.tr("Wording to look at again"), self, name="coachHeading")
        self.heading.setFont(_bold(self.heading))
        self.intro = plain_label(
            self.tr("Suggestions only. You can save whenever you like."), self, name="coachIntro"
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hint = plain_label(
            self.tr(
                "While you write, gentle notes on wording may appear here. "
                "They never stop you saving."
            ),
            self,
            name="coachHint",
            italic=True,
        )
        for quiet in (self.intro, self.hint):
            quiet.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cards = QWidget(self)
        self.cards.setObjectName("coachCards")
        self._cards_layout = QVBoxLayout(self.cards)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(6)
        self.notes_area = _NotesArea(self)
        self.notes_area.setObjectName("coachScroll")
        self.notes_area.setAccessibleName(self.tr("Notes on wording"))
        self.notes_area.setWidget(self.cards)
        self.notes_area.setWidgetResizable(True)
        self.notes_area.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more = plain_label("", self, name="coachMore", italic=True)
        self.more.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        for widget in (
            self.toggle,
            self.heading,
            self.intro,
            self.notes_area,
            self.more,
            self.hint,
        ):
            layout.addWidget(widget)

    # -- public API -------------------------------------------------------------------------------

    @property
    def mode(self) -> CoachMode:
        return self._mode

    def findings(self) -> list[Finding]:
        """The notes for the text as it was last read (none when the coach is off)."""
        return list(self._findings)

    def set_context(self, role: Role, kind: Kind, shared: bool) -> None:
        """Follow the entry being written: who writes it, its kind, and whether it is shared."""
        self.set_mode(coach_mode(role, kind, shared))

    def set_mode(self, mode: CoachMode) -> None:
        """Turn the coach off, on, or to its quiet line; reading again soon when on."""
        if mode is self._mode:
            return
        self._mode = mode
        if mode is CoachMode.OFF:
            self.clear()
            return
        self.toggle.setChecked(False)
        self._checked = None  # the same text may need showing differently
        self._timer.start()
        self._show_state()

    def check_now(self) -> None:
        """Read the text now (normally this happens a moment after typing stops)."""
        self._timer.stop()
        if self._mode is CoachMode.OFF:
            return
        text = self._edit.toPlainText()
        if text == self._checked:
            return
        self._checked = text
        self._text, self._positions = text, _Positions(text)
        self._findings = check_wording(text)
        self._fill_cards()
        self._show_state()
        self.findingsChanged.emit(len(self._findings))

    def clear(self) -> None:
        """Forget every note and every word of the text (the journal is locking)."""
        self._timer.stop()
        had = bool(self._findings)
        self._findings, self._checked = [], None
        self._text, self._positions = "", _Positions("")
        self.toggle.setChecked(False)
        self._fill_cards()
        self._show_state()
        if had:
            self.findingsChanged.emit(0)

    def show_finding(self, finding: Finding) -> None:
        """Select a note's words in the text and move the focus there."""
        cursor = self._cursor_for(finding)
        self._edit.setTextCursor(cursor)
        self._edit.ensureCursorVisible()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals ------------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._mode is not CoachMode.OFF:
            self._timer.start()

    def _on_toggled(self, _open: bool) -> None:
        self._show_state()

    def _opened(self) -> bool:
        return self._mode is CoachMode.FULL or (
            self._mode is CoachMode.QUIET and self.toggle.isChecked()
        )

    def _fill_cards(self) -> None:
        while self._cards_layout.count():
            item = self._cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Off the panel at once (its words with it), gone for good soon after.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        coach = _coach()
        shown = self._findings[:MAX_SHOWN]
        for finding in shown:
            words = " ".join(self._text[finding.start : finding.end].split())
            name = coach.category(finding.category).name if coach else finding.category
            self._cards_layout.addWidget(_FindingCard(self, finding, words, name))
        self._cards_layout.addStretch(1)
        self._style_cards()
        hidden = len(self._findings) - len(shown)
        self.more.setText(
            self.tr("%n more are underlined in the text.", "", hidden) if hidden > 0 else ""
        )

    def _style_cards(self) -> None:
        colour = _mark_colour(self._edit.palette()).name()
        self.cards.setStyleSheet(
            f"QFrame#coachFinding {{ border: none; border-left: 3px solid {colour}; }}"
        )

    def _show_state(self) -> None:
        mode, found = self._mode, bool(self._findings)
        opened = self._opened()
        self.setVisible(mode is CoachMode.FULL or (mode is CoachMode.QUIET and found))
        self.toggle.setVisible(mode is CoachMode.QUIET and found)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        count = len(self._findings)
        self.toggle.setText(self.tr("A thought on wording (%n notes)", "", count))
        self.heading.setVisible(mode is CoachMode.FULL and found)
        self.intro.setVisible(mode is CoachMode.FULL and found)
        self.hint.setVisible(mode is CoachMode.FULL and not found)
        self.notes_area.setVisible(opened and found)
        self.more.setVisible(opened and bool(self.more.text()))
        self.notes_area.updateGeometry()
        self._underline(opened)

    def _cursor_for(self, finding: Finding) -> QTextCursor:
        cursor = QTextCursor(self._edit.document())
        end = min(self._positions.to_qt(finding.end), self._edit.document().characterCount() - 1)
        cursor.setPosition(min(self._positions.to_qt(finding.start), end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _underline(self, on: bool) -> None:
        others = [s for s in self._edit.extraSelections() if not s.format.hasProperty(_OURS)]
        ours: list[QTextEdit.ExtraSelection] = []
        if on:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            colour = _mark_colour(self._edit.palette())
            fmt.setUnderlineColor(colour)
            tint = QColor(colour)
            tint.setAlpha(34)  # a faint warm wash, so the words are easy to find again
            fmt.setBackground(tint)
            fmt.setProperty(_OURS, True)
            for finding in self._findings:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor_for(finding)
                selection.format = fmt
                ours.append(selection)
        self._edit.setExtraSelections(others + ours)


def _coach() -> Coach | None:
    """The coach in the app's language (English where it has no rules yet)."""
    try:
        return load_coach(current_language())
    except CoachDataInvalid:  # a damaged rules file: the coach stays silent, writing goes on
        return None


def check_wording(text: str) -> list[Finding]:
    """The coach's findings for ``text`` in the app's language; none if it is damaged."""
    coach = _coach()
    return coach.check(text) if coach is not None else []


def _mark_colour(palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(_DARK_MARK if dark else _LIGHT_MARK)


def _bold(label: QLabel) -> QFont:
    font = label.font()
    font.setBold(True)
    return font
