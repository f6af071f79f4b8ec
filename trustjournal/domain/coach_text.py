"""The text the coach reads: folded and lowered, with its sentences and quotations.

Every change made here keeps one character for one, so an index into the text the coach
reads is an index into the text the person wrote. Accented vowels are read without their
accent ("perdón" and "perdon" alike, since people type both), so the rules are written
without accents; "ñ" and "ç" are letters of their own and stay.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

# Typographic apostrophes, quotes and spaces read as plain ones.
_FOLD = {
    **dict.fromkeys("\u2019\u2018\u201b\u02bc\u2032\u00b4`\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
    **dict.fromkeys("\u00a0\u2007\u202f", " "),
    **dict.fromkeys("\u2010\u2011", "-"),
}
# Accented vowels (already lowered) read as plain ones: one character for one.
_ACCENTS = {
    **dict.fromkeys("áàâä", "a"),
    **dict.fromkeys("éèêë", "e"),
    **dict.fromkeys("íìîï", "i"),
    **dict.fromkeys("óòôö", "o"),
    **dict.fromkeys("úùûü", "u"),
}
_SENTENCE_ENDS = ".!?;\n\u2026"
_CONTEXT = 160  # how far (in characters) a guard looks before or after the words
_QUOTE_REACH = 400  # how far along the line to look for the quotation marks around words
_SINGLE_OPEN = re.compile(r"(?<!\w)'(?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=\w)'(?!\w)")
_DOUBLE = re.compile('"')
_WORD_CHAR = re.compile(r"\w")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def read(text: str) -> str:
    """``text`` as the rules see it: plain apostrophes and quotes, lower case, vowels
    without accents."""
    folded = text
    for typographic, plain in _FOLD.items():
        # str.replace only for what is there: several times faster than str.translate.
        if typographic in folded:
            folded = folded.replace(typographic, plain)
    lowered = folded.lower()
    if len(lowered) != len(folded):
        # A few characters lower to two ("İ"); those stay as they are.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)
    if lowered.isascii():
        return lowered
    for accented, plain in _ACCENTS.items():
        if accented in lowered:
            lowered = lowered.replace(accented, plain)
    return lowered


def whole_word_matches(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text[start:end]`` that begin at the start of a word.

    The start is checked here rather than with a lookbehind in the pattern: a pattern
    that begins with plain letters lets the regex engine skip ahead quickly, which
    makes the coach several times faster on long entries.
    """
    position = start
    while position <= end:
        match = pattern.search(text, position, end)
        if match is None:
            return
        found = match.start()
        if found > 0 and _WORD_CHAR.match(text, found - 1):
            position = found + 1
            continue
        if "\n" in text[found : match.end()]:
            # A note never runs over a blank line: match again within the paragraph.
            gap = _PARAGRAPH_BREAK.search(text, found, match.end())
            if gap is not None:
                kept = pattern.match(text, found, gap.start())
                if kept is None:
                    position = found + 1
                    continue
                match = kept
        yield match
        position = max(match.end(), found + 1)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the guards look: from the sentence's start (or a little before ``start``)
    to a little after ``end``."""
    low = max(0, start - _CONTEXT)
    sentence_start = max(text.rfind(mark, low, start) for mark in _SENTENCE_ENDS) + 1
    return max(low, sentence_start), min(len(text), end + _CONTEXT)


def context_before(text: str, start: int) -> int:
    """Where the stretch a rule's ``after`` context is looked for begins: up to a little
    before ``start``, across sentences but never across a blank line."""
    low = max(0, start - _CONTEXT)
    for gap in _PARAGRAPH_BREAK.finditer(text, low, start):
        low = gap.end()
    return low


class QuoteMarks:
    """Where the quotation marks of one text are, found once and only when needed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: tuple[list[int], list[int], list[int]] | None = None

    def _marks(self) -> tuple[list[int], list[int], list[int]]:
        if self._found is None:
            text = self.text
            self._found = (
                [m.start() for m in _DOUBLE.finditer(text)],
                [m.start() for m in _SINGLE_OPEN.finditer(text)],
                [m.start() for m in _SINGLE_CLOSE.finditer(text)],
            )
        return self._found

    def around(self, start: int) -> bool:
        """Whether ``start`` is inside a quotation that the writer is talking about.

        Quoting a phrase ("I used to say 'you're overreacting'", "“I already apologised”
        is not an answer") is describing it, not saying it. A quotation with nothing
        around it may be a draft of what to say, so it is still read.
        """
        text = self.text
        if '"' not in text and "'" not in text:
            return False
        low = max(0, start - _QUOTE_REACH)
        line_start = max(low, text.rfind("\n", low, start) + 1)
        line_end = text.find("\n", start, start + _QUOTE_REACH)
        line_end = min(len(text), start + _QUOTE_REACH) if line_end < 0 else line_end
        doubles, opens, closes = self._marks()
        here = bisect.bisect_left(doubles, start)
        if (here - bisect.bisect_left(doubles, line_start)) % 2:
            opener = doubles[here - 1]
            closer = doubles[here] if here < len(doubles) and doubles[here] < line_end else -1
        else:
            opened = bisect.bisect_left(opens, start)
            closed = bisect.bisect_left(closes, start)
            still_open = opened - bisect.bisect_left(opens, line_start)
            if still_open <= closed - bisect.bisect_left(closes, line_start):
                return False
            opener = opens[opened - 1]
            closer = closes[closed] if closed < len(closes) and closes[closed] < line_end else -1
        around = text[line_start:opener] + (text[closer + 1 : line_end] if closer >= 0 else "")
        return bool(around.strip(" \t\"'()[]-.,;:!?\u2014\u2013\u2026"))
