"""Drawing figures (and pictures) with QPainter: the session's illustrations.

:func:`paint_figure` draws a :class:`~homestretch.core.pose.Pose` in its
scene, scaled to fit a rectangle: the working leg in the side's colour, the
resting leg in its own colour, the far arm paler behind the body, the hands as
open palms, half fists or holding hands. A figure with a ``second_view`` gets
a second picture beside the side view (a front view, or a close-up of the
hands) that moves in step with it. It is also used to make still images
(:func:`render_image`). All colours come from :mod:`homestretch.ui.colours`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from homestretch.core.pose import (
    HEAD_RADIUS,
    LIMB_WIDTH,
    MAT_THICKNESS,
    Figure,
    HandShape,
    Pose,
    Scene,
    SecondView,
    Skeleton,
    hand_travel,
    solve,
)
from homestretch.core.routine import Exercise, Side
from homestretch.ui import colours

LEFT_COLOUR = QColor(colours.LEFT)
RIGHT_COLOUR = QColor(colours.RIGHT)
BOTH_COLOUR = QColor(colours.BOTH)
RESTING_COLOUR = QColor(colours.RESTING_LEG)
FURNITURE_COLOUR = QColor(colours.FURNITURE)
MARGIN = 0.06
HAND = 0.085
"""A hand in the side view, wrist to fingertips, in body heights (drawn a little large)."""
SECOND_VIEW_SHARE = 0.42
"""At most this share of the picture's width (or height) goes to the second view."""
CAPTIONS = {
    SecondView.FRONT: "Seen from the front",
    SecondView.KNEE: "Close-up: palms circle the kneecap",
    SecondView.CALF: "Close-up: hands slide to the ankle",
    SecondView.ARMS: "From the head end: head on crossed arms",
}

Point = tuple[float, float]


def side_colour(side: Side | None) -> QColor:
    if side is Side.LEFT:
        return LEFT_COLOUR
    if side is Side.RIGHT:
        return RIGHT_COLOUR
    return BOTH_COLOUR


def accessible_text(exercise: Exercise | None, figure: Figure | None) -> tuple[str, str]:
    """The picture's accessible name and description, for screen readers."""
    if exercise is None:
        return "Exercise picture", ""
    name = f"Picture: {exercise.name}"
    if figure is not None and figure.description:
        return name, figure.description
    return name, exercise.summary


def _side_box(figure: Figure) -> tuple[float, float, float, float]:
    """The world rectangle (left, bottom, right, top) the side view shows."""
    left, bottom, right, top = figure.bounds()
    pad = MARGIN * max(right - left, top - bottom)
    return left - pad - HAND, bottom - pad, right + pad + HAND, top + pad


def split_rect(rect: QRectF, figure: Figure) -> tuple[QRectF, QRectF | None]:
    """Where the side view and the second view (if the figure has one) go in ``rect``.

    The second view goes beside or below the side view, whichever leaves the side view larger.
    """
    if figure.second_view is SecondView.NONE:
        return rect, None
    gap = 0.03 * min(rect.width(), rect.height())
    width = min(SECOND_VIEW_SHARE * rect.width(), 1.05 * rect.height())
    beside = (
        QRectF(rect.left(), rect.top(), rect.width() - width - gap, rect.height()),
        QRectF(rect.right() - width, rect.top(), width, rect.height()),
    )
    height = min(SECOND_VIEW_SHARE * rect.height(), 0.95 * rect.width())
    below = (
        QRectF(rect.left(), rect.top(), rect.width(), rect.height() - height - gap),
        QRectF(rect.left(), rect.bottom() - height, rect.width(), height),
    )
    left, bottom, right, top = _side_box(figure)

    def scale(area: QRectF) -> float:
        return min(area.width() / (right - left), area.height() / (top - bottom))

    return beside if scale(beside[0]) >= scale(below[0]) else below


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    *,
    side: Side | None,
    both_legs: bool = False,
    ink: QColor | None = None,
) -> None:
    """Draw ``pose`` fitted into ``rect``; mirrored (facing left) for the left leg."""
    ink = ink or QColor(colours.INK)
    working = side_colour(None if both_legs else side) if (side or both_legs) else ink
    resting = working if both_legs else RESTING_COLOUR
    main, detail = split_rect(rect, figure)
    skeleton = solve(pose)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _paint_side_view(
            painter, main, figure, pose, skeleton, side is Side.LEFT, ink, working, resting
        )
        if detail is not None:
            _paint_second_view(
                painter, detail, figure, pose, skeleton, side, both_legs, ink, working, resting
            )
    finally:
        painter.restore()


