"""Figures: exercise illustrations as pose data that a renderer draws.

A figure file (``assets/figures/*.yaml``) describes a side view of a person
as a few key poses (``start``, ``end`` and any others) made of joint angles,
the scene they are in (a chair, a mat) and which key pose each phase of the
exercise moves to. The session interpolates between key poses as a phase's
time passes, so the drawing moves with the timer.

Angles are in degrees, measured counter-clockwise from the figure's forward
direction (+x; 90 is straight up). Every limb angle is absolute, which keeps
poses easy to read and to blend. The figure always faces +x in the file; the
renderer mirrors it for the left leg. Knees and elbows are checked to bend the
way real ones do: a knee bent the wrong way is refused with its line.

Everything here is Qt-free; ``homestretch.ui.figure`` draws the result.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final

from homestretch.core.lazy import lazy_import
from homestretch.core.routine import (
    Exercise,
    Problem,
    RoutineError,
    Severity,
    YamlReader,
    _decode,
    _loader,
    read_routine_file,
)
from homestretch.core.timeline import Segment, SegmentKind

if TYPE_CHECKING:
    import yaml
else:
    yaml = lazy_import("yaml")

FIGURE_SCHEMA: Final = 1
FIGURE_SUFFIX: Final = ".yaml"

# Body proportions, in body heights.
TRUNK = 0.30
NECK = 0.045
HEAD_RADIUS = 0.062
UPPER_ARM = 0.16
FOREARM = 0.15
THIGH = 0.245
SHIN = 0.245
FOOT = 0.075

KNEE_RANGE: Final = (0.0, 165.0)
ELBOW_RANGE: Final = (0.0, 165.0)


class Scene(StrEnum):
    CHAIR = "chair"
    MAT = "mat"
    NONE = "none"


class HandMotion(StrEnum):
    NONE = "none"
    TAP = "tap"
    """Hands bounce between the arm angles of the pose and of the ``hands`` pose."""
    RUB = "rub"
    """Hands move smoothly to and fro between the two."""


@dataclass(frozen=True)
class Leg:
    thigh: float
    shin: float
    foot: float


@dataclass(frozen=True)
class Arm:
    upper: float
    fore: float


@dataclass(frozen=True)
class Reach:
    """Put the hand on a point of the body: ``to`` a joint, moved by ``dx``, ``dy``."""

    to: str
    dx: float = 0.0
    dy: float = 0.0


REACH_TARGETS: Final = (
    "working_knee",
    "working_ankle",
    "working_thigh",
    "working_shin",
    "other_knee",
    "other_ankle",
    "other_thigh",
    "other_shin",
)


@dataclass(frozen=True)
class Pose:
    hip: tuple[float, float]
    trunk: float
    head: float
    working_leg: Leg
    other_leg: Leg
    working_arm: Arm
    other_arm: Arm
    working_reach: Reach | None = None
    other_reach: Reach | None = None


@dataclass(frozen=True)
class Figure:
    scene: Scene
    poses: dict[str, Pose]
    phases: dict[str, str]
    """Phase name -> the key pose reached at the end of that phase."""
    hands: HandMotion = HandMotion.NONE
    source: Path | None = None

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) around every key pose and the scene."""
        xs: list[float] = []
        ys: list[float] = [0.0]
        for pose in self.poses.values():
            skeleton = solve(pose)
            for x, y in skeleton.points():
                xs.append(x)
                ys.append(y)
            head_x, head_y = skeleton.head
            xs += [head_x - HEAD_RADIUS, head_x + HEAD_RADIUS]
            ys += [head_y + HEAD_RADIUS, head_y - HEAD_RADIUS]
        left, right = min(xs), max(xs)
        if self.scene is Scene.CHAIR:
            left = min(left, self.poses["start"].hip[0] - 0.2)
        return left, min(ys), right, max(ys)


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class Skeleton:
    """Joint positions of a pose, in body heights, floor at y = 0."""

    hip: tuple[float, float]
    shoulder: tuple[float, float]
    neck: tuple[float, float]
    head: tuple[float, float]
    working_leg: tuple[tuple[float, float], ...]
    """Hip, knee, ankle, toe."""
    other_leg: tuple[tuple[float, float], ...]
    working_arm: tuple[tuple[float, float], ...]
    """Shoulder, elbow, wrist."""
    other_arm: tuple[tuple[float, float], ...]

    def points(self) -> list[tuple[float, float]]:
        return [
            self.hip,
            self.shoulder,
            self.neck,
            *self.working_leg,
            *self.other_leg,
            *self.working_arm,
            *self.other_arm,
        ]


