"""Shareable routine files (``.homestretch``): one file holding a routine and its pictures.

A ``.homestretch`` file is a zip archive (format: ``docs/sharing.md``) holding

* ``manifest.json``: the format's name and version, the version of Homestretch
  that wrote it, the routine's file name, and every other member with its size
  and SHA-256;
* the routine's YAML file exactly as written (comments and all);
* the pictures the routine references in its own folder, at the paths the
  routine uses. Bundled figures (``assets:...``) are not copied: every install
  of Homestretch has them.

Opening one is done as if the file were hostile, since it usually comes by
mail. Everything is checked before anything is written into the user's
routines: the archive is read whole through the bounded reader (a named pipe or
a device is refused, never waited on), the zip's own directory is checked
(count, sizes, compression ratio, names, types) before a single member is
inflated, each member is inflated through a bounded reader and compared with
the manifest, the members are unpacked into a fresh temporary folder, and the
routine is judged there by the real loader, against the pictures unpacked
beside it. Only then is it copied into the user's routines by
:func:`homestretch.core.library.import_routine`, as a routine file would be.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any, Final

from homestretch import __version__
from homestretch.core.files import FileReadError, read_regular_file, size_words, write_atomically
from homestretch.core.i18n import translate
from homestretch.core.library import IfTaken, import_routine
from homestretch.core.paths import ASSETS_DIR
from homestretch.core.routine import (
    FIGURE_SUFFIXES,
    MAX_EXERCISES,
    MAX_FILE_BYTES,
    MAX_PICTURE_BYTES,
    PICTURE_SUFFIXES,
    Routine,
    RoutineError,
    parse_routine,
    read_routine_file,
)

PACKAGE_SUFFIX: Final = ".homestretch"
FORMAT_NAME: Final = "homestretch-routine"
"""The manifest's ``format``: what says that a zip is a shared routine."""
FORMAT_VERSION: Final = 1
"""The manifest's ``format_version``; a file of a later version is refused, with a plain message."""
MANIFEST_NAME: Final = "manifest.json"
MAX_MANIFEST_BYTES: Final = 256 * 1024
MAX_MEMBERS: Final = MAX_EXERCISES + 2
"""Files in one archive: a picture for each exercise, the routine and the manifest."""
MAX_TOTAL_BYTES: Final = 64 * 1024 * 1024
"""What all the members of one archive may add up to, unpacked."""
MAX_PACKAGE_BYTES: Final = MAX_TOTAL_BYTES + 4 * 1024 * 1024
"""The largest archive read (the members, stored, and the zip's own records)."""
MAX_COMPRESSION_RATIO: Final = 100
"""How many times larger than packed a member may be unpacked. Text compresses about
five to ten times, pictures hardly at all; a zip bomb, thousands of times."""
RATIO_FREE_BYTES: Final = 64 * 1024
"""Members up to this size unpacked are not held to the ratio (a few blanks are no bomb)."""
MAX_NAME_LENGTH: Final = 255
"""The longest member path, and the longest part of one."""
_CENTRAL_ENTRY_BYTES: Final = 46 + MAX_NAME_LENGTH + 100
"""The most a member's entry in the zip's directory takes (fixed part, name, extra fields)."""
_ROUTINE_SUFFIXES: Final = frozenset({".yaml", ".yml"})
TAKEN_SUFFIXES: Final = _ROUTINE_SUFFIXES | PICTURE_SUFFIXES | FIGURE_SUFFIXES
"""The only kinds of file an archive may hold besides its manifest."""
_PACKED_SUFFIXES: Final = frozenset({".png", ".jpg", ".jpeg"})
"""Pictures that are compressed already: stored as they are (deflating them again gains
nothing and takes seconds for large ones)."""
_METHODS: Final = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_END_RECORD: Final = b"PK\x05\x06"
_END_RECORD_SIZE: Final = 22
_ZIP64_LOCATOR: Final = b"PK\x06\x07"
_FIXED_TIME: Final = (1980, 1, 1, 0, 0, 0)
"""Every member's date: the same routine always makes the same file."""
_FORBIDDEN_CHARACTERS: Final = frozenset('\\:*?"<>|')
"""Characters no member name may hold: a backslash or a colon (a Windows path, a drive
letter), and what Windows refuses in a file name."""
_UNREADABLE_ZIP: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ValueError,  # (names that are not UTF-8, among others)
    EOFError,
    struct.error,
    OverflowError,
    NotImplementedError,  # a version or a feature of zip not read ("compressed patched data")
    RuntimeError,  # an encrypted member
)
"""What :mod:`zipfile` raises on a damaged or unusual archive (found by fuzzing)."""


