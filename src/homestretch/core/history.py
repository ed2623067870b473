"""The session log: one SQLite file in the user's data folder.

The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS` lists
the steps from an empty file to the current version and each runs inside one
transaction, so a file is always at some complete version. The journal is WAL
and every write is an explicit transaction.

A session row is written when the session starts and updated as each exercise
ends, so a crash loses at most the exercise in progress. A session whose end
was never written (the app crashed or was killed) reads as ``interrupted``.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from homestretch.core.player import (
    Event,
    ExerciseEnded,
    ExerciseStatus,
    Outcome,
    SessionEnded,
    StateChanged,
)
from homestretch.core.player import State as PlayerState
from homestretch.core.timeline import Timeline

WallClock = Callable[[], datetime]

MIGRATIONS: Final[tuple[str, ...]] = (
    # 1: sessions and their exercises.
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_name TEXT NOT NULL,
        routine_path TEXT,
        routine_snapshot TEXT NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ended_at TEXT,
        planned_seconds REAL NOT NULL,
        done_seconds REAL NOT NULL DEFAULT 0,
        ended TEXT CHECK (ended IN ('completed', 'stopped', 'interrupted'))
    );
    CREATE INDEX sessions_started ON sessions (started_at);
    CREATE TABLE exercise_results (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('completed', 'skipped')),
        planned_seconds REAL NOT NULL,
        done_seconds REAL NOT NULL,
        finished_at TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    """,
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

CSV_COLUMNS: Final = (
    "id",
    "started_at",
    "ended_at",
    "routine",
    "ended",
    "planned_seconds",
    "done_seconds",
    "exercises_completed",
    "exercises_skipped",
    "skipped",
)
"""Column order of ``homestretch history --csv`` (documented in docs/history.md)."""


class HistoryError(Exception):
    """The session log cannot be opened or written. The message names the file."""


@dataclass(frozen=True)
class ExerciseResult:
    position: int
    exercise_id: str
    exercise_name: str
    status: ExerciseStatus
    planned_seconds: float
    done_seconds: float


