"""Test configuration shared by the whole suite.

Qt runs offscreen whatever the caller's environment says, and every test gets
its own data folder so nothing touches the real session log or settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("HOMESTRETCH_DATA_DIR", None)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOMESTRETCH_DATA_DIR at a fresh temp folder for each test."""
    data = tmp_path / "homestretch-data"
    monkeypatch.setenv("HOMESTRETCH_DATA_DIR", str(data))
    return data
