"""Tests for the routine writer (``homestretch.core.writer``).

The strict loader is the judge: every text the writer makes is loaded with
:func:`parse_routine`, and edits of the bundled routine are checked line by
line with :mod:`difflib` against the file as it was written.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from homestretch.core import timeline
from homestretch.core.checkin import StopRule
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.routine import (
    BIDI_CONTROLS,
    SCHEMA_VERSION,
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineError,
    Side,
    Sides,
    load_routine,
    parse_routine,
)
from homestretch.core.writer import (
    BundledRoutineError,
    backup_path,
    copy_name,
    copy_path,
    edit_routine_text,
    number_text,
    routine_text,
    save_routine,
)
from tests.disk import fill, small_disk

ORIGINAL = BUNDLED_ROUTINE.read_text(encoding="utf-8")
FIGURES = sorted(p.name for p in (ASSETS_DIR / "figures").glob("*.yaml"))


def parse(text: str) -> Routine:
    return parse_routine(text, label="test.yaml", base_dir=Path(), assets_dir=ASSETS_DIR)


def bundled_data() -> dict[str, Any]:
    """The bundled routine as plain data, in the shape of its file (PyYAML reads it
    the same way as the loader: it has no YAML 1.1 surprises)."""
    data: dict[str, Any] = yaml.safe_load(ORIGINAL)
    return data


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed from ``before`` and added in ``after``."""
    removed, added = [], []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def without_places(routine: Routine) -> Routine:
    return replace(
        routine,
        sha256="",
        source=None,
        exercises=tuple(replace(e, line=0) for e in routine.exercises),
    )


# --------------------------------------------------------------------------- editing in place


def test_an_unchanged_routine_is_written_back_byte_for_byte() -> None:
    assert edit_routine_text(ORIGINAL, bundled_data()) == ORIGINAL


