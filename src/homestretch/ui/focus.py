"""A focus ring that can be seen from a mat: a thick frame in the scheme's focus colour
around whichever control has the keyboard focus, in the window and in every dialog.

A style sheet (``QPushButton:focus { border: ... }``) would draw one too, but a style
sheet stops child widgets from taking the fonts their parents set (the dialogs' larger
text), so the ring is a transparent widget drawn over the focused control instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from homestretch.ui import style

RING_NAME = "focus_ring"
"""The ring's object name (layout checks leave it out: it is drawn over other widgets)."""
GAP = 1
"""Pixels between the control and its ring."""


class FocusRing(QWidget):
    """The frame itself: a child of one window, moved over the focused control."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            width = style.FOCUS_WIDTH
            painter.setPen(QPen(QColor(style.current_theme().focus), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = width / 2
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        finally:
            painter.end()


class FocusRings(QObject):
    """Follows the application's focus and keeps a ring around the focused control.

    Create one (its parent keeps it) after the QApplication exists.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._focus_changed(None, app.focusWidget())

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for watched in self._watched:
            if isValid(watched):  # (a closed dialog's widgets are gone)
                watched.removeEventFilter(self)
        self._watched = []
        if self.target is not None and isValid(self.target):
            ring = self._ring(self.target.window(), make=False)
            if ring is not None:
                ring.hide()
        self.target = new if new is not None and not new.isWindow() else None
        if self.target is None:
            return
        widget: QWidget | None = self.target
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._place()

    @staticmethod
    def _ring(window: QWidget, *, make: bool = True) -> FocusRing | None:
        ring = window.findChild(FocusRing, RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        if ring is None and make:
            ring = FocusRing(window)
        return ring

    def _place(self) -> None:
        target = self.target
        if target is None or not isValid(target):
            return
        ring = self._ring(target.window())
        assert ring is not None
        if not target.isVisible():
            ring.hide()
            return
        # Around the part in view: in a page that scrolls (large text on a small screen) the
        # ring went round the whole control, over the words below the scrolling box.
        shown = target.visibleRegion().boundingRect()
        if shown.isEmpty():
            ring.hide()
            return
        pad = style.FOCUS_WIDTH + GAP
        corner = target.mapTo(target.window(), shown.topLeft())
        area = QRect(corner, shown.size()).adjusted(-pad, -pad, pad, pad)
        ring.setGeometry(area.intersected(target.window().rect()))
        ring.raise_()
        ring.show()
        ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            self._place()
        return False
