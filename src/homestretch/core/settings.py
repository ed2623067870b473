"""User settings: a small versioned JSON file in the config folder.

Whatever the file holds, it never stops the app. A missing file gives the
defaults quietly; a file that cannot be read, is not JSON (``NaN`` and
``Infinity`` are not JSON), is nested too deeply or does not hold an object
gives the defaults and a notice naming it (:attr:`LoadedSettings.problem`).
Each known value is checked on its own against its type and range
(:data:`RANGES`); a value that fails falls back to its default and is named in
the notice. Unknown keys are ignored (a newer version may have written them).

Only valid JSON is ever written: every value is checked again before saving,
and the file is written with ``allow_nan=False``. Saving writes a temporary
file and renames it over the old one, so a crash mid-save leaves the previous
settings intact.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from homestretch.core.files import (
    FileProblem,
    FileReadError,
    Held,
    read_regular_file,
    write_atomically,
)
from homestretch.core.i18n import LANGUAGES, translate
from homestretch.core.reminders import ReminderSettings

SETTINGS_VERSION: Final = 1
MAX_SETTINGS_BYTES: Final = 64 * 1024
"""A settings file is a few hundred bytes; a larger one is not read."""

TEXT_SIZES: Final = (100, 200)
"""The smallest and largest text size, in per cent of the normal size."""
RANGES: Final[dict[str, tuple[float, float]]] = {
    "rate": (60, 300),
    "volume": (0.0, 1.0),
    "text_size": TEXT_SIZES,
}
"""The allowed range (inclusive) of each numeric setting."""

CHOICES: Final[dict[str, frozenset[str]]] = {"language": frozenset({"", *LANGUAGES})}
"""The allowed values of each text setting that is a choice ("": follow the system)."""

TEXT_LIMIT: Final = 4096
"""The longest text setting (a voice id, a routine path) accepted, in characters."""


class Verbosity(StrEnum):
    FULL = "full"
    """Introductions, sides, counts, phase cues, rests, what comes next."""
    COUNTS = "counts"
    """Only sides, rep counts and the end."""
    OFF = "off"


class ColourScheme(StrEnum):
    """Which colours the window uses."""

    SYSTEM = "system"
    """Light or dark as the desktop is, high contrast when the desktop asks for it."""
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"
    """White on black, yellow for what is chosen and focused."""


@dataclass(frozen=True)
class Settings:
    verbosity: Verbosity = Verbosity.FULL
    voice: str = ""
    """Engine voice id; empty for the engine's default."""
    rate: int = 150
    """Words per minute."""
    volume: float = 1.0
    sound_countdown: bool = True
    """A short tick in each of the last three seconds of a phase."""
    sound_switch: bool = True
    sound_end: bool = True
    reduce_motion: bool = False
    colour_scheme: ColourScheme = ColourScheme.SYSTEM
    text_size: int = 100
    """Per cent of the normal text size (100 to 200), on top of the system's font size."""
    last_routine: str = ""
    window: str = ""
    """The window's size, place and state as Qt saved them (base64); empty: maximised."""
    language: str = ""
    """The interface language (a key of :data:`~homestretch.core.i18n.LANGUAGES`);
    empty: the system's language if offered, else English."""
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    """Exercise reminders (off by default); a JSON object with its own version."""

    def to_json(self) -> dict[str, Any]:
        """The settings as JSON values; a value that is not valid is written as its default."""
        checked, _ = _checked({**asdict(self), "reminders": self.reminders.to_json()})
        data = asdict(checked)
        data["verbosity"] = str(checked.verbosity)
        data["reminders"] = checked.reminders.to_json()
        data["colour_scheme"] = str(checked.colour_scheme)
        return {"version": SETTINGS_VERSION, **data}

    @classmethod
    def from_json(cls, data: object) -> Settings:
        """Settings from parsed JSON: each missing or unusable value is its default."""
        if not isinstance(data, dict):
            return cls()
        return _checked(data)[0]


