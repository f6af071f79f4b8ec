"""Writing a file the user asked for: owner-only, whole or not at all.

Exports, backups and shared bundles all leave the encrypted journal this way. The
data goes to a hidden temporary name beside the target, is flushed to disk, and only
then takes the final name; a failure leaves nothing behind. Callers turn the plain
``OSError`` family raised here into a message in their own words.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def temp_name_for(path: Path, suffix: str = ".tmp") -> Path:
    """A hidden name beside ``path`` (a leading dot), e.g. for a mailbox reader to skip."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")


def write_private_file(
    path: Path, data: bytes, *, overwrite: bool = False, temp_suffix: str = ".tmp"
) -> None:
    """Write ``data`` to ``path`` with mode 0600, all or nothing.

    Without ``overwrite`` an existing file is never replaced, even one that appears
    while writing: :class:`FileExistsError`. A folder at ``path`` raises
    :class:`IsADirectoryError`; any other failure its ``OSError``. In every case no
    temporary file is left behind.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FileExistsError(17, "it already exists", str(path))
    temp = temp_name_for(path, temp_suffix)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if overwrite:
            temp.replace(path)
        else:
            _place_without_replacing(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


def _place_without_replacing(temp: Path, path: Path) -> None:
    # A hard link fails if the name is taken, so a file that appeared meanwhile survives.
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # Some file systems (and some synced folders) have no hard links.
        if path.exists() or path.is_symlink():
            raise FileExistsError(17, "it already exists", str(path)) from None
        temp.replace(path)
        return
    temp.unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename or removal in ``folder`` durable (POSIX; elsewhere a no-op)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
