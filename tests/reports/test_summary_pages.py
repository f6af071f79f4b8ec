"""Cutting the summary into pages: no lonely headings, fresh pages where promised, and
a year of entries."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import time
from pathlib import Path

import pytest
from summary_checks import pdf_pages, pdf_text, readable

from PySide6.QtGui import QColor

from trustjournal.domain import EntryDraft, Kind
from trustjournal.reports.summary import Period, build_summary
from trustjournal.reports.summary_document import build_document
from trustjournal.reports.summary_pages import SummaryPages, page_image, paper_size
from trustjournal.reports.summary_pdf import write_pdf
from trustjournal.vault import Journal

YEAR = Period(dt.date(2025, 3, 1), dt.date(2026, 2, 28))
BODY = (
    "We walked for a while and I said **what I needed** to say.\n\n"
    "- one small thing\n- another small thing\n\n"
    "It was not easy, and it was not nothing. "
)


def year_of_entries(journal: Journal, count: int) -> list[int]:
    """``count`` flagged entries spread over a year, of mixed lengths and moods."""
    kinds = (Kind.FEELING, Kind.TRIGGER, Kind.NEED, Kind.NOTICED_CHANGE, Kind.REFLECTION)
    drafts = [
        EntryDraft(
            kinds[i % len(kinds)],
            f"Entry {i:04d}: a day to remember",
            BODY * (1 + i % 4),
            YEAR.start + dt.timedelta(days=i * 364 // count),
            mood=1 + (i * 7) % 5,
            session=True,
        )
        for i in range(count)
    ]
    return journal.add_many(drafts)


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(alex: Journal, paper: str) -> None:
    ids = year_of_entries(alex, 120)
    summary = build_summary(alex, YEAR, ids, today=YEAR.end)
    pages = SummaryPages(summary, paper_size(paper))
    built = build_document(summary, pages.geometry.body.width())
    layout = pages.document.documentLayout()
    assert len(built.keep_with_next) >= 120
    for head_number, next_number in built.keep_with_next:
        head = pages.document.findBlockByNumber(head_number)
        follower = pages.document.findBlockByNumber(next_number)
        first_line = follower.layout().lineAt(0)
        head_top = layout.blockBoundingRect(head).top()
        follower_line = layout.blockBoundingRect(follower).top() + first_line.y()
        assert pages.page_of(head_top) == pages.page_of(follower_line), head.text()
    # And no page holds more than fits on it.
    for index in range(pages.page_count):
        assert pages.page_slice(index).height() <= pages.geometry.body.height() + 0.5
    tops = pages.page_tops
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_the_entries_and_the_notes_start_on_pages_of_their_own(
    tmp_path: Path, alex: Journal
) -> None:
    ids = year_of_entries(alex, 6)
    target = tmp_path / "summary.pdf"
    total = write_pdf(build_summary(alex, YEAR, ids, today=YEAR.end), target)
    first_entries = next(
        page for page in range(1, total + 1) if "The entries I chose" in pdf_text(target, page)
    )
    assert "At a glance" not in pdf_text(target, first_entries)
    last = readable(pdf_text(target, total))
    assert "Notes from the session" in last and "Entry 0005" not in last


def test_a_year_of_a_thousand_entries_renders(tmp_path: Path, alex: Journal) -> None:
    ids = year_of_entries(alex, 1000)
    started = time.perf_counter()
    summary = build_summary(alex, YEAR, ids, today=YEAR.end)
    target = tmp_path / "year.pdf"
    total = write_pdf(summary, target)
    seconds = time.perf_counter() - started
    print(f"\n1,000 entries over a year: {total} pages in {seconds:.2f} s")
    assert total == pdf_pages(target) > 150
    assert summary.mood_series()[0] == "week"
    last = readable(pdf_text(target, total - 1))
    assert "Entry 0999" in last or "Entry 0999" in readable(pdf_text(target, total - 2))
    assert f"Page {total} of {total}" in pdf_text(target, total)
    assert seconds < 60  # a generous bound: the benchmark reports the real figure


def test_a_preview_picture_is_the_page(alex: Journal) -> None:
    ids = year_of_entries(alex, 3)
    summary = build_summary(alex, YEAR, ids, today=YEAR.end)
    image, count = page_image(summary, "a4", 0, 420)
    assert count >= 3
    assert image.width() == 420 and abs(image.height() - 594) <= 1
    assert image.pixelColor(3, 3) == QColor("white")
    small = image.scaled(105, 149)
    inked = sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if small.pixelColor(x, y).lightness() < 200
    )
    assert inked > 100
    # Asking past the end shows the last page rather than failing.
    assert page_image(summary, "a4", 99, 100)[1] == count


def test_pictures_of_the_pages_for_a_person_to_look_at(tmp_path: Path, alex: Journal) -> None:
    """With TRUSTJOURNAL_SCREENSHOTS=dir, the pages are saved as PNGs (pdftoppm) to look at."""
    ids = year_of_entries(alex, 14)
    summary = build_summary(
        alex, YEAR, ids, talk_about="How we handle the evenings.", today=YEAR.end
    )
    folder = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    for paper in ("a4", "letter"):
        target = tmp_path / f"summary-{paper}.pdf"
        write_pdf(summary, target, paper)
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(target), str(folder / f"summary-{paper}")],
            check=True,
            timeout=120,
        )
        assert len(list(folder.glob(f"summary-{paper}*.png"))) == pdf_pages(target)


# -- where pages break ---------------------------------------------------------------------


def _column(paragraphs: int, breaks: list[int]):
    from PySide6.QtGui import QTextDocument

    from trustjournal.reports.summary_document import SummaryDocument

    document = QTextDocument()
    document.setPlainText("\n".join(f"line {n}" for n in range(paragraphs)))
    document.setTextWidth(400)
    return SummaryDocument(document, [], [], breaks)


def _line_height(built) -> float:
    return built.document.documentLayout().blockBoundingRect(built.document.begin()).height()


def test_a_section_that_starts_a_page_does_so_after_a_full_page() -> None:
    from trustjournal.reports.summary_pages import _paginate

    built = _column(30, breaks=[10])
    tops, _ = _paginate(built, _line_height(built) * 20.5)
    assert len(tops) == 2  # lines 0-9, then 10-29


def test_a_short_spill_over_shares_its_page_with_the_next_section() -> None:
    from trustjournal.reports.summary_pages import _paginate

    built = _column(40, breaks=[22])
    height = _line_height(built)
    tops, _ = _paginate(built, height * 20.5)
    # Lines 0-19 fill page 1; 20-21 spill over; the section at 22 joins them on page 2
    # instead of leaving a page with two lines on it.
    assert len(tops) == 2
    assert abs(tops[1] - 20 * height) < height / 2


def test_the_label_column_grows_for_a_longer_label_in_another_language() -> None:
    from trustjournal.reports.summary_document import LABEL_COLUMN_PT, _label_column
    from trustjournal.reports.summary_style import SMALL_PT
    from trustjournal.reports.summary_writer import chars

    label = chars(SMALL_PT, bold=True)
    assert _label_column(["Role", "Period", "Rebuilding"], label) == LABEL_COLUMN_PT
    wide = _label_column(["Papel", "Periodo", "Reconstrucción"], label)
    assert wide > LABEL_COLUMN_PT
    assert _label_column(["Reconstrucción" * 2], label) > wide


def test_a_translation_naming_a_missing_value_keeps_it_rather_than_failing() -> None:
    from trustjournal.reports.summary_words import fill

    assert fill("%2 then %1", "one", "two%1") == "two%1 then one"
    assert fill("page %1 of %3", "2") == "page 2 of %3"
