"""Process hardening at start: no core dumps, not dumpable (Linux).

A core dump of an unlocked journal would hold its key and its words in a plain
file; a dumpable process lets another process of the same user read its memory
(``/proc/<pid>/mem``, a debugger attaching). Both the app and the command line call
:func:`harden_process` first thing.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4


def _prctl(option: int, value: int = 0) -> int:
    """``prctl(option, value, 0, 0, 0)``; -1 if it failed or libc has no prctl."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.prctl
    except (OSError, AttributeError):
        return -1
    # prctl is variadic and reads its arguments as unsigned longs: pass exactly those.
    args = (ctypes.c_ulong(value), ctypes.c_ulong(0), ctypes.c_ulong(0), ctypes.c_ulong(0))
    return int(call(ctypes.c_int(option), *args))


def harden_process() -> None:
    """Best effort: each step that the platform refuses is skipped quietly."""
    if sys.platform.startswith(("linux", "darwin", "freebsd")):
        import resource

        with contextlib.suppress(ValueError, OSError):
            # The hard limit too, so nothing later in this process can turn dumps back on.
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        # Also makes /proc/<pid>/ of this process readable by root only.
        _prctl(_PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """Whether this process is dumpable (Linux), or ``None`` where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return None
    state = _prctl(_PR_GET_DUMPABLE)
    return None if state < 0 else state != 0
