"""Charts drawn into images without a window, for the tests to look at their pixels."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene


def render_chart(chart: QChart, width: int, height: int) -> QImage:
    """Draw ``chart`` into a new ``width`` × ``height`` image, without showing any window.

    A chart shown in a view is put back in its view's scene afterwards, at its old size.
    Needs a QApplication (QtCharts is built on the graphics view).
    """
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    old_scene = chart.scene()
    old_geometry = chart.geometry()
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    layout = chart.layout()
    if layout is not None:  # the date ticks fitted to the new plot area are laid out too
        layout.activate()
    scene.setSceneRect(QRectF(0, 0, width, height))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    finally:
        painter.end()
        scene.removeItem(chart)  # the scene must not delete the chart
        if old_scene is not None:
            old_scene.addItem(chart)
            chart.setGeometry(old_geometry)
    return image
