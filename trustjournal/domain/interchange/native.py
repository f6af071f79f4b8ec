"""Reading Trust Journal's own ``trustjournal-json`` entries, every field checked."""

from __future__ import annotations

from collections.abc import Mapping

from trustjournal.domain.entry import EntryDraft, Kind, Outcome, Repeat
from trustjournal.domain.interchange._common import (
    _date,
    _EntryProblem,
    _flag,
    _labels,
    _required_date,
    _required_string,
    _shown,
    _string,
)
from trustjournal.errors import QT_TRANSLATE_NOOP


def _kind(item: Mapping[str, object]) -> Kind:
    value = item.get("kind")
    if value is None or value == "":
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file does not say what kind of entry it is, "
                "so nothing was imported.",
            )
        )
    if isinstance(value, str):
        try:
            return Kind(value)
        except ValueError:
            pass
    shown = _shown(value)
    if shown is not None:
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has an unknown kind of entry “%2”, so nothing was imported.",
            ),
            shown,
        )
    raise _EntryProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Entry %1 in this file has an unknown kind of entry, so nothing was imported.",
        )
    )


def _mood(item: Mapping[str, object]) -> int | None:
    value = item.get("mood")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        shown = _shown(value)
        if shown is not None:
            raise _EntryProblem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Entry %1 in this file has a mood “%2” that is not a number from 1 to 5, "
                    "so nothing was imported.",
                ),
                shown,
            )
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has a mood that is not a number from 1 to 5, "
                "so nothing was imported.",
            )
        )
    return value


def _outcome(item: Mapping[str, object]) -> Outcome | None:
    value = item.get("outcome")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Outcome(value)
        except ValueError:
            pass
    shown = _shown(value)
    if shown is not None:
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has an unknown promise outcome “%2”, "
                "so nothing was imported.",
            ),
            shown,
        )
    raise _EntryProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Entry %1 in this file has an unknown promise outcome, so nothing was imported.",
        )
    )


def _repeat(item: Mapping[str, object]) -> Repeat | None:
    value = item.get("repeat")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return Repeat(value)
        except ValueError:
            pass
    shown = _shown(value)
    if shown is not None:
        raise _EntryProblem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Entry %1 in this file has an unknown promise repeat “%2”, "
                "so nothing was imported.",
            ),
            shown,
        )
    raise _EntryProblem(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Entry %1 in this file has an unknown promise repeat, so nothing was imported.",
        )
    )


def _from_trustjournal(item: Mapping[str, object]) -> EntryDraft:
    kind = _kind(item)
    return EntryDraft(
        kind=kind,
        title=_required_string(item, "title", "title"),
        body=_string(item, "body", "text"),
        date=_required_date(item, "date"),
        mood=_mood(item),
        emotions=_labels(item, "emotions", "named emotions"),
        tags=_labels(item, "tags", "tags"),
        session=_flag(item, "session", "“bring to next session”"),
        due=_date(item, "due", "due date"),
        outcome=_outcome(item),
        repeat=_repeat(item),
    )
