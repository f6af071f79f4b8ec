"""Reading the coach's rules: checking the data file and compiling its patterns.

The rules file is data written by people, so every field is checked and a problem is
reported naming the category and the pattern at fault. Patterns are prepared for speed:
written with spaces and ``{words}``, they are expanded, lowered (the text is lowered
too) and given a cheap "can this match at all?" test (:func:`needed_text`) and a bound
on how far a match can reach (:func:`reach`), so long entries are read in blocks.
A pattern may be anchored on its rarest word, with the context it needs just before
it (``{ pattern = …, after = … }``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from trustjournal.domain.coach_scan import SPACE_CAP, WORD_CAP
from trustjournal.errors import QT_TRANSLATE_NOOP, TrustJournalError

_CATEGORY_ID = re.compile(r"[a-z][a-z_]*")
_WORD = re.compile(r"\{([a-z_]+)\}")
_CATEGORY_KEYS = {"name", "message", "suggestion", "patterns", "unless_after", "unless_before"}


class CoachDataInvalid(TrustJournalError):
    """The coach's wording file is missing, malformed, or has a pattern that cannot work."""

    default_message = QT_TRANSLATE_NOOP("Errors", "The coach's wording notes could not be read.")


@dataclasses.dataclass(frozen=True, slots=True)
class Category:
    """A kind of deflecting wording, with its reason and its accountable alternative."""

    id: str
    name: str
    message: str
    suggestion: str


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """One compiled pattern of a category, with the guards that excuse its matches."""

    category: Category
    priority: int  # the category's place in the file: lower wins where notes overlap
    pattern: re.Pattern[str]
    needs: tuple[tuple[str, ...], ...]  # a match has a piece of each group of text
    unless_after: tuple[re.Pattern[str], ...]
    unless_before: tuple[re.Pattern[str], ...]
    # When set, the words count only if this is found in the text just before them
    # (a little way back, never over a blank line; the pattern says if it must be in
    # the same sentence): a structure can be anchored on its rarest part ("by now",
    # "but") and still need its context ("I thought you'd…", "I'm sorry…").
    only_after: re.Pattern[str] | None = None
    reach: int | None = None  # how far a match looks from its start (None: no known limit)


def fail(source: str, problem: str) -> CoachDataInvalid:
    """The error for ``problem`` in the rules read from ``source``."""
    return CoachDataInvalid(
        QT_TRANSLATE_NOOP("Errors", "The coach's wording notes (%1) have a problem: %2."),
        source,
        problem,
    )


def _expand(
    pattern: str, words: Mapping[str, str], problem: Callable[[str], CoachDataInvalid]
) -> str:
    for _ in range(12):
        names = _WORD.findall(pattern)
        if not names:
            return _spaces_as_whitespace(pattern)
        for name in names:
            if name not in words:
                raise problem(f"it uses {{{name}}}, which is not in [words]")
        pattern = _WORD.sub(lambda m: words[m.group(1)], pattern)
    raise problem("its [words] refer to each other in a circle")


def _spaces_as_whitespace(pattern: str) -> str:
    """Each space outside a character class becomes ``\\s+`` (any run of white space)."""
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == " " and not in_class:
            out.append(r"\s+")
            continue
        out.append(char)
    return "".join(out)


def _lower_pattern(pattern: str) -> str:
    """``pattern`` with its letters in lower case, escapes (``\\W``, ``\\S``…) untouched.

    Text is lowered before matching, which is much faster than matching without
    regard to case.
    """
    out: list[str] = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


def _compile(
    pattern: str, words: Mapping[str, str], where: str, source: str, *, guard: bool = False
) -> re.Pattern[str]:
    def problem(text: str) -> CoachDataInvalid:
        return fail(source, f"{where} (“{pattern}”): {text}")

    if not isinstance(pattern, str) or not pattern.strip():
        raise fail(source, f"{where} is empty or is not text")
    expanded = _lower_pattern(_expand(pattern, words, problem))
    try:
        # Guards run only beside a match, so they can afford the lookbehind.
        start = r"(?<!\w)" if guard else ""
        compiled = re.compile(rf"{start}(?:{expanded})(?!\w)")
    except re.error as error:
        raise problem(f"it is not a valid pattern ({error})") from None
    if compiled.fullmatch(""):
        raise problem("it matches empty text, so it would mark nothing")
    return compiled


