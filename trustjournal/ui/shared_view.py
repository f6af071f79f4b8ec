"""“Shared with me”: entries the other partner chose to share.

Until a partner has paired and shared something, this page says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession


class SharedView(QWidget):
    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedView")
        title = plain_label(self.tr("Shared with me"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.empty = plain_label(
            self.tr(
                "Nothing has been shared with you yet.\n\n"
                "When your partner chooses to share an entry with you, it will appear here — "
                "only what they chose, and only when they chose it. Nothing is ever shared "
                "automatically, in either direction."
            )
        )
        self.empty.setObjectName("sharedEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def clear(self) -> None:
        """Nothing of the journal is shown here yet, so there is nothing to remove."""
