"""The routine format guide agrees with the one table of keys and with the loader, and
every example in the docs loads.

The key tables of docs/routine-format.md are generated from the table of keys
(core/routine_keys.py, by scripts/make_schema.py): they must be current. They
are also read as data: their key names and which are required must be the
loader's (``routine.*_KEYS``), and every range, choice and default they give
is tried on the loader itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml

from homestretch.core.paths import BUNDLED_DOCS_DIR, ROUTINE_FORMAT_DOC
from homestretch.core.pose import load_figure
from homestretch.core.routine import (
    EXERCISE_KEYS,
    PHASE_KEYS,
    ROUTINE_KEYS,
    SCHEMA_VERSION,
    STOP_RULE_KEYS,
    WORK_KEYS,
    KeySet,
    Routine,
    RoutineError,
    parse_routine,
)
from homestretch.core.routine_keys import KEYS, Level, update_guide

FIGURE_FORMAT_DOC = BUNDLED_DOCS_DIR / "figure-format.md"


@pytest.fixture(scope="module")
def guide() -> str:
    return ROUTINE_FORMAT_DOC.read_text(encoding="utf-8")


# -- the tables


def tables(markdown: str) -> Iterator[tuple[str, list[list[str]]]]:
    """Each Markdown table with the ``##`` section it is in: its rows (header first,
    the --- row left out) of cells."""
    section = ""
    rows: list[list[str]] = []
    for line in [*markdown.splitlines(), ""]:
        text = line.strip()
        if text.startswith("|"):
            cells = [cell.strip() for cell in text.strip("|").split("|")]
            if not all(set(cell) <= set("-: ") for cell in cells):
                rows.append(cells)
            continue
        if rows:
            yield section, rows
            rows = []
        if line.startswith("## "):
            section = line[3:].strip()


LEVELS: dict[str, tuple[str, KeySet]] = {
    "Routine keys": ("routine", ROUTINE_KEYS),
    "Exercise keys": ("exercise", EXERCISE_KEYS),
    "Phase key": ("phase", PHASE_KEYS),
    "Stop rule key": ("stop_rule", STOP_RULE_KEYS),
}


def key_tables(markdown: str) -> dict[str, dict[str, dict[str, str]]]:
    """level -> key -> column -> cell, for the tables of keys of each level."""
    found: dict[str, dict[str, dict[str, str]]] = {}
    for section, (header, *body) in tables(markdown):
        if header[0] not in ("Key", "Phase key", "Stop rule key"):
            continue
        level, _ = LEVELS[section if header[0] == "Key" else header[0]]
        assert level not in found, f"two tables of {level} keys"
        found[level] = {
            row[0].strip("`"): dict(zip(header[1:], row[1:], strict=True)) for row in body
        }
    return found


def test_the_guide_s_tables_of_keys_are_the_table_s(guide: str) -> None:
    assert update_guide(guide) == guide, (
        "the tables of keys in docs/routine-format.md are stale: run scripts/make_schema.py"
    )


def test_the_loader_s_keys_are_the_table_s() -> None:
    for level, keys in [
        (Level.ROUTINE, ROUTINE_KEYS),
        (Level.STOP_RULE, STOP_RULE_KEYS),
        (Level.EXERCISE, EXERCISE_KEYS),
        (Level.PHASE, PHASE_KEYS),
        (Level.WORK, WORK_KEYS),
    ]:
        assert keys.required == tuple(k.name for k in KEYS[level] if k.required)
        assert keys.optional == tuple(k.name for k in KEYS[level] if not k.required)


def test_the_guide_has_a_table_of_keys_for_each_level(guide: str) -> None:
    assert set(key_tables(guide)) == {level for level, _ in LEVELS.values()}


@pytest.mark.parametrize(("level", "keys"), list(LEVELS.values()), ids=lambda v: str(v))
def test_the_tables_list_the_loader_s_keys_and_which_are_required(
    guide: str, level: str, keys: KeySet
) -> None:
    table = key_tables(guide)[level]
    assert set(table) == {*keys.required, *keys.optional}
    required = {key for key, row in table.items() if row["Required / default"] == "required"}
    assert required == set(keys.required)


def test_work_has_a_phase_s_keys_with_the_name_left_optional() -> None:
    assert set(WORK_KEYS.required) | set(WORK_KEYS.optional) == {
        *PHASE_KEYS.required,
        *PHASE_KEYS.optional,
    }
    assert set(WORK_KEYS.required) == set(PHASE_KEYS.required) - {"name"}


# -- trying what the tables say on the loader

EXERCISE: dict[str, Any] = {
    "id": "probe",
    "name": "Probe",
    "position": "sitting",
    "summary": "A probe.",
    "steps": ["Do it."],
    "sides": "each",
    "reps": 1,  # so that the longest phase still fits in a session
    "phases": [{"name": "hold", "seconds": 5}],
}


def routine_text(level: str, key: str, value: object, *, drop: bool = False) -> str:
    """A small routine (in the YAML the loader reads) with ``key`` of ``level`` set to
    ``value``, or left out (``drop``)."""
    exercise = {**EXERCISE, "phases": [dict(EXERCISE["phases"][0])]}
    data: dict[str, Any] = {"schema": SCHEMA_VERSION, "name": "Probe", "exercises": [exercise]}
    if level == "stop_rule":
        data["stop_rule"] = {"pain_rise": 2, "pain_at_least": 7}
    target: dict[str, Any] = {
        "routine": data,
        "exercise": exercise,
        "phase": exercise["phases"][0],
        "stop_rule": data.get("stop_rule", {}),
    }[level]
    if drop:
        target.pop(key, None)
    else:
        target[key] = value
    return yaml.safe_dump(data, sort_keys=False, width=1_000_000, allow_unicode=True)


def load(text: str) -> Routine:
    return parse_routine(text, label="probe.yaml", base_dir=Path(), assets_dir=Path())


def value_of(routine: Routine, level: str, key: str) -> object:
    owner: object = {
        "routine": routine,
        "exercise": routine.exercises[0],
        "phase": routine.exercises[0].phases[0],
        "stop_rule": routine.stop_rule,
    }[level]
    return getattr(owner, key)


def accepts(level: str, key: str, value: object) -> bool:
    try:
        routine = load(routine_text(level, key, value))
    except RoutineError:
        return False
    loaded = value_of(routine, level, key)
    return loaded == value or (isinstance(loaded, Enum) and loaded.value == value)


def rows(markdown: str) -> list[tuple[str, str, dict[str, str]]]:
    return [
        (level, key, row)
        for level, table in key_tables(markdown).items()
        for key, row in table.items()
    ]


Check = Callable[[str, str, dict[str, str]], bool]


def check_range(level: str, key: str, row: dict[str, str]) -> bool:
    """Try the row's allowed values on the loader; False if the row gives none to try."""
    kind, allowed = row["Type"], row["Allowed values"]
    span = re.match(r"(\d+) to (\d+)\b", allowed)
    if kind in ("count", "duration") and span:
        low, high = int(span[1]), int(span[2])
        assert accepts(level, key, low), (key, allowed)
        assert accepts(level, key, high), (key, allowed)
        assert not accepts(level, key, high + 1), (key, allowed)
        if low > 0:
            assert not accepts(level, key, low - 1), (key, allowed)
        # A count is whole; a duration may have a decimal point.
        assert accepts(level, key, low + 0.5) == (kind == "duration"), (key, kind)
        assert not accepts(level, key, high + 0.5), (key, allowed)
        return True
    above = re.match(r"more than (\d+), up to (\d+)\b", allowed)
    if kind == "duration" and above:
        low, high = int(above[1]), int(above[2])
        assert not accepts(level, key, low), (key, allowed)
        assert accepts(level, key, low + 0.5), (key, allowed)
        assert accepts(level, key, high), (key, allowed)
        assert not accepts(level, key, high + 0.5), (key, allowed)
        return True
    length = re.search(r"up to (\d+) characters", allowed)
    if kind in ("text", "list of texts") and length:
        most = int(length[1])

        def text(n: int) -> object:
            return ["x" * n] if kind == "list of texts" else "x" * n

        if kind == "list of texts":
            ok = load(routine_text(level, key, text(most)))
            assert value_of(ok, level, key) == ("x" * most,)
        else:
            assert accepts(level, key, text(most)), (key, allowed)
        with pytest.raises(RoutineError):
            load(routine_text(level, key, text(most + 1)))
        return True
    if kind in ("choice", "count") and allowed.startswith("`"):
        words = re.findall(r"`([^`]+)`", allowed.split(";")[0])
        values = [int(w) if kind == "count" else w for w in words]
        for value in values:
            assert accepts(level, key, value), (key, value)
        if kind == "count":
            numbers = [v for v in values if isinstance(v, int)]
            assert not accepts(level, key, max(numbers) + 1), key
            assert not accepts(level, key, min(numbers) - 1), key
        else:
            loaded = value_of(load(routine_text(level, key, words[0])), level, key)
            assert isinstance(loaded, Enum)
            assert {member.value for member in type(loaded)} == set(words), key
        return True
    return False