def _set(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


# (path in the data, new value, the line before, the line after, what the loader reads)
EDITS: list[tuple[tuple[str | int, ...], Any, str, str, Any]] = [
    (("name",), "Sciatica, week 2", "name: Sciatica relief - seven functional exercises",
     "name: Sciatica, week 2", lambda r: r.name == "Sciatica, week 2"),
    (("sessions_per_week",), 5, "sessions_per_week: 7 # PT: once a day",
     "sessions_per_week: 5 # PT: once a day", lambda r: r.sessions_per_week == 5),
    (("prepare_seconds",), 12.5,
     "prepare_seconds: 10 # PT: time to get into position before each exercise",
     "prepare_seconds: 12.5 # PT: time to get into position before each exercise",
     lambda r: r.prepare_seconds == 12.5),
    (("rest_between_exercises",), 30, "rest_between_exercises: 20 # PT",
     "rest_between_exercises: 30 # PT", lambda r: r.rest_between_exercises == 30),
    (("stop_rule", "pain_rise"), 3,
     "  pain_rise: 2 # pain 2 or more points above the rating before the session",
     "  pain_rise: 3 # pain 2 or more points above the rating before the session",
     lambda r: r.stop_rule == StopRule(pain_rise=3, pain_at_least=7)),
    (("stop_rule", "pain_at_least"), 8, "  pain_at_least: 7 # or any rating of 7 or more",
     "  pain_at_least: 8 # or any rating of 7 or more",
     lambda r: r.stop_rule == StopRule(pain_rise=2, pain_at_least=8)),
    (("exercises", 0, "id"), "knee-extension", "  - id: sitting-knee-extension",
     "  - id: knee-extension", lambda r: r.exercises[0].id == "knee-extension"),
    (("exercises", 0, "name"), "Knee extension", "    name: Sitting knee extension",
     "    name: Knee extension", lambda r: r.exercises[0].name == "Knee extension"),
    (("exercises", 0, "position"), "standing", "    position: sitting",
     "    position: standing", lambda r: r.exercises[0].position is Position.STANDING),
    (("exercises", 0, "illustration"), "assets:figures/knee-pats.yaml",
     "    illustration: assets:figures/sitting-knee-extension.yaml",
     "    illustration: assets:figures/knee-pats.yaml",
     lambda r: r.exercises[0].illustration == ASSETS_DIR / "figures" / "knee-pats.yaml"),
    (("exercises", 0, "summary"), "Straighten one knee.",
     "    summary: Sitting with both feet flat, slowly straighten one knee, hold it, then lower"
     " it.",
     "    summary: Straighten one knee.",
     lambda r: r.exercises[0].summary == "Straighten one knee."),
    (("exercises", 0, "steps", 2), "Hold the leg out.",
     "      - Keep the leg straight for a moment.",
     "      - Hold the leg out.", lambda r: r.exercises[0].steps[2] == "Hold the leg out."),
    (("exercises", 0, "cautions", 0), "Stop if it hurts.",
     "      - Move within a comfortable range; stop if the pain down your leg gets worse.",
     "      - Stop if it hurts.", lambda r: r.exercises[0].cautions == ("Stop if it hurts.",)),
    (("exercises", 0, "sides"), "each", "    sides: alternating", "    sides: each",
     lambda r: r.exercises[0].sides is Sides.EACH),
    (("exercises", 0, "first_side"), "left", "    first_side: right", "    first_side: left",
     lambda r: r.exercises[0].first_side is Side.LEFT),
    (("exercises", 0, "sets"), 2, "    sets: 1 # PT", "    sets: 2 # PT",
     lambda r: r.exercises[0].sets == 2),
    (("exercises", 0, "reps"), 10, "    reps: 8 # PT: per leg", "    reps: 10 # PT: per leg",
     lambda r: r.exercises[0].reps == 10),
    (("exercises", 0, "phases", 1, "seconds"), 7,
     "      - { name: hold, seconds: 5, say: Hold it straight } # PT",
     "      - { name: hold, seconds: 7, say: Hold it straight } # PT",
     lambda r: r.exercises[0].phases[1].seconds == 7),
    (("exercises", 0, "phases", 1, "name"), "keep",
     "      - { name: hold, seconds: 5, say: Hold it straight } # PT",
     "      - { name: keep, seconds: 5, say: Hold it straight } # PT",
     lambda r: r.exercises[0].phases[1].name == "keep"),
    (("exercises", 0, "phases", 1, "say"), "Keep it there",
     "      - { name: hold, seconds: 5, say: Hold it straight } # PT",
     "      - { name: hold, seconds: 5, say: Keep it there } # PT",
     lambda r: r.exercises[0].phases[1].say == "Keep it there"),
    (("exercises", 0, "rest_between_sides"), 4, "    rest_between_sides: 2 # PT",
     "    rest_between_sides: 4 # PT", lambda r: r.exercises[0].rest_between_sides == 4),
    (("exercises", 5, "work", "seconds"), 60,
     "    work: { seconds: 45, name: tap, say: Tap gently around your knees } # PT",
     "    work: { seconds: 60, name: tap, say: Tap gently around your knees } # PT",
     lambda r: r.exercises[5].phases[0].seconds == 60),
    (("exercises", 6, "rest_after"), 10, "    rest_after: 0", "    rest_after: 10",
     lambda r: r.exercises[6].rest_after == 10),
]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "value", "before", "after", "check"),
    EDITS,
    ids=[".".join(map(str, e[0])) for e in EDITS],
)
def test_changing_one_key_changes_that_line_alone(
    path: tuple[str | int, ...], value: Any, before: str, after: str, check: Any
) -> None:
    data = bundled_data()
    _set(data, path, value)
    text = edit_routine_text(ORIGINAL, data)
    assert changed_lines(ORIGINAL, text) == ([before], [after])
    assert check(parse(text))


@pytest.mark.parametrize(
    ("key", "value", "line"),
    [
        ("rest_between_reps", 1.5, "    rest_between_reps: 1.5"),
        ("rest_between_sets", 45, "    rest_between_sets: 45"),
        ("rest_after", 0, "    rest_after: 0"),
        ("prepare_seconds", 15, "    prepare_seconds: 15"),
    ],
)
def test_adding_an_exercise_key_adds_one_line(key: str, value: float, line: str) -> None:
    data = bundled_data()
    data["exercises"][0][key] = value
    text = edit_routine_text(ORIGINAL, data)
    assert changed_lines(ORIGINAL, text) == ([], [line])
    exercise = parse(text).exercises[0]
    assert getattr(exercise, key) == value


