"""Choosing a new passphrase: type it twice, see how strong it is, and why.

The meter never relies on colour alone: a word ("Weak", "Strong") and one line of
advice say the same thing, and the bar's accessible description carries the word.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain.passphrase import Finding, Strength, assess
from trustjournal.ui.plain_text import plain_label


class PassphraseField(QWidget):
    """A new passphrase and its confirmation, with a strength meter and kind advice."""

    acceptableChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, label: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseField")
        self._personal: tuple[str, ...] = ()
        self._acceptable = False

        self.passphrase_edit = self._secret_edit("passphraseEdit", self.tr("New passphrase"))
        self.confirm_edit = self._secret_edit("confirmEdit", self.tr("Passphrase again"))
        passphrase_label = QLabel(label or self.tr("&Passphrase"))
        passphrase_label.setBuddy(self.passphrase_edit)
        confirm_label = QLabel(self.tr("Type it &again"))
        confirm_label.setBuddy(self.confirm_edit)

        self.show_check = QCheckBox(self.tr("&Show what I type"))
        self.show_check.setObjectName("showPassphraseCheck")
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.show_check.toggled.connect(self._set_visible)

        self.strength_bar = QProgressBar()
        self.strength_bar.setObjectName("strengthBar")
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(8)
        self.strength_label = plain_label()
        self.strength_label.setObjectName("strengthLabel")
        self.strength_label.setWordWrap(False)
        self.strength_label.setMinimumWidth(
            self.strength_label.fontMetrics().horizontalAdvance(self.tr("Very strong")) + 8
        )
        self.advice_label = plain_label()
        self.advice_label.setObjectName("adviceLabel")
        self.match_label = plain_label()
        self.match_label.setObjectName("matchLabel")

        meter = QHBoxLayout()
        meter.setSpacing(10)
        meter.addWidget(self.strength_bar, 1)
        meter.addWidget(self.strength_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(passphrase_label, 0, 0)
        grid.addWidget(self.passphrase_edit, 0, 1)
        grid.addLayout(meter, 1, 1)
        grid.addWidget(self.advice_label, 2, 1)
        grid.addWidget(confirm_label, 3, 0)
        grid.addWidget(self.confirm_edit, 3, 1)
        grid.addWidget(self.match_label, 4, 1)
        grid.addWidget(self.show_check, 5, 1)
        grid.setRowMinimumHeight(3, self.confirm_edit.sizeHint().height() + 12)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)

        # Reserve the note's line, so the form does not jump while typing.
        self.match_label.setMinimumHeight(self.match_label.fontMetrics().lineSpacing())
        self.setMaximumWidth(720)
        self.setFocusProxy(self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.confirm_edit)
        self.setTabOrder(self.confirm_edit, self.show_check)
        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self._update()

    # -- public --------------------------------------------------------------------------

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def is_acceptable(self) -> bool:
        """Strong enough, and typed the same way twice."""
        return self._acceptable

    def set_personal_words(self, words: Iterable[str]) -> None:
        """Words a guesser could know (the journal's name); passphrases built on them are weak."""
        self._personal = tuple(words)
        self._update()

    def clear(self) -> None:
        """Forget both fields and hide what was typed."""
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update()  # the meter's colour follows a theme change
        super().changeEvent(event)

    # -- internals -----------------------------------------------------------------------

    def _secret_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        return edit

    def _set_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase_edit.text()
        strength = assess(text, personal=self._personal)
        self._show_strength(strength, bool(text))

        confirm = self.confirm_edit.text()
        matches = confirm == text
        if not confirm:
            self.match_label.setText("")
        elif matches:
            self.match_label.setText(self.tr("The two passphrases match."))
        elif text.startswith(confirm):
            self.match_label.setText("")  # still typing; no need to say anything yet
        else:
            self.match_label.setText(self.tr("The two passphrases do not match yet."))

        acceptable = strength.acceptable and matches
        if acceptable != self._acceptable:
            self._acceptable = acceptable
            self.acceptableChanged.emit(acceptable)

    def _show_strength(self, strength: Strength, typed: bool) -> None:
        word = self._label(strength.score) if typed else ""
        self.strength_bar.setValue(strength.score if typed else 0)
        self.strength_bar.setAccessibleDescription(word)
        self.strength_label.setText(word)
        self.advice_label.setText(self._advice(strength.finding))
        # Not enough yet: a quiet grey, never an alarming red. Enough: the accent colour.
        role = (
            QPalette.ColorRole.Highlight
            if strength.acceptable
            else QPalette.ColorRole.PlaceholderText
        )
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Highlight, self.palette().color(role))
        self.strength_bar.setPalette(palette)

    def _label(self, score: int) -> str:
        return (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        )[max(0, min(score, 4))]

    def _advice(self, finding: Finding) -> str:
        words = self.tr("A few unrelated words, with spaces between them, work well.")
        advice = {
            Finding.EMPTY: self.tr(
                "Choose something only you would think of. A few unrelated words, with spaces "
                "between them, are easy to remember and hard to guess."
            ),
            Finding.TOO_SHORT: self.tr("Please use at least 8 characters.") + " " + words,
            Finding.COMMON: self.tr(
                "This is one of the most common passwords, so it is easy to guess."
            )
            + " "
            + words,
            Finding.PERSONAL: self.tr("Your name is easy for others to guess.") + " " + words,
            Finding.DATE: self.tr("Dates are easy to guess, even meaningful ones.") + " " + words,
            Finding.DIGITS_ONLY: self.tr("Numbers alone are quick to guess.") + " " + words,
            Finding.SEQUENCE: self.tr("Runs like “abc”, “4321” or “qwerty” are easy to guess.")
            + " "
            + words,
            Finding.REPEATED: self.tr("Repeating letters or words adds little.") + " " + words,
            Finding.TOO_SIMPLE: self.tr(
                "This would be easy to guess. Adding another word or two makes it much stronger."
            ),
            Finding.COULD_BE_LONGER: self.tr(
                "This will do. One more word would make it stronger still."
            ),
            Finding.OK: self.tr("This is a good passphrase. Make sure you will remember it."),
        }
        return advice[finding]
