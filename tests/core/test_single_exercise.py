"""One exercise of a routine started alone: logged as such, counted apart from full sessions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from homestretch.core.formatting import single_exercise_text
from homestretch.core.history import HistoryLog, SessionRecorder
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome, State
from homestretch.core.routine import load_routine
from homestretch.core.session import Session
from homestretch.core.stats import (
    counts,
    current_streak,
    exercise_rates,
    exercised_days,
    rates_of_totals,
    session_outcome_text,
    weekly_adherence,
)
from homestretch.core.timeline import build_timeline
from tests.helpers import FakeClock

ROUTINE = load_routine(BUNDLED_ROUTINE)
KNEE = next(k for k, e in enumerate(ROUTINE.exercises) if e.name == "Knee pats")


def run(log: HistoryLog, clock: FakeClock, session: Session, *, single: bool) -> None:
    recorder = SessionRecorder(
        log, session.timeline, speed=session.speed, single_exercise=single, now=clock
    )
    session.subscribe(recorder)
    session.start()
    while session.state is not State.FINISHED:
        clock.advance(0.5)
        session.update()
    assert recorder.saved


@pytest.fixture
def clocked(tmp_path: Path) -> Iterator[tuple[HistoryLog, FakeClock]]:
    clock = FakeClock(0.0)
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    log = HistoryLog(tmp_path / "history.sqlite3", wall=lambda: start + timedelta(seconds=clock()))
    yield log, clock
    log.close()


def test_one_exercise_alone_is_logged_as_that_exercise_and_counts_apart(
    clocked: tuple[HistoryLog, FakeClock],
) -> None:
    log, clock = clocked
    run(log, clock, Session.for_exercise(ROUTINE, KNEE, clock), single=True)
    (alone,) = log.sessions()
    assert alone.single_exercise
    assert alone.ended is Outcome.COMPLETED
    assert [(e.exercise_id, e.status) for e in alone.exercises] == [
        (ROUTINE.exercises[KNEE].id, ExerciseStatus.COMPLETED)
    ]
    assert [e["name"] for e in alone.snapshot["exercises"]] == ["Knee pats"]
    assert alone.routine_name == ROUTINE.name
    assert not counts(alone)
    assert single_exercise_text(alone) == "(Knee pats only)"
    assert session_outcome_text(alone) == "completed (Knee pats only)"
    days = exercised_days(log.sessions(with_exercises=False), log.exercise_counts())
    assert days == Counter()
    assert current_streak(days, date(2026, 3, 2)) == 0
    weeks = weekly_adherence(days, date(2026, 3, 2), date(2026, 3, 2), 7)
    assert [(w.done, w.prescribed) for w in weeks] == [(0, 1)]
    # ...but the exercise's own counts include it, read either way
    for rates in (exercise_rates(log.sessions()), rates_of_totals(log.exercise_totals())):
        assert [(r.exercise_id, r.completed) for r in rates] == [(ROUTINE.exercises[KNEE].id, 1)]


def test_a_full_session_still_counts_and_the_exercise_adds_up(
    clocked: tuple[HistoryLog, FakeClock],
) -> None:
    log, clock = clocked
    run(log, clock, Session(build_timeline(ROUTINE), clock), single=False)
    run(log, clock, Session.for_exercise(ROUTINE, KNEE, clock), single=True)
    alone, full = log.sessions()  # (newest first)
    assert (alone.single_exercise, full.single_exercise) == (True, False)
    assert (counts(alone), counts(full)) == (False, True)
    assert single_exercise_text(full) == ""
    assert session_outcome_text(full) == "completed"
    days = exercised_days(log.sessions(with_exercises=False), log.exercise_counts())
    assert days == Counter({date(2026, 3, 2): 1})
    knee = ROUTINE.exercises[KNEE].id
    by_id = {r.exercise_id: r.completed for r in rates_of_totals(log.exercise_totals())}
    assert by_id[knee] == 2
    assert all(n == 1 for i, n in by_id.items() if i != knee)


def test_a_one_exercise_routine_run_whole_is_not_marked(
    clocked: tuple[HistoryLog, FakeClock],
) -> None:
    """The mark is the flag, not the snapshot's length: a routine of one exercise counts."""
    log, clock = clocked
    only = replace(ROUTINE, exercises=(ROUTINE.exercises[KNEE],))
    run(log, clock, Session(build_timeline(only), clock), single=False)
    (whole,) = log.sessions()
    assert not whole.single_exercise
    assert counts(whole)