class SettingsFault(StrEnum):
    """What was wrong with a settings file (:class:`SettingsProblem`)."""

    UNREADABLE = "unreadable"
    """Not a regular file, too large, refused by the system (``file_problem`` says which)."""
    NOT_UTF8 = "not-utf8"
    NOT_JSON_AT = "not-json-at"
    """Not JSON, at ``line`` and ``column`` (the JSON reader's own words, English, are left
    out: the line and column are what a helper needs)."""
    NOT_A_NUMBER = "not-a-number"
    """``NaN``, ``Infinity`` or ``-Infinity`` (``detail``), which JSON does not have."""
    TOO_DEEP = "too-deep"
    NOT_USABLE = "not-usable"
    """JSON that Python cannot take (an integer with thousands of digits)."""
    NOT_OBJECT = "not-object"
    INVALID_VALUES = "invalid-values"
    """Some values refused (``names``); the file's other values are used."""


@dataclass(frozen=True)
class SettingsProblem:
    """What was wrong with the settings file ``path``, kept as facts so that its sentence
    (``str()``) is made when it is shown, in the interface language of that moment (the
    file is read before the app has chosen its language)."""

    fault: SettingsFault
    path: Path
    detail: str = ""
    line: int = 0
    column: int = 0
    names: tuple[str, ...] = ()
    file_problem: FileProblem = FileProblem.UNREADABLE
    held: Held = Held.OTHER

    def __str__(self) -> str:
        file = str(self.path)
        match self.fault:
            case SettingsFault.UNREADABLE:
                text = self._unreadable()
            case SettingsFault.NOT_UTF8:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not UTF-8 text; "
                    "the defaults are used.",
                )
            case SettingsFault.NOT_JSON_AT:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not valid JSON "
                    "(line {line}, column {column}); the defaults are used.",
                )
            case SettingsFault.NOT_A_NUMBER:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not valid JSON "
                    "({detail} is not a JSON number); the defaults are used.",
                )
            case SettingsFault.TOO_DEEP:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is nested too deeply to "
                    "hold settings; the defaults are used.",
                )
            case SettingsFault.NOT_USABLE:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it holds a value that cannot "
                    "be read (such as a number with too many digits); the defaults are used.",
                )
            case SettingsFault.NOT_OBJECT:
                text = translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it does not hold a JSON "
                    "object; the defaults are used.",
                )
            case _:
                text = translate(
                    "SettingsProblems",
                    "Some settings in {file} were not valid; their defaults are used: {names}.",
                )
        return text.format(
            file=file,
            detail=self.detail,
            line=self.line,
            column=self.column,
            names=", ".join(self.names),
        )

    def _unreadable(self) -> str:
        """The sentence for a file :func:`read_regular_file` refused (``{file}``, ``{detail}``)."""
        match self.file_problem:
            case FileProblem.FOLDER:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is a folder, not a file; "
                    "the defaults are used.",
                )
            case FileProblem.NOT_REGULAR if self.held is Held.PIPE:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not a regular file "
                    "(it is a named pipe); the defaults are used.",
                )
            case FileProblem.NOT_REGULAR if self.held is Held.DEVICE:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not a regular file "
                    "(it is a device); the defaults are used.",
                )
            case FileProblem.NOT_REGULAR if self.held is Held.SOCKET:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not a regular file "
                    "(it is a socket); the defaults are used.",
                )
            case FileProblem.NOT_REGULAR:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is not a regular file "
                    "(it is not a plain file); the defaults are used.",
                )
            case FileProblem.TOO_LARGE:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it is larger than {detail}; "
                    "the defaults are used.",
                )
            case _:
                return translate(
                    "SettingsProblems",
                    "The settings file {file} was ignored because it cannot be read "
                    "({detail}); the defaults are used.",
                )


@dataclass(frozen=True)
class LoadedSettings:
    """What :func:`read_settings` found.

    Attributes:
        settings: the settings to use.
        fault: None when the file was usable or missing; otherwise what was wrong.
    """

    settings: Settings
    fault: SettingsProblem | None = None

    @property
    def problem(self) -> str:
        """ "" when the file was usable or missing; otherwise a sentence in plain words
        naming the file and what was wrong with it, in the interface language of now."""
        return "" if self.fault is None else str(self.fault)


