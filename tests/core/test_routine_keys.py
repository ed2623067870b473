"""The one table of keys, the JSON Schema generated from it, and the loader agree.

The schema is checked with tests/json_schema_subset.py (``jsonschema`` is not a
dependency): the shipped schema is what the table generates, the bundled
routine and every example in the guides pass it, and a set of bad routines is
refused by both the schema and the loader.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from homestretch.core.paths import BUNDLED_DOCS_DIR, BUNDLED_ROUTINES_DIR, ROUTINE_FORMAT_DOC
from homestretch.core.routine import Exercise, Phase, Routine, RoutineError, parse_routine
from homestretch.core.routine_keys import (
    KEYS,
    SCHEMA_VERSION,
    Key,
    Kind,
    Level,
    json_schema,
    schema_text,
)
from tests.json_schema_subset import UnknownKeywordError, errors

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schemas" / "routine.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return loaded


def test_the_shipped_schema_is_what_the_table_generates() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "schemas/routine.schema.json is stale: run scripts/make_schema.py"
    )


def test_the_test_validator_refuses_a_keyword_it_does_not_know() -> None:
    with pytest.raises(UnknownKeywordError):
        errors({}, {"propertyNames": {"maxLength": 3}})


def test_every_key_has_what_an_editor_needs() -> None:
    for level, keys in KEYS.items():
        assert len({k.name for k in keys}) == len(keys), level
        for k in keys:
            assert k.label, (level, k.name)
            assert k.description.endswith("."), (level, k.name)
            if k.kind in (Kind.COUNT, Kind.DURATION):
                low, high = k.bounds
                assert low < high, k.name
                if isinstance(k.default, int | float):
                    assert low <= k.default <= high, k.name
            if k.kind in (Kind.TEXT, Kind.WORD, Kind.PICTURE, Kind.TEXTS):
                assert k.max_length, k.name
            if k.kind is Kind.CHOICE:
                assert k.default is None or k.default in k.choices, k.name


def _defaults(cls: type[Any]) -> dict[str, object]:
    return {
        f.name: f.default for f in dataclasses.fields(cls) if f.default is not dataclasses.MISSING
    }


@pytest.mark.parametrize(
    ("level", "cls"), [(Level.ROUTINE, Routine), (Level.EXERCISE, Exercise), (Level.PHASE, Phase)]
)
def test_the_model_s_defaults_are_the_table_s(level: Level, cls: type[Any]) -> None:
    defaults = _defaults(cls)
    for k in KEYS[level]:
        if k.required or k.name not in defaults:
            continue
        model = defaults[k.name]
        if k.default is None:
            assert model in (None, ()), k.name
        else:
            assert model == k.default, k.name


# -- what passes


def load(text: str) -> Routine:
    return parse_routine(text, label="probe.yaml", base_dir=Path(), assets_dir=Path())


def test_the_bundled_routines_pass_the_schema(schema: dict[str, Any]) -> None:
    files = sorted(BUNDLED_ROUTINES_DIR.glob("*.yaml"))
    assert files
    for path in files:
        assert errors(yaml.safe_load(path.read_text(encoding="utf-8")), schema) == [], path


def yaml_blocks(path: Path) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


def test_every_example_in_the_guides_passes_the_schema(schema: dict[str, Any]) -> None:
    minimal = yaml.safe_dump({k: v for k, v in GOOD.items() if k != "stop_rule"}, sort_keys=False)
    blocks = yaml_blocks(ROUTINE_FORMAT_DOC)
    assert len(blocks) >= 4
    for block in blocks:
        # A part of a file (a few keys) is tried at the top of a small routine, as
        # tests/core/test_docs.py loads it.
        text = block if block.startswith(("schema:", "#")) else f"{minimal}{block}"
        data = yaml.safe_load(text)
        assert errors(data, schema) == [], block
    (exercise,) = [
        b
        for b in yaml_blocks(BUNDLED_DOCS_DIR / "figure-format.md")
        if b.lstrip().startswith("- id:")
    ]
    data = yaml.safe_load(f"schema: {SCHEMA_VERSION}\nname: Probe\nexercises:\n{exercise}")
    assert errors(data, schema) == []


# -- what is refused

GOOD: dict[str, Any] = {
    "schema": SCHEMA_VERSION,
    "name": "Probe",
    "stop_rule": {"pain_rise": 2, "pain_at_least": 7},
    "exercises": [
        {
            "id": "probe",
            "name": "Probe",
            "position": "sitting",
            "summary": "A probe.",
            "steps": ["Do it."],
            "sides": "each",
            "reps": 1,
            "phases": [{"name": "hold", "seconds": 5, "say": "Hold"}],
        },
        {
            "id": "timed",
            "name": "Timed",
            "position": "standing",
            "summary": "March.",
            "steps": ["March."],
            "work": {"seconds": 30, "name": "march", "say": "March"},
        },
    ],
}

Change = Callable[[dict[str, Any]], object]


def _set(path: str, value: object) -> Change:
    """Sets ``path`` (keys and list indexes, dotted) to ``value``."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def _drop(path: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


