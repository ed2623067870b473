"""The speech cache on a disk that is full or nearly full (a real tmpfs).

The cache must never take the room the session log needs, and a WAV the disk
had no room for must not be kept or counted as a broken engine.
"""

from __future__ import annotations

import os
import threading
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch.speech.synthesis import SynthesisService
from tests.disk import fill, small_disk
from tests.speech.fakes import FakeWorker, wait_for
from tests.speech.test_worker_real import engine_missing


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as folder:
        yield folder


class Ready:
    def __init__(self, service: SynthesisService) -> None:
        self.texts: list[str] = []
        self.unavailable: list[str] = []
        self._lock = threading.Lock()
        service.on_ready = lambda text, _: self._add(self.texts, text)
        service.on_unavailable = lambda reason: self._add(self.unavailable, reason)

    def _add(self, where: list[str], value: str) -> None:
        with self._lock:
            where.append(value)

    def count(self) -> int:
        with self._lock:
            return len(self.texts)


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_on_a_full_disk_nothing_is_synthesised_and_speech_stays_available(
    disk: Path, fake_worker: FakeWorker
) -> None:
    cache = disk / "cache"
    service = SynthesisService(cache, command=fake_worker.command(), reserve_bytes=256 * 1024)
    ready = Ready(service)
    try:
        service.start()
        filler = fill(disk)
        service.request(["one", "two", "three"])
        wait_for(lambda: service.skipped == 3, what="three texts skipped")
        assert fake_worker.pids() == []  # no worker was even started
        assert files_in(cache) == []
        assert service.available
        assert ready.unavailable == []

        filler.unlink()  # room again: the next requests are synthesised
        service.request(["one", "two"])
        wait_for(lambda: ready.count() == 2, what="two texts ready")
        assert [p.name for p in files_in(cache)] == sorted(
            service.path_for(t).name for t in ("one", "two")
        )
    finally:
        service.close()


def whole(path: Path) -> bool:
    with wave.open(str(path)) as w:
        frames: int = w.getnframes()
        return frames > 0 and len(w.readframes(frames)) == frames * w.getsampwidth()


@pytest.mark.speech
def test_a_wav_the_disk_had_no_room_for_is_not_kept_and_the_engine_is_not_blamed(
    disk: Path,
) -> None:
    cache = disk / "cache"
    cache.mkdir()
    filler = fill(disk)
    os.truncate(filler, filler.stat().st_size - 48 * 1024)  # room for a short word only
    service = SynthesisService(cache, reserve_bytes=0, timeout=15, start_timeout=20)
    ready = Ready(service)
    texts = [
        "Go.",
        "Straighten your knee slowly and hold it there while you count to ten.",
        "Now bend your knee back slowly and rest your foot flat on the floor again.",
        "Switch to your left leg and do the same movement with the other knee.",
    ]
    try:
        service.start()
        service.request(texts)
        wait_for(
            lambda: ready.count() + service.skipped == len(texts) or ready.unavailable,
            timeout=60,
            what="every text synthesised or skipped",
        )
        if ready.unavailable:
            engine_missing(ready.unavailable[0])
        assert ready.texts == ["Go."]
        assert service.skipped == 3
        assert service.available  # a full disk is not a broken engine
        assert files_in(cache) == [service.path_for("Go.")]  # no part-written WAV, no temp file
        assert whole(service.path_for("Go."))
    finally:
        service.close()