def test_every_range_and_choice_in_the_tables_is_what_the_loader_takes(guide: str) -> None:
    tried = {(level, key) for level, key, row in rows(guide) if check_range(level, key, row)}
    # Those described in words (see below, see Pictures) are tested in test_routine.py.
    untried = {(level, key) for level, key, _ in rows(guide)} - tried
    assert untried == {
        ("routine", "exercises"),
        ("routine", "stop_rule"),
        ("routine", "language"),  # tests/core/test_phrases.py
        ("exercise", "id"),
        ("exercise", "illustration"),
        ("exercise", "phases"),
        ("exercise", "work"),
    }


def test_every_default_in_the_tables_is_the_loader_s(guide: str) -> None:
    checked = 0
    for level, key, row in rows(guide):
        default = re.fullmatch(r"`([^`]+)`", row["Required / default"])
        if default is None:
            continue
        routine = load(routine_text(level, key, None, drop=True))
        loaded = value_of(routine, level, key)
        shown = loaded.value if isinstance(loaded, Enum) else loaded
        word = default[1]
        assert shown == (word if isinstance(shown, str) else float(word)), key
        checked += 1
    assert checked >= 9


# -- the examples


def yaml_blocks(path: Path) -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


MINIMAL = routine_text("routine", "description", "A minimal routine.", drop=True)


