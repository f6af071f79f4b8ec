"""The navigation sections of each partner's view (DESIGN §2, the app issue).

A section lists entries of one or more kinds; the others (``Today``, the guide, the
timeline, the self-check, what was shared each way, ``Search``) are pages of their own.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from trustjournal.domain import Kind, Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sections", text)


# Groups of the navigation, in order; "" is the top, without a heading.
GROUPS = ("", "journal", "over_time", "between_us")


def group_title(group: str) -> str:
    """The heading shown above a group of sections in the navigation."""
    titles = {
        "journal": _tr("My journal"),
        "over_time": _tr("Over time"),
        "between_us": _tr("Between us"),
    }
    return titles.get(group, "")


@dataclasses.dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    kinds: tuple[Kind, ...]  # empty for pages that are not entry lists
    hint: str  # one calm line shown above the list
    group: str = "journal"


def sections_for(role: Role) -> tuple[Section, ...]:
    """The sections in navigation order for ``role`` (translated at call time)."""
    today = Section("today", _tr("Today"), (), "", group="")
    guide = Section("guide", _tr("Guide"), (), "", group="")
    reflections = Section(
        "reflections",
        _tr("Reflections"),
        (Kind.REFLECTION,),
        _tr("Longer thoughts, for yourself."),
    )
    sessions = Section(
        "session_notes",
        _tr("Session notes"),
        (Kind.SESSION_NOTE,),
        _tr("What came up in counselling, and what you want to remember."),
    )
    timeline = Section("timeline", _tr("Timeline"), (), "", group="over_time")
    self_check = Section("self_check", _tr("Would counselling help?"), (), "", group="over_time")
    shared = Section("shared", _tr("Shared with me"), (), "", group="between_us")
    ledger = Section("ledger", _tr("What I shared"), (), "", group="between_us")
    own: tuple[Section, ...]
    if Role(role) is Role.HURT:
        own = (
            Section(
                "feelings",
                _tr("Feelings"),
                (Kind.FEELING,),
                _tr("Whatever you feel is allowed here."),
            ),
            Section(
                "triggers",
                _tr("Triggers"),
                (Kind.TRIGGER,),
                _tr("Moments that brought the doubt back, and what set them off."),
            ),
            Section(
                "questions",
                _tr("Questions"),
                (Kind.QUESTION,),
                _tr("Things you want to understand, whenever you are ready to ask."),
            ),
            Section(
                "needs",
                _tr("Needs & boundaries"),
                (Kind.NEED, Kind.BOUNDARY),
                _tr("What you need to feel safe, and the limits you set."),
            ),
            Section(
                "noticed",
                _tr("Changes I noticed"),
                (Kind.NOTICED_CHANGE,),
                _tr("Small signs that things are changing, when you see them."),
            ),
        )
    else:
        own = (
            Section(
                "accountability",
                _tr("Accountability"),
                (Kind.ACCOUNTABILITY,),
                _tr("Owning what you did, plainly and without excuses."),
            ),
            Section(
                "transparency",
                _tr("Transparency"),
                (Kind.TRANSPARENCY,),
                _tr("What you choose to be open about, offered freely."),
            ),
            Section(
                "promises",
                _tr("Promises"),
                (Kind.PROMISE,),
                _tr("What you said you would do, and how it went."),
            ),
            Section(
                "small_actions",
                _tr("Small actions"),
                (Kind.SMALL_ACTION,),
                _tr("Small, everyday ways of showing up."),
            ),
        )
    return (today, guide, *own, reflections, sessions, timeline, self_check, shared, ledger)


def kind_label(kind: Kind) -> str:
    """A kind of entry in plain words."""
    labels = {
        Kind.FEELING: _tr("Feeling"),
        Kind.TRIGGER: _tr("Trigger"),
        Kind.QUESTION: _tr("Question"),
        Kind.NEED: _tr("Need"),
        Kind.BOUNDARY: _tr("Boundary"),
        Kind.NOTICED_CHANGE: _tr("Change I noticed"),
        Kind.ACCOUNTABILITY: _tr("Accountability"),
        Kind.TRANSPARENCY: _tr("Transparency"),
        Kind.PROMISE: _tr("Promise"),
        Kind.SMALL_ACTION: _tr("Small action"),
        Kind.REFLECTION: _tr("Reflection"),
        Kind.SESSION_NOTE: _tr("Session note"),
    }
    return labels[Kind(kind)]


def role_label(role: Role) -> str:
    return (
        _tr("I was hurt") if Role(role) is Role.HURT else _tr("I broke trust and want to repair it")
    )
