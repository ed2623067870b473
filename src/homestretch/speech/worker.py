"""The speech worker process: pyttsx3 turning text into WAV files.

pyttsx3 blocks in ``runAndWait``, stays broken after an exception and cannot
be interrupted reliably, so it never runs inside the app's process. The app
starts ``python -m homestretch.speech.worker`` and talks to it in JSON lines:

* worker -> app, first line: ``{"ready": true, "voices": [...]}`` or
  ``{"fatal": "detail", "problem": "engine-missing"}`` (then it exits); the
  problem is a :class:`~homestretch.speech.problems.SpeechProblem` value, the
  detail is for the diagnostics log only;
* app -> worker: ``{"id": N, "text": ..., "path": ..., "voice": ..., "rate": ..., "volume": ...}``;
* worker -> app: ``{"id": N, "ok": true}`` once the WAV is complete at
  ``path``, or ``{"id": N, "ok": false, "error": ...}``, with ``"no_room":
  true`` when the disk had no room for the file; after either the worker exits
  (pyttsx3 is left mid-utterance) and the app starts a fresh one when needed.

Only ``save_to_file`` is used, never ``say``: each request is one
``save_to_file`` followed by one ``runAndWait`` (espeak speaks only the last
of several queued utterances), and the file is written under a temporary name
and renamed, so a half-written WAV is never played.

With espeak (Linux) the engine "saves" into memory and this worker writes the
file: pyttsx3 writes files inside an espeak callback, where a full disk raises
into C and leaves ``runAndWait`` waiting for ever. Audio that is not a whole
WAV is never kept.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import sys
import wave
from pathlib import Path
from typing import Any, TextIO

from homestretch.speech.problems import SpeechProblem

ENGINE_LIBRARIES = ("libespeak-ng.so.1", "libespeak.so.1")
"""The shared libraries pyttsx3's espeak driver loads on Linux (either will do)."""

TEMP_SUFFIX = ".tmp.wav"
NO_ROOM_BYTES = 1 << 20
"""A failed write with less free space than this on the disk is put down to the full disk."""


def temp_path(target: Path, pid: int) -> Path:
    """Where worker ``pid`` writes ``target`` before renaming it (hidden, beside it)."""
    return target.with_name(f".{target.name}.{pid}{TEMP_SUFFIX}")


IN_MEMORY = sys.platform.startswith("linux")
"""The engine is espeak, whose driver can save into a file object."""


def _whole_wav(audio: bytes) -> bool:
    """True when ``audio`` is a WAV with sound and all the frames its header promises."""
    try:
        with wave.open(io.BytesIO(audio), "rb") as w:
            frames = w.getnframes()
            data = w.readframes(frames)
            return frames > 0 and len(data) == frames * w.getsampwidth() * w.getnchannels()
    except (OSError, EOFError, wave.Error):
        return False


def _no_room(exc: Exception, folder: Path) -> bool:
    """Did this failure come from a full disk (rather than from the engine)?"""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if IN_MEMORY:
        return False
    # The engine wrote the file and its error was lost: judge by the room left.
    try:
        return shutil.disk_usage(folder).free < NO_ROOM_BYTES
    except OSError:
        return False


def _send(channel: TextIO, message: dict[str, Any]) -> None:
    channel.write(json.dumps(message) + "\n")
    channel.flush()


def _keep_last_chunk() -> None:
    """Work around pyttsx3's espeak driver dropping the audio of its last callback.

    Its ``_onSynth`` writes the WAV when it sees the end-of-message event and
    only afterwards appends that callback's samples, so the end of a cue could
    be cut off. Appending the samples first (and passing none on) fixes it;
    if the driver's internals are not as expected, nothing is changed.
    """
    try:
        import ctypes

        from pyttsx3.drivers import espeak
    except Exception:
        return
    driver = getattr(espeak, "EspeakDriver", None)
    original = getattr(driver, "_onSynth", None)
    if driver is None or original is None or getattr(original, "_homestretch", False):
        return

    def on_synth(self: Any, wav: Any, numsamples: int, events: Any) -> int:
        if numsamples > 0 and getattr(self, "_speaking", False):
            self._data_buffer += ctypes.string_at(wav, numsamples * ctypes.sizeof(ctypes.c_short))
        result: int = original(self, wav, 0, events)
        return result

    on_synth._homestretch = True  # type: ignore[attr-defined]
    driver._onSynth = on_synth


def _engine_library_missing() -> str | None:
    """On Linux, what the loader says when no espeak library can be loaded (else None)."""
    if not sys.platform.startswith("linux"):
        return None  # pyttsx3 uses the system's own engine there
    import ctypes

    said = []
    for name in ENGINE_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError as exc:
            said.append(str(exc))
            continue
        return None
    return "; ".join(said)


def main() -> int:
    # The protocol gets its own copy of stdout; pyttsx3 prints chatter ("Audio
    # saved to ...") which must not mix with it, so fd 1 now goes to stderr.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        import pyttsx3

        _keep_last_chunk()
        engine = pyttsx3.init()
        voices = [
            {"id": str(v.id), "name": str(v.name), "languages": [str(x) for x in v.languages or []]}
            for v in engine.getProperty("voices") or []
        ]
    except Exception as exc:  # no espeak-ng, no driver, broken install
        detail = f"{type(exc).__name__}: {exc}"
        missing = _engine_library_missing()
        problem = SpeechProblem.ENGINE_FAILED if missing is None else SpeechProblem.ENGINE_MISSING
        if missing is not None:
            detail += f" ({missing})"
        _send(channel, {"fatal": detail, "problem": str(problem)})
        return 1
    _send(channel, {"ready": True, "voices": voices})
    default_voice = engine.getProperty("voice")  # what "" (the default voice) means
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        target = Path(request["path"])
        temp = temp_path(target, os.getpid())
        try:
            # Set every property for every request: pyttsx3 queues setProperty
            # and a change was seen to be lost now and then.
            for key in ("voice", "rate", "volume"):
                value = request.get(key)
                if key == "voice" and value == "" and default_voice:
                    value = default_voice  # back from a routine in another language's voice
                if value not in (None, ""):
                    engine.setProperty(key, value)
            if IN_MEMORY:
                memory = io.BytesIO()
                engine.save_to_file(request["text"], memory)
                engine.runAndWait()
                audio = memory.getvalue()
            else:
                engine.save_to_file(request["text"], str(temp))
                engine.runAndWait()
                audio = temp.read_bytes() if temp.is_file() else b""
            if not _whole_wav(audio):
                raise RuntimeError("the engine wrote no audio")
            if IN_MEMORY:
                temp.write_bytes(audio)
            temp.replace(target)
        except Exception as exc:
            no_room = _no_room(exc, target.parent)  # (before the part written is deleted)
            temp.unlink(missing_ok=True)
            error = "no room on the disk" if no_room else f"{exc}"
            _send(channel, {"id": request["id"], "ok": False, "error": error, "no_room": no_room})
            return 2  # the engine may be stuck "in loop": let the app start a fresh worker
        _send(channel, {"id": request["id"], "ok": True})
    return 0


if __name__ == "__main__":
    sys.exit(main())
