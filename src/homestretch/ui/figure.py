"""Drawing figures (and pictures) with QPainter: the session's illustrations.

:func:`paint_figure` draws a :class:`~homestretch.core.pose.Pose` in its
scene, scaled to fit a rectangle: the working leg in the side's colour, the
resting leg in its own colour, the far arm paler behind the body, the hands as
open palms, half fists or holding hands. A figure with a ``second_view`` gets
a second picture beside the side view (a front view, or a close-up of the
hands) that moves in step with it. It is also used to make still images
(:func:`render_image`). All colours come from :mod:`homestretch.colours`.
"""

from __future__ import annotations

import functools
import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)

from homestretch import colours
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.phrases import (
    DEFAULT_LANGUAGE,
    Phrase,
    join_sentences,
    language_of,
    say,
    sentence,
)
from homestretch.core.pose import (
    HAND_LENGTH,
    HEAD_RADIUS,
    LIMB_WIDTH,
    MAT_THICKNESS,
    Figure,
    HandShape,
    Pose,
    Scene,
    SecondView,
    hand_travel,
    solve,
)
from homestretch.core.routine import Exercise, Side

LEFT_COLOUR = QColor(colours.LEFT)
RIGHT_COLOUR = QColor(colours.RIGHT)
BOTH_COLOUR = QColor(colours.BOTH)
RESTING_COLOUR = QColor(colours.RESTING_LEG)
FURNITURE_COLOUR = QColor(colours.FURNITURE)
HAND = HAND_LENGTH
SECOND_VIEW_SHARE = 0.42
"""At most this share of the picture's width (or height) goes to the second view."""
CAPTIONS = {
    SecondView.FRONT: QT_TRANSLATE_NOOP("Figure", "Seen from the front"),
    SecondView.KNEE: QT_TRANSLATE_NOOP("Figure", "Close-up: palms circle the kneecap"),
    SecondView.CALF: QT_TRANSLATE_NOOP("Figure", "Close-up: hands slide to the ankle"),
    SecondView.ARMS: QT_TRANSLATE_NOOP("Figure", "From the head end: head on crossed arms"),
}
"""(Translated where they are drawn.)"""

Point = tuple[float, float]


def side_colour(side: Side | None) -> QColor:
    if side is Side.LEFT:
        return LEFT_COLOUR
    if side is Side.RIGHT:
        return RIGHT_COLOUR
    return BOTH_COLOUR


def accessible_text(
    exercise: Exercise | None,
    figure: Figure | None,
    *,
    place: str = "",
    side: Side | None = None,
    both_legs: bool = False,
    language: str = DEFAULT_LANGUAGE,
) -> tuple[str, str]:
    """The picture's accessible name and description, for screen readers, in the
    routine's ``language`` (as the session page around it).

    The description says the position (``place``: "Sitting on a chair") and the leg
    that works, then what the figure shows (its own description, written in English,
    in an English routine; else the exercise's summary, in the routine's language).
    """
    if exercise is None:
        return say(language, Phrase.PICTURE), ""
    name_phrase, working = (
        (Phrase.PICTURE_OF_LEFT, Phrase.WORKING_LEFT)
        if side is Side.LEFT
        else (Phrase.PICTURE_OF_RIGHT, Phrase.WORKING_RIGHT)
        if side is Side.RIGHT
        else (Phrase.PICTURE_OF_BOTH, Phrase.WORKING_BOTH)
        if both_legs
        else (Phrase.PICTURE_OF, None)
    )
    name = say(language, name_phrase, name=exercise.name)
    english = language_of(language) == DEFAULT_LANGUAGE
    shows = (
        figure.description
        if english and figure is not None and figure.description
        else exercise.summary
    )
    if place and shows.split(" ", 1)[0].strip(",.").lower() == place.split(" ", 1)[0].lower():
        place = ""  # the description says it already ("Lying face down on a mat...")
    parts = [sentence(place, language)] if place else []
    if working is not None:
        parts.append(say(language, working))
    return name, join_sentences([*parts, shows] if shows else parts)


