"""One Homestretch per session log: a second start hands its file to the first.

Qt-free: the names, the message protocol and the start-up decision
(:func:`claim`), over an injected :class:`Ends` (``ui/instance.py`` makes them
from QLockFile, QLocalSocket and QLocalServer).

The protocol is one JSON object on one line (UTF-8, ending in a newline, at
most :data:`MAX_MESSAGE_BYTES`), each way, once per connection:

* a new start -> the running app: ``{"version": 1, "files": ["/abs/back.yaml"],
  "cwd": "/where/it/started", "activation_token": "..."}`` (``files`` may be
  empty: then the window is only brought forward; a relative file is taken
  from ``cwd``; the optional token is the launcher's ``XDG_ACTIVATION_TOKEN``,
  which lets the running window come to the front on Wayland; the optional
  ``"start": true`` (``homestretch --start``, the desktop file's "Start today's
  session") asks it to start the selected routine's session if none is on);
* the running app -> the new start: ``{"version": 1, "ok": true}``, or
  ``{"version": 1, "ok": false, "error": "why"}`` for a message it cannot take.

The decision is made under a lock file in the user's runtime folder, so that
starts at the same moment take turns (QLockFile sees a lock left by a start
that died and takes it over):

1. take the lock and connect to the socket;
2. if nobody listens (no socket yet, or one left behind by a crash), remove
   what is left and listen, then let go of the lock: this start is the app;
3. if a connection is made, let go of the lock and send the request; once the
   running app answers, it has the request, and this start is over;
4. if no answer comes in time (an app that is quitting), start again from 1;
   after :data:`ATTEMPTS` tries, give up and say so rather than open a second
   window on the same log.

Optional keys extend the protocol without a new version: an app that does not
know one reads the rest of the request as before (an older app given
``"start"`` comes forward and starts nothing), whereas a new version number
would make it refuse the whole request.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Protocol

from homestretch import APP_ID

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 64 * 1024
"""A longer message (in either direction) is refused; a request names a few paths at most."""
MAX_FILES = 16
MAX_TOKEN_CHARACTERS = 512
ACTIVATION_TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"
"""Where a launcher puts the token a window needs to come to the front (xdg-activation)."""
CONNECT_TIMEOUT = 1.0
"""Seconds to reach the socket of a running app."""
ANSWER_TIMEOUT = 15.0
"""Seconds a running app may take to answer (it may itself be starting up)."""
READ_TIMEOUT = 5.0
"""Seconds the running app waits for a connection's request before dropping it."""
LOCK_TIMEOUT = 20.0
"""Seconds a start waits for its turn (others hold the lock for a moment each, well
under QLockFile's 30 s after which a held lock counts as left behind)."""
ATTEMPTS = 2


class MessageError(ValueError):
    """A message that is not one of ours; the text says why, in a few words."""


@dataclass(frozen=True)
class InstanceNames:
    """Where the app of one session log listens, and its start-up lock.

    Attributes:
        server: the QLocalServer name: a socket path on POSIX, a pipe name on Windows.
        lock: the lock file starts take turns with.
    """

    server: str
    lock: Path


def instance_names(
    runtime_dir: Path, data_dir: Path, *, windows: bool = sys.platform == "win32"
) -> InstanceNames:
    """The names for the app that keeps its log in ``data_dir``.

    Each data folder has its own (``--data-dir`` starts a separate app on a
    separate log); the runtime folder is in the digest too, so the Windows pipe
    name, which is machine-wide, differs between users.
    """
    digest = hashlib.sha256(f"{runtime_dir}\0{data_dir}".encode()).hexdigest()[:16]
    base = f"{APP_ID}-{digest}"
    server = base if windows else str(runtime_dir / f"{base}.socket")
    return InstanceNames(server=server, lock=runtime_dir / f"{base}.lock")


@dataclass(frozen=True)
class Request:
    """What a new start asks of the running app.

    Attributes:
        files: the files to open (absolute), in order.
        activation_token: the new start's xdg-activation token ("" if none).
        start: start the selected routine's session if none is on (``--start``).
    """

    files: tuple[Path, ...]
    activation_token: str = ""
    start: bool = False


def encode_request(
    files: Sequence[Path], cwd: Path, activation_token: str = "", *, start: bool = False
) -> bytes:
    message: dict[str, object] = {
        "version": PROTOCOL_VERSION,
        "files": [str(f) for f in files],
        "cwd": str(cwd),
    }
    if activation_token:
        message["activation_token"] = activation_token
    if start:
        message["start"] = True
    return _line(message)


def usable_token(text: str) -> bool:
    """A token that may be passed on: short, printable ASCII, no spaces."""
    return (
        0 < len(text) <= MAX_TOKEN_CHARACTERS
        and text.isascii()
        and text.isprintable()
        and (" " not in text)
    )


def decode_request(line: bytes) -> Request:
    """The request in one received line; :class:`MessageError` if it is not one."""
    message = _object(line)
    files, cwd = message.get("files", []), message.get("cwd")
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        raise MessageError('"files" is not a list of paths')
    if len(files) > MAX_FILES:
        raise MessageError(f"more than {MAX_FILES} files")
    if cwd is not None and not isinstance(cwd, str):
        raise MessageError('"cwd" is not a path')
    token = message.get("activation_token", "")
    if not isinstance(token, str) or (token and not usable_token(token)):
        raise MessageError('"activation_token" is not a token')
    start = message.get("start", False)
    if not isinstance(start, bool):
        raise MessageError('"start" is not true or false')
    if any("\0" in text for text in [*files, cwd or ""]):
        raise MessageError("a path with a NUL character")
    paths = []
    for text in files:
        path = Path(text)
        if not path.is_absolute():
            if not cwd or not Path(cwd).is_absolute():
                raise MessageError(f"a relative path ({text}) without a folder to start from")
            path = Path(cwd) / path
        paths.append(path)
    return Request(files=tuple(paths), activation_token=token, start=start)


