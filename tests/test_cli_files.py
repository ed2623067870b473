"""The command line against files that are not files, and sessions too long to build.

Each command runs as its own process with a timeout: a command that blocked on a
named pipe, read /dev/zero or built millions of segments would hit the timeout
(and the test fail) instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HANG = 60.0
"""Seconds after which a command is taken to hang (each takes well under one)."""


def homestretch(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "homestretch", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG,
    )


def huge_routine_text(exercises: int = 100) -> str:
    """The issue's routine: 100 exercises x 20 sets x 100 reps x alternating x 20 phases."""
    lines = ["schema: 1", "name: Huge", "exercises:"]
    for k in range(exercises):
        lines += [
            f"  - id: ex-{k}",
            f"    name: Exercise {k}",
            "    position: sitting",
            "    summary: Move.",
            "    steps: [Move]",
            "    sides: alternating",
            "    sets: 20",
            "    reps: 100",
            "    phases:",
        ]
        lines += [f"      - {{name: p{p}, seconds: 1}}" for p in range(20)]
    return "\n".join(lines) + "\n"


HUGE_MESSAGE = (
    ":4:1: this session would take 2,570 h 33 min (8,400,100 steps); a session may take "
    "at most 4 hours and 20,000 steps; the largest exercise, 'ex-0', takes 25 h 42 min "
    "(84,001 steps)"
)


def test_validate_refuses_a_named_pipe_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    result = homestretch("validate", str(pipe), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"{pipe}: is not a regular file (it is a named pipe)\n"
    assert result.stdout == ""


def test_validate_refuses_a_link_to_dev_zero(tmp_path: Path) -> None:
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    result = homestretch("validate", str(zero), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"{zero}: is not a regular file (it is a device)\n"


def test_validate_refuses_a_30_gb_sparse_routine(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(30 * 1024**3)
    result = homestretch("validate", str(huge), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"{huge}: is larger than 1 MB\n"


def test_validate_checks_the_other_files_after_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    bundled = Path(__file__).parents[1] / "routines" / "sciatica-relief.yaml"
    result = homestretch("validate", str(pipe), str(bundled), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "ok (7 exercises)" in result.stdout


@pytest.fixture(scope="module")
def huge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.yaml"
    path.write_text(huge_routine_text())
    return path


@pytest.mark.parametrize("command", ["validate", "preview"])
def test_the_issues_huge_routine_is_refused_with_its_length(
    huge: Path, tmp_path: Path, command: str
) -> None:
    result = homestretch(command, str(huge), data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == f"{huge}{HUGE_MESSAGE}\n"
    assert result.stdout == ""


def test_list_shows_the_huge_routine_as_invalid(huge: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    mine = data / "routines" / "huge.yaml"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(huge.read_bytes())
    os.mkfifo(data / "routines" / "pipe.yaml")
    result = homestretch("list", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert f"  huge.yaml: INVALID: {mine}{HUGE_MESSAGE}\n" in result.stdout
    pipe = data / "routines" / "pipe.yaml"
    assert f"  pipe.yaml: INVALID: {pipe}: is not a regular file (it is a named pipe)\n" in (
        result.stdout
    )
    assert "sciatica-relief.yaml: Sciatica relief" in result.stdout


@pytest.mark.parametrize("command", ["validate", "preview"])
def test_a_missing_file_is_named_without_a_line(tmp_path: Path, command: str) -> None:
    result = homestretch(command, "nonexistent.yaml", data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert result.stderr == "nonexistent.yaml: does not exist\n"
