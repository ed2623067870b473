from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from homestretch.app import SpeechProblems
from homestretch.core.paths import ASSETS_DIR
from homestretch.speech.playback import ProcessPlayback
from homestretch.speech.speaker import CueSpeaker
from homestretch.speech.synthesis import SynthesisService
from tests.ui.conftest import MakeWindow

NO_ENGINE = 'import json; print(json.dumps({"fatal": "espeak-ng not found"}), flush=True)'


def test_a_missing_speech_engine_shows_a_notice_and_the_session_still_runs(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    problems = SpeechProblems()
    script = tmp_path / "no_engine.py"
    script.write_text(NO_ENGINE)
    synthesis = SynthesisService(tmp_path / "cache", command=(sys.executable, str(script)))
    silent = (sys.executable, "-c", "pass")
    speaker = CueSpeaker(
        synthesis,
        ProcessPlayback(silent),
        ProcessPlayback(silent),
        ASSETS_DIR / "sounds",
        on_unavailable=problems.unavailable.emit,
    )
    window = make_window(speaker=speaker)
    problems.unavailable.connect(window.speech_unavailable)
    try:
        with qtbot.waitSignal(window.session_finished, timeout=30_000) as finished:
            window.start_session()
        assert finished.args == ["completed"]
        qtbot.waitUntil(lambda: "Spoken instructions are off" in window.session_view.notice.text())
        assert "espeak-ng not found" in window.statusBar().currentMessage()
        assert not speaker.available
    finally:
        speaker.close()
