"""Write a small session log with whatever Homestretch is on ``PYTHONPATH``, and what it reads back.

Run with an OLD version's source on the path, from a checkout of its commit
(see README.md here); the log files in this folder were made this way and are
kept as they came out (frozen): the migration tests open them with today's
code. Today's code is not used to make them.

Usage: PYTHONPATH=OLD/src python make_old_log.py ROUTINE.yaml OUT.sqlite3 OUT.json
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from homestretch.core.history import HistoryLog
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline


class Wall:
    """A wall clock that moves only when told (each read adds a second)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def plain(value: Any) -> Any:
    """A record's value as JSON: times in ISO 8601, enums as their words."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def snapshot_digest(snapshot: dict[str, Any]) -> str:
    """The SHA-256 of a routine snapshot as sorted JSON (the JSON file keeps only that)."""
    return hashlib.sha256(json.dumps(snapshot, sort_keys=True).encode()).hexdigest()


def expected_json(records: list[Any]) -> str:
    rows = []
    for record in records:
        row = plain(record)
        row["snapshot"] = snapshot_digest(record.snapshot)
        rows.append(row)
    return json.dumps(rows, indent=1, sort_keys=True) + "\n"


def main(routine_file: Path, out: Path, expected: Path) -> None:
    daily = build_timeline(load_routine(routine_file))
    other_file = out.with_name("Weekly routine.yaml")
    other_file.write_text(
        routine_file.read_text(encoding="utf-8").replace("name:", "name: Weekly -", 1),
        encoding="utf-8",
    )
    weekly = build_timeline(load_routine(other_file))
    other_file.unlink()
    wall = Wall()
    log = HistoryLog(out, wall=wall)
    extras = hasattr(log, "set_pain")  # version 2 on: pain, notes, events, soft delete

    def session(timeline: Any, start: datetime, statuses: str, outcome: Outcome | None) -> int:
        wall.now = start
        sid: int = log.start_session(timeline)
        done = 0.0
        for position, mark in enumerate(statuses):
            exercise = timeline.routine.exercises[position]
            status = ExerciseStatus.COMPLETED if mark == "c" else ExerciseStatus.SKIPPED
            seconds = 60.0 if mark == "c" else 12.5
            done += seconds
            wall.now += timedelta(seconds=seconds)
            log.record_exercise(
                sid, position, exercise.id, exercise.name, status, 60.0, seconds, done
            )
        if outcome is not None:
            log.end_session(sid, outcome, done)
        return sid

    n = len(daily.routine.exercises)
    day = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    first = session(daily, day, "c" * n, Outcome.COMPLETED)
    second = session(daily, day + timedelta(hours=10), "cs", Outcome.STOPPED)
    session(weekly, day + timedelta(days=1, hours=16), "c" * n, Outcome.COMPLETED)
    # Cut off (never ended), late in the evening in New York: another day in UTC.
    session(daily, day + timedelta(days=1, hours=19, minutes=30), "ccs", None)
    hidden = session(daily, day + timedelta(days=3), "c", Outcome.STOPPED)
    if extras:
        log.set_pain(first, "before", 6, ("lower_back", "buttock_right"))
        log.set_pain(first, "after", 3, ("lower_back",))
        log.set_note(first, "Tingling in the right foot, less after.")
        log.add_event(second, "pain", "7")
        log.add_event(second, "stop_rule", "pain 7 of 10 is above the limit 6")
        log.set_pain(second, "before", 4)
        log.delete_session(hidden)
    records = log.sessions()
    log.close()
    expected.write_text(expected_json(records), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
