"""Bundle files on disk: written whole or not at all, never over another file.

A bundle is written to a hidden temporary name in the destination folder (a name a
mailbox reader skips), flushed to disk, and only then given its real name, which never
replaces an existing file. (Reading is bounded by :func:`trustjournal.sharing.bundle.open_path`.)
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from trustjournal import private_files
from trustjournal.errors import QT_TRANSLATE_NOOP, TrustJournalError

TEMP_SUFFIX = ".part"
_NAME_ATTEMPTS = 16


class BundleFileProblem(TrustJournalError):
    """A shared file (or the place it should go) cannot be read or written."""

    default_message = QT_TRANSLATE_NOOP("Errors", "That file cannot be used. Nothing was changed.")


class FileAlreadyThere(BundleFileProblem):
    """The chosen file name is taken; sharing never replaces a file."""

    default_message = QT_TRANSLATE_NOOP(
        "Errors", "A file with that name already exists. Choose another name."
    )


def temp_name_for(path: Path) -> Path:
    """A hidden name beside ``path`` that a mailbox reader skips (a dot and ``.part``)."""
    return private_files.temp_name_for(path, TEMP_SUFFIX)


def write_new_file(path: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``path`` (mode 0600), all or nothing.

    Raises :class:`FileAlreadyThere` if ``path`` exists (even if it appears while
    writing) and :class:`BundleFileProblem` for any other failure; either way nothing
    is left behind.
    """
    try:
        private_files.write_private_file(path, data, temp_suffix=TEMP_SUFFIX)
    except IsADirectoryError:
        raise BundleFileProblem(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder; please give a file name."), path
        ) from None
    except FileExistsError:
        raise FileAlreadyThere(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 already exists. Choose another name; nothing was saved."
            ),
            path,
        ) from None
    except OSError as error:
        if error.strerror:
            raise BundleFileProblem(
                QT_TRANSLATE_NOOP("Errors", "%1 could not be written (%2). Nothing was shared."),
                path,
                error.strerror,
            ) from None
        raise BundleFileProblem(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 could not be written (it cannot be written). Nothing was shared."
            ),
            path,
        ) from None


def write_into_folder(folder: Path, data: bytes, new_name: Callable[[], str]) -> Path:
    """Write ``data`` into ``folder`` under a fresh name from ``new_name()``; return it."""
    if not folder.is_dir():
        raise BundleFileProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder %1 cannot be found. Check that it is still there; nothing was shared.",
            ),
            folder,
        )
    for _ in range(_NAME_ATTEMPTS):
        path = folder / new_name()
        try:
            write_new_file(path, data)
        except FileAlreadyThere:
            continue
        return path
    raise BundleFileProblem(
        QT_TRANSLATE_NOOP("Errors", "No free file name was found in %1. Nothing was shared."),
        folder,
    )


def remove_quietly(path: Path) -> None:
    """Remove a file this process just wrote (after a later step failed)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
        private_files.fsync_folder(path.parent)
