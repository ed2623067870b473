"""User settings: a small versioned JSON file in the config folder.

Unknown keys and wrong types are ignored one by one (falling back to the
default), so a hand-edited or half-written file never stops the app. Saving
writes a temporary file and renames it over the old one, so a crash mid-save
leaves the previous settings intact.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from homestretch.core.files import read_regular_file, write_atomically

SETTINGS_VERSION: Final = 1
MAX_SETTINGS_BYTES: Final = 64 * 1024
"""A settings file is a few hundred bytes; a larger one is not read."""


class Verbosity(StrEnum):
    FULL = "full"
    """Introductions, sides, counts, phase cues, rests, what comes next."""
    COUNTS = "counts"
    """Only sides, rep counts and the end."""
    OFF = "off"


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
    last_routine: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["verbosity"] = str(self.verbosity)
        return {"version": SETTINGS_VERSION, **data}

    @classmethod
    def from_json(cls, data: object) -> Settings:
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            default = getattr(defaults, f.name)
            value = data[f.name]
            if isinstance(default, Verbosity):
                if value in {str(v) for v in Verbosity}:
                    values[f.name] = Verbosity(value)
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    values[f.name] = value
            elif isinstance(default, int | float):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    values[f.name] = type(default)(value)
            elif isinstance(value, type(default)):
                values[f.name] = value
        settings = replace(defaults, **values)
        return replace(
            settings,
            rate=min(max(settings.rate, 60), 300),
            volume=min(max(settings.volume, 0.0), 1.0),
        )


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or damaged file gives the defaults."""
    try:
        text = read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8")
        return Settings.from_json(json.loads(text))
    except (OSError, ValueError):
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically. Raises OSError if the folder cannot be written."""
    write_atomically(path, json.dumps(settings.to_json(), indent=2) + "\n", make_folder=True)
