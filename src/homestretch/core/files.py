"""Reading files safely and writing them so that nothing the user wrote is ever half-written."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from enum import StrEnum
from pathlib import Path
from typing import Final

from homestretch.core.i18n import translate

PRIVATE_MODE: Final = 0o600
"""Permissions of a private file (the settings): only its owner reads or writes it."""
SHARED_MODE: Final = 0o666
"""Permissions asked for a file the user saves (a report, an export); the umask trims them."""
_TEMP_TRIES: Final = 100


def write_atomically(
    path: Path, content: str | bytes, *, make_folder: bool = False, private: bool = False
) -> None:
    """Replace ``path`` with ``content``: readers see the old file or the whole new one.

    The content goes to a temporary file beside ``path``, is flushed to disk,
    then renamed over it; on any failure the temporary file is removed and the
    old file is left as it was. Text is written as UTF-8.

    Args:
        make_folder: create ``path``'s folder first if it is missing (otherwise
            a missing folder is an error, as for a report the user asked to
            save somewhere).
        private: only the owner may read the file (mode 0600). Otherwise it gets
            the user's normal permissions (0666 less the umask), as any file the
            user saves from another program.

    Raises:
        OSError: the folder is missing or cannot be written, or the disk is full.
    """
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, temp = _create_temp(path, PRIVATE_MODE if private else SHARED_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _create_temp(path: Path, mode: int) -> tuple[int, Path]:
    """A new, empty temporary file beside ``path``, created with ``mode`` (less the
    umask, which the system applies), and its descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_TRIES):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(path.parent))


