"""The words for a dose, a position, how often and the stop rule (core/formatting.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core.checkin import StopRule
from homestretch.core.formatting import (
    dose_text,
    duration_words,
    sessions_text,
    stop_rule_text,
)
from homestretch.core.routine import Exercise, Phase, Position, Side, Sides


def exercise(**fields: object) -> Exercise:
    values: dict[str, object] = {
        "id": "x",
        "name": "X",
        "position": Position.SITTING,
        "summary": "",
        "steps": ("Do it.",),
        "phases": (Phase("lift", 3), Phase("hold", 5), Phase("lower", 3)),
        "reps": 8,
        "sides": Sides.ALTERNATING,
    }
    values.update(fields)
    return Exercise(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({}, "8 times each leg, alternating; hold 5 seconds; 1 set"),
        ({"reps": 1, "sides": Sides.NONE}, "once; hold 5 seconds; 1 set"),
        (
            {"sides": Sides.EACH, "first_side": Side.LEFT, "sets": 3, "rest_between_sets": 60},
            "8 times each leg, all on the left leg first; hold 5 seconds; "
            "3 sets, resting 1 minute between sets",
        ),
        ({"sides": Sides.BOTH, "phases": (Phase("up", 2),)}, "8 times, both legs together; 1 set"),
        (
            {"timed": True, "sides": Sides.BOTH, "phases": (Phase("tap", 45),)},
            "45 seconds, both legs together; 1 set",
        ),
        (
            {"timed": True, "sides": Sides.EACH, "phases": (Phase("hold", 90),)},
            "1 minute 30 seconds each leg, right leg first; 1 set",
        ),
        ({"phases": (Phase("Hold", 1),)}, "8 times each leg, alternating; hold 1 second; 1 set"),
    ],
)
def test_dose_in_words(fields: dict[str, object], words: str) -> None:
    assert dose_text(exercise(**fields)) == words


@given(reps=st.integers(2, 100), sets=st.integers(1, 10), hold=st.integers(1, 59))
def test_every_number_of_the_dose_is_in_its_words(reps: int, sets: int, hold: int) -> None:
    words = dose_text(exercise(reps=reps, sets=sets, phases=(Phase("hold", hold),)))
    assert words.startswith(f"{reps} times ")
    assert f"hold {hold} second" in words
    assert f"; {sets} set" in words


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "1 second"),
        (5, "5 seconds"),
        (2.5, "2.5 seconds"),
        (60, "1 minute"),
        (125, "2 minutes 5 seconds"),
    ],
)
def test_durations(seconds: float, words: str) -> None:
    assert duration_words(seconds) == words


@pytest.mark.parametrize(
    ("per_week", "words"),
    [
        (1, "Once a week"),
        (2, "Twice a week"),
        (3, "3 times a week"),
        (7, "Once a day, every day"),
        (14, "Twice a day, every day"),
        (21, "3 times a day, every day"),
        (10, "10 times a week"),
    ],
)
def test_how_often(per_week: int, words: str) -> None:
    assert sessions_text(per_week) == words


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (StopRule(2, 7), "if your pain rises by 2 or more points or reaches 7"),
        (StopRule(1, None), "if your pain rises by 1 or more points"),
        (StopRule(None, 6), "if your pain reaches 6"),
        (None, "if your pain gets clearly worse"),
        (StopRule(None, None), "if your pain gets clearly worse"),
    ],
)
def test_stop_rule_in_words(rule: StopRule | None, words: str) -> None:
    assert stop_rule_text(rule) == f"Stop and call your physiotherapist {words}"
