#!/usr/bin/env python3
"""How long loading and validating a routine file takes.

Times :func:`homestretch.core.routine.load_routine` (read, parse, validate
every field, resolve every picture) on the bundled routine and on a generated
routine of 500 realistic exercises: several steps and cautions each, three
phases with spoken cues or plain timed ``work:``, one-sided exercises
alternating or done side by side, a picture for each. Their doses are short
(one set, one or two reps, phases of a second or two) so that all 500 fit in
one session's bound (4 hours, 20,000 steps: see ``core/timeline.py``); the text
to read, which is what loading costs, is as long as a real exercise's. Each figure is the median
of several runs after one warm-up run. The time to compile the large routine
into its timeline is shown too.

Prints ``load_ms_bundled: X`` and, as the last line, ``load_ms: N``: the median
time in milliseconds to load the 500-exercise routine. No target was set for
this figure; 100 ms is printed as a reference (the point where opening a file
stops feeling immediate).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import MAX_FILE_BYTES, load_routine
from homestretch.core.timeline import build_timeline

EXERCISES = 500
REPEATS_BUNDLED = 21
REPEATS_LARGE = 9
TARGET_MS = 100.0
SEED = 500
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The YAML loader the routine loader is built on."""

_POSITIONS = ("sitting", "standing", "lying-face-down", "lying-on-back", "lying-on-side")
_PICTURES = ("knee-extension", "knee-bend", "hamstring-stretch", "calf-push", "knee-pats")
_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<circle cx="5" cy="5" r="4"/></svg>\n'
)
_STEPS = (
    "Sit upright on a firm chair with both feet flat on the floor.",
    "Lie on your back with both knees bent and your feet flat on the mat.",
    "Slowly straighten your {side} knee until the leg is straight out in front of you.",
    "Bring your {side} knee towards your chest as far as is comfortable.",
    "Hold the back of your thigh with both hands and keep breathing normally.",
    "Lower the leg back down slowly and with control.",
    "Let the leg relax completely before the next repetition.",
    "Repeat with the other leg when the voice tells you to change.",
)
_CAUTIONS = (
    "Move within a comfortable range; stop if the pain down your leg gets worse.",
    "A gentle stretch is right; sharp or spreading pain is not. Ease off if you feel it.",
    "Keep your hips on the mat; do not arch your lower back to go further.",
    "Use firm but comfortable pressure; never press hard on a swollen or tender calf.",
)
_PHASES = (
    ("bend", "Bend your knee"),
    ("straighten", "Straighten your knee slowly"),
    ("hold", "Hold it there"),
    ("lower", "Lower slowly"),
    ("relax", "Relax"),
)


def _exercise(rng: random.Random, number: int) -> str:
    side = rng.choice(("right", "left"))
    lines = [
        f"  - id: exercise-{number:03d}",
        f"    name: Exercise {number} - {rng.choice(_PHASES)[0]} and hold",
        f"    position: {rng.choice(_POSITIONS)}",
        "    summary: Move slowly through the whole range you can manage without pain, "
        "then return to the start.",
        "    steps:",
        *(f"      - {step.format(side=side)}" for step in rng.sample(_STEPS, rng.randint(3, 5))),
        "    cautions:",
        *(f"      - {caution}" for caution in rng.sample(_CAUTIONS, rng.randint(1, 2))),
        f"    illustration: pictures/{rng.choice(_PICTURES)}.svg",
    ]
    if number % 3 == 0:  # plain timed work
        sides = rng.choice(("both", "each", "none"))
        lines.append(f"    sides: {sides}")
        if sides == "each":
            lines += [f"    first_side: {side}", f"    rest_between_sides: {rng.randint(1, 2)}"]
        lines.append(
            f"    work: {{ seconds: {rng.choice((5, 8, 10))}, name: massage, "
            "say: Massage gently and evenly }  # PT"
        )
    else:  # reps of three phases
        sides = "alternating" if number % 3 == 1 else "each"
        lines += [
            f"    sides: {sides}",
            f"    first_side: {side}",
            "    sets: 1  # PT",
            f"    reps: {rng.randint(1, 2)}  # PT: per leg",
            "    phases:",
        ]
        for name, say in rng.sample(_PHASES, 3):
            lines.append(
                f"      - {{ name: {name}, seconds: {rng.choice((1, 1.5, 2))}, say: {say} }}"
            )
        lines += [
            f"    rest_between_sides: {rng.randint(1, 2)}",
            f"    rest_between_sets: {rng.choice((20, 30, 60))}",
        ]
    if rng.random() < 0.2:
        lines.append("    rest_after: 5")
    return "\n".join(lines)


