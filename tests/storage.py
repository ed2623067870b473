"""Real storage failures for tests: a tmpfs that is read-only or full, a damaged SQLite page.

Mounting needs root (CI runs as root); elsewhere the tests that mount are skipped.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a tmpfs needs root"
)


@contextmanager
def tmpfs(where: Path, size: str = "2m") -> Iterator[Path]:
    """A fresh tmpfs of ``size`` mounted at ``where`` (made if missing), unmounted after."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_readonly(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as file:
        while True:
            try:
                file.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
    return filler


def damage_table(log: Path, table: str) -> bytes:
    """Overwrite the root page of ``table`` in the (closed, checkpointed) log with garbage.

    Returns the file's bytes after the damage, to check that nothing changes them later.
    """
    db = sqlite3.connect(log)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    (root,) = db.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    db.close()
    assert not Path(f"{log}-wal").exists(), "close every connection first"
    garbage = bytes((i * 151 + 7) % 256 for i in range(page_size))  # not a b-tree page
    with log.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(garbage)
    return log.read_bytes()


def sidecars(log: Path) -> list[str]:
    """The -wal, -shm and -journal files beside ``log``."""
    return sorted(p.name for p in log.parent.iterdir() if p.name.startswith(log.name) and p != log)
