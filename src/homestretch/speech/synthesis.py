"""Text to WAV files, ahead of time, in a worker process that can be replaced.

:class:`SynthesisService` keeps a cache folder of spoken cues, one WAV per
(text, voice, rate, volume). A background thread feeds texts to the worker
process (:mod:`homestretch.speech.worker`) and waits for each answer with a
time limit; a worker that hangs is killed and a new one started, a worker that
cannot start at all (no espeak-ng) marks speech unavailable.

The cache gives way to everything else on its disk: a text is not synthesised
while the disk has less than :data:`CACHE_RESERVE_BYTES` free (the session log
needs the room more), and a WAV that could not be written whole is deleted.
Such a text is skipped quietly; speech does with what the cache has, and the
text is tried again the next time it is asked for. Nothing here ever
blocks the caller: :meth:`request` only queues, and results come back through
the ``on_ready`` / ``on_unavailable`` callbacks, called from the service's
thread. ``on_unavailable`` is told the :class:`SpeechProblem`; the technical
detail goes to the diagnostics log.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import queue
import shutil
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from homestretch.speech.problems import SpeechProblem
from homestretch.speech.worker import TEMP_SUFFIX

ReadyCallback = Callable[[str, Path], None]
UnavailableCallback = Callable[[SpeechProblem], None]

_log = logging.getLogger(__name__)

WORKER_COMMAND = (sys.executable, "-m", "homestretch.speech.worker")
CACHE_RESERVE_BYTES = 32 * 1024 * 1024
"""The speech cache never fills the last this many bytes of its disk."""


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...] = ()


class _WorkerGoneError(Exception):
    pass


_GONE = None
"""What the reader thread queues when the worker's output ends."""


class _Worker:
    """One worker process and its line protocol.

    A reader thread reads the worker's output line by line (a plain blocking
    read, which works on pipes on every platform, unlike ``os.set_blocking``
    and ``selectors``) and queues each line; :meth:`receive` waits on the
    queue with a time limit.
    """

    def __init__(self, command: tuple[str, ...]) -> None:
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        assert self.process.stdout is not None
        self._lines: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._reader = threading.Thread(
            target=self._read,
            args=(self.process.stdout, self._lines),
            name=f"speech-worker-{self.process.pid}-reader",
            daemon=True,
        )
        self._reader.start()
        self._gone = False

    @staticmethod
    def _read(stream: IO[bytes], lines: queue.SimpleQueue[bytes | None]) -> None:
        """The reader thread: every line of ``stream``, then ``_GONE``; it owns the stream."""
        try:
            with stream:
                for line in stream:
                    lines.put(line)
        except (OSError, ValueError):  # the pipe broke under us: the worker is gone too
            pass
        finally:
            lines.put(_GONE)

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write((json.dumps(message) + "\n").encode())
            self.process.stdin.flush()
        except (OSError, ValueError) as exc:
            raise _WorkerGoneError(str(exc)) from None

    def receive(self, timeout: float) -> dict[str, Any] | None:
        """The next message, or ``None`` when ``timeout`` runs out."""
        if self._gone:
            raise _WorkerGoneError("the speech worker exited")
        try:
            line = self._lines.get(timeout=max(timeout, 0))
        except queue.Empty:
            return None
        if line is _GONE or not line.endswith(b"\n"):  # (a last line cut short: it died)
            self._gone = True
            raise _WorkerGoneError("the speech worker exited")
        try:
            message = json.loads(line)
        except ValueError:
            raise _WorkerGoneError("the speech worker sent garbage") from None
        if not isinstance(message, dict):
            raise _WorkerGoneError("the speech worker sent garbage")
        return message

    def terminate(self) -> None:
        """Kill the process only; safe from any thread (the owner cleans up)."""
        if self.process.poll() is None:
            self.process.kill()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=2)
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        # The reader sees the end of the output once the process is gone, and
        # closes it; a grandchild holding the pipe open only keeps the (daemon)
        # thread waiting, never this one.
        self._reader.join(timeout=2)


