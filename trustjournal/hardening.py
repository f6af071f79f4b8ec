"""Process hardening at start: no core dumps, not dumpable (Linux).

A core dump of an unlocked journal would hold its key and its words in a plain
file; a dumpable process lets another process of the same user read its memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """Best effort: each step that the platform refuses is skipped quietly."""
    if sys.platform.startswith(("linux", "darwin", "freebsd")):
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
