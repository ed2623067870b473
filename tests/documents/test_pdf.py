"""The base of the printed documents: paper, embedded fonts, text shown as written."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from homestretch.documents import pdf, styles
from homestretch.documents.blocks import Column, Document, Group, Heading, Table, Text
from homestretch.documents.render import render_document
from tests.helpers import poppler

GERMAN = "Übungen für den Rücken: Kniebeuge, Wadendehnung, Fußkreisen (ß, ä, ö, ü)"
CHINESE = "坐姿伸膝 腿疼减轻了"
GREEK_CYRILLIC = "Ωμέγα διάταση, растяжка спины"
MARKUP = "<b>not bold</b> & <font size=40>big?</font> <br/> &amp;"


def _text(path: Path, *options: str) -> str:
    return subprocess.run(
        [poppler("pdftotext"), *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) of each font in the PDF, from pdffonts."""
    listing = subprocess.run(
        [poppler("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in listing]


def _document(*blocks: object) -> Document:
    return Document(title="Test 测试", footer="Homestretch test, Übung 膝", blocks=list(blocks))  # type: ignore[arg-type]


def _write(tmp_path: Path, document: Document, paper: pdf.Paper = pdf.Paper.A4) -> Path:
    output = tmp_path / "doc.pdf"
    data = render_document(document, styles.text_styles(styles.REPORT_BODY_PT), paper=paper)
    return pdf.write(output, data)


def test_text_from_users_prints_as_written_in_every_script(tmp_path: Path) -> None:
    output = _write(
        tmp_path,
        _document(
            Heading(MARKUP),
            Text(f"{GERMAN}\n{CHINESE}\n{GREEK_CYRILLIC}"),
            Text(MARKUP),
            Table(
                [Column("Name <i>", 0.5), Column("Note", 0.5, wrap=True)],
                [Group(f"März {CHINESE}"), (CHINESE, MARKUP), (GERMAN, GREEK_CYRILLIC)],
            ),
        ),
    )
    text = " ".join(_text(output).split())
    for words in (GERMAN, CHINESE, GREEK_CYRILLIC, "Name <i>", f"März {CHINESE}"):
        assert " ".join(words.split()) in text
    assert text.count(" ".join(MARKUP.split())) == 3  # heading, paragraph, table cell
    assert "Homestretch test, Übung 膝" in text  # the footer
    fonts = _fonts(output)
    assert {embedded for _, embedded in fonts} == {"yes"}
    names = " ".join(name for name, _ in fonts)
    assert "DejaVuSans" in names
    assert "DejaVuSans-Bold" in names
    assert re.search(r"WenQuanYi|Droid|Noto|UMing", names)  # the CJK fallback, embedded


def test_markup_escapes_and_switches_fonts_only_where_needed() -> None:
    assert pdf.markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert pdf.markup("one\ntwo") == "one<br/>two"
    assert pdf.markup(GERMAN) == GERMAN  # DejaVu has these: no font switch
    mixed = pdf.markup(f"Knie {CHINESE}<b>")
    assert mixed.startswith("Knie ")
    assert f'<font face="{styles.FALLBACK_FONT}">' in mixed
    assert mixed.endswith("&lt;b&gt;")
    assert pdf.font_for(CHINESE) == styles.FALLBACK_FONT
    assert pdf.font_for(GERMAN) == styles.FONT
    assert pdf.font_for(GERMAN, bold=True) == styles.FONT_BOLD
    Paragraph(mixed, styles.text_styles(12).body)  # reportlab takes it


@pytest.mark.parametrize(
    ("paper", "size"),
    [(pdf.Paper.A4, "595.276 x 841.89 pts (A4)"), (pdf.Paper.LETTER, "612 x 792 pts (letter)")],
)
def test_paper_sizes_and_page_numbers(tmp_path: Path, paper: pdf.Paper, size: str) -> None:
    blocks = [Text(f"Paragraph {n}: " + "words " * 60) for n in range(40)]
    output = _write(tmp_path, _document(*blocks), paper)
    info = subprocess.run(
        [poppler("pdfinfo"), str(output)], capture_output=True, text=True, check=True
    ).stdout
    assert size in info
    assert "Title:           Test 测试" in info
    pages = int(re.findall(r"Pages:\s+(\d+)", info)[0])
    assert pages >= 3
    text = _text(output)
    for number in range(1, pages + 1):
        assert f"page {number} of {pages}" in text
    assert pdf.Paper("letter") is pdf.Paper.LETTER


def test_a_long_table_repeats_its_header_and_group_on_each_page(tmp_path: Path) -> None:
    rows: list[object] = [Group("March 2026")]
    rows += [(f"row {n}", str(n)) for n in range(150)]
    table = Table([Column("First column", 0.7), Column("Second", 0.3)], rows)  # type: ignore[arg-type]
    output = _write(tmp_path, _document(table))
    pages = _text(output, "-layout").split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[0].split() == ["First", "column", "Second"]
        assert lines[1] == ("March 2026" if number == 0 else "March 2026 (continued)")
    text = " ".join(" ".join(pages).split())
    for n in range(150):
        assert text.count(f"row {n} {n} ") == 1


def test_no_body_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pdf, "FONT_DIRS", (tmp_path,))
    monkeypatch.setattr(pdf, "_fc_match", lambda family, style="Regular": None)
    with pytest.raises(pdf.FontError, match=r"install DejaVu Sans .*fonts-dejavu-core"):
        pdf.find_body_font()