class PackageError(Exception):
    """A ``.homestretch`` file cannot be written or opened; ``str()`` is one whole sentence
    naming the file, in the interface language (English without a translator: the
    command line's words). Each is made through :func:`translate` where it is raised."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _refused(path: Path, template: str, **values: object) -> PackageError:
    """The error whose message is ``template`` (translated already) with the file's name
    as ``{file}`` and ``values`` put in."""
    return PackageError(path, template.format(file=path, **values))


def _damaged(path: Path) -> PackageError:
    return _refused(
        path,
        translate(
            "PackageProblems",
            "{file} is damaged or incomplete (it is not a whole .homestretch file)",
        ),
    )


@dataclass(frozen=True)
class Member:
    """One file in an archive, as its manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    routine: str
    """The routine's file name (a member at the top of the archive)."""
    members: tuple[Member, ...]
    """Every member but the manifest, the routine first."""

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT_NAME,
                "format_version": self.format_version,
                "app_version": self.app_version,
                "routine": self.routine,
                "members": [
                    {"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members
                ],
            },
            indent=2,
            ensure_ascii=False,
        )


@dataclass(frozen=True)
class Package:
    """A checked archive: its manifest and the routine it holds."""

    path: Path
    manifest: Manifest
    routine: Routine
    """As judged in the temporary folder (gone now: its pictures' paths lead nowhere)."""

    @property
    def routine_name(self) -> str:
        """The routine's file name (``plan.yaml``): adding it makes the folder ``plan``."""
        return self.manifest.routine


# --------------------------------------------------------------------------- writing


def package_bytes(source: Path) -> tuple[bytes, Manifest]:
    """The ``.homestretch`` archive of the routine file ``source``, and its manifest.

    Raises:
        RoutineError: the routine has problems (errors, or warnings such as a
            missing picture: the one who receives it could not fix them).
        PackageError: it would be larger than an archive may be.
        OSError: a picture could not be read again.
    """
    data = read_routine_file(source)
    base = source.parent.resolve()
    routine = parse_routine(data, label=str(source), base_dir=base, assets_dir=ASSETS_DIR)
    if routine.warnings:
        raise RoutineError(routine.warnings)
    files: dict[str, bytes] = {source.name: data}
    for exercise in routine.exercises:
        picture = exercise.illustration
        if picture is None or not picture.is_relative_to(base):
            continue  # a bundled figure: every install has it
        name = picture.relative_to(base).as_posix()
        if name not in files:
            figure = picture.suffix.lower() in FIGURE_SUFFIXES
            files[name] = read_regular_file(
                picture, MAX_FILE_BYTES if figure else MAX_PICTURE_BYTES
            )
    for name in files:  # what opening it would refuse is never written
        why = name_problem(name) or (
            NameProblem.DOT if name == source.name and name.startswith(".") else None
        )
        if why is not None:
            raise _refused(source, _not_shareable(why), name=name, char=_forbidden(name))
    total = sum(len(content) for content in files.values())
    if total > MAX_TOTAL_BYTES:
        raise _refused(
            source,
            translate(
                "PackageProblems",
                "{file} and its pictures add up to {size}; a shared routine may hold "
                "at most {limit}",
            ),
            size=size_words(total),
            limit=size_words(MAX_TOTAL_BYTES),
        )
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        routine=source.name,
        members=tuple(
            Member(name, len(content), hashlib.sha256(content).hexdigest())
            for name, content in files.items()
        ),
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in [(MANIFEST_NAME, manifest.to_json().encode("utf-8")), *files.items()]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            packed = PurePosixPath(name).suffix.lower() in _PACKED_SUFFIXES
            info.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix: the mode below is read as one
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, content)
    return buffer.getvalue(), manifest


def export_routine(source: Path, output: Path) -> Manifest:
    """Write the routine file ``source`` and its pictures to the archive ``output`` (replaced).

    The archive is written atomically: ``output`` is the old file or the whole new one.

    Raises:
        RoutineError, PackageError: as :func:`package_bytes`.
        OSError: ``output`` could not be written (no such folder, a full disk...).
    """
    data, manifest = package_bytes(source)
    write_atomically(output, data)
    return manifest


