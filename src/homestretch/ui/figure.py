"""Drawing figures (and pictures) with QPainter: the session's illustrations.

:func:`paint_figure` draws a :class:`~homestretch.core.pose.Pose` in its
scene, scaled to fit a rectangle, the working leg in the side's colour and
the far limbs paler behind. It is also used to make still images for the
printed handout (:func:`render_image`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from homestretch.core.pose import (
    HEAD_RADIUS,
    Figure,
    Pose,
    Scene,
    solve,
)
from homestretch.core.routine import Side

LEFT_COLOUR = QColor("#1565C0")
RIGHT_COLOUR = QColor("#C62828")
BOTH_COLOUR = QColor("#2E7D32")
PROP_COLOUR = QColor(150, 150, 150)
MARGIN = 0.06


def side_colour(side: Side | None) -> QColor:
    if side is Side.LEFT:
        return LEFT_COLOUR
    if side is Side.RIGHT:
        return RIGHT_COLOUR
    return BOTH_COLOUR


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
    left, bottom, right, top = figure.bounds()
    width, height = right - left, top - bottom
    pad = MARGIN * max(width, height)
    left, right, bottom, top = left - pad, right + pad, bottom - pad, top + pad
    scale = min(rect.width() / (right - left), rect.height() / (top - bottom))
    if scale <= 0:
        return
    ink = ink or QColor(40, 40, 40)
    far = QColor(ink)
    far.setAlpha(90)
    working = side_colour(None if both_legs else side) if (side or both_legs) else ink
    mirrored = side is Side.LEFT

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # World (body heights, y up) -> widget pixels, centred in rect.
    offset_x = rect.left() + (rect.width() - (right - left) * scale) / 2
    offset_y = rect.top() + (rect.height() - (top - bottom) * scale) / 2
    painter.translate(offset_x, offset_y + top * scale)
    painter.scale(scale, -scale)
    painter.translate(-left, 0)
    if mirrored:
        painter.translate(left + right, 0)
        painter.scale(-1, 1)

    thick = 0.045
    _draw_scene(painter, figure, left, right, thick)
    skeleton = solve(pose)

    def limb(points: tuple[tuple[float, float], ...], colour: QColor, width: float) -> None:
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(QPointF(*point))
        painter.drawPath(path)

    painter.setBrush(Qt.BrushStyle.NoBrush)
    limb(skeleton.other_arm, far, thick * 0.8)
    limb(skeleton.other_leg, working if both_legs else far, thick)
    limb((skeleton.hip, skeleton.neck), ink, thick * 1.5)
    limb(skeleton.working_leg, working, thick * 1.15)
    limb(skeleton.working_arm, ink, thick * 0.8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(*skeleton.head), HEAD_RADIUS, HEAD_RADIUS)
    for wrist in (skeleton.working_arm[-1], skeleton.other_arm[-1]):
        painter.drawEllipse(QPointF(*wrist), thick * 0.55, thick * 0.55)
    painter.restore()


def _draw_scene(painter: QPainter, figure: Figure, left: float, right: float, thick: float) -> None:
    pen = QPen(PROP_COLOUR, thick * 0.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(left, 0.0), QPointF(right, 0.0))  # the floor
    start = figure.poses["start"]
    if figure.scene is Scene.CHAIR:
        hip_x, hip_y = start.hip
        seat = hip_y - 0.035
        painter.setPen(
            QPen(PROP_COLOUR, thick * 0.7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(QPointF(hip_x - 0.14, seat), QPointF(hip_x + 0.17, seat))  # seat
        painter.drawLine(QPointF(hip_x - 0.14, seat), QPointF(hip_x - 0.16, seat + 0.42))  # back
        painter.drawLine(QPointF(hip_x - 0.12, seat), QPointF(hip_x - 0.12, 0.0))  # legs
        painter.drawLine(QPointF(hip_x + 0.15, seat), QPointF(hip_x + 0.15, 0.0))
    elif figure.scene is Scene.MAT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(120, 160, 190, 110))
        painter.drawRoundedRect(QRectF(left, 0.0, right - left, 0.025), 0.01, 0.01)
        painter.setBrush(Qt.BrushStyle.NoBrush)


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
