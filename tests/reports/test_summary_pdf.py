"""The summary as a PDF, read back with pdftotext: what is in it, and what never is."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from summary_checks import SHARED_BODY, SHARED_TITLE, pdf_page_size, pdf_pages, pdf_text, readable

from PySide6.QtPrintSupport import QPrinter

from trustjournal.domain import EntryDraft, Kind
from trustjournal.errors import InvalidInput
from trustjournal.reports.summary import CounsellingSummary, Period, build_summary
from trustjournal.reports.summary_chart import chart_words
from trustjournal.reports.summary_pdf import (
    SummaryNotPrinted,
    SummaryNotSaved,
    pdf_bytes,
    print_to,
    write_pdf,
)
from trustjournal.services import sharing
from trustjournal.vault import Journal

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
TODAY = dt.date(2026, 3, 31)
UNCHOSEN = ("zephyrquill", "marrowbloom", "quokkastride")


def day(number: int) -> dt.date:
    return dt.date(2026, 3, number)


_journals: dict[int, Journal] = {}


def summary_journal(summary: CounsellingSummary) -> Journal:
    return _journals[id(summary)]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own for the files a test writes."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def chosen_and_not(alex: Journal) -> tuple[CounsellingSummary, list[EntryDraft]]:
    """Three chosen entries with distinctive words, and two unchosen ones with others."""
    chosen = [
        EntryDraft(
            Kind.FEELING,
            "Morning heaviness",
            "The kettle sang and I felt **heavy** anyway, amberlight on the table.",
            day(4),
            mood=2,
            session=True,
        ),
        EntryDraft(
            Kind.QUESTION,
            "What happened in October",
            "I still want to ask about October; saltmeadow is the word I keep using.",
            day(11),
            mood=3,
            session=True,
        ),
        EntryDraft(
            Kind.NOTICED_CHANGE,
            "He called before I asked",
            "A small thing that meant a lot: cinderwren evening call.",
            day(18),
            mood=4,
            session=True,
        ),
    ]
    unchosen = [
        EntryDraft(
            Kind.FEELING, f"The {UNCHOSEN[0]} night", f"{UNCHOSEN[1]} all over", day(5), mood=1
        ),
        EntryDraft(Kind.TRIGGER, UNCHOSEN[2], "Not for the session", day(12), session=True),
    ]
    ids = alex.add_many([*chosen, *unchosen])
    summary = build_summary(
        alex,
        MARCH,
        ids[:3],
        shared=sharing.shared_with_me(alex),
        talk_about="How we handle the evenings.\nWhat to say when the doubt comes back.",
        today=TODAY,
    )
    _journals[id(summary)] = alex
    return summary, chosen


def test_the_pdf_holds_every_chosen_entry_and_nothing_else(
    tmp_path: Path, chosen_and_not: tuple[CounsellingSummary, list[EntryDraft]]
) -> None:
    summary, chosen = chosen_and_not
    target = tmp_path / "summary.pdf"
    pages = write_pdf(summary, target)
    text = readable(pdf_text(target))
    for draft in chosen:
        assert draft.title in text
        assert readable(draft.body.replace("**", "")) in text
    for word in UNCHOSEN:
        assert word not in text
        assert word.encode() not in target.read_bytes()
    assert SHARED_TITLE in text and readable(SHARED_BODY) in text
    shared_at = sharing.shared_with_me(summary_journal(summary))[0].shared_at.astimezone()
    assert f"Shared by Sam on {shared_at.day} {shared_at:%B %Y}" in text
    assert "How we handle the evenings." in text
    assert "What to say when the doubt comes back." in text
    assert "Alex" in text and "I was hurt" in text
    assert "1 March 2026 – 31 March 2026" in text
    assert "the first three months" in text
    assert "These counts are of the entries chosen for this summary" in text
    assert "Notes from the session" in text
    assert pages == pdf_pages(target)


def test_every_page_says_page_n_of_m_and_is_private(
    tmp_path: Path, chosen_and_not: tuple[CounsellingSummary, list[EntryDraft]]
) -> None:
    summary, _ = chosen_and_not
    target = tmp_path / "summary.pdf"
    total = write_pdf(summary, target)
    assert total == pdf_pages(target) >= 3
    for page in range(1, total + 1):
        text = readable(pdf_text(target, page))
        assert f"Page {page} of {total}" in text
        for other in range(1, total + 1):
            if other != page:
                assert f"Page {other} of {total}" not in text
        assert "Private — written for a counselling session" in text
        assert "Printed 31 March 2026" in text
        assert "Counselling summary · Alex" in text


def test_the_mood_chart_tells_its_points_in_words(
    tmp_path: Path, chosen_and_not: tuple[CounsellingSummary, list[EntryDraft]]
) -> None:
    summary, _ = chosen_and_not
    step, points = summary.mood_series()
    assert step == "day"
    assert [(p.day, p.mood) for p in points] == [(day(4), 2.0), (day(11), 3.0), (day(18), 4.0)]
    target = tmp_path / "summary.pdf"
    write_pdf(summary, target)
    text = readable(pdf_text(target))
    assert chart_words(step, points) == "4 Mar: 2 · 11 Mar: 3 · 18 Mar: 4"
    assert "The points: 4 Mar: 2 · 11 Mar: 3 · 18 Mar: 4." in text
    assert "from 1 (low) to 5 (good)" in text
    # The unchosen entry's mood (1, on 5 March) is nowhere.
    assert "5 Mar: 1" not in text
    # The chart's own labels are text in the PDF too.
    for label in ("1 low", "5 good", "1 Mar", "31 Mar"):
        assert label in text


def test_the_document_says_which_section_belongs_to_which_role(
    tmp_path: Path, sam: Journal
) -> None:
    ids = sam.add_many(
        [
            EntryDraft(Kind.PROMISE, "Phone on the table", "", day(2), due=day(9), session=True),
            EntryDraft(Kind.ACCOUNTABILITY, "I lied about March", "No excuses.", day(3)),
        ]
    )
    target = tmp_path / "sam.pdf"
    write_pdf(build_summary(sam, MARCH, ids, today=TODAY), target)
    text = readable(pdf_text(target))
    assert "Promises and how they went" in text
    assert "Phone on the table" in text and "due 9 March 2026, still open" in text
    assert "Still open: 1" in text
    assert "I broke trust and want to repair it" in text
    assert "Changes I noticed" not in text


def test_an_empty_period_gives_a_summary_that_says_so(tmp_path: Path, alex: Journal) -> None:
    target = tmp_path / "empty.pdf"
    summary = build_summary(alex, Period(day(1), day(2)), [], today=TODAY)
    pages = write_pdf(summary, target)
    text = readable(pdf_text(target))
    assert "No entries were chosen for this period" in text
    assert "That is all right" in text
    assert "The entries I chose" not in text
    assert "Notes from the session" in text
    assert pages == 2 and "Page 2 of 2" in text


def test_long_bodies_long_words_right_to_left_and_emoji(tmp_path: Path, alex: Journal) -> None:
    unbroken = "a" * 1500 + "z"
    long_body = "\n\n".join(f"Paragraph {i} of a very long entry, slowly." for i in range(400))
    hebrew = "שלום עולם, אני כאן"
    arabic = "مرحبا بالعالم"
    drafts = [
        EntryDraft(Kind.REFLECTION, "A very long reflection", long_body, day(2), session=True),
        EntryDraft(Kind.FEELING, "One long word", unbroken, day(3), session=True),
        EntryDraft(Kind.FEELING, f"כותרת {hebrew}", f"{hebrew}\n\n{arabic}", day(4), session=True),
        EntryDraft(
            Kind.FEELING, "Hearts ❤ and smiles ☺", "Today 😊 felt ❤ warm.", day(5), session=True
        ),
    ]
    ids = alex.add_many(drafts)
    summary = build_summary(alex, MARCH, ids, today=TODAY)
    target = tmp_path / "hard.pdf"
    pages = write_pdf(summary, target)
    assert pages > 10
    raw = pdf_text(target)
    text = readable(raw)
    assert "Paragraph 0 of a very long entry" in text and "Paragraph 399 of a very" in text
    # The long word wraps anywhere: every letter of it is there, over several lines.
    assert unbroken in "".join(raw.split())
    assert max(len(line) for line in raw.splitlines()) < 200
    # Right-to-left text comes out in reading order, word by word (a PDF reader may place
    # the runs around a comma differently from the logical order).
    for word in f"{hebrew} {arabic}".replace(",", "").split():
        assert readable(word) in text
    assert readable(arabic) in text
    assert "Hearts ❤ and smiles ☺" in text
    assert "felt ❤ warm" in text
    # Qt's PDF writer maps only the Basic Multilingual Plane back to text, so 😊 draws but
    # cannot be copied out of the PDF; it is in the document that was drawn.
    from trustjournal.reports.summary_pages import SummaryPages, paper_size

    assert "😊" in SummaryPages(summary, paper_size("a4")).document.toPlainText()


def test_markdown_is_shown_and_html_and_images_stay_inert(tmp_path: Path, alex: Journal) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("filecontentsneverread")
    body = (
        "# A heading\n\nSome *soft* words and <b>tags typed by hand</b>.\n\n"
        f"![a picture]({secret.as_uri()}) and [a link](https://example.org/x)\n\n"
        "```\ncode that is far too long to fit on one line of the page " + "x" * 200 + "\n```"
    )
    ids = alex.add_many([EntryDraft(Kind.REFLECTION, "Markdown", body, day(6), session=True)])
    target = tmp_path / "md.pdf"
    write_pdf(build_summary(alex, MARCH, ids, today=TODAY), target)
    raw = pdf_text(target)
    text = readable(raw)
    assert "A heading" in text and "Some soft words" in text
    assert "<b>tags typed by hand</b>" in text
    assert f"[image: {secret.as_uri()}]" in "".join(text.split()) or "[image:" in text
    assert "filecontentsneverread" not in text
    assert "a link" in text and "https://example.org/x" not in text
    assert "x" * 200 in "".join(raw.split())


@pytest.mark.parametrize(("paper", "size"), [("a4", "(A4)"), ("letter", "(letter)")])
def test_a4_and_letter(
    tmp_path: Path, paper: str, size: str, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    target = tmp_path / f"{paper}.pdf"
    total = write_pdf(summary, target, paper)
    assert size in pdf_page_size(target)
    assert f"Page {total} of {total}" in pdf_text(target, total)


def test_the_pdf_is_private_and_leaves_no_temporary_file(
    out: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    target = out / "summary.pdf"
    target.write_bytes(b"%PDF-1.4 an older summary")
    write_pdf(summary, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert b"an older summary" not in target.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]


def test_a_long_file_name_the_system_allows_is_saved(
    out: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    """A name near the file system's limit is valid; the work file beside it must fit too."""
    summary, _ = chosen_and_not
    target = out / ("s" * 246 + ".pdf")  # 250 bytes: most file systems allow 255
    write_pdf(summary, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == [target.name]


@pytest.mark.parametrize("where", ["missing/summary.pdf", "a-file/summary.pdf", "x" * 300 + ".pdf"])
def test_an_unwritable_place_gives_a_clear_message_and_no_file(
    out: Path, where: str, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    (out / "a-file").write_text("not a folder")
    before = sorted(str(p) for p in out.rglob("*"))
    with pytest.raises(SummaryNotSaved) as caught:
        write_pdf(summary, out / where)
    message = caught.value.message
    assert message.startswith(f"The summary could not be saved in {(out / where).parent} (")
    assert "Please choose another folder" in message
    assert "Nothing was saved." in message and "Traceback" not in message
    assert sorted(str(p) for p in out.rglob("*")) == before


def test_a_folder_as_the_target_and_a_wrong_paper_are_refused(
    out: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    with pytest.raises(SummaryNotSaved) as caught:
        write_pdf(summary, out)
    assert "is a folder" in caught.value.message
    with pytest.raises(InvalidInput) as wrong:
        write_pdf(summary, out / "x.pdf", "a3")
    assert wrong.value.message == "The paper size must be A4 or Letter."
    assert list(out.iterdir()) == []


def test_printing_on_a_printer_and_a_printer_that_fails(
    tmp_path: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_to(summary, printer)
    assert "Morning heaviness" in pdf_text(tmp_path / "printed.pdf")
    total = pdf_pages(tmp_path / "printed.pdf")
    assert f"Page {total} of {total}" in pdf_text(tmp_path / "printed.pdf", total)

    broken = QPrinter(QPrinter.PrinterMode.HighResolution)
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no-such-folder" / "printed.pdf"))
    with pytest.raises(SummaryNotPrinted) as caught:
        print_to(summary, broken)
    assert "could not be printed" in caught.value.message
    assert "printer is on and ready" in caught.value.message
    assert not (tmp_path / "no-such-folder").exists()


def test_printing_only_the_pages_chosen_in_the_print_dialog(
    tmp_path: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    whole = QPrinter(QPrinter.PrinterMode.HighResolution)
    whole.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    whole.setOutputFileName(str(tmp_path / "whole.pdf"))
    print_to(summary, whole)
    total = pdf_pages(tmp_path / "whole.pdf")
    assert total >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page-two.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    print_to(summary, printer)
    assert pdf_pages(tmp_path / "page-two.pdf") == 1
    assert f"Page 2 of {total}" in pdf_text(tmp_path / "page-two.pdf")

    beyond = QPrinter(QPrinter.PrinterMode.HighResolution)
    beyond.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    beyond.setOutputFileName(str(tmp_path / "beyond.pdf"))
    beyond.setPrintRange(QPrinter.PrintRange.PageRange)
    beyond.setFromTo(total + 5, total + 9)
    with pytest.raises(SummaryNotPrinted) as caught:
        print_to(summary, beyond)
    assert (
        caught.value.message
        == f"The summary has {total} pages; please choose pages from 1 to {total}."
    )


def test_pdf_bytes_are_made_in_memory(
    out: Path, chosen_and_not: tuple[CounsellingSummary, list]
) -> None:
    summary, _ = chosen_and_not
    data = pdf_bytes(summary, "letter")
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert list(out.iterdir()) == []  # nothing touched the disk


def test_drawing_the_summary_loads_no_widgets() -> None:
    script = (
        "import json, sys\n"
        "import trustjournal.reports.summary_pdf, trustjournal.reports.summary_pages\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    names = json.loads(result.stdout)
    assert "PySide6.QtGui" in names
    assert "PySide6.QtWidgets" not in names
    assert "PySide6.QtPrintSupport" not in names
