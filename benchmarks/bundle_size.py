#!/usr/bin/env python3
"""How big the PyInstaller bundle is, unpacked, and what takes the room.

Adds up the sizes of the files in the one-folder bundle that ``packaging/build``
makes (``build/packaging/dist/homestretch``, or the folder given), counting a
symbolic link as the link, not as its target again. Prints the largest parts
(the Qt libraries, Python, the data), the sizes of the tarball and the .deb in
``dist/`` if they are there, and as the last line ``bundle_mb: N``: the
unpacked bundle in megabytes (10^6 bytes), as installed under /opt/homestretch.
Target: under 150.

Usage: ``benchmarks/bundle_size.py [FOLDER] [--top N]``; run ``packaging/build`` first.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "build" / "packaging" / "dist" / "homestretch"
MB = 1_000_000


def file_sizes(folder: Path) -> dict[Path, int]:
    """Every file under ``folder`` (links as links) and its size in bytes."""
    return {
        path.relative_to(folder): path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_symlink() or path.is_file()
    }


def part_of(relative: Path) -> str:
    """The part of the bundle a file belongs to, for the summary."""
    parts = relative.parts
    if parts[:4] == ("_internal", "PySide6", "Qt", "lib"):
        return "Qt libraries"
    if parts[:4] == ("_internal", "PySide6", "Qt", "plugins"):
        return "Qt plugins"
    if parts[:4] == ("_internal", "PySide6", "Qt", "translations"):
        return "Qt translations"
    if parts[:2] == ("_internal", "PySide6"):
        return "PySide6 modules"
    if parts[:3] == ("_internal", "homestretch", "_bundled"):
        return "Homestretch data (routines, assets, docs)"
    if len(parts) == 2 and parts[0] == "_internal" and ".so" in parts[1]:
        return "other libraries (Python, system)"
    return "the rest (Python modules, the program)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--top", type=int, default=10, help="list the N largest files")
    args = parser.parse_args(argv)
    if not (args.folder / "homestretch").is_file():
        print(
            f"bundle_size: no bundle in {args.folder}: run packaging/build first", file=sys.stderr
        )
        return 1
    sizes = file_sizes(args.folder)
    total = sum(sizes.values())
    parts: Counter[str] = Counter()
    for relative, size in sizes.items():
        parts[part_of(relative)] += size
    print(f"{args.folder}: {len(sizes)} files")
    for name, size in parts.most_common():
        print(f"  {size / MB:7.1f} MB  {name}")
    print("largest files:")
    for relative, size in sorted(sizes.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {size / MB:7.1f} MB  {relative}")
    for artifact in sorted((ROOT / "dist").glob("homestretch[-_]*")):
        print(f"{artifact.name}: {artifact.stat().st_size / MB:.1f} MB")
    print(f"bundle_mb: {total / MB:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
