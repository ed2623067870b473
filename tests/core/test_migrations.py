"""Upgrades of session logs written by the old versions themselves (tests/data, frozen).

Each ``log-vN.sqlite3`` was written by Homestretch at log version N, and
``log-vN.json`` is what that version read back from it (tests/data/README.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Final

import pytest

from homestretch.core.history import (
    SCHEMA_VERSION,
    HistoryError,
    HistoryLog,
    SessionRecord,
    backup_path,
)
from tests.data.make_old_log import plain, snapshot_digest
from tests.storage import fill, needs_root, sidecars, tmpfs

FROZEN = Path(__file__).resolve().parents[1] / "data"
VERSIONS = (1, 2, 3)


def frozen_log(version: int, folder: Path) -> Path:
    """A copy of the frozen log of ``version`` in ``folder``, named as the app names it."""
    path = folder / "history.sqlite3"
    shutil.copyfile(FROZEN / f"log-v{version}.sqlite3", path)
    return path


def as_read_then(version: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(
        (FROZEN / f"log-v{version}.json").read_text(encoding="utf-8")
    )
    return rows


def dump(path: Path) -> list[str]:
    """Every row of the (closed) log at ``path``, as SQL; the file is read as it is, so
    SQLite leaves no -shm or -wal file beside it (not even beside a frozen log)."""
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def assert_read_the_same(version: int, sessions: list[SessionRecord]) -> None:
    """Every session reads as the old version read it; what it did not have, as the default."""
    expected = as_read_then(version)
    assert [s.id for s in sessions] == [row["id"] for row in expected]
    for session, row in zip(sessions, expected, strict=True):
        now = plain(session)
        now["snapshot"] = snapshot_digest(session.snapshot)
        assert {key: now[key] for key in row} == row
        assert session.speed == 1.0
        assert not session.practice
        if version == 1:  # the local day is worked out on upgrade, in this machine's zone
            assert session.local_date == session.started_at.astimezone().date()
            assert (session.pain_before, session.note, session.events) == (None, "", ())


FROZEN_SHA256: Final = {
    1: "a29fa15b00cef7763f477fbda6a76a58d64077a4aaabc6c816d36c7c30f10a98",
    2: "41992a01796c723882f61a819bac19950f0d3b2dc9b0173cdc08f52d2e4da36a",
    3: "98c154063942738dd9982e80699ab975791208fbf0d17c6d1220ac09401c856b",
}
"""The frozen logs as the old versions wrote them (also in tests/data/README.md)."""


def test_the_frozen_logs_are_of_their_versions_and_never_changed() -> None:
    for version in VERSIONS:
        path = FROZEN / f"log-v{version}.sqlite3"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == FROZEN_SHA256[version]
        db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        db.close()
        assert sidecars(path) == []
    assert SCHEMA_VERSION == 4  # a new version: freeze a log of the version before it here


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_log_is_upgraded_in_place_and_reads_the_same(tmp_path: Path, version: int) -> None:
    path = frozen_log(version, tmp_path)
    with HistoryLog(path) as log:
        assert log.schema_version == SCHEMA_VERSION
        assert_read_the_same(version, log.sessions())
    with HistoryLog(path) as log:  # and once upgraded, again
        assert log.schema_version == SCHEMA_VERSION
        assert_read_the_same(version, log.sessions())


@pytest.mark.parametrize("version", [2, 3])
def test_a_deleted_session_stays_deleted_and_can_be_restored(tmp_path: Path, version: int) -> None:
    with HistoryLog(frozen_log(version, tmp_path)) as log:
        assert 5 not in [s.id for s in log.sessions()]
        log.restore_session(5)
        assert log.sessions()[0].id == 5  # the newest


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_log_is_read_only_through_a_copy_and_left_as_it_was(
    tmp_path: Path, version: int
) -> None:
    path = frozen_log(version, tmp_path)
    before = path.read_bytes()
    with HistoryLog.open_readonly(path) as log:
        assert_read_the_same(version, log.sessions())
    assert path.read_bytes() == before
    assert not any(".bak" in p.name for p in tmp_path.iterdir())  # and no copy


@pytest.mark.parametrize("version", VERSIONS)
def test_a_copy_of_the_old_log_is_kept_before_it_is_upgraded(tmp_path: Path, version: int) -> None:
    path = frozen_log(version, tmp_path)
    with HistoryLog(path) as log:
        log.set_note(1, "written after the upgrade")
    copy = backup_path(path, version)
    assert copy == tmp_path / f"history.sqlite3.v{version}.bak"
    assert dump(copy) == dump(FROZEN / f"log-v{version}.sqlite3")  # the old log, whole
    assert sidecars(copy) == []  # one file, no -wal beside it
    assert copy.stat().st_mode == path.stat().st_mode
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [copy.name]


def test_the_copy_holds_what_was_still_in_the_wal_file(tmp_path: Path) -> None:
    path = frozen_log(3, tmp_path)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE sessions SET note = 'only in the -wal file' WHERE id = 1")
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        HistoryLog(path).close()
    finally:
        writer.close()
    db = sqlite3.connect(backup_path(path, 3))
    assert db.execute("SELECT note FROM sessions WHERE id = 1").fetchone() == (
        "only in the -wal file",
    )
    assert db.execute("PRAGMA user_version").fetchone() == (3,)
    db.close()


def test_a_copy_already_there_is_never_overwritten(tmp_path: Path) -> None:
    path = frozen_log(2, tmp_path)
    copy = backup_path(path, 2)
    copy.write_bytes(b"the copy of an earlier upgrade")
    with HistoryLog(path) as log:
        assert log.schema_version == SCHEMA_VERSION
    assert copy.read_bytes() == b"the copy of an earlier upgrade"


def test_a_new_or_current_log_gets_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryLog(path).close()
    HistoryLog(path).close()
    assert not any(".bak" in p.name for p in tmp_path.iterdir())


@needs_root
def test_when_no_copy_can_be_made_the_log_is_not_upgraded(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as disk:
        path = frozen_log(3, disk)
        filler = fill(disk)
        # Room for SQLite's -shm and -wal files, not for a copy of the log.
        os.truncate(filler, filler.stat().st_size - 64 * 1024)
        with pytest.raises(HistoryError) as caught:
            HistoryLog(path)
        message = str(caught.value)
        assert str(path) in message
        assert "history.sqlite3.v3.bak" in message
        assert "the disk is full" in message
        assert "left as it was" in message
        assert not any(".bak" in p.name for p in disk.iterdir())  # nor a .part of it
        assert dump(path) == dump(FROZEN / "log-v3.sqlite3")
        filler.unlink()
        with HistoryLog(path) as log:  # once there is room, it is upgraded
            assert log.schema_version == SCHEMA_VERSION
            assert_read_the_same(3, log.sessions())
        assert backup_path(path, 3).is_file()
