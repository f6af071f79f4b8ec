"""Auto-lock after a quiet spell, like KeePassXC's ``InactivityTimer``.

An application-wide event filter restarts a single-shot timer on every keyboard or
mouse event; when it fires, ``inactivityDetected`` is emitted and the window locks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class InactivityTimer(QObject):
    """Emits ``inactivityDetected`` after ``timeout_ms`` without user input while active."""

    inactivityDetected = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.inactivityDetected)
        self._active = False

    def set_timeout(self, milliseconds: int) -> None:
        self._timer.setInterval(max(1, milliseconds))
        if self._active:
            self._timer.start()

    def activate(self) -> None:
        """Start watching (when a journal is unlocked)."""
        if not self._active:
            self._active = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._timer.start()

    def deactivate(self) -> None:
        """Stop watching (when the journal is locked)."""
        self._active = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._timer.start()
        return False
