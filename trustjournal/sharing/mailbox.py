"""The mailbox: a folder both partners can reach (a synced folder, or a local one shared
by two journals on one computer) where bundles are dropped and picked up.

Only file names and headers are looked at here; opening is the services' job, with
every check. File names reveal nothing: not who wrote a bundle, not what kind it is,
not which entry it carries. Bundles are never deleted after they are opened: a file
vanishing from a synced folder would tell its sender when the reader's app was open,
which is exactly the kind of activity signal this app never sends.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from trustjournal.errors import QT_TRANSLATE_NOOP, TrustJournalError
from trustjournal.sharing.bundle import BUNDLE_SUFFIX, MAX_BUNDLE_BYTES, read_header_path

#: How many bundle files one look at the mailbox considers (the newest ones).
MAX_CANDIDATES = 1000
#: How many directory entries one look reads at most, whatever else is in the folder.
MAX_SCANNED = 20_000
NAME_PREFIX = "share-"
_UNFINISHED_SUFFIXES = (".part", ".tmp", ".partial", ".crdownload", ".download", ".sync")


class MailboxMissing(TrustJournalError):
    """No mailbox folder is set, or the one that is set cannot be reached."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "No mailbox folder is set. Choose one first, or save the shared file somewhere "
        "yourself. Nothing was shared.",
    )


def new_bundle_name() -> str:
    """A fresh, meaningless file name for a bundle, like ``share-1f3a9c0e.tjshare``."""
    return f"{NAME_PREFIX}{secrets.token_hex(4)}{BUNDLE_SUFFIX}"


def require_folder(folder: Path | None) -> Path:
    """``folder`` if it is a usable mailbox, else :class:`MailboxMissing`."""
    if folder is None:
        raise MailboxMissing()
    if not folder.is_dir():
        raise MailboxMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The mailbox folder %1 cannot be found. Is the disk connected, or was "
                "the folder moved? Nothing was shared.",
            ),
            folder,
        )
    return folder


def _is_candidate_name(name: str) -> bool:
    lowered = name.lower()
    # Hidden names are temporary files (ours, and most sync tools'); unfinished
    # downloads carry a suffix after ".tjshare".
    if name.startswith((".", "~")) or lowered.endswith(_UNFINISHED_SUFFIXES):
        return False
    return lowered.endswith(BUNDLE_SUFFIX)


def candidates(folder: Path, *, limit: int = MAX_CANDIDATES) -> list[Path]:
    """The bundle files in ``folder`` worth a look, oldest first.

    Skips hidden and unfinished files, anything that is not a regular file (links
    included), and files too large to be a bundle. At most ``limit`` files: the newest
    ones, so a crowded mailbox never hides what just arrived.
    """
    found: list[tuple[int, str, Path]] = []
    try:
        with os.scandir(folder) as listing:
            for scanned, item in enumerate(listing):
                if scanned >= MAX_SCANNED:
                    break
                if not _is_candidate_name(item.name):
                    continue
                with contextlib.suppress(OSError):
                    if not item.is_file(follow_symlinks=False):
                        continue
                    info = item.stat(follow_symlinks=False)
                    if 0 < info.st_size <= MAX_BUNDLE_BYTES:
                        found.append((info.st_mtime_ns, item.name, Path(item.path)))
    except OSError:
        return []
    found.sort()
    # Oldest first, so a share is opened before its later withdrawal.
    return [path for _, _, path in found[-limit:]] if limit > 0 else []


def addressed_to(path: Path, fingerprint: str) -> bool:
    """Whether the bundle at ``path`` is sealed to ``fingerprint``, from its header alone.

    A file that cannot be read, is not a bundle, or is still being written is simply
    not (yet) addressed to anyone.
    """
    try:
        return read_header_path(path).recipient == fingerprint
    except (TrustJournalError, OSError):
        return False