def _text(table: Mapping[str, Any], key: str, category_id: str, source: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(source, f"the category “{category_id}” has no {key}")
    return value.strip()


def _patterns(
    table: Mapping[str, Any], key: str, category_id: str, words: Mapping[str, str], source: str
) -> tuple[re.Pattern[str], ...]:
    values = table.get(key, [])
    if not isinstance(values, list):
        raise fail(source, f"{key} of “{category_id}” is not a list")
    return tuple(
        _compile(value, words, f"{key} {number} of “{category_id}”", source, guard=True)
        for number, value in enumerate(values, start=1)
    )


_Anchored = tuple[re.Pattern[str], re.Pattern[str] | None]


def _anchored_patterns(
    table: Mapping[str, Any], category_id: str, words: Mapping[str, str], source: str
) -> tuple[_Anchored, ...]:
    """The category's patterns: plain text, or ``{ pattern = …, after = … }``."""
    values = table.get("patterns", [])
    if not isinstance(values, list):
        raise fail(source, f"patterns of “{category_id}” is not a list")
    found: list[_Anchored] = []
    for number, value in enumerate(values, start=1):
        where = f"patterns {number} of “{category_id}”"
        after: re.Pattern[str] | None = None
        if isinstance(value, Mapping):
            if set(value) - {"pattern", "after"} or "after" not in value:
                raise fail(source, f"{where} must have just “pattern” and “after”")
            after = _compile(value["after"], words, f"{where} (after)", source, guard=True)
            value = value.get("pattern")
        found.append((_compile(value, words, where, source), after))
    return tuple(found)


def build_rules(data: Mapping[str, Any], source: str) -> tuple[list[Category], list[Rule]]:
    """Check parsed TOML and compile it; raises :class:`CoachDataInvalid` on any problem."""
    unknown = set(data) - {"words", "categories"}
    if unknown:
        raise fail(source, f"unknown section “{sorted(unknown)[0]}”")
    words = data.get("words", {})
    if not isinstance(words, Mapping) or not all(isinstance(v, str) and v for v in words.values()):
        raise fail(source, "every entry in [words] must be a non-empty text")
    tables = data.get("categories")
    if not isinstance(tables, Mapping) or not tables:
        raise fail(source, "there are no categories")
    categories: list[Category] = []
    rules: list[Rule] = []
    for priority, (category_id, table) in enumerate(tables.items()):
        if not _CATEGORY_ID.fullmatch(category_id) or not isinstance(table, Mapping):
            raise fail(source, f"“{category_id}” is not a valid category")
        extra = set(table) - _CATEGORY_KEYS
        if extra:
            raise fail(source, f"the category “{category_id}” has an unknown key “{min(extra)}”")
        category = Category(
            category_id,
            _text(table, "name", category_id, source),
            _text(table, "message", category_id, source),
            _text(table, "suggestion", category_id, source),
        )
        patterns = _anchored_patterns(table, category_id, words, source)
        if not patterns:
            raise fail(source, f"the category “{category_id}” has no patterns")
        after = _patterns(table, "unless_after", category_id, words, source)
        before = _patterns(table, "unless_before", category_id, words, source)
        categories.append(category)
        rules += [
            Rule(category, priority, p, _needs(p, only), after, before, only, reach(p))
            for p, only in patterns
        ]
    _tree.cache_clear()  # the parse trees were only needed while building
    return categories, rules


# -- a quick test before each pattern's scan ---------------------------------------------------


def _needs(
    pattern: re.Pattern[str], only_after: re.Pattern[str] | None
) -> tuple[tuple[str, ...], ...]:
    # What must come just before is in the same paragraph too.
    needs = needed_text(pattern)
    if only_after is not None:
        needs = tuple(sorted(set(needs + needed_text(only_after)), key=_rarest_first))
    return needs


_Pieces = frozenset[str]


@functools.lru_cache(maxsize=1024)
def _tree(pattern: str, flags: int) -> Any:
    """A pattern's parse tree (Python's own parser), read once for both uses below."""
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, flags)


def needed_text(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Groups of text pieces: every match of ``pattern`` contains one piece of each group.

    Looking for a few words with ``in`` is far cheaper than running a pattern over a
    long entry, so a pattern with a group whose pieces are all absent is not run at
    all. Worked out from the pattern's parse tree (Python's own parser); when that is
    not possible there are no groups and the pattern always runs, so this can never
    hide a finding. The likeliest-to-be-absent group comes first.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        groups = _required(_tree(pattern.pattern, pattern.flags), _parser)
    except Exception:  # an internal parser that changed: simply do without the test
        return ()
    groups.sort(key=_rarity, reverse=True)
    return tuple(tuple(sorted(group)) for group in groups)


