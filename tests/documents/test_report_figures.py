"""The report on the documents layer says what the report drawn with Qt said, figure for figure.

``data/report-*.txt`` is the text (``pdftotext -layout``) of the old report of
each log of :mod:`tests.documents.report_logs`. Each line of it is split into
its cells (runs of text two or more spaces apart); the new report's text, in
the order it is drawn (``pdftotext -raw``), must hold the line's cells in the
same order, close together (a row of a table is drawn cell after cell; a cell
that wrapped differently only moves the words between cells). Page footers and
the repeated "(continued)" titles, which depend on where pages break, are left
out; everything else (period, adherence, week table, calendar, stop-rule
warnings, per-exercise rates, notes and every session) is compared.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch.documents.report import write_report
from tests.documents.report_logs import (
    BUILDERS,
    CASES,
    CHINESE_NOTE,
    GERMAN_NOTE,
    MARKUP_NOTE,
    Case,
    fixture_text,
    utc_zone,
)
from tests.helpers import poppler

GAP = 160
"""At most this many characters of the new text between two cells of one old line."""
LAYOUT_ONLY = re.compile(r"page \d+ of \d+$|\(continued\)")
COLUMN_TITLES = (
    "Day, time Routine Ended Exercises done Pain before Pain after Note "
    "Week (Monday to Sunday) Sessions that count Prescribed Adherence "
    "Exercise Completed Skipped Stopped part way Completed share When What happened"
)
"""Every word of the tables' column titles: a line of nothing else is a header row, which
the old layout wrapped and merged ("Pain   Pain Note") as its column widths had it; the
header rows are checked on their own."""


def _normal(text: str) -> str:
    """Whitespace collapsed, and "86 %" read as "86%" (pdftotext may drop the space)."""
    return re.sub(r"\s+%", "%", " ".join(text.split()))


def old_lines(case: Case) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each line of the old report's text worth comparing."""
    for number, line in enumerate(fixture_text(case).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or LAYOUT_ONLY.search(line):
            continue
        if all(word in COLUMN_TITLES.split() for word in line.split()):
            continue
        yield number, [_normal(cell) for cell in re.split(r"\s{2,}", line.strip())]


def new_text(case: Case, folder: Path) -> str:
    with utc_zone():
        log = BUILDERS[case.name](folder / "history.sqlite3")
        try:
            pdf = write_report(log, case.since, case.until, folder / "r.pdf", today=case.today)
        finally:
            log.close()
    raw = subprocess.run(
        [poppler("pdftotext"), "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return _normal(raw)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_report_says_what_the_old_report_said(case: Case, tmp_path: Path) -> None:
    text = new_text(case, tmp_path)
    missing = []
    compared = 0
    for number, cells in old_lines(case):
        compared += 1
        pattern = f".{{0,{GAP}}}?".join(re.escape(cell) for cell in cells)
        if re.search(pattern, text, flags=re.DOTALL) is None:
            missing.append(f"line {number}: {' | '.join(cells)}")
    assert compared > 40
    assert not missing, "not in the new report:\n" + "\n".join(missing)


def test_every_session_row_is_there_once(tmp_path: Path) -> None:
    """Each session of the seven months (a row starting with its day and time) appears in
    the new report exactly as often as in the old one."""
    case = next(c for c in CASES if c.name == "season")
    old = _normal(fixture_text(case).read_text(encoding="utf-8"))
    new = new_text(case, tmp_path)
    row = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2}, \d\d:\d\d")
    old_rows = row.findall(old)
    assert len(old_rows) > 350
    assert row.findall(new) == old_rows


def test_the_tables_have_their_column_titles(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "frozen-v3")  # two routines: a Routine column
    text = new_text(case, tmp_path)
    for header in (
        "Week (Monday to Sunday) Sessions that count Prescribed Adherence",
        "Exercise Completed Skipped Stopped part way Completed share",
        "When Routine What happened",
        "Day, time Routine Ended Exercises done Pain before Pain after Note",
    ):
        assert header in text


def test_notes_in_any_script_print_as_written_with_embedded_fonts(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "fortnight")
    text = new_text(case, tmp_path)
    for note in (GERMAN_NOTE, CHINESE_NOTE, MARKUP_NOTE):
        assert _normal(note) in text
    listing = subprocess.run(
        [poppler("pdffonts"), str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = {line.split()[0].split("+")[-1]: line.split()[-5] for line in listing}
    assert set(fonts) == {"DejaVuSans", "DejaVuSans-Bold", "WenQuanYiZenHei-0"}
    assert set(fonts.values()) == {"yes"}  # every font embedded (no Helvetica from a chart)


def test_progress_goes_up_steadily_to_the_end(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == "season")
    told: list[float] = []
    with utc_zone():
        log = BUILDERS[case.name](tmp_path / "history.sqlite3")
        try:
            write_report(
                log,
                case.since,
                case.until,
                tmp_path / "r.pdf",
                today=case.today,
                progress=told.append,
            )
        finally:
            log.close()
    assert told == sorted(told)
    assert (told[0], told[-1]) == (0.0, 1.0)
    # The sessions table is most of the work: its pages move the bar on, not one jump.
    assert len([f for f in told if 0.3 < f < 0.9]) >= 5
