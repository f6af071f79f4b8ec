"""Pair with the partner: swap cards, compare the safety number together, then pair.

Step 1 shows my card (copy it, or save it as a ``.tjcard``); step 2 takes the partner's
card (a file or pasted text); step 3 shows the safety number large, in groups of five,
to be compared face to face or by voice. Only "The numbers match — pair" pairs. A card
with a different key than the one paired before is flagged, and needs one more, explicit
confirmation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.sharing.card import PartnerCard
from trustjournal.ui.label_field import named
from trustjournal.ui.pairing_files import ask_card_file, save_card_file
from trustjournal.ui.pairing_safety import SafetyNumberPage
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import day_of
from trustjournal.ui.sharing_events import sharing_events


class PairingDialog(QDialog):
    """Three steps to pair; shows who is paired now, and since when."""

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pairingDialog")
        self.setWindowTitle(self.tr("Pair with my partner"))
        self._session = session
        self._card: PartnerCard | None = None
        self._check: sharing.PairingCheck | None = None

        self.status_label = plain_label("", self, name="pairingStatus")
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pairingPages")
        self.card_page = self._build_card_page()
        self.partner_page = self._build_partner_page()
        self.safety_page = SafetyNumberPage(self)
        self.safety_page.pairRequested.connect(self.confirm_pair)
        self.safety_page.mismatched.connect(self._mismatch)
        self.done_page = self._build_done_page()
        for page in (self.card_page, self.partner_page, self.safety_page, self.done_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pages, 1)
        session.closed.connect(self._on_session_closed)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 120, metrics.height() * 36)
        self._load()

    # -- pages --------------------------------------------------------------------------------

    def _page(self, title: str, text: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(plain_label(title, page, scale=1.25, bold=True))
        layout.addWidget(plain_label(text, page))
        return page, layout

    def _button(self, text: str, name: str, accessible: str, page: QWidget) -> QPushButton:
        button = named(QPushButton(text, page), name, accessible)
        button.setAutoDefault(False)
        return button

    def _build_card_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Step 1 of 3 · Your card"),
            self.tr(
                "Your card lets your partner's journal seal entries that only your journal can "
                "open. It holds your name and your public keys — none of your words. Give it "
                "to your partner: as a file, or as text in a message."
            ),
        )
        self.my_card_text = named(QPlainTextEdit(page), "myCardText", self.tr("My card"))
        self.my_card_text.setReadOnly(True)
        self.my_card_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.my_card_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        copy = self._button(
            self.tr("Copy my card"), "copyCardButton", self.tr("Copy my card"), page
        )
        copy.clicked.connect(self._copy_card)
        save = self._button(
            self.tr("Save my card…"), "saveCardButton", self.tr("Save my card"), page
        )
        save.clicked.connect(self._save_card)
        self.card_feedback = plain_label("", page, name="cardFeedback")
        nxt = self._button(
            self.tr("Next: my partner's card"), "toPartnerCardButton", self.tr("Next"), page
        )
        nxt.setDefault(True)
        nxt.clicked.connect(self._to_partner_page)
        row = QHBoxLayout()
        row.addWidget(copy)
        row.addWidget(save)
        row.addWidget(self.card_feedback, 1)
        row.addWidget(nxt)
        layout.addWidget(self.my_card_text, 1)
        layout.addLayout(row)
        return page

    def _build_partner_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("Step 2 of 3 · Your partner's card"),
            self.tr("Open the card file your partner gave you, or paste its text below."),
        )
        open_file = self._button(
            self.tr("Open a card file…"), "openCardButton", self.tr("Open a card file"), page
        )
        open_file.clicked.connect(self._open_card_file)
        self.partner_card_edit = named(
            QPlainTextEdit(page), "partnerCardEdit", self.tr("Your partner's card")
        )
        self.partner_card_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.partner_card_edit.setPlaceholderText("-----BEGIN TRUST JOURNAL CARD-----")
        self.partner_card_edit.setTabChangesFocus(True)
        self.card_error = plain_label("", page, name="cardError")
        self.card_error.hide()
        back = self._button(self.tr("Back"), "backToMyCardButton", self.tr("Back"), page)
        back.clicked.connect(self._to_card_page)
        self.continue_button = self._button(
            self.tr("Continue"), "readCardButton", self.tr("Continue"), page
        )
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.read_partner_card)
        row = QHBoxLayout()
        row.addWidget(open_file)
        row.addStretch(1)
        row.addWidget(back)
        row.addWidget(self.continue_button)
        layout.addWidget(self.partner_card_edit, 1)
        layout.addWidget(self.card_error)
        layout.addLayout(row)
        return page

    def _build_done_page(self) -> QWidget:
        page, layout = self._page(
            self.tr("You are paired"),
            self.tr(
                "From now on, each of you can choose to share an entry with the other. "
                "Nothing is shared automatically, and each of you can see what you have "
                "shared and withdraw it."
            ),
        )
        close = self._button(self.tr("Close"), "closePairingButton", self.tr("Close"), page)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    # -- step 1 -------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            journal = self._session.journal
            self.my_card = sharing.my_card(journal)
            current = sharing.partner(journal)
        except TrustJournalError as error:
            self.status_label.setText(error.message)
            return
        self.my_card_text.setPlainText(self.my_card.to_text())
        self._show_status(current)
        self._go(self.card_page)

    def _show_status(self, current: sharing.Partner | None) -> None:
        if current is None:
            self.status_label.setText(self.tr("You are not paired with anyone yet."))
        else:
            self.status_label.setText(
                self.tr("You are paired with %1, since %2.")
                .replace("%1", current.name)
                .replace("%2", day_of(current.paired_at))
            )

    def _go(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def _to_partner_page(self) -> None:
        self._go(self.partner_page)

    def _to_card_page(self) -> None:
        self._go(self.card_page)

    def _copy_card(self) -> None:
        QGuiApplication.clipboard().setText(self.my_card.to_text())
        self.card_feedback.setText(self.tr("Copied. Paste it into a message to your partner."))

    def _save_card(self) -> None:
        message = save_card_file(self, self.my_card)
        if message:
            self.card_feedback.setText(message)

    # -- step 2 -------------------------------------------------------------------------------

    def _open_card_file(self) -> None:
        path = ask_card_file(self)
        if path is not None:
            self.open_card(path)

    def open_card(self, path: Path) -> None:
        """Read the partner's card from ``path`` (e.g. a double-clicked ``.tjcard``)."""
        self._go(self.partner_page)
        try:
            card = PartnerCard.from_file(path)
        except TrustJournalError as error:
            self._card_problem(error.message)
            return
        self.partner_card_edit.setPlainText(card.to_text())
        self.read_partner_card()

    def _card_problem(self, message: str) -> None:
        self.card_error.setText(message)
        self.card_error.setVisible(bool(message))

    def read_partner_card(self) -> None:
        """Read the pasted or opened card; on success, show the safety number."""
        self._card_problem("")
        text = self.partner_card_edit.toPlainText()
        if not text.strip():
            self._card_problem(self.tr("Paste your partner's card first, or open its file."))
            return
        try:
            card = PartnerCard.from_text(text)
            check = sharing.pairing_check(self._session.journal, card)
        except TrustJournalError as error:
            self._card_problem(error.message)
            return
        self._card, self._check = card, check
        self.safety_page.show_check(card, check)
        self._go(self.safety_page)

    # -- step 3 -------------------------------------------------------------------------------

    def confirm_pair(self) -> None:
        """The user says the numbers match: pair with the card on screen."""
        if self._card is None or self._check is None or not self.safety_page.can_pair():
            return
        try:
            partner = sharing.pair(
                self._session.journal,
                self._card,
                self._check.safety_number,
                accept_changed_key=bool(self._check.changed_key),
            )
        except TrustJournalError as error:
            self.safety_page.show_problem(error.message)
            return
        self._show_status(partner)
        sharing_events(self._session).changed.emit()
        self._go(self.done_page)

    def _mismatch(self) -> None:
        self._card, self._check = None, None
        self._go(self.partner_page)
        self._card_problem(
            self.tr(
                "Then don't pair — nothing was changed. Ask your partner to give you their card "
                "again, directly, and compare once more."
            )
        )

    # -- locking ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.my_card_text.clear()
        self.partner_card_edit.clear()
        self.safety_page.clear()

    def _on_session_closed(self) -> None:
        self.clear()
        self.reject()
