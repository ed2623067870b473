"""The words a patient reads about each speech problem: plain, and saying what to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from homestretch.speech.problems import SpeechProblem, problem_notice

CACHE = Path("/home/pat/.cache/homestretch")
TECHNICAL = re.compile(r"Error|Exception|Traceback|errno|\.so\b|\.so\.|\bNone\b|lib[a-z-]+\.")


@pytest.mark.parametrize("problem", list(SpeechProblem))
def test_every_problem_has_plain_words_that_say_what_to_do(problem: SpeechProblem) -> None:
    text = problem_notice(problem, cache_dir=CACHE)
    assert not TECHNICAL.search(text), text
    assert "The screen still guides you." in text
    assert "start Homestretch again" in text or "Starting Homestretch again" in text


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (
            SpeechProblem.ENGINE_MISSING,
            "Spoken instructions are off because the espeak-ng speech engine is not "
            "installed. The screen still guides you. To hear the instructions, install it "
            "with: sudo apt install espeak-ng (then start Homestretch again).",
        ),
        (
            SpeechProblem.NO_SOUND_DEVICE,
            "No sound device was found, so there will be no voice or beeps. The screen still "
            "guides you. To hear them, connect speakers or headphones, then start "
            "Homestretch again.",
        ),
    ],
)
def test_the_words_for_the_common_problems(problem: SpeechProblem, words: str) -> None:
    assert problem_notice(problem, cache_dir=CACHE) == words


def test_a_missing_player_names_the_package_to_install() -> None:
    text = problem_notice(SpeechProblem.PLAYER_MISSING, cache_dir=CACHE)
    assert "no voice or beeps" in text
    assert "sudo apt install alsa-utils" in text


def test_an_unwritable_cache_names_the_folder() -> None:
    text = problem_notice(SpeechProblem.CACHE_UNWRITABLE, cache_dir=CACHE)
    assert f"in the folder {CACHE}." in text


def test_only_sound_output_problems_silence_the_beeps_too() -> None:
    assert {p for p in SpeechProblem if p.silences_everything} == {
        SpeechProblem.PLAYER_MISSING,
        SpeechProblem.NO_SOUND_DEVICE,
    }
