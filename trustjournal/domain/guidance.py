"""The guidance the app offers each partner, read from ``resources/guidance/<language>.toml``.

All of the guide's words are data, one file per language with the same keys, so a
translator edits text and never code. The file is checked completely when it is read:
a missing or empty section raises :class:`GuidanceInvalid` naming it, so a damaged or
half-translated file is caught by the tests rather than by a partner in the middle of
a hard evening.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from trustjournal.domain.entry import Kind, Role, kinds_for
from trustjournal.domain.guidance_parts import (
    Accountability,
    CounsellingSign,
    DataSignText,
    Duty,
    Example,
    Guidance,
    GuidanceInvalid,
    PhaseGuide,
    SafetyNote,
    SmallAction,
    Step,
    Transparency,
    TrustBreaker,
)
from trustjournal.domain.self_check import DataSign
from trustjournal.domain.timeline import Phase
from trustjournal.errors import QT_TRANSLATE_NOOP
from trustjournal.paths import resource

DEFAULT_LANGUAGE = "en"
STEP_COUNT = 5
MIN_PROMPTS = 14
INTRO_KEYS = (
    "trust_breakers",
    "steps",
    "accountability",
    "transparency",
    "communication",
    "small_actions",
    "phases",
    "counselling_signs",
    "duties_hurt",
    "duties_repairing",
)
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def guidance_path(language: str = DEFAULT_LANGUAGE) -> Path:
    """The guidance file for ``language`` (e.g. ``"es"`` or ``"es_MX"``), or English's."""
    code = language.split("_")[0].split("-")[0].lower()
    if _LANGUAGE.fullmatch(code):
        path = resource("guidance", f"{code}.toml")
        if path.is_file():
            return path
    return resource("guidance", f"{DEFAULT_LANGUAGE}.toml")


def load_guidance(language: str = DEFAULT_LANGUAGE) -> Guidance:
    """The checked guidance for ``language``, falling back to English; read once, then cached."""
    return _load_cached(guidance_path(language))


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path) -> Guidance:
    return read_guidance(path)


def read_guidance(path: Path) -> Guidance:
    """Read and check the guidance file at ``path`` (not cached).

    Raises :class:`GuidanceInvalid` if it cannot be read, is not TOML, or has a
    missing or empty section.
    """
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GuidanceInvalid() from error
    except tomllib.TOMLDecodeError as error:
        raise GuidanceInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app's guidance text could not be read (%1). Please reinstall Trust Journal.",
            ),
            error,
        ) from error
    return parse_guidance(data)


def prompt_for_day(guidance: Guidance, role: Role, day: dt.date) -> str:
    """Today's prompt for ``role``: one a day, in order, turning over without end."""
    prompts = guidance.prompts[Role(role)]
    return prompts[day.toordinal() % len(prompts)]


# -- checking ---------------------------------------------------------------------------------


def _missing(where: str) -> GuidanceInvalid:
    return GuidanceInvalid(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The app's guidance text is incomplete: “%1” is missing or empty. "
            "Please reinstall Trust Journal.",
        ),
        where,
    )


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _missing(f"{where}.{key}" if where else key)
    return value.strip()


def _table(table: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
    value = table.get(key)
    if not isinstance(value, dict) or not value:
        raise _missing(f"{where}.{key}" if where else key)
    return value


def _tables(table: Mapping[str, Any], key: str, where: str = "") -> list[Mapping[str, Any]]:
    name = f"{where}.{key}" if where else key
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise _missing(name)
    return value


def _texts(table: Mapping[str, Any], key: str, where: str = "") -> tuple[str, ...]:
    name = f"{where}.{key}" if where else key
    value = table.get(key)
    if not isinstance(value, list) or not value:
        raise _missing(name)
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise _missing(f"{name} (an empty line)")
    return tuple(v.strip() for v in value)


def _unique_ids(ids: list[str], where: str) -> None:
    if len(set(ids)) != len(ids):
        raise GuidanceInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app's guidance text repeats an id in “%1”. Please reinstall Trust Journal.",
            ),
            where,
        )


def _role_texts(data: Mapping[str, Any], key: str) -> Mapping[Role, tuple[str, ...]]:
    table = _table(data, key)
    return MappingProxyType({role: _texts(table, role.value, key) for role in Role})


def _steps(data: Mapping[str, Any]) -> tuple[Step, ...]:
    steps = tuple(
        Step(
            id=_text(raw, "id", f"steps[{i}]"),
            title=_text(raw, "title", f"steps[{i}]"),
            summary=_text(raw, "summary", f"steps[{i}]"),
            parts=MappingProxyType({r: _text(raw, r.value, f"steps[{i}]") for r in Role}),
        )
        for i, raw in enumerate(_tables(data, "steps"))
    )
    if len(steps) != STEP_COUNT:
        raise GuidanceInvalid(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The app's guidance text should have %1 steps, not %2. "
                "Please reinstall Trust Journal.",
            ),
            STEP_COUNT,
            len(steps),
        )
    _unique_ids([s.id for s in steps], "steps")
    return steps


