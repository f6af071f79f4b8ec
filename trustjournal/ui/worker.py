"""Run slow work (key derivation, import, PDF) off the UI thread.

``run_in_background(fn, on_done, on_error)`` runs ``fn`` on Qt's global thread pool
and calls back on the UI thread. Errors arrive as exceptions; the caller turns a
:class:`~trustjournal.errors.TrustJournalError` into a calm message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # delivered to the UI thread, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_live: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``work()`` on a worker thread; ``on_done``/``on_error`` run on the UI thread."""
    relay = _Relay()
    _live.add(relay)

    def finish_ok(result: object) -> None:
        _live.discard(relay)
        on_done(result)

    def finish_error(error: object) -> None:
        _live.discard(relay)
        assert isinstance(error, BaseException)
        on_error(error)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    QThreadPool.globalInstance().start(_Task(work, relay))
