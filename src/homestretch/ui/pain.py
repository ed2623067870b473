"""The check-in widgets: a 0-10 rating row, a body map of where it hurts, the note.

They only display and report choices; the window decides what to do with them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.checkin import (
    ANCHORS,
    REGIONS,
    Region,
    area_name,
    describe_areas,
    shown,
)
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.ui.a11y import use_roles
from homestretch.ui.dialogs import FieldsArea, WrappingDialog
from homestretch.ui.style import (
    FLOOR_PX,
    MARKED_COLOUR,
    MUTED_COLOUR,
    font,
    ink_on,
    pixel_font,
    scalable,
    text_factor,
)

# Green to red across the scale; the number on each in black or white, whichever reads better.
SCALE_COLOURS = (
    "#2E7D32", "#43A047", "#7CB342", "#9E9D24", "#F9A825", "#F57F17",
    "#EF6C00", "#E65100", "#D84315", "#C62828", "#8E0000",
)  # fmt: skip


def scale_description() -> str:
    """What a screen reader says about every rating button: the scale's two ends."""
    return translate("PainScale", "0 is {none}, 10 is {worst}").format(
        none=shown(ANCHORS[0]), worst=shown(ANCHORS[10])
    )


def rating_name(rating: int) -> str:
    """A rating button's name, as said: its number always, and the anchor words it has.

    >>> rating_name(0), rating_name(1)
    ('Pain 0 of 10: no pain', 'Pain 1 of 10')
    """
    words = ANCHORS.get(rating)
    if words:
        return translate("PainScale", "Pain {rating} of 10: {words}").format(
            rating=rating, words=shown(words)
        )
    return translate("PainScale", "Pain {rating} of 10").format(rating=rating)


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
            button.setAccessibleName(rating_name(rating))
            button.setAccessibleDescription(scale_description())
            button.setToolTip(rating_name(rating))
            colour = SCALE_COLOURS[rating]
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour}; color: {ink_on(colour)};"
                " border-radius: 6px; }"
            )
            self.group.addButton(button, rating)
            row.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)
        layout.addLayout(row)
        self.anchors = AnchorRow(self.buttons)
        layout.addWidget(self.anchors)
        self.hint = QLabel(self.tr("Press a number key (1 then 0 for 10), or leave it out."))
        scalable(self.hint, 16)
        layout.addWidget(self.hint)
        self.areas = QLabel()
        scalable(self.areas, 18)
        self.areas.setTextFormat(Qt.TextFormat.PlainText)
        self.areas.setWordWrap(True)
        self.areas.hide()
        layout.addWidget(self.areas)

    def set_areas(self, region_ids: tuple[str, ...]) -> None:
        """Show which body areas are marked (hidden when none are)."""
        words = describe_areas(region_ids, translated=True)
        self.areas.setText(self.tr("Where it hurts: {words}.").format(words=words) if words else "")
        self.areas.setAccessibleName(self.areas.text())
        self.areas.setVisible(bool(words))

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


class AnchorRow(QWidget):
    """The scale's anchor words, each centred under the button it names.

    A word that would stick out past the row's end is kept inside it; if it
    would then no longer sit under its button, it goes onto two lines.
    """

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.labels: dict[int, QLabel] = {}
        for rating, english in ANCHORS.items():
            words = shown(english)
            label = QLabel(words, self)
            label.setFont(font(17))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setAccessibleName(
                self.tr("{rating}: {words}", "a rating and its words").format(
                    rating=rating, words=words
                )
            )
            self.labels[rating] = label
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 4)
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._place()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        height = 0
        taken = 0.0  # where the words before end: words never run into each other
        for rating, label in self.labels.items():
            button = self.buttons[rating].geometry()
            left_edge = button.left() - self.x()
            centre = left_edge + button.width() / 2
            words = shown(ANCHORS[rating])
            # The words follow the buttons' size (which follows the page's scale).
            px = max(FLOOR_PX, round(self.buttons[rating].font().pixelSize() * 17 / 22))
            # One line if it fits under its button, else two; at the row's end, smaller words.
            two_lines = words.replace(" ", "\n")
            tries = [(words, px), *((two_lines, p) for p in range(px, FLOOR_PX - 1, -1))]
            for text, size_px in tries:
                label.setText(text)
                label.setFont(pixel_font(size_px))  # (px follows the buttons: scaled already)
                size = label.sizeHint()
                x = min(max(taken, centre - size.width() / 2), self.width() - size.width())
                middle = x + size.width() / 2
                if left_edge <= middle <= left_edge + button.width() and x >= taken:
                    break
            taken = x + size.width() + 4
            label.setGeometry(round(x), 0, size.width(), size.height())
            height = max(height, size.height())
        if height and height != self.height():
            self.setFixedHeight(height)


