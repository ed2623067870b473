"""Exercise figures as vector drawings for printed documents (reportlab, no Qt).

The same pose geometry the window animates (:mod:`homestretch.core.pose`),
drawn the same way :mod:`homestretch.ui.figure` draws its side view: the scene
(chair or mat), the far arm paler behind the body, the resting leg ochre, the
working leg in its side's colour, hands and a head with a face. A drawing is
made of paths, never pixels, so it stays sharp at any print size.

Colours come from :mod:`homestretch.colours`, as the window's do.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final, Literal

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
)
from reportlab.lib.colors import Color, HexColor

from homestretch import colours
from homestretch.core.pose import (
    HAND_LENGTH,
    HEAD_RADIUS,
    LIMB_WIDTH,
    MAT_THICKNESS,
    Figure,
    HandShape,
    Pose,
    Scene,
    solve,
)
from homestretch.core.routine import Side
from homestretch.documents import styles

Point = tuple[float, float]

INK: Final = HexColor(colours.INK)
CREASE: Final = HexColor(colours.FACE)
FAR_ARM: Final = HexColor(colours.FAR_ARM)
RESTING: Final = HexColor(colours.RESTING_LEG)
FURNITURE: Final = HexColor(colours.FURNITURE)
FURNITURE_FILL: Final = HexColor(colours.FURNITURE_FILL)
MAT: Final = HexColor(colours.MAT)
MOTION: Final = HexColor(colours.MOTION)
ROUND: Final[Literal[1]] = 1
"""reportlab's round line cap and round line join."""


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing that starts in the documents' font (not reportlab's Helvetica,
    which would be named in the PDF without being embedded)."""
    drawing = Drawing(width, height)
    setattr(drawing, "initialFontName", styles.FONT)  # noqa: B010 (not in the stubs)
    return drawing


def side_colour(side: Side | None, *, both_legs: bool = False) -> Color:
    """The working leg's colour: the side's, green for both legs, the body's ink for none."""
    if both_legs:
        return HexColor(colours.BOTH)
    if side is Side.LEFT:
        return HexColor(colours.LEFT)
    if side is Side.RIGHT:
        return HexColor(colours.RIGHT)
    return INK


def pose_drawing(
    figure: Figure,
    pose: Pose,
    width: float,
    height: float,
    *,
    side: Side | None,
    both_legs: bool = False,
) -> Drawing:
    """``pose`` from the side in its scene, fitted into ``width`` x ``height`` points.

    The figure faces right; for the left leg it is mirrored, as in the window.
    """
    drawing = new_drawing(width, height)
    left, bottom, right, top = figure.view_box()
    scale = min(width / (right - left), height / (top - bottom))
    dx = (width - (right - left) * scale) / 2 - left * scale
    dy = (height - (top - bottom) * scale) / 2 - bottom * scale
    mirror = (-1, 0, 0, 1, left + right, 0) if side is Side.LEFT else (1, 0, 0, 1, 0, 0)
    inner = Group(transform=mirror)
    world = Group(inner, transform=(scale, 0, 0, scale, dx, dy))
    _scene(inner, figure, left, right)
    working = side_colour(side, both_legs=both_legs)
    resting = working if both_legs else RESTING
    _body(inner, pose, working, resting)
    drawing.add(world)
    return drawing


def arrow_drawing(width: float, height: float) -> Drawing:
    """A plain arrow pointing right, from one picture to the next."""
    drawing = new_drawing(width, height)
    y = height / 2
    head = min(width, height) * 0.3
    drawing.add(
        Line(
            width * 0.1,
            y,
            width * 0.9 - head * 0.8,
            y,
            strokeColor=MOTION,
            strokeWidth=max(1.5, head * 0.35),
            strokeLineCap=ROUND,
        )
    )
    tip = width * 0.9
    drawing.add(
        Polygon(
            [tip, y, tip - head, y + head * 0.6, tip - head, y - head * 0.6],
            fillColor=MOTION,
            strokeColor=None,
        )
    )
    return drawing


