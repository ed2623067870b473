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


# --------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("language", "fields", "words"),
    [
        ("de", {}, "8-mal pro Bein, abwechselnd; 5 Sekunden halten; 1 Satz"),
        (
            "de",
            {"sides": Sides.EACH, "first_side": Side.LEFT, "sets": 3, "rest_between_sets": 90},
            "8-mal pro Bein, zuerst alle mit dem linken Bein; 5 Sekunden halten; "
            "3 Sätze, dazwischen je 1 Minute 30 Sekunden Pause",
        ),
        ("nl", {"reps": 1, "sides": Sides.NONE}, "één keer; 5 seconden vasthouden; 1 reeks"),
        ("zh-CN", {}, "每条腿8次，左右交替；保持5秒；1组"),
        (
            "zh-CN",
            {"timed": True, "sides": Sides.BOTH, "phases": (Phase("拍", 45),)},
            "45秒，双腿同时；1组",
        ),
        # A hold phase is found by its name in the routine's language.
        (
            "de",
            {"phases": (Phase("halten", 4),)},
            "8-mal pro Bein, abwechselnd; 4 Sekunden halten; 1 Satz",
        ),
    ],
)
def test_dose_in_the_routines_language(
    language: str, fields: dict[str, object], words: str
) -> None:
    assert dose_text(exercise(**fields), language) == words


def test_how_often_and_the_stop_rule_in_the_routines_language() -> None:
    assert sessions_text(7, "de") == "Einmal täglich, jeden Tag"
    assert sessions_text(3, "nl") == "3 keer per week"
    assert sessions_text(14, "zh-CN") == "每天两次"
    assert stop_rule_text(StopRule(2, 7), "de") == (
        "Hören Sie auf und rufen Sie Ihre Physiotherapie an, wenn Ihr Schmerz um 2 oder mehr "
        "Punkte steigt oder 7 erreicht"
    )
    assert stop_rule_text(None, "zh-CN") == "如果疼痛明显加重，请停止练习并联系您的物理治疗师"
    assert duration_words(2.5, "de") == "2.5 Sekunden"
    assert duration_words(1, "nl") == "1 seconde"
    # A language the table lacks reads in English.
    assert sessions_text(7, "fr") == "Once a day, every day"
