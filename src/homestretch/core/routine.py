"""Routine files: the format, its loading and its validation.

A routine is a YAML file (format reference: ``docs/routine-format.md``). It is
read strictly: the YAML is composed into nodes with a safe loader and then
walked field by field, so that

* every problem carries the file, line and column where it stands;
* unknown keys are errors (a misspelt ``rpes: 10`` must not pass silently);
* duplicate keys are errors instead of the last one silently winning;
* YAML 1.1 surprises cannot sneak in: ``1:30`` is not read as 90, ``012`` is
  not read as 10, ``no`` in a text field stays the word "no" and numbers must
  be written plainly;
* nothing but plain mappings, lists and scalars is accepted (no tags, no
  objects), and files over :data:`MAX_FILE_BYTES` are refused unread.

The walker collects every problem it finds instead of stopping at the first,
so a physiotherapist fixing a file sees the whole list at once.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from homestretch.core.checkin import StopRule
from homestretch.core.files import FileProblem, FileReadError, Held, read_regular_file, size_words
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.lazy import lazy_import
from homestretch.core.phrases import DEFAULT_LANGUAGE, LANGUAGE_NAMES, supported, well_formed
from homestretch.core.routine_keys import (
    ID_PATTERN,
    KEYS,
    Key,
    Level,
    key,
    optional_names,
    required_names,
)
from homestretch.core.routine_keys import MAX_EXERCISES as MAX_EXERCISES
from homestretch.core.routine_keys import MAX_PHASES as MAX_PHASES
from homestretch.core.routine_keys import MAX_SECONDS as MAX_SECONDS
from homestretch.core.routine_keys import MAX_TEXT as MAX_TEXT
from homestretch.core.routine_keys import SCHEMA_VERSION as SCHEMA_VERSION
from homestretch.core.routine_keys import Position as Position
from homestretch.core.routine_keys import Side as Side
from homestretch.core.routine_keys import Sides as Sides

if TYPE_CHECKING:
    import yaml
else:
    yaml = lazy_import("yaml")  # PyYAML costs ~12 ms to import; only loading needs it

MAX_FILE_BYTES: Final = 1024 * 1024
"""The largest routine or figure file read."""
MAX_PICTURE_BYTES: Final = 20 * 1024 * 1024
"""The largest picture (SVG, PNG, JPEG) an exercise may show."""
MAX_NODES: Final = 200_000
PICTURE_SUFFIXES: Final = frozenset({".svg", ".png", ".jpg", ".jpeg"})
FIGURE_SUFFIXES: Final = frozenset({".yaml", ".yml"})
"""Pose-data figures drawn by Homestretch itself (see docs/figure-format.md)."""
_MAGIC: Final = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}
ASSETS_PREFIX: Final = "assets:"


@dataclass(frozen=True)
class KeySet:
    """The keys one mapping of a routine file may have, from the one table of keys
    (core/routine_keys.py)."""

    required: tuple[str, ...]
    optional: tuple[str, ...]

    @classmethod
    def of(cls, level: Level) -> KeySet:
        return cls(required=required_names(level), optional=optional_names(level))


ROUTINE_KEYS: Final = KeySet.of(Level.ROUTINE)
STOP_RULE_KEYS: Final = KeySet.of(Level.STOP_RULE)
EXERCISE_KEYS: Final = KeySet.of(Level.EXERCISE)
PHASE_KEYS: Final = KeySet.of(Level.PHASE)
WORK_KEYS: Final = KeySet.of(Level.WORK)
EXERCISE_TABLE: Final = KEYS[Level.EXERCISE]
BIDI_CONTROLS: Final = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Invisible characters that reorder the text around them (an override shows "abc" as "cba")."""
_REFUSED_FILES: Final = frozenset({FileProblem.NOT_REGULAR, FileProblem.TOO_LARGE})
"""A picture that is a pipe, a device or too large makes the routine unusable (not a
placeholder, as a missing or damaged picture does): such a file is no mistake to tolerate."""

_STANDARD_TAGS: Final = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "value", "merge")
)
_NULL_TAG: Final = "tag:yaml.org,2002:null"
_INT_RE: Final = re.compile(r"[0-9]+")
_NUMBER_RE: Final = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SEXAGESIMAL_RE: Final = re.compile(r"[0-9]+(?::[0-5]?[0-9])+(?:\.[0-9]*)?")
_ID_RE: Final = re.compile(ID_PATTERN)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine file, and where.

    ``line`` and ``column`` count from 1; :data:`WHOLE_FILE` (0) for both means
    the file as a whole (it is missing, a folder, too large, unreadable), and
    the message then names no place in it.
    """

    file: str
    line: int
    column: int
    message: str
    """In the interface language (made when the file is read)."""
    severity: Severity = Severity.ERROR
    key: str = field(default="", compare=False)
    """The key the problem is about when the place is its mapping's (a key missing,
    an exercise's id used twice); ``""`` otherwise."""
    at_key: bool = field(default=False, compare=False)
    """The place is a key itself (unknown or given twice), not its value."""
    missing_picture: str = field(default="", compare=False)
    """The picture reference, as written, of a picture that is not found."""

    def __str__(self) -> str:
        where = "" if self.line == WHOLE_FILE else f":{self.line}:{self.column}"
        place = f"{self.file}{where}"
        if self.severity is Severity.WARNING:
            text = translate("RoutineProblems", "{place}: warning: {message}")
            return text.format(place=place, message=self.message)
        return f"{place}: {self.message}"


WHOLE_FILE = 0
"""The line (and column) of a :class:`Problem` with the file as a whole, not a place in it."""


class RoutineError(Exception):
    """A routine file could not be loaded. ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.line, p.column)))
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Phase:
    """One timed part of a rep, e.g. "straighten" for 3 s, with an optional spoken cue."""

    name: str
    seconds: float
    say: str | None = None


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    position: Position
    summary: str
    steps: tuple[str, ...]
    phases: tuple[Phase, ...]
    reps: int = 1
    sets: int = 1
    timed: bool = False
    """True for plain timed work (``work: {seconds: 60}``) rather than reps of phases."""
    sides: Sides = Sides.NONE
    first_side: Side = Side.RIGHT
    cautions: tuple[str, ...] = ()
    illustration: Path | None = None
    rest_between_reps: float = 0.0
    rest_between_sides: float = 3.0
    rest_between_sets: float = 30.0
    rest_after: float | None = None
    """Rest after this exercise; ``None`` means the routine's ``rest_between_exercises``."""
    prepare_seconds: float | None = None
    """Time to get into position; ``None`` means the routine's ``prepare_seconds``."""
    line: int = 0

    @property
    def one_sided(self) -> bool:
        return self.sides in (Sides.ALTERNATING, Sides.EACH)

    @property
    def side_order(self) -> tuple[Side | None, ...]:
        if self.one_sided:
            return (self.first_side, self.first_side.other)
        return (None,)