def _step(origin: tuple[float, float], angle: float, length: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)


def _leg(hip: tuple[float, float], leg: Leg) -> tuple[tuple[float, float], ...]:
    knee = _step(hip, leg.thigh, THIGH)
    ankle = _step(knee, leg.shin, SHIN)
    return hip, knee, ankle, _step(ankle, leg.foot, FOOT)


def _arm(shoulder: tuple[float, float], arm: Arm) -> tuple[tuple[float, float], ...]:
    elbow = _step(shoulder, arm.upper, UPPER_ARM)
    return shoulder, elbow, _step(elbow, arm.fore, FOREARM)


def solve(pose: Pose) -> Skeleton:
    """Where every joint of ``pose`` is."""
    shoulder = _step(pose.hip, pose.trunk, TRUNK)
    neck = _step(shoulder, pose.trunk, NECK)
    head = _step(neck, pose.head, HEAD_RADIUS)
    return Skeleton(
        hip=pose.hip,
        shoulder=shoulder,
        neck=neck,
        head=head,
        working_leg=_leg(pose.hip, pose.working_leg),
        other_leg=_leg(pose.hip, pose.other_leg),
        working_arm=_arm(shoulder, pose.working_arm),
        other_arm=_arm(shoulder, pose.other_arm),
    )


def _reach_point(skeleton: Skeleton, reach: Reach) -> tuple[float, float]:
    leg = skeleton.working_leg if reach.to.startswith("working") else skeleton.other_leg
    hip, knee, ankle, _ = leg
    part = reach.to.split("_", 1)[1]
    if part == "knee":
        x, y = knee
    elif part == "ankle":
        x, y = ankle
    elif part == "thigh":
        x, y = (hip[0] + knee[0]) / 2, (hip[1] + knee[1]) / 2
    else:
        x, y = (knee[0] + ankle[0]) / 2, (knee[1] + ankle[1]) / 2
    return x + reach.dx, y + reach.dy


def reach_arm(shoulder: tuple[float, float], target: tuple[float, float]) -> Arm:
    """Arm angles that put the wrist on ``target`` (or point at it, if out of reach).

    Of the two ways to bend the elbow, the one a real elbow can do is taken.
    """
    dx, dy = target[0] - shoulder[0], target[1] - shoulder[1]
    distance = min(math.hypot(dx, dy), UPPER_ARM + FOREARM - 1e-9)
    towards = math.degrees(math.atan2(dy, dx))
    cos_a = (UPPER_ARM**2 + distance**2 - FOREARM**2) / (2 * UPPER_ARM * max(distance, 1e-9))
    bend = math.degrees(math.acos(min(1.0, max(-1.0, cos_a))))
    for upper in (towards - bend, towards + bend):
        elbow = _step(shoulder, upper, UPPER_ARM)
        fore = math.degrees(math.atan2(target[1] - elbow[1], target[0] - elbow[0]))
        if distance >= UPPER_ARM + FOREARM - 1e-6:
            fore = upper
        arm = Arm(upper, fore)
        if (
            ELBOW_RANGE[0] - 1e-6 <= elbow_flexion(arm) <= ELBOW_RANGE[1]
            or elbow_flexion(arm) > 359.999
        ):
            return arm
    return Arm(towards, towards)


