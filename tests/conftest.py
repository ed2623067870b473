"""Test configuration shared by the whole suite.

Qt runs offscreen whatever the caller's environment says, and every test gets
its own data folder so nothing touches the real session log or settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from homestretch.core.history import HistoryLog
from tests.helpers import Wall

pytest_plugins = ["tests.pipes"]  # the ``rescuer`` and ``fifo`` fixtures

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("HOMESTRETCH_DATA_DIR", None)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOMESTRETCH_DATA_DIR at a fresh temp folder for each test."""
    data = tmp_path / "homestretch-data"
    monkeypatch.setenv("HOMESTRETCH_DATA_DIR", str(data))
    return data


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def log(tmp_path: Path, wall: Wall) -> Iterator[HistoryLog]:
    """An empty session log in the test's folder, on the test's wall clock."""
    with HistoryLog(tmp_path / "history.sqlite3", wall=wall) as opened:
        yield opened
