"""The session log: one SQLite file in the user's data folder.

The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS` lists
the steps from an empty file to the current version. Creating or upgrading runs
under one ``BEGIN IMMEDIATE`` that reads the version again once it holds the
write lock, so processes opening the log at the same moment never both create
or upgrade it; a file is always at some complete version. The journal is WAL
and every write is an explicit transaction.

:meth:`HistoryLog.open_readonly` reads a log without ever writing to it (nor
to its folder), for commands that only read: it works on a read-only medium
and on a full disk. A damaged log found while reading is a :class:`HistoryError`
that says so, that the file was left untouched and what to do.

A session row is written when the session starts and updated as each exercise
ends, so a crash loses at most the exercise in progress. A session whose end
was never written (the app crashed or was killed) reads as ``interrupted``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import random
import shutil
import sqlite3
import stat
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any, Concatenate, Final, ParamSpec, TypeVar

from homestretch.core.checkin import REGION_IDS
from homestretch.core.i18n import translate
from homestretch.core.player import (
    ExerciseEnded,
    ExerciseStatus,
    Outcome,
    SessionEnded,
    StateChanged,
)
from homestretch.core.player import State as PlayerState
from homestretch.core.session import CheckIn, NoteChanged, PainRated, logged_row
from homestretch.core.session import Event as AnyEvent
from homestretch.core.timeline import Timeline

WallClock = Callable[[], datetime]

_logger = logging.getLogger(__name__)

BUSY_TIMEOUT_SECONDS: Final = 10.0
"""How long opening or writing waits for another process holding the log."""

EMPTY_FILE_AGE_SECONDS: Final = 2.0
"""A 0-byte log younger than this is one another process is creating right now."""

SIDECAR_ROOM_BYTES: Final = 1 << 20
"""Free space below which a read-only open does not try to make SQLite's -shm file."""


