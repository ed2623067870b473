"""Finding routines (bundled and the user's own), adding, duplicating and deleting them.

A routine added from elsewhere (a file from the physiotherapist) is copied
into its own folder under the user's routines folder, together with the
pictures it references, so it keeps working after the original is deleted.

The routines page's New, Duplicate and Delete are here too: a new routine is a
:class:`~homestretch.core.draft.Draft` whose first save takes a free file name
(:func:`free_routine_path`); :func:`duplicate_routine` writes a copy with the
same exercise ids; :func:`delete_routine` moves a routine (with the pictures
only it uses) into the trash folder, and :func:`restore_routine` puts it back.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from homestretch.core.files import read_regular_file, write_atomically
from homestretch.core.i18n import translate
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINES_DIR, AppPaths
from homestretch.core.phrases import DEFAULT_LANGUAGE, language_of
from homestretch.core.routine import (
    ASSETS_PREFIX,
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
PICTURES_SUFFIX = "-pictures"
"""Pictures copied for routine ``NAME.yaml`` go into the folder ``NAME-pictures``."""
NEW_ROUTINE_STEM = "routine"
"""The file name of a new routine whose name gives no usable file name."""
TRASH_FORMAT = 1
"""The version of a trash entry's ``deleted.json``."""
TRASH_MANIFEST = "deleted.json"


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


def preferred(entries: Sequence[RoutineEntry], language: str) -> RoutineEntry | None:
    """The bundled routine to offer first when nothing was chosen before: the one in the
    interface's ``language`` (a BCP 47 tag or a locale name such as ``nl_BE``), else the
    English one; ``None`` when there is neither."""
    bundled = [e for e in entries if e.bundled and e.routine is not None]
    for wanted in (language_of(language), DEFAULT_LANGUAGE):
        for entry in bundled:
            if entry.routine is not None and language_of(entry.routine.language) == wanted:
                return entry
    return None


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


# --------------------------------------------------------------------------- new and duplicate


def safe_stem(name: str) -> str:
    """``Knee care, week 2!`` -> ``knee-care-week-2``: a file name from any text
    (lower-case ASCII letters, digits and hyphens; empty if none are left)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].rstrip("-")


def free_routine_path(folder: Path, name: str) -> Path:
    """A file in ``folder`` for a new routine named ``name`` that no file has yet:
    ``knee-care.yaml``, ``knee-care-2.yaml``... (nor its pictures folder)."""
    stem = safe_stem(name) or NEW_ROUTINE_STEM
    taken = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    candidate = stem
    number = 2
    while any(f"{candidate}{end}" in taken for end in (".yaml", ".yml", PICTURES_SUFFIX)):
        candidate = f"{stem}-{number}"
        number += 1
    return folder / f"{candidate}.yaml"


def duplicate_routine(
    source: Path,
    paths: AppPaths,
    *,
    bundled_dir: Path = BUNDLED_ROUTINES_DIR,
    assets_dir: Path = ASSETS_DIR,
) -> Path:
    """Copy the routine ``source`` as ``NAME (copy).yaml``; returns the copy.

    A user's routine is copied beside itself (sharing its pictures), a bundled
    one into the user's routines folder (with its pictures). The copy is named
    ``NAME (copy)`` and keeps the exercise ids, so their history stays together.

    Raises:
        RoutineError: ``source`` is not a valid routine (nothing is written).
        OSError: the copy cannot be written.
    """
    from homestretch.core.draft import Draft

    draft = Draft.open(source, paths=paths, bundled_dir=bundled_dir, assets_dir=assets_dir)
    folder = None if draft.bundled else source.parent
    return draft.save_copy(folder)


# --------------------------------------------------------------------------- delete and restore


class CannotDeleteError(Exception):
    """A routine that cannot be deleted (a bundled one); ``str()`` says why in plain words."""


@dataclass(frozen=True)
class Deleted:
    """A routine moved into the trash, and what :func:`restore_routine` needs.

    Attributes:
        path: where the routine file was.
        entry: its folder in the trash.
        files: each file moved: where it was, and where it is in the trash.
    """

    path: Path
    entry: Path
    files: tuple[tuple[Path, Path], ...]

    @classmethod
    def load(cls, entry: Path) -> Deleted:
        """The trash entry ``entry`` as :func:`delete_routine` recorded it.

        Raises:
            ValueError: the record is missing, damaged, or of a newer format.
        """
        try:
            record = json.loads(read_regular_file(entry / TRASH_MANIFEST, MAX_FILE_BYTES))
            if record["format"] > TRASH_FORMAT:
                raise ValueError(f"{entry} was written by a newer version of Homestretch")
            files = tuple((Path(f["from"]), entry / f["to"]) for f in record["files"])
            return cls(Path(record["routine"]), entry, files)
        except (OSError, KeyError, TypeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{entry} is not a deleted routine that can be restored") from exc


def routine_pictures(path: Path) -> set[Path]:
    """The picture files routine file ``path`` refers to beside it (not ``assets:``),
    resolved; read from the file's text even when the routine has problems."""
    from homestretch.core.draft import routine_data

    try:
        text = read_routine_file(path).decode("utf-8")
    except (RoutineError, UnicodeDecodeError):
        return set()
    data = routine_data(text) or {}
    exercises = data.get("exercises")
    found: set[Path] = set()
    for exercise in exercises if isinstance(exercises, list) else []:
        reference = exercise.get("illustration") if isinstance(exercise, dict) else None
        if not isinstance(reference, str) or reference.startswith(ASSETS_PREFIX):
            continue
        candidate = (path.parent / reference).resolve()
        if candidate.is_relative_to(path.parent.resolve()):
            found.add(candidate)
    return found