MAP_LEAST = (420, 380)
"""The body map's least size in pixels, at the normal text size."""
BODY_LEAST = 110
"""The least width of each body in the map, beside its side words."""
MAP_NAME = QT_TRANSLATE_NOOP("PainMap", "Body map: where does it hurt")
MAP_KEYS = QT_TRANSLATE_NOOP(
    "PainMap", "Arrow keys go from area to area; Space marks or clears one."
)
"""(Both translated where they are used.)"""


class PainMap(QWidget):
    """Back and front outlines of a body; click a region to mark or unmark it.

    Signals:
        changed(): the marked regions changed.
        hovered(str): the pointer moved onto a region (its id), or off all of them ("").
    """

    changed = Signal()
    hovered = Signal(str)
    ACCESSIBLE_ROLE = QAccessible.Role.CheckBox
    """As a screen reader tells it: the area pointed at (its name), checked when marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        use_roles()
        super().__init__(parent)
        self.marked: set[str] = set()
        self.pointed: str | None = None
        # Larger words: a wider map, and a lower one (the words around it take the height).
        label, title, _ = self._room()
        self.setMinimumSize(
            max(MAP_LEAST[0], round(4 * label + 2 * BODY_LEAST)),
            max(round(MAP_LEAST[1] / text_factor()), round(title + BODY_LEAST / 0.55)),
        )
        self.setMouseTracking(True)
        # The keyboard too: arrows go from area to area, Space marks or clears one.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr(MAP_NAME))
        self.setAccessibleDescription(self.tr(MAP_KEYS))

    def set_marked(self, regions: tuple[str, ...] | set[str]) -> None:
        self.marked = set(regions)
        self.update()

    def areas(self) -> tuple[str, ...]:
        return tuple(sorted(self.marked))

    def _room(self) -> tuple[float, float, float]:
        """The width a side word takes, and the heights of the view titles and the side words
        (they grow with the text size; the bodies take what is left)."""
        titles = QFontMetricsF(font(18, bold=True))
        words = QFontMetricsF(font(16))
        wide = max(words.horizontalAdvance(w) for w in (self.tr("Left"), self.tr("Right")))
        return wide + 6, titles.height() + 4, words.height()

    def _boxes(self) -> dict[str, QRectF]:
        """Each body's box, with room beside it for its side words and above it for its title."""
        label, title, _ = self._room()
        width, height = self.width() - 4 * label, self.height() - title
        side = max(1.0, min(width / 2, height * 0.55))
        top = title + (height - side / 0.55) / 2
        box_w, box_h = side, side / 0.55
        gap = (width - 2 * box_w) / 3
        return {
            "back": QRectF(gap + label, top, box_w, box_h),
            "front": QRectF(2 * gap + 3 * label + box_w, top, box_w, box_h),
        }

    def words(self) -> list[tuple[str, QRectF, QFont]]:
        """Each view's title and side words: the text, where it is written, in which font."""
        label, title, line = self._room()
        result = []
        for view, box in self._boxes().items():
            heading = self.tr("Back") if view == "back" else self.tr("Front")
            result.append(
                (
                    heading,
                    QRectF(box.left() - label, 0, box.width() + 2 * label, title),
                    font(18, bold=True),
                )
            )
            first, second = (
                (self.tr("Left"), self.tr("Right"))
                if view == "back"
                else (self.tr("Right"), self.tr("Left"))
            )
            y = box.top() + box.height() * 0.20
            result.append((first, QRectF(box.left() - label, y, label, line), font(16)))
            result.append((second, QRectF(box.right(), y, label, line), font(16)))
        return result

    def outlines(self) -> list[QPainterPath]:
        """The two bodies' outlines as drawn."""
        return [_outline(box) for box in self._boxes().values()]

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
        self.toggle(region)

    def toggle(self, region: str) -> None:
        """Mark the area, or clear it if it was marked."""
        self.marked ^= {region}
        self.update()
        self.changed.emit()
        self._name_pointed()

    def accessible_state(self, state: QAccessible.State) -> None:
        state.checkable = True
        state.checked = self.pointed is not None and self.pointed in self.marked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(Qt.Key(key))
        ids = [region.id for region in REGIONS]
        if step is not None:
            at = ids.index(self.pointed) if self.pointed in ids else (-1 if step > 0 else 0)
            self._point_at(ids[(at + step) % len(ids)])
        elif key == Qt.Key.Key_Space and self.pointed is not None:
            self.toggle(self.pointed)
        else:
            super().keyPressEvent(event)

    def _name_pointed(self) -> None:
        """The map's name says the area pointed at, as the line under it does: a screen
        reader says it when it changes."""
        region = self.pointed
        if region is None:
            name = self.tr(MAP_NAME)
        else:
            name = marked_text(region, marked=region in self.marked)
        if name != self.accessibleName():
            self.setAccessibleName(name)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._point_at(self.region_at(event.position()))

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        self._point_at(None)

    def _point_at(self, region: str | None) -> None:
        if region != self.pointed:
            self.pointed = region
            self.update()
            self.hovered.emit(region or "")
            self._name_pointed()

    def event(self, event: QEvent) -> bool:
        """Each region names itself in a tooltip; the space between them has none."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(QPointF(event.pos()))
            if region is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), shown(area_name(region)), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(self.foregroundRole())
        boxes = self._boxes()
        painter.setPen(ink)
        for k, (text, where, shape) in enumerate(self.words()):
            painter.setFont(shape)
            align = (
                Qt.AlignmentFlag.AlignHCenter,
                Qt.AlignmentFlag.AlignRight,
                Qt.AlignmentFlag.AlignLeft,
            )[k % 3]
            painter.drawText(where, align | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(QPen(ink, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for outline in self.outlines():
            painter.drawPath(outline)
        for region in REGIONS:
            polygon = self._polygon(region, boxes)
            chosen = region.id in self.marked
            width = 3.5 if region.id == self.pointed else 1.5
            painter.setPen(QPen(QColor(MARKED_COLOUR if chosen else MUTED_COLOUR), width))
            fill = QColor(MARKED_COLOUR) if chosen else QColor(150, 150, 150)
            fill.setAlpha(170 if chosen else 40)
            painter.setBrush(fill)
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


def marked_text(region: str, *, marked: bool) -> str:
    """An area of the map, and whether it is marked: "Right buttock: marked"."""
    name = shown(area_name(region))
    name = f"{name[:1].upper()}{name[1:]}"
    return (
        translate("PainMapDialog", "{area}: marked")
        if marked
        else translate("PainMapDialog", "{area}: not marked")
    ).format(area=name)


class PainMapDialog(WrappingDialog):
    """The body map in a dialog, with large OK and Cancel buttons.

    Below the map a line names the area under the pointer and says whether it is marked.
    """

    POINT_HINT = QT_TRANSLATE_NOOP("PainMapDialog", "Point at an area to see its name.")

    def __init__(self, marked: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where does it hurt?"))
        from homestretch.ui.dialogs import large_buttons, use_dialog_font

        use_dialog_font(self)
        layout = QVBoxLayout(self)
        area = FieldsArea()  # (the hint and the map scroll at 200 % on a small screen)
        layout.addWidget(area, 1)
        hint = QLabel(
            self.tr(
                "Click the areas that hurt; click again to clear one. (Or: arrow keys, then Space.)"
            )
        )
        hint.setWordWrap(True)
        area.fields.addWidget(hint)
        self.map = PainMap()
        self.map.set_marked(marked)
        area.fields.addWidget(self.map, 1)
        self.pointed = QLabel(self.tr(self.POINT_HINT))
        self.pointed.setTextFormat(Qt.TextFormat.PlainText)
        self.pointed.setFont(font(22, bold=True))
        self.pointed.setWordWrap(True)  # (large text, German: two lines, not past the screen)
        self.map.hovered.connect(lambda _region: self._show_pointed())
        self.map.changed.connect(self._show_pointed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        large_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # The area's name beside the buttons, not above them: with large text on a small
        # screen (1024x600) a line of its own took the height the map needs.
        bottom = QHBoxLayout()
        bottom.addWidget(self.pointed, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        from homestretch.ui.dialogs import room_for

        room = room_for(self)
        wanted = self.sizeHint().expandedTo(QSize(660, 600))  # (more with large text)
        self.resize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))
        super().showEvent(event)

    def _show_pointed(self) -> None:
        region = self.map.pointed
        if region is None:
            self.pointed.setText(self.tr(self.POINT_HINT))
            return
        self.pointed.setText(marked_text(region, marked=region in self.map.marked))


class NoteEdit(QPlainTextEdit):
    """A few lines for the physiotherapist; Ctrl+Enter (like the Save button next to it) saves.

    Signals:
        save_requested(): Ctrl+Enter was pressed.
        left(): the box lost the keyboard focus (a good moment to keep what was written).
    """

    save_requested = Signal()
    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save_requested.emit()
            return
        super().keyPressEvent(event)