def _local_dates(db: sqlite3.Connection) -> None:
    """Version 2 keeps each session's local calendar day; older rows get this machine's zone."""
    rows = db.execute("SELECT id, started_at FROM sessions").fetchall()
    for session_id, started in rows:
        local = datetime.fromisoformat(started).astimezone()
        offset = local.utcoffset()
        db.execute(
            "UPDATE sessions SET local_date = ?, utc_offset_minutes = ? WHERE id = ?",
            (
                local.date().isoformat(),
                int(offset.total_seconds() // 60) if offset is not None else 0,
                session_id,
            ),
        )


Migration = str | Callable[[sqlite3.Connection], None]

MIGRATIONS: Final[tuple[tuple[Migration, ...], ...]] = (
    # 1: sessions and their exercises.
    (
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
    ),
    # 2: pain check-ins, notes, events (stop rule), soft delete, local calendar day.
    (
        """
    ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10);
    ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10);
    ALTER TABLE sessions ADD COLUMN areas_before TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE sessions ADD COLUMN areas_after TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN deleted_at TEXT;
    ALTER TABLE sessions ADD COLUMN local_date TEXT;
    ALTER TABLE sessions ADD COLUMN utc_offset_minutes INTEGER;
    CREATE INDEX sessions_local_date ON sessions (local_date);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_session ON events (session_id);
    """,
        _local_dates,
    ),
    # 3: each routine snapshot stored once. A snapshot inline in every session row
    # pushed the columns after it into overflow pages, so reading ten years of
    # sessions read 50 MB; now rows are small and scans fast.
    (
        """
    CREATE TABLE snapshots (id INTEGER PRIMARY KEY, body TEXT NOT NULL UNIQUE);
    INSERT OR IGNORE INTO snapshots (body) SELECT routine_snapshot FROM sessions ORDER BY id;
    ALTER TABLE sessions ADD COLUMN snapshot_id INTEGER REFERENCES snapshots (id);
    UPDATE sessions
        SET snapshot_id = (SELECT id FROM snapshots WHERE body = sessions.routine_snapshot);
    ALTER TABLE sessions DROP COLUMN routine_snapshot;
    """,
    ),
    # 4: the speed a session ran at (``--speed``); 1 is real time. An exercise cut short
    # by Stop is "partial" (stopped part way), which version 1's CHECK did not allow:
    # the table is rebuilt with the wider CHECK (SQLite cannot change a CHECK in place).
    (
        """
    ALTER TABLE sessions ADD COLUMN speed REAL NOT NULL DEFAULT 1 CHECK (speed > 0);
    CREATE TABLE exercise_results_v4 (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('completed', 'skipped', 'partial')),
        planned_seconds REAL NOT NULL,
        done_seconds REAL NOT NULL,
        finished_at TEXT NOT NULL,
        PRIMARY KEY (session_id, position)
    );
    INSERT INTO exercise_results_v4 (session_id, position, exercise_id, exercise_name, status,
        planned_seconds, done_seconds, finished_at)
        SELECT session_id, position, exercise_id, exercise_name, status,
        planned_seconds, done_seconds, finished_at FROM exercise_results;
    DROP TABLE exercise_results;
    ALTER TABLE exercise_results_v4 RENAME TO exercise_results;
    """,
    ),
)
SCHEMA_VERSION: Final = len(MIGRATIONS)

SINGLE_EXERCISE: Final = "single_exercise"
"""The snapshot key (true) marking a session of one exercise started alone; older logs
and older versions of the app simply lack it (an extra key in a snapshot's JSON)."""


def _apply_migrations(db: sqlite3.Connection, version: int) -> None:
    """Run the steps after ``version`` (the caller holds the transaction).

    Raises:
        _MigrationError: a step failed; names the version it was reaching.
    """
    for target in range(version + 1, SCHEMA_VERSION + 1):
        try:
            for step in MIGRATIONS[target - 1]:
                if callable(step):
                    step(db)
                    continue
                for statement in step.split(";"):
                    if statement.strip():
                        db.execute(statement)
        except sqlite3.Error as exc:
            raise _MigrationError(target, exc) from None
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of the log at ``path`` is kept before it is upgraded from ``version``:
    beside it, ``history.sqlite3.v3.bak``."""
    return path.with_name(f"{path.name}.v{version}.bak")


def _keep_copy(path: Path, version: int) -> None:
    """Copy the log, as it is at ``version``, to :func:`backup_path` (unless a copy is there).

    The caller holds the log's write lock (and has written nothing yet), so
    nothing changes the log meanwhile. The copy is made with SQLite's backup
    API through a second, reading connection (the one holding the lock cannot
    be the source), so it is whole, with what the -wal file holds; it is
    written to a ``.part`` file first and moved into place when complete.

    Raises:
        HistoryError: the copy could not be made (nothing was upgraded then).
    """
    target = backup_path(path, version)
    if os.path.lexists(target):
        return  # never overwritten: the first copy of this version is the one kept
    part = target.with_name(f"{target.name}.part")
    try:
        part.unlink(missing_ok=True)  # left by a copy cut short
        source = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        copy = sqlite3.connect(part, isolation_level=None)
        try:
            source.execute("PRAGMA query_only = ON")
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            copy.close()
            source.close()
        part.chmod(stat.S_IMODE(path.stat().st_mode))  # no more readable than the log
        part.replace(target)
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):
            part.unlink(missing_ok=True)
        reason = write_problem(exc, part) if isinstance(exc, sqlite3.Error) else _reason(exc)
        raise HistoryError(
            translate(
                "HistoryProblems",
                "{file}: cannot upgrade the session log: a copy of it ({copy}) is made first "
                "and could not be: {reason}. The log was left as it was.",
            ).format(file=path, copy=target.name, reason=reason),
            reason,
        ) from None


class _MigrationError(Exception):
    def __init__(self, target: int, error: sqlite3.Error) -> None:
        super().__init__(target, error)
        self.target = target
        self.error = error


class HistoryError(Exception):
    """The session log cannot be opened or written. The message names the file.

    Attributes:
        reason: why, in plain words for the patient ("the disk is full").
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def damaged_message(path: Path, reason: str) -> str:
    """What to tell the patient when the log is damaged: what happened and what to do."""
    return translate(
        "HistoryProblems",
        "{file}: the session log is damaged ({reason}) and cannot be read. It was left "
        "untouched. To get help, send a copy of it (with the file {name}-wal beside it, if "
        "there is one). To start a new log and keep the old one, close Homestretch and move "
        "the file (and its -wal file) to another folder or rename it, for example to "
        "{stem}-damaged{suffix}; Homestretch starts a new log the next time it opens.",
    ).format(file=path, reason=reason, name=path.name, stem=path.stem, suffix=path.suffix)


def _problem(path: Path, doing: str, exc: BaseException) -> str:
    """The message for an SQLite error while ``doing`` (``open``, ``use``, ``read``)
    something with the log."""
    reason = _reason(exc)
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in reason:
        return translate(
            "HistoryProblems",
            "{file}: this file is not a Homestretch session log (or it is damaged); it was "
            "left untouched. Move it away to start a new log.",
        ).format(file=path)
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in reason:
        return damaged_message(path, reason)
    if doing == "open":
        text = translate("HistoryProblems", "{file}: cannot open the session log: {reason}")
    elif doing == "use":
        text = translate("HistoryProblems", "{file}: cannot use the session log: {reason}")
    else:
        text = translate("HistoryProblems", "{file}: cannot read the session log: {reason}")
    return text.format(file=path, reason=reason)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _reads(
    method: Callable[Concatenate[HistoryLog, _P], _R],
) -> Callable[Concatenate[HistoryLog, _P], _R]:
    """A reading method: an SQLite error (a damaged page...) becomes a plain HistoryError."""

    def read(self: HistoryLog, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise HistoryError(_problem(self.path, "read", exc)) from None

    functools.update_wrapper(read, method)
    return read


@dataclass(frozen=True)
class ExerciseResult:
    position: int
    exercise_id: str
    exercise_name: str
    status: ExerciseStatus
    planned_seconds: float
    done_seconds: float


@dataclass(frozen=True)
class LoggedEvent:
    """Something noted during a session, such as a stop-rule warning."""

    at: datetime
    kind: str
    detail: str


@dataclass(slots=True)
class SessionRecord:
    """One logged session, as read back (treat it as read-only).

    Not a frozen dataclass: building ten thousand frozen records costs a
    quarter of the history view's time budget, and nothing hashes them.
    """

    id: int
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    ended: Outcome
    planned_seconds: float
    done_seconds: float
    exercises: tuple[ExerciseResult, ...]
    snapshot: dict[str, Any]
    local_date: date | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    areas_before: tuple[str, ...] = ()
    areas_after: tuple[str, ...] = ()
    note: str = ""
    events: tuple[LoggedEvent, ...] = ()
    utc_offset_minutes: int | None = None
    """The patient's offset from UTC when the session started (None: not recorded)."""
    speed: float = 1.0
    """How many times faster than real time the session ran (``--speed``); 1 is real time."""

    @property
    def single_exercise(self) -> bool:
        """Whether the session was one exercise of its routine started alone (its snapshot
        is that one exercise): it counts for the exercise, not for the whole routine."""
        return self.snapshot.get(SINGLE_EXERCISE) is True

    @property
    def practice(self) -> bool:
        """Whether the session ran at another speed than real time: a practice or demo run,
        whose times are not real (it is left out of streaks and adherence)."""
        return self.speed != 1.0

    @property
    def zone(self) -> timezone | None:
        """The patient's time zone (a fixed offset) when the session started, if recorded."""
        if self.utc_offset_minutes is None:
            return None
        return timezone(timedelta(minutes=self.utc_offset_minutes))

    def local(self, moment: datetime) -> datetime:
        """``moment`` on the patient's clock where the session was done (this machine's
        zone if that was not recorded): the start's date is :attr:`local_date`."""
        return moment.astimezone(self.zone)

    @property
    def local_start(self) -> datetime:
        """The start on the patient's clock where the session was done."""
        return self.local(self.started_at)

    @property
    def sessions_per_week(self) -> int:
        value = self.snapshot.get("sessions_per_week")
        return value if isinstance(value, int) and value > 0 else 7

    @property
    def completed(self) -> tuple[ExerciseResult, ...]:
        return tuple(e for e in self.exercises if e.status is ExerciseStatus.COMPLETED)

    @property
    def skipped(self) -> tuple[ExerciseResult, ...]:
        return tuple(e for e in self.exercises if e.status is ExerciseStatus.SKIPPED)

    @property
    def partial(self) -> tuple[ExerciseResult, ...]:
        """Exercises cut short by Stop (with the seconds done)."""
        return tuple(e for e in self.exercises if e.status is ExerciseStatus.PARTIAL)


@dataclass(frozen=True)
class ExerciseTotal:
    """How often one exercise (by id) was completed and skipped over some sessions.

    ``name`` is its name in the newest of them, ``position`` its smallest
    place in a routine, ``first_used`` the start of the first session it was in
    and ``routine`` that session's routine (see :func:`order_totals`).
    """

    exercise_id: str
    name: str
    position: int
    first_used: datetime
    routine: str
    completed: int
    skipped: int
    partial: int = 0


def order_totals(totals: Iterable[ExerciseTotal]) -> list[ExerciseTotal]:
    """The order the history lists exercises in.

    Grouped by the routine each exercise was first done in, the routine first
    used earliest first; within a group by place in the routine, then by id.
    """
    ordered = list(totals)
    routine_start: dict[str, datetime] = {}
    for t in ordered:
        if t.routine not in routine_start or t.first_used < routine_start[t.routine]:
            routine_start[t.routine] = t.first_used
    return sorted(
        ordered, key=lambda t: (routine_start[t.routine], t.routine, t.position, t.exercise_id)
    )


_CHUNK: Final = 500
"""Values bound to one query at most (SQLite allows 999 before version 3.32)."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def _check_areas(path: Path, areas: Iterable[str]) -> None:
    """Refuse a body-map id this version does not know (a typo would be logged for good)."""
    unknown = sorted(set(areas) - REGION_IDS)
    if unknown:
        text = (
            translate(
                "HistoryProblems", "{file}: not written: {areas} is not an area of the body map"
            )
            if len(unknown) == 1
            else translate(
                "HistoryProblems", "{file}: not written: {areas} are not areas of the body map"
            )
        )
        raise HistoryError(text.format(file=path, areas=", ".join(map(repr, unknown))))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class HistoryLog:
    """The open session log.

    Args:
        path: the SQLite file; created with its folder if missing, upgraded if
            older. Use :meth:`open_readonly` to only read.
        wall: the wall clock for timestamps (UTC-aware datetimes).
    """

    def __init__(self, path: Path, *, wall: WallClock = utc_now) -> None:
        self.path = path
        self._wall = wall
        self.read_only = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            was_empty = _left_empty(path)
            self._db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(
                translate(
                    "HistoryProblems", "{file}: cannot open the session log: {reason}"
                ).format(file=path, reason=_reason(exc))
            ) from None
        try:
            self._check_version(self.schema_version)  # before anything that writes to the file
            self._db.execute("PRAGMA foreign_keys = ON")
            self._use_wal()
            self._db.execute("PRAGMA synchronous = NORMAL")
            created = self._migrate()
        except HistoryError:
            self._db.close()
            raise
        except sqlite3.Error as exc:
            self._db.close()
            raise HistoryError(_problem(path, "use", exc)) from None
        if was_empty and created:
            _logger.warning("%s was an empty file (0 bytes): started a new session log in it", path)

    @classmethod
    def open_readonly(cls, path: Path, *, wall: WallClock = utc_now) -> HistoryLog:
        """The log at ``path`` for reading only: nothing is ever created, upgraded or written.

        SQLite's read-only mode honours a log another process has open (its
        -wal and -shm files). When there are none and the folder could not
        take them (a read-only medium, a full disk), the file is read as
        immutable, so no -shm or -wal is left behind. A log of an older
        version is upgraded in memory for reading; the file stays as it is.

        Raises:
            HistoryError: there is no log, it is not a log, it is damaged, or
                it was written by a newer Homestretch.
        """
        log = cls.__new__(cls)
        log.path = path
        log._wall = wall
        log.read_only = True
        if not path.is_file():
            raise HistoryError(
                translate("HistoryProblems", "{file}: there is no session log").format(file=path)
            )
        try:
            log._db = sqlite3.connect(
                _readonly_uri(path),
                uri=True,
                isolation_level=None,
                timeout=BUSY_TIMEOUT_SECONDS,
            )
        except sqlite3.Error as exc:
            raise HistoryError(_problem(path, "open", exc)) from None
        try:
            log._db.execute("PRAGMA query_only = ON")
            version = log.schema_version
            log._check_version(version)
            if version < SCHEMA_VERSION:
                log._db = _upgraded_copy(log._db, version)
        except HistoryError:
            log._db.close()
            raise
        except (sqlite3.Error, _MigrationError) as exc:
            log._db.close()
            error = exc.error if isinstance(exc, _MigrationError) else exc
            raise HistoryError(_problem(path, "read", error)) from None
        return log

    def close(self) -> None:
        self._db.close()

    @property
    def wall(self) -> WallClock:
        """The clock the log stamps writes with."""
        return self._wall

    def __enter__(self) -> HistoryLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from None
        try:
            yield self._db
        except BaseException:
            self._rollback()
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()  # a failed COMMIT may have been rolled back by SQLite already
            raise self._write_error(exc) from None

    def _rollback(self) -> None:
        if self._db.in_transaction:
            with suppress(sqlite3.Error):  # (the error that led here is the one to report)
                self._db.execute("ROLLBACK")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: any failure is a :class:`HistoryError` with a plain reason."""
        try:
            with self._transaction() as db:
                yield db
        except sqlite3.Error as exc:
            raise self._write_error(exc) from None

    def _write_error(self, exc: sqlite3.Error) -> HistoryError:
        reason = write_problem(exc, self.path)
        return HistoryError(
            translate("HistoryProblems", "{file}: cannot write the session log: {reason}").format(
                file=self.path, reason=reason
            ),
            reason,
        )

    @property
    def schema_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise HistoryError(
                translate(
                    "HistoryProblems",
                    "{file}: this session log was written by a newer Homestretch (log version "
                    "{version}, this version reads up to {known}); update Homestretch to open "
                    "it. The file was left untouched.",
                ).format(file=self.path, version=version, known=SCHEMA_VERSION)
            )

    def _use_wal(self) -> None:
        """Switch the journal to WAL, waiting while another process opening the log holds it.

        Changing the journal mode needs the file to itself and SQLite does not
        wait for that, so this retries (briefly, only while another process is
        opening the same log) until the deadline.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        while True:
            try:
                if self._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                    return
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(random.uniform(0.005, 0.03))  # jitter: the openers do not retry in step

    def _migrate(self) -> bool:
        """Create or upgrade the schema under one write lock; True if it was created."""
        if self.schema_version == SCHEMA_VERSION:
            return False  # versions only go up: nothing to do, no lock needed
        try:
            self._db.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout
        except sqlite3.Error as exc:
            raise HistoryError(
                translate(
                    "HistoryProblems", "{file}: cannot upgrade the session log: {reason}"
                ).format(file=self.path, reason=_reason(exc))
            ) from None
        try:
            version = self.schema_version  # again: another process may have just done it
            self._check_version(version)
            if 0 < version < SCHEMA_VERSION:
                _keep_copy(self.path, version)
            _apply_migrations(self._db, version)
            self._db.execute("COMMIT")
        except BaseException as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            if isinstance(exc, _MigrationError):
                raise HistoryError(
                    translate(
                        "HistoryProblems",
                        "{file}: cannot upgrade the session log to version {version}: {reason}",
                    ).format(file=self.path, version=exc.target, reason=_reason(exc.error))
                ) from None
            raise
        return version == 0

    # -- writing

    def start_session(
        self,
        timeline: Timeline,
        *,
        pain_before: int | None = None,
        areas_before: tuple[str, ...] = (),
        at: datetime | None = None,
        speed: float = 1.0,
        single_exercise: bool = False,
    ) -> int:
        """Write a session's row; ``at`` is when it started (default: now), ``speed`` how
        many times faster than real time it runs (1: real time). ``single_exercise``: the
        timeline is one exercise of its routine started alone (marked in the snapshot).

        Raises:
            HistoryError: it cannot be written, or ``areas_before`` holds an id
                that is not an area of the body map.
            ValueError: ``speed`` is not above 0.
        """
        if not speed > 0:
            raise ValueError(f"speed {speed} is not above 0")
        _check_areas(self.path, areas_before)
        routine = timeline.routine
        moment = at or self._wall()
        now = _iso(moment)
        local = moment.astimezone()
        offset = local.utcoffset()
        body = routine.snapshot()
        if single_exercise:
            body[SINGLE_EXERCISE] = True
        snapshot = json.dumps(body, sort_keys=True)
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO snapshots (body) VALUES (?)", (snapshot,))
            (snapshot_id,) = db.execute(
                "SELECT id FROM snapshots WHERE body = ?", (snapshot,)
            ).fetchone()
            cursor = db.execute(
                "INSERT INTO sessions (routine_name, routine_path, snapshot_id, started_at,"
                " updated_at, planned_seconds, local_date, utc_offset_minutes, pain_before,"
                " areas_before, speed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    routine.name,
                    str(routine.source) if routine.source else None,
                    snapshot_id,
                    now,
                    now,
                    timeline.total_seconds,
                    local.date().isoformat(),
                    int(offset.total_seconds() // 60) if offset is not None else 0,
                    pain_before,
                    json.dumps(sorted(areas_before)),
                    speed,
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
        *,
        at: datetime | None = None,
    ) -> None:
        now = _iso(at or self._wall())
        with self._write() as db:
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

    def end_session(
        self, session_id: int, outcome: Outcome, done_seconds: float, *, at: datetime | None = None
    ) -> None:
        now = _iso(at or self._wall())
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET ended = ?, ended_at = ?, updated_at = ?, done_seconds = ?"
                " WHERE id = ?",
                (str(outcome), now, now, done_seconds, session_id),
            )

    def set_pain(
        self, session_id: int, when: str, rating: int | None, areas: tuple[str, ...] = ()
    ) -> None:
        """Record the pain check-in ``before`` or ``after`` a session (None clears it).

        Raises:
            HistoryError: it cannot be written, or ``areas`` holds an id that is
                not an area of the body map.
        """
        if when not in ("before", "after"):
            raise ValueError(when)
        if rating is not None and not 0 <= rating <= 10:
            raise ValueError(f"pain rating {rating} is not 0-10")
        _check_areas(self.path, areas)
        with self._write() as db:
            db.execute(
                f"UPDATE sessions SET pain_{when} = ?, areas_{when} = ? WHERE id = ?",
                (rating, json.dumps(sorted(areas)), session_id),
            )

    def set_note(self, session_id: int, note: str) -> None:
        with self._write() as db:
            db.execute("UPDATE sessions SET note = ? WHERE id = ?", (note.strip(), session_id))

    def add_event(
        self, session_id: int, kind: str, detail: str = "", *, at: datetime | None = None
    ) -> None:
        """Something worth telling the physiotherapist, such as a stop-rule warning."""
        with self._write() as db:
            db.execute(
                "INSERT INTO events (session_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                (session_id, _iso(at or self._wall()), kind, detail),
            )

    def delete_session(self, session_id: int) -> None:
        """Hide a session (undo with :meth:`restore_session`); :meth:`purge` removes it."""
        with self._write() as db:
            db.execute(
                "UPDATE sessions SET deleted_at = ? WHERE id = ?", (_iso(self._wall()), session_id)
            )

    def restore_session(self, session_id: int) -> None:
        with self._write() as db:
            db.execute("UPDATE sessions SET deleted_at = NULL WHERE id = ?", (session_id,))

    def purge(self) -> int:
        """Remove deleted sessions for good; returns how many."""
        with self._write() as db:
            cursor = db.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL")
        return cursor.rowcount

    # -- reading

    @_reads
    def first_day(self) -> date | None:
        """The local day of the first logged session (None: nothing logged)."""
        row = self._db.execute(
            "SELECT MIN(local_date) FROM sessions WHERE deleted_at IS NULL"
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    @staticmethod
    def _filter(
        since: date | None,
        until: date | None,
        routine: str | None,
        prefix: str = "",
        *,
        session_id: int | None = None,
    ) -> tuple[str, list[object]]:
        where = [f"{prefix}deleted_at IS NULL"]
        args: list[object] = []
        if session_id is not None:
            where.append(f"{prefix}id = ?")
            args.append(session_id)
        if since is not None:
            where.append(f"{prefix}local_date >= ?")
            args.append(since.isoformat())
        if until is not None:
            where.append(f"{prefix}local_date <= ?")
            args.append(until.isoformat())
        if routine is not None:
            where.append(f"{prefix}routine_name = ?")
            args.append(routine)
        return " AND ".join(where), args

    @_reads
    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        routine: str | None = None,
        with_exercises: bool = True,
        session_id: int | None = None,
    ) -> list[SessionRecord]:
        """Sessions newest first, filtered by local day (inclusive) and routine name.

        ``with_exercises=False`` skips the per-exercise rows (a table of
        sessions needs only their counts: :meth:`exercise_counts`);
        ``session_id`` reads that one session (:meth:`session`).
        """
        condition, args = self._filter(since, until, routine, session_id=session_id)
        ids = f"SELECT id FROM sessions WHERE {condition}"
        results: dict[int, list[ExerciseResult]] = {}
        if with_exercises:
            for row in self._db.execute(
                "SELECT session_id, position, exercise_id, exercise_name, status, planned_seconds,"
                f" done_seconds FROM exercise_results WHERE session_id IN ({ids})"
                " ORDER BY session_id, position",
                args,
            ):
                results.setdefault(row[0], []).append(
                    ExerciseResult(row[1], row[2], row[3], ExerciseStatus(row[4]), row[5], row[6])
                )
        events: dict[int, list[LoggedEvent]] = {}
        for sid, at, kind, detail in self._db.execute(
            f"SELECT session_id, at, kind, detail FROM events WHERE session_id IN ({ids})"
            " ORDER BY id",
            args,
        ):
            events.setdefault(sid, []).append(LoggedEvent(datetime.fromisoformat(at), kind, detail))
        snapshots = {
            snapshot_id: _load_snapshot(body)
            for snapshot_id, body in self._db.execute(
                "SELECT id, body FROM snapshots WHERE id IN"
                f" (SELECT snapshot_id FROM sessions WHERE {condition})",
                args,
            )
        }
        # The sessions last, row by row: ten thousand rows held at once until every record
        # is built would make Python's garbage collector go through them again and again.
        rows = self._db.execute(
            "SELECT id, routine_name, started_at, ended_at, updated_at, ended, planned_seconds,"
            " done_seconds, snapshot_id, local_date, pain_before, pain_after,"
            " areas_before, areas_after, note, utc_offset_minutes, speed FROM sessions"
            f" WHERE {condition} ORDER BY started_at DESC, id DESC",
            args,
        )
        # Ten thousand rows: each outcome and list of areas is looked up, not parsed again
        # (the records share the tuples).
        outcomes: dict[str | None, Outcome] = {o.value: o for o in Outcome}
        outcomes[None] = outcomes[""] = Outcome.INTERRUPTED
        areas: dict[str | None, tuple[str, ...]] = {}
        no_exercises: tuple[ExerciseResult, ...] = ()
        no_events: tuple[LoggedEvent, ...] = ()
        parse_time, parse_day = datetime.fromisoformat, date.fromisoformat
        records = []
        for row in rows:
            (sid, name, started, ended_at, updated, ended, planned, done, snapshot) = row[:9]
            local_day, pain_before, pain_after, areas_before, areas_after, note, offset = row[9:16]
            if areas_before not in areas:
                areas[areas_before] = _load_areas(areas_before)
            if areas_after not in areas:
                areas[areas_after] = _load_areas(areas_after)
            records.append(
                SessionRecord(
                    id=sid,
                    routine_name=name,
                    started_at=parse_time(started),
                    # A session that never ended was cut off: its last update is its end.
                    ended_at=parse_time(ended_at or updated),
                    ended=outcomes[ended],
                    planned_seconds=planned,
                    done_seconds=done,
                    exercises=tuple(results[sid]) if sid in results else no_exercises,
                    snapshot=snapshots.get(snapshot, {}),
                    local_date=parse_day(local_day) if local_day else None,
                    pain_before=pain_before,
                    pain_after=pain_after,
                    areas_before=areas[areas_before],
                    areas_after=areas[areas_after],
                    note=note or "",
                    events=tuple(events[sid]) if sid in events else no_events,
                    utc_offset_minutes=offset,
                    speed=row[16],
                )
            )
        return records

    def session(self, session_id: int) -> SessionRecord | None:
        """The session with this id, with its exercises and events; None if there is
        none (or it was deleted)."""
        found = self.sessions(session_id=session_id)
        return found[0] if found else None

    @_reads
    def exercise_counts(
        self, *, since: date | None = None, until: date | None = None, routine: str | None = None
    ) -> dict[int, tuple[int, int]]:
        """Per session id: (exercises completed, exercises skipped), in one query."""
        condition, args = self._filter(since, until, routine, prefix="s.")
        rows = self._db.execute(
            "SELECT r.session_id, SUM(r.status = 'completed'), SUM(r.status = 'skipped')"
            " FROM exercise_results r JOIN sessions s ON s.id = r.session_id"
            f" WHERE {condition} GROUP BY r.session_id",
            args,
        )
        return {sid: (done, skipped) for sid, done, skipped in rows}

    @_reads
    def exercise_totals(
        self, *, since: date | None = None, until: date | None = None, routine: str | None = None
    ) -> list[ExerciseTotal]:
        """Per exercise id, its completed, skipped and partial counts, in one aggregate query.

        The same figures as counting the exercises of :meth:`sessions`, without
        reading every exercise row into Python (ten years is 70,000 rows), in
        the order of :func:`order_totals`.
        """
        condition, args = self._filter(since, until, routine, prefix="s.")
        joined = f"FROM exercise_results r JOIN sessions s ON s.id = r.session_id WHERE {condition}"
        # The first routine and the newest name are those of the sessions started at the
        # first and at the newest start (ISO times in UTC sort as text): the counts come
        # with those starts, then those few sessions are read (at one start, the least
        # routine name and the greatest exercise name, as ever).
        found = self._db.execute(
            "SELECT r.exercise_id, MIN(r.position), MIN(s.started_at), MAX(s.started_at),"
            " SUM(r.status = 'completed'), SUM(r.status = 'skipped'), SUM(r.status = 'partial')"
            f" {joined} GROUP BY r.exercise_id",
            args,
        ).fetchall()
        starts = sorted({row[2] for row in found} | {row[3] for row in found})
        first_routine: dict[tuple[str, str], str] = {}
        newest_name: dict[tuple[str, str], str] = {}
        for chunk in range(0, len(starts), _CHUNK):
            some = starts[chunk : chunk + _CHUNK]
            for exercise_id, started, routine_name, name in self._db.execute(
                "SELECT r.exercise_id, s.started_at, s.routine_name, r.exercise_name"
                f" {joined} AND s.started_at IN ({', '.join('?' * len(some))})",
                [*args, *some],
            ):
                key = (exercise_id, started)
                first_routine[key] = min(first_routine.get(key, routine_name), routine_name)
                newest_name[key] = max(newest_name.get(key, name), name)
        totals = [
            ExerciseTotal(
                exercise_id,
                newest_name[exercise_id, newest],
                position,
                datetime.fromisoformat(first),
                first_routine[exercise_id, first],
                completed,
                skipped,
                cut_short,
            )
            for exercise_id, position, first, newest, completed, skipped, cut_short in found
        ]
        return order_totals(totals)


def _load_snapshot(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _load_areas(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":  # nearly every session: no need to parse
        return ()
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _left_empty(path: Path) -> bool:
    """Whether ``path`` is a 0-byte file left so (not one being created this instant)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_size == 0 and time.time() - info.st_mtime > EMPTY_FILE_AGE_SECONDS


def _readonly_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything beside it."""
    name = urllib.parse.quote(str(path.absolute()))
    try:
        unsaved = Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        unsaved = False
    if not unsaved and not _room_for_sidecars(path.parent):
        # Nothing waits in a -wal file to be honoured, and SQLite could not make
        # (or fill) its -shm here: read the file as it is. (An empty -wal or a
        # stub -shm, as a failed read of an older version left them, is ignored.)
        return f"file:{name}?immutable=1"
    return f"file:{name}?mode=ro"


def _room_for_sidecars(folder: Path) -> bool:
    try:
        return (
            os.access(folder, os.W_OK | os.X_OK)
            and shutil.disk_usage(folder).free >= SIDECAR_ROOM_BYTES
        )
    except OSError:
        return False


def _upgraded_copy(db: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An older log copied into memory and upgraded there, for reading; ``db`` is closed."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.backup(memory)
        db.close()
        memory.execute("BEGIN")
        _apply_migrations(memory, version)
        memory.execute("COMMIT")
    except BaseException:
        memory.close()
        raise
    return memory


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


NO_ROOM_BYTES: Final = 64 * 1024
"""Less free space than this on the log's disk reads as a full disk."""


def write_problem(exc: sqlite3.Error, path: Path) -> str:
    """Why writing the log at ``path`` failed, in plain words for the patient."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    full = primary == sqlite3.SQLITE_FULL
    if primary == sqlite3.SQLITE_IOERR:
        try:
            full = shutil.disk_usage(path.parent).free < NO_ROOM_BYTES
        except OSError:
            full = False
        if not full:
            return translate("HistoryProblems", "the disk cannot be written to")
    if full:
        return translate("HistoryProblems", "the disk is full")
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return translate("HistoryProblems", "the session log is damaged")
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        if not os.access(path.parent, os.W_OK):
            return translate("HistoryProblems", "the folder is read-only")
        if path.exists() and not os.access(path, os.W_OK):
            return translate("HistoryProblems", "the session log file is read-only")
        return translate("HistoryProblems", "the session log cannot be written")
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return translate("HistoryProblems", "another program is busy writing to the session log")
    return _reason(exc)


SessionWrite = Callable[[HistoryLog, int], None]
"""A write about one session, given the log and the session's id."""


RETRY_INTERVAL: Final = 2.0
"""Seconds between tries, while the log cannot be written, at the most (also the window's)."""


class SessionRecorder:
    """Writes a session's events to the log as they happen, and keeps what it cannot write.

    Subscribe it to a session (:class:`~homestretch.core.session.Session`) or a
    bare player: ``session.subscribe(recorder)``. The session's row is written
    when the session first starts running, each exercise's result as it ends,
    the check-ins, the note and the moments :func:`~homestretch.core.session.logged_row`
    names as they come, and the end. A write that fails (a full disk, a damaged or
    read-only log) never raises into the session: it waits in a queue with
    everything after it, and the queue is written in order at later events
    (at most every ``retry_interval`` seconds while writing fails, and always
    at the session's end) and whenever :meth:`flush` is called, so once
    writing works again the rest of the session is saved. In order means the
    session's ``done_seconds`` in the log never counts an exercise whose
    result is not there.

    Args:
        log: the open session log.
        timeline: the session being recorded.
        pain_before: the pain check-in before the session, if given.
        areas_before: where it hurt before the session.
        speed: how many times faster than real time the session runs (logged with it).
        single_exercise: the timeline is one exercise of its routine started alone.
        on_failed: told when writing stops working (once, not at every retry;
            again only if the reason changes), with the error: its ``reason``
            is in plain words.
        on_recovered: told when writing works again and nothing is waiting.
        now: a monotonic clock in seconds, for ``retry_interval``.
        retry_interval: while writing fails, events try again no more often
            than this (a failing write can take a while: a locked log waits).
    """

    def __init__(
        self,
        log: HistoryLog,
        timeline: Timeline,
        *,
        pain_before: int | None = None,
        areas_before: tuple[str, ...] = (),
        speed: float = 1.0,
        single_exercise: bool = False,
        on_failed: Callable[[HistoryError], None] | None = None,
        on_recovered: Callable[[], None] | None = None,
        now: Callable[[], float] = time.monotonic,
        retry_interval: float = RETRY_INTERVAL,
    ) -> None:
        self.log = log
        self.timeline = timeline
        self.session_id: int | None = None
        self.pain_before = pain_before
        self.areas_before = areas_before
        self.speed = speed
        self.single_exercise = single_exercise
        self.on_failed = on_failed
        self.on_recovered = on_recovered
        self.problem: HistoryError | None = None
        """Why the last write failed; None while everything is written."""
        self._now = now
        self._retry_interval = retry_interval
        self._tried_at = 0.0
        self._started = False
        self._pending: deque[Callable[[], None]] = deque()

    @property
    def started(self) -> bool:
        """True once the session has started (and :meth:`record` may be used)."""
        return self._started

    @property
    def saved(self) -> bool:
        """True when everything so far is in the log."""
        return not self._pending

    @property
    def pending(self) -> int:
        """How many writes are waiting."""
        return len(self._pending)

    def __call__(self, event: AnyEvent) -> None:
        if isinstance(event, PainRated | NoteChanged) or logged_row(event) is not None:
            self._session_event(event)
            return
        if isinstance(event, StateChanged):
            if event.state is PlayerState.RUNNING and not self._started:
                self._started = True
                self._pending.append(partial(self._start, self.log.wall()))
        elif isinstance(event, ExerciseEnded) and self._started:
            ended, at = event, self.log.wall()
            exercise = self.timeline.routine.exercises[ended.exercise_index]
            self.record(
                lambda log, session_id: log.record_exercise(
                    session_id,
                    ended.exercise_index,
                    exercise.id,
                    exercise.name,
                    ended.status,
                    ended.planned_seconds,
                    ended.done_seconds,
                    ended.session_done_seconds,
                    at=at,
                ),
                flush=False,
            )
        elif isinstance(event, SessionEnded) and self._started:
            end, at = event, self.log.wall()
            self.record(
                lambda log, session_id: log.end_session(
                    session_id, end.outcome, end.done_seconds, at=at
                ),
                flush=False,
            )
        if (
            self.problem is None
            or isinstance(event, SessionEnded)
            or self._now() - self._tried_at >= self._retry_interval
        ):
            self.flush()

    def record(self, write: SessionWrite, *, flush: bool = True) -> None:
        """Write something about this session (a pain rating, a note, an event).

        It is written after everything the recorder already has, with the
        session's id; if it cannot be written now it waits like the rest.

        Raises:
            RuntimeError: the session has not started yet.
        """
        if not self._started:
            raise RuntimeError("nothing can be recorded before the session starts")
        self._pending.append(lambda: write(self.log, self._id()))
        if flush:
            self.flush()

    def flush(self) -> bool:
        """Write what is waiting, in order; True when nothing is left. Never raises
        :class:`HistoryError` (see ``on_failed``)."""
        self._tried_at = self._now()
        while self._pending:
            try:
                self._pending[0]()
            except HistoryError as exc:
                self._failed(exc)
                return False
            self._pending.popleft()
        if self.problem is not None:
            self.problem = None
            if self.on_recovered is not None:
                self.on_recovered()
        return True

    def _session_event(self, event: AnyEvent) -> None:
        if isinstance(event, PainRated) and event.when is CheckIn.BEFORE:
            if not self._started:  # (afterwards it is the next session's)
                self.pain_before, self.areas_before = event.rating, event.areas
            return
        if not self._started:
            return
        row = logged_row(event)
        if row is not None:
            (kind, detail), at = row, self.log.wall()  # (it may be written later)
            self.record(lambda log, session_id: log.add_event(session_id, kind, detail, at=at))
        elif isinstance(event, PainRated):  # after (during is an event row)
            when, rating, areas = event.when, event.rating, event.areas
            self.record(lambda log, session_id: log.set_pain(session_id, when, rating, areas))
        elif isinstance(event, NoteChanged):
            text = event.text
            self.record(lambda log, session_id: log.set_note(session_id, text))

    def _start(self, at: datetime) -> None:
        self.session_id = self.log.start_session(
            self.timeline,
            pain_before=self.pain_before,
            areas_before=self.areas_before,
            at=at,
            speed=self.speed,
            single_exercise=self.single_exercise,
        )

    def _id(self) -> int:
        assert self.session_id is not None  # the row is written before anything queued after it
        return self.session_id

    def _failed(self, exc: HistoryError) -> None:
        told = self.problem
        self.problem = exc
        if (told is None or told.reason != exc.reason) and self.on_failed is not None:
            self.on_failed(exc)