def delete_routine(
    path: Path, paths: AppPaths, *, bundled_dir: Path = BUNDLED_ROUTINES_DIR
) -> Deleted:
    """Move the user's routine ``path`` into the trash, with its ``.bak`` and the
    pictures no other routine of the user's uses; :func:`restore_routine` undoes it.

    A folder left empty (a routine added from a file has one of its own) goes too.

    Raises:
        CannotDeleteError: ``path`` is a bundled routine, or not in the user's folder.
        OSError: a file could not be moved (those moved already are put back).
    """
    user_dir = paths.user_routines_dir
    if path.resolve().is_relative_to(bundled_dir.resolve()):
        raise CannotDeleteError(
            translate(
                "LibraryProblems", "{file} is a bundled routine and cannot be deleted"
            ).format(file=path)
        )
    if not path.resolve().is_relative_to(user_dir.resolve()):
        raise CannotDeleteError(
            translate("LibraryProblems", "{file} is not in your routines folder ({folder})").format(
                file=path, folder=user_dir
            )
        )
    others: set[Path] = set()
    for other in routine_files(user_dir):
        if other.resolve() != path.resolve():
            others |= routine_pictures(other)
    mine = sorted(
        p
        for p in routine_pictures(path) - others
        if p.is_relative_to(user_dir.resolve()) and p.is_file()
    )
    from homestretch.core.writer import backup_path

    backup = backup_path(path)
    files = [path, *([backup] if os.path.lexists(backup) else []), *mine]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    paths.trash_dir.mkdir(parents=True, exist_ok=True)
    entry = _free_name(paths.trash_dir, f"{stamp} {path.stem}")
    entry.mkdir()
    root = user_dir.resolve()
    moves = [
        (f, entry / "files" / f.resolve().relative_to(root)) if f.resolve().is_relative_to(root)
        else (f, entry / "files" / f.name)
        for f in files
    ]  # fmt: skip
    record = {
        "format": TRASH_FORMAT,
        "routine": str(path),
        "deleted": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": [{"from": str(a), "to": str(b.relative_to(entry))} for a, b in moves],
    }
    write_atomically(entry / TRASH_MANIFEST, json.dumps(record, indent=2) + "\n")
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            new.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(old, new)
            done.append((old, new))
    except BaseException:
        for old, new in reversed(done):
            shutil.move(new, old)
        shutil.rmtree(entry, ignore_errors=True)
        raise
    for old, _ in moves:
        _remove_empty_folders(old.parent, user_dir)
    return Deleted(path, entry, tuple(moves))