class SynthesisService:
    """Prepares spoken cues as WAV files in ``cache_dir``.

    Args:
        cache_dir: where the WAV files are kept (safe to delete at any time).
        command: the worker command line (tests may swap it).
        timeout: seconds one utterance may take before the worker is replaced.
        start_timeout: seconds the worker may take to start.
        max_failures: consecutive worker failures after which speech is
            declared unavailable.
        reserve_bytes: free space on the cache's disk below which nothing is
            synthesised.
    """

    def __init__(
        self,
        cache_dir: Path,
        *,
        voice: str = "",
        rate: int = 150,
        volume: float = 1.0,
        command: Iterable[str] = WORKER_COMMAND,
        timeout: float = 10.0,
        start_timeout: float = 20.0,
        max_failures: int = 3,
        reserve_bytes: int = CACHE_RESERVE_BYTES,
    ) -> None:
        self.cache_dir = cache_dir
        self._reserve = reserve_bytes
        self.on_ready: ReadyCallback | None = None
        self.on_unavailable: UnavailableCallback | None = None
        self._command = tuple(command)
        self._timeout = timeout
        self._start_timeout = start_timeout
        self._max_failures = max_failures
        self._voice, self._rate, self._volume = voice, rate, volume
        self._queue: deque[str] = deque()
        self._queued: set[str] = set()
        self._wake = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        self._worker: _Worker | None = None
        self._starting: _Worker | None = None
        self._failures = 0
        self._next_id = 0
        self.unavailable_reason: SpeechProblem | None = None
        self.voices: tuple[Voice, ...] = ()
        self.restarts = 0
        self.skipped = 0
        """Texts not synthesised for want of room on the disk."""

    # -- the caller's side (any thread; never blocks)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="speech-synthesis", daemon=True)
            self._thread.start()

    @property
    def available(self) -> bool:
        return self.unavailable_reason is None

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        with self._wake:
            self._voice, self._rate, self._volume = voice, rate, volume

    def path_for(self, text: str) -> Path:
        with self._wake:
            key = f"{self._voice}\n{self._rate}\n{self._volume:.2f}\n{text}"
        return self.cache_dir / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".wav")

    def cached(self, text: str) -> Path | None:
        path = self.path_for(text)
        return path if path.is_file() else None

    def request(self, texts: Iterable[str], *, urgent: bool = False) -> None:
        """Queue texts for synthesis; urgent ones go first."""
        with self._wake:
            if self.unavailable_reason is not None:
                return
            for text in texts if not urgent else reversed(list(texts)):
                if text in self._queued:
                    if not urgent:
                        continue
                    self._queue.remove(text)
                self._queued.add(text)
                if urgent:
                    self._queue.appendleft(text)
                else:
                    self._queue.append(text)
            self._wake.notify()

    def pending(self) -> int:
        with self._wake:
            return len(self._queue)

    def close(self) -> None:
        """Stop at once: the worker is killed, nothing more is reported."""
        with self._wake:
            self._closing = True
            self._queue.clear()
            self._queued.clear()
            self._wake.notify()
            workers = [w for w in (self._worker, self._starting) if w is not None]
        for worker in workers:
            worker.terminate()
        if self._thread is not None:
            self._thread.join(timeout=3)

    # -- the service thread

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._queue and not self._closing:
                    self._wake.wait()
                if self._closing:
                    break
                text = self._queue.popleft()
                self._queued.discard(text)
                settings = (self._voice, self._rate, self._volume)
            path = self.path_for(text)
            if not path.is_file():
                try:  # (made when first needed: muted, nothing at all is written)
                    self.cache_dir.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                        detail = f"cannot write the speech cache {self.cache_dir}: {exc.strerror}"
                        self._give_up(SpeechProblem.CACHE_UNWRITABLE, detail)
                        break
                if not self._has_room():
                    self.skipped += 1
                    continue
                if not self._synthesise(text, path, settings):
                    if self.unavailable_reason is not None or self._closing:
                        break
                    continue
            if self._closing:
                break
            callback = self.on_ready
            if callback is not None and path.is_file():
                callback(text, path)
        if self._worker is not None:
            self._worker.kill()
            self._worker = None

    def _synthesise(self, text: str, path: Path, settings: tuple[str, int, float]) -> bool:
        voice, rate, volume = settings
        try:
            worker = self._ensure_worker()
            if worker is None:
                return False
            self._next_id += 1
            worker.send(
                {
                    "id": self._next_id,
                    "text": text,
                    "path": str(path),
                    "voice": voice,
                    "rate": rate,
                    "volume": volume,
                }
            )
            reply = worker.receive(self._timeout)
            if reply is None:
                raise _WorkerGoneError(f"no answer within {self._timeout:g} s")
        except _WorkerGoneError as exc:
            if self._closing:  # killed on purpose, not a failure
                return False
            self._worker_failed(str(exc))
            return False
        if not reply.get("ok") and reply.get("no_room"):
            self.skipped += 1  # not the engine's fault: a fresh worker when there is room
            self._drop_worker()
            return False
        if not reply.get("ok"):
            self._worker_failed(str(reply.get("error", "unknown error")))
            return False
        self._failures = 0
        return True

    def _has_room(self) -> bool:
        try:
            return shutil.disk_usage(self.cache_dir).free >= self._reserve
        except OSError:
            return False

    def _drop_worker(self) -> None:
        """Kill the worker (it exits after a failure anyway) and remove what it left."""
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.kill()
        self.restarts += 1
        for leftover in self.cache_dir.glob(f".*.{worker.process.pid}{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)

    def _ensure_worker(self) -> _Worker | None:
        if self._worker is not None and self._worker.process.poll() is None:
            return self._worker
        self._drop_worker()
        with self._wake:
            if self._closing:
                return None
            try:
                worker = _Worker(self._command)
            except OSError as exc:
                worker = None
                reason = exc.strerror
            self._starting = worker
        if worker is None:
            self._give_up(SpeechProblem.ENGINE_FAILED, f"cannot start the worker: {reason}")
            return None
        try:
            hello = worker.receive(self._start_timeout)
        except _WorkerGoneError:
            worker.kill()
            raise
        finally:
            with self._wake:
                self._starting = None
        if self._closing:
            worker.kill()
            return None
        if hello is None or "fatal" in hello or not hello.get("ready"):
            worker.kill()
            if hello is None:
                self._give_up(SpeechProblem.ENGINE_FAILED, "the worker did not start in time")
            else:
                self._give_up(_engine_problem(hello.get("problem")), str(hello.get("fatal", hello)))
            return None
        self.voices = tuple(
            Voice(str(v.get("id", "")), str(v.get("name", "")), tuple(v.get("languages", ())))
            for v in hello.get("voices", [])
            if isinstance(v, dict)
        )
        self._worker = worker
        return worker

    def _worker_failed(self, reason: str) -> None:
        self._drop_worker()
        self._failures += 1
        _log.info("The speech worker failed (%d in a row): %s", self._failures, reason)
        if self._failures >= self._max_failures:
            self._give_up(SpeechProblem.ENGINE_FAILED, f"it keeps failing: {reason}")

    def _give_up(self, problem: SpeechProblem, detail: str) -> None:
        with self._wake:
            if self.unavailable_reason is not None or self._closing:
                return
            self.unavailable_reason = problem
            self._queue.clear()
            self._queued.clear()
        _log.warning("Spoken instructions are off (%s): %s", problem, detail)
        callback = self.on_unavailable
        if callback is not None:
            callback(problem)


def _engine_problem(value: object) -> SpeechProblem:
    """The problem a worker's ``fatal`` message names (a failure if it names none)."""
    if value == SpeechProblem.ENGINE_MISSING:
        return SpeechProblem.ENGINE_MISSING
    return SpeechProblem.ENGINE_FAILED
