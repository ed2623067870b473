"""A session whose log cannot be written: on a disk that fills up, on a damaged log.

The failures are real (a 1 MB tmpfs filled with a file, garbage over a page
of a real log), driven on a fake clock through the real player and recorder.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from homestretch.core.history import RETRY_INTERVAL, HistoryError, HistoryLog, SessionRecorder
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Event, ExerciseEnded, Outcome, Player, State
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline
from tests.disk import damage_page_of, fill, small_disk
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as folder:
        yield folder


class Session:
    """The real player and recorder on a fake clock; the log's wall clock follows it."""

    def __init__(self, log_path: Path) -> None:
        self.clock = FakeClock(0.0)
        self.log = HistoryLog(log_path, wall=lambda: START + timedelta(seconds=self.clock.now))
        self.player = Player(TIMELINE, self.clock)
        self.failures: list[HistoryError] = []
        self.recoveries = 0
        self.recorder = SessionRecorder(
            self.log,
            TIMELINE,
            on_failed=self.failures.append,
            on_recovered=self._recovered,
            now=self.clock,
        )
        self.ended: list[tuple[ExerciseEnded, float]] = []
        self.player.subscribe(self._seen)
        self.player.subscribe(self.recorder)

    def _recovered(self) -> None:
        self.recoveries += 1

    def _seen(self, event: Event) -> None:
        if isinstance(event, ExerciseEnded):
            self.ended.append((event, self.clock.now))

    def run_until(self, position: float) -> None:
        """Update twice a (session) second up to ``position``, as the driver would."""
        while self.player.state is State.RUNNING and self.player.position() < position:
            self.clock.advance(0.5)
            self.player.update()

    def state(self) -> State:
        return self.player.state

    def close(self) -> None:
        self.log.close()


def test_a_disk_that_fills_mid_session_and_frees_again_ends_with_everything_saved(
    disk: Path,
) -> None:
    session = Session(disk / "history.sqlite3")
    session.player.start()
    session.run_until(12)
    assert session.recorder.session_id is not None  # the row is in

    filler = fill(disk)
    first_blocked = len(session.ended)
    session.run_until(TIMELINE.work_end(2) + 1)  # three exercises end on a full disk
    assert session.player.state is State.RUNNING  # the session goes on
    assert session.player.position() >= TIMELINE.work_end(2) + 1
    assert [f.reason for f in session.failures] == ["the disk is full"]  # told once
    assert str(disk / "history.sqlite3") in str(session.failures[0])
    assert not session.recorder.saved
    (logged,) = session.log.sessions()  # reading still works
    written = len(logged.exercises)
    assert written == first_blocked < len(session.ended)
    # done_seconds counts only exercises whose result is written.
    last_written = session.ended[written - 1][0].session_done_seconds if written else 0.0
    assert logged.done_seconds == pytest.approx(last_written)
    assert logged.done_seconds < session.player.done_seconds()

    filler.unlink()  # room again: a later event writes everything that waited
    session.run_until(TIMELINE.work_end(3) + 1)  # (a rest between exercises has no events)
    assert session.recorder.saved
    assert session.recoveries == 1
    (logged,) = session.log.sessions()
    assert len(logged.exercises) == len(session.ended)
    session.run_until(TIMELINE.total_seconds + 1)
    assert session.state() is State.FINISHED
    assert session.recoveries == 1
    assert len(session.failures) == 1
    assert session.recorder.saved
    assert session.recorder.problem is None
    (logged,) = session.log.sessions()
    assert logged.ended is Outcome.COMPLETED
    assert [e.exercise_id for e in logged.completed] == [e.id for e in TIMELINE.routine.exercises]
    assert logged.done_seconds == pytest.approx(TIMELINE.total_seconds)
    # A result written late keeps the time it happened.
    delayed, at = session.ended[first_blocked]
    finished = session.log._db.execute(
        "SELECT finished_at FROM exercise_results WHERE position = ?", (delayed.exercise_index,)
    ).fetchone()[0]
    assert datetime.fromisoformat(finished) == (START + timedelta(seconds=at)).replace(
        microsecond=0
    )
    session.close()


def test_a_disk_full_from_the_start_saves_the_whole_session_once_freed_after_it(
    disk: Path,
) -> None:
    session = Session(disk / "history.sqlite3")
    filler = fill(disk)
    session.player.start()
    assert session.player.segment.index == 0
    session.run_until(TIMELINE.exercise_start(1) + 5)
    session.player.stop()
    assert session.player.state is State.FINISHED
    assert [f.reason for f in session.failures] == ["the disk is full"]
    assert session.recorder.session_id is None
    assert session.log.sessions() == []
    assert not session.recorder.flush()  # still full: nothing written, nothing raised
    assert len(session.failures) == 1

    filler.unlink()
    assert session.recorder.flush()
    assert session.recoveries == 1
    (logged,) = session.log.sessions()
    assert logged.ended is Outcome.STOPPED
    assert logged.started_at == START  # when it started, not when it could be written
    assert [(e.position, e.status) for e in logged.exercises] == [
        (e.exercise_index, e.status) for e, _ in session.ended
    ]
    assert len(logged.exercises) == 2
    assert logged.done_seconds == pytest.approx(session.player.done_seconds())
    session.close()


def test_a_write_on_a_full_disk_is_a_history_error_and_the_log_works_once_freed(
    disk: Path,
) -> None:
    """A failed COMMIT is rolled back by SQLite: the helper must not roll back again."""
    with HistoryLog(disk / "history.sqlite3") as log:
        session_id = log.start_session(TIMELINE)
        filler = fill(disk)
        with pytest.raises(HistoryError) as info:
            log.add_event(session_id, "note", "x" * 2000)
        assert info.value.reason == "the disk is full"
        assert "cannot write the session log: the disk is full" in str(info.value)
        assert not log._db.in_transaction
        filler.unlink()
        log.add_event(session_id, "note", "after")
        (logged,) = log.sessions()
    assert logged.events[-1].detail == "after"


def test_a_damaged_page_of_the_log_is_told_once_and_the_session_goes_on(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    earlier = Session(path)
    earlier.player.start()
    earlier.run_until(TIMELINE.total_seconds + 1)
    earlier.close()
    damage_page_of(path, "sessions")

    session = Session(path)  # the log still opens: its first page is intact
    session.player.start()
    session.run_until(TIMELINE.total_seconds + 1)
    assert session.player.state is State.FINISHED
    assert session.player.done_seconds() == pytest.approx(TIMELINE.total_seconds)
    assert [f.reason for f in session.failures] == ["the session log is damaged"]
    assert session.recoveries == 0
    assert not session.recorder.saved
    session.close()


def test_while_writing_fails_events_try_again_at_most_every_retry_interval(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryLog(path) as log:
        log.start_session(TIMELINE)
    damage_page_of(path, "sessions")
    session = Session(path)
    tries: list[float] = []
    session.log._db.set_trace_callback(
        lambda sql: tries.append(session.clock.now) if sql == "BEGIN IMMEDIATE" else None
    )
    session.player.start()
    session.run_until(TIMELINE.work_end(2))
    assert len(tries) > 3
    assert min(b - a for a, b in pairwise(tries)) >= RETRY_INTERVAL
    assert len(session.failures) == 1
    session.close()
