"""What the sharing commands print: JSON for scripts, plain text for people.

Everything a partner wrote is shown through :func:`~trustjournal.cli.output.plain`, so
a shared entry can never move the cursor or change a terminal's settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trustjournal.cli.output import local_date, plain
from trustjournal.services.sharing import LedgerRow, OpenResult, ReceivedEntry
from trustjournal.sharing.payload import PayloadError, format_timestamp, parse_timestamp


def _when(moment: dt.datetime | None) -> str | None:
    return None if moment is None else format_timestamp(moment)


def _count(count: int, one: str, many: str) -> str:
    return f"1 {one}" if count == 1 else f"{count} {many}"


# -- open -----------------------------------------------------------------------------------


def opened_json(result: OpenResult) -> dict[str, object]:
    """``open --json``: what the bundle was and what opening it changed."""
    return {
        "kind": result.kind,
        "from": result.sender_name,
        "added": result.added,
        "updated": result.updated,
        "withdrawn": result.withdrawn,
        "replies": result.replies,
        "replayed": result.replayed,
        "bundle_id": result.bundle_id,
    }


def opened_lines(result: OpenResult) -> list[str]:
    """One or two plain sentences about an opened bundle."""
    name = plain(result.sender_name)
    if result.replayed:
        return ["You opened this file before, so nothing changed."]
    if result.kind == "share":
        parts = []
        if result.added:
            parts.append(_count(result.added, "new entry", "new entries"))
        if result.updated:
            parts.append(_count(result.updated, "updated entry", "updated entries"))
        if not parts:
            return [f"{name} shared entries you already have in a newer version; nothing changed."]
        return [f"{name} shared {' and '.join(parts)} with you. The “shared” command shows them."]
    if result.kind == "reply":
        if not result.replies:
            return [f"You already have this reply from {name}; nothing changed."]
        return [f"{name} replied to {_count(result.replies, 'entry', 'entries')} you shared."]
    if not result.withdrawn:
        return [f"{name} had already withdrawn this; nothing changed."]
    their = "Its" if result.withdrawn == 1 else "Their"
    return [
        f"{name} withdrew {_count(result.withdrawn, 'entry', 'entries')}. "
        f"{their} words have been removed from your journal."
    ]


# -- shared with me -------------------------------------------------------------------------


def shared_json(entries: Sequence[ReceivedEntry]) -> list[dict[str, object]]:
    """``shared --json``: ``id kind title body date shared_at from`` (and ``withdrawn_at``)."""
    return [
        {
            "id": entry.id,
            "kind": entry.kind.value,
            "title": entry.title,
            "body": entry.body,
            "date": entry.date.isoformat(),
            "shared_at": format_timestamp(entry.shared_at),
            "from": entry.from_name,
            "withdrawn_at": _when(entry.withdrawn_at),
        }
        for entry in entries
    ]


def _indented(text: str) -> list[str]:
    return ["    " + line if line else "" for line in plain(text).strip("\n").split("\n")]


def shared_lines(entries: Sequence[ReceivedEntry]) -> list[str]:
    """Each shared entry in full, labelled "shared by NAME on DATE", with my replies."""
    if not entries:
        return ["Nothing has been shared with you yet."]
    lines: list[str] = []
    for entry in entries:
        name = plain(entry.from_name)
        if lines:
            lines.append("")
        if entry.withdrawn_at is not None:
            lines.append(f"[{entry.id}] Withdrawn by {name} on {local_date(entry.withdrawn_at)}.")
            continue
        lines.append(f"[{entry.id}] {plain(entry.title)}")
        lines.append(
            f"    {entry.kind.value.replace('_', ' ')}, {entry.date.isoformat()} — "
            f"shared by {name} on {local_date(entry.shared_at)}"
        )
        if entry.redacted:
            lines.append(f"    ({name} shared the title and an excerpt only.)")
        if entry.body.strip():
            lines += ["", *_indented(entry.body)]
        for answer in entry.replies:
            lines += ["", f"    Your reply on {local_date(answer.created_at)}:"]
            lines += ["  " + line if line else "" for line in _indented(answer.body)]
    return lines


# -- the ledger -----------------------------------------------------------------------------


def ledger_json(rows: Sequence[LedgerRow]) -> list[dict[str, object]]:
    """``ledger --json``: ``entry_id bundle_id shared_at to withdrawn``."""
    return [
        {
            "entry_id": row.entry_id,
            "bundle_id": row.bundle_id,
            "shared_at": format_timestamp(row.shared_at),
            "to": row.to_name,
            "withdrawn": row.withdrawn,
        }
        for row in rows
    ]


def _version(text: str) -> str:
    try:
        moment = parse_timestamp(text)
    except PayloadError:
        return plain(text)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def ledger_lines(rows: Sequence[LedgerRow]) -> list[str]:
    """One aligned line per shared entry: number, version, when, to whom, status, title."""
    if not rows:
        return ["You have not shared anything."]
    id_width = max(len("Entry"), *(len(str(r.entry_id)) for r in rows))
    to_width = max(len("To"), *(len(plain(r.to_name)) for r in rows))
    status = [
        f"withdrawn {local_date(r.withdrawn_at)}" if r.withdrawn_at else "shared" for r in rows
    ]
    status_width = max(len("Status"), *(len(s) for s in status))
    lines = [
        f"{'Entry':>{id_width}}  {'Version':<16}  {'Shared on':<10}  {'To':<{to_width}}  "
        f"{'Status':<{status_width}}  Title"
    ]
    for row, state in zip(rows, status, strict=True):
        shortened = " (title and an excerpt)" if row.redacted else ""
        lines.append(
            f"{row.entry_id:>{id_width}}  {_version(row.entry_version):<16}  "
            f"{local_date(row.shared_at)}  {plain(row.to_name):<{to_width}}  "
            f"{state:<{status_width}}  {plain(row.title)}{shortened}"
        )
    if any(r.withdrawn_at for r in rows):
        lines.append("A withdrawn entry may already have been read before it was withdrawn.")
    return lines
