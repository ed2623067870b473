"""The one table of the routine format's keys.

Every key a routine file may have is one :class:`Key` here: its type, its
range or choices, its default, the format version that added it, and a label
and a description in plain words. This table drives

* the loader's checks (``core/routine.py`` reads allowed keys, ranges and
  defaults from it);
* the key tables of ``docs/routine-format.md`` (``scripts/make_schema.py``
  writes them, and tests/core/test_docs.py fails when they are stale);
* ``schemas/routine.schema.json`` (:func:`json_schema`, written by the same
  script; tests/core/test_routine_keys.py fails when it is stale);
* the routine editor's fields and their limits.

Rules that span keys (``phases`` or ``work``; ``first_side`` only with
``sides: alternating`` or ``each``) are the ``only_with`` and
:data:`EXERCISE_ONE_OF` entries. What no table can say (the spelling of an
``id``, a picture's path rules, the length of a whole session) stays in the
loader's code and is described in the guide's prose.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final

from homestretch.core.i18n import QT_TRANSLATE_NOOP
from homestretch.core.phrases import DEFAULT_LANGUAGE

SCHEMA_VERSION: Final = 3
"""Format 2 added ``stop_rule``, format 3 ``language``; older files are read as they are."""
LANGUAGE_TAG_SHAPE: Final = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
"""The shape of a language tag, as the JSON Schema checks it (the loader checks BCP 47 fully)."""
MAX_LANGUAGE_TAG: Final = 35
"""The longest language tag a routine may give (RFC 5646 asks every reader to take 35)."""
MAX_SECONDS: Final = 3600.0
"""The longest duration any key may give."""
MAX_TEXT: Final = 500
"""The longest text (after runs of spaces are collapsed) a key may give, unless it says less."""
MAX_EXERCISES: Final = 1000
MAX_PHASES: Final = 20
MAX_ID: Final = 64
ID_PATTERN: Final = f"[a-z0-9][a-z0-9-]{{0,{MAX_ID - 1}}}"
"""An exercise ``id``: lower-case letters, digits and hyphens, at most 64 characters."""


class Sides(StrEnum):
    """Which legs an exercise works, and in what order."""

    NONE = "none"
    """Not a one-leg exercise."""
    BOTH = "both"
    """Both legs at once."""
    ALTERNATING = "alternating"
    """One rep on the first side, one on the other, and so on."""
    EACH = "each"
    """All reps on the first side, then all on the other."""


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT


class Position(StrEnum):
    SITTING = "sitting"
    STANDING = "standing"
    LYING_FACE_DOWN = "lying-face-down"
    LYING_ON_BACK = "lying-on-back"
    LYING_ON_SIDE = "lying-on-side"


class Level(StrEnum):
    """Each kind of mapping in a routine file."""

    ROUTINE = "routine"
    STOP_RULE = "stop_rule"
    EXERCISE = "exercise"
    PHASE = "phase"
    WORK = "work"


class Kind(StrEnum):
    """What a key's value is; the value is the word the guide's tables use."""

    TEXT = "text"
    WORD = "word"
    COUNT = "count"
    DURATION = "duration"
    CHOICE = "choice"
    TEXTS = "list of texts"
    PICTURE = "picture"
    EXERCISES = "list of exercises"
    PHASES = "list of phases"
    WORK = "timed work"
    STOP_RULE = "stop rule"
    LANGUAGE = "language tag"


Default = int | float | str | None


@dataclass(frozen=True)
class Key:
    """One key of the routine format.

    ``default`` is the value when the key is left out (``None``: nothing, or
    another key's value as ``default_words`` says). ``low``/``high`` bound a
    count or duration; ``max_length`` a text (for a list of texts: each item);
    ``min_items``/``max_items`` a list. ``only_with`` names the key (and, if
    given, the values of it) without which this key is refused.
    """

    name: str
    kind: Kind
    label: str
    description: str
    required: bool = False
    default: Default = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    choices: tuple[str, ...] = ()
    since: int = 1
    only_with: tuple[str, tuple[str, ...]] | None = None
    required_with: str = ""
    """The key that makes this one required."""
    default_words: str = ""
    """The guide's words for the default, when it is not a plain value."""
    allowed_words: str = ""
    """The guide's words for the allowed values, when the limits do not say it."""
    note: str = ""
    """Added to the allowed values in the guide's table."""

    @property
    def int_default(self) -> int:
        if not isinstance(self.default, int):
            raise TypeError(f"'{self.name}' has no whole-number default")
        return self.default

    @property
    def str_default(self) -> str:
        if not isinstance(self.default, str):
            raise TypeError(f"'{self.name}' has no text default")
        return self.default

    @property
    def float_default(self) -> float:
        if not isinstance(self.default, int | float):
            raise TypeError(f"'{self.name}' has no number default")
        return float(self.default)

    @property
    def bounds(self) -> tuple[float, float]:
        if self.low is None or self.high is None:
            raise TypeError(f"'{self.name}' is not a number")
        return self.low, self.high


_STOP_RULE_NEEDS = "needs `schema: 2` or later"
_ONE_SIDED = ("sides", (Sides.ALTERNATING.value, Sides.EACH.value))


def _duration(name: str, label: str, description: str, default: Default, **more: Any) -> Key:
    return Key(
        name, Kind.DURATION, label, description, default=default, low=0, high=MAX_SECONDS, **more
    )


def _choices(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


KEYS: Final[dict[Level, tuple[Key, ...]]] = {
    Level.ROUTINE: (
        Key(
            "schema",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Format version"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "The version of the routine format the file is written in."
            ),
            required=True,
            low=1,
            high=SCHEMA_VERSION,
            allowed_words=" or ".join(f"`{v}`" for v in range(1, SCHEMA_VERSION + 1))
            + " (see [Versions](#versions-of-the-format))",
        ),
        Key(
            "name",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Name"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "The routine's name, shown in the list of routines and in the history.",
            ),
            required=True,
            max_length=MAX_TEXT,
        ),
        Key(
            "description",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Description"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "A few sentences for the patient about the routine as a whole."
            ),
            default="",
            max_length=4000,
        ),
        Key(
            "language",
            Kind.LANGUAGE,
            QT_TRANSLATE_NOOP("RoutineKeys", "Language"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "The language the routine is written in, as a BCP 47 tag (`nl`, `de`, `zh-CN`): "
                "what Homestretch itself says and shows during the session (counts, sides, rests, "
                "the end) is in this language, read out by a voice that speaks it.",
            ),
            default=DEFAULT_LANGUAGE,
            max_length=MAX_LANGUAGE_TAG,
            since=3,
            allowed_words="a language tag such as `en`, `de`, `nl` or `zh-CN` "
            "(see [The routine's language](#the-routines-language)); needs `schema: 3`",
        ),
        Key(
            "sessions_per_week",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Sessions per week"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "How often the patient should do the routine; it is stored with each logged "
                "session.",
            ),
            default=7,
            low=1,
            high=21,
        ),
        _duration(
            "prepare_seconds",
            QT_TRANSLATE_NOOP("RoutineKeys", "Time to get into position (seconds)"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "Time to get into position before each exercise, while the exercise is introduced "
                "aloud. An exercise can set its own.",
            ),
            10,
        ),
        _duration(
            "rest_between_exercises",
            QT_TRANSLATE_NOOP("RoutineKeys", "Rest between exercises (seconds)"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "The rest after each exercise except the last. An exercise can set its own.",
            ),
            20,
        ),
        Key(
            "stop_rule",
            Kind.STOP_RULE,
            QT_TRANSLATE_NOOP("RoutineKeys", "Stop rule"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "When Homestretch advises the patient to stop and contact their physiotherapist.",
            ),
            since=2,
            allowed_words=f"see [The stop rule](#the-stop-rule); {_STOP_RULE_NEEDS}",
        ),
        Key(
            "exercises",
            Kind.EXERCISES,
            QT_TRANSLATE_NOOP("RoutineKeys", "Exercises"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The exercises, in the order they are done."),
            required=True,
            min_items=1,
            max_items=MAX_EXERCISES,
        ),
    ),
    Level.STOP_RULE: (
        Key(
            "pain_rise",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Pain rise"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "Advise stopping when a pain rating is this many points or more above the rating "
                "given before the session.",
            ),
            low=1,
            high=10,
            since=2,
        ),
        Key(
            "pain_at_least",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Pain limit"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "Advise stopping at any pain rating of this or more, including the one given "
                "before the session.",
            ),
            low=1,
            high=10,
            since=2,
        ),
    ),
    Level.EXERCISE: (
        Key(
            "id",
            Kind.WORD,
            QT_TRANSLATE_NOOP("RoutineKeys", "Id"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "A short permanent name that follows the exercise from session to session in the "
                "log: lower-case letters, digits and hyphens. Keep it when the dose changes.",
            ),
            required=True,
            max_length=MAX_ID,
            allowed_words="see below",
        ),
        Key(
            "name",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Name"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "The exercise's title, spoken when the exercise begins."
            ),
            required=True,
            max_length=80,
        ),
        Key(
            "position",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("RoutineKeys", "Position"),
            QT_TRANSLATE_NOOP("RoutineKeys", "How the patient lies, sits or stands."),
            required=True,
            choices=_choices(Position),
        ),
        Key(
            "summary",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Summary"),
            QT_TRANSLATE_NOOP("RoutineKeys", "A one-sentence description, spoken after the name."),
            required=True,
            max_length=300,
        ),
        Key(
            "steps",
            Kind.TEXTS,
            QT_TRANSLATE_NOOP("RoutineKeys", "Steps"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The instructions for the patient, in order."),
            required=True,
            max_length=MAX_TEXT,
            min_items=1,
        ),
        Key(
            "cautions",
            Kind.TEXTS,
            QT_TRANSLATE_NOOP("RoutineKeys", "Cautions"),
            QT_TRANSLATE_NOOP("RoutineKeys", "Warnings to heed while doing the exercise."),
            max_length=MAX_TEXT,
        ),
        Key(
            "illustration",
            Kind.PICTURE,
            QT_TRANSLATE_NOOP("RoutineKeys", "Picture"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "A picture or figure shown during the exercise, relative to the routine's folder "
                "or starting with 'assets:' for a bundled one.",
            ),
            max_length=300,
            allowed_words="see [Pictures](#pictures)",
        ),
        Key(
            "sides",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("RoutineKeys", "Sides"),
            QT_TRANSLATE_NOOP("RoutineKeys", "Which legs the exercise works, and in what order."),
            default=Sides.NONE.value,
            choices=_choices(Sides),
        ),
        Key(
            "first_side",
            Kind.CHOICE,
            QT_TRANSLATE_NOOP("RoutineKeys", "First side"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The leg to start with."),
            default=Side.RIGHT.value,
            choices=_choices(Side),
            only_with=_ONE_SIDED,
            note="only with `alternating` or `each`",
        ),
        Key(
            "sets",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Sets"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "How many times the whole exercise is done, with a rest between."
            ),
            default=1,
            low=1,
            high=20,
        ),
        Key(
            "reps",
            Kind.COUNT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Reps"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "The number of repetitions, per leg for one-sided exercises, in each set.",
            ),
            default=1,
            low=1,
            high=100,
            only_with=("phases", ()),
            required_with="phases",
            default_words="required with `phases`",
            note="only with `phases`",
        ),
        Key(
            "phases",
            Kind.PHASES,
            QT_TRANSLATE_NOOP("RoutineKeys", "Phases"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "The timed parts of each rep, in order, such as bend, hold, lower."
            ),
            min_items=1,
            max_items=MAX_PHASES,
            default_words="one of `phases` or `work`",
        ),
        Key(
            "work",
            Kind.WORK,
            QT_TRANSLATE_NOOP("RoutineKeys", "Timed work"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "One timed stretch, done once per side in each set, instead of reps of phases.",
            ),
            default_words="one of `phases` or `work`",
            allowed_words="see below",
        ),
        _duration(
            "rest_between_reps",
            QT_TRANSLATE_NOOP("RoutineKeys", "Rest between reps (seconds)"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The rest between two reps."),
            0,
            only_with=("phases", ()),
            note="only with `phases`",
        ),
        Key(
            "rest_between_sides",
            Kind.DURATION,
            QT_TRANSLATE_NOOP("RoutineKeys", "Switch between legs (seconds)"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The time to switch from one leg to the other."),
            default=3,
            low=1,
            high=MAX_SECONDS,
            only_with=_ONE_SIDED,
            note="only with `alternating` or `each`",
        ),
        _duration(
            "rest_between_sets",
            QT_TRANSLATE_NOOP("RoutineKeys", "Rest between sets (seconds)"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The rest between two sets."),
            30,
            note="matters only when `sets` is more than 1",
        ),
        _duration(
            "rest_after",
            QT_TRANSLATE_NOOP("RoutineKeys", "Rest after (seconds)"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys",
                "The rest after this exercise; the routine's rest between exercises when left out.",
            ),
            None,
            default_words="the routine's `rest_between_exercises`",
        ),
        _duration(
            "prepare_seconds",
            QT_TRANSLATE_NOOP("RoutineKeys", "Time to get into position (seconds)"),
            QT_TRANSLATE_NOOP(
                "RoutineKeys", "Time to get into position; the routine's when left out."
            ),
            None,
            default_words="the routine's `prepare_seconds`",
        ),
    ),
    Level.PHASE: (
        Key(
            "name",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Name"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The phase's label, such as hold."),
            required=True,
            max_length=40,
            note="the phase's label, such as `hold`",
        ),
        Key(
            "seconds",
            Kind.DURATION,
            QT_TRANSLATE_NOOP("RoutineKeys", "Seconds"),
            QT_TRANSLATE_NOOP("RoutineKeys", "How long the phase lasts."),
            required=True,
            low=0,
            high=MAX_SECONDS,
            low_inclusive=False,
        ),
        Key(
            "say",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Spoken cue"),
            QT_TRANSLATE_NOOP("RoutineKeys", "Spoken as the phase begins."),
            max_length=200,
            default_words="nothing is said",
            note="spoken as the phase begins",
        ),
    ),
    Level.WORK: (
        Key(
            "seconds",
            Kind.DURATION,
            QT_TRANSLATE_NOOP("RoutineKeys", "Seconds"),
            QT_TRANSLATE_NOOP("RoutineKeys", "How long the work lasts, on each side."),
            required=True,
            low=0,
            high=MAX_SECONDS,
            low_inclusive=False,
        ),
        Key(
            "name",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Name"),
            QT_TRANSLATE_NOOP("RoutineKeys", "The label shown during the work."),
            default="work",
            max_length=40,
        ),
        Key(
            "say",
            Kind.TEXT,
            QT_TRANSLATE_NOOP("RoutineKeys", "Spoken cue"),
            QT_TRANSLATE_NOOP("RoutineKeys", "Spoken as the work begins."),
            max_length=200,
            default_words="nothing is said",
        ),
    ),
}

