#!/usr/bin/env python3
"""Whether years of sessions keep the history view and the PDF report instant.

Fills a session log in a temporary folder with ``--sessions`` sessions
(default 10,000) of the bundled routine's seven exercises: twice a day,
morning and evening, a slot missed now and then, going back from today (about
fifteen years at the default), with the routine's snapshot prescribing 14
sessions a week. Most sessions are completed; some are stopped part-way (an
exercise skipped, the rest never reached) and a few interrupted. Pain ratings
(0-10) before and after most sessions drift down over the years with day-to-day
noise, a few sessions carry a note (some starting with ``-`` or ``=``) and a few
a stop-rule event. Rows go in with ``executemany`` in one transaction, after
:class:`HistoryLog` has created the file at the current schema version.

Then it times, each from a freshly opened log:

* ``history_open_ms``: opening the log and building the window's history
  view, ``HistoryView(log, today=...)``, until it is shown, laid out and
  painted (everything on it, the per-exercise rates included, is loaded by
  then);
* ``report_ms``: :func:`homestretch.documents.report.write_report` for the
  whole range of the log, into a PDF file (reportlab, no Qt).

Each is run ``--runs`` times (default 3) after one untimed warm-up run; the
figures are the medians. Targets: under 300 ms and under 2,000 ms. Last line:
``report_ms: N``.

Usage: ``benchmarks/history_scale.py [--sessions N] [--runs N] [--keep DIR]``
(``--keep`` writes the log and the report into DIR and leaves them there).
Draws offscreen (``QT_QPA_PLATFORM=offscreen``) unless ``QT_QPA_PLATFORM`` is set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline

DEFAULT_SESSIONS = 10_000
DEFAULT_RUNS = 3
PER_WEEK = 14
SEED = 20260301
HISTORY_TARGET_MS = 300.0
REPORT_TARGET_MS = 2000.0
SLOTS = ((8, 0), (19, 30))
"""Local start times of the two daily sessions (before jitter)."""
MISSED = 0.08
"""Share of slots with no session."""
NOTES = (
    "Felt stiff in the morning, easier by the end.",
    "Leg pain down to the knee today, stopped the prone bends early.",
    "Good session, no tingling afterwards.",
    "- tingling in the left foot after the nerve glide",
    "=less pain than last week",
    "Walked 30 minutes before, back felt warm and loose.",
)


def fill(path: Path, sessions: int, today: date, seed: int = SEED) -> tuple[date, date]:
    """Write ``sessions`` sessions ending on ``today``; returns the first and last local day."""
    routine = load_routine(BUNDLED_ROUTINE)
    timeline = build_timeline(routine)
    snapshot = routine.snapshot()
    snapshot["sessions_per_week"] = PER_WEEK
    snapshot_text = json.dumps(snapshot, sort_keys=True)
    exercises = routine.exercises
    planned_each = timeline.total_seconds / len(exercises)
    HistoryLog(path).close()  # the schema, at the current version

    rng = random.Random(seed)
    slots: list[datetime] = []
    day = today
    while len(slots) < sessions:
        for hour, minute in reversed(SLOTS):
            if rng.random() >= MISSED and len(slots) < sessions:
                local = datetime(day.year, day.month, day.day, hour, minute).astimezone()
                slots.append(local + timedelta(minutes=rng.randint(-40, 40)))
        day -= timedelta(days=1)
    slots.reverse()

    session_rows: list[tuple[object, ...]] = []
    result_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    for number, start in enumerate(slots, start=1):
        progress = number / len(slots)
        roll = rng.random()
        reached = len(exercises)
        ended: str | None = "completed"
        if roll < 0.08:
            ended, reached = "stopped", rng.randint(1, len(exercises))
        elif roll < 0.11:
            ended, reached = None, rng.randint(1, len(exercises))
        done_total = 0.0
        moment = start
        for position, exercise in enumerate(exercises[:reached]):
            skipped = ended == "stopped" and position == reached - 1
            done = planned_each * (rng.uniform(0.1, 0.6) if skipped else 1.0)
            done_total += done
            moment += timedelta(seconds=done + 20)
            result_rows.append(
                (
                    number,
                    position,
                    exercise.id,
                    exercise.name,
                    "skipped" if skipped else "completed",
                    planned_each,
                    done,
                    _iso(moment),
                )
            )
        base = 7.0 - 5.0 * progress + rng.gauss(0, 1.2)
        before = _rating(base) if rng.random() < 0.75 else None
        after = _rating(base + rng.uniform(-1.5, 0.8)) if rng.random() < 0.7 else None
        note = rng.choice(NOTES) if rng.random() < 0.04 else ""
        offset = start.utcoffset()
        session_rows.append(
            (
                number,
                routine.name,
                str(BUNDLED_ROUTINE),
                1,  # the snapshot, stored once
                _iso(start),
                _iso(moment),
                _iso(moment) if ended else None,
                timeline.total_seconds,
                done_total,
                ended,
                before,
                after,
                json.dumps(["left leg"] if before is not None and before >= 6 else []),
                note,
                start.date().isoformat(),
                int(offset.total_seconds() // 60) if offset is not None else 0,
            )
        )
        if rng.random() < 0.005:
            event_rows.append(
                (number, _iso(moment), "stop_rule", "Pain rose from 3 to 6 during the session.")
            )

    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN")
        db.execute("INSERT INTO snapshots (id, body) VALUES (1, ?)", (snapshot_text,))
        db.executemany(
            "INSERT INTO sessions (id, routine_name, routine_path, snapshot_id, started_at,"
            " updated_at, ended_at, planned_seconds, done_seconds, ended, pain_before,"
            " pain_after, areas_before, note, local_date, utc_offset_minutes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            session_rows,
        )
        db.executemany(
            "INSERT INTO exercise_results (session_id, position, exercise_id, exercise_name,"
            " status, planned_seconds, done_seconds, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            result_rows,
        )
        db.executemany(
            "INSERT INTO events (session_id, at, kind, detail) VALUES (?, ?, ?, ?)", event_rows
        )
        db.execute("COMMIT")
    finally:
        db.close()
    return slots[0].date(), slots[-1].date()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _rating(value: float) -> int:
    return max(0, min(10, round(value)))


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages to stderr, less the offscreen plugin's note on every window shown."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS)
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS)
    parser.add_argument("--keep", metavar="DIR", type=Path, help="keep the log and report here")
    args = parser.parse_args(argv)
    if not 1 <= args.sessions <= 1_000_000:
        parser.error("--sessions must be from 1 to 1000000")
    if not 1 <= args.runs <= 100:
        parser.error("--runs must be from 1 to 100")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    qInstallMessageHandler(_quiet_offscreen)
    from homestretch.documents.report import write_report
    from homestretch.ui.history_view import HistoryView

    with tempfile.TemporaryDirectory(prefix="homestretch-scale-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "history.sqlite3"
        path.unlink(missing_ok=True)
        today = date.today()
        started = time.perf_counter()
        first, last = fill(path, args.sessions, today)
        print(
            f"log: {args.sessions} sessions x 7 exercises, {first} to {last} "
            f"({(last - first).days + 1} days), filled in {time.perf_counter() - started:.1f} s, "
            f"{path.stat().st_size / 1e6:.1f} MB"
        )
        output = folder / "report.pdf"

        def open_history() -> None:
            """From opening the log to the view shown, laid out and painted."""
            with HistoryLog(path) as log:
                view = HistoryView(log, today=lambda: today)
                view.resize(1280, 800)
                view.show()
                app.processEvents()
                view.close()
                view.deleteLater()

        def report() -> None:
            with HistoryLog(path) as log:
                write_report(log, first, last, output, today=today)

        history_ms: list[float] = []
        report_ms: list[float] = []
        for run in range(args.runs + 1):
            history = time_ms(open_history)
            app.processEvents()  # the closed view goes, outside the timing
            made = time_ms(report)
            if run:  # the first run warms caches (files, fonts, imports) and is not counted
                history_ms.append(history)
                report_ms.append(made)
        pages = len(re.findall(rb"/Type\s*/Page(?!s)", output.read_bytes()))
        print(f"report: {output.stat().st_size / 1e6:.1f} MB, {pages} pages")
        history_median = statistics.median(history_ms)
        report_median = statistics.median(report_ms)
        print(
            f"targets: history view under {HISTORY_TARGET_MS:g} ms: "
            f"{'met' if history_median < HISTORY_TARGET_MS else 'NOT met'}; report under "
            f"{REPORT_TARGET_MS:g} ms: {'met' if report_median < REPORT_TARGET_MS else 'NOT met'}"
        )
        print(f"history_open_ms: {history_median:.0f}")
        print(f"report_ms: {report_median:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
