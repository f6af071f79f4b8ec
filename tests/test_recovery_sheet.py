"""The printable recovery-code sheet: PDF, printer, preview picture, and failures."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from trustjournal.errors import InvalidInput, StorageFull
from trustjournal.reports.recovery_sheet import (
    build_document,
    code_lines,
    print_to,
    render_image,
    write_pdf,
)

CODE = "7K2M-Q9XD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """Fonts and painting need a Qt application."""


def inked_pixels(image: QImage) -> int:
    white = QColor("white").rgb()
    small = image.scaled(QSize(200, 283))  # counting every pixel of a page is slow in Python
    return sum(
        1 for y in range(small.height()) for x in range(small.width()) if small.pixel(x, y) != white
    )


def test_code_lines_keep_the_groups_as_given() -> None:
    assert code_lines(CODE) == ["7K2M-Q9XD-ABCD-EFGH", "JKMN-PQRS-TVWX-YZ01"]
    assert code_lines("ab cd-ef", per_line=2) == ["ab-cd", "ef"]


def test_the_document_holds_name_date_code_and_advice_as_plain_text() -> None:
    name = "<b>Sam</b> & <img src='file:///etc/passwd'>"
    text = build_document(CODE, name).toPlainText()
    assert name in text  # shown literally, never read as HTML
    for group in CODE.split("-"):
        assert group in text
    assert "somewhere safe" in text
    assert "away from your computer" in text
    assert "Anyone who has this code can open your journal" in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_write_pdf_makes_one_private_page(tmp_path: Path, paper: str) -> None:
    target = tmp_path / "sheet.pdf"
    write_pdf(target, CODE, "Sam", paper)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(PAGE.findall(data)) == 1
    assert len(data) > 2_000
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]  # no temp file left


def test_write_pdf_replaces_an_older_sheet(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    write_pdf(target, CODE, "Sam")
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("where", ["missing/sheet.pdf", "a-file/sheet.pdf"])
def test_an_unwritable_place_gives_a_clear_error_and_leaves_nothing(
    tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(StorageFull) as caught:
        write_pdf(tmp_path / where, CODE, "Sam")
    assert "could not be saved" in caught.value.message
    assert "Traceback" not in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_unknown_paper_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        write_pdf(tmp_path / "sheet.pdf", CODE, "Sam", "a3")
    assert list(tmp_path.iterdir()) == []


def test_render_image_draws_the_page() -> None:
    image = render_image(CODE, "Sam", QSize(794, 1123))
    assert image.size() == QSize(794, 1123)
    assert image.pixelColor(5, 5) == QColor("white")  # the margin stays clear
    assert inked_pixels(image) > 500
    assert render_image(CODE.replace("7K2M", "8888"), "Sam") != image


def test_a_very_long_name_still_fits_on_one_page(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_pdf(target, CODE, "Sam " * 400)
    assert len(PAGE.findall(target.read_bytes())) == 1


def test_print_to_any_paged_device(tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    print_to(printer, CODE, "Sam")
    assert target.read_bytes().startswith(b"%PDF")

    writer_target = tmp_path / "writer.pdf"
    writer = QPdfWriter(str(writer_target))
    print_to(writer, CODE, "Sam")
    del writer
    assert len(PAGE.findall(writer_target.read_bytes())) == 1


def test_reports_load_no_widgets() -> None:
    script = (
        "import json, sys, trustjournal.reports.recovery_sheet\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    names = json.loads(result.stdout)
    assert "PySide6.QtWidgets" not in names
    assert "PySide6.QtPrintSupport" not in names
