"""Light and dark palettes on the Fusion style, or the system's own look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# Calm, warm colours: low contrast between surfaces, strong contrast for text.
_LIGHT = {
    QPalette.ColorRole.Window: "#f6f4f1",
    QPalette.ColorRole.WindowText: "#262421",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efece7",
    QPalette.ColorRole.Text: "#262421",
    QPalette.ColorRole.Button: "#ebe7e1",
    QPalette.ColorRole.ButtonText: "#262421",
    QPalette.ColorRole.Highlight: "#3f6f6a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#262421",
    QPalette.ColorRole.PlaceholderText: "#7a756e",
    QPalette.ColorRole.Link: "#2f5f8a",
    QPalette.ColorRole.Mid: "#c9c3ba",
}
_DARK = {
    QPalette.ColorRole.Window: "#22211f",
    QPalette.ColorRole.WindowText: "#ece8e2",
    QPalette.ColorRole.Base: "#2b2a27",
    QPalette.ColorRole.AlternateBase: "#302e2b",
    QPalette.ColorRole.Text: "#ece8e2",
    QPalette.ColorRole.Button: "#34322f",
    QPalette.ColorRole.ButtonText: "#ece8e2",
    QPalette.ColorRole.Highlight: "#5f9c95",
    QPalette.ColorRole.HighlightedText: "#101010",
    QPalette.ColorRole.ToolTipBase: "#34322f",
    QPalette.ColorRole.ToolTipText: "#ece8e2",
    QPalette.ColorRole.PlaceholderText: "#9a948c",
    QPalette.ColorRole.Link: "#8ab4df",
    QPalette.ColorRole.Mid: "#4a4743",
}

_system_palette: QPalette | None = None
_system_style: str | None = None


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``"system"``, ``"light"`` or ``"dark"`` to the whole app, live."""
    global _system_palette, _system_style
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme == "system":
        if _system_style:
            app.setStyle(QStyleFactory.create(_system_style))
        app.setPalette(_system_palette)
        app.styleHints().unsetColorScheme()
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    colours = _DARK if theme == "dark" else _LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(colours[QPalette.ColorRole.PlaceholderText])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.styleHints().setColorScheme(
        Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
    )
