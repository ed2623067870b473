from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from homestretch import __version__, cli
from homestretch.core.history import CSV_COLUMNS, HistoryLog, SessionRecorder
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Player
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline
from tests.helpers import FakeClock

BAD = """schema: 1
name: Broken
exercises:
  - id: a
    name: A
    position: sitting
    summary: S
    steps: [x]
    rpes: 3
    phases: [{name: up, seconds: 1:30}]
"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def log_a_session(data_dir: Path, seconds: float) -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    clock = FakeClock()
    with HistoryLog(data_dir / "history.sqlite3") as log:
        player = Player(timeline, clock)
        player.subscribe(SessionRecorder(log, timeline))
        player.start()
        while clock.now < 1000 + seconds:
            clock.advance(1)
            player.update()
        player.stop()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"homestretch {__version__}"


def test_list_shows_bundled_and_user_routines(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = isolated_data_dir / "routines"
    user.mkdir(parents=True)
    (user / "mine.yaml").write_text(BUNDLED_ROUTINE.read_text().replace("Sciatica relief", "Mine"))
    (user / "broken.yaml").write_text(BAD)
    code, out, _ = run(["list"], capsys)
    assert code == 0
    assert "sciatica-relief.yaml: Sciatica relief - seven functional exercises (7 exercises" in out
    assert "mine.yaml: Mine - seven functional exercises" in out
    assert "broken.yaml: INVALID:" in out
    assert str(user) in out


def test_validate_ok_and_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    code, out, err = run(["validate", str(BUNDLED_ROUTINE)], capsys)
    assert (code, err) == (0, "")
    assert "ok (7 exercises)" in out
    code, out, err = run(["validate", str(BUNDLED_ROUTINE), str(bad)], capsys)
    assert code == 1
    lines = err.splitlines()
    assert f"{bad}:9:5: unknown key 'rpes' in an exercise; did you mean 'reps'?" in lines
    assert any(line.startswith(f"{bad}:10:34: 'seconds: 1:30' is ambiguous") for line in lines)
    assert "Traceback" not in err


def test_validate_missing_picture_fails_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.yaml"
    text = BUNDLED_ROUTINE.read_text().replace("assets:figures/knee-pats.yaml", "pats.png")
    path.write_text(text)
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 1
    assert "warning: picture 'pats.png' not found" in err


def test_preview_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["preview", str(BUNDLED_ROUTINE)], capsys)
    assert code == 0
    assert "Sitting knee extension" in out
    assert "Switch to your left leg." in out
    assert out.rstrip().endswith("(1173 s)")


def test_preview_json_matches_the_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["preview", "--json", str(BUNDLED_ROUTINE)], capsys)
    assert code == 0
    data = json.loads(out)
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    assert data["routine"] == timeline.routine.name
    assert data["total_seconds"] == timeline.total_seconds
    assert len(data["segments"]) == len(timeline.segments)
    second = data["segments"][1]
    assert second == {
        "start": 10.0,
        "seconds": 3.0,
        "exercise": "sitting-knee-extension",
        "side": "right",
        "kind": "work",
        "phase": "straighten",
        "set": 1,
        "rep": 1,
        "say": "Rep 1. Straighten your knee.",
    }


def test_preview_of_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD)
    code, out, err = run(["preview", str(bad)], capsys)
    assert code == 1
    assert out == ""
    assert err.startswith(f"{bad}:")


def test_history_empty_does_not_create_a_log(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["history"], capsys)
    assert code == 0
    assert "No sessions logged yet" in out
    code, out, _ = run(["history", "--csv"], capsys)
    assert out.strip() == ",".join(CSV_COLUMNS)
    assert not (isolated_data_dir / "history.sqlite3").exists()


def test_history_lists_sessions_and_csv(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_a_session(isolated_data_dir, 250)  # into the second exercise, then stop
    code, out, _ = run(["history"], capsys)
    assert code == 0
    assert "stopped" in out
    assert "1 done, 1 skipped (prone-knee-bend)" in out
    code, out, _ = run(["history", "--csv"], capsys)
    header, row = out.strip().splitlines()
    assert header.split(",") == list(CSV_COLUMNS)
    assert ",stopped," in row


def test_data_dir_option_overrides_the_variable(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    log_a_session(other, 10)
    _, out, _ = run(["--data-dir", str(other), "history"], capsys)
    assert "stopped" in out
    _, out, _ = run(["history"], capsys)
    assert "No sessions logged yet" in out


def test_a_corrupt_log_is_a_message_not_a_traceback(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "history.sqlite3").write_bytes(b"garbage" * 1000)
    code, _, err = run(["history"], capsys)
    assert code == 1
    assert "not a Homestretch session log" in err
    assert "Traceback" not in err


def test_an_unexpected_error_is_reported_in_one_line_with_a_crash_file(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> int:
        raise ValueError("boom")

    monkeypatch.setattr(cli, "cmd_list", explode)
    code, _, err = run(["list"], capsys)
    assert code == 1
    assert err.startswith("homestretch: unexpected error: boom; details in ")
    reports = list((isolated_data_dir / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "ValueError: boom" in reports[0].read_text()


def test_python_dash_m_runs_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "homestretch", "validate", str(BUNDLED_ROUTINE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "ok (7 exercises)" in result.stdout
