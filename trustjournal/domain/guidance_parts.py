"""The parts of the guide, as plain frozen data: what :mod:`.guidance` reads and checks.

Kept apart from the reading and checking so each stays short; import them from
:mod:`trustjournal.domain.guidance`, which re-exports every name here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from trustjournal.domain.entry import Kind, Role
from trustjournal.domain.self_check import DataSign
from trustjournal.domain.timeline import Phase
from trustjournal.errors import QT_TRANSLATE_NOOP, TrustJournalError


class GuidanceInvalid(TrustJournalError):
    default_message = QT_TRANSLATE_NOOP(
        "Errors",
        "The app's guidance text is damaged or incomplete. Please reinstall Trust Journal.",
    )


@dataclasses.dataclass(frozen=True, slots=True)
class TrustBreaker:
    name: str
    damage: str


@dataclasses.dataclass(frozen=True, slots=True)
class Step:
    id: str
    title: str
    summary: str
    parts: Mapping[Role, str]

    def part(self, role: Role) -> str:
        """What this step means for the partner in ``role``."""
        return self.parts[Role(role)]


@dataclasses.dataclass(frozen=True, slots=True)
class Example:
    words: str
    why: str


@dataclasses.dataclass(frozen=True, slots=True)
class Accountability:
    sounds_like: tuple[Example, ...]
    not_this: tuple[Example, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Transparency:
    is_: tuple[str, ...]
    is_not: tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class SmallAction:
    title: str
    detail: str


@dataclasses.dataclass(frozen=True, slots=True)
class PhaseGuide:
    phase: Phase
    title: str
    span: str
    what_to_expect: str
    normal: tuple[str, ...]
    reassurance: str


@dataclasses.dataclass(frozen=True, slots=True)
class Duty:
    """One part of a partner's work, and the entry kinds it invites them to write."""

    id: str
    title: str
    detail: str
    kinds: tuple[Kind, ...]

    @property
    def kind(self) -> Kind | None:
        """The main kind to write for this duty, or ``None``."""
        return self.kinds[0] if self.kinds else None


@dataclasses.dataclass(frozen=True, slots=True)
class CounsellingSign:
    id: str
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class DataSignText:
    title: str
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class SafetyNote:
    title: str
    text: str

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The note's paragraphs, split at blank lines."""
        return tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", self.text) if p.strip())


@dataclasses.dataclass(frozen=True, slots=True)
class Guidance:
    """Everything the guide says, in one language."""

    language: str
    intros: Mapping[str, str]
    counselling_help: str
    trust_breakers: tuple[TrustBreaker, ...]
    steps: tuple[Step, ...]
    accountability: Accountability
    transparency: Transparency
    communication: Mapping[Role, tuple[str, ...]]
    small_actions: tuple[SmallAction, ...]
    phases: Mapping[Phase, PhaseGuide]
    duties: Mapping[Role, tuple[Duty, ...]]
    counselling_signs: tuple[CounsellingSign, ...]
    data_signs: Mapping[DataSign, DataSignText]
    prompts: Mapping[Role, tuple[str, ...]]
    safety_note: SafetyNote
