"""What the window says when speech or sound cannot work: plain words, once.

The programs are the real ones: the speech worker runs where libespeak-ng
really cannot be loaded (see :func:`tests.speech.fakes.worker_without_engine`),
and aplay plays to an ALSA default device that is either a sound card that is
not there or a file (ALSA_CONFIG_PATH replaces the machine's ALSA config).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from homestretch import app as app_module
from homestretch.app import SpeechProblems
from homestretch.core.paths import ASSETS_DIR, AppPaths
from homestretch.speech.playback import ProcessPlayback
from homestretch.speech.problems import SpeechProblem, problem_notice
from homestretch.speech.speaker import CueSpeaker
from homestretch.speech.synthesis import WORKER_COMMAND, SynthesisService
from homestretch.ui.main_window import MainWindow
from tests.speech.fakes import (
    FakeWorker,
    counting_player,
    espeak_library_dir,
    started,
    worker_without_engine,
    write_alsa_config,
)
from tests.ui.conftest import MakeWindow

TECHNICAL = re.compile(r"Error|Exception|Traceback|errno|\.so\b|\.so\.|ALSA|aplay|audio open")


def shown_notice(window: MainWindow) -> str:
    """The notices the window shows (empty when none); the status bar repeats nothing."""
    assert not window.statusBar().currentMessage()
    return window.notice_bar.text() if window.notice_bar.isVisible() else ""


class Rig:
    """A window with a real CueSpeaker, wired as the app wires them."""

    def __init__(
        self,
        make_window: MakeWindow,
        tmp_path: Path,
        worker: tuple[str, ...],
        player: tuple[str, ...],
    ) -> None:
        self.window = make_window()
        self.problems = SpeechProblems()
        self.reported: list[SpeechProblem] = []
        self.problems.unavailable.connect(self.reported.append)
        self.problems.unavailable.connect(self.window.speech_unavailable)
        synthesis = SynthesisService(tmp_path / "cache", command=worker, start_timeout=20)
        self.speaker = CueSpeaker(
            synthesis,
            ProcessPlayback(player),
            ProcessPlayback(player),
            ASSETS_DIR / "sounds",
            on_unavailable=self.problems.unavailable.emit,
        )
        self.window.attach(speaker=self.speaker, history=self.window.history)
        self.window.reload_routines()


@pytest.fixture
def rigs() -> Iterator[list[Rig]]:
    made: list[Rig] = []
    yield made
    for rig in made:
        rig.speaker.close()


def run_session(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session_finished, timeout=60_000) as finished:
        window.start_session()
    assert finished.args == ["completed"]


def needs_espeak() -> None:
    if espeak_library_dir() is None:
        if "CI" in os.environ:
            pytest.fail("espeak-ng is not installed (CI is set, so this must not be skipped)")
        pytest.skip("espeak-ng is not installed")


def test_without_espeak_ng_the_window_says_what_to_install_and_the_beeps_go_on(
    qtbot: QtBot,
    make_window: MakeWindow,
    rigs: list[Rig],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sink = tmp_path / "sink.raw"
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", sink)))
    player, starts = counting_player(tmp_path / "bin")
    hidden = worker_without_engine(tmp_path / "hidden", WORKER_COMMAND)
    rigs.append(Rig(make_window, tmp_path, hidden, player))
    rig, window = rigs[0], rigs[0].window

    run_session(qtbot, window)
    qtbot.waitUntil(lambda: rig.reported != [], timeout=20_000)

    words = problem_notice(SpeechProblem.ENGINE_MISSING, cache_dir=window.paths.cache_dir)
    assert shown_notice(window) == words  # this notice, once, and no other
    assert "sudo apt install espeak-ng" in words
    assert not TECHNICAL.search(shown_notice(window))
    assert rig.reported == [SpeechProblem.ENGINE_MISSING]
    assert not rig.speaker.available
    # Sound itself works: the check and then the session's beeps were played.
    assert len(started(starts)) > 1
    qtbot.waitUntil(lambda: any(sink.read_bytes()), timeout=10_000)  # aplay writes as it plays


def test_without_a_sound_card_the_window_says_so_once_and_no_cue_starts_a_player(
    qtbot: QtBot,
    make_window: MakeWindow,
    rigs: list[Rig],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", None)))
    player, starts = counting_player(tmp_path / "bin")
    worker = FakeWorker(tmp_path / "worker")  # the engine is not what is tested here
    rigs.append(Rig(make_window, tmp_path, worker.command(), player))
    rig, window = rigs[0], rigs[0].window

    qtbot.waitUntil(lambda: rig.reported != [], timeout=10_000)
    run_session(qtbot, window)
    run_session(qtbot, window)

    words = problem_notice(SpeechProblem.NO_SOUND_DEVICE, cache_dir=window.paths.cache_dir)
    assert words.startswith("No sound device was found, so there will be no voice or beeps.")
    assert shown_notice(window) == words
    assert rig.reported == [SpeechProblem.NO_SOUND_DEVICE]
    # aplay ran once, for the check; two whole sessions of cues did not start it again.
    assert len(started(starts)) == 1
    assert worker.texts()  # the cues were still prepared: only playing them is pointless


def test_with_a_working_sound_device_and_engine_nothing_is_said_about_sound(
    qtbot: QtBot,
    make_window: MakeWindow,
    rigs: list[Rig],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    needs_espeak()
    sink = tmp_path / "sink.raw"
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", sink)))
    player, starts = counting_player(tmp_path / "bin")
    rigs.append(Rig(make_window, tmp_path, WORKER_COMMAND, player))
    rig, window = rigs[0], rigs[0].window

    run_session(qtbot, window)
    # The real engine had the whole session to fail; it did not, and sound was played.
    qtbot.waitUntil(lambda: list((tmp_path / "cache").glob("*.wav")) != [], timeout=20_000)
    assert rig.reported == []
    assert shown_notice(window) == ""
    assert window.statusBar().currentMessage() == ""
    assert rig.speaker.available
    assert len(started(starts)) > 1
    qtbot.waitUntil(lambda: any(sink.read_bytes()), timeout=10_000)  # aplay writes as it plays


def test_the_app_tells_of_a_missing_sound_card_and_keeps_the_details_in_its_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", None)))
    paths = AppPaths.resolve(isolated_data_dir)
    seen: list[str] = []
    original_show = MainWindow.show

    def show_then_wait(self: MainWindow) -> None:
        original_show(self)
        polls = [0]

        def look() -> None:
            polls[0] += 1
            text = self.notice_bar.text()
            if "No sound device" in text or polls[0] > 200:
                seen.append(text)
                self.close()
            else:
                QTimer.singleShot(50, look)

        self.first_painted.connect(look)

    monkeypatch.setattr(MainWindow, "show", show_then_wait)
    assert app_module.run_app(paths) == 0

    (text,) = seen
    assert problem_notice(SpeechProblem.NO_SOUND_DEVICE, cache_dir=paths.cache_dir) in text
    assert not TECHNICAL.search(text)
    log = paths.diagnostics_log.read_text(encoding="utf-8")
    assert "audio open error" in log  # aplay's own words, for whoever helps the patient


def test_without_a_log_folder_the_app_runs_on_without_a_diagnostics_log(
    isolated_data_dir: Path,
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "logs").write_text("a file where the logs folder should be")
    paths = AppPaths.resolve(isolated_data_dir)
    assert app_module.start_diagnostics_log(paths) is None
    app_module.stop_diagnostics_log(None)