def write_large_routine(folder: Path, count: int = EXERCISES, seed: int = SEED) -> Path:
    """A routine of ``count`` exercises, with its pictures, in ``folder``."""
    rng = random.Random(seed)
    pictures = folder / "pictures"
    pictures.mkdir()
    for name in _PICTURES:
        (pictures / f"{name}.svg").write_text(_SVG, encoding="utf-8")
    header = [
        "# Generated for benchmarks/load_routine.py",
        "schema: 1",
        f"name: Benchmark routine of {count} exercises",
        "description: >",
        "  A long generated routine to time the loader. Move slowly, only as far",
        "  as is comfortable, and breathe normally throughout.",
        "sessions_per_week: 7",
        "prepare_seconds: 3",
        "rest_between_exercises: 2",
        "",
        "exercises:",
    ]
    body = "\n\n".join(_exercise(rng, n) for n in range(1, count + 1))
    path = folder / "large.yaml"
    path.write_text("\n".join(header) + "\n" + body + "\n", encoding="utf-8")
    return path


def median_ms(action: Callable[[], object], repeats: int) -> float:
    """The median wall time of ``action`` over ``repeats`` runs, after one warm-up run."""
    action()
    times: list[float] = []
    for _ in range(repeats):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return statistics.median(times) * 1000


def main() -> int:
    bundled = load_routine(BUNDLED_ROUTINE)
    bundled_ms = median_ms(lambda: load_routine(BUNDLED_ROUTINE), REPEATS_BUNDLED)
    print(
        f"bundled: {BUNDLED_ROUTINE.name}, {len(bundled.exercises)} exercises, "
        f"{BUNDLED_ROUTINE.stat().st_size} bytes; median of {REPEATS_BUNDLED} loads"
    )
    print(f"load_ms_bundled: {bundled_ms:.1f}")

    with tempfile.TemporaryDirectory(prefix="homestretch-bench-") as tmp:
        path = write_large_routine(Path(tmp))
        size = path.stat().st_size
        routine = load_routine(path)
        problems = [str(p) for p in routine.warnings]
        if size > MAX_FILE_BYTES:
            problems.append(f"the generated routine is {size} bytes, over the limit")
        if len(routine.exercises) != EXERCISES:
            problems.append(f"{len(routine.exercises)} exercises loaded, not {EXERCISES}")
        if any(e.illustration is None for e in routine.exercises):
            problems.append("some pictures were not found")
        if problems:
            print("load_routine: " + "; ".join(problems), file=sys.stderr)
            return 1
        text = path.read_text(encoding="utf-8")
        large_ms = median_ms(lambda: load_routine(path), REPEATS_LARGE)
        compose_ms = median_ms(lambda: yaml.compose(text, Loader=_LOADER), REPEATS_LARGE)

    timeline = build_timeline(routine)
    timeline_ms = median_ms(lambda: build_timeline(routine), REPEATS_LARGE)
    print(
        f"large: {EXERCISES} exercises, {size} bytes; median of {REPEATS_LARGE} loads; "
        f"of which composing the YAML ({_LOADER.__name__}) {compose_ms:.1f} ms"
    )
    print(
        f"build_timeline_ms: {timeline_ms:.1f} ({len(timeline.segments)} segments, "
        f"{timeline.total_seconds / 3600:.1f} h of session)"
    )
    print(f"reference: under {TARGET_MS:g} ms feels immediate (no target was set for this figure)")
    print(f"load_ms: {large_ms:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
