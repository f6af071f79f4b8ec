"""Bundle files on disk: written whole or not at all, never over another file.

A bundle is written to a hidden temporary name in the destination folder (a name a
mailbox reader skips), flushed to disk, and only then given its real name, which never
replaces an existing file. (Reading is bounded by :func:`trustjournal.sharing.bundle.open_path`.)
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from trustjournal.errors import TrustJournalError

TEMP_SUFFIX = ".part"
_NAME_ATTEMPTS = 16


class BundleFileProblem(TrustJournalError):
    """A shared file (or the place it should go) cannot be read or written."""

    default_message = "That file cannot be used. Nothing was changed."


class FileAlreadyThere(BundleFileProblem):
    """The chosen file name is taken; sharing never replaces a file."""

    default_message = "A file with that name already exists. Choose another name."


def temp_name_for(path: Path) -> Path:
    """A hidden name beside ``path`` that a mailbox reader skips (a dot and ``.part``)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``path`` (mode 0600), all or nothing.

    Raises :class:`FileAlreadyThere` if ``path`` exists (even if it appears while
    writing) and :class:`BundleFileProblem` for any other failure; either way nothing
    is left behind.
    """
    if path.is_dir():
        raise BundleFileProblem(f"{path} is a folder; please give a file name.")
    if path.exists() or path.is_symlink():
        raise FileAlreadyThere(f"{path} already exists. Choose another name; nothing was saved.")
    temp = temp_name_for(path)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        _place_without_replacing(temp, path)
        _fsync_folder(path.parent)
    except BundleFileProblem:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = error.strerror or "it cannot be written"
        raise BundleFileProblem(
            f"{path} could not be written ({reason}). Nothing was shared."
        ) from None


def write_into_folder(folder: Path, data: bytes, new_name: Callable[[], str]) -> Path:
    """Write ``data`` into ``folder`` under a fresh name from ``new_name()``; return it."""
    if not folder.is_dir():
        raise BundleFileProblem(
            f"The folder {folder} cannot be found. Check that it is still there; "
            "nothing was shared."
        )
    for _ in range(_NAME_ATTEMPTS):
        path = folder / new_name()
        try:
            write_new_file(path, data)
        except FileAlreadyThere:
            continue
        return path
    raise BundleFileProblem(f"No free file name was found in {folder}. Nothing was shared.")


def remove_quietly(path: Path) -> None:
    """Remove a file this process just wrote (after a later step failed)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
        _fsync_folder(path.parent)


def _place_without_replacing(temp: Path, path: Path) -> None:
    # A hard link fails if the name is taken, so a file that appeared meanwhile survives.
    try:
        os.link(temp, path)
    except FileExistsError:
        raise FileAlreadyThere(
            f"{path} already exists. Choose another name; nothing was saved."
        ) from None
    except OSError:
        # Some file systems (and some synced folders) have no hard links.
        if path.exists() or path.is_symlink():
            raise FileAlreadyThere(
                f"{path} already exists. Choose another name; nothing was saved."
            ) from None
        temp.replace(path)
        return
    temp.unlink()


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
