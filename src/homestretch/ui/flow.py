"""A row of controls that wraps onto more rows where the width runs out, as words do.

With large text on a small screen a row of buttons (the history page's actions, its
filters) was wider than the window: the page scrolled sideways and the buttons' words were
cut. In a :class:`FlowLayout` they take as many rows as they need, each control at its own
width, left-aligned (what a row leaves is room at its right: a stretch adds nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    """Items left to right, onto the next row where the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        return self._gap

    def setSpacing(self, spacing: int) -> None:  # noqa: N802 (Qt API)
        self._gap = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """All in one row."""
        shown = self._shown()
        wide = sum(i.sizeHint().width() for i in shown) + self._gap * max(0, len(shown) - 1)
        tall = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(wide, tall).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest item (each on a row of its own)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size.grownBy(self.contentsMargins())

    # -- like a box layout's

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 (as QBoxLayout)
        """``widget`` at its own width (a flow has no stretch)."""
        super().addWidget(widget)

    def addSpacing(self, size: int) -> None:  # noqa: N802 (as QBoxLayout)
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802 (as QBoxLayout)
        """Nothing: a row's spare room is at its right already."""

    # --

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            size = item.sizeHint().boundedTo(QSize(area.width(), 1 << 24))
            size = size.expandedTo(item.minimumSize()).boundedTo(item.maximumSize())
            spacer = isinstance(item, QSpacerItem)
            if spacer and x == area.x():
                continue  # (no room kept at the start of a row)
            if x > area.x() and x + size.width() > area.right() + 1:
                if spacer:
                    continue
                x, y = area.x(), y + row_height + self._gap
                row_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._gap
            row_height = max(row_height, size.height())
        return y + row_height - rect.y() + margins.bottom()