def _side_box(figure: Figure) -> tuple[float, float, float, float]:
    """The world rectangle (left, bottom, right, top) the side view shows."""
    return figure.view_box()


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
    """Draw ``pose`` fitted into ``rect``; mirrored (facing left) for the left leg.

    What does not move (the chair or mat, the second view's frame, caption and body) is
    drawn once into a picture kept for the next frames; each frame draws only the body
    and the moving hands over it.
    """
    ink = ink or QColor(colours.INK)
    working = side_colour(None if both_legs else side) if (side or both_legs) else ink
    resting = working if both_legs else RESTING_COLOUR
    if rect.width() < 1 or rect.height() < 1:
        return
    main, detail = split_rect(rect, figure)
    painter.save()
    try:
        layer = _still_layer(painter, rect, figure, side, ink, working, resting)
        painter.drawImage(rect.topLeft(), layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_side_view(painter, main, figure, pose, side is Side.LEFT, ink, working, resting)
        if detail is not None:
            _paint_second_view(
                painter, detail, figure, pose, side, ink, working, resting, moving=True
            )
    finally:
        painter.restore()


_LAYERS: OrderedDict[tuple[object, ...], tuple[Figure, QImage]] = OrderedDict()
LAYERS_KEPT = 3
"""Still pictures kept (one per figure, size and side drawn lately)."""


def _still_layer(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    side: Side | None,
    ink: QColor,
    working: QColor,
    resting: QColor,
) -> QImage:
    """The parts of the picture that do not move, drawn once for ``rect`` and kept."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    key = (
        id(figure),
        rect.x() % 1,
        rect.y() % 1,
        rect.width(),
        rect.height(),
        side,
        ink.rgba(),
        working.rgba(),
        resting.rgba(),
        ratio,
    )
    kept = _LAYERS.get(key)
    if kept is not None and kept[0] is figure:
        _LAYERS.move_to_end(key)
        return kept[1]
    image = QImage(
        math.ceil(rect.width() * ratio),
        math.ceil(rect.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    layer = QPainter(image)
    try:
        layer.setRenderHint(QPainter.RenderHint.Antialiasing)
        layer.translate(-rect.left(), -rect.top())
        main, detail = split_rect(rect, figure)
        layer.save()
        _side_transform(layer, main, figure, side is Side.LEFT)
        left, _, right, _ = _side_box(figure)
        _draw_scene(layer, figure, left, right)
        layer.restore()
        if detail is not None:
            pose = figure.poses["start"]
            _paint_second_view(
                layer, detail, figure, pose, side, ink, working, resting, moving=False
            )
    finally:
        layer.end()
    _LAYERS[key] = (figure, image)
    while len(_LAYERS) > LAYERS_KEPT:
        _LAYERS.popitem(last=False)
    return image


# --------------------------------------------------------------------------- shapes


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _polyline(painter: QPainter, points: tuple[Point, ...], colour: QColor, width: float) -> None:
    """A round-capped line through ``points`` (world units, under the painter's transform).

    The points are mapped to pixels here and drawn untransformed: Qt strokes a thick line
    several times faster in pixels than under a scaled transform. The transforms used here
    scale evenly (perhaps mirrored), so the width scales with them.
    """
    transform = painter.transform()
    scale = math.hypot(transform.m11(), transform.m12())
    line = QPolygonF([transform.map(QPointF(*point)) for point in points])
    painter.save()
    painter.resetTransform()
    painter.setPen(_pen(colour, width * scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(line)
    painter.restore()


def _towards(origin: Point, angle: float, length: float) -> Point:
    radians = math.radians(angle)
    return origin[0] + length * math.cos(radians), origin[1] + length * math.sin(radians)


SHAPE_SCALE = 100.0
"""Shapes are built this many times larger than drawn, so curves stay smooth."""


def _stroke(points: tuple[Point, ...], width: float) -> QPainterPath:
    """The outline of a round-capped line through ``points`` (in shape units)."""
    line = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        line.lineTo(QPointF(*point))
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroker.createStroke(line)


def _grown(path: QPainterPath, by: float) -> QPainterPath:
    """``path`` with a rim ``by`` wide all round it (to fill, which is quicker than to stroke)."""
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * by)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return path.united(stroker.createStroke(path)).simplified()


@functools.cache
def _hand_shape(shape: HandShape) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """A hand, wrist at 0, fingers towards +x, 1 long: its rim, its body and its creases."""
    k = SHAPE_SCALE
    body = QPainterPath()
    creases = QPainterPath()

    def line(points: tuple[Point, ...]) -> QPainterPath:
        path = QPainterPath(QPointF(points[0][0] * k, points[0][1] * k))
        for x, y in points[1:]:
            path.lineTo(x * k, y * k)
        return path

    if shape is HandShape.OPEN:
        body.addRoundedRect(QRectF(-0.02 * k, -0.24 * k, 0.52 * k, 0.48 * k), 0.12 * k, 0.12 * k)
        for offset, spread in ((-0.18, -20.0), (-0.06, -7.0), (0.06, 7.0), (0.18, 20.0)):
            base = (0.42, offset)
            tip = _towards(base, spread, 0.56 if abs(offset) < 0.1 else 0.46)
            body = body.united(
                _stroke(((base[0] * k, base[1] * k), (tip[0] * k, tip[1] * k)), 0.095 * k)
            )
        thumb = ((0.14 * k, 0.2 * k), (0.34 * k, 0.46 * k), (0.5 * k, 0.56 * k))
        body = body.united(_stroke(thumb, 0.11 * k))
    else:
        length, half = (0.66, 0.27) if shape is HandShape.FIST else (0.56, 0.33)
        body.addRoundedRect(QRectF(0.0, -half * k, length * k, 2 * half * k), 0.2 * k, 0.2 * k)
        if shape is HandShape.FIST:  # curled fingers: knuckle creases along the front
            for y in (-0.135, 0.0, 0.135):
                creases.addPath(line(((0.36, y), (0.62, y))))
            creases.addPath(line(((0.12, 0.15), (0.33, 0.05))))
        else:  # fingers wrapped round a limb: creases across, the thumb round the other side
            grip = ((0.1 * k, -half * k), (length * 0.45 * k, -half * 1.25 * k))
            body = body.united(_stroke(grip, 0.13 * k))
            for x in (0.25, 0.35, 0.44):
                creases.addPath(line(((x, -0.26), (x, 0.26))))
    stroker = QPainterPathStroker()
    stroker.setWidth(0.035 * k)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    body = body.simplified()
    return _grown(body, 0.035 * k), body, stroker.createStroke(creases).simplified()


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
    rim, body, creases = _hand_shape(shape)
    painter.save()
    painter.translate(*wrist)
    painter.rotate(direction)  # the hand's own x runs from the wrist to the fingertips
    painter.scale(size / SHAPE_SCALE, size / SHAPE_SCALE)
    painter.fillPath(rim, crease)
    painter.fillPath(body, fill)
    if not creases.isEmpty():
        painter.fillPath(creases, crease)
    painter.restore()


def warm_up() -> None:
    """Make the shapes every figure shares (hands, the head) ahead, so the first picture of
    a session is not the one that waits for them (call when idle)."""
    for shape in HandShape:
        _hand_shape(shape)
    _head_shape()


@functools.cache
def _head_shape() -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """A head of radius 1 facing +x (its top towards +y): its rim, the face, the hair and eye."""
    k = SHAPE_SCALE
    face = QPainterPath()
    face.addEllipse(QPointF(0.0, 0.0), k, k)
    nose = QPainterPath()
    nose.addPolygon(
        QPolygonF(
            [
                QPointF(*_towards((0.0, 0.0), 30, 0.85 * k)),
                QPointF(*_towards((0.0, 0.0), 6, 1.45 * k)),
                QPointF(*_towards((0.0, 0.0), -16, 0.85 * k)),
            ]
        )
    )
    nose.closeSubpath()
    hair = QPainterPath()
    box = QRectF(-k, -k, 2 * k, 2 * k)
    hair.arcMoveTo(box, -70)  # Qt's arcs turn the other way in our y-up space
    hair.arcTo(box, -70, -130)  # over the top and the back: 70 to 200 degrees
    hair.closeSubpath()
    hair.addEllipse(QPointF(0.5 * k, 0.18 * k), 0.13 * k, 0.13 * k)  # the eye
    face = face.united(nose).simplified()
    return _grown(face, 0.1 * k), face, hair


def _head(painter: QPainter, centre: Point, radius: float, face: float, ink: QColor) -> None:
    """A head: nose towards ``face`` (degrees), hair over the top and back, an eye."""
    rim, skin, hair = _head_shape()
    painter.save()
    painter.translate(*centre)
    painter.rotate(face)
    painter.scale(radius / SHAPE_SCALE, radius / SHAPE_SCALE)
    painter.fillPath(rim, ink)
    painter.fillPath(skin, QColor(colours.FACE))
    painter.fillPath(hair, ink)
    painter.restore()


def _caption_font(height: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(10, round(height)))
    return font


CAPTION_FLOOR_PX = 10
"""A caption is never drawn smaller than this; it takes a second line instead."""


def fit_caption(text: str, width: float, size: float) -> tuple[QFont, int, float]:
    """The font, text flags and height to draw ``text`` whole in ``width``: one line made
    smaller down to :data:`CAPTION_FLOOR_PX`, then wrapped at words."""
    font = _caption_font(size)
    one_line = int(Qt.AlignmentFlag.AlignCenter.value)
    while (
        font.pixelSize() > CAPTION_FLOOR_PX and QFontMetricsF(font).horizontalAdvance(text) > width
    ):
        font.setPixelSize(font.pixelSize() - 1)
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return font, one_line, metrics.height()
    wrapped = one_line | int(Qt.TextFlag.TextWordWrap.value)
    bound = metrics.boundingRect(QRectF(0, 0, width, 10_000), wrapped, text)
    return font, wrapped, bound.height()


def _text(painter: QPainter, box: QRectF, text: str, colour: QColor, size: float) -> None:
    """Plain text centred in ``box``, smaller or on more lines until it fits its width
    (the box grows downwards for a second line)."""
    font, flags, height = fit_caption(text, box.width(), size)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), max(box.height(), height)), flags, text
    )


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


def _side_transform(painter: QPainter, rect: QRectF, figure: Figure, mirrored: bool) -> None:
    """Map the side view's world (body heights, y up) into ``rect``, mirrored for the left."""
    left, bottom, right, top = _side_box(figure)
    _fit(painter, rect, (left, bottom, right, top))
    if mirrored:
        painter.translate(left + right, 0)
        painter.scale(-1, 1)


def _paint_side_view(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    mirrored: bool,
    ink: QColor,
    working: QColor,
    resting: QColor,
) -> None:
    """The body from the side (the scene is in the still layer)."""
    skeleton = solve(pose)
    painter.save()
    _side_transform(painter, rect, figure, mirrored)
    far = QColor(colours.FAR_ARM)
    thick = LIMB_WIDTH
    crease = QColor(colours.FACE)

    def arm(points: tuple[Point, ...], shape: HandShape, colour: QColor, edge: bool) -> None:
        if edge:
            _polyline(painter, points, crease, thick * 1.15)  # a light edge where limbs cross
        _polyline(painter, points, colour, thick * 0.8)
        elbow, wrist = points[-2], points[-1]
        direction = math.degrees(math.atan2(wrist[1] - elbow[1], wrist[0] - elbow[0]))
        _hand(painter, wrist, direction, shape, HAND, colour, crease)

    arm(skeleton.other_arm, pose.other_hand, far, False)
    _polyline(painter, skeleton.other_leg, resting, thick * 1.1)
    _polyline(painter, (skeleton.hip, skeleton.shoulder), ink, thick * 1.8)
    _polyline(painter, (skeleton.shoulder, skeleton.neck), ink, thick * 0.9)
    _polyline(painter, skeleton.working_leg, crease, thick * 1.55)
    _polyline(painter, skeleton.working_leg, working, thick * 1.2)
    arm(skeleton.working_arm, pose.working_hand, ink, True)
    face = pose.head - 90  # the figure faces +x: the face is a quarter turn on from the head
    _head(painter, skeleton.head, HEAD_RADIUS, face, ink)
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
    side: Side | None,
    ink: QColor,
    working: QColor,
    resting: QColor,
    *,
    moving: bool,
) -> None:
    """The second view: its still parts, or (``moving``) the hands as they are in ``pose``."""
    painter.save()
    caption_size = max(10.0, min(rect.height() / 11, rect.width() / 17))
    label = translate("Figure", CAPTIONS[figure.second_view])
    _, _, caption_height = fit_caption(label, rect.width() - 12, caption_size)
    caption = QRectF(
        rect.left(), rect.top() + 2, rect.width(), max(caption_size * 1.6, caption_height + 4)
    )
    inner = QRectF(rect.left(), caption.bottom(), rect.width(), rect.bottom() - caption.bottom())
    inner.adjust(inner.width() * 0.05, 0, -inner.width() * 0.05, -inner.height() * 0.04)
    if not moving:
        painter.setPen(QPen(QColor(colours.PANEL_EDGE), max(1.0, rect.height() / 200)))
        painter.setBrush(panel_for(ink))
        radius = min(rect.width(), rect.height()) * 0.04
        painter.drawRoundedRect(rect, radius, radius)
        _text(painter, caption.adjusted(6, 0, -6, 0), label, ink, caption_size)
    travel = hand_travel(figure, pose) if moving else 0.0
    view = figure.second_view
    if view is SecondView.FRONT:
        labels = _paint_front(painter, inner, figure, pose, side, ink, working, resting, moving)
        for text, where in labels if not moving else ():
            box = QRectF(where.x() - caption_size * 3, where.y(), caption_size * 6, caption_size)
            _text(painter, box, text, ink, caption_size * 0.8)
    elif view is SecondView.KNEE:
        _paint_knee(painter, inner, travel, ink, working, moving)
    elif view is SecondView.CALF:
        _paint_calf(painter, inner, travel, ink, working, moving)
    elif not moving:
        _paint_arms(painter, inner, ink)
    painter.restore()


def panel_for(ink: QColor) -> QColor:
    """The second view's background: pale under a dark ink, dark under a light one (the
    dark schemes), so the body and the caption drawn in ``ink`` always stand out."""
    return QColor(colours.PANEL if ink.lightnessF() < 0.5 else colours.PANEL_ON_DARK)


def _paint_front(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    pose: Pose,
    side: Side | None,
    ink: QColor,
    working: QColor,
    resting: QColor,
    moving: bool,
) -> list[tuple[str, QPointF]]:
    """The seated person from the front; returns where to write 'right' and 'left'.

    The body is still (drawn from ``start``); the arms and fists move with ``pose``.
    """
    start = solve(figure.poses["start"])
    hip_y = start.hip[1]
    knee_y = (start.working_leg[1][1] + start.other_leg[1][1]) / 2
    shoulder_y, head = start.shoulder[1], start.head[1]
    painter.save()
    outside = painter.transform()
    _fit(painter, rect, (-0.3, -0.1, 0.3, head + HEAD_RADIUS + 0.02))
    labels_at = painter.transform() * outside.inverted()[0]  # this view -> the caller's space
    # The person's right is on our left. The working side is the right unless it is the left.
    working_sign = 1.0 if side is Side.LEFT else -1.0
    crease = QColor(colours.FACE)
    if moving:
        skeleton = solve(pose)
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
        return []
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
    # The face towards us: two eyes, the hair on top.
    painter.setPen(_pen(ink, HEAD_RADIUS * 0.2))
    painter.setBrush(crease)
    painter.drawEllipse(QPointF(0.0, head), HEAD_RADIUS, HEAD_RADIUS)
    hair = QPainterPath()
    box = QRectF(-HEAD_RADIUS, head - HEAD_RADIUS, 2 * HEAD_RADIUS, 2 * HEAD_RADIUS)
    hair.arcMoveTo(box, -15)  # Qt's arcs turn the other way in our y-up space
    hair.arcTo(box, -15, -150)
    hair.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPath(hair)
    for x in (-0.022, 0.022):
        painter.drawEllipse(QPointF(x, head - 0.008), 0.008, 0.008)
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
    painter: QPainter, rect: QRectF, travel: float, ink: QColor, working: QColor, moving: bool
) -> None:
    """The working knee from the front, both palms over the kneecap, circling."""
    painter.save()
    _fit(painter, rect, (-1.0, -1.0, 1.0, 1.0))
    if moving:
        angle = 2 * math.pi * travel
        dx, dy = 0.07 * math.cos(angle), 0.07 * math.sin(angle)
        crease = QColor(colours.FACE)
        for sign in (-1.0, 1.0):
            wrist = (sign * 0.3 + dx, 0.5 + dy)
            _hand(painter, wrist, -90 - sign * 22, HandShape.OPEN, 0.55, ink, crease)
        painter.restore()
        return
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
    painter.setClipping(False)
    points = [_towards((0.0, 0.05), a, 0.5) for a in range(200, 350, 10)]
    _motion_arrow(painter, points, 0.025)
    painter.restore()


