"""The private question before sharing: "Am I sharing this freely, because I want to?"

Asked of the user alone. The answer only enables the Share button; it is never stored,
never sent, and asked afresh every time.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QVBoxLayout, QWidget

from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label


class FreelyQuestion(QFrame):
    """A gentle question and a box to tick (``check``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("freelyFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        question = plain_label(
            self.tr("Am I sharing this freely, because I want to?"),
            self,
            name="freelyQuestion",
            bold=True,
        )
        gentle = plain_label(
            self.tr(
                "Sharing helps most when it is a gift, not something you feel you owe. "
                "If it doesn't feel free today, it can wait."
            ),
            self,
        )
        self.check = named(
            QCheckBox(self.tr("Yes, I am choosing to share this."), self),
            "freelyCheck",
            self.tr("I am choosing to share this freely"),
        )
        private = plain_label(
            self.tr("Only you see this question. Your answer is not saved and not sent."),
            self,
            name="freelyPrivate",
            scale=0.9,
            italic=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(question)
        layout.addWidget(gentle)
        layout.addWidget(self.check)
        layout.addWidget(private)