# --------------------------------------------------------------------------- reading


def check_package(path: Path, *, staging: Path | None = None) -> Package:
    """Check the archive ``path`` as adding it would, without adding it.

    Raises:
        PackageError: the archive is unreadable, unsafe or not a shared routine.
        RoutineError: the routine in it has problems (labelled ``ARCHIVE/NAME.yaml``).
        OSError: the temporary folder could not be written (a full disk).
    """
    with _unpacked(path, staging) as (package, _folder):
        return package


def import_package(
    path: Path,
    user_dir: Path,
    *,
    if_taken: IfTaken = IfTaken.KEEP_BOTH,
    staging: Path | None = None,
) -> Path:
    """Add the routine in the archive ``path``, with its pictures, to ``user_dir``.

    Everything is checked first (see the module's docstring); the routine is
    then added exactly as a routine file is (its own folder, ``if_taken``
    deciding what happens when one of the same file name is there), so a
    failure leaves the user's routines as they were.

    Args:
        staging: the folder for the temporary one the archive is unpacked into
            (the system's temporary folder by default); it is removed after.

    Returns:
        The added routine file.

    Raises:
        PackageError, RoutineError: as :func:`check_package`; nothing is written.
        OSError: the copy failed (a full disk); nothing is left half-written.
    """
    with _unpacked(path, staging) as (package, folder):
        return import_routine(folder / package.routine_name, user_dir, if_taken=if_taken)


def taken_by(package: Package, user_dir: Path) -> Path | None:
    """The folder in ``user_dir`` that adding ``package`` would replace, or None when free."""
    folder = user_dir / PurePosixPath(package.routine_name).stem
    return folder if os.path.lexists(folder) else None


@contextmanager
def _unpacked(path: Path, staging: Path | None) -> Iterator[tuple[Package, Path]]:
    try:
        data = read_regular_file(path, MAX_PACKAGE_BYTES)
    except FileReadError as exc:
        raise PackageError(path, str(exc)) from None
    members = _check_directory(path, data)
    with tempfile.TemporaryDirectory(prefix="homestretch-open-", dir=staging) as temp:
        folder = Path(temp)
        manifest = _unpack(path, data, members, folder)
        routine_data = (folder / manifest.routine).read_bytes()
        routine = parse_routine(
            routine_data,
            label=f"{path}/{manifest.routine}",
            base_dir=folder,
            assets_dir=ASSETS_DIR,
        )
        yield Package(path, manifest, routine), folder


