"""Step 3 of pairing: the safety number, large, to be compared face to face or by voice.

A card whose keys differ from the partner's paired ones is flagged plainly here, and
"The numbers match — pair" stays off until the user confirms, once more, that their
partner really has a new card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trustjournal.services.sharing import PairingCheck, PartnerCard
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.share_messages import day_of

GROUP = 5
GROUPS_PER_ROW = 4


def safety_rows(digits: str) -> str:
    """60 digits as 3 rows of 4 groups of five, for reading aloud."""
    groups = [digits[i : i + GROUP] for i in range(0, len(digits), GROUP)]
    rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
    return "\n".join("   ".join(row) for row in rows)


class SafetyNumberPage(QWidget):
    """Emits ``pairRequested`` ("they match") or ``mismatched`` ("they don't")."""

    pairRequested = Signal()
    mismatched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNumberPage")
        self._changed = False
        heading = plain_label(
            self.tr("Step 3 of 3 · Compare the safety number"), self, scale=1.25, bold=True
        )
        instruction = plain_label(
            self.tr(
                "Sit together, or call each other, and read these numbers aloud. Pair only if "
                "every digit is the same on both screens. Don't compare them by message: a "
                "voice or a face is what makes this safe."
            ),
            self,
        )
        self.partner_label = plain_label("", self, name="partnerCardName", bold=True)
        self.safety_label = self._number_label()
        self.changed_frame, self.changed_text, self.accept_changed = self._changed_warning()
        self.pair_error = plain_label("", self, name="pairError")
        self.pair_error.hide()
        mismatch = named(
            QPushButton(self.tr("They don't match"), self),
            "mismatchButton",
            self.tr("They don't match"),
        )
        mismatch.setAutoDefault(False)
        mismatch.clicked.connect(self.mismatched)
        # Never the default button: Enter alone must not pair.
        self.pair_button = named(
            QPushButton(self.tr("The numbers match — pair"), self),
            "pairConfirmButton",
            self.tr("The numbers match — pair"),
        )
        self.pair_button.setAutoDefault(False)
        self.pair_button.clicked.connect(self.pairRequested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(mismatch)
        row.addWidget(self.pair_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(instruction)
        layout.addWidget(self.partner_label)
        layout.addWidget(self.safety_label)
        layout.addWidget(self.changed_frame)
        layout.addStretch(1)
        layout.addWidget(self.pair_error)
        layout.addLayout(row)

    def _number_label(self) -> QLabel:
        label = plain_label("", self, name="safetyNumber")
        label.setWordWrap(False)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(max(big.pointSizeF(), self.font().pointSizeF()) * 2.0)
        big.setBold(True)
        label.setFont(big)
        label.setAccessibleName(self.tr("Safety number"))
        label.setMargin(16)
        label.setFrameShape(QFrame.Shape.StyledPanel)
        label.setBackgroundRole(QPalette.ColorRole.Base)
        label.setAutoFillBackground(True)
        return label

    def _changed_warning(self) -> tuple[QFrame, QLabel, QCheckBox]:
        frame = QFrame(self)
        frame.setObjectName("changedKeyWarning")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        text = plain_label("", frame, name="changedKeyText")
        icon = QLabel(frame)
        size = self.fontMetrics().height() * 2
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        accept = named(
            QCheckBox(
                self.tr("I have spoken with my partner, and they really have a new card."), frame
            ),
            "acceptChangedKeyCheck",
            self.tr("My partner really has a new card"),
        )
        accept.toggled.connect(self._update_pair_button)
        words = QVBoxLayout()
        words.addWidget(text)
        words.addWidget(accept)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        return frame, text, accept

    def show_check(self, card: PartnerCard, check: PairingCheck) -> None:
        """Show the number for ``card``, and the warning if its keys changed."""
        self._changed = bool(check.changed_key)
        self.partner_label.setText(self.tr("Card of %1").replace("%1", card.name))
        self.safety_label.setText(safety_rows(check.safety_number))
        self.changed_frame.setVisible(self._changed)
        previous = check.previous
        if self._changed and previous is not None:
            self.changed_text.setText(
                self.tr(
                    "Careful: this is not the card you paired with on %2. %1 may have made a new "
                    "journal — or this card may not come from %1 at all. Ask them, by voice, "
                    "before you go on."
                )
                .replace("%1", previous.name)
                .replace("%2", day_of(previous.paired_at))
            )
        self.accept_changed.setChecked(False)
        self.pair_error.hide()
        self._update_pair_button()

    def can_pair(self) -> bool:
        return self.pair_button.isEnabled()

    def show_problem(self, message: str) -> None:
        self.pair_error.setText(message)
        self.pair_error.show()

    def _update_pair_button(self) -> None:
        self.pair_button.setEnabled(not self._changed or self.accept_changed.isChecked())

    def clear(self) -> None:
        self.partner_label.clear()
        self.safety_label.clear()
        self.changed_text.clear()
