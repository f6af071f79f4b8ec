"""Search results as a lazy list model: one page of 50 hits at a time.

Filters (kind, tag, dates, "bring to next session") go to the database with the query:
:class:`SearchPager` passes them to ``Journal.search`` and pages with plain offsets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from trustjournal.domain import EntryFilter
from trustjournal.errors import TrustJournalError
from trustjournal.ui.list_rows import leaf_row_flags
from trustjournal.ui.session import JournalSession
from trustjournal.vault import Journal, SearchHit

PAGE_SIZE = 50
# How much of a body stands in for the snippet when the words matched only the title.
BODY_PREVIEW = 160

_Index = QModelIndex | QPersistentModelIndex
Spans = list[tuple[int, int]]


class SearchPager:
    """Pages of hits for one query and filter, best match first."""

    def __init__(self, journal: Journal, text: str, filters: EntryFilter) -> None:
        self._journal = journal
        self._text = text
        self._filters = filters
        self._offset = 0  # hits read from the journal so far
        self.exhausted = False

    def next_page(self, size: int = PAGE_SIZE) -> list[SearchHit]:
        """The next ``size`` matching hits (fewer at the end, an empty list after it)."""
        if self.exhausted:
            return []
        hits = self._journal.search(self._text, self._filters, limit=size, offset=self._offset)
        self._offset += len(hits)
        self.exhausted = len(hits) < size
        return hits


_BULLET = re.compile(r"(?m)^[ \t]*(?:[-+*]|#{1,6})[ \t]+")


def plain_snippet(text: str, spans: Spans) -> tuple[str, Spans]:
    """``text`` on one line without Markdown marks, with ``spans`` moved to match.

    Line breaks become spaces, runs of spaces become one, and list bullets, heading
    marks, ``*`` and backticks are dropped, so a snippet reads as a calm sentence.
    """
    drop: set[int] = set()
    for match in _BULLET.finditer(text):
        drop.update(range(match.start(), match.end()))
    out: list[str] = []
    where = [0] * (len(text) + 1)  # position in the output of each input position
    for i, char in enumerate(text):
        where[i] = len(out)
        if i in drop or char in "*`":
            continue
        if char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        out.append(char)
    where[len(text)] = len(out)
    plain = "".join(out)
    stripped = plain.rstrip()
    moved = [(min(where[s], len(stripped)), min(where[e], len(stripped))) for s, e in spans]
    lead = len(stripped) - len(stripped.lstrip())
    result = [(max(0, s - lead), max(0, e - lead)) for s, e in moved]
    return stripped.lstrip(), [(s, e) for s, e in result if e > s]


_QUERY_WORD = re.compile(r"(\w+)(\*?)")


def word_spans(text: str, query: str) -> Spans:
    """Where the words of ``query`` occur in ``text`` (whole words; ``word*`` as a prefix).

    The index's own snippet marks the body; a title is short, so its words are found
    here, case-insensitively, the way the search matched them.
    """
    spans: Spans = []
    for word, star in _QUERY_WORD.findall(query):
        pattern = rf"(?<!\w){re.escape(word)}" + ("" if star else r"(?!\w)")
        spans += [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    merged: Spans = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclasses.dataclass(frozen=True, slots=True)
class SearchRow:
    """What the list needs of one hit; the entry's full body is not kept."""

    entry_id: int
    title: str
    title_spans: Spans
    snippet: str
    spans: Spans
    date: dt.date
    kind: str
    session: bool

    @classmethod
    def from_hit(cls, hit: SearchHit, query: str) -> SearchRow:
        text, spans = hit.snippet_spans()
        entry = hit.entry
        if text.strip() == entry.title.strip() or not text.strip():
            # The words matched the title: preview the start of the body instead.
            text, _spans = plain_snippet(entry.body[: BODY_PREVIEW * 2], [])
            if len(text) > BODY_PREVIEW:
                text = text[:BODY_PREVIEW].rsplit(" ", 1)[0] + "…"
            spans = word_spans(text, query)
        else:
            text, spans = plain_snippet(text, spans)
        return cls(
            entry_id=entry.id,
            title=entry.title,
            title_spans=word_spans(entry.title, query),
            snippet=text,
            spans=spans,
            date=entry.date,
            kind=entry.kind.value,
            session=entry.session,
        )


class SearchResultsModel(QAbstractListModel):
    """Hits for the current query and filters, fetched 50 at a time."""

    pageLoaded = Signal()  # after fetchMore, even when it found nothing more

    TitleRole = Qt.ItemDataRole.UserRole + 1
    SnippetRole = Qt.ItemDataRole.UserRole + 2
    SpansRole = Qt.ItemDataRole.UserRole + 3
    EntryIdRole = Qt.ItemDataRole.UserRole + 4
    DateRole = Qt.ItemDataRole.UserRole + 5
    KindRole = Qt.ItemDataRole.UserRole + 6
    TitleSpansRole = Qt.ItemDataRole.UserRole + 7
    SessionRole = Qt.ItemDataRole.UserRole + 8

    def __init__(self, session: JournalSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._text = ""
        self._filters = EntryFilter()
        self._rows: list[SearchRow] = []
        self._pager: SearchPager | None = None
        self.error: str | None = None  # a calm message when the last search failed

    # -- public API -------------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    @property
    def filters(self) -> EntryFilter:
        return self._filters

    def set_query(self, text: str, filters: EntryFilter | None = None) -> None:
        """Search for ``text`` with ``filters`` and load the first page."""
        self.beginResetModel()
        self._text, self._filters = text, filters or EntryFilter()
        self._rows, self._pager, self.error = [], None, None
        if text.strip():
            try:
                self._pager = SearchPager(self._session.journal, text, self._filters)
                self._rows = [SearchRow.from_hit(h, self._text) for h in self._pager.next_page()]
            except TrustJournalError as error:
                self._pager, self.error = None, error.message
            except RuntimeError:  # the session closed underneath us
                self._pager = None
        self.endResetModel()

    def rerun(self) -> None:
        """Search again with the same query (after the journal changed)."""
        self.set_query(self._text, self._filters)

    def clear(self) -> None:
        """Forget the query and every hit (used when the app locks)."""
        self.beginResetModel()
        self._text, self._filters = "", EntryFilter()
        self._rows, self._pager, self.error = [], None, None
        self.endResetModel()

    def entry_id_at(self, row: int) -> int | None:
        return self._rows[row].entry_id if 0 <= row < len(self._rows) else None

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, self.TitleRole):
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}. {row.snippet}"
        values = {
            self.SnippetRole: row.snippet,
            self.SpansRole: row.spans,
            self.TitleSpansRole: row.title_spans,
            self.EntryIdRole: row.entry_id,
            self.KindRole: row.kind,
            self.SessionRole: row.session,
        }
        if role == self.DateRole:
            return QDate(row.date.year, row.date.month, row.date.day)
        return values.get(role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return leaf_row_flags(index)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (self.TitleRole, b"title"),
            (self.SnippetRole, b"snippet"),
            (self.SpansRole, b"spans"),
            (self.EntryIdRole, b"entryId"),
            (self.DateRole, b"date"),
            (self.KindRole, b"kind"),
            (self.TitleSpansRole, b"titleSpans"),
            (self.SessionRole, b"session"),
        ):
            names[role] = QByteArray(name)
        return names

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._pager is not None and not self._pager.exhausted

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._pager is not None
        try:
            page = [SearchRow.from_hit(h, self._text) for h in self._pager.next_page()]
        except TrustJournalError as error:
            self._pager.exhausted, self.error = True, error.message
            page = []
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.pageLoaded.emit()