BAD: dict[str, list[Change]] = {
    # unknown keys, at every level
    "unknown routine key": [_set("sesions_per_week", 3)],
    "unknown exercise key": [_set("exercises.0.rpes", 3)],
    "unknown phase key": [_set("exercises.0.phases.0.sya", "Hold")],
    "unknown work key": [_set("exercises.1.work.reps", 2)],
    "unknown stop rule key": [_set("stop_rule.pain", 2)],
    # required keys missing
    "no schema": [_drop("schema")],
    "no name": [_drop("name")],
    "no exercises": [_drop("exercises")],
    "no id": [_drop("exercises.0.id")],
    "no position": [_drop("exercises.0.position")],
    "no summary": [_drop("exercises.0.summary")],
    "no steps": [_drop("exercises.0.steps")],
    "no phase name": [_drop("exercises.0.phases.0.name")],
    "no phase seconds": [_drop("exercises.0.phases.0.seconds")],
    "no work seconds": [_drop("exercises.1.work.seconds")],
    "phases without reps": [_drop("exercises.0.reps")],
    "neither phases nor work": [_drop("exercises.1.work")],
    # wrong types
    "quoted count": [_set("exercises.0.reps", "8")],
    "quoted duration": [_set("prepare_seconds", "10")],
    "steps as one text": [_set("exercises.0.steps", "Sit down")],
    "a step that is a mapping": [_set("exercises.0.steps", [{"Bend": "slowly"}])],
    "exercises as a mapping": [_set("exercises", {"id": "x"})],
    "phases as a mapping": [_set("exercises.0.phases", {"name": "hold", "seconds": 5})],
    "stop rule as a list": [_set("stop_rule", [2, 7])],
    "work as a number": [_set("exercises.1.work", 30)],
    "reps with a decimal": [_set("exercises.0.reps", 2.5)],
    "a count that is yes": [_set("sessions_per_week", True)],
    "name as a list": [_set("name", ["Probe"])],
    # out of range
    "schema 0": [_set("schema", 0)],
    "a newer schema": [_set("schema", SCHEMA_VERSION + 1)],
    "no sessions a week": [_set("sessions_per_week", 0)],
    "too many sessions a week": [_set("sessions_per_week", 22)],
    "a negative rest": [_set("rest_between_exercises", -1)],
    "an hour and a second": [_set("prepare_seconds", 3601)],
    "21 sets": [_set("exercises.0.sets", 21)],
    "no reps": [_set("exercises.0.reps", 0)],
    "101 reps": [_set("exercises.0.reps", 101)],
    "a phase of 0 seconds": [_set("exercises.0.phases.0.seconds", 0)],
    "work of 0 seconds": [_set("exercises.1.work.seconds", 0)],
    "a short side switch": [_set("exercises.0.rest_between_sides", 0.5)],
    "pain rise 11": [_set("stop_rule.pain_rise", 11)],
    "pain limit 0": [_set("stop_rule.pain_at_least", 0)],
    "an unknown position": [_set("exercises.0.position", "kneeling")],
    "sides in capitals": [_set("exercises.0.sides", "Each")],
    "an unknown first side": [_set("exercises.0.first_side", "middle")],
    "a bad id": [_set("exercises.0.id", "Knee_Pats")],
    "a long id": [_set("exercises.0.id", "x" * 65)],
    "a long routine name": [_set("name", "x" * 501)],
    "a long description": [_set("description", "x" * 4001)],
    "a long exercise name": [_set("exercises.0.name", "x" * 81)],
    "a long summary": [_set("exercises.0.summary", "x" * 301)],
    "a long step": [_set("exercises.0.steps", ["x" * 501])],
    "a long caution": [_set("exercises.0.cautions", ["x" * 501])],
    "a long phase name": [_set("exercises.0.phases.0.name", "x" * 41)],
    "a long cue": [_set("exercises.0.phases.0.say", "x" * 201)],
    "a long picture path": [_set("exercises.0.illustration", "x" * 297 + ".svg")],
    "an empty name": [_set("name", "")],
    "no steps listed": [_set("exercises.0.steps", [])],
    "no exercises listed": [_set("exercises", [])],
    "no phases listed": [_set("exercises.0.phases", [])],
    "21 phases": [_set("exercises.0.phases", [{"name": "p", "seconds": 1}] * 21)],
    "an empty stop rule": [_set("stop_rule", {})],
    # rules between keys
    "a stop rule in format 1": [_set("schema", 1)],
    "phases and work": [_set("exercises.0.work", {"seconds": 5})],
    "work with reps": [_set("exercises.1.reps", 3)],
    "work with a rest between reps": [_set("exercises.1.rest_between_reps", 3)],
    "first side with both legs": [
        _set("exercises.0.sides", "both"),
        _set("exercises.0.first_side", "left"),
    ],
    "a side switch without sides": [_set("exercises.1.rest_between_sides", 3)],
}