def test_removing_a_key_removes_its_line() -> None:
    data = bundled_data()
    del data["exercises"][0]["rest_between_sides"]
    text = edit_routine_text(ORIGINAL, data)
    assert changed_lines(ORIGINAL, text) == (["    rest_between_sides: 2 # PT"], [])
    assert parse(text).exercises[0].rest_between_sides == 3.0  # the default


def test_the_description_is_refolded_where_it_changed() -> None:
    data = bundled_data()
    data["description"] = data["description"].replace("normally", "calmly and slowly")
    text = edit_routine_text(ORIGINAL, data)
    removed, added = changed_lines(ORIGINAL, text)
    assert removed == ["  only as far as is comfortable, and breathe normally throughout."]
    assert added == ["  only as far as is comfortable, and breathe calmly and slowly throughout."]
    assert "breathe calmly and slowly" in parse(text).description


def test_a_new_phase_is_written_in_flow_style_like_its_neighbours() -> None:
    data = bundled_data()
    data["exercises"][0]["phases"].insert(2, {"name": "relax", "seconds": 2})
    data["exercises"][0]["phases"][1]["seconds"] = 6
    text = edit_routine_text(ORIGINAL, data)
    removed, added = changed_lines(ORIGINAL, text)
    assert removed == ["      - { name: hold, seconds: 5, say: Hold it straight } # PT"]
    assert added[0] == "      - { name: hold, seconds: 6, say: Hold it straight } # PT"
    assert added[1].replace(" ", "") == "-{name:relax,seconds:2}"
    phases = parse(text).exercises[0].phases
    assert [p.name for p in phases] == ["straighten", "hold", "relax", "lower"]
    assert phases[2] == Phase("relax", 2.0)


def test_dropping_an_exercise_removes_its_lines_and_keeps_the_others() -> None:
    data = bundled_data()
    dropped = data["exercises"].pop(3)
    assert dropped["id"] == "quadriceps-stretch"
    text = edit_routine_text(ORIGINAL, data)
    removed, added = changed_lines(ORIGINAL, text)
    assert added == []
    assert len(removed) == 23  # its 22 lines and the blank line after it
    assert removed[-1] == ""
    assert "  - id: quadriceps-stretch" in removed
    routine = parse(text)
    assert [e.id for e in routine.exercises] == [e["id"] for e in data["exercises"]]
    assert text.count("# PT") == ORIGINAL.count("# PT") - sum("# PT" in line for line in removed)


@pytest.mark.parametrize(
    "word",
    ["no", "yes", "on", "off", "1:30", "012", "null", "~", "2024-01-01", "3.5", "7", "?x", ""],
)
def test_text_that_yaml_1_1_would_misread_is_quoted(word: str) -> None:
    name = word or "x"
    data = bundled_data()
    data["name"] = name
    data["exercises"][0]["phases"][0]["say"] = name
    text = edit_routine_text(ORIGINAL, data)
    reread = yaml.safe_load(text)  # a YAML 1.1 reader, as editors and the loader use
    assert reread["name"] == name
    assert reread["exercises"][0]["phases"][0]["say"] == name
    routine = parse(text)
    assert routine.name == name
    assert routine.exercises[0].phases[0].say == name
    new = routine_text(data)
    assert yaml.safe_load(new)["name"] == name
    assert parse(new).name == name


@pytest.mark.parametrize(
    ("value", "text"),
    [(5, "5"), (5.0, "5"), (2.5, "2.5"), (1e-05, "0.00001"), (3600.0, "3600"), (0.1, "0.1")],
)
def test_numbers_are_written_plainly(value: float, text: str) -> None:
    assert number_text(value) == text


# --------------------------------------------------------------------------- generated routines

