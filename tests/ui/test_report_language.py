"""The report saved from the window follows the interface language: no English sentence,
heading, table header or chart label is left in the German, Dutch or Chinese report
(the routine's and the exercises' names, the patient's notes and the logged stop-rule
details aside), and the Chinese report carries a CJK font. The command line's report,
with no translator installed, is checked in English by tests/documents/."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from homestretch import APP_NAME, __version__
from homestretch.core.history import HistoryLog
from homestretch.documents.report import write_report
from homestretch.ui.language import install_language
from homestretch.ui.report_writer import ReportWriter
from tests.documents.report_logs import BUILDERS, CASES, Case, utc_zone
from tests.helpers import poppler
from tests.ui.languages import ENGLISH_WORDS

LANGUAGES = ("de", "nl", "zh_CN")
CHECKED = [c for c in CASES if c.name in ("fortnight", "frozen-v3")]
"""One routine with notes, areas, a stop and a part-way exercise; two routines."""
SAME_WORD = {
    "de": {"Routine", "Routinen"},
    "nl": set(),
    "zh_CN": set(),
}
"""Words a language writes as English does (German "Routine"): not English left."""
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")


def _text(pdf: Path) -> list[str]:
    raw = subprocess.run(
        [poppler("pdftotext"), "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(line.split()) for line in raw.splitlines() if line.strip()]


def _log_words(log: HistoryLog, case: Case) -> set[str]:
    """Every word the log holds (routine and exercise names, notes, stop-rule details):
    the report shows them as they were written."""
    texts = [APP_NAME, __version__]
    for s in log.sessions(since=case.since, until=case.until):
        texts += [s.routine_name, s.note]
        texts += [e.exercise_name for e in s.exercises]
        texts += [e.detail for e in s.events]
    return {word for text in texts for word in LATIN_WORD.findall(text)}


def _words(line: str, allowed: set[str]) -> tuple[str, ...]:
    """The line's Latin-letter words that are not the log's own (numbers, CJK dropped);
    a word cut short with "…" (a chart label) counts as the log's."""
    line = re.sub(r"\S+…", " ", line)
    return tuple(w for w in LATIN_WORD.findall(line) if w not in allowed)


@pytest.fixture(params=CHECKED, ids=[c.name for c in CHECKED])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


def _write(case: Case, folder: Path, name: str) -> tuple[Path, set[str]]:
    with utc_zone():
        log = BUILDERS[case.name](folder / f"{name}.sqlite3")
        try:
            pdf = write_report(
                log, case.since, case.until, folder / f"{name}.pdf", today=case.today
            )
            words = _log_words(log, case)
        finally:
            log.close()
    return pdf, words


def english_left(lines: list[str], english: list[str], allowed: set[str]) -> list[str]:
    """The translated report's lines that are an English line's words, or hold a common
    English word, once the log's own words are taken out."""
    english_lines = {_words(line, allowed) for line in english} - {()}
    left = []
    for line in lines:
        words = _words(line, allowed)
        if words in english_lines or {w.lower() for w in words} & ENGLISH_WORDS:
            left.append(line)
    return left


@pytest.fixture
def english_report(case: Case, tmp_path: Path) -> tuple[list[str], set[str]]:
    pdf, allowed = _write(case, tmp_path, "en")
    lines = _text(pdf)
    assert any("Overall adherence" in line for line in lines)  # (the check can fail)
    return lines, allowed


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_in_the_window_language_has_no_english_left(
    case: Case,
    english_report: tuple[list[str], set[str]],
    language: str,
    translations_dir: Path,
    tmp_path: Path,
) -> None:
    english, allowed = english_report
    installed = install_language(language, translations_dir)
    try:
        pdf, _ = _write(case, tmp_path, language)
    finally:
        installed.remove()
    lines = _text(pdf)
    assert len(lines) > 20
    assert english_left(lines, english, allowed - SAME_WORD[language]) == []
    assert english_left(english, english, allowed) != []  # (the check finds English)


def test_the_chinese_report_embeds_a_cjk_font(translations_dir: Path, tmp_path: Path) -> None:
    """(The frozen log holds no Chinese: the CJK text is the report's own.)"""
    installed = install_language("zh_CN", translations_dir)
    try:
        pdf, _ = _write(CHECKED[1], tmp_path, "zh")
    finally:
        installed.remove()
    text = "\n".join(_text(pdf))
    assert "总体依从性" in text
    assert "周一" in text  # (the calendar's weekdays)
    fonts = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    cjk = [line for line in fonts if re.search(r"WenQuanYi|Noto\S*CJK|Droid|UMing", line)]
    assert cjk, fonts
    assert all(line.split()[-5] == "yes" for line in cjk)  # embedded


def test_the_window_writes_the_report_in_its_language(
    qtbot: QtBot, translations_dir: Path, tmp_path: Path
) -> None:
    """Through the history page's writer: the report is made in a worker thread, and the
    translator installed in the GUI thread still applies there."""
    case = CHECKED[0]
    with utc_zone():
        BUILDERS[case.name](tmp_path / "history.sqlite3").close()
    installed = install_language("de", translations_dir)
    try:
        writer = ReportWriter()
        output = tmp_path / "bericht.pdf"
        with qtbot.waitSignal(writer.written, timeout=30_000), utc_zone():
            assert writer.start(
                tmp_path / "history.sqlite3", case.since, case.until, output, case.today
            )
        writer.close()
    finally:
        installed.remove()
    text = " ".join(_text(output))
    assert "Overall adherence" not in text
    assert "Therapietreue insgesamt" in text