# --------------------------------------------------------------------------- shapes


def _line(
    group: Group,
    points: Sequence[Point],
    colour: Color,
    width: float,
    *,
    cap: Literal[0, 1, 2] = ROUND,
) -> None:
    flat = [c for point in points for c in point]
    group.add(
        PolyLine(
            flat,
            strokeColor=colour,
            strokeWidth=width,
            strokeLineCap=cap,
            strokeLineJoin=ROUND,
            fillColor=None,
        )
    )


def rect(
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    radius: float = 0.0,
    fill: Color | None = None,
    stroke: Color | None = None,
    stroke_width: float = 1.0,
) -> Rect:
    """A rectangle (corners rounded by ``radius``), filled and outlined as asked."""
    shape = Rect(x, y, width, height, rx=radius, ry=radius)
    shape.fillColor = fill
    shape.strokeColor = stroke
    shape.strokeWidth = stroke_width
    shape.strokeLineJoin = ROUND
    return shape


def _towards(origin: Point, angle: float, length: float) -> Point:
    radians = math.radians(angle)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)


def _scene(group: Group, figure: Figure, left: float, right: float) -> None:
    thick = LIMB_WIDTH
    if figure.scene is Scene.MAT:
        group.add(rect(left, 0.0, right - left, MAT_THICKNESS, radius=0.01, fill=MAT))
    _line(group, ((left, 0.0), (right, 0.0)), FURNITURE, thick * 0.5)  # the floor
    if figure.scene is not Scene.CHAIR:
        return
    hip_x, hip_y = figure.poses["start"].hip
    seat = hip_y - 0.035 - thick * 0.6
    pen = thick * 0.45
    group.add(
        Polygon(
            [
                hip_x - 0.13,
                seat,
                hip_x - 0.15,
                seat + 0.42,
                hip_x - 0.19,
                seat + 0.42,
                hip_x - 0.17,
                seat,
            ],
            fillColor=FURNITURE_FILL,
            strokeColor=FURNITURE,
            strokeWidth=pen,
            strokeLineJoin=ROUND,
        )
    )
    group.add(
        rect(
            hip_x - 0.17,
            seat - 0.03,
            0.34,
            0.03,
            fill=FURNITURE_FILL,
            stroke=FURNITURE,
            stroke_width=pen,
        )
    )
    for x in (hip_x - 0.15, hip_x + 0.15):
        _line(group, ((x, seat - 0.03), (x, 0.0)), FURNITURE, thick * 0.45)


def _body(group: Group, pose: Pose, working: Color, resting: Color) -> None:
    skeleton = solve(pose)
    thick = LIMB_WIDTH

    def arm(points: Sequence[Point], shape: HandShape, colour: Color, edge: bool) -> None:
        if edge:
            _line(group, points, CREASE, thick * 1.15)  # a light edge where limbs cross
        _line(group, points, colour, thick * 0.8)
        elbow, wrist = points[-2], points[-1]
        direction = math.degrees(math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0]))
        group.add(_hand(wrist, direction, shape, HAND_LENGTH, colour))

    arm(skeleton.other_arm, pose.other_hand, FAR_ARM, False)
    _line(group, skeleton.other_leg, resting, thick * 1.1)
    _line(group, (skeleton.hip, skeleton.shoulder), INK, thick * 1.8)
    _line(group, (skeleton.shoulder, skeleton.neck), INK, thick * 0.9)
    _line(group, skeleton.working_leg, CREASE, thick * 1.55)
    _line(group, skeleton.working_leg, working, thick * 1.2)
    arm(skeleton.working_arm, pose.working_hand, INK, True)
    group.add(_head(skeleton.head, HEAD_RADIUS, pose.head - 90))


Transform = tuple[float, float, float, float, float, float]