def test_every_example_in_the_routine_guide_loads(guide: str) -> None:
    blocks = yaml_blocks(ROUTINE_FORMAT_DOC)
    assert len(blocks) >= 4
    for block in blocks:
        # A part of a file (a few keys) is tried at the top of a small routine.
        text = block if block.startswith(("schema:", "#")) else f"{MINIMAL}{block}"
        routine = load(text)
        assert routine.warnings == (), block
        assert routine.schema == SCHEMA_VERSION, "an example in an older format"


def test_every_example_in_the_figure_guide_loads(tmp_path: Path) -> None:
    blocks = yaml_blocks(FIGURE_FORMAT_DOC)
    (figure,) = [b for b in blocks if re.search(r"^schema:", b, re.M)]
    (exercise,) = [b for b in blocks if b.lstrip().startswith("- id:")]
    parts = [b for b in blocks if b not in (figure, exercise)]
    assert len(parts) >= 3
    (tmp_path / "figures").mkdir()
    figure_file = tmp_path / "figures" / "heel-slide.yaml"
    figure_file.write_text(figure, encoding="utf-8")
    load_figure(figure_file)
    routine = parse_routine(
        f"schema: {SCHEMA_VERSION}\nname: Probe\nexercises:\n{exercise}",
        label="probe.yaml",
        base_dir=tmp_path,
        assets_dir=tmp_path,
    )
    assert routine.warnings == ()
    assert routine.exercises[0].illustration == figure_file.resolve()

    any_pose = "    working_leg: { thigh: 45, shin: -43, foot: 0 }\n"
    for index, part in enumerate(parts):
        data = yaml.safe_load(part)
        head = figure[: figure.index("\nphases:")] + "\n"
        if "phases" in data:  # the figure's phases, with the poses they name
            named = {
                pose
                for value in data["phases"].values()
                for pose in (value if isinstance(value, list) else [value])
            }
            extra = "".join(f"  {pose}:\n{any_pose}" for pose in sorted(named - {"start", "end"}))
            head = head.replace("poses:\n", f"poses:\n{extra}", 1)
            text = head + part
        else:  # the keys of one pose
            indented = "".join(f"    {line}\n" for line in part.splitlines())
            text = head.replace("poses:\n", f"poses:\n  probe:\n{indented}", 1)
        probe = tmp_path / f"part-{index}.yaml"
        probe.write_text(text, encoding="utf-8")
        load_figure(probe)
