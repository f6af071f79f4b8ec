"""Files the command line reads and writes itself: passphrase files, imports, exports.

Every problem with such a file becomes a :class:`FileProblem` with one plain sentence,
so the command line can report it like any other error a person can act on.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from trustjournal.cli import messages
from trustjournal.errors import TrustJournalError

MAX_LINE = 64 * 1024


class FileProblem(TrustJournalError):
    """A file given on the command line cannot be read or written."""

    default_message = "That file cannot be used. Nothing was changed."


def _unreadable(path: Path, what: str, error: OSError) -> FileProblem:
    if isinstance(error, FileNotFoundError):
        return FileProblem(f"There is no {what} at {path}.")
    if isinstance(error, IsADirectoryError):
        return FileProblem(f"{path} is a folder, not a {what}.")
    reason = error.strerror or "it cannot be opened"
    return FileProblem(f"The {what} {path} cannot be read ({reason}).")


def read_first_line(path: Path, what: str) -> str:
    """The first line of a small UTF-8 text file, without its line ending."""
    try:
        with path.open("rb") as handle:
            raw = handle.readline(MAX_LINE + 1)
    except OSError as error:
        raise _unreadable(path, what, error) from None
    if len(raw) > MAX_LINE:
        raise FileProblem(f"The first line of the {what} {path} is far too long.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(f"The {what} {path} is not UTF-8 text.") from None
    return text.removesuffix("\n").removesuffix("\r")


def read_file(path: Path, what: str, limit: int) -> bytes:
    """Up to ``limit + 1`` bytes of ``path``, so the caller can tell a file is too big."""
    try:
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except OSError as error:
        raise _unreadable(path, what, error) from None


def refuse_existing(path: Path, *, overwrite: bool) -> None:
    """Fail early (before any passphrase is asked) if ``path`` cannot be written to."""
    if path.is_dir():
        raise FileProblem(f"{path} is a folder; please give a file name.")
    if not overwrite and (path.exists() or path.is_symlink()):
        raise FileProblem(messages.FILE_EXISTS.format(file=path))


def write_private_file(path: Path, data: bytes, *, overwrite: bool) -> None:
    """Write ``data`` to ``path`` readable by its owner only (mode 0600), all or nothing.

    The data goes to a temporary file beside ``path``, is flushed to disk, and only then
    takes the final name. Without ``overwrite`` an existing file is never replaced, even
    one that appears while writing.
    """
    refuse_existing(path, overwrite=overwrite)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
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
        _fsync_folder(path.parent)
    except FileProblem:
        temp.unlink(missing_ok=True)
        raise
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        reason = error.strerror or "it cannot be written"
        raise FileProblem(f"{path} could not be written ({reason}). Nothing was saved.") from None


def _place_without_replacing(temp: Path, path: Path) -> None:
    # A hard link fails if the name is taken, so a file that appeared meanwhile survives.
    try:
        os.link(temp, path)
    except FileExistsError:
        raise FileProblem(messages.FILE_EXISTS.format(file=path)) from None
    except OSError:
        # Some file systems have no hard links; fall back to a checked rename.
        if path.exists() or path.is_symlink():
            raise FileProblem(messages.FILE_EXISTS.format(file=path)) from None
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