def _paint_calf(
    painter: QPainter, rect: QRectF, travel: float, ink: QColor, working: QColor, moving: bool
) -> None:
    """The working lower leg from the front: hands from beside the knee down to the ankle."""
    painter.save()
    _fit(painter, rect, (-1.0, -1.0, 1.0, 1.0))
    knee_y, ankle_y = 0.7, -0.62
    size = 0.5
    top, bottom = knee_y - 0.05, ankle_y + size * 0.9
    if moving:
        y = top + (bottom - top) * travel
        crease = QColor(colours.FACE)
        for sign in (-1.0, 1.0):
            width_here = 0.33 - 0.16 * (top - y) / (top - ankle_y)
            wrist = (sign * (width_here + 0.06), y)
            _hand(painter, wrist, -90 - sign * 12, HandShape.OPEN, size, ink, crease)
        painter.restore()
        return
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
    for sign in (-1.0, 1.0):
        _motion_arrow(painter, [(sign * 0.52, top), (sign * 0.4, ankle_y)], 0.022)
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
    for shoulder, elbow, _wrist, _sign in arms:
        _polyline(painter, (shoulder, elbow), crease, 0.16)
        _polyline(painter, (shoulder, elbow), ink, 0.12)
    for _shoulder, elbow, wrist, _sign in arms:
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
    ink: QColor | None = None,
) -> QImage:
    """A still picture of ``pose`` (for tests, previews and the printed handout); the body
    in ``ink`` (a scheme's text colour on screen; see :func:`paint_figure`)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background or QColor("white"))
    painter = QPainter(image)
    try:
        paint_figure(
            painter,
            QRectF(0, 0, width, height),
            figure,
            pose,
            side=side,
            both_legs=both_legs,
            ink=ink,
        )
    finally:
        painter.end()
    return image