# --------------------------------------------------------------------------- shapes


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _polyline(painter: QPainter, points: tuple[Point, ...], colour: QColor, width: float) -> None:
    painter.setPen(_pen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    painter.drawPath(path)


def _towards(origin: Point, angle: float, length: float) -> Point:
    radians = math.radians(angle)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)


def _hand(
    painter: QPainter,
    wrist: Point,
    direction: float,
    shape: HandShape,
    size: float,
    fill: QColor,
    crease: QColor,
) -> None:
    """A hand from ``wrist`` pointing along ``direction`` (degrees), ``size`` long.

    It has a thin edge in ``crease`` so it stands out where it lies on the body.
    """
    painter.save()
    painter.translate(*wrist)
    painter.rotate(direction)  # the hand's own x runs from the wrist to the fingertips
    painter.scale(size, size)
    for colour, grow in ((crease, 0.07), (fill, 0.0)):
        painter.setPen(_pen(colour, grow) if grow else Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if shape is HandShape.OPEN:
            painter.drawRoundedRect(QRectF(-0.02, -0.24, 0.52, 0.48), 0.12, 0.12)  # the palm
            for offset, spread in ((-0.18, -20.0), (-0.06, -7.0), (0.06, 7.0), (0.18, 20.0)):
                base = (0.42, offset)
                tip = _towards(base, spread, 0.56 if abs(offset) < 0.1 else 0.46)
                _polyline(painter, (base, tip), colour, 0.095 + grow)
            thumb = ((0.14, 0.2), (0.34, 0.46), (0.5, 0.56))
            _polyline(painter, thumb, colour, 0.11 + grow)
        else:
            length, half = (0.66, 0.27) if shape is HandShape.FIST else (0.56, 0.33)
            painter.drawRoundedRect(QRectF(0.0, -half, length, 2 * half), 0.2, 0.2)
            if shape is HandShape.GRIP:  # the thumb, round the other side of the limb
                _polyline(
                    painter, ((0.1, -half), (length * 0.45, -half * 1.25)), colour, 0.13 + grow
                )
    if shape is HandShape.FIST:  # curled fingers: knuckle creases along the front
        for y in (-0.135, 0.0, 0.135):
            _polyline(painter, ((0.36, y), (0.62, y)), crease, 0.035)
        _polyline(painter, ((0.12, 0.15), (0.33, 0.05)), crease, 0.04)
    elif shape is HandShape.GRIP:  # fingers wrapped round a limb: creases across the hand
        for x in (0.25, 0.35, 0.44):
            _polyline(painter, ((x, -0.26), (x, 0.26)), crease, 0.035)
    painter.restore()


def _head(
    painter: QPainter, centre: Point, radius: float, face: float, hair_at: float, ink: QColor
) -> None:
    """A head: face outline, nose towards ``face`` (degrees), hair centred on ``hair_at``."""
    painter.setPen(_pen(ink, radius * 0.2))
    painter.setBrush(QColor(colours.FACE))
    nose = QPolygonF(
        [
            QPointF(*_towards(centre, face + 30, radius * 0.85)),
            QPointF(*_towards(centre, face + 6, radius * 1.45)),
            QPointF(*_towards(centre, face - 16, radius * 0.85)),
        ]
    )
    painter.drawPolygon(nose)
    painter.drawEllipse(QPointF(*centre), radius, radius)
    # Hair over the top and the back of the head.
    hair = QPainterPath()
    start = -(hair_at - 65)  # Qt's arcs turn the other way in our y-up space
    box = QRectF(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius)
    hair.arcMoveTo(box, start)
    hair.arcTo(box, start, -130)
    hair.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPath(hair)
    eye = _towards(_towards(centre, face, radius * 0.5), face + 90, radius * 0.18)
    painter.drawEllipse(QPointF(*eye), radius * 0.13, radius * 0.13)


def _caption_font(height: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(10, round(height)))
    return font


def _text(painter: QPainter, box: QRectF, text: str, colour: QColor, size: float) -> None:
    """Plain text centred in ``box``, made smaller until it fits its width."""
    font = _caption_font(size)
    while font.pixelSize() > 10 and QFontMetricsF(font).horizontalAdvance(text) > box.width():
        font.setPixelSize(font.pixelSize() - 1)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _fit(painter: QPainter, rect: QRectF, box: tuple[float, float, float, float]) -> float:
    """Map world ``box`` (left, bottom, right, top; y up) centred into ``rect``; the scale."""
    left, bottom, right, top = box
    scale = min(rect.width() / (right - left), rect.height() / (top - bottom))
    painter.translate(
        rect.left() + (rect.width() - (right - left) * scale) / 2 - left * scale,
        rect.top() + (rect.height() - (top - bottom) * scale) / 2 + top * scale,
    )
    painter.scale(scale, -scale)
    return scale


# --------------------------------------------------------------------------- the side view


def _paint_side_view(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    skeleton: Skeleton,
    mirrored: bool,
    ink: QColor,
    working: QColor,
    resting: QColor,
) -> None:
    left, bottom, right, top = _side_box(figure)
    if rect.width() <= 0 or rect.height() <= 0:
        return
    painter.save()
    _fit(painter, rect, (left, bottom, right, top))
    if mirrored:
        painter.translate(left + right, 0)
        painter.scale(-1, 1)
    _draw_scene(painter, figure, left, right)
    far = QColor(colours.FAR_ARM)
    thick = LIMB_WIDTH
    crease = QColor(colours.FACE)

    def arm(points: tuple[Point, ...], shape: HandShape, colour: QColor) -> None:
        _polyline(painter, points, crease, thick * 1.15)  # a light edge where limbs cross
        _polyline(painter, points, colour, thick * 0.8)
        elbow, wrist = points[-2], points[-1]
        direction = math.degrees(math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0]))
        _hand(painter, wrist, direction, shape, HAND, colour, crease)

    arm(skeleton.other_arm, pose.other_hand, far)
    _polyline(painter, skeleton.other_leg, resting, thick * 1.1)
    _polyline(painter, (skeleton.hip, skeleton.shoulder), ink, thick * 1.8)
    _polyline(painter, (skeleton.shoulder, skeleton.neck), ink, thick * 0.9)
    _polyline(painter, skeleton.working_leg, crease, thick * 1.55)
    _polyline(painter, skeleton.working_leg, working, thick * 1.2)
    arm(skeleton.working_arm, pose.working_hand, ink)
    face = pose.head - 90  # the figure faces +x: the face is a quarter turn on from the head
    _head(painter, skeleton.head, HEAD_RADIUS, face, pose.head + 45, ink)
    painter.restore()


