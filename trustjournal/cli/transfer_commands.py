"""Commands that move a journal's contents: backup, restore, export, import.

Backups stay encrypted. Exports are plaintext and happen only when asked for by name;
they are written readable by their owner only, never replace a file unless ``--force``
is given, and end with a reminder that the file is not encrypted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trustjournal.cli import messages
from trustjournal.cli.files import read_file, refuse_existing, write_private_file
from trustjournal.cli.opening import open_journal, require_free_folder
from trustjournal.cli.output import emit_json, note, say
from trustjournal.cli.secrets_input import current_passphrase
from trustjournal.domain.interchange import (
    MAX_IMPORT_BYTES,
    export_json,
    export_markdown,
    parse_import,
)
from trustjournal.errors import ImportInvalid, InvalidInput, TrustJournalError
from trustjournal.vault.backup import read_backup_header, restore_backup, write_backup


def _entries(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, round(size / 1024))} KB"


def backup(args: argparse.Namespace) -> int:
    """``backup``: write an encrypted, verified one-file copy of the journal."""
    target = Path(args.file)
    if target.is_dir():
        raise TrustJournalError(f"{target} is a folder; please give a file name for the backup.")
    with open_journal(args) as journal:
        size = write_backup(journal, target)
    if args.json:
        emit_json({"backup": args.file, "bytes": size})
    else:
        say(
            f"Saved a backup to {target} ({_size(size)}).",
            "It is encrypted and opens with the same passphrase or recovery code.",
        )
    return 0


def restore(args: argparse.Namespace) -> int:
    """``restore``: turn a backup into a journal in a new folder (never over another)."""
    source, folder = Path(args.file), Path(args.journal)
    require_free_folder(folder, "Restore")
    read_backup_header(source)  # a file that is not a backup fails before any prompt
    if args.recovery_code is not None:
        restore_backup(source, folder, recovery_code=args.recovery_code)
    else:
        restore_backup(source, folder, current_passphrase(args.passphrase_file, source))
    if args.json:
        emit_json({"journal": args.journal})
    else:
        say(
            f"Restored the journal to {folder}.",
            "It opens with the same passphrase and recovery code as the journal it came from.",
        )
    return 0


def export(args: argparse.Namespace) -> int:
    """``export``: write every entry to a plaintext JSON or Markdown file."""
    out = Path(args.out)
    refuse_existing(out, overwrite=args.force)
    with open_journal(args) as journal:
        entries = sorted(journal.iter_all(), key=lambda e: (e.date, e.id))
        info = journal.info
    write = export_json if args.format == "json" else export_markdown
    text = write(entries, name=info.name, role=info.role.value, since=info.since)
    write_private_file(out, text.encode("utf-8"), overwrite=args.force)
    if args.json:
        emit_json({"exported": len(entries), "file": args.out})
    else:
        say(f"Exported {_entries(len(entries))} to {out}.")
    note(messages.EXPORT_REMINDER.format(file=out))
    return 0


def import_entries(args: argparse.Namespace) -> int:
    """``import``: add every entry of an exported file, or none if any cannot be used."""
    data = read_file(Path(args.file), "file to import", MAX_IMPORT_BYTES)
    drafts = parse_import(data, args.format)
    with open_journal(args) as journal:
        try:
            ids = journal.add_many(drafts)
        except InvalidInput as error:  # e.g. an entry kind this journal's role does not keep
            raise ImportInvalid(f"{error.message} Nothing was imported.") from None
    if args.json:
        emit_json({"imported": len(ids)})
    elif ids:
        say(f"Imported {_entries(len(ids))}.")
    else:
        say("The file has no entries, so nothing was imported.")
    return 0