EXERCISE_ONE_OF: Final = ("phases", "work")
"""An exercise has exactly one of these keys."""


def key(level: Level, name: str) -> Key:
    """The key ``name`` of ``level``."""
    for candidate in KEYS[level]:
        if candidate.name == name:
            return candidate
    raise KeyError(f"no key '{name}' in a {level}")


def required_names(level: Level) -> tuple[str, ...]:
    return tuple(k.name for k in KEYS[level] if k.required)


def optional_names(level: Level) -> tuple[str, ...]:
    return tuple(k.name for k in KEYS[level] if not k.required)


# --------------------------------------------------------------------------- the guide's tables


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def default_words(k: Key) -> str:
    """The "Required / default" cell of the guide's table."""
    if k.required:
        return "required"
    if k.default_words:
        return k.default_words
    if k.default is None:
        return "none"
    if k.default == "":
        return "empty"
    if isinstance(k.default, str):
        return f"`{k.default}`"
    return f"`{_number(k.default)}`"


def allowed_words(k: Key) -> str:
    """The "Allowed values" cell of the guide's table."""
    if k.allowed_words:
        words = k.allowed_words
    elif k.kind in (Kind.COUNT, Kind.DURATION):
        low, high = k.bounds
        words = (
            f"{_number(low)} to {_number(high)}"
            if k.low_inclusive
            else f"more than {_number(low)}, up to {_number(high)}"
        )
    elif k.kind is Kind.TEXT:
        words = f"up to {k.max_length} characters"
    elif k.kind is Kind.TEXTS:
        words = f"each up to {k.max_length} characters"
        if k.min_items:
            words = f"at least one; {words}"
    elif k.kind is Kind.CHOICE:
        words = ", ".join(f"`{c}`" for c in k.choices)
    elif k.kind in (Kind.EXERCISES, Kind.PHASES):
        noun = "exercises" if k.kind is Kind.EXERCISES else "phases"
        words = f"{k.min_items} to {k.max_items} {noun}"
    else:  # pragma: no cover - every other kind is given its words in the table
        raise ValueError(f"'{k.name}' needs allowed_words")
    return f"{words}; {k.note}" if k.note else words


