"""SynthesisService against fake worker processes: failures, restarts, order, close."""

from __future__ import annotations

import logging
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from homestretch.speech.problems import SpeechProblem
from homestretch.speech.synthesis import SynthesisService, Voice
from tests.speech.fakes import FakeWorker, process_gone, wait_for

MakeService = Callable[..., SynthesisService]


class Callbacks:
    """Collects on_ready / on_unavailable calls from the service thread."""

    def __init__(self, service: SynthesisService) -> None:
        self.ready: list[tuple[str, Path]] = []
        self.unavailable: list[SpeechProblem] = []
        self._lock = threading.Lock()
        service.on_ready = self._ready
        service.on_unavailable = self._unavailable

    def _ready(self, text: str, path: Path) -> None:
        with self._lock:
            self.ready.append((text, path))

    def _unavailable(self, problem: SpeechProblem) -> None:
        with self._lock:
            self.unavailable.append(problem)

    def ready_texts(self) -> list[str]:
        with self._lock:
            return [t for t, _ in self.ready]


def test_a_working_worker_synthesises_texts_into_the_cache(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["one", "two"])
    wait_for(lambda: len(calls.ready) == 2, what="both texts")

    assert calls.ready_texts() == ["one", "two"]
    for text, path in calls.ready:
        assert path == service.path_for(text)
        assert service.cached(text) == path
        with wave.open(str(path)) as w:
            assert w.getnframes() > 0
    assert service.voices == (Voice("fake/one", "Fake One", ("en",)),)
    assert service.available
    assert service.restarts == 0
    assert fake_worker.texts() == ["one", "two"]


def test_a_cached_text_is_not_sent_to_the_worker_again(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["again"])
    wait_for(lambda: len(calls.ready) == 1)
    service.request(["again"])
    wait_for(lambda: len(calls.ready) == 2)
    assert calls.ready[0] == calls.ready[1]
    assert fake_worker.texts() == ["again"]


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """What the speech layer wrote to the diagnostics log."""
    return "\n".join(
        r.getMessage() for r in caplog.records if r.name.startswith("homestretch.speech")
    )