def _examples(table: Mapping[str, Any], key: str) -> tuple[Example, ...]:
    where = f"accountability.{key}"
    return tuple(
        Example(_text(raw, "words", f"{where}[{i}]"), _text(raw, "why", f"{where}[{i}]"))
        for i, raw in enumerate(_tables(table, key, "accountability"))
    )


def _phases(data: Mapping[str, Any]) -> Mapping[Phase, PhaseGuide]:
    table = _table(data, "phases")
    phases: dict[Phase, PhaseGuide] = {}
    for phase in Phase:
        raw = _table(table, phase.value, "phases")
        where = f"phases.{phase.value}"
        phases[phase] = PhaseGuide(
            phase=phase,
            title=_text(raw, "title", where),
            span=_text(raw, "span", where),
            what_to_expect=_text(raw, "what_to_expect", where),
            normal=_texts(raw, "normal", where),
            reassurance=_text(raw, "reassurance", where),
        )
    return MappingProxyType(phases)


def _duties(data: Mapping[str, Any]) -> Mapping[Role, tuple[Duty, ...]]:
    table = _table(data, "duties")
    duties: dict[Role, tuple[Duty, ...]] = {}
    for role in Role:
        listed: list[Duty] = []
        for i, raw in enumerate(_tables(table, role.value, "duties")):
            where = f"duties.{role.value}[{i}]"
            names = raw.get("kinds", [])
            try:
                kinds = tuple(Kind(name) for name in names)
            except (TypeError, ValueError):
                raise _missing(f"{where}.kinds (an unknown kind)") from None
            if not set(kinds) <= set(kinds_for(role)):
                raise _missing(f"{where}.kinds (a kind this partner does not write)")
            listed.append(
                Duty(
                    _text(raw, "id", where),
                    _text(raw, "title", where),
                    _text(raw, "detail", where),
                    kinds,
                )
            )
        _unique_ids([d.id for d in listed], f"duties.{role.value}")
        duties[role] = tuple(listed)
    return MappingProxyType(duties)


def _data_sign(table: Mapping[str, Any], sign: DataSign) -> DataSignText:
    raw = _table(table, sign.value, "data_signs")
    where = f"data_signs.{sign.value}"
    return DataSignText(_text(raw, "title", where), _text(raw, "text", where))


def _prompts(data: Mapping[str, Any]) -> Mapping[Role, tuple[str, ...]]:
    prompts = _role_texts(data, "prompts")
    for role, listed in prompts.items():
        if len(listed) < MIN_PROMPTS:
            raise GuidanceInvalid(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The app's guidance text has only %1 prompts for “%2”; "
                    "it needs at least %3. Please reinstall Trust Journal.",
                ),
                len(listed),
                role.value,
                MIN_PROMPTS,
            )
    return prompts


def parse_guidance(data: Mapping[str, Any]) -> Guidance:
    """Build a :class:`Guidance` from the parsed TOML ``data``, checking every section."""
    intros = _table(data, "intros")
    transparency = _table(data, "transparency")
    accountability = _table(data, "accountability")
    signs = _tables(data, "counselling_signs")
    data_signs = _table(data, "data_signs")
    safety = _table(data, "safety_note")
    guidance = Guidance(
        language=_text(data, "language", ""),
        intros=MappingProxyType({key: _text(intros, key, "intros") for key in INTRO_KEYS}),
        counselling_help=_text(data, "counselling_help", ""),
        trust_breakers=tuple(
            TrustBreaker(
                _text(raw, "name", f"trust_breakers[{i}]"),
                _text(raw, "damage", f"trust_breakers[{i}]"),
            )
            for i, raw in enumerate(_tables(data, "trust_breakers"))
        ),
        steps=_steps(data),
        accountability=Accountability(
            _examples(accountability, "sounds_like"), _examples(accountability, "not_this")
        ),
        transparency=Transparency(
            _texts(transparency, "is_", "transparency"),
            _texts(transparency, "is_not", "transparency"),
        ),
        communication=_role_texts(data, "communication"),
        small_actions=tuple(
            SmallAction(
                _text(raw, "title", f"small_actions[{i}]"),
                _text(raw, "detail", f"small_actions[{i}]"),
            )
            for i, raw in enumerate(_tables(data, "small_actions"))
        ),
        phases=_phases(data),
        duties=_duties(data),
        counselling_signs=tuple(
            CounsellingSign(
                _text(raw, "id", f"counselling_signs[{i}]"),
                _text(raw, "text", f"counselling_signs[{i}]"),
            )
            for i, raw in enumerate(signs)
        ),
        data_signs=MappingProxyType({sign: _data_sign(data_signs, sign) for sign in DataSign}),
        prompts=_prompts(data),
        safety_note=SafetyNote(
            _text(safety, "title", "safety_note"), _text(safety, "text", "safety_note")
        ),
    )
    _unique_ids([s.id for s in guidance.counselling_signs], "counselling_signs")
    return guidance


__all__ = [
    "Accountability",
    "CounsellingSign",
    "DataSignText",
    "Duty",
    "Example",
    "Guidance",
    "GuidanceInvalid",
    "PhaseGuide",
    "SafetyNote",
    "SmallAction",
    "Step",
    "Transparency",
    "TrustBreaker",
    "guidance_path",
    "load_guidance",
    "parse_guidance",
    "prompt_for_day",
    "read_guidance",
]