def _draw_scene(painter: QPainter, figure: Figure, left: float, right: float) -> None:
    thick = LIMB_WIDTH
    furniture = QColor(colours.FURNITURE)
    painter.setPen(_pen(furniture, thick * 0.5))
    painter.drawLine(QPointF(left, 0.0), QPointF(right, 0.0))  # the floor
    start = figure.poses["start"]
    if figure.scene is Scene.CHAIR:
        hip_x, hip_y = start.hip
        seat = hip_y - 0.035 - thick * 0.6
        painter.setPen(_pen(furniture, thick * 0.45))
        painter.setBrush(QColor(colours.FURNITURE_FILL))
        back = QPolygonF(
            [
                QPointF(hip_x - 0.13, seat),
                QPointF(hip_x - 0.15, seat + 0.42),
                QPointF(hip_x - 0.19, seat + 0.42),
                QPointF(hip_x - 0.17, seat),
            ]
        )
        painter.drawPolygon(back)
        painter.drawRect(QRectF(hip_x - 0.17, seat - 0.03, 0.34, 0.03))  # the seat
        painter.drawLine(QPointF(hip_x - 0.15, seat - 0.03), QPointF(hip_x - 0.15, 0.0))
        painter.drawLine(QPointF(hip_x + 0.15, seat - 0.03), QPointF(hip_x + 0.15, 0.0))
    elif figure.scene is Scene.MAT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.MAT))
        painter.drawRoundedRect(QRectF(left, 0.0, right - left, MAT_THICKNESS), 0.01, 0.01)
    painter.setBrush(Qt.BrushStyle.NoBrush)


# --------------------------------------------------------------------------- second views


