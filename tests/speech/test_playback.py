"""ProcessPlayback: non-blocking play, instant stop, one sound per channel, clean close."""

from __future__ import annotations

import gc
import os
import shutil
import sys
import time
import warnings
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch.core.paths import ASSETS_DIR
from homestretch.speech import playback as playback_module
from homestretch.speech.playback import ProcessPlayback, default_playback, find_player_command
from homestretch.speech.problems import SpeechProblem
from tests.speech.fakes import (
    counting_player,
    process_gone,
    started,
    wait_for,
    write_alsa_config,
    write_wav,
)

needs_aplay = pytest.mark.skipif(
    shutil.which("aplay") is None, reason="aplay (alsa-utils) is not installed"
)
SOUNDS = [ASSETS_DIR / "sounds" / f"{name}.wav" for name in ("countdown", "switch", "end")]

SLOW_PLAYER = """
import os, sys, time
from pathlib import Path
log = Path(sys.argv[1])
with open(log / "plays", "a") as f:
    f.write(f"{os.getpid()} {sys.argv[2]}\\n")
time.sleep(30)
"""


class SlowPlayer:
    """A fake player command that logs ``pid wav`` and then 'plays' for 30 s."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        script = folder / "slow_player.py"
        script.write_text(SLOW_PLAYER, encoding="utf-8")
        self.command = (sys.executable, str(script), str(folder))

    def plays(self) -> list[tuple[int, str]]:
        path = self.folder / "plays"
        if not path.exists():
            return []
        return [
            (int(pid), wav)
            for pid, wav in (line.split(" ", 1) for line in path.read_text().splitlines())
        ]

    def wait_plays(self, count: int) -> list[tuple[int, str]]:
        wait_for(lambda: len(self.plays()) >= count, what=f"{count} player(s) to start")
        return self.plays()


def pid_exists(pid: int) -> bool:
    """True while the process exists, zombies included."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def slow(tmp_path: Path) -> SlowPlayer:
    return SlowPlayer(tmp_path / "player")


@pytest.fixture
def playback(slow: SlowPlayer) -> Iterator[ProcessPlayback]:
    channel = ProcessPlayback(slow.command)
    yield channel
    channel.close()


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    return write_wav(tmp_path / "cue.wav")


def test_play_returns_at_once_and_the_player_runs(
    playback: ProcessPlayback, slow: SlowPlayer, wav: Path
) -> None:
    began = time.monotonic()
    playback.play(wav)
    assert time.monotonic() - began < 0.2
    assert playback.available
    assert playback.is_playing()
    ((pid, played),) = slow.wait_plays(1)
    assert played == str(wav)
    assert not process_gone(pid)


def test_stop_ends_the_player_within_a_moment(
    playback: ProcessPlayback, slow: SlowPlayer, wav: Path
) -> None:
    playback.play(wav)
    ((pid, _),) = slow.wait_plays(1)
    began = time.monotonic()
    playback.stop()
    assert not playback.is_playing()
    wait_for(lambda: process_gone(pid), timeout=0.3, what="the player to die")
    assert time.monotonic() - began < 0.3


def test_a_second_play_replaces_the_first(
    playback: ProcessPlayback, slow: SlowPlayer, tmp_path: Path
) -> None:
    first_wav, second_wav = write_wav(tmp_path / "a.wav"), write_wav(tmp_path / "b.wav")
    playback.play(first_wav)
    ((first, _),) = slow.wait_plays(1)
    playback.play(second_wav)
    plays = slow.wait_plays(2)
    assert [wav for _, wav in plays] == [str(first_wav), str(second_wav)]
    second = plays[1][0]
    wait_for(lambda: process_gone(first), timeout=0.3, what="the first player to die")
    assert not process_gone(second)
    assert playback.is_playing()


def test_stop_without_anything_playing_is_harmless(playback: ProcessPlayback) -> None:
    playback.stop()
    playback.stop()
    assert not playback.is_playing()


def test_a_sound_that_ends_by_itself_is_no_longer_playing(tmp_path: Path, wav: Path) -> None:
    quick = tmp_path / "quick.py"
    quick.write_text("import sys\n")
    channel = ProcessPlayback((sys.executable, str(quick)))
    try:
        channel.play(wav)
        wait_for(lambda: not channel.is_playing(), timeout=5, what="the player to finish")
    finally:
        channel.close()


def test_no_player_on_path_means_unavailable_and_play_does_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, wav: Path
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert find_player_command() is None
    channel = ProcessPlayback()
    assert channel.command is None
    assert not channel.available
    channel.play(wav)
    assert not channel.is_playing()
    channel.stop()
    channel.close()


def test_a_missing_player_command_becomes_unavailable_on_play(tmp_path: Path, wav: Path) -> None:
    channel = ProcessPlayback((str(tmp_path / "no-such-player"), "-q"))
    channel.play(wav)
    assert not channel.available
    assert not channel.is_playing()
    channel.play(wav)  # still no exception
    channel.stop()
    channel.close()


