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
  ``path``, or ``{"id": N, "ok": false, "error": ...}``; after an engine error
  the worker exits and the app starts a fresh one.

Only ``save_to_file`` is used, never ``say``: each request is one
``save_to_file`` followed by one ``runAndWait`` (espeak speaks only the last
of several queued utterances), and the file is written under a temporary name
and renamed, so a half-written WAV is never played.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from homestretch.speech.problems import SpeechProblem

ENGINE_LIBRARIES = ("libespeak-ng.so.1", "libespeak.so.1")
"""The shared libraries pyttsx3's espeak driver loads on Linux (either will do)."""


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
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        target = Path(request["path"])
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp.wav")
        try:
            # Set every property for every request: pyttsx3 queues setProperty
            # and a change was seen to be lost now and then.
            for key in ("voice", "rate", "volume"):
                value = request.get(key)
                if value not in (None, ""):
                    engine.setProperty(key, value)
            engine.save_to_file(request["text"], str(temp))
            engine.runAndWait()
            if not temp.is_file() or temp.stat().st_size <= 44:
                raise RuntimeError("the engine wrote no audio")
            temp.replace(target)
        except Exception as exc:
            temp.unlink(missing_ok=True)
            _send(channel, {"id": request["id"], "ok": False, "error": f"{exc}"})
            return 2  # the engine may be stuck "in loop": let the app start a fresh worker
        _send(channel, {"id": request["id"], "ok": True})
    return 0


if __name__ == "__main__":
    sys.exit(main())