def _paint_second_view(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    skeleton: Skeleton,
    side: Side | None,
    both_legs: bool,
    ink: QColor,
    working: QColor,
    resting: QColor,
) -> None:
    edge = QColor(colours.PANEL_EDGE)
    painter.save()
    painter.setPen(QPen(edge, max(1.0, rect.height() / 200)))
    painter.setBrush(QColor(colours.PANEL))
    radius = min(rect.width(), rect.height()) * 0.04
    painter.drawRoundedRect(rect, radius, radius)
    caption_size = max(10.0, min(rect.height() / 11, rect.width() / 17))
    caption = QRectF(rect.left(), rect.top() + 2, rect.width(), caption_size * 1.6)
    _text(painter, caption.adjusted(6, 0, -6, 0), CAPTIONS[figure.second_view], ink, caption_size)
    inner = QRectF(rect.left(), caption.bottom(), rect.width(), rect.bottom() - caption.bottom())
    inner.adjust(inner.width() * 0.05, 0, -inner.width() * 0.05, -inner.height() * 0.04)
    travel = hand_travel(figure, pose)
    if figure.second_view is SecondView.FRONT:
        labels = _paint_front(painter, inner, figure, pose, skeleton, side, ink, working, resting)
        for text, where in labels:
            box = QRectF(where.x() - caption_size * 3, where.y(), caption_size * 6, caption_size)
            _text(painter, box, text, ink, caption_size * 0.8)
    elif figure.second_view is SecondView.KNEE:
        _paint_knee(painter, inner, travel, ink, working)
    elif figure.second_view is SecondView.ARMS:
        _paint_arms(painter, inner, ink)
    else:
        _paint_calf(painter, inner, travel, ink, working)
    painter.restore()


def _paint_front(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    skeleton: Skeleton,
    side: Side | None,
    ink: QColor,
    working: QColor,
    resting: QColor,
) -> list[tuple[str, QPointF]]:
    """The seated person from the front; returns where to write 'right' and 'left'."""
    start = solve(figure.poses["start"])
    hip_y = skeleton.hip[1]
    knee_y = (skeleton.working_leg[1][1] + skeleton.other_leg[1][1]) / 2
    shoulder_y, head = skeleton.shoulder[1], skeleton.head[1]
    painter.save()
    _fit(painter, rect, (-0.3, -0.1, 0.3, head + HEAD_RADIUS + 0.02))
    labels_at = painter.transform()
    furniture = QColor(colours.FURNITURE)
    painter.setPen(_pen(furniture, LIMB_WIDTH * 0.5))
    painter.drawLine(QPointF(-0.3, 0.0), QPointF(0.3, 0.0))
    seat = figure.poses["start"].hip[1] - 0.035 - LIMB_WIDTH * 0.6
    painter.setPen(_pen(furniture, LIMB_WIDTH * 0.35))
    painter.setBrush(QColor(colours.FURNITURE_FILL))
    painter.drawRect(QRectF(-0.16, seat, 0.32, 0.38))  # the chair's back, behind the person
    painter.drawRect(QRectF(-0.19, seat - 0.03, 0.38, 0.03))
    for x in (-0.17, 0.17):
        painter.drawLine(QPointF(x, seat - 0.03), QPointF(x, 0.0))
    trunk = QPolygonF(
        [
            QPointF(-0.085, hip_y + 0.05),
            QPointF(0.085, hip_y + 0.05),
            QPointF(0.115, shoulder_y),
            QPointF(-0.115, shoulder_y),
        ]
    )
    painter.setPen(_pen(ink, 0.04))
    painter.setBrush(ink)
    painter.drawPolygon(trunk)
    _polyline(painter, ((0.0, shoulder_y), (0.0, head - HEAD_RADIUS)), ink, 0.04)
    _head(painter, (0.0, head), HEAD_RADIUS, -90, 90, ink)
    # The nose points at us: hide it in the face; show two eyes instead.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.FACE))
    painter.drawEllipse(
        QPointF(0.0, head - HEAD_RADIUS * 0.8), HEAD_RADIUS * 0.5, HEAD_RADIUS * 0.4
    )
    painter.setBrush(ink)
    for x in (-0.022, 0.022):
        painter.drawEllipse(QPointF(x, head - 0.004), 0.008, 0.008)
    # The person's right is on our left. The working side is the right unless it is the left.
    working_sign = 1.0 if side is Side.LEFT else -1.0
    legs = ((working_sign, working), (-working_sign, resting))
    for sign, colour in legs:
        knee = (sign * 0.095, knee_y - 0.05)
        _polyline(painter, ((sign * 0.065, hip_y), knee), colour, 0.09)
        _polyline(painter, (knee, (sign * 0.1, 0.05)), colour, 0.06)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(sign * 0.105 - 0.045, 0.0, 0.09, 0.045))  # the foot
        painter.setBrush(QColor(255, 255, 255, 110))
        painter.drawEllipse(QPointF(*knee), 0.028, 0.032)  # the kneecap
    crease = QColor(colours.FACE)
    for sign, arm, start_arm, shape in (
        (working_sign, skeleton.working_arm, start.working_arm, pose.working_hand),
        (-working_sign, skeleton.other_arm, start.other_arm, pose.other_hand),
    ):
        lift = arm[-1][1] - start_arm[-1][1]
        hand = 0.1
        wrist = (sign * 0.1, knee_y - 0.02 + hand * 0.62 + lift)
        shoulder = (sign * 0.125, shoulder_y - 0.02)
        elbow = (sign * 0.21, (shoulder[1] + wrist[1]) / 2)
        _polyline(painter, (shoulder, elbow, wrist), crease, 0.05)
        _polyline(painter, (shoulder, elbow, wrist), ink, 0.034)
        _hand(painter, wrist, -90 - sign * 8, shape, hand, ink, crease)
    painter.restore()
    names = {-1.0: "right", 1.0: "left"}
    return [(names[s], labels_at.map(QPointF(s * 0.105, -0.01))) for s in (-1.0, 1.0)]