def _apply(changes: list[Change]) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    for change in changes:
        change(data)
    return data


def _text(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, width=1_000_000, allow_unicode=True)


def test_the_good_routine_passes_both(schema: dict[str, Any]) -> None:
    assert errors(GOOD, schema) == []
    load(_text(GOOD))


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_routine_is_refused_by_the_loader_and_the_schema(
    schema: dict[str, Any], case: str
) -> None:
    data = _apply(BAD[case])
    with pytest.raises(RoutineError):
        load(_text(data))
    assert errors(data, schema), f"the schema lets through: {case}"


# -- every limit of the table, at and beyond its edges


def _trials(k: Key) -> list[object]:
    if k.kind in (Kind.COUNT, Kind.DURATION):
        low, high = k.bounds
        return [low - 1, low, low + 0.5, high - 0.5, high, high + 0.5, high + 1]
    if k.kind in (Kind.TEXT, Kind.TEXTS) and k.max_length:
        longest = k.max_length
        texts: list[object] = ["", "x", "x" * longest, "x" * (longest + 1)]
        return [[t] for t in texts] if k.kind is Kind.TEXTS else texts
    if k.kind is Kind.CHOICE:
        return [*k.choices, "nope", k.choices[0].upper()]
    return []


_PLACES = {
    Level.ROUTINE: "",
    Level.STOP_RULE: "stop_rule.",
    Level.EXERCISE: "exercises.0.",
    Level.PHASE: "exercises.0.phases.0.",
    Level.WORK: "exercises.1.work.",
}


def _whole(value: object) -> object:
    return int(value) if isinstance(value, float) and value == int(value) else value


TRIALS = [
    (level, k, _whole(value)) for level, keys in KEYS.items() for k in keys for value in _trials(k)
]


@pytest.mark.parametrize(
    ("level", "k", "value"), TRIALS, ids=[f"{lv}.{k.name}={v!r:.12}" for lv, k, v in TRIALS]
)
def test_the_schema_and_the_loader_agree_on_every_limit(
    schema: dict[str, Any], level: Level, k: Key, value: object
) -> None:
    data = _apply([_set(_PLACES[level] + k.name, value)])
    try:
        load(_text(data))
    except RoutineError:
        loaded = False
    else:
        loaded = True
    assert (errors(data, schema) == []) == loaded, (k.name, value)


def test_the_schema_is_generated_in_key_order() -> None:
    generated = json_schema()
    assert list(generated["properties"]) == [k.name for k in KEYS[Level.ROUTINE]]
    assert list(generated["definitions"]["exercise"]["properties"]) == [
        k.name for k in KEYS[Level.EXERCISE]
    ]
