from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.export import SESSION_COLUMNS, sessions_csv
from homestretch.core.history import (
    SCHEMA_VERSION,
    HistoryError,
    HistoryLog,
    SessionRecorder,
)
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome, Player
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
FROZEN = Path(__file__).resolve().parents[1] / "data"


class FakeWall:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def run_for(player: Player, clock: FakeClock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(min(1.0, end - clock.now))
        player.update()


def play(log: HistoryLog, seconds: float | None = None) -> tuple[Player, FakeClock]:
    clock = FakeClock()
    player = Player(TIMELINE, clock)
    recorder = SessionRecorder(log, TIMELINE)
    player.subscribe(recorder)
    player.start()
    run_for(player, clock, TIMELINE.total_seconds + 1 if seconds is None else seconds)
    return player, clock


def test_a_new_log_is_created_at_the_current_version_with_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "history.sqlite3"
    with HistoryLog(path) as log:
        assert log.schema_version == SCHEMA_VERSION
        assert log.sessions() == []
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_empty_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    with HistoryLog(path) as log:
        assert log.schema_version == SCHEMA_VERSION
        play(log, 30)
        assert len(log.sessions()) == 1


def test_a_version_2_log_keeps_its_snapshots_stored_once_in_version_3(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FROZEN / "log-v2.sqlite3", path)  # written by Homestretch at version 2
    wall = FakeWall()
    wall.now = datetime(2026, 3, 10, 8, tzinfo=UTC)
    with HistoryLog(path, wall=wall) as log:
        assert log.schema_version == SCHEMA_VERSION
        old = [json.dumps(s.snapshot, sort_keys=True) for s in log.sessions()]
        assert len(old) == 4  # (a fifth session is deleted)
        assert len(set(old)) == 2  # two routines
        play(log, 30)
        new, *rest = (json.dumps(s.snapshot, sort_keys=True) for s in log.sessions())
        assert rest == old
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == len({new, *old})
    columns = [row[1] for row in db.execute("PRAGMA table_info(sessions)")]
    assert "routine_snapshot" not in columns
    db.close()


def test_a_completed_session_is_logged_with_its_exercises(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3", wall=FakeWall()) as log:
        play(log)
        (session,) = log.sessions()
    assert session.ended is Outcome.COMPLETED
    assert session.routine_name == TIMELINE.routine.name
    assert [e.exercise_id for e in session.completed] == [e.id for e in TIMELINE.routine.exercises]
    assert session.skipped == ()
    assert session.planned_seconds == pytest.approx(TIMELINE.total_seconds)
    assert session.done_seconds == pytest.approx(TIMELINE.total_seconds)
    assert session.started_at < session.ended_at  # type: ignore[operator]
    assert session.snapshot["exercises"][0]["reps"] == 8
    assert session.snapshot["sha256"] == TIMELINE.routine.sha256


def test_skips_and_a_stop_are_logged(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        player, _ = play(log, 20)
        player.next_exercise()
        player.stop()
        (session,) = log.sessions()
    assert session.ended is Outcome.STOPPED
    # The second exercise was stopped at its very first moment: not reached, not skipped.
    assert [(e.exercise_id, e.status) for e in session.exercises] == [
        ("sitting-knee-extension", ExerciseStatus.SKIPPED),
    ]
    assert session.done_seconds == pytest.approx(20)


def test_an_exercise_stopped_part_way_is_logged_with_its_seconds(tmp_path: Path) -> None:
    """An exercise cut short by Stop is its own status in the log ("partial", stopped part
    way), with the seconds done (version 4 widened the schema's CHECK to hold it)."""
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        player, _ = play(log, 20)
        assert player.exercise_status(0) is None
        player.stop()
        assert player.exercise_status(0) is ExerciseStatus.PARTIAL
        (session,) = log.sessions()
    (result,) = session.exercises
    assert result.status is ExerciseStatus.PARTIAL
    assert result.done_seconds == pytest.approx(20)
    assert session.ended is Outcome.STOPPED


def test_a_partial_status_in_the_log_is_read_as_partial(tmp_path: Path) -> None:
    """Readers take 'partial' (as a log whose schema holds it stores it)."""
    path = tmp_path / "h.sqlite3"
    with HistoryLog(path) as log:
        player, _ = play(log, 20)
        player.stop()
    db = sqlite3.connect(path)
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("UPDATE exercise_results SET status = 'partial'")
    db.commit()
    db.close()
    with HistoryLog(path) as log:
        (session,) = log.sessions()
        counts = log.exercise_counts()
        (total,) = log.exercise_totals()
    assert [e.status for e in session.partial] == [ExerciseStatus.PARTIAL]
    assert session.skipped == session.completed == ()
    assert counts == {session.id: (0, 0)}
    assert (total.completed, total.skipped, total.partial) == (0, 0, 1)


@pytest.mark.parametrize("when", ["before", "after"])
def test_the_log_refuses_an_area_it_does_not_know(tmp_path: Path, when: str) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        sid = log.start_session(TIMELINE, areas_before=("lower_back",))
        log.set_pain(sid, when, 4, ("buttock_right", "calf_outer_right"))
        with pytest.raises(HistoryError, match="'left calf' is not an area of the body map"):
            log.set_pain(sid, when, 5, ("lower_back", "left calf"))
        with pytest.raises(HistoryError, match="'knee', 'leg' are not areas"):
            log.start_session(TIMELINE, areas_before=("leg", "knee"))
        (session,) = log.sessions()
    assert session.areas_before == (
        ("buttock_right", "calf_outer_right") if when == "before" else ("lower_back",)
    )
    assert getattr(session, f"pain_{when}") == 4


def test_first_day_is_the_day_of_the_first_session_not_deleted(tmp_path: Path) -> None:
    wall = FakeWall()
    with HistoryLog(tmp_path / "h.sqlite3", wall=wall) as log:
        assert log.first_day() is None
        first = log.start_session(TIMELINE)
        wall.now += timedelta(days=3)
        log.start_session(TIMELINE)
        day = log.sessions()[0].local_date
        assert log.first_day() == log.sessions()[1].local_date
        log.delete_session(first)
        assert log.first_day() == day


def test_an_exercise_redone_after_going_back_is_one_row(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        player, clock = play(log, 5)
        player.next_exercise()  # skips exercise 0
        player.previous_exercise()
        player.previous_exercise()  # back to exercise 0, then finish it for real
        run_for(player, clock, TIMELINE.work_end(0) + 1)
        (session,) = log.sessions()
    rows = [e for e in session.exercises if e.position == 0]
    assert len(rows) == 1
    assert rows[0].status is ExerciseStatus.COMPLETED


CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from homestretch.core.history import HistoryLog, SessionRecorder
    from homestretch.core.paths import BUNDLED_ROUTINE
    from homestretch.core.player import Player
    from homestretch.core.routine import load_routine
    from homestretch.core.timeline import build_timeline

    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    now = [0.0]
    player = Player(timeline, lambda: now[0])
    player.subscribe(SessionRecorder(HistoryLog(__import__("pathlib").Path(sys.argv[1])), timeline))
    player.start()
    while now[0] < timeline.work_end(1) + 5:
        now[0] += 0.5
        player.update()
    os._exit(3)  # die without closing anything, mid-way through exercise 3
    """
)


def test_a_crash_mid_session_keeps_what_was_done(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(path)], capture_output=True, check=False
    )
    assert result.returncode == 3, result.stderr.decode()
    with HistoryLog(path) as log:
        (session,) = log.sessions()
    assert session.ended is Outcome.INTERRUPTED
    assert [e.exercise_id for e in session.completed] == [
        "sitting-knee-extension",
        "prone-knee-bend",
    ]
    assert session.done_seconds == pytest.approx(TIMELINE.work_end(1), abs=1)


def test_a_file_that_is_not_a_log_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    junk = b"this is not sqlite at all\n" * 100
    path.write_bytes(junk)
    with pytest.raises(HistoryError, match="not a Homestretch session log") as info:
        HistoryLog(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == junk


def test_a_log_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer Homestretch"):
        HistoryLog(path)
    assert path.read_bytes() == before


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(HistoryError, match="cannot open the session log") as info:
        HistoryLog(blocker / "history.sqlite3")
    assert str(blocker) in str(info.value)


def test_csv_has_the_documented_columns_and_outcome_words(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3", wall=FakeWall()) as log:
        play(log)
        player, _ = play(log, 12)
        player.stop()
        play(log, 3)  # left running: reads as interrupted
        text = sessions_csv(log.sessions())
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == SESSION_COLUMNS
    by_column = [dict(zip(SESSION_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert [r["ended"] for r in by_column] == ["interrupted", "stopped", "completed"]
    completed = by_column[2]
    assert completed["exercises_completed"] == "7"
    assert completed["exercises_skipped"] == "0"
    assert by_column[1]["skipped"] == ""  # the exercise Stop cut short is not "skipped"
    assert by_column[1]["stopped_part_way"] == "sitting-knee-extension:12"


def test_snapshot_is_json_of_the_dosage(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryLog(path) as log:
        play(log, 2)
    raw = (
        sqlite3.connect(path)
        .execute("SELECT body FROM snapshots JOIN sessions ON snapshot_id = snapshots.id")
        .fetchone()[0]
    )
    data = json.loads(raw)
    assert [e["id"] for e in data["exercises"]][:2] == ["sitting-knee-extension", "prone-knee-bend"]
    assert data["exercises"][0]["phases"][0] == {"name": "straighten", "seconds": 3.0}


# -- the patient's local day and clock


def posix_zone(minutes_east: int) -> str:
    """A POSIX TZ value for a fixed offset east of UTC (POSIX counts hours west)."""
    west = -minutes_east
    sign = "-" if west < 0 else ""
    hours, rest = divmod(abs(west), 60)
    return f"<ZONE>{sign}{hours}:{rest:02d}"


@contextmanager
def machine_zone(posix: str) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = posix
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


quarter_hours = st.integers(-12 * 4, 14 * 4).map(lambda q: q * 15)


@settings(max_examples=40, deadline=None)
@given(
    recorded=quarter_hours,
    viewer=quarter_hours,
    start=st.datetimes(datetime(2000, 1, 1), datetime(2037, 12, 31), timezones=st.just(UTC)),
)
def test_a_session_reads_back_on_the_clock_and_day_where_it_was_done_whoever_looks(
    recorded: int, viewer: int, start: datetime
) -> None:
    start = start.replace(microsecond=0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        with machine_zone(posix_zone(recorded)), HistoryLog(path, wall=lambda: start) as log:
            log.start_session(TIMELINE)
        with machine_zone(posix_zone(viewer)), HistoryLog(path) as log:
            (session,) = log.sessions()
            expected = start + timedelta(minutes=recorded)
            assert session.utc_offset_minutes == recorded
            assert session.local_start.replace(tzinfo=None) == expected.replace(tzinfo=None)
            assert session.local_start == start
            # The day it is filtered by is the day its start shows.
            assert session.local_date == session.local_start.date() == expected.date()
            day = session.local_start.date()
            assert [s.id for s in log.sessions(since=day, until=day)] == [session.id]
            assert log.sessions(until=day - timedelta(days=1)) == []
            assert log.sessions(since=day + timedelta(days=1)) == []


def test_a_session_without_a_recorded_offset_shows_on_this_machine_s_clock(
    tmp_path: Path,
) -> None:
    start = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
    with HistoryLog(tmp_path / "history.sqlite3", wall=lambda: start) as log:
        log.start_session(TIMELINE)
    with sqlite3.connect(tmp_path / "history.sqlite3") as raw:
        raw.execute("UPDATE sessions SET utc_offset_minutes = NULL")
    raw.close()
    with machine_zone(posix_zone(9 * 60)), HistoryLog(tmp_path / "history.sqlite3") as log:
        (session,) = log.sessions()
        assert session.zone is None
        assert (session.local_start.day, session.local_start.hour) == (2, 5)


def test_the_recorder_logs_the_speed_a_session_ran_at(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3", wall=FakeWall()) as log:
        clock = FakeClock()
        player = Player(TIMELINE, clock)
        player.subscribe(SessionRecorder(log, TIMELINE, speed=20.0))
        player.start()
        run_for(player, clock, 90)
        play(log, 30)  # in real time
        practice, real = sorted(log.sessions(), key=lambda s: s.id)
    assert (practice.speed, practice.practice) == (20.0, True)
    assert (real.speed, real.practice) == (1.0, False)


@pytest.mark.parametrize("speed", [0.0, -1.0, float("nan")])
def test_a_speed_that_is_not_above_0_is_refused(tmp_path: Path, speed: float) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        with pytest.raises(ValueError, match="speed"):
            log.start_session(TIMELINE, speed=speed)
        assert log.sessions() == []
