"""The Qt bindings must not leak references to ``None``.

PySide6 6.12.0 drops one reference to ``None`` on every Qt call that returns
nothing (``setObjectName``, ``QPainter.setPen`` …). On Python 3.11, where ``None``
is not immortal, a long session then aborts with "deallocating None". The project
excludes that release; this test keeps it excluded.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_calls_that_return_nothing_keep_none_alive(qapp) -> None:
    target = QObject()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        target.setObjectName("x")
    painter = QPainter(image)
    for _ in range(500):
        painter.setPen(QPen(QColor("black")))
    painter.end()
    # A few references may come and go with the interpreter's own work; hundreds may not.
    assert abs(sys.getrefcount(None) - before) < 50