MARKDOWN_HEADERS: Final = {
    Level.ROUTINE: "Key",
    Level.EXERCISE: "Key",
    Level.STOP_RULE: "Stop rule key",
    Level.PHASE: "Phase key",
}
"""The levels the guide has a table for (``work`` is described as a phase's keys)."""


def markdown_table(level: Level) -> list[str]:
    """The guide's table of the keys of ``level``, one line a row."""
    header = MARKDOWN_HEADERS[level]
    lines = [
        f"| {header} | Type | Required / default | Allowed values |",
        "| --- | --- | --- | --- |",
    ]
    for k in KEYS[level]:
        lines.append(f"| `{k.name}` | {k.kind.value} | {default_words(k)} | {allowed_words(k)} |")
    return lines


# --------------------------------------------------------------------------- JSON Schema

SCHEMA_ID: Final = "https://homestretch.invalid/schemas/routine.schema.json"


def _value_schema(k: Key) -> dict[str, Any]:
    schema: dict[str, Any] = {"title": k.label, "description": k.description}
    if k.kind in (Kind.TEXT, Kind.WORD, Kind.PICTURE, Kind.LANGUAGE):
        schema |= {"type": "string", "minLength": 1, "maxLength": k.max_length}
        if k.kind is Kind.WORD:
            schema["pattern"] = f"^{ID_PATTERN}$"
        elif k.kind is Kind.LANGUAGE:
            schema["pattern"] = LANGUAGE_TAG_SHAPE
    elif k.kind in (Kind.COUNT, Kind.DURATION):
        low, high = k.bounds
        schema["type"] = "integer" if k.kind is Kind.COUNT else "number"
        schema["exclusiveMinimum" if not k.low_inclusive else "minimum"] = (
            int(low) if low == int(low) else low
        )
        schema["maximum"] = int(high) if high == int(high) else high
    elif k.kind is Kind.CHOICE:
        schema["enum"] = list(k.choices)
    elif k.kind is Kind.TEXTS:
        schema |= {
            "type": "array",
            "items": {"type": "string", "minLength": 1, "maxLength": k.max_length},
        }
        if k.min_items:
            schema["minItems"] = k.min_items
    elif k.kind is Kind.EXERCISES:
        schema |= {"type": "array", "items": {"$ref": "#/definitions/exercise"}}
    elif k.kind is Kind.PHASES:
        schema |= {"type": "array", "items": {"$ref": "#/definitions/phase"}}
    elif k.kind is Kind.WORK:
        schema["allOf"] = [{"$ref": "#/definitions/work"}]
    elif k.kind is Kind.STOP_RULE:
        schema["allOf"] = [{"$ref": "#/definitions/stop_rule"}]
    if k.min_items is not None and k.kind in (Kind.EXERCISES, Kind.PHASES):
        schema["minItems"] = k.min_items
    if k.max_items is not None:
        schema["maxItems"] = k.max_items
    if isinstance(k.default, int | float | str) and k.default != "" and not k.required:
        schema["default"] = k.default
    return schema