def test_the_first_player_on_path_is_chosen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("paplay", "aplay"):
        tool = bin_dir / name
        tool.write_text("#!/bin/sh\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert find_player_command() == ("aplay", "-q")
    (bin_dir / "aplay").unlink()
    assert find_player_command() == ("paplay",)


def test_close_reaps_every_player_without_resource_warnings(
    slow: SlowPlayer, tmp_path: Path
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        channel = ProcessPlayback(slow.command)
        for k in range(4):
            channel.play(write_wav(tmp_path / f"{k}.wav"))
        channel.stop()
        channel.play(write_wav(tmp_path / "last.wav"))
        last = tmp_path / "last.wav"
        wait_for(lambda: any(w == str(last) for _, w in slow.plays()), what="the last player")
        began = time.monotonic()
        channel.close()
        assert time.monotonic() - began < 2
        assert not channel.is_playing()
        # Reaped, not just dead: not even a zombie is left.
        for pid, _ in slow.plays():
            assert not pid_exists(pid), f"player {pid} was not reaped"
        del channel
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_dropping_a_playing_channel_without_close_would_warn(slow: SlowPlayer, wav: Path) -> None:
    """The check above can fail: an unreaped player is reported by Python."""
    channel = ProcessPlayback(slow.command)
    channel.play(wav)
    ((pid, _),) = slow.wait_plays(1)
    process = channel._process
    assert process is not None
    process.kill()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        del channel, process
        gc.collect()
    assert any(issubclass(w.category, ResourceWarning) for w in caught)
    wait_for(lambda: process_gone(pid), timeout=1)


ALSA_CAPTURE = """
pcm.homestretch_capture {{
    type file
    slave.pcm "null"
    file "{output}"
    format "raw"
}}
"""
"""An ALSA device that writes every sample it is given to a file (and discards the sound)."""


@pytest.mark.skipif(shutil.which("aplay") is None, reason="aplay (alsa-utils) is not installed")
@pytest.mark.parametrize("sound", ["countdown", "switch", "end"])
def test_the_real_aplay_plays_every_sample_of_a_bundled_sound(
    sound: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ASSETS_DIR / "sounds" / f"{sound}.wav"
    with wave.open(str(path)) as wav_file:
        assert wav_file.getsampwidth() == 2  # signed 16-bit: silence is zero bytes
        samples = wav_file.readframes(wav_file.getnframes())
        one_second = wav_file.getframerate() * wav_file.getnchannels() * 2
    assert samples.strip(b"\0")  # the sound is not silence
    # The device is defined in this test's own ~/.asoundrc, which ALSA reads after its own config.
    home = tmp_path / "home"
    home.mkdir()
    output = tmp_path / "played.raw"
    (home / ".asoundrc").write_text(ALSA_CAPTURE.format(output=output), encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("ALSA_CONFIG_PATH", raising=False)
    channel = ProcessPlayback(("aplay", "-q", "-D", "homestretch_capture"))
    try:
        assert channel.available
        channel.play(path)
        wait_for(lambda: not channel.is_playing(), timeout=10, what="aplay to finish")
    finally:
        channel.close()
    played = output.read_bytes()
    assert played[: len(samples)] == samples
    # aplay fills its last period with silence.
    padding = played[len(samples) :]
    assert set(padding) <= {0}
    assert len(padding) < one_second


@pytest.mark.skipif(sys.platform == "win32", reason="Windows uses winsound")
def test_the_default_playback_is_a_process_channel() -> None:
    channel = default_playback()
    try:
        assert isinstance(channel, ProcessPlayback)
        assert channel.available == (find_player_command() is not None)
    finally:
        channel.close()


@needs_aplay
def test_the_real_aplay_without_a_sound_card_fails_the_check_and_is_not_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", None)))
    command, starts = counting_player(tmp_path / "bin")
    channel = ProcessPlayback(command)
    try:
        assert channel.check() is SpeechProblem.NO_SOUND_DEVICE
        assert not channel.available
        for _ in range(3):
            for sound in SOUNDS:
                channel.play(sound)
        assert not channel.is_playing()
    finally:
        channel.close()
    assert len(started(starts)) == 1  # the check only: no cue starts a player that must fail
    # aplay's own words are kept for the diagnostics log.
    assert "audio open error" in caplog.text


@needs_aplay
def test_the_real_aplay_with_a_working_device_passes_the_check_and_plays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    sink = tmp_path / "sink.raw"
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(write_alsa_config(tmp_path / "alsa", sink)))
    channel = ProcessPlayback(("aplay", "-q"))
    try:
        assert channel.check() is None
        assert channel.available
        silence = sink.read_bytes()  # the check played 50 ms of silence
        assert len(silence) >= 800
        assert not any(silence)
        channel.play(SOUNDS[-1])
        wait_for(lambda: not channel.is_playing(), timeout=10, what="aplay to finish")
    finally:
        channel.close()
    assert any(sink.read_bytes())  # the chime, not silence
    assert caplog.records == []


def test_without_a_player_the_check_reports_it_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    channel = ProcessPlayback()
    assert channel.check() is SpeechProblem.PLAYER_MISSING
    assert "No sound player was found on PATH (looked for aplay, " in caplog.text


def test_a_player_command_that_is_gone_fails_the_check_as_missing(tmp_path: Path) -> None:
    channel = ProcessPlayback((str(tmp_path / "no-such-player"), "-q"))
    assert channel.available
    assert channel.check() is SpeechProblem.PLAYER_MISSING
    assert not channel.available


def test_a_player_that_hangs_in_the_check_is_killed_and_sound_is_taken_to_work(
    slow: SlowPlayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(playback_module, "CHECK_TIMEOUT", 0.5)
    channel = ProcessPlayback(slow.command)
    began = time.monotonic()
    assert channel.check() is None
    assert time.monotonic() - began < 3
    ((pid, _),) = slow.plays()
    assert process_gone(pid)
    assert channel.available
