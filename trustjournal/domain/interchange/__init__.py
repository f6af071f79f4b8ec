"""Moving entries in and out of a journal: imports from other apps and file exports.

Pure functions on bytes and strings; the caller reads and writes the files. Every
imported entry passes :func:`~trustjournal.domain.entry.validate`, and every problem
with a file is raised as :class:`~trustjournal.errors.ImportInvalid` with one plain
sentence, so an import either brings in the whole file or nothing at all.

:mod:`.importing` checks a file and hands each entry to its format's reader
(:mod:`.native`, :mod:`.jrnl`, :mod:`.dayone`), which share :mod:`._common`;
:mod:`.export` writes JSON and Markdown.
"""

from trustjournal.domain.interchange._common import (
    DAYONE_JSON,
    FORMAT_VERSION,
    FORMATS,
    JRNL_JSON,
    MAX_IMPORT_BYTES,
    SHORT_TITLE,
    TRUSTJOURNAL_JSON,
    UNTITLED,
)
from trustjournal.domain.interchange.export import export_json, export_markdown
from trustjournal.domain.interchange.importing import parse_import

__all__ = [
    "DAYONE_JSON",
    "FORMATS",
    "FORMAT_VERSION",
    "JRNL_JSON",
    "MAX_IMPORT_BYTES",
    "SHORT_TITLE",
    "TRUSTJOURNAL_JSON",
    "UNTITLED",
    "export_json",
    "export_markdown",
    "parse_import",
]
