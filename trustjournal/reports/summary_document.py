"""The counselling summary as a text document, section by section.

Nothing a partner wrote is ever read as HTML: names, titles and the "what I want to
talk about" text go in as plain text, and entry bodies as Markdown with HTML off
(:mod:`.summary_writer`). The mood chart and the ruled lines for notes are painted into
spaces kept for them; pages, headers and footers are :mod:`.summary_pages`' work.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QTextCharFormat, QTextDocument

from trustjournal.domain.entry import Kind, Role
from trustjournal.reports.summary import CounsellingSummary, SummaryEntry
from trustjournal.reports.summary_chart import MoodChart, chart_words
from trustjournal.reports.summary_notes import RuledLines
from trustjournal.reports.summary_style import ACCENT, BODY_PT, SMALL_PT, SOFT_INK
from trustjournal.reports.summary_words import (
    count_entries,
    fill,
    kind_label,
    long_date,
    mood_label,
    outcome_label,
    period_text,
    phase_label,
    role_label,
    shared_label,
)
from trustjournal.reports.summary_writer import Drawing, SummaryWriter, chars, new_document

LABEL_COLUMN_PT = 72.0
LABEL_GAP_PT = 10.0


@dataclasses.dataclass
class SummaryDocument:
    """The text of one summary, with what pagination needs to know."""

    document: QTextDocument
    # (heading block, block after it): a heading must share a page with that block's
    # first line, so no title is left alone at the foot of a page.
    keep_with_next: list[tuple[int, int]]
    # (block holding the kept space, what to paint there)
    drawings: list[tuple[int, Drawing]]
    # paragraphs that always start a new page
    page_breaks: list[int]


def build_document(summary: CounsellingSummary, text_width: float) -> SummaryDocument:
    """The whole summary, laid out ``text_width`` layout units wide."""
    document = new_document()
    document.setTextWidth(text_width)
    out = SummaryWriter(document)
    _title(out, summary)
    _talk_about(out, summary)
    _last_session(out, summary)
    if not summary.is_empty:
        _at_a_glance(out, summary)
        _mood(out, summary)
        _role_section(out, summary)
        _entries(out, summary)
    _notes(out)
    return SummaryDocument(document, out.keep, out.drawings, out.page_breaks)


def _title(out: SummaryWriter, summary: CounsellingSummary) -> None:
    out.paragraph(
        QCoreApplication.translate("CounsellingSummary", "Counselling summary"),
        chars(22, bold=True),
        out.block(0, 2),
    )
    out.paragraph(summary.name, chars(14), out.block(2, 10))
    rows = [
        (QCoreApplication.translate("CounsellingSummary", "Role"), role_label(summary.role)),
        (
            QCoreApplication.translate("CounsellingSummary", "Period"),
            period_text(summary.period.start, summary.period.end),
        ),
        (
            QCoreApplication.translate("CounsellingSummary", "Rebuilding"),
            fill(
                QCoreApplication.translate("CounsellingSummary", "since %1 — %2"),
                long_date(summary.since),
                phase_label(summary.phase),
            ),
        ),
    ]
    if summary.next_session is not None:
        rows.append(
            (
                QCoreApplication.translate("CounsellingSummary", "Next session"),
                long_date(summary.next_session, weekday=True),
            )
        )
    label_format = chars(SMALL_PT, bold=True, colour=SOFT_INK)
    column = _label_column([label for label, _value in rows], label_format)
    for label, value in rows:
        out.start_block(out.hanging_block(column, out.block(0, 3, 120)))
        out.cursor.insertText(label + "\t", label_format)
        out.cursor.insertText(value, chars(BODY_PT))
    _privacy_panel(out, summary)


def _label_column(labels: list[str], label_format: QTextCharFormat) -> float:
    """Wide enough in points for the longest label ("Reconstrucción" is longer than "Role")."""
    at_72_dpi = QImage(1, 1, QImage.Format.Format_RGB32)
    at_72_dpi.setDotsPerMeterX(round(72 / 0.0254))
    at_72_dpi.setDotsPerMeterY(round(72 / 0.0254))
    metrics = QFontMetricsF(label_format.font(), at_72_dpi)
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
    return max(LABEL_COLUMN_PT, widest + LABEL_GAP_PT)


def _privacy_panel(out: SummaryWriter, summary: CounsellingSummary) -> None:
    if summary.is_empty:
        out.panel(
            QCoreApplication.translate(
                "CounsellingSummary",
                "No entries were chosen for this period, so this summary has no entries to "
                "show. That is all right: you can still bring whatever is on your mind.",
            )
        )
        return
    chosen = len(summary.entries) + (summary.last_session is not None)
    out.panel(
        fill(
            QCoreApplication.translate(
                "CounsellingSummary",
                "This summary is private. It holds only the %1 that %2 chose to bring to "
                "this session; nothing else from the journal is in it. The counts and the "
                "mood chart are worked out from these chosen entries alone.",
            ),
            count_entries(chosen),
            summary.name,
        )
    )


def _talk_about(out: SummaryWriter, summary: CounsellingSummary) -> None:
    if not summary.talk_about:
        return
    out.heading(QCoreApplication.translate("CounsellingSummary", "What I want to talk about"))
    out.body(summary.talk_about)


def _last_session(out: SummaryWriter, summary: CounsellingSummary) -> None:
    last = summary.last_session
    if last is None:
        return
    out.heading(QCoreApplication.translate("CounsellingSummary", "From the last session"))
    out.small(f"{last.entry.title} · {long_date(last.entry.date, weekday=True)}")
    note = last.note
    if note is None:
        out.markdown(last.entry.body)
        return
    if note.takeaways:
        out.label(QCoreApplication.translate("CounsellingSummary", "What I took away"))
        out.markdown(note.takeaways)
    if note.homework:
        out.label(QCoreApplication.translate("CounsellingSummary", "What we agreed to try"))
        out.markdown(note.homework)


def _at_a_glance(out: SummaryWriter, summary: CounsellingSummary) -> None:
    out.heading(QCoreApplication.translate("CounsellingSummary", "At a glance"))
    out.small(
        QCoreApplication.translate(
            "CounsellingSummary",
            "These counts are of the entries chosen for this summary, not of the whole journal.",
        )
    )
    for kind, count in summary.counts:
        out.bullet(kind_label(kind), count_entries(count))
    if summary.shared_count:
        out.bullet(
            QCoreApplication.translate("CounsellingSummary", "Shared with me"),
            count_entries(summary.shared_count),
        )


def _mood(out: SummaryWriter, summary: CounsellingSummary) -> None:
    out.heading(QCoreApplication.translate("CounsellingSummary", "Mood"))
    step, points = summary.mood_series()
    if not points:
        out.body(
            QCoreApplication.translate(
                "CounsellingSummary",
                "None of the chosen entries has a mood, so there is no chart this time.",
            ),
            soft=True,
        )
        return
    out.space(MoodChart(summary.period, step, points), out.block(2, 4))
    if step == "week":
        legend = QCoreApplication.translate(
            "CounsellingSummary",
            "Each point is the average mood, for one week, of the chosen entries that "
            "have one, from 1 (low) to 5 (good).",
        )
    else:
        legend = QCoreApplication.translate(
            "CounsellingSummary",
            "Each point is the mood of the chosen entries of one day, from 1 (low) to "
            "5 (good); a day with several is their average.",
        )
    out.small(legend)
    out.small(
        fill(
            QCoreApplication.translate("CounsellingSummary", "The points: %1."),
            chart_words(step, points),
        )
    )


def _role_section(out: SummaryWriter, summary: CounsellingSummary) -> None:
    if summary.role is Role.REPAIRING:
        out.heading(QCoreApplication.translate("CounsellingSummary", "Promises and how they went"))
        if not summary.promises:
            out.body(
                QCoreApplication.translate(
                    "CounsellingSummary", "None of the chosen entries is a promise."
                ),
                soft=True,
            )
            return
        out.small(
            " · ".join(
                fill(
                    QCoreApplication.translate("CounsellingSummary", "%1: %2"),
                    outcome_label(o).capitalize(),
                    str(n),
                )
                for o, n in summary.outcomes
            )
        )
        for promise in summary.promises:
            out.bullet(promise.title, _promise_detail(promise))
        return
    out.heading(QCoreApplication.translate("CounsellingSummary", "Changes I noticed"))
    _titles(
        out,
        summary.noticed_changes,
        QCoreApplication.translate(
            "CounsellingSummary", "None of the chosen entries is a noticed change."
        ),
    )
    out.heading(QCoreApplication.translate("CounsellingSummary", "Questions I still have"))
    _titles(
        out,
        summary.open_questions,
        QCoreApplication.translate(
            "CounsellingSummary", "None of the chosen entries is a question."
        ),
    )


def _titles(out: SummaryWriter, entries: tuple[SummaryEntry, ...], none: str) -> None:
    if not entries:
        out.body(none, soft=True)
    for entry in entries:
        out.bullet(entry.title, long_date(entry.date))


def _promise_detail(promise: SummaryEntry) -> str:
    if promise.due is not None:
        return fill(
            QCoreApplication.translate("CounsellingSummary", "due %1, %2"),
            long_date(promise.due),
            outcome_label(promise.outcome),
        )
    return outcome_label(promise.outcome)


def _meta(entry: SummaryEntry) -> str:
    parts = [kind_label(entry.kind), long_date(entry.date, weekday=True)]
    if entry.mood is not None:
        parts.append(mood_label(entry.mood))
    if entry.emotions:
        parts.append(", ".join(entry.emotions))
    if entry.kind is Kind.PROMISE and not entry.shared:
        parts.append(_promise_detail(entry))
    return " · ".join(parts)


def _entries(out: SummaryWriter, summary: CounsellingSummary) -> None:
    if not summary.entries:
        return
    out.heading(
        QCoreApplication.translate("CounsellingSummary", "The entries I chose"), new_page=True
    )
    for number, entry in enumerate(summary.entries):
        block = out.block(4 if number == 0 else 18, 1)
        block.setAlignment(Qt.AlignmentFlag.AlignLeading)
        out.paragraph(entry.title, chars(12, bold=True), block)
        out.keep_next()
        out.paragraph(_meta(entry), chars(SMALL_PT, colour=SOFT_INK), out.block(0, 4, 120))
        out.keep_next()
        if entry.shared and entry.shared_by is not None and entry.shared_on is not None:
            out.paragraph(
                shared_label(entry.shared_by, entry.shared_on),
                chars(SMALL_PT, bold=True, colour=ACCENT),
                out.block(0, 4, 120),
            )
            out.keep_next()
        if entry.body.strip():
            out.markdown(entry.body)


def _notes(out: SummaryWriter) -> None:
    out.heading(
        QCoreApplication.translate("CounsellingSummary", "Notes from the session"), new_page=True
    )
    out.small(
        QCoreApplication.translate(
            "CounsellingSummary", "Room to write during or after the session."
        )
    )
    out.space(RuledLines(), out.block(6, 0))
