"""The accountability coach: gentle notes on wording that deflects instead of owning.

The rules are data (``resources/coach/<language>.toml``): for each category of
deflecting wording — "sorry if…", "sorry you feel…", "it was only…", "you made me…",
"can't we just move on", "I already apologised", "I'm sorry, but…", "how hard this has
been for me" — a set of patterns, a one-line reason and an accountable way to say it
instead. The patterns describe structures rather than set phrases (an apology whose
object is the partner's feeling, the partner as the subject of a cause, an obligation
laid on their healing…), with guards for owning sentences that use the same words.
The checker is local, rule-based and pure: it reads its own file once and never
stores or sends the text.

A finding's ``start`` and ``end`` are Python ``str`` indices (code points) into the text
that was checked, so ``text[finding.start:finding.end]`` is always the marked words,
whatever emoji or accents the text holds.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any

from trustjournal import paths
from trustjournal.domain import coach_text
from trustjournal.domain.coach_rules import Category, CoachDataInvalid, Rule, build_rules, fail
from trustjournal.domain.coach_scan import Stretches

__all__ = [
    "Category",
    "Coach",
    "CoachDataInvalid",
    "Finding",
    "check",
    "load_coach",
]

DEFAULT_LANGUAGE = "en"
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


@dataclasses.dataclass(frozen=True, slots=True)
class Finding:
    """One piece of wording to look at again: which words, why, and what to say instead."""

    category: str
    start: int
    end: int
    message: str
    suggestion: str

    def to_json(self) -> dict[str, object]:
        """The finding as the command line's ``--json`` shows it."""
        return dataclasses.asdict(self)


class Coach:
    """Checks text against one language's rules; build it with :func:`load_coach`."""

    def __init__(self, categories: Sequence[Category], rules: Sequence[Rule]) -> None:
        self._categories = tuple(categories)
        self._rules = tuple(rules)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], source: str = "the coach's wording file") -> Coach:
        """Build a coach from parsed TOML, checking every field and pattern first.

        Raises :class:`CoachDataInvalid` naming the category and pattern at fault.
        """
        return cls(*build_rules(data, source))

    @property
    def categories(self) -> tuple[Category, ...]:
        """The categories, most specific first (the order of the data file)."""
        return self._categories

    def category(self, category_id: str) -> Category:
        """The category with this id (``KeyError`` if there is none)."""
        for category in self._categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The compiled patterns, in the order of the data file."""
        return self._rules

    def check(self, text: str) -> list[Finding]:
        """The wording in ``text`` worth another look, sorted by position, never overlapping.

        A note never runs over a blank line between paragraphs.
        """
        if not text:
            return []
        reading = coach_text.read(text)
        quotes = coach_text.QuoteMarks(reading)
        stretches = Stretches(reading)
        found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
        for rule in self._rules:
            looks_back = rule.only_after is not None
            for start, end in stretches.spans_for(rule.needs, rule.reach, looks_back):
                for match in coach_text.whole_word_matches(rule.pattern, reading, start, end):
                    span = _marked_span(reading, match, rule)
                    if span is not None:
                        found.append((rule.priority, span[0], span[1], rule, match))
        # Where notes would overlap, the first-listed category is kept (then the earlier,
        # then the longer note), so the guards only need to read words still in the running.
        found.sort(key=lambda c: (c[0], c[1], -c[2]))
        kept = _Kept()
        for _, start, end, rule, match in found:
            if kept.overlaps(start, end):
                continue
            if not _excused(quotes, match, start, rule):
                kept.add(start, end, rule.category)
        return kept.findings()


def _marked_span(text: str, match: re.Match[str], rule: Rule) -> tuple[int, int] | None:
    """The words to mark, or ``None`` when the rule's context is not there.

    A rule anchored on a rare word needs its context just before the match (its
    ``after`` pattern), and may mark from the start of that context's ``mark`` group
    ("you're making this … bigger than it was").
    """
    start, end = match.span()
    if "mark" in match.re.groupindex and match.group("mark") is not None:
        start, end = match.span("mark")
    if rule.only_after is not None:
        offset = coach_text.context_before(text, match.start())
        context = rule.only_after.search(text, offset, match.start())
        if context is None:
            return None
        if "mark" in context.re.groupindex and context.group("mark") is not None:
            start = min(start, context.start("mark"))
    return _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or text[start] in ",;:-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-"):
        end -= 1
    return (start, end) if end > start else None


def _excused(
    quotes: coach_text.QuoteMarks, match: re.Match[str], mark_start: int, rule: Rule
) -> bool:
    """Whether the words are quoted, or a guard says they are being owned or refused."""
    if quotes.around(mark_start):
        return True
    text = quotes.text
    sentence_start, after_end = coach_text.sentence_around(text, match.start(), match.end())
    before = text[sentence_start : match.start()]
    if any(guard.search(before) for guard in rule.unless_after):
        return True
    after = text[match.end() : after_end]
    return any(guard.match(after) for guard in rule.unless_before)


class _Kept:
    """The notes kept so far, in order of position, none overlapping another."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._categories: list[Category] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start..end`` would overlap a note already kept."""
        index = bisect.bisect_left(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return True
        return index < len(self._starts) and self._starts[index] < end

    def add(self, start: int, end: int, category: Category) -> None:
        """Keep a note (it must not overlap one already kept)."""
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        self._categories.insert(index, category)

    def findings(self) -> list[Finding]:
        """The kept notes as findings, by position."""
        return [
            Finding(c.id, start, end, c.message, c.suggestion)
            for start, end, c in zip(self._starts, self._ends, self._categories, strict=True)
        ]


def load_coach(language: str = DEFAULT_LANGUAGE) -> Coach:
    """The coach for ``language`` (English when there are no rules in that language yet).

    Read once and kept. Raises :class:`CoachDataInvalid` if the file is damaged.
    """
    if not _LANGUAGE.fullmatch(language):
        language = DEFAULT_LANGUAGE
    if language != DEFAULT_LANGUAGE and not paths.resource("coach", f"{language}.toml").is_file():
        language = DEFAULT_LANGUAGE
    return _load(language)


@functools.cache
def _load(language: str) -> Coach:
    path = paths.resource("coach", f"{language}.toml")
    source = f"coach/{path.name}"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise fail(source, "the file cannot be read") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise fail(source, f"it is not valid TOML ({error})") from None
    return Coach.from_data(data, source)


def check(text: str) -> list[Finding]:
    """The default (English) coach's findings for ``text``; see :meth:`Coach.check`."""
    return load_coach().check(text)
