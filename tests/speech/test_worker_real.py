"""The real worker: pyttsx3 with espeak-ng turning text into audible WAV files.

Without a speech engine these tests skip on a developer's machine but fail
under CI (where the variable ``CI`` is set), since CI installs espeak-ng and a
skip there would hide a broken engine.
"""

from __future__ import annotations

import array
import math
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch.speech.problems import SpeechProblem
from homestretch.speech.synthesis import WORKER_COMMAND, SynthesisService
from tests.speech.fakes import wait_for, worker_without_engine

TEXTS = ("Straighten your knee.", "Switch to your left leg.")
MIN_SECONDS = 0.3
MIN_RMS = 0.01  # of full scale; espeak speech is around 0.05 - 0.1, silence is 0


def engine_missing(reason: str) -> None:
    """Skip, or fail when running under CI."""
    message = f"speech engine missing ({reason})"
    if "CI" in os.environ:
        pytest.fail(f"{message} (CI is set, so this must not be skipped)")
    pytest.skip(message)


class Collected:
    def __init__(self, service: SynthesisService) -> None:
        self.ready: dict[str, list[Path]] = {}
        self.unavailable: list[SpeechProblem] = []
        self.lock = threading.Lock()
        service.on_ready = self._ready
        service.on_unavailable = self._unavailable

    def _ready(self, text: str, path: Path) -> None:
        with self.lock:
            self.ready.setdefault(text, []).append(path)

    def _unavailable(self, problem: SpeechProblem) -> None:
        with self.lock:
            self.unavailable.append(problem)

    def count(self, text: str) -> int:
        with self.lock:
            return len(self.ready.get(text, []))

    def wait(self, wanted: dict[str, int], timeout: float = 20.0) -> None:
        """Wait until each text was reported ready ``wanted[text]`` times."""
        deadline = time.monotonic() + timeout
        while True:
            if self.unavailable:
                engine_missing(str(self.unavailable[0]))
            if all(self.count(t) >= n for t, n in wanted.items()):
                return
            if time.monotonic() > deadline:
                pytest.fail(f"speech not ready within {timeout:g} s: {self.ready}")
            time.sleep(0.01)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[SynthesisService]:
    synthesis = SynthesisService(tmp_path / "speech-cache", timeout=15, start_timeout=20)
    yield synthesis
    synthesis.close()


def read_samples(path: Path) -> tuple[float, list[float]]:
    """Duration in seconds and the samples of the first channel scaled to -1..1."""
    with wave.open(str(path)) as w:
        width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
        frames = w.getnframes()
        data = w.readframes(frames)
    assert w.getcomptype() == "NONE"
    if width == 1:
        values = [(b - 128) / 128 for b in data]
    else:
        codes = {2: "h", 4: "i"}
        assert width in codes, f"unexpected sample width {width}"
        samples = array.array(codes[width])
        samples.frombytes(data)
        if sys.byteorder == "big":
            samples.byteswap()
        scale = float(2 ** (8 * width - 1))
        values = [s / scale for s in samples]
    return frames / rate, values[::channels]


def rms(values: list[float]) -> float:
    return math.sqrt(sum(v * v for v in values) / len(values)) if values else 0.0


def sox_stat(path: Path) -> dict[str, float]:
    done = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, timeout=20, check=True
    )
    stats: dict[str, float] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"^([A-Za-z ()]+?):\s+(-?[0-9.]+)$", line.strip())
        if match:
            stats[match.group(1).strip()] = float(match.group(2))
    return stats


def test_the_worker_command_is_this_python_running_the_worker_module() -> None:
    assert (sys.executable, "-m", "homestretch.speech.worker") == WORKER_COMMAND


@pytest.mark.speech
def test_two_texts_become_different_audible_wav_files(service: SynthesisService) -> None:
    got = Collected(service)
    service.start()
    service.request(TEXTS)
    got.wait(dict.fromkeys(TEXTS, 1))

    paths = [got.ready[text][0] for text in TEXTS]
    assert paths[0] != paths[1]
    assert paths[0].read_bytes() != paths[1].read_bytes()
    for text, path in zip(TEXTS, paths, strict=True):
        assert path == service.path_for(text)
        assert path.is_file()
        assert path.parent == service.cache_dir
        seconds, samples = read_samples(path)
        assert seconds > MIN_SECONDS, f"{text!r} lasts only {seconds:.3f} s"
        level = rms(samples)
        assert level > MIN_RMS, f"{text!r} is silent (RMS {level:.5f})"
        if shutil.which("sox"):
            stats = sox_stat(path)
            assert stats["Length (seconds)"] > MIN_SECONDS
            assert stats["RMS     amplitude"] > MIN_RMS
    # No temporary files are left next to the finished ones.
    assert sorted(service.cache_dir.iterdir()) == sorted(paths)