@dataclass(frozen=True)
class Routine:
    name: str
    exercises: tuple[Exercise, ...]
    description: str = ""
    sessions_per_week: int = 7
    prepare_seconds: float = 10.0
    rest_between_exercises: float = 20.0
    schema: int = SCHEMA_VERSION
    stop_rule: StopRule | None = None
    language: str = DEFAULT_LANGUAGE
    """The BCP 47 tag the routine is written in (what the session says is in it)."""
    source: Path | None = None
    sha256: str = ""
    warnings: tuple[Problem, ...] = field(default=(), compare=False)

    def exercise_rest(self, exercise: Exercise) -> float:
        return self.rest_between_exercises if exercise.rest_after is None else exercise.rest_after

    def exercise_prepare(self, exercise: Exercise) -> float:
        if exercise.prepare_seconds is None:
            return self.prepare_seconds
        return exercise.prepare_seconds

    def snapshot(self) -> dict[str, Any]:
        """The dosage as plain data, stored with each logged session."""
        return {
            "schema": self.schema,
            "name": self.name,
            "language": self.language,
            "source": str(self.source) if self.source else None,
            "sha256": self.sha256,
            "sessions_per_week": self.sessions_per_week,
            "prepare_seconds": self.prepare_seconds,
            "rest_between_exercises": self.rest_between_exercises,
            "stop_rule": (
                {
                    "pain_rise": self.stop_rule.pain_rise,
                    "pain_at_least": self.stop_rule.pain_at_least,
                }
                if self.stop_rule
                else None
            ),
            "exercises": [
                {
                    "id": e.id,
                    "name": e.name,
                    "sides": str(e.sides),
                    "first_side": str(e.first_side) if e.one_sided else None,
                    "sets": e.sets,
                    "reps": e.reps,
                    "timed": e.timed,
                    "phases": [{"name": p.name, "seconds": p.seconds} for p in e.phases],
                    "rest_between_reps": e.rest_between_reps,
                    "rest_between_sides": e.rest_between_sides if e.one_sided else None,
                    "rest_between_sets": e.rest_between_sets,
                    "rest_after": self.exercise_rest(e),
                    "prepare_seconds": self.exercise_prepare(e),
                }
                for e in self.exercises
            ],
        }


# --------------------------------------------------------------------------- loading


def load_routine(path: str | Path, *, assets_dir: Path | None = None) -> Routine:
    """Read and validate a routine file.

    Args:
        path: the YAML file.
        assets_dir: where ``assets:`` illustration references point; the bundled
            assets when omitted.

    Returns:
        The routine. Problems that do not stop a session (a missing picture)
        are in ``routine.warnings``.

    Raises:
        RoutineError: the file cannot be used; every problem found is listed.
    """
    path = Path(path)
    data = read_routine_file(path)
    if assets_dir is None:
        from homestretch.core.paths import ASSETS_DIR

        assets_dir = ASSETS_DIR
    routine = parse_routine(data, label=str(path), base_dir=path.parent, assets_dir=assets_dir)
    return replace(routine, source=path.resolve())


def read_routine_file(path: Path) -> bytes:
    """The bytes of a routine file (a regular file of at most :data:`MAX_FILE_BYTES`).

    Raises:
        RoutineError: the file is missing, not a regular file, too large or unreadable.
    """
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileReadError as exc:
        raise RoutineError([Problem(str(path), WHOLE_FILE, WHOLE_FILE, exc.reason)]) from None


