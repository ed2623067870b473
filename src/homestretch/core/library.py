"""Finding routines (bundled and the user's own) and adding new ones.

A routine added from elsewhere (a file from the physiotherapist) is copied
into its own folder under the user's routines folder, together with the
pictures it references, so it keeps working after the original is deleted.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from enum import Enum
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


class IfTaken(Enum):
    """What adding a routine does when the user's routines hold one of the same file name."""

    KEEP_BOTH = "keep both"
    """Add it beside the other as ``NAME (2).yaml`` (in a folder ``NAME (2)``)."""
    REPLACE = "replace"
    """Put it in the other's place (its folder, with its pictures, goes)."""


def check_routine_file(source: Path) -> Routine:
    """The routine in ``source``, checked as adding it would check it.

    Raises:
        RoutineError: the file is not a valid routine.
    """
    return _read_checked(source)[1]


def _read_checked(source: Path) -> tuple[bytes, Routine]:
    data = read_routine_file(source)  # read once: what is checked is what is copied
    return data, parse_routine(
        data, label=str(source), base_dir=source.parent, assets_dir=ASSETS_DIR
    )


def is_users_routine(source: Path, user_dir: Path) -> bool:
    """Whether ``source`` is already in the user's routines folder (adding it copies nothing)."""
    return source.resolve().is_relative_to(user_dir.resolve())


def taken_by(source: Path, user_dir: Path) -> Path | None:
    """The folder in ``user_dir`` that adding ``source`` would replace, or None when it is free.

    A routine added from a file ``NAME.yaml`` lives in the folder ``NAME``: a
    routine added before from a file of the same name holds it.
    """
    if is_users_routine(source, user_dir):
        return None
    folder = user_dir / source.stem
    return folder if os.path.lexists(folder) else None


def kept_name(source: Path, user_dir: Path) -> str:
    """The file name that keeping both gives a routine from ``source`` (``NAME (2).yaml``)."""
    folder = _free_name(user_dir, source.stem)
    return folder.name + source.suffix


def import_routine(source: Path, user_dir: Path, *, if_taken: IfTaken = IfTaken.KEEP_BOTH) -> Path:
    """Copy a valid routine (and its pictures) into ``user_dir``; returns the new path.

    The copy goes into a folder named after the file (``NAME/NAME.yaml``);
    when that is taken (see :func:`taken_by`), ``if_taken`` says what happens.
    A replaced folder is swapped for the new one only once the new one is
    complete, so a failed copy leaves the old routine as it was.

    Raises:
        RoutineError: the file is not a valid routine (nothing is copied).
        OSError: the copy failed (a :class:`~homestretch.core.files.FileReadError`
            if a picture changed into something unreadable since it was checked).
    """
    data, routine = _read_checked(source)
    source = source.resolve()
    if source.is_relative_to(user_dir.resolve()):
        return source
    pictures = {
        e.illustration
        for e in routine.exercises
        if e.illustration is not None and e.illustration.is_relative_to(source.parent)
    }
    folder = user_dir / source.stem
    name = source.name
    replace = if_taken is IfTaken.REPLACE and os.path.lexists(folder)
    if not replace and os.path.lexists(folder):
        folder = _free_name(user_dir, source.stem)
        name = folder.name + source.suffix
    # A replacement is built beside the old one, hidden (a leading dot), then swapped in.
    build = _free_name(user_dir, f".{source.stem}.adding") if replace else folder
    build.mkdir(parents=True)
    try:
        for picture in sorted(pictures):
            # Checked at load; read the same bounded way again (it may have changed since).
            figure = picture.suffix.lower() in FIGURE_SUFFIXES
            content = read_regular_file(picture, MAX_FILE_BYTES if figure else MAX_PICTURE_BYTES)
            write_atomically(build / picture.relative_to(source.parent), content, make_folder=True)
        write_atomically(build / name, data)
        if replace:
            _swap_in(build, folder)
    except BaseException:
        shutil.rmtree(build, ignore_errors=True)  # no half-copied routine is left behind
        raise
    return folder / name


def _swap_in(new: Path, folder: Path) -> None:
    """Put the folder ``new`` in the place of ``folder`` (a folder, or a file)."""
    old = _free_name(folder.parent, f".{folder.name}.replaced")
    folder.rename(old)
    try:
        new.rename(folder)
    except BaseException:
        old.rename(folder)
        raise
    if old.is_dir() and not old.is_symlink():
        shutil.rmtree(old, ignore_errors=True)
    else:
        old.unlink(missing_ok=True)


def _free_name(parent: Path, stem: str) -> Path:
    """``parent/stem``, or ``parent/stem (2)``, ``(3)``... whichever is free first."""
    candidate = parent / stem
    number = 2
    while os.path.lexists(candidate):
        candidate = parent / f"{stem} ({number})"
        number += 1
    return candidate


class RoutineNotFoundError(Exception):
    """No routine file or installed routine answers to a name; the message says so."""


def find_routine(wanted: str, bundled_dir: Path, user_dir: Path) -> Path:
    """The routine file a command means by ``wanted``: a file path, or the name of an
    installed routine (bundled or the user's), matched by its routine name or its file
    name without ``.yaml``, ignoring case.

    Raises:
        RoutineNotFoundError: no file and no installed routine answers to ``wanted``, or
            several installed routines do (the message lists them).
    """
    given = Path(wanted)
    if os.path.lexists(given) or given.suffix.lower() in ROUTINE_SUFFIXES:
        return given  # a file (or what the user meant as one: loading it says what is wrong)
    key = wanted.casefold()
    entries = discover(bundled_dir, user_dir)
    found = [
        e.path
        for e in entries
        if e.path.stem.casefold() == key or (e.routine and e.routine.name.casefold() == key)
    ]
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(str(p) for p in found)
        raise RoutineNotFoundError(
            f"{len(found)} installed routines are named {wanted!r}: {listed}"
        )
    names = sorted({e.title for e in entries})
    known = "; installed: " + ", ".join(f'"{n}"' for n in names) if names else ""
    raise RoutineNotFoundError(f"no routine file or installed routine named {wanted!r}{known}")
