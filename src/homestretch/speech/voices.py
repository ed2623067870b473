"""Which voices to offer first: those that speak the routine's language, by name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from homestretch.speech.synthesis import Voice

ROUTINE_LANGUAGE: Final = "en"
"""The language routines and the spoken cues are written in (routine files do not name one)."""


def speaks(voice: Voice, language: str) -> bool:
    """True if the voice speaks ``language`` ("en" matches "en", "en-gb", "en_US"...)."""
    wanted = language.lower().replace("_", "-")
    return any(
        code.lower().replace("_", "-") == wanted
        or code.lower().replace("_", "-").startswith(wanted + "-")
        for code in voice.languages
    )


def order_voices(
    voices: Iterable[Voice], language: str = ROUTINE_LANGUAGE
) -> tuple[list[Voice], list[Voice]]:
    """The voices that speak ``language``, then all the others, each sorted by name.

    A voice without an id (the engine's own default) is left out: the settings
    offer "Default voice" themselves.
    """
    usable = [v for v in voices if v.id]
    usable.sort(key=lambda v: (v.name.strip().casefold(), v.id))
    first = [v for v in usable if speaks(v, language)]
    rest = [v for v in usable if not speaks(v, language)]
    return first, rest
