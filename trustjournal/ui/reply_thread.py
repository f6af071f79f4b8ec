"""Replies shown one under the other, below the entry they answer (plain text only)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from trustjournal.ui.plain_text import plain_label

MAX_LINES = 12


class ReplyThread(QScrollArea):
    """A quiet column of replies, each a small heading ("You replied on …") and its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyThread")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        # As tall as its replies, up to a limit; the entry above keeps the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        limit = self.fontMetrics().lineSpacing() * MAX_LINES
        inner = self._inner.sizeHint()
        return QSize(inner.width(), min(inner.height() + 2, limit))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(), self.fontMetrics().lineSpacing() * 4))

    def set_replies(self, replies: Sequence[tuple[str, str]]) -> None:
        """Show ``(heading, words)`` pairs, oldest first."""
        self.clear()
        for heading, words in replies:
            frame = QFrame(self._inner)
            frame.setObjectName("reply")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(10, 6, 10, 8)
            layout.setSpacing(2)
            layout.addWidget(plain_label(heading, frame, name="replyHeading", bold=True))
            layout.addWidget(plain_label(words, frame, name="replyText"))
            self._layout.insertWidget(self._layout.count() - 1, frame)
        self.setVisible(bool(replies))
        self.updateGeometry()

    def texts(self) -> list[str]:
        """The words of every reply shown (for tests and accessibility checks)."""
        return [label.text() for label in self._inner.findChildren(QLabel, "replyText")]

    def clear(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
