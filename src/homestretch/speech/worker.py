"""The speech worker process: pyttsx3 turning text into WAV files.

pyttsx3 blocks in ``runAndWait``, stays broken after an exception and cannot
be interrupted reliably, so it never runs inside the app's process. The app
starts ``python -m homestretch.speech.worker`` and talks to it in JSON lines:

* worker -> app, first line: ``{"ready": true, "voices": [...]}`` or
  ``{"fatal": "reason"}`` (then it exits);
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


def _send(channel: TextIO, message: dict[str, Any]) -> None:
    channel.write(json.dumps(message) + "\n")
    channel.flush()


def main() -> int:
    # The protocol gets its own copy of stdout; pyttsx3 prints chatter ("Audio
    # saved to ...") which must not mix with it, so fd 1 now goes to stderr.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        import pyttsx3

        engine = pyttsx3.init()
        voices = [
            {"id": str(v.id), "name": str(v.name), "languages": [str(x) for x in v.languages or []]}
            for v in engine.getProperty("voices") or []
        ]
    except Exception as exc:  # no espeak-ng, no driver, broken install
        _send(channel, {"fatal": f"{type(exc).__name__}: {exc}"})
        return 1
    _send(channel, {"ready": True, "voices": voices})
    current: dict[str, Any] = {}
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        target = Path(request["path"])
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp.wav")
        try:
            for key, prop in (("voice", "voice"), ("rate", "rate"), ("volume", "volume")):
                value = request.get(key)
                if value not in (None, "") and current.get(key) != value:
                    engine.setProperty(prop, value)
                    current[key] = value
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