_TEXT_ALPHABET = st.characters(
    exclude_categories=("Cc", "Cs"), exclude_characters=tuple(BIDI_CONTROLS)
)


def _text(max_len: int) -> st.SearchStrategy[str]:
    return st.text(_TEXT_ALPHABET, min_size=1, max_size=max_len + 5).filter(
        lambda t: 0 < len(" ".join(t.split())) <= max_len
    )


_SECONDS = st.one_of(
    st.integers(0, 3600),
    st.floats(0, 3600, allow_nan=False),
    st.sampled_from([0, 0.5, 3600]),
)
_POSITIVE = st.one_of(
    st.integers(1, 3600), st.floats(0, 3600, exclude_min=True), st.sampled_from([0.1, 3600])
)


@st.composite
def _exercise(draw: st.DrawFn, exercise_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": draw(_text(80)),
        "position": draw(st.sampled_from([str(p) for p in Position])),
        "summary": draw(_text(300)),
        "steps": draw(st.lists(_text(500), min_size=1, max_size=4)),
    }
    if draw(st.booleans()):
        data["cautions"] = draw(st.lists(_text(500), max_size=3))
    if draw(st.booleans()):
        data["illustration"] = "assets:figures/" + draw(st.sampled_from(FIGURES))
    sides = draw(st.none() | st.sampled_from([str(s) for s in Sides]))
    if sides is not None:
        data["sides"] = sides
    if sides in ("alternating", "each"):
        if draw(st.booleans()):
            data["first_side"] = draw(st.sampled_from([str(s) for s in Side]))
        if draw(st.booleans()):
            data["rest_between_sides"] = draw(st.integers(1, 3600) | st.floats(1, 3600))
    if draw(st.booleans()):
        data["sets"] = draw(st.integers(1, 20))
    if draw(st.booleans()):
        data["reps"] = draw(st.integers(1, 100))
        phase = st.fixed_dictionaries(
            {"name": _text(40), "seconds": _POSITIVE}, optional={"say": _text(200)}
        )
        data["phases"] = draw(st.lists(phase, min_size=1, max_size=20))
        if draw(st.booleans()):
            data["rest_between_reps"] = draw(_SECONDS)
    else:
        data["work"] = draw(
            st.fixed_dictionaries(
                {"seconds": _POSITIVE}, optional={"name": _text(40), "say": _text(200)}
            )
        )
    for key in ("rest_between_sets", "rest_after", "prepare_seconds"):
        if draw(st.booleans()):
            data[key] = draw(_SECONDS)
    return data


