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

from homestretch.core.i18n import translate
from homestretch.core.lazy import lazy_import
from homestretch.core.routine import (
    Exercise,
    NumberKind,
    Problem,
    RoutineError,
    Severity,
    YamlReader,
    _decode,
    _loader,
    empty_file,
    not_yaml,
    read_routine_file,
)
from homestretch.core.timeline import Segment, SegmentKind

if TYPE_CHECKING:
    import yaml
else:
    yaml = lazy_import("yaml")

FIGURE_SCHEMA: Final = 2
"""The newest figure format; format 1 files are still read (see docs/figure-format.md)."""
FIGURE_SUFFIX: Final = ".yaml"
SCHEMA_2_KEYS: Final = ("description", "second_view", "key_moment", "working_hand", "other_hand")
"""Keys a figure may use only from format 2 on (a list of poses in 'phases' too)."""
MAX_DESCRIPTION: Final = 300
MAX_PATH_POSES: Final = 4
"""At most this many poses in one phase's list."""

# Body proportions, in body heights.
TRUNK = 0.30
NECK = 0.045
HEAD_RADIUS = 0.062
UPPER_ARM = 0.16
FOREARM = 0.15
THIGH = 0.245
SHIN = 0.245
FOOT = 0.075

LIMB_WIDTH: Final = 0.045
"""How thick a limb is drawn, in body heights (the renderer's pen)."""
HAND_LENGTH: Final = 0.085
"""A hand in the side view, wrist to fingertips, in body heights (drawn a little large)."""
VIEW_MARGIN: Final = 0.06
"""Space round a figure in its picture, as a share of its larger extent."""
MAT_THICKNESS: Final = 0.025
"""The exercise mat's top is this far above the floor: no body part goes below it."""

KNEE_RANGE: Final = (0.0, 165.0)
ELBOW_RANGE: Final = (0.0, 165.0)


class Scene(StrEnum):
    CHAIR = "chair"
    MAT = "mat"
    NONE = "none"


class SecondView(StrEnum):
    """A second picture beside the side view, for what the side view cannot show."""

    NONE = "none"
    FRONT = "front"
    """The seated person seen from the front: both knees, both hands."""
    KNEE = "knee"
    """A close-up of the hands on the working knee (a front view of the knee)."""
    CALF = "calf"
    """A close-up of the hands on the working calf, from knee to ankle."""
    ARMS = "arms"
    """Lying face down, seen from the head end: the head resting on the crossed forearms."""


class HandShape(StrEnum):
    OPEN = "open"
    """An open palm, fingers a little apart."""
    FIST = "fist"
    """A loose half fist."""
    GRIP = "grip"
    """A hand closed round a limb (holding the thigh or the ankle)."""


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
    working_hand: HandShape = HandShape.OPEN
    other_hand: HandShape = HandShape.OPEN


@dataclass(frozen=True)
class Figure:
    scene: Scene
    poses: dict[str, Pose]
    phases: dict[str, tuple[str, ...]]
    """Phase name -> the key poses the phase moves through, in turn (the last is where it ends)."""
    hands: HandMotion = HandMotion.NONE
    source: Path | None = None
    description: str = ""
    """What the picture shows, in words, for screen readers."""
    second_view: SecondView = SecondView.NONE
    key_moment: str = ""
    """The pose that shows the exercise best ('' for the default: ``end``, else ``start``)."""

    def key_pose(self) -> Pose:
        """The exercise at its key moment (for still pictures)."""
        name = self.key_moment or ("end" if "end" in self.poses else "start")
        return self.poses.get(name, self.poses["start"])

    def floor(self) -> float:
        """The lowest a body part may go: the top of the mat, or the floor."""
        return MAT_THICKNESS if self.scene is Scene.MAT else 0.0

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

    def view_box(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) a side-view picture shows: every key pose, the scene,
        a margin, and room for a hand beyond the body's joints (every renderer uses it)."""
        left, bottom, right, top = self.bounds()
        pad = VIEW_MARGIN * max(right - left, top - bottom)
        return left - pad - HAND_LENGTH, bottom - pad, right + pad + HAND_LENGTH, top + pad


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
        working_hand=b.working_hand if t >= 0.5 else a.working_hand,
        other_hand=b.other_hand if t >= 0.5 else a.other_hand,
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


