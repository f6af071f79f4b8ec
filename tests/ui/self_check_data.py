"""Journals whose own entries show (or do not show) the signs that counselling could help."""

from __future__ import annotations

import datetime as dt

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.domain.trends import add_months, month_start

DEFLECTING = "I'm sorry if you were upset, but you never listen to me either."
ACCOUNTABLE = "I lied to you about the messages. That was wrong, and it is on me."


def eight_months_ago(today: dt.date) -> dt.date:
    """A start date that puts ``today`` well past six months (and the first three)."""
    return add_months(month_start(today), -8)


def drafts_showing_signs(role: Role, today: dt.date, *, signs: bool = True) -> list[EntryDraft]:
    """Entries in the last three complete months before ``today``.

    With ``signs``: four triggers a month at mood 1 (hurt), or four deflecting
    accountability entries in the last weeks (repairing). Without: calm, accountable
    entries at mood 4, and no triggers.
    """
    drafts: list[EntryDraft] = []
    this_month = month_start(today)
    for back in (1, 2, 3):
        first = add_months(this_month, -back)
        for day in range(4):
            if role is Role.HURT:
                kind = Kind.TRIGGER if signs else Kind.FEELING
                title = "The doubt came back tonight" if signs else "A steadier evening"
            else:
                kind = Kind.ACCOUNTABILITY if signs else Kind.SMALL_ACTION
                title = "About last night" if signs else "Cooked dinner together"
            drafts.append(
                EntryDraft(
                    kind=kind,
                    title=title,
                    body=DEFLECTING if signs and role is Role.REPAIRING else "",
                    date=first + dt.timedelta(days=day * 5),
                    mood=1 if signs else 4,
                )
            )
    if role is Role.REPAIRING:
        for day in range(4):
            drafts.append(
                EntryDraft(
                    kind=Kind.ACCOUNTABILITY,
                    title="What I did",
                    body=DEFLECTING if signs else ACCOUNTABLE,
                    date=today - dt.timedelta(days=day * 6),
                    mood=3,
                )
            )
    return drafts