def _check_directory(path: Path, data: bytes) -> list[zipfile.ZipInfo]:
    """The archive's file members, once its directory has been found safe; nothing inflated."""
    _check_end_record(path, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except _UNREADABLE_ZIP:
        raise _damaged(path) from None
    if len(infos) > MAX_MEMBERS:
        raise _too_many(path, len(infos))
    files: list[zipfile.ZipInfo] = []
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = _checked_name(path, info)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if info.is_dir():
            if kind not in (0, stat.S_IFDIR):
                raise _strange(path, name)
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refused(
                path,
                translate(
                    "PackageProblems",
                    "{file} holds '{name}', a link to another file; a shared routine holds "
                    "only files",
                ),
                name=name,
            )
        if kind not in (0, stat.S_IFREG):
            raise _strange(path, name)
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise _refused(
                path,
                translate(
                    "PackageProblems",
                    "{file} holds two files named '{name}'; the file is refused as unsafe",
                ),
                name=seen[key],
            )
        seen[key] = name
        if info.flag_bits & 0x1:
            raise _refused(
                path,
                translate(
                    "PackageProblems", "{file} holds '{name}' encrypted; Homestretch cannot open it"
                ),
                name=name,
            )
        if info.compress_type not in _METHODS:
            raise _refused(
                path,
                translate(
                    "PackageProblems",
                    "{file} holds '{name}' packed in a way Homestretch does not read (method "
                    "{method}); only stored and deflated files are read",
                ),
                name=name,
                method=info.compress_type,
            )
        limit = _limit(path, name)
        if info.file_size > limit:
            raise _refused(
                path,
                translate(
                    "PackageProblems", "{file} holds '{name}' of {size}; at most {limit} is allowed"
                ),
                name=name,
                size=size_words(info.file_size),
                limit=size_words(limit),
            )
        if info.file_size > RATIO_FREE_BYTES and (
            info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        ):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refused(
                path,
                translate(
                    "PackageProblems",
                    "{file} holds '{name}', which would unpack to {ratio} times its packed "
                    "size; no routine or picture shrinks that much, so the file is refused "
                    "as unsafe",
                ),
                name=name,
                ratio=ratio,
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refused(
                path,
                translate(
                    "PackageProblems",
                    "{file} would unpack to more than {limit}, more than a shared routine may hold",
                ),
                limit=size_words(MAX_TOTAL_BYTES),
            )
        files.append(info)
    folders = {str(parent).casefold() for key in seen for parent in PurePosixPath(key).parents}
    clash = sorted(name for key, name in seen.items() if key in folders)
    if clash:
        raise _refused(
            path,
            translate("PackageProblems", "{file} holds '{name}' both as a file and as a folder"),
            name=clash[0],
        )
    return files


def _check_end_record(path: Path, data: bytes) -> None:
    """Refuse, from the zip's end record alone, an archive whose directory is too large to read."""
    if data[-_END_RECORD_SIZE:].startswith(_END_RECORD) and data[-2:] == b"\0\0":
        at = len(data) - _END_RECORD_SIZE
    else:
        at = data.rfind(_END_RECORD, max(0, len(data) - _END_RECORD_SIZE - 0xFFFF))
    if at < 0 or at + _END_RECORD_SIZE > len(data):
        raise _damaged(path)
    entries, directory_size = struct.unpack_from("<HI", data, at + 10)
    zip64 = at >= 20 and data[at - 20 : at - 16] == _ZIP64_LOCATOR
    if zip64 or entries == 0xFFFF or directory_size == 0xFFFFFFFF:
        raise _refused(
            path,
            translate(
                "PackageProblems",
                "{file} holds more files or data than a routine can have (it is a zip64 archive)",
            ),
        )
    if entries > MAX_MEMBERS or directory_size > MAX_MEMBERS * _CENTRAL_ENTRY_BYTES:
        raise _too_many(path, entries)


def _too_many(path: Path, count: int) -> PackageError:
    return _refused(
        path,
        translate(
            "PackageProblems",
            "{file} holds %n file(s); a shared routine holds at most {limit}",
            "",
            count,
        ),
        limit=MAX_MEMBERS,
    )


def _strange(path: Path, name: str) -> PackageError:
    return _refused(
        path,
        translate("PackageProblems", "{file} holds '{name}', which is not a plain file or folder"),
        name=name,
    )


def _checked_name(path: Path, info: zipfile.ZipInfo) -> str:
    """The member's name, once it is sure to stay inside the folder it is unpacked into."""
    raw = info.orig_filename
    name = raw[:-1] if info.is_dir() else raw
    why = name_problem(name)
    if why is not None:
        shown = raw.encode("unicode_escape").decode("ascii")[:80]
        raise _refused(path, _unsafe(why), name=shown, char=_forbidden(name))
    return name


class NameProblem(StrEnum):
    """Why a name may not be a member's (it could land outside its folder, or some system
    could not make it)."""

    EMPTY = "empty"
    ABSOLUTE = "absolute"
    INVISIBLE = "invisible"
    """Control or invisible characters."""
    DRIVE = "drive"
    BACKSLASH = "backslash"
    FORBIDDEN = "forbidden"
    """A character not every system allows (the first is :func:`_forbidden`)."""
    OUTSIDE = "outside"
    """An empty, ``.`` or ``..`` part."""
    NOT_PORTABLE = "not-portable"
    """Too long, or a part ending in a blank or a dot."""
    DOT = "dot"
    """(Writing only) a routine file whose name starts with a dot."""


def name_problem(name: str) -> NameProblem | None:
    """Why ``name`` may not be a member's name, or None when it is fine."""
    if not name:
        return NameProblem.EMPTY
    if name.startswith("/"):
        return NameProblem.ABSOLUTE
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in name):
        return NameProblem.INVISIBLE
    if len(name) > 1 and name[1] == ":":
        return NameProblem.DRIVE
    if "\\" in name:
        return NameProblem.BACKSLASH
    if _forbidden(name):
        return NameProblem.FORBIDDEN
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return NameProblem.OUTSIDE
    if len(name) > MAX_NAME_LENGTH or any(p.endswith((" ", ".")) for p in parts):
        return NameProblem.NOT_PORTABLE
    return None


def _forbidden(name: str) -> str:
    """The first character of ``name`` that not every system allows in a file name, or ''."""
    return next((c for c in name if c in _FORBIDDEN_CHARACTERS), "")


def _unsafe(why: NameProblem) -> str:
    """Opening: the sentence refusing an archive that holds a file with a bad name
    (``{file}``, ``{name}``, ``{char}`` to be put in)."""
    match why:
        case NameProblem.EMPTY:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which has no name; the file is refused "
                "as unsafe",
            )
        case NameProblem.ABSOLUTE:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', an absolute path, which would land outside "
                "the routine's folder; the file is refused as unsafe",
            )
        case NameProblem.INVISIBLE:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which holds invisible or control "
                "characters; the file is refused as unsafe",
            )
        case NameProblem.DRIVE:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which starts with a drive letter, so it "
                "would land outside the folder; the file is refused as unsafe",
            )
        case NameProblem.BACKSLASH:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which holds a backslash (a Windows path, "
                "which could lead outside); the file is refused as unsafe",
            )
        case NameProblem.FORBIDDEN:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which holds '{char}', a character not "
                "every system allows in a file name; the file is refused as unsafe",
            )
        case NameProblem.OUTSIDE:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', a path that leads outside the routine's "
                "folder; the file is refused as unsafe",
            )
        case _:
            return translate(
                "PackageProblems",
                "{file} holds a file named '{name}', which is not a name a file can have "
                "everywhere; the file is refused as unsafe",
            )


