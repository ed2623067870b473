"""Finding routines (bundled and the user's own) and adding new ones.

A routine added from elsewhere (a file from the physiotherapist) is copied
into its own folder under the user's routines folder, together with the
pictures it references, so it keeps working after the original is deleted.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from homestretch.core.files import read_regular_file, write_atomically
from homestretch.core.paths import ASSETS_DIR
from homestretch.core.routine import (
    FIGURE_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_PICTURE_BYTES,
    Problem,
    Routine,
    RoutineError,
    load_routine,
    parse_routine,
    read_routine_file,
)

ROUTINE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class RoutineEntry:
    path: Path
    bundled: bool
    routine: Routine | None
    problems: tuple[Problem, ...] = ()

    @property
    def title(self) -> str:
        return self.routine.name if self.routine else self.path.name


def routine_files(directory: Path, *, depth: int = 1) -> list[Path]:
    """Routine files in ``directory`` and (to ``depth``) its subfolders, sorted."""
    found: list[Path] = []
    try:
        children = sorted(directory.iterdir())
    except OSError:
        return found
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if depth > 0:
                found.extend(routine_files(child, depth=depth - 1))
        elif child.suffix.lower() in ROUTINE_SUFFIXES:
            found.append(child)  # a pipe or a broken link too: it is listed with its problem
    return found


def load_entry(path: Path, *, bundled: bool) -> RoutineEntry:
    try:
        routine = load_routine(path)
    except RoutineError as exc:
        return RoutineEntry(path, bundled, None, exc.problems)
    return RoutineEntry(path, bundled, routine, routine.warnings)


def discover(bundled_dir: Path, user_dir: Path) -> list[RoutineEntry]:
    """Bundled routines first, then the user's."""
    entries = [load_entry(p, bundled=True) for p in routine_files(bundled_dir, depth=0)]
    entries += [load_entry(p, bundled=False) for p in routine_files(user_dir)]
    return entries


def import_routine(source: Path, user_dir: Path) -> Path:
    """Copy a valid routine (and its pictures) into ``user_dir``; returns the new path.

    Raises:
        RoutineError: the file is not a valid routine (nothing is copied).
        OSError: the copy failed (a :class:`~homestretch.core.files.FileReadError`
            if a picture changed into something unreadable since it was checked).
    """
    data = read_routine_file(source)  # read once: what is checked is what is copied
    routine = parse_routine(data, label=str(source), base_dir=source.parent, assets_dir=ASSETS_DIR)
    source = source.resolve()
    if source.is_relative_to(user_dir.resolve()):
        return source
    pictures = {
        e.illustration
        for e in routine.exercises
        if e.illustration is not None and e.illustration.is_relative_to(source.parent)
    }
    folder = _free_name(user_dir, source.stem)
    folder.mkdir(parents=True)
    try:
        for picture in sorted(pictures):
            # Checked at load; read the same bounded way again (it may have changed since).
            figure = picture.suffix.lower() in FIGURE_SUFFIXES
            content = read_regular_file(picture, MAX_FILE_BYTES if figure else MAX_PICTURE_BYTES)
            write_atomically(folder / picture.relative_to(source.parent), content, make_folder=True)
        target = folder / source.name
        write_atomically(target, data)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)  # no half-copied routine is left behind
        raise
    return target


def _free_name(parent: Path, stem: str) -> Path:
    candidate = parent / stem
    number = 2
    while candidate.exists():
        candidate = parent / f"{stem}-{number}"
        number += 1
    return candidate
