"""Which voice reads a routine, and which voices the settings offer first.

A routine is read out in its own language (its ``language:`` key): by the
voice chosen in the settings when that voice speaks the language, else by an
installed voice that does (espeak-ng names Mandarin ``cmn``, not ``zh-CN``),
else by the engine's default voice, and the patient is told
(:func:`~homestretch.speech.problems.missing_voice_notice`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from homestretch.core.phrases import DEFAULT_LANGUAGE, language_of
from homestretch.speech.synthesis import Voice

ROUTINE_LANGUAGE: Final = DEFAULT_LANGUAGE
"""The language whose voices the settings offer first (routines are English by default)."""

ENGINE_CODES: Final = {"zh-CN": ("zh-cn", "cmn", "zh-cmn", "zh")}
"""Language codes a speech engine may give a voice for a language of the phrase table,
where they are not simply its tag (espeak-ng calls Mandarin ``cmn``)."""


def _codes(language: str) -> tuple[str, ...]:
    return ENGINE_CODES.get(language, (language.lower().replace("_", "-"),))


def speaks(voice: Voice, language: str) -> bool:
    """True if the voice speaks ``language`` ("en" matches "en", "en-gb", "en_US"...;
    "zh-CN" matches espeak-ng's "cmn")."""
    codes = _codes(language)
    for code in voice.languages:
        said = code.lower().replace("_", "-")
        if any(said == wanted or said.startswith(wanted + "-") for wanted in codes):
            return True
    return False


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


@dataclass(frozen=True)
class VoiceChoice:
    """The voice that reads a routine."""

    voice: str
    """The voice's id; empty for the engine's default voice."""
    language: str
    """The language of the phrase table the routine is read in."""
    speaks_language: bool
    """False when no installed voice speaks it and the default voice reads it anyway."""


def voice_for(voices: Sequence[Voice], chosen: str, routine_language: str) -> VoiceChoice:
    """The voice to read a routine in ``routine_language`` (a BCP 47 tag) with.

    Args:
        voices: the installed voices (empty while the engine has not said).
        chosen: the voice chosen in the settings ("" for the default voice).
        routine_language: the routine's ``language``.
    """
    language = language_of(routine_language)
    if not voices:  # not known yet (or no engine): nothing to choose from
        return VoiceChoice(chosen, language, True)
    by_id = {v.id: v for v in voices}
    if chosen in by_id and speaks(by_id[chosen], language):
        return VoiceChoice(chosen, language, True)
    if not chosen and language == DEFAULT_LANGUAGE:
        return VoiceChoice("", language, True)  # espeak-ng's default voice speaks English
    speaking, _ = order_voices(voices, language)
    if speaking:
        return VoiceChoice(speaking[0].id, language, True)
    return VoiceChoice("", language, language == DEFAULT_LANGUAGE)