def _not_shareable(why: NameProblem) -> str:
    """Writing: the sentence refusing to share a routine that names a file with a bad name
    (``{file}``, ``{name}``, ``{char}`` to be put in)."""
    match why:
        case NameProblem.EMPTY:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which has no name; rename "
                "that file (and the reference to it)",
            )
        case NameProblem.ABSOLUTE:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', an absolute path, which "
                "would land outside the routine's folder; rename that file (and the reference "
                "to it)",
            )
        case NameProblem.INVISIBLE:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which holds invisible or "
                "control characters; rename that file (and the reference to it)",
            )
        case NameProblem.DRIVE:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which starts with a drive "
                "letter, so it would land outside the folder; rename that file (and the "
                "reference to it)",
            )
        case NameProblem.BACKSLASH:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which holds a backslash "
                "(a Windows path, which could lead outside); rename that file (and the "
                "reference to it)",
            )
        case NameProblem.FORBIDDEN:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which holds '{char}', a "
                "character not every system allows in a file name; rename that file (and the "
                "reference to it)",
            )
        case NameProblem.OUTSIDE:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', a path that leads outside "
                "the routine's folder; rename that file (and the reference to it)",
            )
        case NameProblem.NOT_PORTABLE:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which is not a name a file "
                "can have everywhere; rename that file (and the reference to it)",
            )
        case _:
            return translate(
                "PackageProblems",
                "{file} cannot be shared: it names a file '{name}', which starts with a dot; "
                "rename that file (and the reference to it)",
            )


def _limit(path: Path, name: str) -> int:
    """The largest ``name`` may be, or a refusal when it is no kind of file a routine needs."""
    if name == MANIFEST_NAME:
        return MAX_MANIFEST_BYTES
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in _ROUTINE_SUFFIXES | FIGURE_SUFFIXES:
        return MAX_FILE_BYTES
    if suffix in PICTURE_SUFFIXES:
        return MAX_PICTURE_BYTES
    raise _refused(
        path,
        translate(
            "PackageProblems",
            "{file} holds '{name}', which is neither a routine nor a picture; a shared "
            "routine holds only {kinds} files, so the file is refused",
        ),
        name=name,
        kinds=", ".join(sorted(TAKEN_SUFFIXES)),
    )


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's content, inflated at most to its declared size (checked against its limit)."""
    chunks: list[bytes] = []
    left = info.file_size + 1
    try:
        with archive.open(info) as member:
            while left > 0:
                chunk = member.read(min(left, 1024 * 1024))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
    except (*_UNREADABLE_ZIP, zlib.error, OSError):
        raise _refused(
            path,
            translate(
                "PackageProblems", "{file} is damaged: '{name}' in it cannot be unpacked whole"
            ),
            name=info.filename,
        ) from None
    content = b"".join(chunks)
    if len(content) != info.file_size:
        raise _refused(
            path,
            translate(
                "PackageProblems", "{file} is damaged: '{name}' is not the size the archive says"
            ),
            name=info.filename,
        )
    return content