def _placed(at: Point, angle: float, size: float) -> Transform:
    """The transform that puts a shape built at the origin, pointing along +x and 1 long,
    at ``at``, turned by ``angle`` degrees, ``size`` long."""
    c, s = math.cos(math.radians(angle)) * size, math.sin(math.radians(angle)) * size
    return (c, s, -s, c, at[0], at[1])


RIM: Final = 0.07
"""The light edge round a hand, in hand lengths (both sides together)."""


def _hand(wrist: Point, direction: float, shape: HandShape, size: float, fill: Color) -> Group:
    """A hand from ``wrist`` along ``direction``: its shape with a light rim, then creases."""
    parts: list[tuple[str, tuple[float, ...], float]] = []  # (kind, geometry, line width)
    creases: list[tuple[Point, Point]] = []
    if shape is HandShape.OPEN:
        parts.append(("rect", (-0.02, -0.24, 0.52, 0.48, 0.12), 0.0))
        for offset, spread in ((-0.18, -20.0), (-0.06, -7.0), (0.06, 7.0), (0.18, 20.0)):
            base = (0.42, offset)
            tip = _towards(base, spread, 0.56 if abs(offset) < 0.1 else 0.46)
            parts.append(("line", (*base, *tip), 0.095))
        parts.append(("line", (0.14, 0.2, 0.34, 0.46, 0.5, 0.56), 0.11))  # the thumb
    else:
        length, half = (0.66, 0.27) if shape is HandShape.FIST else (0.56, 0.33)
        parts.append(("rect", (0.0, -half, length, 2 * half, 0.2), 0.0))
        if shape is HandShape.FIST:  # curled fingers: knuckle creases along the front
            creases += [((0.36, y), (0.62, y)) for y in (-0.135, 0.0, 0.135)]
            creases.append(((0.12, 0.15), (0.33, 0.05)))
        else:  # fingers round a limb: creases across, the thumb round the other side
            parts.append(("line", (0.1, -half, length * 0.45, -half * 1.25), 0.13))
            creases += [((x, -0.26), (x, 0.26)) for x in (0.25, 0.35, 0.44)]
    hand = Group(transform=_placed(wrist, direction, size))
    for colour, grow in ((CREASE, RIM), (fill, 0.0)):  # the rim first, the hand over it
        for kind, geometry, width in parts:
            if kind == "rect":
                x, y, w, h, r = geometry
                edge = colour if grow else None
                hand.add(rect(x, y, w, h, radius=r, fill=colour, stroke=edge, stroke_width=grow))
            else:
                points = list(zip(geometry[::2], geometry[1::2], strict=True))
                _line(hand, points, colour, width + grow)
    for start, end in creases:
        _line(hand, (start, end), CREASE, 0.035)
    return hand


def _head(centre: Point, radius: float, face: float) -> Group:
    """A head facing ``face`` degrees: a dark rim, the face with its nose, hair over the top
    and back, an eye (the shapes of the window's head)."""
    head = Group(transform=_placed(centre, face, radius))
    nose = [
        *_towards((0.0, 0.0), 30, 0.85),
        *_towards((0.0, 0.0), 6, 1.45),
        *_towards((0.0, 0.0), -16, 0.85),
    ]
    for colour, width in ((INK, 0.2), (CREASE, 0.0)):  # the rim, then the face inside it
        head.add(
            Circle(
                0.0,
                0.0,
                1.0,
                fillColor=colour,
                strokeColor=colour if width else None,
                strokeWidth=width,
            )
        )
        head.add(
            Polygon(
                nose,
                fillColor=colour,
                strokeColor=colour if width else None,
                strokeWidth=width,
                strokeLineJoin=ROUND,
            )
        )
    hair = Path(fillColor=INK, strokeColor=None)
    arc = [_towards((0.0, 0.0), 70 + 130 * k / 16, 1.0) for k in range(17)]
    hair.moveTo(*arc[0])
    for point in arc[1:]:
        hair.lineTo(*point)
    hair.closePath()
    head.add(hair)
    head.add(Circle(0.5, 0.18, 0.13, fillColor=INK, strokeColor=None))  # the eye
    return head
