"""The commands that read the log, on a read-only medium, a full disk and a damaged log."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from homestretch import cli
from homestretch.core.export import SESSION_COLUMNS
from homestretch.core.paths import AppPaths
from tests.core.test_history_open import log_with_sessions
from tests.helpers import pdf_text
from tests.storage import damage_table, fill, needs_root, remount_readonly, sidecars, tmpfs

READING_COMMANDS = (
    ["history"],
    ["history", "--csv"],
    ["history", "--exercises-csv"],
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_every_reading_command(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = data / "history.sqlite3"
    before = log.read_bytes()
    code, out, err = run(["--data-dir", str(data), "history"], capsys)
    assert (code, err) == (0, "")
    assert sum("stopped" in line for line in out.splitlines()) == 3  # three sessions
    code, out, err = run(["--data-dir", str(data), "history", "--csv"], capsys)
    assert (code, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == SESSION_COLUMNS
    assert len(rows) == 4
    code, out, err = run(["--data-dir", str(data), "history", "--exercises-csv"], capsys)
    assert (code, err) == (0, "")
    assert len(out.splitlines()) > 3
    report = tmp_path / "report.pdf"  # on a disk that has room
    code, out, err = run(
        ["--data-dir", str(data), "report", "--since", "2026-03-01", "--output", str(report)],
        capsys,
    )
    assert (code, err) == (0, "")
    assert "3 sessions" in pdf_text(report)
    assert sidecars(log) == []
    assert log.read_bytes() == before


@needs_root
def test_reading_commands_work_on_a_read_only_medium(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with tmpfs(tmp_path / "mnt") as medium:
        log_with_sessions(medium / "history.sqlite3", 3)
        remount_readonly(medium)
        check_every_reading_command(medium, tmp_path, capsys)


@needs_root
def test_reading_commands_work_on_a_full_disk_and_leave_no_shm_or_wal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as disk:
        data = disk / "data"
        log_with_sessions(data / "history.sqlite3", 3)
        fill(disk)
        assert os.statvfs(disk).f_bavail == 0
        check_every_reading_command(data, tmp_path, capsys)


@pytest.mark.parametrize(
    "command",
    [*READING_COMMANDS, ["report", "--since", "2026-03-01", "--output", "OUTPUT"]],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_damaged_log_is_explained_and_left_untouched(
    tmp_path: Path, isolated_data_dir: Path, command: list[str]
) -> None:
    log = isolated_data_dir / "history.sqlite3"
    log_with_sessions(log, 60)
    damaged = damage_table(log, "sessions")
    output = tmp_path / "report.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "homestretch",
            *(str(output) if a == "OUTPUT" else a for a in command),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == cli.EXIT_FAILED
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"homestretch: {log}: the session log is damaged")
    assert "left untouched" in line
    assert "send a copy" in line
    assert "move the file" in line
    assert "unexpected error" not in line
    assert not AppPaths.resolve(isolated_data_dir).log_dir.exists()  # no crash report
    assert not output.exists()
    assert log.read_bytes() == damaged


def test_crash_reports_of_the_same_second_are_all_kept(isolated_data_dir: Path) -> None:
    paths = AppPaths.resolve(isolated_data_dir)
    reports = [cli.write_crash_report(paths, ValueError(f"problem {n}")) for n in range(3)]
    assert None not in reports
    assert len(set(reports)) == 3
    assert sorted(paths.log_dir.iterdir()) == sorted(r for r in reports if r is not None)
    for n, report in enumerate(reports):
        assert report is not None
        assert report.read_text(encoding="utf-8").rstrip().endswith(f"ValueError: problem {n}")
