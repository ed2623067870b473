"""Realistic session logs for the report's tests, built the same way every time.

The texts in ``tests/documents/data/report-*.txt`` were written from these logs
by the report that drew with Qt (``ui/report.py``, before the documents layer;
see ``make_old_report_texts.py`` beside them). The report on the documents
layer is checked against those texts: the same figures from the same logs.

Every builder expects the process's time zone to be UTC (:func:`utc_zone`),
as the texts were written in UTC: a session's clock time in the report is its
local time.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline

DATA = Path(__file__).resolve().parent / "data"
FROZEN_LOG = Path(__file__).resolve().parent.parent / "data" / "log-v3.sqlite3"
TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
ROUTINE = TIMELINE.routine

NOTE = "Left calf tight after the nerve glide, eased by the end."
MARKUP_NOTE = "<b>not bold</b> & <i>not italic</i> <font size=40>big?</font>"
GERMAN_NOTE = "Übungen fühlten sich gut an; Rücken weniger steif, Wadenschmerz ließ nach."
CHINESE_NOTE = "腿疼减轻了，早上有点僵硬。"
STOP_DETAIL = "Pain rose from 2 to 6 during the session."
AREAS = ("lower_back", "calf_outer_right", "buttock_right")


@dataclass(frozen=True)
class Case:
    """A log and the period the report is made of."""

    name: str
    since: date
    until: date
    today: date


FORTNIGHT = Case("fortnight", date(2026, 3, 2), date(2026, 3, 15), date(2026, 3, 16))
FROZEN = Case("frozen-v3", date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 9))
SEASON = Case("season", date(2025, 12, 1), date(2026, 6, 30), date(2026, 6, 30))
CASES = (FORTNIGHT, FROZEN, SEASON)


@contextmanager
def utc_zone() -> Iterator[None]:
    """The process in UTC for the block (the report's clock times are local times)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def add_session(
    log: HistoryLog,
    wall: Wall,
    when: datetime,
    *,
    completed: int = 7,
    skipped: int = 0,
    outcome: Outcome = Outcome.COMPLETED,
) -> int:
    wall.now = when
    sid = log.start_session(TIMELINE)
    done = 0.0
    for position in range(completed + skipped):
        exercise = ROUTINE.exercises[position]
        status = ExerciseStatus.COMPLETED if position < completed else ExerciseStatus.SKIPPED
        done += 60
        log.record_exercise(sid, position, exercise.id, exercise.name, status, 60, 60, done)
    log.end_session(sid, outcome, done)
    return sid


def noon(day: date, hour: int = 12) -> datetime:
    """A time whose local day is ``day`` in any time zone from UTC-11 to UTC+10."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def fortnight_log(path: Path) -> HistoryLog:
    """Week 1: five sessions (Mon-Fri); week 2: one a day, and one stopped at once; pain,
    body areas, a stop-rule event, a part-way exercise, and notes in English, German,
    Chinese and one that looks like markup."""
    wall = Wall()
    log = HistoryLog(path, wall=wall)
    since = FORTNIGHT.since
    outside = add_session(log, wall, noon(since - timedelta(days=1)))
    log.set_note(outside, "OUTSIDE THE PERIOD")
    for offset in range(14):
        day = since + timedelta(days=offset)
        if day.weekday() >= 5 and offset < 7:
            continue
        sid = add_session(log, wall, noon(day))
        if offset == 0:
            log.set_pain(sid, "before", 6, AREAS)
            log.set_pain(sid, "after", 4)
        if offset == 1:
            log.set_note(sid, MARKUP_NOTE)
        if offset == 2:
            log.set_note(sid, GERMAN_NOTE)
            log.set_pain(sid, "before", 5)
            log.set_pain(sid, "after", 5)
        if offset == 3:
            log.set_note(sid, CHINESE_NOTE)
        if offset == 8:
            log.set_note(sid, NOTE)
            log.set_pain(sid, "before", 3)
        if offset == 9:
            log.add_event(sid, "stop_rule", STOP_DETAIL)
    stopped = add_session(
        log, wall, noon(FORTNIGHT.until, 14), completed=1, outcome=Outcome.STOPPED
    )
    second = ROUTINE.exercises[1]
    log.record_exercise(stopped, 1, second.id, second.name, ExerciseStatus.PARTIAL, 90, 25, 85)
    add_session(log, wall, noon(FORTNIGHT.until + timedelta(days=1)))
    return log


def frozen_log(path: Path) -> HistoryLog:
    """A copy of the frozen version 3 log (two routines, interrupted and stopped
    sessions, a stop-rule event), upgraded by opening it."""
    shutil.copyfile(FROZEN_LOG, path)
    return HistoryLog(path)


def season_log(path: Path) -> HistoryLog:
    """Seven months of twice-daily sessions as the benchmark makes them (600 sessions):
    months that break over pages, notes, pain drifting down, stop-rule events."""
    from benchmarks.history_scale import fill

    fill(path, 600, SEASON.today, seed=12)
    return HistoryLog(path)


BUILDERS = {"fortnight": fortnight_log, "frozen-v3": frozen_log, "season": season_log}


def fixture_text(case: Case) -> Path:
    """Where the old report's text of ``case`` is kept."""
    return DATA / f"report-{case.name}.txt"
