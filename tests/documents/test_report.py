"""The PDF report: its figures, and its text extracted with pdftotext (poppler-utils)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from homestretch.core.checkin import REGION_IDS
from homestretch.core.dates import long_date, short_date
from homestretch.core.history import HistoryLog
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.stats import PainPoint, PeriodError
from homestretch.documents import report
from homestretch.documents.report import (
    gather,
    report_file_name,
    write_report,
)
from tests.documents.report_logs import ROUTINE, Wall, add_session, noon
from tests.helpers import pdf_text, poppler
from tests.storage import fill, needs_root, remount_readonly, tmpfs

SINCE = date(2026, 3, 2)  # a Monday
UNTIL = date(2026, 3, 15)  # the Sunday a fortnight later
TODAY = date(2026, 3, 16)
NOTE = "Left calf tight after the nerve glide, eased by the end."
STOP_DETAIL = "Pain rose from 2 to 6 during the session."
AREAS = ("lower_back", "calf_outer_right", "buttock_right")
assert set(AREAS) <= REGION_IDS  # the body map's own ids, as the app logs them


@pytest.fixture
def log(tmp_path: Path) -> Iterator[HistoryLog]:
    """Week 1: five sessions (Mon-Fri); week 2: one every day and one stopped at once."""
    wall = Wall()
    with HistoryLog(tmp_path / "history.sqlite3", wall=wall) as opened:
        outside = add_session(opened, wall, noon(SINCE - timedelta(days=1)))
        opened.set_note(outside, "OUTSIDE THE PERIOD")
        for offset in range(14):
            day = SINCE + timedelta(days=offset)
            if day.weekday() >= 5 and offset < 7:
                continue
            sid = add_session(opened, wall, noon(day))
            if offset == 0:
                opened.set_pain(sid, "before", 6, AREAS)
                opened.set_pain(sid, "after", 4)
            if offset == 8:
                opened.set_note(sid, NOTE)
                opened.set_pain(sid, "before", 3)
            if offset == 9:
                opened.add_event(sid, "stop_rule", STOP_DETAIL)
        add_session(opened, wall, noon(UNTIL, 14), completed=0, skipped=1, outcome=Outcome.STOPPED)
        add_session(opened, wall, noon(UNTIL + timedelta(days=1)))
        yield opened


def test_the_figures_follow_the_stats_definitions(log: HistoryLog) -> None:
    data = gather(log, SINCE, UNTIL, today=TODAY)
    assert len(data.sessions) == 13
    assert data.sessions[0].started_at < data.sessions[-1].started_at  # oldest first
    assert [(w.done, w.prescribed) for w in data.weeks] == [(5, 7), (7, 7)]
    assert data.overall == pytest.approx(12 / 14)
    assert data.per_week == ROUTINE.sessions_per_week == 7
    assert len(data.days) == 12
    assert [e.detail for _, e in data.stop_events] == [STOP_DETAIL]
    assert [r.name for r in data.routines] == [ROUTINE.name]


def test_the_pdf_text_says_what_happened(log: HistoryLog, tmp_path: Path) -> None:
    output = tmp_path / "report.pdf"
    assert write_report(log, SINCE, UNTIL, output, today=TODAY) == output
    assert output.read_bytes().startswith(b"%PDF-")
    text = pdf_text(output)
    assert "Homestretch exercise report" in text
    assert "Period: 2 March 2026 to 15 March 2026 (14 days)" in text
    assert f"Routine: {ROUTINE.name} (13 sessions, 7 a week prescribed)" in text
    assert "Prepared on 16 March 2026" in text
    assert "Overall adherence 86%: 12 of 14 prescribed sessions" in text
    assert (
        "13 logged: 12 completed, 0 finished with exercises skipped, 1 stopped early, 0 interrupted"
    ) in text
    assert "Days exercised 12 of 14" in text
    assert "Mon 2 Mar 2026 to Sun 8 Mar 2026 5 7 71%" in text
    assert "Mon 9 Mar 2026 to Sun 15 Mar 2026 7 7 100%" in text
    assert "March 2026" in text
    assert "before sessions: average 4.5 over 2 ratings, first 6, last 3" in text
    assert (
        "Mon 2, 12:00 completed 7 of 7 6 4 Where it hurt before: lower back, right buttock,"
        " outside of the right calf." in text
    )
    assert "_right" not in text
    assert "lower_back" not in text
    assert NOTE in text
    assert "Stop-rule warnings 1 (listed below)" in text
    assert "Wed 11 Mar 2026" in text
    assert STOP_DETAIL in text
    assert re.search(r"Sun 15, 14:00 stopped, 1\s+0 of 7\s+skipped", text)
    assert "OUTSIDE THE PERIOD" not in text
    assert "Mon 16" not in text
    assert re.search(r"page 1 of \d", text)


def test_the_charts_are_drawn_not_pictures(log: HistoryLog, tmp_path: Path) -> None:
    output = write_report(log, SINCE, UNTIL, tmp_path / "r.pdf", today=TODAY)
    listing = subprocess.run(
        [poppler("pdfimages"), "-list", str(output)], capture_output=True, text=True, check=True
    ).stdout
    assert len(listing.strip().splitlines()) == 2  # the two header lines: no picture at all
    text = pdf_text(output)
    assert "Pain before and after" in text
    assert "Before the session After the session" in text  # the legend
    assert "10 worst imaginable" in text  # the scale's words on the axis
    assert "Share of sessions in which each exercise was completed" in text


def _page_pixels(pdf: Path, folder: Path) -> tuple[int, int, bytes]:
    """The first page at 60 dpi: width, height and its RGB bytes (pdftoppm's PPM)."""
    subprocess.run(
        [poppler("pdftoppm"), "-r", "60", "-f", "1", "-l", "1", str(pdf), str(folder / "page")],
        check=True,
    )
    (ppm,) = folder.glob("page*.ppm")
    data = ppm.read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert (magic, depth) == (b"P6", b"255")
    return int(width), int(height), pixels


def test_the_first_page_renders(log: HistoryLog, tmp_path: Path) -> None:
    output = write_report(log, SINCE, UNTIL, tmp_path / "r.pdf", today=TODAY)
    width, height, pixels = _page_pixels(output, tmp_path)
    assert (round(width / 10), height) == (50, 702)  # A4 at 60 dpi
    green = sum(
        1
        for i in range(0, len(pixels) - 2, 3)
        if pixels[i + 1] > 150 > pixels[i] and pixels[i + 2] < 180
    )
    assert green > 800  # the calendar's exercised days


def test_a_period_from_midweek_asks_partial_weeks_their_share(
    log: HistoryLog, tmp_path: Path
) -> None:
    # Wednesday 4 to Friday 13 March: 5 days of the first week, 5 of the second.
    output = write_report(log, date(2026, 3, 4), date(2026, 3, 13), tmp_path / "r.pdf", today=TODAY)
    text = pdf_text(output)
    assert "of 10 prescribed sessions (7 a week over 2 weeks, a partial week its share;" in text
    assert "Wed 4 Mar 2026 to Sun 8 Mar 2026 * " in text
    assert "Mon 9 Mar 2026 to Fri 13 Mar 2026 * " in text
    assert "it is prescribed its share of the week's sessions, rounded." in text
    whole = pdf_text(write_report(log, SINCE, UNTIL, tmp_path / "whole.pdf", today=TODAY))
    assert "a partial week" not in whole
    assert "*" not in whole


def test_an_empty_period(log: HistoryLog, tmp_path: Path) -> None:
    april = date(2026, 4, 1)
    output = write_report(log, april, date(2026, 4, 30), tmp_path / "r.pdf", today=date(2026, 5, 1))
    text = pdf_text(output)
    assert "Period: 1 April 2026 to 30 April 2026 (30 days)" in text
    assert "from the first session" not in text
    assert "No sessions were logged in this period." in text
    assert "No pain ratings were recorded in this period." in text


def test_a_period_that_ends_before_it_starts_is_refused(log: HistoryLog, tmp_path: Path) -> None:
    with pytest.raises(PeriodError, match="before it starts"):
        write_report(log, UNTIL, SINCE, tmp_path / "r.pdf", today=TODAY)
    assert not (tmp_path / "r.pdf").exists()


def test_a_period_in_the_future_is_refused(log: HistoryLog, tmp_path: Path) -> None:
    with pytest.raises(PeriodError, match="starts on 2026-03-17, which is in the future"):
        write_report(
            log,
            TODAY + timedelta(days=1),
            UNTIL + timedelta(days=9),
            tmp_path / "r.pdf",
            today=TODAY,
        )
    assert not (tmp_path / "r.pdf").exists()


def test_a_period_before_the_first_session_is_refused(log: HistoryLog, tmp_path: Path) -> None:
    with pytest.raises(PeriodError, match="the first session was on 2026-03-01"):
        write_report(log, date(2025, 1, 1), date(2025, 1, 31), tmp_path / "r.pdf", today=TODAY)


def test_a_period_from_long_ago_starts_at_the_first_session(tmp_path: Path) -> None:
    """One session today, a report since 2000: one or two pages of the truth."""
    today = date(2026, 11, 30)
    wall = Wall()
    with HistoryLog(tmp_path / "history.sqlite3", wall=wall) as opened:
        add_session(opened, wall, noon(today, 9))
        data = gather(opened, date(2000, 1, 1), date(2030, 1, 1), today=today)
        assert (data.since, data.until) == (today, today)
        assert [(w.done, w.prescribed) for w in data.weeks] == [(1, 1)]
        output = write_report(opened, date(2000, 1, 1), today, tmp_path / "r.pdf", today=today)
    text = pdf_text(output)
    assert (
        "Period: 30 November 2026 to 30 November 2026 (1 day), from the first session on"
        " 30 November 2026"
    ) in text
    assert "Overall adherence 100%: 1 of 1 prescribed sessions" in text
    pages = int(re.findall(r"page 1 of (\d+)", text)[0])
    assert pages <= 2


def test_three_sessions_on_one_day_count_once_for_a_once_a_day_routine(tmp_path: Path) -> None:
    wall = Wall()
    with HistoryLog(tmp_path / "history.sqlite3", wall=wall) as opened:
        for hour in (8, 12, 18):
            add_session(opened, wall, noon(SINCE, hour))
        add_session(opened, wall, noon(SINCE + timedelta(days=1)), completed=1, skipped=6)
        stopped = add_session(
            opened, wall, noon(SINCE + timedelta(days=2)), completed=1, outcome=Outcome.STOPPED
        )
        second = ROUTINE.exercises[1]
        opened.record_exercise(
            stopped, 1, second.id, second.name, ExerciseStatus.PARTIAL, 90, 25, 85
        )
        data = gather(opened, SINCE, SINCE + timedelta(days=6), today=TODAY)
        output = write_report(
            opened, SINCE, SINCE + timedelta(days=6), tmp_path / "r.pdf", today=TODAY
        )
    assert [(w.done, w.prescribed) for w in data.weeks] == [(3, 7)]
    text = pdf_text(output)
    assert "Overall adherence 43%: 3 of 7 prescribed sessions" in text
    assert re.search(r"Tue 3, 12:00 finished,\s+6\s+1 of 7\s+skipped", text)
    assert "5 logged: 3 completed, 1 finished with exercises skipped, 1 stopped early" in text
    assert "(these count, at most 1 session a day)" in text


@needs_root
def test_a_full_disk_leaves_the_old_file_and_no_temporary_one(
    log: HistoryLog, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        output = disk / "report.pdf"
        output.write_bytes(b"the old report")
        filler = fill(disk)
        with pytest.raises(OSError, match="No space left"):
            write_report(log, SINCE, UNTIL, output, today=TODAY)
        assert output.read_bytes() == b"the old report"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "report.pdf"]
        filler.unlink()
        write_report(log, SINCE, UNTIL, output, today=TODAY)
        assert output.read_bytes().startswith(b"%PDF-")


@needs_root
def test_a_read_only_folder_is_an_os_error_and_nothing_is_written(
    log: HistoryLog, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        remount_readonly(disk)
        with pytest.raises(OSError, match="Read-only file system"):
            write_report(log, SINCE, UNTIL, disk / "report.pdf", today=TODAY)
        assert list(disk.iterdir()) == []


def test_a_missing_folder_is_an_os_error(log: HistoryLog, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_report(log, SINCE, UNTIL, tmp_path / "nowhere" / "r.pdf", today=TODAY)
    assert not (tmp_path / "nowhere").exists()


def test_report_file_name_names_the_period() -> None:
    assert report_file_name(SINCE, UNTIL) == "homestretch-report-2026-03-02-to-2026-03-15.pdf"


def test_dates_are_written_in_english() -> None:
    """Without the window (the command line), whatever the locale; the window's language:
    tests/ui/test_languages.py."""
    assert long_date(date(2026, 12, 5)) == "5 December 2026"
    assert short_date(date(2026, 3, 2)) == "Mon 2 Mar 2026"


def test_a_note_longer_than_a_page_goes_on_below_in_full(log: HistoryLog, tmp_path: Path) -> None:
    words = [f"word{n}" for n in range(2500)]  # some thirty thousand characters
    sid = log.sessions(since=SINCE, until=SINCE)[0].id
    log.set_note(sid, " ".join(words))
    output = write_report(log, SINCE, UNTIL, tmp_path / "r.pdf", today=TODAY)
    text = pdf_text(output, drawn_order=True)
    assert re.findall(r"word\d+", text) == words  # all of it, in order, over the pages
    assert re.search(r"page 1 of ([6-9]|\d\d)", text)


@pytest.mark.parametrize(
    ("days", "label"),
    [(0, r"\d{1,2} [A-Z][a-z]{2}"), (40, r"\d{1,2} [A-Z][a-z]{2}"), (5400, r"[A-Z][a-z]{2} \d{4}")],
)
def test_date_labels_are_few_inside_the_axis_and_readable(days: int, label: str) -> None:
    first = datetime(2012, 1, 9, 8, tzinfo=UTC)
    (low, high), ticks = report.date_ticks(first, first + timedelta(days=days))
    assert 2 <= len(ticks) <= report.MAX_DATE_TICKS
    assert all(low <= x <= high for x, _ in ticks)
    assert all(re.fullmatch(label, text) for _, text in ticks)
    assert low <= first.timestamp() / 86400
    assert (first + timedelta(days=days)).timestamp() / 86400 <= high


def test_the_pain_chart_rings_equal_ratings_and_averages_years_of_them() -> None:
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    few = [PainPoint(start + timedelta(days=n), 4, 4) for n in range(10)]
    chart = report.pain_chart(few)
    before, after = chart.series
    assert chart.title == "Pain before and after"
    assert before.markers
    assert after.markers
    assert before.marker_size > after.marker_size  # the after dot sits inside the before ring
    assert [y for _, y in before.points] == [4.0] * 10
    many = [PainPoint(start + timedelta(hours=12 * n), n % 11, None) for n in range(900)]
    averaged = report.pain_chart(many)
    assert averaged.title == "Pain before and after (weekly average)"
    assert 60 <= len(averaged.series[0].points) <= 66  # one point a week
    assert averaged.series[1].points == []