def phase_paths(figure: Figure, exercise: Exercise) -> list[tuple[str, ...]]:
    """The key poses each of the exercise's phases moves through, in turn."""
    names = [p.name for p in exercise.phases]
    paths: list[tuple[str, ...]] = []
    for index, name in enumerate(names):
        if name in figure.phases:
            paths.append(figure.phases[name])
        elif len(names) == 1:
            moves = "end" in figure.poses and figure.hands is HandMotion.NONE
            paths.append(("end" if moves else "start",))
        elif index == 0:
            paths.append(("end",))
        elif index == len(names) - 1:
            paths.append(("start",))
        else:
            paths.append((paths[-1][-1],))
    return [tuple(t if t in figure.poses else "start" for t in path) for path in paths]


def phase_targets(figure: Figure, exercise: Exercise) -> list[str]:
    """The key pose each of the exercise's phases ends in."""
    return [path[-1] for path in phase_paths(figure, exercise)]


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

    A phase that moves through several key poses gives each an equal share of its time.

    Args:
        elapsed: seconds into the segment, for the hands' rhythm.
        reduce_motion: show the key pose of the phase without movement.
    """
    start = figure.poses["start"]
    if segment.kind is not SegmentKind.WORK or segment.phase is None:
        return start
    names = [p.name for p in exercise.phases]
    index = names.index(segment.phase) if segment.phase in names else 0
    paths = phase_paths(figure, exercise)
    path = paths[index]
    if reduce_motion:
        return figure.poses[path[-1]]
    progress = min(max(progress, 0.0), 1.0)
    step = min(int(progress * len(path)), len(path) - 1)
    if step > 0:
        before = figure.poses[path[step - 1]]
    else:
        before = start if index == 0 else figure.poses[paths[index - 1][-1]]
    to = figure.poses[path[step]]
    pose = blend(before, to, ease(progress * len(path) - step))
    if figure.hands is not HandMotion.NONE and "hands" in figure.poses:
        hands = figure.poses["hands"]
        if figure.hands is HandMotion.TAP:
            swing = abs(math.sin(math.pi * 2.0 * elapsed))  # two taps a second
        else:
            swing = 0.5 - 0.5 * math.cos(math.pi * 2.0 * elapsed / 1.5)
        moved = blend(pose, hands, swing)
        pose = replace(pose, working_arm=moved.working_arm, other_arm=moved.other_arm)
    return pose


def hand_travel(figure: Figure, pose: Pose) -> float:
    """How far (0..1) the working hand is along its path, measured from the working knee.

    The path runs from the hand in ``start`` to the hand in the ``hands`` pose (for tapping
    and rubbing), else in ``end``, else in the key pose. A second view uses it to move its
    hands in step with the side view.
    """
    target = figure.poses.get("hands") or figure.poses.get("end") or figure.key_pose()

    def offset(p: Pose) -> tuple[float, float]:
        skeleton = solve(p)
        wrist, knee = skeleton.working_arm[-1], skeleton.working_leg[1]
        return wrist[0] - knee[0], wrist[1] - knee[1]

    a, b, now = offset(figure.poses["start"]), offset(target), offset(pose)
    span = (b[0] - a[0], b[1] - a[1])
    length = span[0] ** 2 + span[1] ** 2
    if length < 1e-12:
        return 0.0
    t = ((now[0] - a[0]) * span[0] + (now[1] - a[1]) * span[1]) / length
    return min(max(t, 0.0), 1.0)


def key_frames(figure: Figure) -> tuple[Pose, Pose]:
    """The start and end pictures (for still images and the printed handout)."""
    return figure.poses["start"], figure.key_pose()


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
        raise RoutineError([Problem(label, line, column, not_yaml(str(exc.problem)))]) from None
    except yaml.YAMLError as exc:
        raise RoutineError([Problem(label, 1, 1, not_yaml(str(exc)))]) from None
    if root is None:
        raise RoutineError([Problem(label, 1, 1, empty_file())])
    reader = _FigureReader(label, path.parent, path.parent)
    figure = reader.figure(root)
    if figure is None or any(p.severity is Severity.ERROR for p in reader.problems):
        message = translate("FigureProblems", "invalid figure")
        raise RoutineError(reader.problems or [Problem(label, 1, 1, message)])
    return replace(figure, source=path.resolve())


class _FigureReader(YamlReader):
    def angle(self, node: yaml.Node, what: str) -> float | None:
        return self.number(
            node,
            what,
            low=-360,
            high=360,
            signed=True,
            kind=NumberKind.ANGLE,
        )

    schema = FIGURE_SCHEMA

    def newer(self, fields_: dict[str, yaml.Node], keys: tuple[str, ...] = SCHEMA_2_KEYS) -> None:
        """Report keys of a newer format than the file says it uses."""
        if self.schema >= 2:
            return
        for key in keys:
            if key in fields_:
                message = translate(
                    "FigureProblems",
                    "'{key}' needs 'schema: 2' (this figure says schema: {schema})",
                )
                self.error(fields_[key], message.format(key=key, schema=self.schema))

    def figure(self, root: yaml.Node) -> Figure | None:
        fields_ = self.mapping(
            root,
            "the figure",
            required=("schema", "poses"),
            optional=("scene", "phases", "hands", "description", "second_view", "key_moment"),
        )
        if fields_ is None:
            return None
        schema = self.integer(fields_["schema"], "schema", 1, 1000) if "schema" in fields_ else None
        if schema is not None and schema > FIGURE_SCHEMA:
            self.problems.clear()
            message = translate(
                "FigureProblems", "this figure uses format {schema}; update Homestretch"
            )
            self.error(fields_["schema"], message.format(schema=schema))
            return None
        self.schema = schema or FIGURE_SCHEMA
        self.newer(fields_)
        scene = self.optional(fields_, "scene", lambda n, w: self.choice(n, w, Scene), Scene.NONE)
        hands = self.optional(
            fields_, "hands", lambda n, w: self.choice(n, w, HandMotion), HandMotion.NONE
        )
        second_view = self.optional(
            fields_, "second_view", lambda n, w: self.choice(n, w, SecondView), SecondView.NONE
        )
        description = self.optional(
            fields_, "description", lambda n, w: self.text(n, w, MAX_DESCRIPTION), ""
        )
        if self.schema >= 2 and "description" not in fields_:
            message = translate(
                "FigureProblems",
                "a figure needs a 'description': what it shows, in a sentence or two",
            )
            self.error(root, message)
        poses = self.poses(fields_["poses"]) if "poses" in fields_ else None
        key_moment = ""
        if "key_moment" in fields_ and poses is not None:
            name = self.text(fields_["key_moment"], "key_moment", 40)
            if name is not None and name not in poses:
                self.error(fields_["key_moment"], _no_pose(name))
            key_moment = name or ""
        phases: dict[str, tuple[str, ...]] = {}
        if "phases" in fields_ and poses is not None:
            phase_map = self.mapping(fields_["phases"], "'phases'", (), ())
            for key_node, value_node in fields_["phases"].value if phase_map is not None else ():
                if str(key_node.value) in phases:
                    message = translate("FigureProblems", "phase '{phase}' is listed twice")
                    self.error(key_node, message.format(phase=key_node.value))
                    continue
                path = self.phase_path(value_node, str(key_node.value), poses)
                if path is not None:
                    phases[str(key_node.value)] = path
        if (
            schema is None
            or scene is None
            or hands is None
            or poses is None
            or second_view is None
            or description is None
        ):
            return None
        if hands is not HandMotion.NONE and "hands" not in poses:
            message = translate("FigureProblems", "hand motion needs a pose named 'hands'")
            self.error(fields_["hands"], message)
        return Figure(
            scene=scene,
            poses=poses,
            phases=phases,
            hands=hands,
            description=description,
            second_view=second_view,
            key_moment=key_moment,
        )

    def phase_path(
        self, node: yaml.Node, phase: str, poses: dict[str, Pose]
    ) -> tuple[str, ...] | None:
        """A phase's pose name, or (format 2) a list of pose names to move through in turn."""
        if isinstance(node, yaml.SequenceNode):
            if self.schema < 2:
                message = translate(
                    "FigureProblems",
                    "a list of poses needs 'schema: 2' (this figure says schema: {schema})",
                )
                self.error(node, message.format(schema=self.schema))
                return None
            items = self.sequence(node, phase) or []
            if not 1 <= len(items) <= MAX_PATH_POSES:
                message = translate("FigureProblems", "phase '{phase}' must list 1 to {max} poses")
                self.error(node, message.format(phase=phase, max=MAX_PATH_POSES))
                return None
        else:
            items = [node]
        names: list[str] = []
        for item in items:
            target = self.text(item, phase, 40)
            if target is None:
                return None
            if target not in poses:
                self.error(item, _no_pose(target))
                return None
            names.append(target)
        return tuple(names)

    def mapping(  # type: ignore[override]
        self, node: yaml.Node, what: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, yaml.Node] | None:
        if what == "'phases'":  # any phase name is a key; values are checked by the caller
            if not self.visit(node):
                return None
            if not isinstance(node, yaml.MappingNode):
                message = translate("FigureProblems", "'phases' must map phase names to pose names")
                self.error(node, message)
                return None
            return {}
        return super().mapping(node, what, required, optional)

    def poses(self, node: yaml.Node) -> dict[str, Pose] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, translate("FigureProblems", "'poses' must map pose names to poses"))
            return None
        raw: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            if name in raw:
                message = translate("FigureProblems", "duplicate pose '{pose}'")
                self.error(key_node, message.format(pose=name))
                continue
            raw[name] = value_node
        if "start" not in raw:
            self.error(node, translate("FigureProblems", "'poses' needs a pose named 'start'"))
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
        hand_keys = ("working_hand", "other_hand")
        got = self.mapping(
            node,
            "a pose",
            keys if base is None else (),
            hand_keys if base is None else keys + hand_keys,
        )
        if got is None:
            return None
        self.newer(got, hand_keys)
        values: dict[str, object] = {}
        for key in hand_keys:
            if key in got:
                shape = self.choice(got[key], key, HandShape)
                if shape is None:
                    return None
                values[key] = shape
        if "hip" in got:
            items = self.sequence(got["hip"], "hip")
            if items is None or len(items) != 2:
                message = translate("FigureProblems", "'hip' must be [x, y] in body heights")
                self.error(got["hip"], message)
                return None
            xy = [
                self.number(
                    i, "hip", low=-3, high=3, signed=True, kind=NumberKind.PLAIN, example="0.47"
                )
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
                    message = translate(
                        "FigureProblems",
                        "this knee would bend the wrong way or too far ({degrees} degrees; "
                        "a knee bends 0 to 165 degrees, the shin turning clockwise from the thigh)",
                    )
                    self.error(got[key], message.format(degrees=f"{flexion:.0f}"))
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
                message = translate(
                    "FigureProblems",
                    "this elbow would bend the wrong way or too far ({degrees} degrees; "
                    "an elbow bends 0 to 165 degrees, the forearm turning anticlockwise)",
                )
                self.error(node, message.format(degrees=f"{flexion:.0f}"))
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
            message = translate("FigureProblems", "'reach' must be one of: {targets}")
            self.error(got["reach"], message.format(targets=", ".join(REACH_TARGETS)))
            return None
        offsets = {
            k: self.number(
                got[k], k, low=-1, high=1, signed=True, kind=NumberKind.PLAIN, example="0.03"
            )
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


def _no_pose(name: str) -> str:
    return translate("FigureProblems", "no pose named '{pose}' in 'poses'").format(pose=name)