def restore_routine(deleted: Deleted) -> Path:
    """Put a deleted routine (and its pictures) back; returns the routine's path.

    A routine file made since under the same name is kept: the restored one then
    gets a free name beside it (``NAME (2).yaml``). A picture made since under
    the same name is kept too and the restored one is not put back.

    Raises:
        OSError: a file could not be moved back.
    """
    target = deleted.path
    number = 2
    while os.path.lexists(target):
        target = deleted.path.with_name(f"{deleted.path.stem} ({number}){deleted.path.suffix}")
        number += 1
    for old, new in deleted.files:
        if not os.path.lexists(new):
            continue
        place = target if old == deleted.path else old
        if os.path.lexists(place):
            continue
        place.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(new, place)
    shutil.rmtree(deleted.entry, ignore_errors=True)
    return target


def trashed_routines(paths: AppPaths) -> list[Deleted]:
    """The deleted routines in the trash that can be restored, newest first."""
    try:
        entries = sorted(paths.trash_dir.iterdir(), reverse=True)
    except OSError:
        return []
    found = []
    for entry in entries:
        if entry.name.startswith(_PURGING):
            continue
        try:
            found.append(Deleted.load(entry))
        except ValueError:
            continue
    return found


TRASH_KEEP_DAYS = 30
"""A deleted routine stays this many days in the trash; :func:`purge_trash` then removes it."""

_PURGING = ".purging "
"""The name prefix an entry takes while :func:`purge_trash` removes it (so a removal cut
short is finished next time, whatever is left of it)."""


def trash_entry_time(entry: Path) -> datetime:
    """When the trash entry ``entry`` was deleted: its record's time, or (a damaged or
    missing record) the entry's modification time; aware, UTC.

    Raises:
        OSError: the entry cannot be looked at.
    """
    try:
        record = json.loads(read_regular_file(entry / TRASH_MANIFEST, MAX_FILE_BYTES))
        deleted = datetime.fromisoformat(record["deleted"])
        if deleted.tzinfo is not None:
            return deleted.astimezone(UTC)
    except (OSError, KeyError, TypeError, ValueError):
        pass
    return datetime.fromtimestamp(entry.lstat().st_mtime, UTC)


def purge_trash(paths: AppPaths, now: datetime, *, keep_days: int = TRASH_KEEP_DAYS) -> list[Path]:
    """Remove the trash entries deleted more than ``keep_days`` days before ``now``
    (an aware datetime); returns the entries removed.

    Cheap when there is nothing to remove (one directory listing and a small record
    per entry), but removing is disk work: the app calls this off the GUI thread.
    An entry that cannot be removed (a read-only disk) is left and tried next time;
    nothing is ever raised.
    """
    try:
        entries = sorted(paths.trash_dir.iterdir())
    except OSError:
        return []
    cutoff = now - timedelta(days=keep_days)
    removed = []
    for entry in entries:
        try:
            if not entry.name.startswith(_PURGING):
                if trash_entry_time(entry) >= cutoff:
                    continue
                doomed = entry.with_name(_PURGING + entry.name)
                entry.rename(doomed)
            else:
                doomed = entry
            if doomed.is_dir() and not doomed.is_symlink():
                shutil.rmtree(doomed)
            else:
                doomed.unlink()
        except OSError:
            continue
        removed.append(entry)
    return removed


def _remove_empty_folders(folder: Path, stop: Path) -> None:
    """Remove ``folder`` and its parents while they are empty, up to (not) ``stop``."""
    stop = stop.resolve()
    while folder.resolve() != stop and folder.resolve().is_relative_to(stop):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


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