def _lighter(colour: QColor, share: float) -> QColor:
    """``colour`` mixed with white."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * share),
        round(colour.green() + (255 - colour.green()) * share),
        round(colour.blue() + (255 - colour.blue()) * share),
    )


def _motion_arrow(painter: QPainter, points: list[Point], width: float) -> None:
    colour = QColor(colours.MOTION)
    pen = _pen(colour, width)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    painter.drawPath(path)
    (x0, y0), (x1, y1) = points[-2], points[-1]
    angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
    head = QPolygonF(
        [
            QPointF(x1, y1),
            QPointF(*_towards((x1, y1), angle + 150, width * 4)),
            QPointF(*_towards((x1, y1), angle - 150, width * 4)),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(head)


def _paint_knee(
    painter: QPainter, rect: QRectF, travel: float, ink: QColor, working: QColor
) -> None:
    """The working knee from the front, both palms over the kneecap, circling."""
    painter.save()
    _fit(painter, rect, (-1.0, -1.0, 1.0, 1.0))
    painter.setClipRect(QRectF(-1.0, -1.0, 2.0, 2.0))
    leg = QPainterPath(QPointF(-0.5, 1.0))
    leg.lineTo(0.5, 1.0)
    leg.quadTo(0.52, 0.2, 0.4, -0.1)
    leg.quadTo(0.32, -0.5, 0.3, -1.0)
    leg.lineTo(-0.3, -1.0)
    leg.quadTo(-0.32, -0.5, -0.4, -0.1)
    leg.quadTo(-0.52, 0.2, -0.5, 1.0)
    painter.setPen(_pen(working.darker(130), 0.03))
    painter.setBrush(working)
    painter.drawPath(leg)
    painter.setBrush(_lighter(working, 0.55))
    painter.drawEllipse(QPointF(0.0, 0.05), 0.24, 0.29)  # the kneecap
    angle = 2 * math.pi * travel
    dx, dy = 0.07 * math.cos(angle), 0.07 * math.sin(angle)
    painter.setClipping(False)
    points = [_towards((0.0, 0.05), a, 0.5) for a in range(200, 350, 10)]
    _motion_arrow(painter, points, 0.025)
    crease = QColor(colours.FACE)
    for sign in (-1.0, 1.0):
        wrist = (sign * 0.3 + dx, 0.5 + dy)
        _hand(painter, wrist, -90 - sign * 22, HandShape.OPEN, 0.55, ink, crease)
    painter.restore()


def _paint_calf(
    painter: QPainter, rect: QRectF, travel: float, ink: QColor, working: QColor
) -> None:
    """The working lower leg from the front: hands from beside the knee down to the ankle."""
    painter.save()
    _fit(painter, rect, (-1.0, -1.0, 1.0, 1.0))
    knee_y, ankle_y = 0.7, -0.62
    leg = QPainterPath(QPointF(-0.32, 1.0))
    leg.lineTo(0.32, 1.0)
    leg.quadTo(0.4, 0.3, 0.3, -0.1)
    leg.quadTo(0.2, -0.45, 0.15, ankle_y)
    leg.lineTo(-0.15, ankle_y)
    leg.quadTo(-0.2, -0.45, -0.3, -0.1)
    leg.quadTo(-0.4, 0.3, -0.32, 1.0)
    painter.setPen(_pen(working.darker(130), 0.025))
    painter.setBrush(working)
    foot = QPainterPath(QPointF(-0.15, ankle_y + 0.05))
    foot.lineTo(0.15, ankle_y + 0.05)
    foot.quadTo(0.3, -0.85, 0.27, -0.95)
    foot.lineTo(-0.27, -0.95)
    foot.quadTo(-0.3, -0.85, -0.15, ankle_y + 0.05)
    painter.drawPath(foot)  # the foot, towards us
    painter.drawPath(leg)
    painter.setBrush(_lighter(working, 0.55))
    painter.drawEllipse(QPointF(0.0, knee_y), 0.15, 0.17)  # the kneecap
    size = 0.5
    top, bottom = knee_y - 0.05, ankle_y + size * 0.9
    y = top + (bottom - top) * travel
    for sign in (-1.0, 1.0):
        _motion_arrow(painter, [(sign * 0.52, top), (sign * 0.4, ankle_y)], 0.022)
    crease = QColor(colours.FACE)
    for sign in (-1.0, 1.0):
        width_here = 0.33 - 0.16 * (top - y) / (top - ankle_y)
        _hand(
            painter,
            (sign * (width_here + 0.06), y),
            -90 - sign * 12,
            HandShape.OPEN,
            size,
            ink,
            crease,
        )
    painter.restore()


def _paint_arms(painter: QPainter, rect: QRectF, ink: QColor) -> None:
    """Lying face down, seen from the head end: the head rests on the crossed forearms."""
    painter.save()
    _fit(painter, rect, (-1.0, -0.15, 1.0, 0.9))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.MAT))
    painter.drawRect(QRectF(-1.0, -0.08, 2.0, 0.08))
    far = QColor(colours.FAR_ARM)
    painter.setBrush(far)
    painter.drawEllipse(QRectF(-0.6, 0.02, 1.2, 0.42))  # the shoulders, behind the head
    crease = QColor(colours.FACE)
    arms = (
        ((-0.52, 0.26), (-0.86, 0.07), (0.5, 0.12), 1.0),  # right shoulder, elbow, wrist
        ((0.52, 0.26), (0.86, 0.09), (-0.5, 0.2), -1.0),
    )
    for shoulder, elbow, wrist, _ in arms:
        _polyline(painter, (shoulder, elbow), crease, 0.16)
        _polyline(painter, (shoulder, elbow), ink, 0.12)
    for _, elbow, wrist, sign in arms:
        _polyline(painter, (elbow, wrist), crease, 0.16)
        _polyline(painter, (elbow, wrist), ink, 0.12)
        direction = math.degrees(math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0]))
        _hand(painter, wrist, direction, HandShape.OPEN, 0.28, ink, crease)
    # The head, face down on the arms: we see the top of the head and the ears.
    painter.setPen(_pen(ink, 0.03))
    painter.setBrush(crease)
    for sign in (-1.0, 1.0):
        painter.drawEllipse(QPointF(sign * 0.26, 0.4), 0.06, 0.09)
    painter.drawEllipse(QPointF(0.0, 0.45), 0.27, 0.27)
    hair = QPainterPath()
    box = QRectF(-0.27, 0.18, 0.54, 0.54)
    hair.arcMoveTo(box, 35)  # Qt's arcs turn the other way in our y-up space
    hair.arcTo(box, 35, -250)
    hair.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPath(hair)
    painter.restore()


def render_image(
    figure: Figure,
    pose: Pose,
    width: int,
    height: int,
    *,
    side: Side | None,
    both_legs: bool = False,
    background: QColor | None = None,
) -> QImage:
    """A still picture of ``pose`` (for tests, previews and the printed handout)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background or QColor("white"))
    painter = QPainter(image)
    try:
        paint_figure(
            painter, QRectF(0, 0, width, height), figure, pose, side=side, both_legs=both_legs
        )
    finally:
        painter.end()
    return image