def parse_routine(
    data: bytes | str,
    *,
    label: str,
    base_dir: Path,
    assets_dir: Path,
    picture_names: Mapping[str, str] | None = None,
) -> Routine:
    """Validate routine text. ``label`` names the file in messages, and ``picture_names``
    pictures (by their reference in the file; each named as written when not in it)."""
    text, raw = _decode(data, label)
    _check_nesting(text, label)
    try:
        root = yaml.compose(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(part for part in (exc.context, exc.problem) if part)
        raise RoutineError([Problem(label, line, column, not_yaml(reason))]) from None
    except yaml.reader.ReaderError as exc:
        line, column = _line_column(text, exc.position)
        if isinstance(exc.character, int):
            message = translate(
                "RoutineProblems", "not valid YAML: the character {code} here is not allowed"
            ).format(code=f"U+{exc.character:04X}")
        else:
            message = translate("RoutineProblems", "not valid YAML: the byte here is not allowed")
        raise RoutineError([Problem(label, line, column, message)]) from None
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        raise RoutineError([Problem(label, 1, 1, not_yaml(reason))]) from None
    except RecursionError:
        message = translate("RoutineProblems", "the file is nested too deeply")
        raise RoutineError([Problem(label, 1, 1, message)]) from None
    if root is None:
        raise RoutineError([Problem(label, 1, 1, empty_file())])
    reader = YamlReader(label, base_dir.resolve(), assets_dir.resolve(), picture_names)
    routine = reader.routine(root)
    errors = [p for p in reader.problems if p.severity is Severity.ERROR]
    if errors or routine is None:
        raise RoutineError(reader.problems or [Problem(label, 1, 1, invalid_routine())])
    _check_session_size(routine, label)
    return Routine(
        name=routine.name,
        exercises=routine.exercises,
        description=routine.description,
        sessions_per_week=routine.sessions_per_week,
        prepare_seconds=routine.prepare_seconds,
        rest_between_exercises=routine.rest_between_exercises,
        schema=routine.schema,
        stop_rule=routine.stop_rule,
        language=routine.language,
        sha256=_sha256(raw),
        warnings=tuple(sorted(reader.problems, key=lambda p: (p.line, p.column))),
    )


def not_yaml(reason: str) -> str:
    """The message for text PyYAML cannot read; ``reason`` is PyYAML's own (English)."""
    return translate("RoutineProblems", "not valid YAML: {reason}").format(reason=reason)


def empty_file() -> str:
    return translate("RoutineProblems", "the file is empty")


def invalid_routine() -> str:
    return translate("RoutineProblems", "invalid routine")


_SVG_HREF: Final = re.compile(rb"""\bhref\s*=\s*(["'])(.*?)\1""", re.DOTALL)
_SVG_DECLARATION: Final = re.compile(rb"<!\s*(ENTITY|ATTLIST)", re.IGNORECASE)


class SvgOutside(StrEnum):
    """What in an SVG would make Qt read another file."""

    DECLARATION = "declaration"
    LINK = "link"


def svg_outside_reference(data: bytes) -> tuple[SvgOutside, str] | None:
    """Why an SVG would make Qt read another file (what, and the declaration's kind
    or the link's target), or ``None`` if it holds all it shows.

    Qt draws an ``<image href="...">`` by reading that file on the spot, however
    long it takes: a named pipe would hang the window, ``/dev/zero`` fill the
    memory. So every link must point inside the SVG (``#id``) or carry its
    data (``data:``). Entity and attribute declarations are refused too, since
    they could build such a link out of pieces the check cannot see.
    """
    declaration = _SVG_DECLARATION.search(data)
    if declaration is not None:
        return SvgOutside.DECLARATION, declaration.group(1).decode().upper()
    for match in _SVG_HREF.finditer(data):
        target = match.group(2).strip()
        if not target.startswith((b"#", b"data:")):
            return SvgOutside.LINK, target.decode("utf-8", errors="replace")[:60]
    return None


def _check_session_size(routine: Routine, label: str) -> None:
    """Refuse a routine whose session is too long, measured without building its timeline."""
    from homestretch.core.timeline import (
        MAX_SEGMENTS,
        MAX_SESSION_SECONDS,
        exercise_size,
        session_size,
    )

    size = session_size(routine)
    if size.within_bounds:
        return
    sizes = [exercise_size(routine, k) for k in range(len(routine.exercises))]
    if size.segments > MAX_SEGMENTS:
        biggest = max(range(len(sizes)), key=lambda k: sizes[k].segments)
    else:
        biggest = max(range(len(sizes)), key=lambda k: sizes[k].seconds)
    exercise = routine.exercises[biggest]
    message = translate(
        "RoutineProblems",
        "this session would take {length}; a session may take at most {hours} hours and "
        "{steps} steps; the largest exercise, '{id}', takes {exercise_length}",
    ).format(
        length=size.describe(),
        hours=f"{MAX_SESSION_SECONDS / 3600:g}",
        steps=f"{MAX_SEGMENTS:,}",
        id=exercise.id,
        exercise_length=sizes[biggest].describe(),
    )
    raise RoutineError([Problem(label, exercise.line or 1, 1, message)])


MAX_DEPTH: Final = 64
_BRACKETS: Final = re.compile(r"[^\[\]{}]+")
"""Lists and mappings inside each other deeper than this are refused before composing."""


def _sha256(raw: bytes) -> str:
    import hashlib

    return hashlib.sha256(raw).hexdigest()


def _decode(data: bytes | str, label: str) -> tuple[str, bytes]:
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as exc:
            line, column = _line_column(data, exc.start)
            message = translate(
                "RoutineProblems", "this text contains a character that is not valid"
            )
            raise RoutineError([Problem(label, line, column, message)]) from None
    else:
        raw = data
    if len(raw) > MAX_FILE_BYTES:
        too_large = translate("FileProblems", "is larger than {size}").format(
            size=size_words(MAX_FILE_BYTES)
        )
        raise RoutineError([Problem(label, WHOLE_FILE, WHOLE_FILE, too_large)])
    if isinstance(data, str):
        return data, raw
    try:
        return raw.decode("utf-8"), raw
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw.count(b"\n", 0, exc.start) + 1
        column = len(raw[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        message = translate("RoutineProblems", "not valid UTF-8 text; save the file as UTF-8")
        raise RoutineError([Problem(label, line, column, message)]) from None


def _line_column(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


def _check_nesting(text: str, label: str) -> None:
    """Refuse absurd nesting before the (recursive) composer sees it."""
    # Block nesting needs ever deeper indentation, so within 1 MiB only flow
    # brackets can nest deep enough to matter. A rough count first (quotes
    # ignored); the exact check runs only when that count looks deep.
    rough = 0
    for char in _BRACKETS.sub("", text):
        rough = rough + 1 if char in "[{" else rough - 1
        if rough > MAX_DEPTH:
            break
    else:
        return
    depth = 0
    try:
        # The pure-Python parser: libyaml (PyYAML 6.0.4 and newer) scans a whole
        # flow collection ahead and stops at its own limit of 1000 levels without
        # saying where the 65th level began.
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    message = translate(
                        "RoutineProblems", "lists and mappings are nested more than {depth} deep"
                    ).format(depth=MAX_DEPTH)
                    raise RoutineError([Problem(label, line, column, message)])
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return  # composing reports syntax errors with their place


@functools.cache
def _loader() -> type[yaml.SafeLoader]:
    """The safe loader used for composing only; :class:`YamlReader` reads the values."""
    base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return type("_Loader", (base,), {})


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _plain(node: yaml.Node) -> bool:
    """True for an unquoted scalar (libyaml spells that style '', PyYAML None)."""
    return not getattr(node, "style", None)


_T = TypeVar("_T")
_Fields = Mapping[str, "yaml.Node"]


@dataclass(frozen=True)
class _MappingWords:
    """The sentences said of one kind of mapping (each marked for translation whole)."""

    not_mapping: str
    plain_keys: str
    unknown: str
    unknown_hint: str
    needs: str


def _words(
    not_mapping: str, plain_keys: str, unknown: str, unknown_hint: str, needs: str
) -> _MappingWords:
    return _MappingWords(not_mapping, plain_keys, unknown, unknown_hint, needs)


_MAPPINGS: Final = {
    "the routine": _words(
        QT_TRANSLATE_NOOP("RoutineProblems", "the routine must be a mapping of 'key: value' lines"),
        QT_TRANSLATE_NOOP("RoutineProblems", "keys in the routine must be plain words"),
        QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in the routine"),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "unknown key '{key}' in the routine; did you mean '{hint}'?"
        ),
        QT_TRANSLATE_NOOP("RoutineProblems", "the routine needs '{key}'"),
    ),
    "an exercise": _words(
        QT_TRANSLATE_NOOP("RoutineProblems", "an exercise must be a mapping of 'key: value' lines"),
        QT_TRANSLATE_NOOP("RoutineProblems", "keys in an exercise must be plain words"),
        QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in an exercise"),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "unknown key '{key}' in an exercise; did you mean '{hint}'?"
        ),
        QT_TRANSLATE_NOOP("RoutineProblems", "an exercise needs '{key}'"),
    ),
    "a phase": _words(
        QT_TRANSLATE_NOOP("RoutineProblems", "a phase must be a mapping of 'key: value' lines"),
        QT_TRANSLATE_NOOP("RoutineProblems", "keys in a phase must be plain words"),
        QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in a phase"),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "unknown key '{key}' in a phase; did you mean '{hint}'?"
        ),
        QT_TRANSLATE_NOOP("RoutineProblems", "a phase needs '{key}'"),
    ),
    "the figure": _words(
        QT_TRANSLATE_NOOP("RoutineProblems", "the figure must be a mapping of 'key: value' lines"),
        QT_TRANSLATE_NOOP("RoutineProblems", "keys in the figure must be plain words"),
        QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in the figure"),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "unknown key '{key}' in the figure; did you mean '{hint}'?"
        ),
        QT_TRANSLATE_NOOP("RoutineProblems", "the figure needs '{key}'"),
    ),
    "a pose": _words(
        QT_TRANSLATE_NOOP("RoutineProblems", "a pose must be a mapping of 'key: value' lines"),
        QT_TRANSLATE_NOOP("RoutineProblems", "keys in a pose must be plain words"),
        QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in a pose"),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "unknown key '{key}' in a pose; did you mean '{hint}'?"
        ),
        QT_TRANSLATE_NOOP("RoutineProblems", "a pose needs '{key}'"),
    ),
}
"""What is said of a mapping by its kind (the ``what`` of :meth:`YamlReader.mapping`)."""
_KEYED_MAPPING: Final = _words(
    QT_TRANSLATE_NOOP("RoutineProblems", "'{name}' must be a mapping of 'key: value' lines"),
    QT_TRANSLATE_NOOP("RoutineProblems", "keys in '{name}' must be plain words"),
    QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in '{name}'"),
    QT_TRANSLATE_NOOP("RoutineProblems", "unknown key '{key}' in '{name}'; did you mean '{hint}'?"),
    QT_TRANSLATE_NOOP("RoutineProblems", "'{name}' needs '{key}'"),
)
"""What is said of a mapping that is a key's value (``what`` is the key in quotes)."""


