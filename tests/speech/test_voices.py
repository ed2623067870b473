"""Which voice reads a routine: one that speaks its language, and the real engine's proof."""

from __future__ import annotations

import array
import math
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from homestretch.core.paths import BUNDLED_ROUTINES_DIR
from homestretch.core.routine import load_routine
from homestretch.core.settings import Verbosity
from homestretch.core.timeline import build_timeline
from homestretch.speech.cues import session_texts
from homestretch.speech.problems import missing_voice_notice
from homestretch.speech.synthesis import SynthesisService, Voice
from homestretch.speech.voices import speaks, voice_for
from tests.speech.test_worker_real import Collected, engine_missing, service  # noqa: F401

ESPEAK = (  # as pyttsx3 reports espeak-ng's voices
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("gmw/de", "German", ("de",)),
    Voice("gmw/nl", "Dutch", ("nl",)),
    Voice("sit/cmn-latn-pinyin", "Chinese (Mandarin, latin as Pinyin)", ("cmn-latn-pinyin",)),
    Voice("sit/cmn", "Chinese (Mandarin, latin as English)", ("cmn",)),
    Voice("sit/yue", "Chinese (Cantonese)", ("yue",)),
)


@pytest.mark.parametrize(
    ("language", "voice"),
    [("nl", "gmw/nl"), ("nl-BE", "gmw/nl"), ("de-AT", "gmw/de"), ("zh-CN", "sit/cmn")],
)
def test_a_routine_is_read_by_a_voice_of_its_language(language: str, voice: str) -> None:
    choice = voice_for(ESPEAK, "", language)
    assert choice.voice == voice
    assert choice.speaks_language


def test_mandarin_is_not_read_by_the_cantonese_voice() -> None:
    assert speaks(ESPEAK[5], "zh-CN")
    assert not speaks(ESPEAK[6], "zh-CN")
    only_cantonese = (ESPEAK[0], ESPEAK[6])
    assert not voice_for(only_cantonese, "", "zh-CN").speaks_language


def test_the_chosen_voice_reads_the_routines_of_its_language() -> None:
    assert voice_for(ESPEAK, "gmw/en-us", "en").voice == "gmw/en-us"
    assert voice_for(ESPEAK, "gmw/en-us", "nl").voice == "gmw/nl"
    assert voice_for(ESPEAK, "gmw/de", "de").voice == "gmw/de"
    # A chosen voice that does not speak English gives way to an English one (by name).
    assert voice_for(ESPEAK, "gmw/de", "en").voice == "gmw/en-us"
    assert voice_for(ESPEAK, "", "en").voice == ""


def test_without_a_voice_of_the_language_the_default_reads_it_and_says_so() -> None:
    english_only = ESPEAK[:2]
    choice = voice_for(english_only, "gmw/en-us", "nl")
    assert choice.voice == ""
    assert not choice.speaks_language
    notice = missing_voice_notice(choice.language)
    assert "Dutch (Nederlands)" in notice
    assert "espeak-ng" in notice
    # A language the phrase table lacks is read in English, by an English voice.
    assert voice_for(english_only, "", "fr").speaks_language
    # Voices not known yet (the engine has not started): nothing to say.
    assert voice_for((), "", "nl").speaks_language


def envelope(path: Path, window: int = 441) -> list[float]:
    """Loudness every 20 ms (at 22050 Hz) from the first sound on."""
    with wave.open(str(path)) as w:
        assert w.getsampwidth() == 2
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
    start = next(i for i, s in enumerate(samples) if abs(s) > 200)
    samples = samples[start:]
    return [
        math.sqrt(sum(s * s for s in samples[i : i + window]) / window)
        for i in range(0, len(samples) - window, window)
    ]


def correlation(a: list[float], b: list[float]) -> float:
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    mean_a, mean_b = sum(a) / n, sum(b) / n
    spread = math.sqrt(sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b))
    return sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True)) / spread


@pytest.mark.speech
def test_a_dutch_routine_is_spoken_by_a_dutch_voice(
    service: SynthesisService,  # noqa: F811
    tmp_path: Path,
) -> None:
    if shutil.which("espeak-ng") is None:
        engine_missing("no espeak-ng command")
    routine = load_routine(BUNDLED_ROUTINES_DIR / "sciatica-relief.nl.yaml")
    texts = session_texts(build_timeline(routine), Verbosity.FULL)
    text = next(t for t in texts if t.startswith("Wissel naar uw linkerbeen"))
    got = Collected(service)
    service.start()
    service.request(["Hallo."])
    got.wait({"Hallo.": 1})
    choice = voice_for(service.voices, "", routine.language)
    assert choice.speaks_language, [v.languages for v in service.voices]
    service.configure(voice=choice.voice, rate=150, volume=1.0)
    service.request([text])
    got.wait({text: 1})
    dutch_path = got.ready[text][0]
    # Back to the default voice: the engine must not keep the Dutch one.
    service.configure(voice="", rate=150, volume=1.0)
    service.request([text])
    got.wait({text: 2})
    default_path = got.ready[text][1]

    references = {}
    for voice in ("nl", "en"):  # espeak-ng's own reading of the words, by each voice
        reference = tmp_path / f"{voice}.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", "150", "-w", str(reference), text],
            check=True,
            timeout=30,
        )
        references[voice] = envelope(reference)
    spoken = envelope(dutch_path)
    assert correlation(spoken, references["nl"]) > 0.9
    assert correlation(spoken, references["en"]) < correlation(spoken, references["nl"]) - 0.2
    default = envelope(default_path)
    assert correlation(default, references["en"]) > correlation(default, references["nl"]) + 0.2
