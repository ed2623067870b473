"""Files the user saves get the user's normal permissions; private ones stay private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from homestretch.core.files import write_atomically
from homestretch.core.settings import Settings, save_settings


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600), (0o000, 0o666)]
)
def test_a_saved_file_gets_0666_less_the_umask(tmp_path: Path, mask: int, expected: int) -> None:
    target = tmp_path / "sessions.csv"
    with umask(mask):
        write_atomically(target, "a,b\n")
        assert mode(target) == expected
        write_atomically(target, "a,b\n1,2\n")  # replaced: the new file's mode, not the old
    assert mode(target) == expected
    assert target.read_text(encoding="utf-8") == "a,b\n1,2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["sessions.csv"]  # no temporary left


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_a_private_file_is_0600_whatever_the_umask(tmp_path: Path, mask: int) -> None:
    with umask(mask):
        write_atomically(tmp_path / "private", b"x", private=True)
        save_settings(tmp_path / "config" / "settings.json", Settings())
    assert mode(tmp_path / "private") == 0o600
    assert mode(tmp_path / "config" / "settings.json") == 0o600
