"""Small helpers shared by the tests: fake clocks, routine builders, reading PDFs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

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


class Wall:
    """A session log's wall clock: whatever aware time the test sets."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def poppler(name: str) -> str:
    """A poppler-utils program: missing fails in CI and skips elsewhere."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdf_text(path: Path, *, drawn_order: bool = False) -> str:
    """A PDF's text in reading order, whitespace collapsed, "86 %" read as "86%".

    With ``drawn_order``, in the order it was drawn (``pdftotext -raw``): a table cell
    that wraps onto a second line then reads as one, not interleaved with its row.
    """
    result = subprocess.run(
        [poppler("pdftotext"), "-raw" if drawn_order else "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return re.sub(r"\s+%", "%", " ".join(result.stdout.split()))


MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
"""What the ``marked`` translator (tests/core/conftest.py) puts around each text."""


def catalogued() -> set[tuple[str, str]]:
    """The (context, text) pairs the translation files hold (the German one's: each file
    holds every text)."""
    from homestretch.i18n.catalogue import TRANSLATIONS, messages

    ts = next(ts for ts, code in TRANSLATIONS.items() if code == "de")
    return {(m.context, m.source) for m in messages(ts)}