@st.composite
def routines(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(
        st.lists(
            st.from_regex(r"[a-z0-9][a-z0-9-]{0,63}", fullmatch=True),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    data: dict[str, Any] = {"schema": draw(st.sampled_from([1, 2])), "name": draw(_text(500))}
    if draw(st.booleans()):
        data["description"] = draw(_text(4000))
    if draw(st.booleans()):
        data["sessions_per_week"] = draw(st.integers(1, 21))
    for key in ("prepare_seconds", "rest_between_exercises"):
        if draw(st.booleans()):
            data[key] = draw(_SECONDS)
    if data["schema"] == 2 and draw(st.booleans()):
        rule = draw(
            st.fixed_dictionaries(
                {}, optional={"pain_rise": st.integers(1, 10), "pain_at_least": st.integers(1, 10)}
            ).filter(bool)
        )
        data["stop_rule"] = rule
    data["exercises"] = [draw(_exercise(i)) for i in ids]
    return data


def _words(text: str) -> str:
    return " ".join(text.split())


def expected_routine(data: dict[str, Any]) -> Routine:
    """What the loader must read from a file holding ``data`` (the format's defaults filled in)."""
    exercises = []
    for e in data["exercises"]:
        if "work" in e:
            work = e["work"]
            phases: tuple[Phase, ...] = (
                Phase(_words(work.get("name", "work")), work["seconds"], _say(work)),
            )
        else:
            phases = tuple(Phase(_words(p["name"]), p["seconds"], _say(p)) for p in e["phases"])
        figure = e.get("illustration")
        exercises.append(
            Exercise(
                id=e["id"],
                name=_words(e["name"]),
                position=Position(e["position"]),
                summary=_words(e["summary"]),
                steps=tuple(_words(s) for s in e["steps"]),
                phases=phases,
                reps=e.get("reps", 1),
                sets=e.get("sets", 1),
                timed="work" in e,
                sides=Sides(e.get("sides", "none")),
                first_side=Side(e.get("first_side", "right")),
                cautions=tuple(_words(c) for c in e.get("cautions", ())),
                illustration=(
                    (ASSETS_DIR / figure.removeprefix("assets:")).resolve() if figure else None
                ),
                rest_between_reps=e.get("rest_between_reps", 0.0),
                rest_between_sides=e.get("rest_between_sides", 3.0),
                rest_between_sets=e.get("rest_between_sets", 30.0),
                rest_after=e.get("rest_after"),
                prepare_seconds=e.get("prepare_seconds"),
            )
        )
    rule = data.get("stop_rule")
    return Routine(
        name=_words(data["name"]),
        exercises=tuple(exercises),
        description=_words(data.get("description", "")),
        sessions_per_week=data.get("sessions_per_week", 7),
        prepare_seconds=data.get("prepare_seconds", 10.0),
        rest_between_exercises=data.get("rest_between_exercises", 20.0),
        schema=data["schema"],
        stop_rule=StopRule(rule.get("pain_rise"), rule.get("pain_at_least")) if rule else None,
    )


def _say(phase: dict[str, Any]) -> str | None:
    return _words(phase["say"]) if "say" in phase else None


def _check_loads_as(text: str, data: dict[str, Any]) -> None:
    expected = expected_routine(data)
    if not timeline.session_size(expected).within_bounds:
        with pytest.raises(RoutineError, match=r"too long|steps"):
            parse(text)
        return
    assert without_places(parse(text)) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines())
def test_a_new_file_loads_as_the_routine_it_was_written_from(data: dict[str, Any]) -> None:
    text = routine_text(data)
    assert text.startswith(f"schema: {data['schema']}\n")
    _check_loads_as(text, data)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines())
def test_editing_the_bundled_file_into_any_routine_loads_as_that_routine(
    data: dict[str, Any],
) -> None:
    text = edit_routine_text(ORIGINAL, data)
    _check_loads_as(text, data)
    # Editing the result again with the same data still gives that routine.
    _check_loads_as(edit_routine_text(text, data), data)


# --------------------------------------------------------------------------- saving


def test_saving_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    path = folder / "mine.yaml"
    save_routine(path, ORIGINAL, bundled_dir=BUNDLED_ROUTINES_DIR)
    assert path.read_text(encoding="utf-8") == ORIGINAL
    assert not backup_path(path).exists()  # nothing to keep the first time
    data = bundled_data()
    data["exercises"][0]["reps"] = 6
    edited = edit_routine_text(ORIGINAL, data)
    save_routine(path, edited, bundled_dir=BUNDLED_ROUTINES_DIR)
    assert path.read_text(encoding="utf-8") == edited
    assert backup_path(path) == folder / "mine.yaml.bak"
    assert backup_path(path).read_text(encoding="utf-8") == ORIGINAL
    assert sorted(p.name for p in folder.iterdir()) == ["mine.yaml", "mine.yaml.bak"]
    assert load_routine(path).exercises[0].reps == 6


def test_a_bundled_routine_is_never_overwritten(tmp_path: Path) -> None:
    before = BUNDLED_ROUTINE.read_bytes()
    with pytest.raises(BundledRoutineError, match="bundled routine"):
        save_routine(BUNDLED_ROUTINE, ORIGINAL + "\n", bundled_dir=BUNDLED_ROUTINES_DIR)
    assert BUNDLED_ROUTINE.read_bytes() == before
    assert not backup_path(BUNDLED_ROUTINE).exists()
    # Also through a link into the bundled folder.
    link = tmp_path / "link.yaml"
    link.symlink_to(BUNDLED_ROUTINE)
    with pytest.raises(BundledRoutineError):
        save_routine(link, ORIGINAL + "\n", bundled_dir=BUNDLED_ROUTINES_DIR)
    assert BUNDLED_ROUTINE.read_bytes() == before


def test_an_edited_bundled_routine_is_saved_as_a_copy_with_the_same_exercise_ids(
    tmp_path: Path,
) -> None:
    user = tmp_path / "user-routines"
    user.mkdir()
    data = bundled_data()
    data["exercises"][1]["reps"] = 4
    target = copy_path(BUNDLED_ROUTINE, user)
    assert target == user / "sciatica-relief (copy).yaml"
    save_routine(target, edit_routine_text(ORIGINAL, data), bundled_dir=BUNDLED_ROUTINES_DIR)
    assert copy_path(BUNDLED_ROUTINE, user) == user / "sciatica-relief (copy 2).yaml"
    copied = load_routine(target)
    assert [e.id for e in copied.exercises] == [
        e.id for e in load_routine(BUNDLED_ROUTINE).exercises
    ]
    assert copied.exercises[1].reps == 4


def test_text_the_loader_refuses_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(ORIGINAL, encoding="utf-8")
    with pytest.raises(RoutineError, match="reps"):
        save_routine(
            path, ORIGINAL.replace("reps: 8", "reps: 1:30"), bundled_dir=BUNDLED_ROUTINES_DIR
        )
    assert path.read_text(encoding="utf-8") == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.yaml"]


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "64k") as disk:
        path = disk / "mine.yaml"
        path.write_text(ORIGINAL, encoding="utf-8")
        filler = fill(disk)
        data = bundled_data()
        data["exercises"][0]["reps"] = 5
        with pytest.raises(OSError, match="No space left"):
            save_routine(path, edit_routine_text(ORIGINAL, data), bundled_dir=BUNDLED_ROUTINES_DIR)
        assert path.read_text(encoding="utf-8") == ORIGINAL
        assert sorted(p.name for p in disk.iterdir() if p != filler) == ["mine.yaml"]


