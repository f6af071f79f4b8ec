"""Files the command line reads and writes itself: passphrase files, imports, exports.

Every problem with such a file becomes a :class:`FileProblem` with one plain sentence,
so the command line can report it like any other error a person can act on.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal import private_files
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

    Without ``overwrite`` an existing file is never replaced, even one that appears
    while writing.
    """
    refuse_existing(path, overwrite=overwrite)
    try:
        private_files.write_private_file(path, data, overwrite=overwrite)
    except FileExistsError:
        raise FileProblem(messages.FILE_EXISTS.format(file=path)) from None
    except OSError as error:
        reason = error.strerror or "it cannot be written"
        raise FileProblem(f"{path} could not be written ({reason}). Nothing was saved.") from None