class _NotJsonError(ValueError):
    """NaN, Infinity or -Infinity, which Python's json accepts and JSON does not."""


def _refuse_constant(name: str) -> object:
    raise _NotJsonError(name)


_INVALID: Final = object()


def _check_value(name: str, default: object, value: object) -> object:
    """``value`` as the setting's type if it is valid for ``name``, else ``_INVALID``."""
    if isinstance(default, StrEnum):
        kind = type(default)
        return kind(value) if isinstance(value, str) and value in set(kind) else _INVALID
    if isinstance(default, bool):
        return value if isinstance(value, bool) else _INVALID
    if isinstance(default, int | float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            return _INVALID
        low, high = RANGES[name]
        if not (math.isfinite(value) and low <= value <= high):
            return _INVALID
        return round(value) if isinstance(default, int) else float(value)
    if isinstance(default, str):
        if not isinstance(value, str) or len(value) > TEXT_LIMIT or "\0" in value:
            return _INVALID
        if name in CHOICES and value not in CHOICES[name]:
            return _INVALID
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the file)
            return _INVALID
        return value
    return _INVALID


def _checked(data: dict[Any, Any]) -> tuple[Settings, list[str]]:
    """Settings from ``data``, and the names of the known keys whose values were refused."""
    defaults = Settings()
    values: dict[str, Any] = {}
    refused: list[str] = []
    for f in fields(Settings):
        if f.name not in data:
            continue
        if f.name == "reminders":  # an object checked value by value
            values[f.name], bad = ReminderSettings.from_json(data[f.name])
            refused.extend(name if name == "reminders" else f"reminders.{name}" for name in bad)
            continue
        value = _check_value(f.name, getattr(defaults, f.name), data[f.name])
        if value is _INVALID:
            refused.append(f.name)
        else:
            values[f.name] = value
    return replace(defaults, **values), refused


def parse_settings(text: str, path: Path) -> LoadedSettings:
    """Settings from the text of the settings file ``path`` (named in the problem)."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        fault = SettingsProblem(SettingsFault.NOT_JSON_AT, path, line=exc.lineno, column=exc.colno)
    except _NotJsonError as exc:
        fault = SettingsProblem(SettingsFault.NOT_A_NUMBER, path, str(exc))
    except RecursionError:
        fault = SettingsProblem(SettingsFault.TOO_DEEP, path)
    except ValueError:  # an integer with more digits than Python converts (its words are left out)
        fault = SettingsProblem(SettingsFault.NOT_USABLE, path)
    else:
        if not isinstance(data, dict):
            fault = SettingsProblem(SettingsFault.NOT_OBJECT, path)
        else:
            settings, refused = _checked(data)
            if not refused:
                return LoadedSettings(settings)
            return LoadedSettings(
                settings,
                SettingsProblem(SettingsFault.INVALID_VALUES, path, names=tuple(refused)),
            )
    return LoadedSettings(Settings(), fault)


def read_settings(path: Path) -> LoadedSettings:
    """Read settings: never raises; a missing file gives the defaults without a problem."""
    try:
        text = read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8")
    except FileReadError as exc:
        if exc.kind is FileProblem.MISSING:
            return LoadedSettings(Settings())
        fault = SettingsProblem(
            SettingsFault.UNREADABLE,
            path,
            exc.detail,
            file_problem=exc.kind,
            held=exc.held,
        )
    except UnicodeDecodeError:
        fault = SettingsProblem(SettingsFault.NOT_UTF8, path)
    except OSError as exc:
        fault = SettingsProblem(SettingsFault.UNREADABLE, path, exc.strerror or str(exc))
    else:
        return parse_settings(text, path)
    return LoadedSettings(Settings(), fault)


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or damaged file (or value) gives the defaults."""
    return read_settings(path).settings


def settings_json(settings: Settings) -> str:
    """The text :func:`save_settings` writes: always valid JSON."""
    return json.dumps(settings.to_json(), indent=2, allow_nan=False) + "\n"


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically. Raises OSError if the folder cannot be written."""
    write_atomically(path, settings_json(settings), make_folder=True, private=True)
