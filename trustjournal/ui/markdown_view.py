"""A read-only Markdown preview that can never load, open or run anything.

HTML inside the Markdown is shown as the literal text the partner typed
(``MarkdownNoHTML``). Markdown images and links are turned into plain text, and
``loadResource`` refuses every URL, so no ``file:``, ``http:`` or ``qrc:`` request is
ever made, whatever an entry (or an imported, shared entry) contains.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from trustjournal.reports.summary_markdown import make_inert


class SafeMarkdownView(QTextBrowser):
    """Shows Markdown as formatted text; HTML, images and links stay inert."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownPreview")
        self.setAccessibleName(self.tr("Preview"))
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)

    def set_markdown(self, text: str) -> None:
        """Show ``text`` as Markdown, with HTML off and no images or links."""
        document = self.document()
        document.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)
        make_inert(document)

    def clear(self) -> None:
        """Remove all text."""
        super().clear()

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Refuse every resource: an entry never makes the app read a file or the network."""
        # An empty QByteArray, not None: PySide6 6.12 dropped a reference to None on
        # every resource refused that way.
        return QByteArray()


class MarkdownEditor(QWidget):
    """Markdown text with a Write / Preview toggle; the preview is a SafeMarkdownView."""

    textChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        # The tabs first, so Tab reaches "Write / Preview" before the text it switches.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("bodyTabs")
        self.tabs.setAccessibleName(self.tr("Write or preview"))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("bodyEdit")
        self.edit.setAccessibleName(self.tr("Entry text"))
        self.edit.setTabChangesFocus(True)
        self.preview = SafeMarkdownView(self)
        self.preview.setObjectName("bodyPreview")
        self.tabs.addTab(self.edit, self.tr("&Write"))
        self.tabs.addTab(self.preview, self.tr("&Preview"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.edit.textChanged.connect(self.textChanged)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` for writing (this also clears the undo history)."""
        self.edit.setPlainText(text)
        self.preview.clear()
        self.tabs.setCurrentWidget(self.edit)

    def clear(self) -> None:
        self.set_text("")

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self.preview.set_markdown(self.edit.toPlainText())
