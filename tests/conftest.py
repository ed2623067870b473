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


@pytest.fixture(autouse=True, scope="session")
def private_runtime_dir() -> Iterator[Path]:
    """A short private XDG_RUNTIME_DIR for the run: where the one-instance sockets live.

    Short, as a socket's path has a length limit (about 100 bytes) that pytest's
    temp folders can pass; each data folder has its own socket in it.
    """
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="hs-run-"))  # (mode 0700)
    previous = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("XDG_RUNTIME_DIR", None)
    else:
        os.environ["XDG_RUNTIME_DIR"] = previous
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def log(tmp_path: Path, wall: Wall) -> Iterator[HistoryLog]:
    """An empty session log in the test's folder, on the test's wall clock."""
    with HistoryLog(tmp_path / "history.sqlite3", wall=wall) as opened:
        yield opened