class FileProblem(StrEnum):
    """Why a file could not be read."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_REGULAR = "not-regular"
    """A named pipe, a device or a socket: reading it could block or never end."""
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    """The system refused (no permission, an I/O error...)."""


class Held(StrEnum):
    """What a path that is not a regular file holds."""

    PIPE = "pipe"
    DEVICE = "device"
    SOCKET = "socket"
    OTHER = "other"


class FileReadError(OSError):
    """A file could not be read; ``str()`` is a plain sentence naming the file.

    It is an :class:`OSError` so that code catching ``OSError`` around a read
    still catches it; ``kind`` says what was wrong and ``reason`` is the
    sentence without the file name (``"is not a regular file (it is a named pipe)"``),
    both in the interface language. ``held`` (what a file that is not regular
    is) and ``detail`` (the size limit in words, or the system's reason) let a
    caller say it in a sentence of its own.
    """

    def __init__(
        self,
        path: Path,
        kind: FileProblem,
        errno_: int = 0,
        *,
        held: Held = Held.OTHER,
        detail: str = "",
    ) -> None:
        self.path = path
        self.kind = kind
        self.held = held
        self.detail = detail
        self.reason = _reason(kind, held, detail)
        super().__init__(errno_ or errno.EINVAL, self.reason, str(path))

    def __str__(self) -> str:
        return _sentence(self.path, self.kind, self.held, self.detail)


def _reason(kind: FileProblem, held: Held, detail: str) -> str:
    """Why the file cannot be read, as the end of a sentence whose subject is the file."""
    match kind:
        case FileProblem.MISSING:
            return translate("FileProblems", "does not exist")
        case FileProblem.FOLDER:
            return translate("FileProblems", "is a folder, not a file")
        case FileProblem.NOT_REGULAR if held is Held.PIPE:
            return translate("FileProblems", "is not a regular file (it is a named pipe)")
        case FileProblem.NOT_REGULAR if held is Held.DEVICE:
            return translate("FileProblems", "is not a regular file (it is a device)")
        case FileProblem.NOT_REGULAR if held is Held.SOCKET:
            return translate("FileProblems", "is not a regular file (it is a socket)")
        case FileProblem.NOT_REGULAR:
            return translate("FileProblems", "is not a regular file (it is not a plain file)")
        case FileProblem.TOO_LARGE:
            return translate("FileProblems", "is larger than {size}").format(size=detail)
        case _:
            return translate("FileProblems", "cannot be read ({reason})").format(reason=detail)


def _sentence(path: Path, kind: FileProblem, held: Held, detail: str) -> str:
    """Why the file cannot be read, in a sentence naming it."""
    file = str(path)
    match kind:
        case FileProblem.MISSING:
            text = translate("FileProblems", "{file} does not exist")
        case FileProblem.FOLDER:
            text = translate("FileProblems", "{file} is a folder, not a file")
        case FileProblem.NOT_REGULAR if held is Held.PIPE:
            text = translate("FileProblems", "{file} is not a regular file (it is a named pipe)")
        case FileProblem.NOT_REGULAR if held is Held.DEVICE:
            text = translate("FileProblems", "{file} is not a regular file (it is a device)")
        case FileProblem.NOT_REGULAR if held is Held.SOCKET:
            text = translate("FileProblems", "{file} is not a regular file (it is a socket)")
        case FileProblem.NOT_REGULAR:
            text = translate(
                "FileProblems", "{file} is not a regular file (it is not a plain file)"
            )
        case FileProblem.TOO_LARGE:
            text = translate("FileProblems", "{file} is larger than {size}")
        case _:
            text = translate("FileProblems", "{file} cannot be read ({reason})")
    return text.format(file=file, size=detail, reason=detail)


def size_words(limit: int) -> str:
    """``1048576`` -> ``1 MB``; ``65536`` -> ``64 KB`` (how a size limit is shown)."""
    if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0:
        return f"{limit // (1024 * 1024)} MB"
    return f"{max(1, limit // 1024)} KB"


def _what_it_is(mode: int) -> Held:
    if stat.S_ISFIFO(mode):
        return Held.PIPE
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Held.DEVICE
    if stat.S_ISSOCK(mode):
        return Held.SOCKET
    return Held.OTHER


_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a named pipe must not wait for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_regular_file(path: Path, limit: int, *, head: int | None = None) -> bytes:
    """The content of ``path``, which must be a regular file of at most ``limit`` bytes.

    Every file Homestretch reads (routines, figures, pictures, settings) comes
    through here, so that none of them can hang the app or fill its memory: a
    named pipe is opened without waiting and refused, a device (a link to
    ``/dev/zero``) is refused, and at most ``limit + 1`` bytes are ever read, so
    a file that grows, or claims a wrong size, is still refused as too large.
    Links are followed; what counts is what the opened descriptor is.

    Args:
        head: read only the first ``head`` bytes (the size is still checked
            against ``limit``), to recognise a picture without reading it all.

    Raises:
        FileReadError: the file is missing, a folder, not a regular file,
            larger than ``limit``, or cannot be read; the message says which.
    """
    try:
        _check_kind(path, path.stat(), limit)  # refuse a device before even opening it
        fd = os.open(path, _OPEN_FLAGS)
    except FileReadError:
        raise
    except FileNotFoundError:
        raise FileReadError(path, FileProblem.MISSING, errno.ENOENT) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        info = os.fstat(fd)
        _check_kind(path, info, limit)
        chunks: list[bytes] = []
        wanted = limit + 1 if head is None else min(head, limit + 1)
        left = wanted
        while left > 0:
            chunk = os.read(fd, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except FileReadError:
        raise
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(fd)
    if left <= 0 and wanted > limit:
        raise _too_large(path, limit)
    return b"".join(chunks)


def _check_kind(path: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FileReadError(path, FileProblem.FOLDER, errno.EISDIR)
    if not stat.S_ISREG(info.st_mode):
        raise FileReadError(path, FileProblem.NOT_REGULAR, held=_what_it_is(info.st_mode))
    if info.st_size > limit:
        raise _too_large(path, limit)


def _too_large(path: Path, limit: int) -> FileReadError:
    return FileReadError(path, FileProblem.TOO_LARGE, errno.EFBIG, detail=size_words(limit))


def _unreadable(path: Path, exc: OSError) -> FileReadError:
    if isinstance(exc, IsADirectoryError):
        return FileReadError(path, FileProblem.FOLDER, errno.EISDIR)
    reason = (exc.strerror or str(exc) or type(exc).__name__).rstrip(".")
    return FileReadError(
        path,
        FileProblem.UNREADABLE,
        exc.errno or 0,
        detail=f"{reason[:1].lower()}{reason[1:]}",
    )
