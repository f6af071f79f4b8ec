"""Where in a long entry each of the coach's patterns is worth running.

Running every pattern over a whole long entry is what makes the coach slow, and most
patterns cannot match in most of it: a match contains a piece of each of the
pattern's groups of needed text (``coach_rules.needed_text``), and it looks at no
more than the pattern's reach (``coach_rules.reach``). So a long text is cut into
blocks of about ``BLOCK`` characters, the blocks that hold each piece are found once
among the text's distinct words, and a pattern runs only over the runs of blocks
where a match could start and everything it looks at. That finds exactly what
running it over the whole text finds:

- a match starting in block ``b`` looks at nothing past block ``b + k`` (``k`` blocks
  cover the reach), so it can only start in a block ``b`` where blocks ``b..b+k``
  together hold a piece of every group, and a run that starts at such a block and
  ends ``k`` blocks after the last one sees all it looks at;
- no match starts before a run (those blocks fail the test), so the scan of a run
  starts where a scan of the whole text would be free too.

The reach is worked out assuming no run of more than ``WORD_CAP`` word characters
(apostrophes included) or non-word characters, nor of more than ``SPACE_CAP`` white
space characters; a text with such a run (a 40-letter "word", a wide indent, a line of
dashes) is looked at paragraph by paragraph instead, which is slower and finds the same.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

WORD_CAP = 30  # the longest run of word (or of non-word) characters the reach allows
SPACE_CAP = 8  # the longest run of white space it allows
BLOCK = 400  # characters: about the size of one block
LONG_TEXT = 4000  # characters; above this, pieces are looked up block by block
_SHORT = 2  # characters: pieces this short are taken to be in every block, unlooked-for
_LONG_RUN = re.compile(rf"[\w']{{{WORD_CAP + 1}}}|\W{{{WORD_CAP + 1}}}|\s{{{SPACE_CAP + 1}}}")
_WHITE = re.compile(r"\s")
_WORD_RUN = re.compile(r"\w+")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")

Span = tuple[int, int]


class Stretches:
    """The stretches of one text worth running a pattern over, worked out per pattern."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._bounds: list[Span] = []
        self._by_block = False
        self._words: _Words | None = None
        self._found: dict[str, int] = {}
        if len(text) <= LONG_TEXT:
            return
        self._by_block = _LONG_RUN.search(text) is None
        self._bounds = _blocks(text) if self._by_block else _paragraphs(text)

    def spans_for(
        self, needs: Sequence[Sequence[str]], reach: int | None, looks_back: bool = False
    ) -> list[Span]:
        """Where to run a pattern that needs these pieces and looks this far (``None``:
        no known limit); ``looks_back`` when some pieces may lie in the little stretch
        before a match (its rule's ``after`` context, shorter than a block)."""
        text = self._text
        if len(text) <= LONG_TEXT or not needs:
            present = all(any(piece in text for piece in group) for group in needs)
            return [(0, len(text))] if present else []
        if self._by_block and reach is not None:
            return self._runs(needs, -(-reach // BLOCK), int(looks_back))
        if not self._by_block:
            return self._runs(needs, 0, 0)
        # No known reach: any block may do, so only whether every piece is there at all.
        return [(0, len(text))] if all(self._mask(group) for group in needs) else []

    def _runs(self, needs: Sequence[Sequence[str]], k: int, back: int) -> list[Span]:
        starts = (1 << len(self._bounds)) - 1  # every block, as bits
        every = starts
        for group in needs:
            holding = self._mask(group)
            if holding == every:
                continue
            # A block may start a match if one of the k blocks from it (or the ``back``
            # blocks before it) holds a piece.
            reach_back = holding
            for step in range(1, k + 1):
                reach_back |= holding >> step
            for step in range(1, back + 1):
                reach_back |= holding << step
            starts &= reach_back
            if not starts:
                return []
        bounds, last = self._bounds, len(self._bounds) - 1
        spans: list[Span] = []
        reached = -2  # the last block the previous run covers
        index = 0
        while starts:
            # The next run of starting blocks: its first block and how many there are.
            skip = (starts & -starts).bit_length() - 1
            starts >>= skip
            index += skip
            count = (~starts & (starts + 1)).bit_length() - 1
            starts >>= count
            first, covered = index, min(index + count - 1 + k, last)
            index += count
            if first <= reached + 1:  # neighbouring paragraphs run as one, gap included
                spans[-1] = (spans[-1][0], bounds[covered][1])
            else:
                spans.append((bounds[first][0], bounds[covered][1]))
            reached = covered
        return spans

    def _mask(self, group: Sequence[str]) -> int:
        mask, every = 0, (1 << len(self._bounds)) - 1
        for piece in group:
            if mask == every or len(piece) <= _SHORT:
                return every  # a piece this short is as good as everywhere
            found = self._found.get(piece)
            if found is None:
                if self._words is None:
                    self._words = _Words(self._text, self._bounds)
                found = self._found[piece] = self._words.holding(piece)
            mask |= found
        return mask


def _paragraphs(text: str) -> list[Span]:
    bounds: list[Span] = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _blocks(text: str) -> list[Span]:
    """Blocks of at least ``BLOCK`` characters (the last may be shorter), each ending
    just after a white space character, so no word is cut in two."""
    bounds: list[Span] = []
    start = 0
    while start < len(text):
        space = _WHITE.search(text, start + BLOCK)
        end = len(text) if space is None else space.end()
        bounds.append((start, end))
        start = end
    return bounds


class _Words:
    """The distinct words of a long text, each with the blocks it appears in (as bits)."""

    def __init__(self, text: str, bounds: Sequence[Span]) -> None:
        self._text = text
        blocks: dict[str, int] = {}
        for index, (start, end) in enumerate(bounds):
            bit = 1 << index
            for word in set(_WORD_RUN.findall(text, start, end)):
                blocks[word] = blocks.get(word, 0) | bit
        self._blocks = list(blocks.values())
        self._offsets: list[int] = []
        offset = 0
        for word in blocks:
            self._offsets.append(offset)
            offset += len(word) + 1
        self._joined = "\n".join(blocks)
        self._starts = [start for start, _ in bounds]
        self._every = (1 << len(bounds)) - 1

    def holding(self, piece: str) -> int:
        """The blocks in which ``piece`` appears (inside a word, or as one), as bits."""
        found = 0
        if not piece.isalnum():
            # Rare: a piece with an apostrophe or a hyphen is looked for in the text.
            # A piece that runs over a block's end counts for the block it starts in.
            position = self._text.find(piece)
            while position >= 0:
                found |= 1 << (bisect.bisect_right(self._starts, position) - 1)
                position = self._text.find(piece, position + 1)
            return found
        # A piece of letters and digits only lies within one word.
        joined, offsets = self._joined, self._offsets
        position = joined.find(piece)
        while position >= 0:
            index = bisect.bisect_right(offsets, position) - 1
            found |= self._blocks[index]
            if index + 1 == len(offsets) or found == self._every:
                break
            position = joined.find(piece, offsets[index + 1])
        return found