def _rarest_first(group: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
    length, choices = _rarity(frozenset(group))
    return -length, -choices, group


def _rarity(group: AbstractSet[str]) -> tuple[int, int]:
    # Long words are rarer than short ones; one choice is rarer than several.
    return min(map(len, group)), -len(group)


def _required(items: Any, parser: Any) -> list[_Pieces]:
    """Every "one of these" group that a match of this sequence of items must meet."""
    groups: list[_Pieces] = []
    run: list[str] = []
    for op, value in items:
        if op is parser.LITERAL:
            run.append(chr(value))
            continue
        if run:
            groups.append(frozenset({"".join(run)}))
            run = []
        groups += _required_of(op, value, parser)
    if run:
        groups.append(frozenset({"".join(run)}))
    return groups


def _required_of(op: Any, value: Any, parser: Any) -> list[_Pieces]:
    if op is parser.SUBPATTERN:
        return _required(value[-1], parser)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and value[0] >= 1:
        return _required(value[2], parser)
    if op is parser.BRANCH:
        # One alternative is enough, so each gives its rarest group, and any will do.
        union: set[str] = set()
        for branch in value[1]:
            groups = _required(branch, parser)
            if not groups:
                return []
            union |= max(groups, key=_rarity)
        return [frozenset(union)]
    return []


# -- how far a match looks ---------------------------------------------------------------------


def reach(pattern: re.Pattern[str]) -> int | None:
    """How many characters from its start a match of ``pattern`` can consume or look
    ahead at, in text without a run of more than ``WORD_CAP`` word characters (with
    apostrophes) or non-word characters, or of more than ``SPACE_CAP`` white space
    characters; ``None`` when that has no limit (or cannot be worked out).

    Generous by design: every branch counts at its longest and every lookahead in full.
    """
    try:
        from re import _constants  # type: ignore[attr-defined]

        found = _reach(_tree(pattern.pattern, pattern.flags), _constants)
    except Exception:  # an internal parser that changed: no known limit
        return None
    return found


def _reach(items: Any, c: Any) -> int | None:
    total = 0
    for op, value in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN, c.CATEGORY):
            total += 1
            continue
        if op is c.AT:
            continue
        if op is c.SUBPATTERN:
            part = _reach(value[-1], c)
        elif op is c.BRANCH:
            parts = [_reach(branch, c) for branch in value[1]]
            part = None if None in parts else max(p for p in parts if p is not None)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            _, most, repeated = value
            if most is c.MAXREPEAT:
                # Unbounded: only a run of one kind of character, which the text limits.
                part = _cap(repeated[0], c) if len(repeated) == 1 else None
            else:
                one = _reach(repeated, c)
                part = None if one is None else most * one
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, inside = value
            part = _reach(inside, c) if direction == 1 else 0  # lookbehinds look back
        else:
            return None
        if part is None:
            return None
        total += part
    return total


def _cap(item: tuple[Any, Any], c: Any) -> int | None:
    """How long a run of the characters ``item`` matches can be: white space up to
    ``SPACE_CAP``; word characters and apostrophes, or non-word characters, up to
    ``WORD_CAP``; ``None`` for a mix the text does not limit."""
    op, value = item
    members = [(c.LITERAL, value)] if op is c.LITERAL else value if op is c.IN else None
    if members is None:
        return None
    kinds = {"space", "word", "non-word"}
    for member_op, member in members:
        if member_op is c.LITERAL:
            kinds &= _kinds(chr(member))
        elif member_op is c.RANGE:
            for code in range(member[0], member[1] + 1):
                kinds &= _kinds(chr(code))
        elif member_op is c.CATEGORY and member == c.CATEGORY_WORD:
            kinds &= {"word"}
        elif member_op is c.CATEGORY and member == c.CATEGORY_SPACE:
            kinds &= {"space", "non-word"}
        elif member_op is c.CATEGORY and member == c.CATEGORY_NOT_WORD:
            kinds &= {"non-word"}
        else:
            return None
    if "space" in kinds:
        return SPACE_CAP
    return WORD_CAP if kinds else None


def _kinds(char: str) -> set[str]:
    kinds = set()
    if char.isspace():
        kinds.add("space")
    if char.isalnum() or char in "_'":
        kinds.add("word")
    if not (char.isalnum() or char == "_"):
        kinds.add("non-word")
    return kinds