def _unpack(path: Path, data: bytes, infos: list[zipfile.ZipInfo], folder: Path) -> Manifest:
    by_name = {info.filename: info for info in infos}
    manifest_info = by_name.pop(MANIFEST_NAME, None)
    if manifest_info is None:
        raise _refused(
            path,
            translate(
                "PackageProblems", "{file} is not a Homestretch routine file (it has no {manifest})"
            ),
            manifest=MANIFEST_NAME,
        )
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = _manifest(path, _read_member(path, archive, manifest_info))
        listed = {m.name for m in manifest.members}
        extra = sorted(set(by_name) - listed)
        if extra:
            raise _refused(
                path,
                translate(
                    "PackageProblems", "{file} holds '{name}', which its manifest does not list"
                ),
                name=extra[0],
            )
        for member in manifest.members:
            info = by_name.get(member.name)
            if info is None:
                raise _refused(
                    path,
                    translate(
                        "PackageProblems",
                        "{file} is damaged or incomplete (it is not a whole .homestretch file): "
                        "'{name}' is missing from it",
                    ),
                    name=member.name,
                )
            content = _read_member(path, archive, info)
            if len(content) != member.size or (
                hashlib.sha256(content).hexdigest() != member.sha256
            ):
                raise _refused(
                    path,
                    translate(
                        "PackageProblems",
                        "{file} is damaged: '{name}' is not what its manifest says",
                    ),
                    name=member.name,
                )
            target = folder.joinpath(*member.name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("xb") as file:
                file.write(content)
    return manifest


def _manifest(path: Path, content: bytes) -> Manifest:
    """The manifest, read strictly; a newer format version is refused in plain words."""
    bad = _refused(
        path,
        translate(
            "PackageProblems", "{file} is damaged: its {manifest} is not one Homestretch can read"
        ),
        manifest=MANIFEST_NAME,
    )
    try:
        raw: Any = json.loads(content.decode("utf-8"))
    except (ValueError, RecursionError):
        raise bad from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise _refused(
            path,
            translate(
                "PackageProblems",
                "{file} is not a Homestretch routine file (its manifest says otherwise)",
            ),
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad
    if version > FORMAT_VERSION:
        made_by = raw.get("app_version")
        newer = (
            translate(
                "PackageProblems",
                "{file} was made by a newer version of Homestretch ({made_by}), in file format "
                "{format}; this version ({version}) reads format {known} and older. Update "
                "Homestretch to open it",
            )
            if isinstance(made_by, str)
            else translate(
                "PackageProblems",
                "{file} was made by a newer version of Homestretch, in file format {format}; "
                "this version ({version}) reads format {known} and older. Update Homestretch "
                "to open it",
            )
        )
        raise _refused(
            path,
            newer,
            made_by=made_by[:40] if isinstance(made_by, str) else "",
            format=version,
            version=__version__,
            known=FORMAT_VERSION,
        )
    routine, app_version, members = raw.get("routine"), raw.get("app_version"), raw.get("members")
    if not (isinstance(routine, str) and isinstance(app_version, str)):
        raise bad
    if not isinstance(members, list) or len(members) > MAX_MEMBERS:
        raise bad
    parsed: list[Member] = []
    for item in members:
        if not isinstance(item, dict):
            raise bad
        name, size, digest = item.get("name"), item.get("size"), item.get("sha256")
        if not (
            isinstance(name, str)
            and isinstance(size, int)
            and not isinstance(size, bool)
            and isinstance(digest, str)
            and len(digest) == 64
        ):
            raise bad
        parsed.append(Member(name, size, digest.lower()))
    names = [m.name for m in parsed]
    if len(set(names)) != len(names) or MANIFEST_NAME in names:
        raise bad
    if (
        "/" in routine
        or routine.startswith(".")
        or PurePosixPath(routine).suffix.lower() not in _ROUTINE_SUFFIXES
    ):
        raise _refused(
            path,
            translate(
                "PackageProblems",
                "{file} is damaged: its routine '{name}' is not a routine file's name",
            ),
            name=routine[:80],
        )
    if routine not in names:
        raise _refused(
            path,
            translate(
                "PackageProblems",
                "{file} is damaged or incomplete (it is not a whole .homestretch file): its "
                "routine '{name}' is missing from it",
            ),
            name=routine,
        )
    return Manifest(version, app_version, routine, tuple(parsed))
