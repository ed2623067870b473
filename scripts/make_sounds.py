#!/usr/bin/env python3
"""Regenerate the short cue sounds in assets/sounds/ (16-bit mono WAV).

countdown.wav: a soft tick for each of the last three seconds of a phase.
switch.wav:    two rising notes when the working leg changes.
end.wav:       a three-note chime at the end of the session.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5) -> list[float]:
    count = int(RATE * seconds)
    attack = max(1, int(RATE * 0.005))
    samples = []
    for i in range(count):
        envelope = min(1.0, i / attack) * (1.0 - i / count) ** 2
        phase = 2 * math.pi * freq * i / RATE
        value = math.sin(phase) + 0.3 * math.sin(2 * phase)
        samples.append(volume * envelope * value / 1.3)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / name), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> int:
    write("countdown.wav", tone(1046.5, 0.12, 0.45))
    write("switch.wav", tone(659.3, 0.16) + silence(0.04) + tone(987.8, 0.24))
    write("end.wav", tone(523.3, 0.22) + tone(659.3, 0.22) + tone(784.0, 0.6))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