@pytest.mark.speech
def test_a_longer_text_gives_a_longer_recording(service: SynthesisService) -> None:
    short, long = "Rest.", "Slowly straighten one knee, hold it there, then lower it again."
    got = Collected(service)
    service.start()
    service.request([short, long])
    got.wait({short: 1, long: 1})
    short_seconds, _ = read_samples(got.ready[short][0])
    long_seconds, _ = read_samples(got.ready[long][0])
    assert long_seconds > short_seconds * 2


@pytest.mark.speech
def test_a_cached_text_is_served_without_a_second_synthesis(service: SynthesisService) -> None:
    got = Collected(service)
    service.start()
    service.request([TEXTS[0]])
    got.wait({TEXTS[0]: 1})
    path = got.ready[TEXTS[0]][0]
    before = path.stat()

    service.request([TEXTS[0]])
    got.wait({TEXTS[0]: 2})
    service.request([TEXTS[0]], urgent=True)
    got.wait({TEXTS[0]: 3})

    assert got.ready[TEXTS[0]] == [path, path, path]
    after = path.stat()
    # The worker writes a new file and renames it over the target: a second
    # synthesis would change the inode.
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_size,
    )
    assert service.restarts == 0
    assert service.cached(TEXTS[0]) == path
    assert service.cached(TEXTS[1]) is None


@pytest.mark.speech
def test_the_engine_reports_its_voices(service: SynthesisService) -> None:
    got = Collected(service)
    assert service.voices == ()
    service.start()
    service.request(["Hello."])
    got.wait({"Hello.": 1})
    assert service.voices
    assert all(v.id and v.name for v in service.voices)
    assert len({v.id for v in service.voices}) == len(service.voices)


@pytest.mark.parametrize("ci", [True, False])
def test_a_missing_engine_fails_under_ci_and_skips_elsewhere(
    ci: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if ci:
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match="speech engine missing"):
            engine_missing("ModuleNotFoundError")
    else:
        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match="speech engine missing"):
            engine_missing("ModuleNotFoundError")


def test_a_broken_engine_is_reported_as_failing_not_missing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The real worker module, with pyttsx3 unimportable, says fatal instead of crashing.

    The espeak-ng library itself can be loaded, so the engine is not "missing":
    installing espeak-ng would not help.
    """
    if worker_engine_library_missing():
        engine_missing("libespeak-ng cannot be loaded")
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "pyttsx3.py").write_text("raise ImportError('pyttsx3 is broken here')\n")
    wrapper = tmp_path / "worker_without_pyttsx3.py"
    wrapper.write_text(
        "import runpy, sys\n"
        f"sys.path.insert(0, {str(blocker)!r})\n"
        "runpy.run_module('homestretch.speech.worker', run_name='__main__')\n"
    )
    synthesis = SynthesisService(
        tmp_path / "cache", command=(sys.executable, str(wrapper)), timeout=5, start_timeout=10
    )
    reasons: list[SpeechProblem] = []
    synthesis.on_unavailable = reasons.append
    try:
        synthesis.start()
        synthesis.request(["Hello."])
        deadline = time.monotonic() + 10
        while not reasons and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        synthesis.close()
    assert reasons == [SpeechProblem.ENGINE_FAILED]
    assert "ImportError: pyttsx3 is broken here" in caplog.text


def worker_engine_library_missing() -> bool:
    from homestretch.speech.worker import _engine_library_missing

    return _engine_library_missing() is not None


def test_the_real_worker_without_libespeak_ng_reports_the_engine_missing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The real worker, where the loader really finds no libespeak-ng.so.1.

    See :func:`tests.speech.fakes.worker_without_engine`: the library is hidden
    in a mount namespace of the worker's own, so pyttsx3 fails exactly as it
    does on a machine without espeak-ng, and the worker must tell that apart
    from an engine that is there but broken.
    """
    command = worker_without_engine(tmp_path / "hidden", WORKER_COMMAND)
    synthesis = SynthesisService(tmp_path / "cache", command=command, start_timeout=20)
    reasons: list[SpeechProblem] = []
    synthesis.on_unavailable = reasons.append
    try:
        synthesis.start()
        synthesis.request(["Hello."])
        wait_for(lambda: reasons, timeout=20, what="the worker to report")
    finally:
        synthesis.close()
    assert reasons == [SpeechProblem.ENGINE_MISSING]
    # What the loader said is kept for the diagnostics log.
    assert "libespeak-ng.so.1: cannot open shared object file" in caplog.text
    assert not list((tmp_path / "cache").glob("*.wav"))