@dataclass(frozen=True)
class Answer:
    ok: bool
    error: str = ""


def encode_answer(answer: Answer) -> bytes:
    message: dict[str, object] = {"version": PROTOCOL_VERSION, "ok": answer.ok}
    if not answer.ok:
        message["error"] = answer.error
    return _line(message)


def decode_answer(line: bytes) -> Answer:
    """The running app's answer; :class:`MessageError` if it is not one.

    Any version is read: an app of another version says no in words.
    """
    message = _object(line, any_version=True)
    ok, error = message.get("ok"), message.get("error", "")
    if not isinstance(ok, bool) or not isinstance(error, str):
        raise MessageError('no "ok" in the answer')
    return Answer(ok=ok, error=error)


def answer_for(line: bytes) -> tuple[Request | None, bytes]:
    """The running app's side: the request in ``line`` (None if it is bad), and the reply."""
    try:
        request = decode_request(line)
    except MessageError as exc:
        return None, encode_answer(Answer(ok=False, error=str(exc)))
    return request, encode_answer(Answer(ok=True))


class LineReader:
    """Collects the bytes of one connection until its line is whole."""

    def __init__(self, limit: int = MAX_MESSAGE_BYTES) -> None:
        self._limit = limit
        self._data = b""

    def feed(self, data: bytes) -> bytes | None:
        """The whole line (without its newline) once it has come; None until then.

        Raises :class:`MessageError` once more than the limit has come without one.
        """
        self._data += data
        line, newline, _ = self._data.partition(b"\n")
        if len(line) > self._limit:
            raise MessageError(f"longer than {self._limit} bytes")
        return line if newline else None


def _line(message: dict[str, object]) -> bytes:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageError(f"longer than {MAX_MESSAGE_BYTES} bytes")
    return data


def _object(line: bytes, *, any_version: bool = False) -> dict[str, object]:
    if len(line) > MAX_MESSAGE_BYTES:
        raise MessageError(f"longer than {MAX_MESSAGE_BYTES} bytes")
    try:
        message = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise MessageError("not UTF-8 text") from None
    except (ValueError, RecursionError):
        raise MessageError("not JSON") from None
    if not isinstance(message, dict):
        raise MessageError("not a JSON object")
    version = message.get("version")
    if type(version) is not int:
        raise MessageError("no version number")
    if version != PROTOCOL_VERSION and not any_version:
        raise MessageError(
            f"message version {version}; this Homestretch speaks version {PROTOCOL_VERSION}"
        )
    return message


class NobodyListeningError(Exception):
    """No app listens on the socket (there is none, or one left behind by a crash)."""


class Exchange(Protocol):
    """A connection to the running app, for one request and its answer."""

    def ask(self, message: bytes, timeout: float) -> bytes | None:
        """Send ``message`` and return the answer line (None if none came within
        ``timeout``); the connection is closed afterwards."""


class Ends(Protocol):
    """The lock, the client and the server, as :func:`claim` uses them."""

    def lock(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the lock; False if it cannot be had."""

    def unlock(self) -> None: ...

    def connect(self) -> Exchange:
        """Connect to the running app; :class:`NobodyListeningError` when no app listens."""

    def listen(self) -> bool:
        """Remove anything left on the socket's name and listen; False if that fails."""


class Outcome(Enum):
    PRIMARY = "primary"
    """This start is the app: it listens for later starts."""
    HANDED_OVER = "handed over"
    """The running app took the request; this start is over."""
    REFUSED = "refused"
    """The running app said no (another version, or an answer we cannot read)."""
    NOT_ANSWERING = "not answering"
    """An app holds the socket but does not answer."""
    ALONE = "alone"
    """The starts cannot be coordinated here; this one runs without the check."""


@dataclass(frozen=True)
class Claim:
    outcome: Outcome
    detail: str = ""
    """Why, for the diagnostics log or the message (empty for PRIMARY and HANDED_OVER)."""


def claim(
    ends: Ends,
    request: bytes,
    *,
    attempts: int = ATTEMPTS,
    lock_timeout: float = LOCK_TIMEOUT,
    answer_timeout: float = ANSWER_TIMEOUT,
) -> Claim:
    """Hand ``request`` to the running app, or become the app (see the module's steps).

    The lock is held only while deciding (connect, or listen); the answer is
    awaited without it, so a slow app holds up no other start.
    """
    for _ in range(attempts):
        if not ends.lock(lock_timeout):
            return Claim(Outcome.ALONE, f"the start-up lock was not had within {lock_timeout:g} s")
        try:
            exchange = ends.connect()
        except NobodyListeningError:
            if ends.listen():
                return Claim(Outcome.PRIMARY)
            return Claim(Outcome.ALONE, "cannot listen for later starts")
        finally:
            ends.unlock()
        line = exchange.ask(request, answer_timeout)
        if line is None:
            continue  # (an app quitting: by the next try it may be gone)
        try:
            answer = decode_answer(line)
        except MessageError as exc:
            return Claim(Outcome.REFUSED, f"its answer was not understood: {exc}")
        if not answer.ok:
            return Claim(Outcome.REFUSED, answer.error)
        return Claim(Outcome.HANDED_OVER)
    return Claim(Outcome.NOT_ANSWERING, f"it did not answer within {answer_timeout:g} s")