def test_a_fatal_worker_makes_speech_unavailable_once_and_later_requests_do_nothing(
    make_service: MakeService, fake_worker: FakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    service = make_service(fake_worker.command("fatal"), timeout=0.5, start_timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["hello", "world"])
    wait_for(lambda: calls.unavailable, what="on_unavailable")

    # A worker that names no problem is taken as a failing engine; its words go to the log.
    assert calls.unavailable == [SpeechProblem.ENGINE_FAILED]
    assert "no espeak here" in logged(caplog)
    assert not service.available
    assert service.unavailable_reason is SpeechProblem.ENGINE_FAILED

    service.request(["later"])
    service.request(["later still"], urgent=True)
    assert service.pending() == 0
    time.sleep(0.2)  # give a (wrongly) live thread the chance to start another worker
    assert len(fake_worker.pids()) == 1
    assert calls.ready == []
    assert len(calls.unavailable) == 1
    assert not any(service.cache_dir.glob("*.wav"))


def test_a_worker_without_its_engine_library_reports_the_engine_missing(
    make_service: MakeService, fake_worker: FakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    service = make_service(fake_worker.command("missing"), timeout=0.5, start_timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["hello"])
    wait_for(lambda: calls.unavailable, what="on_unavailable")
    assert calls.unavailable == [SpeechProblem.ENGINE_MISSING]
    assert "libespeak-ng.so.1: cannot open shared object file" in logged(caplog)


def test_a_worker_that_never_says_hello_makes_speech_unavailable(
    make_service: MakeService, fake_worker: FakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    service = make_service(fake_worker.command("mute"), timeout=0.5, start_timeout=0.3)
    calls = Callbacks(service)
    service.start()
    service.request(["hello"])
    wait_for(lambda: calls.unavailable, timeout=3)
    assert calls.unavailable == [SpeechProblem.ENGINE_FAILED]
    assert "did not start in time" in logged(caplog)
    (pid,) = fake_worker.pids()
    wait_for(lambda: process_gone(pid), timeout=1, what="the silent worker to be killed")


def test_a_missing_worker_program_makes_speech_unavailable(
    make_service: MakeService, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = make_service((str(tmp_path / "no-such-program"),), timeout=0.5)
    calls = Callbacks(service)
    service.start()
    service.request(["hello"])
    wait_for(lambda: calls.unavailable, timeout=3)
    assert calls.unavailable == [SpeechProblem.ENGINE_FAILED]
    assert "cannot start the worker: No such file or directory" in logged(caplog)
    assert not service.available


def test_a_cache_folder_that_cannot_be_made_is_reported_as_such(
    fake_worker: FakeWorker, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder's parent should be")
    service = SynthesisService(blocker / "speech", command=fake_worker.command(), timeout=1)
    calls = Callbacks(service)
    try:
        service.start()
        service.request(["Hello."])  # (the folder is made when first needed)
        wait_for(lambda: calls.unavailable, timeout=3)
    finally:
        service.close()
    assert calls.unavailable == [SpeechProblem.CACHE_UNWRITABLE]
    assert f"{blocker / 'speech'}: Not a directory" in logged(caplog)
    assert fake_worker.pids() == []  # no engine is started for nothing


def test_a_hung_worker_is_killed_after_the_timeout_and_replaced(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=0.5)
    calls = Callbacks(service)
    service.start()
    began = time.monotonic()
    service.request(["hang here", "after the hang"])
    wait_for(lambda: calls.ready, timeout=5, what="the text after the hang")
    took = time.monotonic() - began

    assert calls.ready_texts() == ["after the hang"]
    assert 0.5 <= took < 3
    assert service.restarts == 1
    assert service.available
    first, second = fake_worker.pids()
    assert first != second
    wait_for(lambda: process_gone(first), timeout=1, what="the hung worker to die")
    assert not process_gone(second)
    assert fake_worker.texts() == ["hang here", "after the hang"]
    assert service.cached("hang here") is None


def test_a_worker_that_crashes_mid_request_is_replaced(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=5)
    calls = Callbacks(service)
    service.start()
    began = time.monotonic()
    service.request(["crash here", "after the crash"])
    wait_for(lambda: calls.ready, timeout=5)

    # A crash is noticed at once, not after the 5 s timeout.
    assert time.monotonic() - began < 3
    assert calls.ready_texts() == ["after the crash"]
    assert service.restarts == 1
    assert len(fake_worker.pids()) == 2
    assert calls.unavailable == []


def test_a_worker_reporting_an_error_is_replaced(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["fail here", "after the failure"])
    wait_for(lambda: calls.ready, timeout=5)
    assert calls.ready_texts() == ["after the failure"]
    assert service.restarts == 1
    assert service.available


def test_after_max_failures_in_a_row_speech_is_unavailable(
    make_service: MakeService, fake_worker: FakeWorker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="homestretch.speech")
    service = make_service(fake_worker.command(), timeout=0.3, max_failures=3)
    calls = Callbacks(service)
    service.start()
    service.request(["crash 1", "hang 2", "fail 3", "never asked"])
    wait_for(lambda: calls.unavailable, timeout=5)

    assert calls.unavailable == [SpeechProblem.ENGINE_FAILED]
    log = logged(caplog)
    assert "failed (1 in a row)" in log
    assert "failed (2 in a row)" in log
    assert "keeps failing: engine broke" in log
    assert not service.available
    assert fake_worker.texts() == ["crash 1", "hang 2", "fail 3"]
    assert calls.ready == []
    time.sleep(0.1)
    assert len(fake_worker.pids()) == 3  # no fourth worker once speech is given up
    pids = fake_worker.pids()
    wait_for(lambda: all(process_gone(pid) for pid in pids), timeout=1)


def test_a_success_resets_the_failure_count(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2, max_failures=2)
    calls = Callbacks(service)
    service.start()
    service.request(["crash a", "fine", "crash b", "fine again"])
    wait_for(lambda: len(calls.ready) == 2, timeout=5)
    assert calls.ready_texts() == ["fine", "fine again"]
    assert calls.unavailable == []
    assert service.available
    assert service.restarts == 2


def test_urgent_requests_jump_the_queue(make_service: MakeService, fake_worker: FakeWorker) -> None:
    service = make_service(fake_worker.command(), timeout=5)
    calls = Callbacks(service)
    service.start()
    service.request(["gate first"])
    wait_for(lambda: fake_worker.texts() == ["gate first"], what="the worker to be busy")
    service.request(["a", "b", "c"])
    service.request(["x", "y"], urgent=True)
    service.request(["c"], urgent=True)  # already queued: moves to the front
    service.request(["a"])  # already queued: stays where it is
    assert service.pending() == 5
    fake_worker.open_gate()
    wait_for(lambda: len(calls.ready) == 6)

    expected = ["gate first", "c", "x", "y", "a", "b"]
    assert fake_worker.texts() == expected
    assert calls.ready_texts() == expected
    assert service.pending() == 0


def test_configure_changes_the_cache_file_and_what_the_worker_is_sent(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2)
    calls = Callbacks(service)
    service.start()
    before = service.path_for("hello")
    service.configure(voice="fake/one", rate=200, volume=0.5)
    after = service.path_for("hello")
    assert before != after
    service.request(["hello"])
    wait_for(lambda: calls.ready)
    assert calls.ready == [("hello", after)]
    assert not before.exists()


def test_close_returns_promptly_and_kills_an_idle_worker(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=2)
    calls = Callbacks(service)
    service.start()
    service.request(["hello"])
    wait_for(lambda: calls.ready)
    (pid,) = fake_worker.pids()

    began = time.monotonic()
    service.close()
    assert time.monotonic() - began < 3
    assert process_gone(pid)
    assert not any(t.name == "speech-synthesis" for t in threading.enumerate())


def test_close_returns_promptly_and_kills_a_busy_worker(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=10, max_failures=1)
    calls = Callbacks(service)
    service.start()
    service.request(["hang forever", "never reached"])
    wait_for(lambda: fake_worker.texts() == ["hang forever"])
    (pid,) = fake_worker.pids()

    began = time.monotonic()
    service.close()
    assert time.monotonic() - began < 3
    assert process_gone(pid)
    wait_for(
        lambda: not any(t.name == "speech-synthesis" for t in threading.enumerate()),
        timeout=1,
        what="the service thread to end",
    )
    assert fake_worker.pids() == [pid]  # no replacement started while closing
    assert calls.ready == []


def test_close_while_the_worker_is_starting_kills_it_at_once(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command("slow=1.0"), timeout=5, start_timeout=5)
    calls = Callbacks(service)
    service.start()
    service.request(["hello"])
    wait_for(lambda: fake_worker.pids(), what="the worker to be started")

    began = time.monotonic()
    service.close()
    took = time.monotonic() - began
    time.sleep(0.1)
    assert calls.ready == []
    assert fake_worker.texts() == []
    assert took < 0.5


def test_close_during_a_synthesis_does_not_report_speech_unavailable(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    service = make_service(fake_worker.command(), timeout=10, max_failures=1)
    calls = Callbacks(service)
    service.start()
    service.request(["hang forever"])
    wait_for(lambda: fake_worker.texts() == ["hang forever"])
    service.close()
    wait_for(
        lambda: not any(t.name == "speech-synthesis" for t in threading.enumerate()), timeout=1
    )
    assert calls.unavailable == []
    assert service.restarts == 0
