"""The pain check-in widgets: a 0-10 rating row and a body map of where it hurts.

Both only display and report choices; the window decides what to do with them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.checkin import ANCHORS, REGIONS, Region, anchor, region_label
from homestretch.ui.style import font, scalable

# Green to red across the scale, readable with white text.
_SCALE_COLOURS = (
    "#2E7D32", "#43A047", "#7CB342", "#9E9D24", "#F9A825", "#F57F17",
    "#EF6C00", "#E65100", "#D84315", "#C62828", "#8E0000",
)  # fmt: skip


class PainScale(QWidget):
    """Eleven buttons, 0 to 10, with the scale's anchor words under them.

    Signals:
        rated(int): a rating was chosen (by click; keys are handled by the window).
    """

    rated = Signal(int)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(question)
        scalable(self.question, 22, bold=True)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for rating in range(11):
            button = QPushButton(str(rating))
            button.setCheckable(True)
            scalable(button, 22, bold=True, minimum=(40, 52))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(f"Pain {rating}: {anchor(rating)}")
            button.setToolTip(f"{rating}: {anchor(rating)}")
            colour = _SCALE_COLOURS[rating]
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour}; color: white; border-radius: 6px; }}"
            )
            self.group.addButton(button, rating)
            row.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        layout.addLayout(row)
        anchors = QHBoxLayout()
        for rating, words in ANCHORS.items():
            label = QLabel(f"{rating} {words}")
            scalable(label, 17)
            anchors.addWidget(label)
            if rating != 10:
                anchors.addStretch(1)
        layout.addLayout(anchors)
        self.hint = QLabel("Press a number key (1 then 0 for 10), or leave it out.")
        scalable(self.hint, 16)
        layout.addWidget(self.hint)

    def set_value(self, rating: int | None) -> None:
        self.value = rating
        if rating is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[rating].setChecked(True)

    def _clicked(self, rating: int) -> None:
        self.value = rating
        self.rated.emit(rating)


class PainMap(QWidget):
    """Back and front outlines of a body; click a region to mark or unmark it.

    Signals:
        changed(): the marked regions changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marked: set[str] = set()
        self.setMinimumSize(420, 380)
        self.setMouseTracking(True)
        self.setAccessibleName("Body map: click where it hurts")

    def set_marked(self, regions: tuple[str, ...] | set[str]) -> None:
        self.marked = set(regions)
        self.update()

    def areas(self) -> tuple[str, ...]:
        return tuple(sorted(self.marked))

    def _boxes(self) -> dict[str, QRectF]:
        width, height = self.width(), self.height() - 30
        side = min(width / 2, height * 0.55)
        top = 30 + (height - side / 0.55) / 2
        box_w, box_h = side, side / 0.55
        gap = (width - 2 * box_w) / 3
        return {
            "back": QRectF(gap, top, box_w, box_h),
            "front": QRectF(2 * gap + box_w, top, box_w, box_h),
        }

    def _polygon(self, region: Region, boxes: dict[str, QRectF]) -> QPolygonF:
        box = boxes[region.view]
        return QPolygonF(
            [
                QPointF(box.left() + x * box.width(), box.top() + y * box.height())
                for x, y in region.polygon
            ]
        )

    def region_at(self, point: QPointF) -> str | None:
        boxes = self._boxes()
        for region in REGIONS:
            if self._polygon(region, boxes).containsPoint(point, Qt.FillRule.OddEvenFill):
                return region.id
        return None

    def region_centre(self, region_id: str) -> QPointF:
        """Where a region is drawn (for tests and keyboard help)."""
        region = next(r for r in REGIONS if r.id == region_id)
        return self._polygon(region, self._boxes()).boundingRect().center()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        region = self.region_at(event.position())
        if region is None:
            return
        self.marked ^= {region}
        self.setToolTip(region_label(region))
        self.update()
        self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(self.foregroundRole())
        boxes = self._boxes()
        painter.setFont(font(18, bold=True))
        painter.setPen(ink)
        for view, box in boxes.items():
            title = "Back" if view == "back" else "Front"
            painter.drawText(
                QRectF(box.left(), 0, box.width(), 28), Qt.AlignmentFlag.AlignCenter, title
            )
            painter.setPen(QPen(ink, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_outline(box))
            painter.setFont(font(13))
            painter.drawText(
                QRectF(box.left(), box.top() + box.height() * 0.20, box.width() * 0.3, 20),
                Qt.AlignmentFlag.AlignLeft,
                "L" if view == "back" else "R",
            )
            painter.drawText(
                QRectF(
                    box.right() - box.width() * 0.3,
                    box.top() + box.height() * 0.20,
                    box.width() * 0.3,
                    20,
                ),
                Qt.AlignmentFlag.AlignRight,
                "R" if view == "back" else "L",
            )
            painter.setFont(font(18, bold=True))
        for region in REGIONS:
            polygon = self._polygon(region, boxes)
            chosen = region.id in self.marked
            painter.setPen(QPen(QColor("#C62828") if chosen else QColor(150, 150, 150), 1.5))
            painter.setBrush(QColor(198, 40, 40, 170) if chosen else QColor(150, 150, 150, 40))
            painter.drawPolygon(polygon)
        painter.end()


def _outline(box: QRectF) -> QPainterPath:
    """A simple standing body outline in ``box`` (head at the top)."""

    def p(x: float, y: float) -> QPointF:
        return QPointF(box.left() + x * box.width(), box.top() + y * box.height())

    path = QPainterPath()
    head = QRectF(p(0.42, 0.0), p(0.58, 0.11))
    path.addEllipse(head)
    points = [
        (0.45, 0.11), (0.45, 0.14), (0.30, 0.17), (0.22, 0.42), (0.27, 0.43), (0.34, 0.24),
        (0.35, 0.46), (0.33, 0.56), (0.36, 0.75), (0.37, 0.92), (0.33, 0.99), (0.47, 0.99),
        (0.47, 0.76), (0.50, 0.57), (0.53, 0.76), (0.53, 0.99), (0.67, 0.99), (0.63, 0.92),
        (0.64, 0.75), (0.67, 0.56), (0.65, 0.46), (0.66, 0.24), (0.73, 0.43), (0.78, 0.42),
        (0.70, 0.17), (0.55, 0.14), (0.55, 0.11),
    ]  # fmt: skip
    body = QPainterPath(p(*points[0]))
    for x, y in points[1:]:
        body.lineTo(p(x, y))
    body.closeSubpath()
    path.addPath(body)
    return path


class PainMapDialog(QDialog):
    """The body map in a dialog, with OK and Cancel."""

    def __init__(self, marked: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Where does it hurt?")
        layout = QVBoxLayout(self)
        hint = QLabel("Click the areas that hurt; click again to clear one.")
        hint.setFont(font(20))
        layout.addWidget(hint)
        self.map = PainMap()
        self.map.set_marked(marked)
        layout.addWidget(self.map, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)
