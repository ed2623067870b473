"""Just enough of the D-Bus wire format to send a notification with exact types.

Why not QtDBus alone: from Python, PySide6 turns every integer into an
``int32`` (or, inside a QDBusArgument, a ``uint16``) and has no QVariant to
say otherwise, so ``Notify``'s ``replaces_id`` cannot be sent as the
``uint32`` the specification asks for; strict servers (GDBus-based ones such
as GNOME Shell's) refuse the call. This module writes and reads D-Bus
messages (little-endian, the types the notification interface uses) and
:class:`homestretch.ui.notify.WireBus` carries them over the session bus
socket, without blocking the GUI thread.

Values: ``s o g`` are str, ``y n q i u x t`` int, ``b`` bool, ``d`` float,
``a`` a list (or a dict for ``a{..}``), ``(..)`` a tuple, ``v`` a
:class:`Variant` when written (read back as its value).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Final

PROTOCOL_VERSION: Final = 1
MAX_MESSAGE_BYTES: Final = 1 << 20
"""A notification message is tiny; anything larger from the bus is refused."""

_FIXED: Final = {
    "y": ("B", 1),
    "b": ("I", 4),
    "n": ("h", 2),
    "q": ("H", 2),
    "i": ("i", 4),
    "u": ("I", 4),
    "x": ("q", 8),
    "t": ("Q", 8),
    "d": ("d", 8),
    "h": ("I", 4),
}
_ALIGN: Final = {**{code: size for code, (_, size) in _FIXED.items()}, "s": 4, "o": 4, "g": 1}
_ALIGN.update({"a": 4, "(": 8, "{": 8, "v": 1})


class MessageType(IntEnum):
    METHOD_CALL = 1
    METHOD_RETURN = 2
    ERROR = 3
    SIGNAL = 4


class HeaderField(IntEnum):
    PATH = 1
    INTERFACE = 2
    MEMBER = 3
    ERROR_NAME = 4
    REPLY_SERIAL = 5
    DESTINATION = 6
    SENDER = 7
    SIGNATURE = 8


NO_REPLY_EXPECTED: Final = 0x1


class WireError(ValueError):
    """Bytes that are not a D-Bus message this module can read."""


@dataclass(frozen=True)
class Variant:
    signature: str
    value: object


@dataclass
class Message:
    type: MessageType
    serial: int = 0
    path: str = ""
    interface: str = ""
    member: str = ""
    destination: str = ""
    sender: str = ""
    error_name: str = ""
    reply_serial: int = 0
    signature: str = ""
    body: list[Any] = field(default_factory=list)
    flags: int = 0


def split_signature(signature: str) -> list[str]:
    """``"susa{sv}"`` -> ``["s", "u", "s", "a{sv}"]``."""
    types: list[str] = []
    index = 0
    while index < len(signature):
        end = _single_end(signature, index)
        types.append(signature[index:end])
        index = end
    return types


def _single_end(signature: str, index: int) -> int:
    code = signature[index]
    if code == "a":
        return _single_end(signature, index + 1)
    if code in "({":
        close = ")" if code == "(" else "}"
        depth, at = 0, index
        while at < len(signature):
            if signature[at] == code:
                depth += 1
            elif signature[at] == close:
                depth -= 1
                if depth == 0:
                    return at + 1
            at += 1
        raise WireError(f"unbalanced signature {signature!r}")
    if code in _ALIGN:
        return index + 1
    raise WireError(f"unknown type {code!r} in signature {signature!r}")


class _Writer:
    def __init__(self) -> None:
        self.data = bytearray()

    def pad(self, alignment: int) -> None:
        self.data.extend(b"\0" * (-len(self.data) % alignment))

    def write(self, code: str, value: Any) -> None:
        head = code[0]
        self.pad(_ALIGN[head])
        if head in _FIXED:
            fmt, _ = _FIXED[head]
            self.data.extend(struct.pack("<" + fmt, int(value) if head == "b" else value))
        elif head in "so":
            raw = str(value).encode("utf-8")
            self.data.extend(struct.pack("<I", len(raw)) + raw + b"\0")
        elif head == "g":
            raw = str(value).encode("ascii")
            self.data.extend(bytes([len(raw)]) + raw + b"\0")
        elif head == "v":
            assert isinstance(value, Variant)
            self.write("g", value.signature)
            self.write(value.signature, value.value)
        elif head == "a":
            self._array(code[1:], value)
        elif head in "({":
            self.pad(8)
            for part, item in zip(split_signature(code[1:-1]), value, strict=True):
                self.write(part, item)

    def _array(self, element: str, value: Any) -> None:
        length_at = len(self.data)
        self.data.extend(b"\0\0\0\0")
        self.pad(_ALIGN[element[0]])
        start = len(self.data)
        items = value.items() if element.startswith("{") else value
        for item in items:
            self.write(element, item)
        struct.pack_into("<I", self.data, length_at, len(self.data) - start)


class _Reader:
    def __init__(self, data: bytes, offset: int = 0) -> None:
        self.data = data
        self.at = offset

    def align(self, alignment: int) -> None:
        self.at += -self.at % alignment
        if self.at > len(self.data):
            raise WireError("message ends early")

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise WireError("message ends early")
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk

    def read(self, code: str) -> Any:
        head = code[0]
        self.align(_ALIGN[head])
        if head in _FIXED:
            fmt, size = _FIXED[head]
            (value,) = struct.unpack("<" + fmt, self.take(size))
            return bool(value) if head == "b" else value
        if head in "so":
            (length,) = struct.unpack("<I", self.take(4))
            text = self.take(length + 1)[:-1]
            return text.decode("utf-8", errors="replace")
        if head == "g":
            length = self.take(1)[0]
            return self.take(length + 1)[:-1].decode("ascii", errors="replace")
        if head == "v":
            inner = self.read("g")
            parts = split_signature(inner)
            if len(parts) != 1:
                raise WireError(f"a variant of {inner!r}")
            return self.read(parts[0])
        if head == "a":
            (length,) = struct.unpack("<I", self.take(4))
            element = code[1:]
            self.align(_ALIGN[element[0]])
            end = self.at + length
            if end > len(self.data):
                raise WireError("array runs past the message")
            items = []
            while self.at < end:
                items.append(self.read(element))
            return dict(items) if element.startswith("{") else items
        if head in "({":
            self.align(8)
            return tuple(self.read(part) for part in split_signature(code[1:-1]))
        raise WireError(f"unknown type {code!r}")


def encode(message: Message, serial: int) -> bytes:
    """The bytes of ``message`` with ``serial``."""
    body = _Writer()
    for code, value in zip(split_signature(message.signature), message.body, strict=True):
        body.write(code, value)
    fields: list[tuple[int, Variant]] = []
    for name, kind, text in (
        (HeaderField.PATH, "o", message.path),
        (HeaderField.INTERFACE, "s", message.interface),
        (HeaderField.MEMBER, "s", message.member),
        (HeaderField.ERROR_NAME, "s", message.error_name),
        (HeaderField.DESTINATION, "s", message.destination),
        (HeaderField.SIGNATURE, "g", message.signature),
    ):
        if text:
            fields.append((int(name), Variant(kind, text)))
    if message.reply_serial:
        fields.append((int(HeaderField.REPLY_SERIAL), Variant("u", message.reply_serial)))
    header = _Writer()
    header.write("y", ord("l"))
    header.write("y", int(message.type))
    header.write("y", message.flags)
    header.write("y", PROTOCOL_VERSION)
    header.write("u", len(body.data))
    header.write("u", serial)
    header.write("a(yv)", fields)
    header.pad(8)
    return bytes(header.data + body.data)


def message_length(data: bytes) -> int | None:
    """The length of the message at the start of ``data``; None until 16 bytes are there."""
    if len(data) < 16:
        return None
    if data[0:1] != b"l":
        raise WireError("only little-endian messages are read")
    body_length, _serial, fields_length = struct.unpack_from("<III", data, 4)
    header = 16 + int(fields_length)
    total: int = header + (-header % 8) + int(body_length)
    if total > MAX_MESSAGE_BYTES:
        raise WireError(f"a message of {total} bytes")
    return total


def decode(data: bytes) -> Message:
    """One whole message (``len(data) == message_length(data)``).

    Raises:
        WireError: the bytes are not a message this module can read.
    """
    try:
        return _decode(data)
    except WireError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, struct.error, RecursionError) as exc:
        raise WireError(f"not a readable message ({exc})") from None


def _decode(data: bytes) -> Message:
    reader = _Reader(data)
    _endian, kind, flags, _version = reader.take(4)
    body_length, serial = struct.unpack("<II", reader.take(8))
    fields = reader.read("a(yv)")
    reader.align(8)
    values = dict(fields)
    try:
        message = Message(
            type=MessageType(kind),
            serial=serial,
            path=values.get(HeaderField.PATH, ""),
            interface=values.get(HeaderField.INTERFACE, ""),
            member=values.get(HeaderField.MEMBER, ""),
            destination=values.get(HeaderField.DESTINATION, ""),
            sender=values.get(HeaderField.SENDER, ""),
            error_name=values.get(HeaderField.ERROR_NAME, ""),
            reply_serial=values.get(HeaderField.REPLY_SERIAL, 0),
            signature=values.get(HeaderField.SIGNATURE, ""),
            flags=flags,
        )
    except ValueError as exc:
        raise WireError(str(exc)) from None
    body = _Reader(data[reader.at : reader.at + body_length])
    message.body = [body.read(code) for code in split_signature(message.signature)]
    return message
