#!/usr/bin/env python3
"""How long exporting and opening a shared routine (``.homestretch``) take.

The window does both in a background thread (``ui/sharing.py``): the
bundled routine takes a few tens of milliseconds, but the largest archive
allowed (:data:`homestretch.core.package.MAX_TOTAL_BYTES`) takes a second or
more. This measures both: the bundled routine (one YAML file, its figures
being bundled), and a routine with four pictures of 15.9 MB of incompressible
data each (64 MB in all). Opening is timed as the window does it: checked
once, then checked again and added (:func:`check_package`, then
:func:`import_package`, which writes each file with an fsync). Each figure is
the median of several runs.

Prints ``export_ms_bundled``, ``open_ms_bundled``, ``export_ms_largest`` and,
as the last line, ``open_ms_largest: N``. No target was set; the figures
say how long the busy pointer shows.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from homestretch.core.library import IfTaken
from homestretch.core.package import (
    MAX_TOTAL_BYTES,
    check_package,
    export_routine,
    import_package,
)
from homestretch.core.paths import BUNDLED_ROUTINE

REPEATS_BUNDLED = 21
REPEATS_LARGEST = 5
PICTURES = 4
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _largest_routine(folder: Path) -> Path:
    size = (MAX_TOTAL_BYTES - 64 * 1024) // PICTURES
    lines = ["schema: 1", "name: The largest shared routine", "exercises:"]
    for k in range(PICTURES):
        (folder / f"p{k}.png").write_bytes(PNG_MAGIC + os.urandom(size - len(PNG_MAGIC)))
        lines += [
            f"  - id: e{k}",
            f"    name: Exercise {k}",
            "    position: sitting",
            "    summary: Move.",
            "    steps: [Move]",
            f"    illustration: p{k}.png",
            "    work: {seconds: 10}",
        ]
    routine = folder / "largest.yaml"
    routine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return routine


def _median_ms(repeats: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])  # the first run warms up


def _measure(source: Path, folder: Path, repeats: int) -> tuple[float, float]:
    shared = folder / "shared.homestretch"
    user = folder / "user"
    exporting = _median_ms(repeats, lambda: export_routine(source, shared))

    def open_it() -> None:
        check_package(shared)
        import_package(shared, user, if_taken=IfTaken.REPLACE)

    return exporting, _median_ms(repeats, open_it)


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        export_bundled, open_bundled = _measure(BUNDLED_ROUTINE, folder, REPEATS_BUNDLED)
        largest = _largest_routine(folder)
        export_largest, open_largest = _measure(largest, folder, REPEATS_LARGEST)
    print(f"export_ms_bundled: {export_bundled:.1f}")
    print(f"open_ms_bundled: {open_bundled:.1f}")
    print(f"export_ms_largest: {export_largest:.1f}")
    print(f"open_ms_largest: {open_largest:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
