"""The command line's history table marks one exercise done alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from homestretch import cli
from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome
from homestretch.core.routine import load_routine
from homestretch.core.session import one_exercise
from homestretch.core.timeline import build_timeline


def test_one_exercise_alone_is_marked_in_the_history_table(
    isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routine = load_routine(BUNDLED_ROUTINE)
    knee = [e.name for e in routine.exercises].index("Knee pats")
    alone = build_timeline(one_exercise(routine, knee))
    exercise = routine.exercises[knee]
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    with HistoryLog(isolated_data_dir / "history.sqlite3") as log:
        session_id = log.start_session(alone, single_exercise=True)
        log.record_exercise(
            session_id, 0, exercise.id, exercise.name, ExerciseStatus.COMPLETED, 45.0, 45.0, 45.0
        )
        log.end_session(session_id, Outcome.COMPLETED, 45.0)
        whole = log.start_session(build_timeline(routine))
        log.end_session(whole, Outcome.STOPPED, 0.0)
    code = cli.main(["history", "--wide"])
    out = capsys.readouterr().out
    assert code == 0
    assert "completed (Knee pats only): 1 done" in out
    assert "stopped: 0 done" in out
    assert out.count("only)") == 1
