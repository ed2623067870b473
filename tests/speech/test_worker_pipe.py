"""The worker's answers are read by a thread per worker (portable: no selectors on pipes).

Real worker processes that write their lines in pieces, with pauses, or stop
half-way through one; and every reader thread ends with its worker.
"""

from __future__ import annotations

import sys
import threading
import wave
from collections.abc import Callable
from pathlib import Path

from homestretch.speech.problems import SpeechProblem
from homestretch.speech.synthesis import SynthesisService
from tests.speech.fakes import FakeWorker, wait_for

MakeService = Callable[..., SynthesisService]

CHOPPY_WORKER = r"""
import json, sys, time, wave
from pathlib import Path

def send_in_pieces(message):
    line = json.dumps(message) + "\n"
    for start in range(0, len(line), 997):  # in pieces, with pauses
        sys.stdout.write(line[start:start + 997])
        sys.stdout.flush()
        time.sleep(0.002)

mode = sys.argv[1]
if mode == "cut":  # dies half-way through its hello
    sys.stdout.write('{"ready": tr')
    sys.stdout.flush()
    sys.exit(1)
send_in_pieces({"ready": True, "voices": [], "padding": "x" * 100_000})
for line in sys.stdin:
    request = json.loads(line)
    with wave.open(request["path"], "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x10\x00" * 400)
    send_in_pieces({"id": request["id"], "ok": True})
"""


def readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("speech-worker-")]


def choppy(tmp_path: Path, mode: str) -> tuple[str, ...]:
    script = tmp_path / "choppy_worker.py"
    script.write_text(CHOPPY_WORKER, encoding="utf-8")
    return (sys.executable, str(script), mode)


def test_lines_written_in_pieces_are_read_whole(make_service: MakeService, tmp_path: Path) -> None:
    service = make_service(choppy(tmp_path, "ok"), timeout=10)
    ready: list[str] = []
    service.on_ready = lambda text, path: ready.append(text)
    service.start()
    service.request(["one", "two"])
    wait_for(lambda: ready == ["one", "two"], timeout=20, what="both texts")
    with wave.open(str(service.path_for("two"))) as w:
        assert w.getnframes() == 400
    assert service.restarts == 0


def test_a_worker_that_dies_mid_line_is_a_failure_not_a_hang(
    make_service: MakeService, tmp_path: Path
) -> None:
    service = make_service(choppy(tmp_path, "cut"), start_timeout=30)
    problems: list[SpeechProblem] = []
    service.on_unavailable = problems.append
    service.start()
    service.request(["one", "two", "three"])  # (a failure each: max_failures is 3)
    # Well before the 30 s a hello may take: each cut line is seen as the end at once.
    wait_for(lambda: problems != [], timeout=20, what="speech to be given up")
    assert problems == [SpeechProblem.ENGINE_FAILED]


def test_every_reader_thread_ends_with_its_worker(
    make_service: MakeService, fake_worker: FakeWorker
) -> None:
    before = readers()
    service = make_service(fake_worker.command(), timeout=2, max_failures=10)
    ready: list[str] = []
    service.on_ready = lambda text, path: ready.append(text)
    service.start()
    service.request(["crash 1", "crash 2", "fine"])  # two workers die, a third one works
    wait_for(lambda: ready == ["fine"], timeout=20, what="the last text")
    assert len(fake_worker.pids()) == 3
    service.close()
    wait_for(lambda: readers() == before, timeout=10, what="the reader threads to end")
