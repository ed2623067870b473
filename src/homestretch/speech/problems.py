"""What can keep the voice and the beeps from working, and what the patient is told.

The speech layer reports a :class:`SpeechProblem`, never a message: the
technical detail (an exception, a player's error output) goes to the app's
diagnostics log where it is found, and :func:`problem_notice` is the one
place that turns a problem into words a patient can act on.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import assert_never

from homestretch.core.i18n import translate


class SpeechProblem(StrEnum):
    """Why spoken instructions, or all sound, are off."""

    ENGINE_MISSING = "engine-missing"
    """The espeak-ng speech engine is not installed."""
    ENGINE_FAILED = "engine-failed"
    """The speech engine is there but does not start, or keeps failing."""
    CACHE_UNWRITABLE = "cache-unwritable"
    """The folder for the spoken cues cannot be written."""
    PLAYER_MISSING = "player-missing"
    """No command-line sound player (aplay, from alsa-utils) is installed."""
    NO_SOUND_DEVICE = "no-sound-device"
    """The sound player cannot play anything: no sound card, or none it can open."""

    @property
    def silences_everything(self) -> bool:
        """True when the beeps are off too, not just the voice."""
        return self in (SpeechProblem.PLAYER_MISSING, SpeechProblem.NO_SOUND_DEVICE)


def problem_notice(problem: SpeechProblem, *, cache_dir: Path) -> str:
    """What the patient reads about ``problem``: what is missing and what to do.

    Args:
        problem: what went wrong.
        cache_dir: the app's cache folder, named when it cannot be written.
    """
    if problem is SpeechProblem.ENGINE_MISSING:
        return translate(
            "SpeechProblems",
            "Spoken instructions are off because the espeak-ng speech engine is not "
            "installed. The screen still guides you. To hear the instructions, install it "
            "with: sudo apt install espeak-ng (then start Homestretch again).",
        )
    if problem is SpeechProblem.ENGINE_FAILED:
        return translate(
            "SpeechProblems",
            "Spoken instructions are off because the speech engine is not working. "
            "The screen still guides you. Starting Homestretch again may bring the voice "
            "back; if it does not, reinstall the engine with: "
            "sudo apt install --reinstall espeak-ng",
        )
    if problem is SpeechProblem.CACHE_UNWRITABLE:
        return translate(
            "SpeechProblems",
            "Spoken instructions are off because Homestretch cannot save its speech files "
            "in the folder {folder}. The screen still guides you. To hear the "
            "instructions, make sure that folder can be written to and the disk is not "
            "full, then start Homestretch again.",
        ).format(folder=cache_dir)
    if problem is SpeechProblem.PLAYER_MISSING:
        return translate(
            "SpeechProblems",
            "There will be no voice or beeps because no sound player is installed. "
            "The screen still guides you. To hear them, install one with: "
            "sudo apt install alsa-utils (then start Homestretch again).",
        )
    if problem is SpeechProblem.NO_SOUND_DEVICE:
        return translate(
            "SpeechProblems",
            "No sound device was found, so there will be no voice or beeps. "
            "The screen still guides you. To hear them, connect speakers or headphones, "
            "then start Homestretch again.",
        )
    assert_never(problem)


def missing_voice_notice(language: str) -> str:
    """What the patient reads when no installed voice speaks the routine's ``language``
    (a language of the phrase table) and the default voice reads it instead."""
    from homestretch.core.phrases import language_name

    name = language_name(language)
    return translate(
        "SpeechProblems",
        "No installed voice speaks {name}, the language of this routine, so the default "
        "voice reads it and may be hard to understand. The screen still guides you. "
        "To hear it in its language, install the voices of the espeak-ng speech engine "
        "with: sudo apt install espeak-ng-data (then start Homestretch again).",
    ).format(name=name)
