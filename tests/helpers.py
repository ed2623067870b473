"""Small helpers shared by the tests: a fake clock and routine builders."""

from __future__ import annotations

from pathlib import Path

from homestretch.core.paths import ASSETS_DIR
from homestretch.core.routine import Routine, parse_routine


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def routine_from_text(text: str, base_dir: Path | None = None) -> Routine:
    return parse_routine(
        text, label="test.yaml", base_dir=base_dir or Path.cwd(), assets_dir=ASSETS_DIR
    )