def resolve_reaches(pose: Pose) -> Pose:
    """Turn ``reach`` hands into arm angles for this pose's body."""
    if pose.working_reach is None and pose.other_reach is None:
        return pose
    skeleton = solve(pose)
    working_arm, other_arm = pose.working_arm, pose.other_arm
    if pose.working_reach is not None:
        working_arm = reach_arm(skeleton.shoulder, _reach_point(skeleton, pose.working_reach))
    if pose.other_reach is not None:
        other_arm = reach_arm(skeleton.shoulder, _reach_point(skeleton, pose.other_reach))
    return replace(pose, working_arm=working_arm, other_arm=other_arm)


def _angle_between(a: float, b: float, t: float) -> float:
    """Blend two angles the short way round."""
    delta = (b - a + 180.0) % 360.0 - 180.0
    return a + delta * t


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` (0..1) of the way from ``a`` to ``b``."""
    t = min(max(t, 0.0), 1.0)

    def leg(x: Leg, y: Leg) -> Leg:
        return Leg(
            *(_angle_between(getattr(x, f), getattr(y, f), t) for f in ("thigh", "shin", "foot"))
        )

    def arm(x: Arm, y: Arm) -> Arm:
        return Arm(*(_angle_between(getattr(x, f), getattr(y, f), t) for f in ("upper", "fore")))

    return Pose(
        hip=(a.hip[0] + (b.hip[0] - a.hip[0]) * t, a.hip[1] + (b.hip[1] - a.hip[1]) * t),
        trunk=_angle_between(a.trunk, b.trunk, t),
        head=_angle_between(a.head, b.head, t),
        working_leg=leg(a.working_leg, b.working_leg),
        other_leg=leg(a.other_leg, b.other_leg),
        working_arm=arm(a.working_arm, b.working_arm),
        other_arm=arm(a.other_arm, b.other_arm),
    )


def ease(t: float) -> float:
    """Smooth start and stop, as a person moves."""
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


def knee_flexion(leg: Leg) -> float:
    return (leg.thigh - leg.shin) % 360.0


def elbow_flexion(arm: Arm) -> float:
    return (arm.fore - arm.upper) % 360.0


def _in_range(flexion: float, limits: tuple[float, float]) -> bool:
    return limits[0] <= flexion <= limits[1] or flexion > 359.5  # straight, give or take


# --------------------------------------------------------------------------- animation


def phase_targets(figure: Figure, exercise: Exercise) -> list[str]:
    """The key pose each of the exercise's phases ends in."""
    names = [p.name for p in exercise.phases]
    targets: list[str] = []
    for index, name in enumerate(names):
        if name in figure.phases:
            targets.append(figure.phases[name])
        elif len(names) == 1:
            moves = "end" in figure.poses and figure.hands is HandMotion.NONE
            targets.append("end" if moves else "start")
        elif index == 0:
            targets.append("end")
        elif index == len(names) - 1:
            targets.append("start")
        else:
            targets.append(targets[-1])
    return [t if t in figure.poses else "start" for t in targets]


def pose_at(
    figure: Figure,
    exercise: Exercise,
    segment: Segment,
    progress: float,
    elapsed: float,
    *,
    reduce_motion: bool = False,
) -> Pose:
    """The pose to draw ``progress`` (0..1) of the way through ``segment``.

    Args:
        elapsed: seconds into the segment, for the hands' rhythm.
        reduce_motion: show the key pose of the phase without movement.
    """
    start = figure.poses["start"]
    if segment.kind is not SegmentKind.WORK or segment.phase is None:
        return start
    names = [p.name for p in exercise.phases]
    index = names.index(segment.phase) if segment.phase in names else 0
    targets = phase_targets(figure, exercise)
    to = figure.poses[targets[index]]
    before = start if index == 0 else figure.poses[targets[index - 1]]
    if reduce_motion:
        return to
    pose = blend(before, to, ease(progress))
    if figure.hands is not HandMotion.NONE and "hands" in figure.poses:
        hands = figure.poses["hands"]
        if figure.hands is HandMotion.TAP:
            swing = abs(math.sin(math.pi * 2.0 * elapsed))  # two taps a second
        else:
            swing = 0.5 - 0.5 * math.cos(math.pi * 2.0 * elapsed / 1.5)
        moved = blend(pose, hands, swing)
        pose = replace(pose, working_arm=moved.working_arm, other_arm=moved.other_arm)
    return pose


def key_frames(figure: Figure) -> tuple[Pose, Pose]:
    """The start and end pictures (for still images and the printed handout)."""
    return figure.poses["start"], figure.poses.get("end", figure.poses["start"])


# --------------------------------------------------------------------------- loading


def load_figure(path: Path) -> Figure:
    """Read a figure file.

    Raises:
        RoutineError: with every problem found, each with its line.
    """
    label = str(path)
    data = read_routine_file(path)  # a regular file of at most MAX_FILE_BYTES, never more read
    text, _ = _decode(data, label)
    try:
        root = yaml.compose(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise RoutineError(
            [Problem(label, line, column, f"not valid YAML: {exc.problem}")]
        ) from None
    except yaml.YAMLError as exc:
        raise RoutineError([Problem(label, 1, 1, f"not valid YAML: {exc}")]) from None
    if root is None:
        raise RoutineError([Problem(label, 1, 1, "the file is empty")])
    reader = _FigureReader(label, path.parent, path.parent)
    figure = reader.figure(root)
    if figure is None or any(p.severity is Severity.ERROR for p in reader.problems):
        raise RoutineError(reader.problems or [Problem(label, 1, 1, "invalid figure")])
    return replace(figure, source=path.resolve())


class _FigureReader(YamlReader):
    def angle(self, node: yaml.Node, what: str) -> float | None:
        return self.number(
            node,
            what,
            low=-360,
            high=360,
            signed=True,
            kind="an angle in degrees",
            example="90 or -45",
        )

    def figure(self, root: yaml.Node) -> Figure | None:
        fields_ = self.mapping(
            root, "the figure", required=("schema", "poses"), optional=("scene", "phases", "hands")
        )
        if fields_ is None:
            return None
        schema = self.integer(fields_["schema"], "schema", 1, 1000) if "schema" in fields_ else None
        if schema is not None and schema > FIGURE_SCHEMA:
            self.problems.clear()
            self.error(fields_["schema"], f"this figure uses format {schema}; update Homestretch")
            return None
        scene = self.optional(fields_, "scene", lambda n, w: self.choice(n, w, Scene), Scene.NONE)
        hands = self.optional(
            fields_, "hands", lambda n, w: self.choice(n, w, HandMotion), HandMotion.NONE
        )
        poses = self.poses(fields_["poses"]) if "poses" in fields_ else None
        phases: dict[str, str] = {}
        if "phases" in fields_ and poses is not None:
            phase_map = self.mapping(fields_["phases"], "'phases'", (), ())
            for key_node, value_node in fields_["phases"].value if phase_map is not None else ():
                if str(key_node.value) in phases:
                    self.error(key_node, f"phase '{key_node.value}' is listed twice")
                    continue
                target = self.text(value_node, str(key_node.value), 40)
                if target is not None and target not in poses:
                    self.error(value_node, f"no pose named '{target}' in 'poses'")
                elif target is not None:
                    phases[str(key_node.value)] = target
        if schema is None or scene is None or hands is None or poses is None:
            return None
        if hands is not HandMotion.NONE and "hands" not in poses:
            self.error(fields_["hands"], "hand motion needs a pose named 'hands'")
        return Figure(scene=scene, poses=poses, phases=phases, hands=hands)

    def mapping(  # type: ignore[override]
        self, node: yaml.Node, what: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, yaml.Node] | None:
        if what == "'phases'":  # any phase name is a key; values are checked by the caller
            if not self.visit(node):
                return None
            if not isinstance(node, yaml.MappingNode):
                self.error(node, "'phases' must map phase names to pose names")
                return None
            return {}
        return super().mapping(node, what, required, optional)

    def poses(self, node: yaml.Node) -> dict[str, Pose] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "'poses' must map pose names to poses")
            return None
        raw: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            if name in raw:
                self.error(key_node, f"duplicate pose '{name}'")
                continue
            raw[name] = value_node
        if "start" not in raw:
            self.error(node, "'poses' needs a pose named 'start'")
            return None
        start = self.pose(raw["start"], None)
        if start is None:
            return None
        poses = {"start": start}
        for name, value in raw.items():
            if name != "start":
                pose = self.pose(value, start)
                if pose is not None:
                    poses[name] = pose
        return poses

    def pose(self, node: yaml.Node, base: Pose | None) -> Pose | None:
        keys = ("hip", "trunk", "head", "working_leg", "other_leg", "working_arm", "other_arm")
        got = self.mapping(
            node, "a pose", keys if base is None else (), () if base is None else keys
        )
        if got is None:
            return None
        values: dict[str, object] = {}
        if "hip" in got:
            items = self.sequence(got["hip"], "hip")
            if items is None or len(items) != 2:
                self.error(got["hip"], "'hip' must be [x, y] in body heights")
                return None
            xy = [
                self.number(i, "hip", low=-3, high=3, signed=True, kind="a number", example="0.47")
                for i in items
            ]
            if None in xy:
                return None
            values["hip"] = (float(xy[0] or 0), float(xy[1] or 0))
        for key in ("trunk", "head"):
            if key in got:
                value = self.angle(got[key], key)
                if value is None:
                    return None
                values[key] = value
        for key in ("working_leg", "other_leg"):
            if key in got:
                leg = self.limb(got[key], key, ("thigh", "shin", "foot"))
                if leg is None:
                    return None
                values[key] = Leg(leg["thigh"], leg["shin"], leg["foot"])
                flexion = knee_flexion(values[key])  # type: ignore[arg-type]
                if not _in_range(flexion, KNEE_RANGE):
                    self.error(
                        got[key],
                        f"this knee would bend the wrong way or too far ({flexion:.0f} degrees; "
                        "a knee bends 0 to 165 degrees, the shin turning clockwise from the thigh)",
                    )
                    return None
        for key in ("working_arm", "other_arm"):
            reach_key = key.replace("_arm", "_reach")
            if key not in got:
                continue
            node = got[key]
            if isinstance(node, yaml.MappingNode) and any(
                k.value == "reach" for k, _ in node.value
            ):
                reach = self.reach(node, key)
                if reach is None:
                    return None
                values[reach_key] = reach
                values.setdefault(key, Arm(-90.0, -90.0))
                continue
            arm = self.limb(node, key, ("upper", "fore"))
            if arm is None:
                return None
            values[key] = Arm(arm["upper"], arm["fore"])
            values[reach_key] = None
            flexion = elbow_flexion(values[key])  # type: ignore[arg-type]
            if not _in_range(flexion, ELBOW_RANGE):
                self.error(
                    node,
                    f"this elbow would bend the wrong way or too far ({flexion:.0f} degrees; "
                    "an elbow bends 0 to 165 degrees, the forearm turning anticlockwise)",
                )
                return None
        pose = Pose(**values) if base is None else replace(base, **values)  # type: ignore[arg-type]
        return resolve_reaches(pose)

    def reach(self, node: yaml.Node, what: str) -> Reach | None:
        got = self.mapping(node, f"'{what}'", ("reach",), ("dx", "dy"))
        if got is None or "reach" not in got:
            return None
        target = self.text(got["reach"], "reach", 40)
        if target is None:
            return None
        if target not in REACH_TARGETS:
            self.error(got["reach"], f"'reach' must be one of: {', '.join(REACH_TARGETS)}")
            return None
        offsets = {
            k: self.number(got[k], k, low=-1, high=1, signed=True, kind="a number", example="0.03")
            if k in got
            else 0.0
            for k in ("dx", "dy")
        }
        if any(v is None for v in offsets.values()):
            return None
        return Reach(target, float(offsets["dx"] or 0.0), float(offsets["dy"] or 0.0))

    def limb(self, node: yaml.Node, what: str, keys: tuple[str, ...]) -> dict[str, float] | None:
        got = self.mapping(node, f"'{what}'", keys, ())
        if got is None or any(k not in got for k in keys):
            return None
        values = {k: self.angle(got[k], k) for k in keys}
        if any(v is None for v in values.values()):
            return None
        return {k: float(v or 0.0) for k, v in values.items()}