def _object_schema(level: Level) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {k.name: _value_schema(k) for k in KEYS[level]},
        "additionalProperties": False,
    }
    required = list(required_names(level))
    if required:
        schema["required"] = required
    return schema


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft-07, which editors understand best) of a routine file, from
    :data:`KEYS`.

    It checks what a schema can: keys, types, ranges, lengths, choices and the
    rules between keys. The loader checks more (how numbers are written, the
    picture's file, the length of the whole session, ids used twice).
    """
    root = _object_schema(Level.ROUTINE)
    stop_rule = _object_schema(Level.STOP_RULE)
    stop_rule["minProperties"] = 1
    exercise = _object_schema(Level.EXERCISE)
    first, second = EXERCISE_ONE_OF
    dependents = [k for k in KEYS[Level.EXERCISE] if k.only_with is not None]
    with_first = [k.name for k in dependents if k.only_with == (first, ())]
    exercise["oneOf"] = [
        {"required": [first, *[k.name for k in dependents if k.required_with == first]]},
        {"required": [second]},
    ]
    exercise["allOf"] = [
        {"not": {"required": [first, second]}},
        *[{"if": {"required": [second]}, "then": {"not": {"required": [n]}}} for n in with_first],
        *[
            {
                "if": {"required": [k.name]},
                "then": {
                    "required": [k.only_with[0]],
                    "properties": {k.only_with[0]: {"enum": list(k.only_with[1])}},
                },
            }
            for k in dependents
            if k.only_with is not None and k.only_with[1]
        ],
    ]
    newer = [k.name for k in KEYS[Level.ROUTINE] if k.since > 1]
    root["allOf"] = [
        {
            "if": {"required": [name]},
            "then": {"properties": {"schema": {"minimum": key(Level.ROUTINE, name).since}}},
        }
        for name in newer
    ]
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": "Homestretch routine",
        "description": "A Homestretch exercise routine (see docs/routine-format.md). "
        "Generated from src/homestretch/core/routine_keys.py by scripts/make_schema.py.",
        **root,
        "definitions": {
            "stop_rule": stop_rule,
            "exercise": exercise,
            "phase": _object_schema(Level.PHASE),
            "work": _object_schema(Level.WORK),
        },
    }


def schema_text() -> str:
    """The text of ``schemas/routine.schema.json``."""
    import json

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


GUIDE_MARKER: Final = "<!-- {level} keys: generated by scripts/make_schema.py -->"
"""Put before each table of keys in docs/routine-format.md; the table after it is rewritten."""


def update_guide(text: str) -> str:
    """``text`` (docs/routine-format.md) with each table of keys as the table says.

    Raises:
        ValueError: a marker, or the table after it, is missing.
    """
    lines = text.split("\n")
    for level in MARKDOWN_HEADERS:
        marker = GUIDE_MARKER.format(level=level.value)
        starts = [i for i, line in enumerate(lines) if line.strip() == marker]
        if len(starts) != 1:
            raise ValueError(f"the guide needs the line '{marker}' once")
        first = starts[0] + 1
        if first >= len(lines) or not lines[first].lstrip().startswith("|"):
            raise ValueError(f"no table after '{marker}'")
        indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
        end = first
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        lines[first:end] = [indent + row for row in markdown_table(level)]
    return "\n".join(lines)
