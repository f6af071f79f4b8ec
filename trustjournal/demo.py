"""Two demo journals for trying the app, screenshots and manual testing.

:func:`create_demo_couple` writes the journals of Maya (who was hurt) and Daniel (who
broke trust and is repairing it): about four weeks of entries each, ending today, three
months after the affair came out. The entries are written as the two of them might write
them, so that every view has honest, realistic material to show.

Demo journals use the floor key-derivation cost and plain passphrases: they hold no
secrets, and they must be quick to make. No randomness: the same day gives the same
journals.

The entries are kept as text in ``resources/demo/maya.txt`` and ``daniel.txt`` (UTF-8)
rather than as Python literals, so they read like the journal they become. Lines before
the first block are a note for the reader and are ignored. Each block starts with a
header line::

    == days_ago | kind | mood | emotions | tags | extras

``extras`` may hold ``session`` (bring to next session), ``due=N`` (a promise due N days
after the entry's date), ``repeat=daily`` or ``repeat=weekly``, and a promise's outcome
(``kept``, ``missed`` …). The next line
is the title; the rest is the Markdown body, where lines of one paragraph are joined.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from trustjournal.domain.entry import EntryDraft, Kind, Outcome, Repeat, Role
from trustjournal.paths import resource
from trustjournal.services import sharing
from trustjournal.sharing.safety_number import safety_number
from trustjournal.vault.journal import Journal
from trustjournal.vault.keyslots import FLOOR_KDF

# How long ago the affair came out, as of the last demo entry (about three months).
DAYS_SINCE_DISCLOSURE = 93


@dataclasses.dataclass(frozen=True, slots=True)
class DemoJournal:
    """A demo journal that :func:`create_demo_couple` made, and how to open it."""

    folder: Path
    name: str
    role: Role
    passphrase: str


_LIST_ITEM = re.compile(r"^\s*(?:[-*]|\d+\.)\s")


def _labels(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(",") if part.strip())


def _reflow(lines: list[str]) -> str:
    """Join the lines of each paragraph; keep blank lines and list items apart."""
    out: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        if out and out[-1] and line and not _LIST_ITEM.match(line):
            out[-1] += " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out).strip()


def read_script(name: str, language: str = "en") -> str:
    """The text of ``resources/demo/<name>.txt`` (e.g. ``"maya"``), for :func:`parse_entries`.

    Another language's version is ``<name>_<language>.txt`` (the same entries and codes).
    """
    file = f"{name}.txt" if language == "en" else f"{name}_{language}.txt"
    return resource("demo", file).read_text(encoding="utf-8")


def parse_entries(script: str, today: dt.date) -> list[EntryDraft]:
    """The drafts written in ``script`` (see the module docstring), dated back from ``today``."""
    drafts: list[EntryDraft] = []
    # Everything before the first "== " line is a note for readers of the file.
    for block in ("\n" + script).split("\n== ")[1:]:
        head, title, *body = block.strip("\n").split("\n")
        fields = [field.strip() for field in head.split("|")]
        days, kind, mood, emotions, tags = fields[:5]
        date = today - dt.timedelta(days=int(days))
        due: dt.date | None = None
        outcome: Outcome | None = None
        repeat: Repeat | None = None
        session = False
        for extra in fields[5].split() if len(fields) > 5 else []:
            if extra == "session":
                session = True
            elif extra.startswith("repeat="):
                repeat = Repeat(extra.removeprefix("repeat="))
            elif extra.startswith("due="):
                due = date + dt.timedelta(days=int(extra.removeprefix("due=")))
            else:
                outcome = Outcome(extra)
        drafts.append(
            EntryDraft(
                kind=Kind(kind),
                title=title.strip(),
                body=_reflow(body),
                date=date,
                mood=int(mood),
                emotions=_labels(emotions),
                tags=_labels(tags),
                session=session,
                due=due,
                outcome=outcome,
                repeat=repeat,
            )
        )
    # Oldest first, so that ids follow the order in which the entries were written.
    return sorted(drafts, key=lambda d: d.date)


# (folder and display name, role, passphrase, name of the entries' file)
_COUPLE: tuple[tuple[str, Role, str, str], ...] = (
    ("Maya", Role.HURT, "maya demo journal", "maya"),
    ("Daniel", Role.REPAIRING, "daniel demo journal", "daniel"),
)


def create_demo_couple(
    folder: Path, *, today: dt.date | None = None, language: str = "en"
) -> list[DemoJournal]:
    """Create Maya's and Daniel's demo journals in ``folder`` and return how to open them.

    Each journal goes in its own subfolder (``Maya``, ``Daniel``), which must not exist
    yet or be empty (otherwise :class:`~trustjournal.errors.JournalExists`). The entries
    end on ``today`` (default: the real today) and are written in ``language`` (English
    if the demo has no version in it). Both journals are locked on return.
    """
    today = today or dt.date.today()
    language = language if language in _EXCHANGES else "en"
    since = today - dt.timedelta(days=DAYS_SINCE_DISCLOSURE)
    made: list[DemoJournal] = []
    for name, role, passphrase, script_name in _COUPLE:
        journal, _code = Journal.create(
            Path(folder) / name,
            name=name,
            role=role,
            since=since,
            passphrase=passphrase,
            kdf=FLOOR_KDF,
        )
        try:
            journal.add_many(parse_entries(read_script(script_name, language), today))
        finally:
            journal.lock()
        made.append(DemoJournal(Path(folder) / name, name, role, passphrase))
    _share_between(made[0], made[1], Path(folder), _EXCHANGES[language])
    return made


@dataclasses.dataclass(frozen=True)
class _Exchange:
    """What each of them chose to share (by title), and Maya's answer to one of Daniel's."""

    daniel_shares: tuple[str, ...]
    maya_shares: tuple[str, ...]
    answered: str
    reply: str


_EXCHANGES = {
    "en": _Exchange(
        daniel_shares=("What I did, in plain words", "Gave Maya my phone passcode"),
        maya_shares=("He stayed in the conversation",),
        answered="Gave Maya my phone passcode",
        reply="Thank you for telling me before I asked. I haven't used it, and that matters too.",
    ),
    "es": _Exchange(
        daniel_shares=("Lo que hice, sin rodeos", "Le di a Maya el código de mi teléfono"),
        maya_shares=("No esquivó la conversación",),
        answered="Le di a Maya el código de mi teléfono",
        reply=(
            "Gracias por contármelo antes de que te lo preguntara. No lo he usado, y eso "
            "también importa."
        ),
    ),
}


def _share_between(
    maya: DemoJournal, daniel: DemoJournal, folder: Path, exchange: _Exchange
) -> None:
    """Pair the two demo journals and exchange a few shares and a reply, as they might."""
    transit = folder / ".demo-transit"  # sealed bundles only; removed before returning
    transit.mkdir()
    try:
        with (
            Journal.unlock(maya.folder, maya.passphrase) as her,
            Journal.unlock(daniel.folder, daniel.passphrase) as him,
        ):
            her_card, his_card = sharing.my_card(her), sharing.my_card(him)
            digits = safety_number(her_card, his_card)
            sharing.pair(her, his_card, digits)
            sharing.pair(him, her_card, digits)
            for sender, reader, titles in (
                (him, her, exchange.daniel_shares),
                (her, him, exchange.maya_shares),
            ):
                ids = [e.id for e in sender.iter_all() if e.title in titles]
                receipt = sharing.share(sender, ids, transit / f"{sender.info.name}.tjshare")
                sharing.open_bundle(reader, receipt.path)
            answered = next(r for r in sharing.shared_with_me(her) if r.title == exchange.answered)
            reply = sharing.reply(her, answered.id, exchange.reply, transit / "reply.tjshare")
            sharing.open_bundle(him, reply)
    finally:
        for bundle in transit.iterdir():
            bundle.unlink()
        transit.rmdir()


__all__ = ["DemoJournal", "create_demo_couple", "parse_entries"]