class NumberKind(StrEnum):
    """What a number in a file stands for (its messages say so, with an example)."""

    WHOLE = "whole"
    SECONDS = "seconds"
    ANGLE = "angle"
    PLAIN = "plain"
    """Any number; the caller gives the example."""


@dataclass(frozen=True)
class _NumberWords:
    quoted: str
    base_60: str
    not_number: str


_NUMBERS: Final = {
    NumberKind.WHOLE: _NumberWords(
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be a whole number without quotes, such as 8"
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}: {raw}' is ambiguous (YAML reads it as base-60); "
            "write a whole number such as 8",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be a whole number such as 8, not '{raw}'"
        ),
    ),
    NumberKind.SECONDS: _NumberWords(
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}' must be a number of seconds without quotes, such as 5 or 2.5",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}: {raw}' is ambiguous (YAML reads it as base-60); "
            "write a number of seconds such as 5 or 2.5",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be a number of seconds such as 5 or 2.5, not '{raw}'"
        ),
    ),
    NumberKind.ANGLE: _NumberWords(
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}' must be an angle in degrees without quotes, such as 90 or -45",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}: {raw}' is ambiguous (YAML reads it as base-60); "
            "write an angle in degrees such as 90 or -45",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be an angle in degrees such as 90 or -45, not '{raw}'"
        ),
    ),
    NumberKind.PLAIN: _NumberWords(
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be a number without quotes, such as {example}"
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems",
            "'{key}: {raw}' is ambiguous (YAML reads it as base-60); "
            "write a number such as {example}",
        ),
        QT_TRANSLATE_NOOP(
            "RoutineProblems", "'{key}' must be a number such as {example}, not '{raw}'"
        ),
    ),
}


