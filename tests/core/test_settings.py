from __future__ import annotations

import json
import math
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from homestretch.core.settings import (
    RANGES,
    TEXT_LIMIT,
    ColourScheme,
    Settings,
    Verbosity,
    load_settings,
    parse_settings,
    read_settings,
    save_settings,
    settings_json,
)

PATH = Path("/somewhere/settings.json")


def strict_json(text: str) -> Any:
    """Parse as JSON proper: NaN, Infinity and non-finite numbers are refused."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} written")

    def finite(literal: str) -> float:
        value = float(literal)
        assert math.isfinite(value), literal
        return value

    return json.loads(text, parse_constant=refuse, parse_float=finite)


def assert_valid(loaded: Settings) -> None:
    """Every value has its type and lies in its range."""
    assert isinstance(loaded.verbosity, Verbosity)
    assert isinstance(loaded.colour_scheme, ColourScheme)
    assert type(loaded.text_size) is int
    for name in ("sound_countdown", "sound_switch", "sound_end", "reduce_motion"):
        assert isinstance(getattr(loaded, name), bool)
    assert type(loaded.rate) is int
    assert type(loaded.volume) is float
    for name, (low, high) in RANGES.items():
        assert low <= getattr(loaded, name) <= high
    for name in ("voice", "last_routine"):
        value = getattr(loaded, name)
        assert isinstance(value, str)
        assert len(value) <= TEXT_LIMIT
        assert "\0" not in value
        value.encode("utf-8")


# -- the reported files, for real


@pytest.mark.parametrize("text", ['{"rate": 1e999}', '{"rate": -1e999, "volume": 0.5}'])
def test_an_infinite_number_falls_back_to_its_default_alone(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings.rate == Settings().rate
    assert str(path) in loaded.problem
    assert "rate" in loaded.problem
    if "volume" in text:
        assert loaded.settings.volume == 0.5


@pytest.mark.parametrize("constant", ["Infinity", "-Infinity", "NaN"])
def test_nan_and_infinity_are_not_json_and_the_file_is_ignored_with_a_notice(
    tmp_path: Path, constant: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(f'{{"rate": {constant}, "verbosity": "counts"}}', encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert str(path) in loaded.problem
    assert f"{constant} is not a JSON number" in loaded.problem


def test_a_file_nested_100000_levels_deep_gives_the_defaults_and_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert str(path) in loaded.problem
    assert "larger than 64 KB" in loaded.problem  # refused before it is parsed


def test_a_file_nested_deeper_than_python_recurses_gives_the_defaults_and_a_notice(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 20_000 + "]" * 20_000, encoding="utf-8")  # (under the size limit)
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    assert str(path) in loaded.problem
    assert "nested too deeply" in loaded.problem


def test_a_nan_volume_is_never_written_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"volume": NaN}', encoding="utf-8")
    save_settings(path, replace(load_settings(path), rate=200))
    written = strict_json(path.read_text(encoding="utf-8"))
    assert written["volume"] == Settings().volume
    assert written["rate"] == 200


def test_settings_holding_nan_in_memory_are_saved_as_valid_json(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, replace(Settings(), volume=math.nan, rate=10**6, voice="a\0b"))
    assert strict_json(path.read_text(encoding="utf-8")) == Settings().to_json()


def test_each_bad_value_falls_back_alone_and_is_named(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "rate": "fast",
                "volume": 1.5,
                "verbosity": "counts",
                "sound_end": 0,
                "voice": "en-gb",
                "reduce_motion": True,
                "future_key": [1, 2],
            }
        ),
        encoding="utf-8",
    )
    loaded = read_settings(path)
    assert loaded.settings == replace(
        Settings(), verbosity=Verbosity.COUNTS, voice="en-gb", reduce_motion=True
    )
    assert str(path) in loaded.problem
    for name in ("rate", "volume", "sound_end"):
        assert name in loaded.problem
    for name in ("verbosity", "voice", "future_key"):
        assert name not in loaded.problem


def test_a_missing_file_gives_the_defaults_without_a_notice(tmp_path: Path) -> None:
    assert read_settings(tmp_path / "settings.json") == read_settings(tmp_path / "nope.json")
    assert read_settings(tmp_path / "settings.json").problem == ""
    assert read_settings(tmp_path / "settings.json").settings == Settings()


def test_a_folder_or_bytes_that_are_not_utf8_give_the_defaults_and_a_notice(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()
    assert "is a folder, not a file" in read_settings(folder).problem
    binary = tmp_path / "binary.json"
    binary.write_bytes(b'{"voice": "\xff\xfe"}')
    loaded = read_settings(binary)
    assert loaded.settings == Settings()
    assert str(binary) in loaded.problem
    assert "not UTF-8" in loaded.problem


def test_an_object_is_needed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert "does not hold a JSON object" in read_settings(path).problem


def test_saved_settings_read_back_the_same_without_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    chosen = Settings(
        verbosity=Verbosity.OFF,
        voice="fr",
        rate=60,
        volume=0.0,
        last_routine="/r/ü.yaml",
        colour_scheme=ColourScheme.HIGH_CONTRAST,
        text_size=175,
    )
    save_settings(path, chosen)
    assert read_settings(path).settings == chosen
    assert read_settings(path).problem == ""


# -- whatever the text


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and the infinities too: json.dumps writes them as NaN and Infinity
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
setting_names = st.sampled_from([f.name for f in fields(Settings)] + ["version", "other"])
settings_like = st.dictionaries(
    setting_names,
    json_values
    | st.sampled_from([*Verbosity, *ColourScheme, "", "FULL", "High contrast"])
    | st.floats(min_value=-1, max_value=400)
    | st.integers(min_value=0, max_value=400),
    max_size=12,
)


def check_round_trip(loaded: Settings) -> None:
    assert_valid(loaded)
    text = settings_json(loaded)
    strict_json(text)
    again = parse_settings(text, PATH)
    assert again.settings == loaded
    assert again.problem == ""


@settings(max_examples=300)
@given(st.text())
def test_any_text_gives_valid_settings_and_valid_json(text: str) -> None:
    loaded = parse_settings(text, PATH)
    check_round_trip(loaded.settings)
    if loaded.settings != Settings():
        assert text.lstrip().startswith("{")


def acceptable(name: str, value: object) -> bool:
    """The rule of the settings documentation, written out independently."""
    if name == "verbosity":
        return value in ("full", "counts", "off")
    if name == "language":
        return value in ("", "en", "de", "nl", "zh_CN")
    if name == "colour_scheme":
        return value in ("system", "light", "dark", "high_contrast")
    if name in ("sound_countdown", "sound_switch", "sound_end", "reduce_motion"):
        return type(value) is bool
    if name in RANGES:
        low, high = RANGES[name]
        return type(value) in (int, float) and low <= value <= high  # type: ignore[operator]
    return (
        isinstance(value, str)
        and len(value) <= TEXT_LIMIT
        and "\0" not in value
        and not any("\ud800" <= c <= "\udfff" for c in value)
    )


@settings(max_examples=300)
@given(settings_like)
def test_any_json_object_gives_valid_settings_each_value_kept_or_named(
    data: dict[str, Any],
) -> None:
    loaded = parse_settings(json.dumps(data), PATH)
    check_round_trip(loaded.settings)
    if any(isinstance(v, float) and not math.isfinite(v) for v in json_leaves(data)):
        # json.dumps wrote NaN or Infinity, which is not JSON: the whole file is ignored.
        assert loaded.settings == Settings()
        assert str(PATH) in loaded.problem
        assert "not valid JSON" in loaded.problem
        return
    # The reminders object is checked value by value: tests/core/test_reminders.py.
    names = [f.name for f in fields(Settings) if f.name != "reminders"]
    refused = [name for name in names if name in data and not acceptable(name, data[name])]
    if "reminders" in data and not isinstance(data["reminders"], dict):
        refused.append("reminders")
        assert loaded.settings.reminders == Settings().reminders
    if refused:
        assert str(PATH) in loaded.problem
        assert loaded.problem.endswith(": " + ", ".join(refused) + ".")
    else:
        assert loaded.problem == ""
    for name in names:
        value = getattr(loaded.settings, name)
        if name in data and name not in refused:
            expected = data[name]
            assert value == (round(expected) if name in ("rate", "text_size") else expected)
        else:
            assert value == getattr(Settings(), name)


def json_leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in json_leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in json_leaves(item)]
    return [value]


@given(json_values)
def test_any_json_value_gives_valid_settings(value: object) -> None:
    check_round_trip(parse_settings(json.dumps(value), PATH).settings)