@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    ended: Outcome
    planned_seconds: float
    done_seconds: float
    exercises: tuple[ExerciseResult, ...]
    snapshot: dict[str, Any]

    @property
    def completed(self) -> tuple[ExerciseResult, ...]:
        return tuple(e for e in self.exercises if e.status is ExerciseStatus.COMPLETED)

    @property
    def skipped(self) -> tuple[ExerciseResult, ...]:
        return tuple(e for e in self.exercises if e.status is ExerciseStatus.SKIPPED)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class HistoryLog:
    """The open session log.

    Args:
        path: the SQLite file; created with its folder if missing.
        wall: the wall clock for timestamps (UTC-aware datetimes).
    """

    def __init__(self, path: Path, *, wall: WallClock = utc_now) -> None:
        self.path = path
        self._wall = wall
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"{path}: cannot open the session log: {_reason(exc)}") from None
        try:
            self._check_version()  # before anything that writes to the file
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except HistoryError:
            self._db.close()
            raise
        except sqlite3.Error as exc:
            self._db.close()
            if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
                raise HistoryError(
                    f"{path}: this file is not a Homestretch session log (or it is damaged); "
                    "it was left untouched. Move it away to start a new log."
                ) from None
            raise HistoryError(f"{path}: cannot use the session log: {_reason(exc)}") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HistoryLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise HistoryError(
                f"{self.path}: cannot write the session log: {_reason(exc)}"
            ) from None
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise HistoryError(
                f"{self.path}: cannot write the session log: {_reason(exc)}"
            ) from None

    @property
    def schema_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _check_version(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{self.path}: this session log was written by a newer Homestretch "
                f"(log version {version}, this version reads up to {SCHEMA_VERSION}); "
                "update Homestretch to open it. The file was left untouched."
            )

    def _migrate(self) -> None:
        version = self.schema_version
        for target in range(version + 1, SCHEMA_VERSION + 1):
            try:
                with self._transaction() as db:
                    for statement in MIGRATIONS[target - 1].split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {target}")
            except sqlite3.Error as exc:
                raise HistoryError(
                    f"{self.path}: cannot upgrade the session log to version {target}: "
                    f"{_reason(exc)}"
                ) from None

    # -- writing

    def start_session(self, timeline: Timeline) -> int:
        routine = timeline.routine
        now = _iso(self._wall())
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_name, routine_path, routine_snapshot, started_at,"
                " updated_at, planned_seconds) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    routine.name,
                    str(routine.source) if routine.source else None,
                    json.dumps(routine.snapshot(), sort_keys=True),
                    now,
                    now,
                    timeline.total_seconds,
                ),
            )
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id

    def record_exercise(
        self,
        session_id: int,
        position: int,
        exercise_id: str,
        exercise_name: str,
        status: ExerciseStatus,
        planned_seconds: float,
        done_seconds: float,
        session_done_seconds: float,
    ) -> None:
        now = _iso(self._wall())
        with self._transaction() as db:
            db.execute(
                "INSERT INTO exercise_results (session_id, position, exercise_id, exercise_name,"
                " status, planned_seconds, done_seconds, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, position) DO UPDATE SET status = excluded.status,"
                " done_seconds = excluded.done_seconds, finished_at = excluded.finished_at",
                (
                    session_id,
                    position,
                    exercise_id,
                    exercise_name,
                    str(status),
                    planned_seconds,
                    done_seconds,
                    now,
                ),
            )
            db.execute(
                "UPDATE sessions SET done_seconds = ?, updated_at = ? WHERE id = ?",
                (session_done_seconds, now, session_id),
            )

    def end_session(self, session_id: int, outcome: Outcome, done_seconds: float) -> None:
        now = _iso(self._wall())
        with self._transaction() as db:
            db.execute(
                "UPDATE sessions SET ended = ?, ended_at = ?, updated_at = ?, done_seconds = ?"
                " WHERE id = ?",
                (str(outcome), now, now, done_seconds, session_id),
            )

    # -- reading

    def sessions(self) -> list[SessionRecord]:
        """Every session, newest first."""
        rows = self._db.execute(
            "SELECT id, routine_name, started_at, ended_at, updated_at, ended, planned_seconds,"
            " done_seconds, routine_snapshot FROM sessions ORDER BY started_at DESC, id DESC"
        ).fetchall()
        results: dict[int, list[ExerciseResult]] = {}
        for row in self._db.execute(
            "SELECT session_id, position, exercise_id, exercise_name, status, planned_seconds,"
            " done_seconds FROM exercise_results ORDER BY session_id, position"
        ):
            results.setdefault(row[0], []).append(
                ExerciseResult(row[1], row[2], row[3], ExerciseStatus(row[4]), row[5], row[6])
            )
        records = []
        for sid, name, started, ended_at, updated, ended, planned, done, snapshot in rows:
            records.append(
                SessionRecord(
                    id=sid,
                    routine_name=name,
                    started_at=datetime.fromisoformat(started),
                    # A session that never ended was cut off: its last update is its end.
                    ended_at=datetime.fromisoformat(ended_at or updated),
                    ended=Outcome(ended) if ended else Outcome.INTERRUPTED,
                    planned_seconds=planned,
                    done_seconds=done,
                    exercises=tuple(results.get(sid, ())),
                    snapshot=_load_snapshot(snapshot),
                )
            )
        return records

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for s in self.sessions():
            writer.writerow(
                (
                    s.id,
                    _iso(s.started_at),
                    _iso(s.ended_at) if s.ended_at else "",
                    s.routine_name,
                    str(s.ended),
                    round(s.planned_seconds),
                    round(s.done_seconds),
                    len(s.completed),
                    len(s.skipped),
                    " ".join(e.exercise_id for e in s.skipped),
                )
            )
        return out.getvalue()


def _load_snapshot(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


class SessionRecorder:
    """Writes a player's events to the log as they happen.

    Subscribe it to a player: ``player.subscribe(recorder)``. The row is
    created when the session first starts running.
    """

    def __init__(self, log: HistoryLog, timeline: Timeline) -> None:
        self.log = log
        self.timeline = timeline
        self.session_id: int | None = None

    def __call__(self, event: Event) -> None:
        if isinstance(event, StateChanged):
            if event.state is PlayerState.RUNNING and self.session_id is None:
                self.session_id = self.log.start_session(self.timeline)
        elif isinstance(event, ExerciseEnded) and self.session_id is not None:
            exercise = self.timeline.routine.exercises[event.exercise_index]
            self.log.record_exercise(
                self.session_id,
                event.exercise_index,
                exercise.id,
                exercise.name,
                event.status,
                event.planned_seconds,
                event.done_seconds,
                event.session_done_seconds,
            )
        elif isinstance(event, SessionEnded) and self.session_id is not None:
            self.log.end_session(self.session_id, event.outcome, event.done_seconds)