class YamlReader:
    """Walks composed YAML nodes, building the routine and collecting problems."""

    def __init__(
        self,
        label: str,
        base_dir: Path,
        assets_dir: Path,
        picture_names: Mapping[str, str] | None = None,
    ) -> None:
        self.label = label
        self.base_dir = base_dir
        self.assets_dir = assets_dir
        self.picture_names = picture_names or {}
        self.problems: list[Problem] = []
        self.nodes = 0

    # -- problems

    def error(
        self,
        node: yaml.Node,
        message: str,
        severity: Severity = Severity.ERROR,
        *,
        key: str = "",
        at_key: bool = False,
        missing_picture: str = "",
    ) -> None:
        """Record ``message`` (already in the interface language) at ``node``."""
        mark = node.start_mark
        self.problems.append(
            Problem(
                self.label,
                mark.line + 1,
                mark.column + 1,
                message,
                severity,
                key=key,
                at_key=at_key,
                missing_picture=missing_picture,
            )
        )

    # -- generic shapes

    def visit(self, node: yaml.Node) -> bool:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            if self.nodes == MAX_NODES + 1:
                self.error(
                    node,
                    translate(
                        "RoutineProblems",
                        "the file is too large or too deeply repeated to be a routine",
                    ),
                )
            return False
        if node.tag not in _STANDARD_TAGS:
            message = translate(
                "RoutineProblems", "YAML tags such as {tag} are not allowed in a routine"
            )
            self.error(node, message.format(tag=node.tag))
            return False
        return True

    def mapping(
        self, node: yaml.Node, what: str, required: Sequence[str], optional: Sequence[str]
    ) -> dict[str, yaml.Node] | None:
        if not self.visit(node):
            return None
        words = _MAPPINGS.get(what, _KEYED_MAPPING)
        name = what.strip("'")  # (a key's value: its name, in quotes in the template)
        if not isinstance(node, yaml.MappingNode):
            self.error(node, translate("RoutineProblems", words.not_mapping).format(name=name))
            return None
        allowed = (*required, *optional)
        fields: dict[str, yaml.Node] = {}
        key_nodes: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not _plain(key_node):
                message = translate("RoutineProblems", words.plain_keys).format(name=name)
                self.error(key_node, message)
                continue
            key = key_node.value
            if key in key_nodes:
                first = key_nodes[key].start_mark.line + 1
                message = translate(
                    "RoutineProblems", "duplicate key '{key}' (first given on line {line})"
                ).format(key=key, line=first)
                self.error(key_node, message, key=key, at_key=True)
                continue
            key_nodes[key] = key_node
            if key not in allowed:
                import difflib

                hint = difflib.get_close_matches(key, allowed, n=1)
                template = words.unknown_hint if hint else words.unknown
                message = translate("RoutineProblems", template).format(
                    key=key, name=name, hint=hint[0] if hint else ""
                )
                self.error(key_node, message, key=key, at_key=True)
                continue
            fields[key] = value_node
        for key in required:
            if key not in key_nodes:
                message = translate("RoutineProblems", words.needs).format(key=key, name=name)
                self.error(node, message, key=key)
        return fields

    def sequence(self, node: yaml.Node, what: str) -> list[yaml.Node] | None:
        if not self.visit(node):
            return None
        if not isinstance(node, yaml.SequenceNode):
            message = translate(
                "RoutineProblems", "'{key}' must be a list, one item per line starting with '- '"
            )
            self.error(node, message.format(key=what))
            return None
        return list(node.value)

    def scalar(self, node: yaml.Node, what: str, *, item: bool = False) -> yaml.ScalarNode | None:
        """A single value; ``item``: an item of the list ``what``."""
        if not self.visit(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            if item:
                message = translate("RoutineProblems", "'{key} item' must be a single value")
            else:
                message = translate("RoutineProblems", "'{key}' must be a single value")
            self.error(node, message.format(key=what))
            return None
        if node.tag == _NULL_TAG and _plain(node):
            if item:
                message = translate("RoutineProblems", "'{key} item' has no value")
            else:
                message = translate("RoutineProblems", "'{key}' has no value")
            self.error(node, message.format(key=what))
            return None
        return node

    def text(
        self, node: yaml.Node, what: str, max_len: int = MAX_TEXT, *, item: bool = False
    ) -> str | None:
        """A text of at most ``max_len`` characters; ``item``: an item of the list ``what``."""
        scalar = self.scalar(node, what, item=item)
        if scalar is None:
            return None
        # The raw text as written: ``no`` stays "no", ``1:30`` stays "1:30".
        value = " ".join(str(scalar.value).split())
        if not value:
            if item:
                message = translate("RoutineProblems", "'{key} item' is empty")
            else:
                message = translate("RoutineProblems", "'{key}' is empty")
            self.error(node, message.format(key=what))
            return None
        if len(value) > max_len:
            if item:
                message = translate(
                    "RoutineProblems", "'{key} item' is longer than {max} characters"
                )
            else:
                message = translate("RoutineProblems", "'{key}' is longer than {max} characters")
            self.error(node, message.format(key=what, max=max_len))
            return None
        for char in value:
            if char in BIDI_CONTROLS:
                if item:
                    message = translate(
                        "RoutineProblems",
                        "'{key} item' contains an invisible character that changes the "
                        "direction of text ({code}); remove it",
                    )
                else:
                    message = translate(
                        "RoutineProblems",
                        "'{key}' contains an invisible character that changes the direction "
                        "of text ({code}); remove it",
                    )
            elif unicodedata.category(char) == "Cc":
                if item:
                    message = translate(
                        "RoutineProblems",
                        "'{key} item' contains a control character ({code}); remove it",
                    )
                else:
                    message = translate(
                        "RoutineProblems",
                        "'{key}' contains a control character ({code}); remove it",
                    )
            else:
                continue
            name = unicodedata.name(char, "")
            code = f"U+{ord(char):04X}" + (f" {name}" if name else "")
            self.error(node, message.format(key=what, code=code))
            return None
        return value

    def number(
        self,
        node: yaml.Node,
        what: str,
        *,
        low: float,
        high: float,
        integer: bool = False,
        low_inclusive: bool = True,
        signed: bool = False,
        kind: NumberKind | None = None,
        example: str = "",
    ) -> float | None:
        """A number from ``low`` to ``high``; ``kind`` says what it stands for (a whole
        number or seconds by default), ``example`` one for :attr:`NumberKind.PLAIN`."""
        scalar = self.scalar(node, what)
        if scalar is None:
            return None
        raw = str(scalar.value).strip()
        kind = kind or (NumberKind.WHOLE if integer else NumberKind.SECONDS)
        words = _NUMBERS[kind]
        if not _plain(scalar):
            message = translate("RoutineProblems", words.quoted)
            self.error(node, message.format(key=what, example=example))
            return None
        if _SEXAGESIMAL_RE.fullmatch(raw):
            message = translate("RoutineProblems", words.base_60)
            self.error(node, message.format(key=what, raw=raw, example=example))
            return None
        pattern = _INT_RE if integer else _NUMBER_RE
        body = raw[1:] if signed and raw.startswith("-") else raw
        if not pattern.fullmatch(body):
            message = translate("RoutineProblems", words.not_number)
            self.error(node, message.format(key=what, raw=raw, example=example))
            return None
        if len(body) > 1 and body.startswith("0") and not body.startswith("0."):
            message = translate(
                "RoutineProblems",
                "'{key}: {raw}' has a leading zero (YAML may read it as octal); write it without",
            )
            self.error(node, message.format(key=what, raw=raw))
            return None
        value = float(body) * (-1 if body is not raw else 1)
        too_low = value < low if low_inclusive else value <= low
        if too_low or value > high:
            if low_inclusive:
                message = translate(
                    "RoutineProblems", "'{key}' must be from {low} to {high}, not {raw}"
                )
            else:
                message = translate(
                    "RoutineProblems", "'{key}' must be from more than {low} to {high}, not {raw}"
                )
            self.error(node, message.format(key=what, low=_num(low), high=_num(high), raw=raw))
            return None
        return value

    def integer(self, node: yaml.Node, what: str, low: int, high: int) -> int | None:
        value = self.number(node, what, low=low, high=high, integer=True)
        return None if value is None else int(value)

    def count_of(self, k: Key) -> Callable[[yaml.Node, str], int | None]:
        """Reads the whole number key ``k`` within its range."""
        low, high = k.bounds
        return lambda n, w: self.integer(n, w, int(low), int(high))

    def duration_of(self, k: Key) -> Callable[[yaml.Node, str], float | None]:
        """Reads the duration key ``k`` within its range."""
        low, high = k.bounds
        return lambda n, w: self.number(n, w, low=low, high=high, low_inclusive=k.low_inclusive)

    def texts_of(self, k: Key) -> Callable[[yaml.Node, str], tuple[str, ...] | None]:
        """Reads the list of texts key ``k``, each item up to its length."""
        return lambda n, w: self.texts(n, w, k.max_length or MAX_TEXT)

    def text_of(self, k: Key) -> Callable[[yaml.Node, str], str | None]:
        """Reads the text key ``k`` up to its length."""
        return lambda n, w: self.text(n, w, k.max_length or MAX_TEXT)

    def choice(self, node: yaml.Node, what: str, enum: type[_T]) -> _T | None:
        scalar = self.scalar(node, what)
        if scalar is None:
            return None
        raw = str(scalar.value).strip()
        options = [str(member) for member in enum]  # type: ignore[attr-defined]
        if not _plain(scalar) and raw in options:
            message = translate(
                "RoutineProblems", "'{key}' must be written without quotes: {key}: {raw}"
            )
            self.error(node, message.format(key=what, raw=raw))
            return None
        if not _plain(scalar) or raw not in options:
            message = translate("RoutineProblems", "'{key}' must be one of: {options}; not '{raw}'")
            self.error(node, message.format(key=what, options=", ".join(options), raw=raw))
            return None
        return enum(raw)  # type: ignore[call-arg]

    def texts(self, node: yaml.Node, what: str, max_len: int = MAX_TEXT) -> tuple[str, ...] | None:
        items = self.sequence(node, what)
        if items is None:
            return None
        values = [self.text(item, what, max_len, item=True) for item in items]
        if any(v is None for v in values):
            return None
        return tuple(v for v in values if v is not None)

    def optional(
        self, fields: _Fields, key: str, read: Callable[[yaml.Node, str], _T | None], default: _T
    ) -> _T | None:
        node = fields.get(key)
        if node is None:
            return default
        return read(node, key)

    # -- the routine

    def routine(self, root: yaml.Node) -> Routine | None:
        fields = self.mapping(root, "the routine", ROUTINE_KEYS.required, ROUTINE_KEYS.optional)
        if fields is None:
            return None
        schema_node = fields.get("schema")
        if schema_node is None:
            return None
        # Read beyond the formats known, to say that the file is newer.
        schema = self.integer(
            schema_node, "schema", int(key(Level.ROUTINE, "schema").bounds[0]), 1_000_000
        )
        if schema is None:
            return None
        if schema > SCHEMA_VERSION:
            # Other complaints (new keys...) would only mislead: the format is newer.
            self.problems.clear()
            message = translate(
                "RoutineProblems",
                "this routine uses format {schema}; this version of Homestretch reads "
                "format {version}. Update Homestretch to open it",
            )
            self.error(schema_node, message.format(schema=schema, version=SCHEMA_VERSION))
            return None
        level = Level.ROUTINE
        name = self.optional(fields, "name", self.text_of(key(level, "name")), None)
        described = key(level, "description")
        description = self.optional(fields, "description", self.text_of(described), "")
        per_week_key = key(level, "sessions_per_week")
        per_week = self.optional(
            fields, per_week_key.name, self.count_of(per_week_key), per_week_key.int_default
        )
        prepare_key = key(level, "prepare_seconds")
        prepare = self.optional(
            fields, prepare_key.name, self.duration_of(prepare_key), prepare_key.float_default
        )
        rest_key = key(level, "rest_between_exercises")
        rest = self.optional(
            fields, rest_key.name, self.duration_of(rest_key), rest_key.float_default
        )
        exercises = self.exercises(fields["exercises"]) if "exercises" in fields else None
        stop_rule = self.stop_rule(fields["stop_rule"], schema) if "stop_rule" in fields else None
        language = self.language(fields["language"], schema) if "language" in fields else None
        if "language" not in fields:
            language = key(level, "language").str_default
        if None in (name, description, per_week, prepare, rest, exercises, language):
            return None
        assert name is not None and description is not None and per_week is not None
        assert prepare is not None and rest is not None and exercises is not None
        assert language is not None
        return Routine(
            name=name,
            exercises=exercises,
            description=description,
            sessions_per_week=per_week,
            prepare_seconds=prepare,
            rest_between_exercises=rest,
            schema=schema,
            stop_rule=stop_rule,
            language=language,
        )

    def language(self, node: yaml.Node, schema: int) -> str | None:
        """The ``language`` tag: well formed, else an error; one without phrases, a warning."""
        since = key(Level.ROUTINE, "language").since
        if schema < since:
            self.error(node, _needs_schema("language", since))
            return None
        tag = self.text(node, "language", key(Level.ROUTINE, "language").max_length or MAX_TEXT)
        if tag is None:
            return None
        if not well_formed(tag):
            message = translate(
                "RoutineProblems",
                "'language: {tag}' is not a language tag; write one such as {tags}",
            )
            self.error(node, message.format(tag=tag, tags=", ".join(LANGUAGE_NAMES)))
            return None
        if supported(tag) is None:
            message = translate(
                "RoutineProblems",
                "Homestretch has no words in the language '{tag}' yet, so what it says "
                "during the session will be in English (it speaks {languages})",
            )
            languages = translate("RoutineProblems", ", ", "between the items of a list").join(
                translate("Languages", name) for name in LANGUAGE_NAMES.values()
            )
            self.error(node, message.format(tag=tag, languages=languages), Severity.WARNING)
        return tag

    def stop_rule(self, node: yaml.Node, schema: int) -> StopRule | None:
        since = key(Level.ROUTINE, "stop_rule").since
        if schema < since:
            self.error(node, _needs_schema("stop_rule", since))
            return None
        fields = self.mapping(node, "'stop_rule'", STOP_RULE_KEYS.required, STOP_RULE_KEYS.optional)
        if fields is None:
            return None
        if not fields:
            self.error(
                node,
                translate(
                    "RoutineProblems", "'stop_rule' needs 'pain_rise', 'pain_at_least' or both"
                ),
            )
            return None
        rise_key, limit_key = (
            key(Level.STOP_RULE, "pain_rise"),
            key(Level.STOP_RULE, "pain_at_least"),
        )
        rise = self.optional(fields, rise_key.name, self.count_of(rise_key), None)
        limit = self.optional(fields, limit_key.name, self.count_of(limit_key), None)
        return StopRule(pain_rise=rise, pain_at_least=limit)

    def exercises(self, node: yaml.Node) -> tuple[Exercise, ...] | None:
        items = self.sequence(node, "exercises")
        if items is None:
            return None
        if not items:
            self.error(node, translate("RoutineProblems", "a routine needs at least one exercise"))
            return None
        if len(items) > MAX_EXERCISES:
            message = translate("RoutineProblems", "a routine may have at most {max} exercises")
            self.error(node, message.format(max=MAX_EXERCISES))
            return None
        result: list[Exercise] = []
        seen: dict[str, int] = {}
        ok = True
        for item in items:
            exercise = self.exercise(item)
            if exercise is None:
                ok = False
                continue
            if exercise.id in seen:
                message = translate(
                    "RoutineProblems", "exercise id '{id}' is used twice (first on line {line})"
                )
                self.error(item, message.format(id=exercise.id, line=seen[exercise.id]), key="id")
                ok = False
            seen.setdefault(exercise.id, exercise.line)
            result.append(exercise)
        return tuple(result) if ok else None

    def exercise(self, node: yaml.Node) -> Exercise | None:
        fields = self.mapping(node, "an exercise", EXERCISE_KEYS.required, EXERCISE_KEYS.optional)
        if fields is None:
            return None
        problems_before = len(self.problems)
        ex_id = self.optional(fields, "id", self.exercise_id, None)
        level = Level.EXERCISE
        name = self.optional(fields, "name", self.text_of(key(level, "name")), None)
        position = self.optional(fields, "position", lambda n, w: self.choice(n, w, Position), None)
        summary = self.optional(fields, "summary", self.text_of(key(level, "summary")), None)
        steps = self.optional(fields, "steps", self.texts_of(key(level, "steps")), None)
        if "steps" in fields and steps == ():
            self.error(
                fields["steps"], translate("RoutineProblems", "'steps' needs at least one step")
            )
        no_cautions: tuple[str, ...] = ()
        cautions = self.optional(
            fields, "cautions", self.texts_of(key(level, "cautions")), no_cautions
        )
        illustration = self.optional(fields, "illustration", self.illustration, None)
        sides_key, first_key = key(level, "sides"), key(level, "first_side")
        sides = self.optional(
            fields, "sides", lambda n, w: self.choice(n, w, Sides), Sides(str(sides_key.default))
        )
        first_side = self.optional(
            fields, "first_side", lambda n, w: self.choice(n, w, Side), Side(str(first_key.default))
        )
        sets_key = key(level, "sets")
        sets = self.optional(fields, "sets", self.count_of(sets_key), sets_key.int_default)
        rest_reps, rest_sides, rest_sets = (
            self.optional(fields, k.name, self.duration_of(k), k.float_default)
            for k in (
                key(level, "rest_between_reps"),
                key(level, "rest_between_sides"),
                key(level, "rest_between_sets"),
            )
        )
        rest_after_key, prepare_key = key(level, "rest_after"), key(level, "prepare_seconds")
        rest_after = self.optional(fields, "rest_after", self.duration_of(rest_after_key), None)
        prepare = self.optional(fields, "prepare_seconds", self.duration_of(prepare_key), None)

        chosen = {"sides": sides}  # the choices that allow or refuse other keys
        for k in EXERCISE_TABLE:
            if k.only_with is None or not k.only_with[1] or k.name not in fields:
                continue
            other, only_values = k.only_with
            value = chosen[other]
            if value is not None and str(value) not in only_values:
                self.error(fields[k.name], _applies_only(k.name, other, only_values))

        phases: tuple[Phase, ...] | None = None
        reps: int | None = key(level, "reps").int_default
        timed = False
        if ("phases" in fields) == ("work" in fields):
            message = translate(
                "RoutineProblems",
                "an exercise needs either 'phases' (with 'reps') or 'work' (a plain timed "
                "duration), not both and not neither",
            )
            self.error(node, message)
        elif "phases" in fields:
            phases = self.phases(fields["phases"])
            if "reps" not in fields:
                message = translate("RoutineProblems", "an exercise with 'phases' needs 'reps'")
                self.error(node, message, key="reps")
                reps = None
            else:
                reps = self.count_of(key(level, "reps"))(fields["reps"], "reps")
        else:
            timed = True
            work = self.work(fields["work"])
            phases = (work,) if work is not None else None
            for k in EXERCISE_TABLE:
                if k.only_with == ("phases", ()) and k.name in fields:
                    message = translate(
                        "RoutineProblems", "'{key}' goes with 'phases', not with 'work'"
                    )
                    self.error(fields[k.name], message.format(key=k.name))

        # Warnings (a missing picture) alone do not make the exercise unusable.
        if any(p.severity is Severity.ERROR for p in self.problems[problems_before:]):
            return None
        values = (ex_id, name, position, summary, steps, cautions, sides, first_side, sets)
        if None in values or phases is None or reps is None:
            return None
        assert ex_id is not None and name is not None and position is not None
        assert summary is not None and steps is not None and cautions is not None
        assert sides is not None and first_side is not None and sets is not None
        assert rest_reps is not None and rest_sides is not None and rest_sets is not None
        return Exercise(
            id=ex_id,
            name=name,
            position=position,
            summary=summary,
            steps=steps,
            phases=phases,
            reps=reps,
            sets=sets,
            timed=timed,
            sides=sides,
            first_side=first_side,
            cautions=cautions,
            illustration=illustration,
            rest_between_reps=rest_reps,
            rest_between_sides=rest_sides,
            rest_between_sets=rest_sets,
            rest_after=rest_after,
            prepare_seconds=prepare,
            line=node.start_mark.line + 1,
        )

    def exercise_id(self, node: yaml.Node, what: str) -> str | None:
        value = self.text(node, what, key(Level.EXERCISE, "id").max_length or MAX_TEXT)
        if value is None:
            return None
        if not _ID_RE.fullmatch(value):
            message = translate(
                "RoutineProblems",
                "'id: {value}' must use lower-case letters, digits and hyphens, "
                "such as 'sitting-knee-extension'",
            )
            self.error(node, message.format(value=value))
            return None
        return value

    def phases(self, node: yaml.Node) -> tuple[Phase, ...] | None:
        items = self.sequence(node, "phases")
        if items is None:
            return None
        if not items:
            self.error(node, translate("RoutineProblems", "'phases' needs at least one phase"))
            return None
        if len(items) > MAX_PHASES:
            message = translate("RoutineProblems", "an exercise may have at most {max} phases")
            self.error(node, message.format(max=MAX_PHASES))
            return None
        phases = [self.phase(item) for item in items]
        if any(p is None for p in phases):
            return None
        return tuple(p for p in phases if p is not None)

    def phase(self, node: yaml.Node) -> Phase | None:
        fields = self.mapping(node, "a phase", PHASE_KEYS.required, PHASE_KEYS.optional)
        if fields is None:
            return None
        return self.timed_part(fields, Level.PHASE)

    def timed_part(self, fields: _Fields, level: Level) -> Phase | None:
        """A phase or the work: their keys are the same, with their own defaults."""
        name_key = key(level, "name")
        default_name = name_key.default if isinstance(name_key.default, str) else None
        name = self.optional(fields, "name", self.text_of(name_key), default_name)
        seconds = self.optional(fields, "seconds", self.duration_of(key(level, "seconds")), None)
        say = self.optional(fields, "say", self.text_of(key(level, "say")), None)
        if name is None or seconds is None or ("say" in fields and say is None):
            return None
        return Phase(name=name, seconds=seconds, say=say)

    def work(self, node: yaml.Node) -> Phase | None:
        fields = self.mapping(node, "'work'", WORK_KEYS.required, WORK_KEYS.optional)
        if fields is None:
            return None
        return self.timed_part(fields, Level.WORK)

    def illustration(self, node: yaml.Node, what: str) -> Path | None:
        reference = self.text(
            node, what, key(Level.EXERCISE, "illustration").max_length or MAX_TEXT
        )
        if reference is None:
            return None
        picture = self.picture_names.get(reference, reference)
        bundled = reference.startswith(ASSETS_PREFIX)
        if bundled:
            base, relative = self.assets_dir, reference[len(ASSETS_PREFIX) :]
        else:
            base, relative = self.base_dir, reference
        candidate = Path(relative)
        if candidate.is_absolute() or relative.startswith(("/", "\\")) or ":" in relative:
            if bundled:
                message = translate(
                    "RoutineProblems",
                    "picture '{picture}' must be a path relative to the bundled assets",
                )
            else:
                message = translate(
                    "RoutineProblems",
                    "picture '{picture}' must be a path relative to the routine's folder",
                )
            self.error(node, message.format(picture=picture))
            return None
        resolved = (base / candidate).resolve()
        if not resolved.is_relative_to(base):
            if bundled:
                message = translate(
                    "RoutineProblems", "picture '{picture}' points outside the bundled assets"
                )
            else:
                message = translate(
                    "RoutineProblems", "picture '{picture}' points outside the routine's folder"
                )
            self.error(node, message.format(picture=picture))
            return None
        suffix = resolved.suffix.lower()
        if suffix not in PICTURE_SUFFIXES | FIGURE_SUFFIXES:
            message = translate(
                "RoutineProblems",
                "picture '{picture}' must be an SVG, PNG or JPEG file (or a .yaml figure)",
            )
            self.error(node, message.format(picture=picture))
            return None
        limit = MAX_FILE_BYTES if suffix in FIGURE_SUFFIXES else MAX_PICTURE_BYTES
        try:  # an SVG is read whole, to look for what it would load from elsewhere
            head = read_regular_file(resolved, limit, head=None if suffix == ".svg" else 512)
        except FileReadError as exc:
            if exc.kind is FileProblem.MISSING:
                message = translate("RoutineProblems", "picture '{picture}' not found")
                self.error(
                    node,
                    message.format(picture=picture),
                    Severity.WARNING,
                    missing_picture=reference,
                )
            else:
                refused = exc.kind in _REFUSED_FILES
                severity = Severity.ERROR if refused else Severity.WARNING
                self.error(node, _unreadable_picture(picture, exc), severity)
            return None
        if suffix in FIGURE_SUFFIXES:
            return self._figure(node, picture, resolved)
        looks_right = (
            b"<svg" in head or b"<?xml" in head
            if suffix == ".svg"
            else head.startswith(_MAGIC[suffix])
        )
        if not looks_right:
            kind = "JPEG" if suffix in (".jpg", ".jpeg") else suffix[1:].upper()
            message = translate("RoutineProblems", "picture '{picture}' is not a {kind} file")
            self.error(node, message.format(picture=picture, kind=kind), Severity.WARNING)
            return None
        outside = svg_outside_reference(head) if suffix == ".svg" else None
        if outside is not None:
            what_outside, detail = outside
            if what_outside is SvgOutside.DECLARATION:
                message = translate(
                    "RoutineProblems",
                    "picture '{picture}' declares {declaration}s; an SVG picture must hold "
                    "everything it shows",
                )
            else:
                message = translate(
                    "RoutineProblems",
                    "picture '{picture}' links to another file ('{target}'); an SVG picture "
                    "must hold everything it shows",
                )
            message = message.format(picture=picture, declaration=detail, target=detail)
            self.error(node, message, Severity.WARNING)
            return None
        return resolved

    def _figure(self, node: yaml.Node, reference: str, path: Path) -> Path | None:
        from homestretch.core.pose import load_figure  # pose builds on this module

        try:
            load_figure(path)
        except RoutineError as exc:
            message = translate(
                "RoutineProblems", "figure '{picture}' has problems; a placeholder is shown"
            )
            self.error(node, message.format(picture=reference), Severity.WARNING)
            for problem in exc.problems:
                self.problems.append(replace(problem, severity=Severity.WARNING))
            return None
        return path


def _needs_schema(name: str, since: int) -> str:
    message = translate("RoutineProblems", "'{key}' needs 'schema: {since}' at the top of the file")
    return message.format(key=name, since=since)


def _applies_only(name: str, other: str, values: Sequence[str]) -> str:
    """``'first_side' applies only to 'sides: alternating' or 'sides: each'``."""
    if len(values) == 1:
        message = translate("RoutineProblems", "'{key}' applies only to '{other}: {value}'")
        return message.format(key=name, other=other, value=values[0])
    if len(values) == 2:
        message = translate(
            "RoutineProblems", "'{key}' applies only to '{other}: {first}' or '{other}: {second}'"
        )
        return message.format(key=name, other=other, first=values[0], second=values[1])
    raise ValueError(f"no sentence for '{name}' with {len(values)} values")  # (the table has none)


def _unreadable_picture(picture: str, exc: FileReadError) -> str:
    """Why a picture file (there, but not readable as one) cannot be used, in a sentence."""
    match exc.kind:
        case FileProblem.FOLDER:
            text = translate("RoutineProblems", "picture '{picture}' is a folder, not a file")
        case FileProblem.NOT_REGULAR if exc.held is Held.PIPE:
            text = translate(
                "RoutineProblems", "picture '{picture}' is not a regular file (it is a named pipe)"
            )
        case FileProblem.NOT_REGULAR if exc.held is Held.DEVICE:
            text = translate(
                "RoutineProblems", "picture '{picture}' is not a regular file (it is a device)"
            )
        case FileProblem.NOT_REGULAR if exc.held is Held.SOCKET:
            text = translate(
                "RoutineProblems", "picture '{picture}' is not a regular file (it is a socket)"
            )
        case FileProblem.NOT_REGULAR:
            text = translate(
                "RoutineProblems",
                "picture '{picture}' is not a regular file (it is not a plain file)",
            )
        case FileProblem.TOO_LARGE:
            text = translate("RoutineProblems", "picture '{picture}' is larger than {size}")
        case _:
            text = translate("RoutineProblems", "picture '{picture}' cannot be read ({reason})")
    return text.format(picture=picture, size=exc.detail, reason=exc.detail)
