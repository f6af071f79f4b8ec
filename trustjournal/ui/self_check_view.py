"""Would counselling help? A private checklist of the signs, and gentle notes from the data.

The ticks are the partner's own and are kept only inside the encrypted journal (its
``meta`` table, keys ``self_check.<sign id>``); nothing here is shared, counted or
scored. Above the list, :class:`CounsellingSuggestions` shows a note when the
partner's own entries show a sign. The safety note is always one click away.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from trustjournal.domain.guidance import CounsellingSign
from trustjournal.errors import TrustJournalError
from trustjournal.ui.counselling_suggestions import CounsellingSuggestions
from trustjournal.ui.guide_pages import Card, GuidePage, camel
from trustjournal.ui.guide_words import current_guidance
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.safety_note import SafetyNoteLink
from trustjournal.ui.session import JournalSession
from trustjournal.vault.self_check_store import META_PREFIX, read_self_check, write_self_check

TICKED = "1"


def sign_key(sign: CounsellingSign) -> str:
    """The ``meta`` key that remembers a tick: ``self_check.<sign id>``."""
    return META_PREFIX + sign.id


class SelfCheckView(QWidget):
    """The private self-check. Emits ``checkChanged(str, bool)`` after a tick is saved."""

    checkChanged = Signal(str, bool)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfCheckView")
        self._session = session
        guidance = current_guidance()
        self.signs = guidance.counselling_signs
        self.page = GuidePage(
            "self_check", self.tr("Would counselling help?"), guidance.intros["counselling_signs"]
        )
        self.suggestions = CounsellingSuggestions(session)
        self.page.add(self.suggestions)

        self.checklist = Card("selfCheckList", self.tr("Signs that counselling could help"))
        self.boxes: dict[str, QCheckBox] = {}
        for sign in self.signs:
            box = QCheckBox(sign.text)
            box.setObjectName(camel("sign", sign.id))
            box.setAccessibleName(sign.text)
            box.toggled.connect(lambda checked, s=sign: self._save(s, checked))
            self.checklist.add(box)
            self.boxes[sign.id] = box
        self.error_label = plain_label(name="selfCheckError")
        self.error_label.setVisible(False)
        self.checklist.add(self.error_label)
        self.page.add(self.checklist)

        self.help_card = Card("counsellingHelp", self.tr("Finding help"))
        self.help_card.add_text(guidance.counselling_help, "counsellingHelpText")
        self.page.add(self.help_card)
        self.page.add(SafetyNoteLink())
        self.page.finish()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        # A method, not a lambda: Qt drops the connection when this page is deleted
        # (the pages are rebuilt around the same session when the language changes).
        session.entriesChanged.connect(self._entries_changed)
        session.closed.connect(self.clear)
        self.refresh()

    # -- public API -------------------------------------------------------------------------

    def _entries_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        """Show the saved ticks and today's notes."""
        if not self._session.is_open:
            return
        try:
            values = self._session.journal.read(read_self_check)
        except TrustJournalError:
            return
        for sign in self.signs:
            box = self.boxes[sign.id]
            box.blockSignals(True)
            box.setChecked(values.get(sign_key(sign)) == TICKED)
            box.blockSignals(False)
        self.suggestions.refresh(today)

    def clear(self) -> None:
        """Untick everything and hide the notes (the ticks are journal content)."""
        for box in self.boxes.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.error_label.setVisible(False)
        self.suggestions.clear()

    # -- internals --------------------------------------------------------------------------

    def _save(self, sign: CounsellingSign, checked: bool) -> None:
        try:
            with self._session.journal.write() as conn:
                write_self_check(conn, sign_key(sign), TICKED if checked else None)
        except (TrustJournalError, RuntimeError) as error:
            box = self.boxes[sign.id]
            box.blockSignals(True)
            box.setChecked(not checked)  # the screen shows what is really saved
            box.blockSignals(False)
            message = error.message if isinstance(error, TrustJournalError) else ""
            self.error_label.setText(
                message or self.tr("The journal is locked, so this was not saved.")
            )
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self.checkChanged.emit(sign.id, checked)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