# --------------------------------------------------------------------------- copy names


@pytest.mark.parametrize(
    ("name", "taken", "expected"),
    [
        ("Sciatica", [], "Sciatica (copy)"),
        ("Sciatica", ["Sciatica (copy)"], "Sciatica (copy 2)"),
        ("Sciatica", ["sciatica (COPY)", "Sciatica (copy 2)"], "Sciatica (copy 3)"),
        ("Sciatica (copy)", ["Sciatica (copy)"], "Sciatica (copy 2)"),
        ("Sciatica (copy 2)", ["Sciatica (copy)", "Sciatica (copy 2)"], "Sciatica (copy 3)"),
    ],
)
def test_copy_names_count_on(name: str, taken: list[str], expected: str) -> None:
    assert copy_name(name, taken) == expected


def test_routine_text_of_the_bundled_data_is_block_style_and_loads_the_same() -> None:
    text = routine_text(bundled_data())
    assert "{" not in text
    assert text.startswith("schema: 2\n")
    assert "\n\nexercises:\n  - id: sitting-knee-extension\n" in text
    assert "\n\n  - id: prone-knee-bend\n" in text
    assert without_places(parse(text)) == without_places(parse(ORIGINAL))
    data = copy.deepcopy(bundled_data())
    del data["schema"]
    assert routine_text(data).startswith(f"schema: {SCHEMA_VERSION}\n")


@pytest.mark.parametrize(
    ("path", "value"), [(("prepare_seconds",), 12.5), (("exercises", 0, "reps"), 12)]
)
def test_a_changed_number_keeps_the_space_before_its_comment(
    path: tuple[str | int, ...], value: Any
) -> None:
    data = bundled_data()
    _set(data, path, value)
    edited = edit_routine_text(ORIGINAL, data)
    # ruamel would keep the comment's column: "reps: 8  # PT" after "reps: 12 # PT".
    assert edit_routine_text(edited, bundled_data()) == ORIGINAL
