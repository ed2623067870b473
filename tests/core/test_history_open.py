"""Opening the session log: many processes at once, read-only, damaged, empty."""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import sqlite3
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path
from queue import Empty
from typing import Any

import pytest

from homestretch.core.history import (
    SCHEMA_VERSION,
    HistoryError,
    HistoryLog,
    SessionRecorder,
)
from homestretch.core.player import Player
from homestretch.core.timeline import Timeline
from tests.core.test_history import TIMELINE, FakeWall, run_for
from tests.helpers import FakeClock
from tests.storage import damage_table, fill, needs_root, remount_readonly, sidecars, tmpfs

PROCESSES = 8
FROZEN = Path(__file__).resolve().parents[1] / "data"


def _open_together(paths: list[str], barrier: Barrier, results: Any) -> None:
    """In each of several processes: open every log of ``paths`` the moment all are ready."""
    for path in paths:
        barrier.wait(timeout=120)
        try:
            HistoryLog(Path(path)).close()
            outcome = "ok"
        except Exception as exc:  # reported to the test, whatever it is
            outcome = f"{type(exc).__name__}: {exc}"
        results.put((path, outcome))


def open_in_many_processes(paths: list[Path]) -> list[tuple[str, str]]:
    """Open each log from :data:`PROCESSES` processes released together by a barrier."""
    context = multiprocessing.get_context("spawn")  # no fork of a process that may run Qt
    barrier = context.Barrier(PROCESSES)
    results = context.Queue()
    workers = [
        context.Process(target=_open_together, args=([str(p) for p in paths], barrier, results))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = []
    try:
        for _ in range(PROCESSES * len(paths)):
            outcomes.append(results.get(timeout=120))
    except Empty:
        pytest.fail(f"the processes stopped answering after {len(outcomes)} opens")
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.kill()
    return outcomes


def schema(path: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        db.close()
    return rows


def reference_schema(tmp_path: Path) -> list[tuple[str, str, str]]:
    path = tmp_path / "reference" / "history.sqlite3"
    HistoryLog(path).close()
    return schema(path)


def old_log(path: Path, version: int, *, wal: bool) -> None:
    """A log an older Homestretch wrote: a copy of tests/data/log-v``version``.sqlite3 (five
    sessions of two routines; from version 2 one is deleted), in WAL mode or not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FROZEN / f"log-v{version}.sqlite3", path)
    if not wal:  # the frozen logs are in WAL mode
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        db.close()


def test_many_processes_create_a_new_log_at_the_same_instant(tmp_path: Path) -> None:
    # Half in folders that do not exist yet, half as a 0-byte file (as a first open leaves it).
    paths = [tmp_path / f"round-{n}" / "history.sqlite3" for n in range(24)]
    for path in paths[::2]:
        path.parent.mkdir()
        path.touch()
    outcomes = open_in_many_processes(paths)
    failures = [o for o in outcomes if o[1] != "ok"]
    assert failures == []
    assert len(outcomes) == PROCESSES * len(paths)
    expected = reference_schema(tmp_path)
    for path in paths:
        assert schema(path) == expected
        with HistoryLog(path) as log:
            assert log.schema_version == SCHEMA_VERSION
            assert log.sessions() == []


@pytest.mark.parametrize("version", [1, 2, 3])
def test_many_processes_upgrade_an_old_log_at_the_same_instant(
    tmp_path: Path, version: int
) -> None:
    paths = [tmp_path / f"round-{n}" / "history.sqlite3" for n in range(12)]
    for n, path in enumerate(paths):
        old_log(path, version, wal=n % 2 == 0)
    outcomes = open_in_many_processes(paths)
    assert [o for o in outcomes if o[1] != "ok"] == []
    expected = reference_schema(tmp_path)
    for path in paths:
        assert schema(path) == expected
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 5
        db.close()
        with HistoryLog(path) as log:
            sessions = log.sessions()
        assert len(sessions) == (5 if version == 1 else 4)  # every session once
        assert len({s.snapshot["sha256"] for s in sessions}) == 2
        # One copy of the log as it was, made by the one process that upgraded it.
        (copy,) = (p for p in path.parent.iterdir() if ".bak" in p.name)
        assert copy.name == f"history.sqlite3.v{version}.bak"
        db = sqlite3.connect(copy)
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 5
        db.close()


def log_with_sessions(path: Path, count: int) -> None:
    """A closed log (no -wal left) holding ``count`` finished sessions."""
    with HistoryLog(path, wall=FakeWall()) as log:
        for _ in range(count):
            record(log, TIMELINE, 40)


def record(log: HistoryLog, timeline: Timeline, seconds: float) -> None:
    clock = FakeClock()
    player = Player(timeline, clock)
    player.subscribe(SessionRecorder(log, timeline))
    player.start()
    run_for(player, clock, seconds)
    player.stop()


# -- reading only


def test_reading_only_honours_what_another_process_has_not_checkpointed(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryLog(path, wall=FakeWall()) as writer:
        record(writer, TIMELINE, 40)
        assert "history.sqlite3-wal" in sidecars(path)  # the session is in the WAL only
        with HistoryLog.open_readonly(path) as reader:
            assert reader.read_only
            assert len(reader.sessions()) == 1
            record(writer, TIMELINE, 40)
            assert len(reader.sessions()) == 2  # a later write is seen too


def test_reading_only_never_creates_a_log(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with pytest.raises(HistoryError, match="there is no session log"):
        HistoryLog.open_readonly(path)
    assert list(tmp_path.iterdir()) == []


def test_an_old_log_is_read_through_an_upgrade_in_memory_and_left_as_it_was(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old_log(path, 1, wal=False)
    before = path.read_bytes()
    with HistoryLog.open_readonly(path) as log:
        assert log.schema_version == SCHEMA_VERSION
        sessions = log.sessions()
        assert len(sessions) == 5
        assert all(s.local_date is not None for s in sessions)
    assert path.read_bytes() == before
    assert sidecars(path) == []


def test_a_newer_log_is_refused_when_reading_only(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer Homestretch"):
        HistoryLog.open_readonly(path)
    assert path.read_bytes() == before


@needs_root
def test_reading_only_works_on_a_read_only_medium(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt") as medium:
        path = medium / "history.sqlite3"
        log_with_sessions(path, 3)
        remount_readonly(medium)
        with pytest.raises(HistoryError, match="cannot use the session log"):
            HistoryLog(path)  # opening to write cannot work here...
        with HistoryLog.open_readonly(path) as log:  # ...reading does
            assert len(log.sessions()) == 3
            assert log.exercise_totals()
        assert sidecars(path) == []


@needs_root
def test_reading_only_works_on_a_full_disk_and_leaves_nothing_behind(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as disk:
        path = disk / "history.sqlite3"
        log_with_sessions(path, 3)
        fill(disk)
        assert os.statvfs(disk).f_bavail == 0
        before = path.read_bytes()
        with HistoryLog.open_readonly(path) as log:
            assert len(log.sessions()) == 3
        assert sidecars(path) == []
        assert path.read_bytes() == before


@needs_root
def test_reading_only_on_a_full_disk_ignores_the_empty_files_a_failed_read_left(
    tmp_path: Path,
) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as disk:
        path = disk / "history.sqlite3"
        log_with_sessions(path, 3)
        # What reading on a full disk used to leave: an empty -wal and a 3-byte -shm.
        Path(f"{path}-wal").write_bytes(b"")
        Path(f"{path}-shm").write_bytes(b"\0\0\0")
        fill(disk)
        with HistoryLog.open_readonly(path) as log:
            assert len(log.sessions()) == 3
        assert sidecars(path) == ["history.sqlite3-shm", "history.sqlite3-wal"]
        assert Path(f"{path}-shm").read_bytes() == b"\0\0\0"


# -- damaged and empty logs


@pytest.mark.parametrize("readonly", [False, True])
def test_a_damaged_page_is_reported_in_plain_words_and_left_untouched(
    tmp_path: Path, readonly: bool
) -> None:
    path = tmp_path / "history.sqlite3"
    log_with_sessions(path, 60)
    damaged = damage_table(path, "sessions")
    opened = HistoryLog.open_readonly(path) if readonly else HistoryLog(path)
    with opened as log, pytest.raises(HistoryError) as info:
        log.sessions()
    message = str(info.value)
    assert message.startswith(f"{path}: the session log is damaged")
    assert "left untouched" in message
    assert "send a copy" in message
    assert "history-damaged.sqlite3" in message
    assert path.read_bytes() == damaged


def test_an_empty_file_becomes_a_new_log_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"")
    an_hour_ago = time.time() - 3600  # emptied some time ago, not being created right now
    os.utime(path, (an_hour_ago, an_hour_ago))
    with caplog.at_level(logging.WARNING, logger="homestretch.core.history"):
        HistoryLog(path).close()
    (warning,) = caplog.records
    assert warning.levelno == logging.WARNING
    assert warning.getMessage() == (
        f"{path} was an empty file (0 bytes): started a new session log in it"
    )
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="homestretch.core.history"):
        HistoryLog(tmp_path / "new" / "history.sqlite3").close()  # a first start: nothing to say
        HistoryLog(path).close()
    assert caplog.records == []
