"""The safety note: if there is violence, threats or control, this app is not the tool.

Always within reach: the Help menu, the Today page, the guide and the self-check each
open it. Its words come from the guidance data, so they are translated with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain.guidance import GuidanceInvalid
from trustjournal.ui.guide_pages import link_button
from trustjournal.ui.guide_words import current_guidance
from trustjournal.ui.plain_text import plain_label

DIALOG_NAME = "safetyNoteDialog"


def safety_words() -> tuple[str, tuple[str, ...]]:
    """The safety note's title and paragraphs. It must always be reachable, so when the
    guidance data cannot be read the app says it in words of its own."""
    try:
        note = current_guidance().safety_note
    except GuidanceInvalid:
        return QCoreApplication.translate("SafetyNote", "If you don't feel safe"), (
            QCoreApplication.translate(
                "SafetyNote",
                "If there is violence, threats or control in your relationship, this app "
                "is not the right tool, and your safety comes first.",
            ),
            QCoreApplication.translate(
                "SafetyNote",
                "Local support services and helplines can listen and help you plan. In an "
                "emergency, call your local emergency number.",
            ),
        )
    return note.title, tuple(note.paragraphs)


class SafetyNoteDialog(QDialog):
    """A small, calm window with the safety note and a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        heading, paragraphs = safety_words()
        self.setWindowTitle(heading)
        self.setAccessibleName(heading)
        title = plain_label(heading, name="safetyNoteTitle", scale=1.3, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        for number, paragraph in enumerate(paragraphs):
            label = plain_label(paragraph, name=f"safetyNoteParagraph{number}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("safetyNoteButtons")
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        # About 75 characters a line: calm to read; the height follows the text.
        width = min(max(self.fontMetrics().averageCharWidth() * 75, 460), 680)
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 160)
        self.resize(width, max(layout.totalHeightForWidth(width), 200))


def show_safety_note(parent: QWidget) -> None:
    """Show the safety note over ``parent``'s window (one at a time), without blocking."""
    window = parent.window() if parent is not None else None
    existing = window.findChild(SafetyNoteDialog, DIALOG_NAME) if window is not None else None
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return
    dialog = SafetyNoteDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()


class SafetyNoteLink(QWidget):
    """A quiet, link-like button ("If you don't feel safe") that opens the safety note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNoteLink")
        self.button = link_button(safety_words()[0], "safetyNoteButton")
        self.button.setAccessibleName(self.tr("Read the safety note"))
        self.button.clicked.connect(lambda: show_safety_note(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addStretch(1)
