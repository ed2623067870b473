"""Text that fits the room it is given: large where there is space, smaller where there is not.

A :class:`FitLabel` draws its plain text at the largest pixel size, between a
floor and a ceiling, at which every word fits its rectangle (wrapping at word
boundaries when it may). The layout decides the rectangle; the text never
pushes the window bigger and is never cut, down to the floor. Its minimum
height is what the text needs at the floor, so a layout gives way elsewhere
before the text is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

from homestretch.ui.a11y import spoken


def text_flags(alignment: Qt.AlignmentFlag, *, wrap: bool) -> int:
    flags = int(alignment.value) | int(Qt.TextFlag.TextExpandTabs.value)
    if wrap:
        flags |= int(Qt.TextFlag.TextWordWrap.value)
    return flags


def text_fits(font: QFont, rect: QRect, text: str, flags: int) -> bool:
    """Whether ``text`` drawn in ``font`` with ``flags`` stays inside ``rect``.

    With word wrap, a word longer than the line would stick out: the bounding
    rectangle then grows wider than ``rect``, so it is caught too.
    """
    if not text:
        return True
    if rect.width() <= 0 or rect.height() <= 0:
        return False
    metrics = QFontMetrics(font)
    bound = metrics.boundingRect(rect, flags, text)
    return bound.width() <= rect.width() and bound.height() <= rect.height()


class FitLabel(QLabel):
    """A plain-text label whose font shrinks (or grows) to fit its rectangle.

    Args:
        max_px: the largest font size (pixels); ``0`` means as large as the height allows.
        min_px: the smallest; below it the text would be unreadable.
        bold: bold text.
        wrap: break lines at word boundaries (otherwise one line per text line).
    """

    def __init__(
        self,
        *,
        max_px: int = 0,
        min_px: int = 12,
        bold: bool = False,
        wrap: bool = True,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName(name)
        self.setAlignment(alignment)
        self._max_px = max_px
        self._min_px = min_px
        self._bold = bold
        self._wrap = wrap
        self._colour: QColor | None = None
        self._background: QColor | None = None
        self._fitted: tuple[str, int, int, int] | None = None  # text, width, height, px
        self._min_height_for: tuple[str, int, int] | None = None  # text, width, height
        self.setFont(self._font(max(min_px, max_px or 40)))

    # -- settings

    def set_limits(self, max_px: int, min_px: int) -> None:
        if (max_px, min_px) != (self._max_px, self._min_px):
            self._max_px, self._min_px = max_px, min_px
            self._changed()

    def set_colour(self, colour: str | None) -> None:
        self._colour = QColor(colour) if colour else None
        self.update()

    def set_background(self, colour: str | None) -> None:
        """A rounded box of ``colour`` behind the text (its padding is the contents margins)."""
        self._background = QColor(colour) if colour else None
        self.update()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        if text != self.text():
            super().setText(text)
            self.setAccessibleName(spoken(text))
            self._changed()

    def _changed(self) -> None:
        self._fitted = None
        self._min_height_for = None
        self.updateGeometry()
        self.update()

    # -- fitting

    def flags(self) -> int:
        return text_flags(self.alignment(), wrap=self._wrap)

    def _font(self, px: int) -> QFont:
        font = QFont(self.font()) if hasattr(self, "_bold") else QFont()
        font.setPixelSize(max(1, px))
        font.setBold(self._bold)
        return font

    def fitted_px(self) -> int:
        """The font size the text is drawn at in the current rectangle."""
        rect = self.contentsRect()
        key = (self.text(), rect.width(), rect.height())
        if self._fitted is not None and self._fitted[:3] == key:
            return self._fitted[3]
        ceiling = self._max_px or max(self._min_px, rect.height())
        ceiling = max(self._min_px, min(ceiling, max(rect.height(), self._min_px)))
        low, high = self._min_px, ceiling
        flags = self.flags()
        if text_fits(self._font(high), rect, self.text(), flags):
            low = high
        else:
            while high - low > 1:
                middle = (low + high) // 2
                if text_fits(self._font(middle), rect, self.text(), flags):
                    low = middle
                else:
                    high = middle
        self._fitted = (*key, low)
        return low

    def fitted_font(self) -> QFont:
        return self._font(self.fitted_px())

    def fits(self) -> bool:
        """Whether the text is whole in its rectangle at the fitted size."""
        return text_fits(self.fitted_font(), self.contentsRect(), self.text(), self.flags())

    def _height_at(self, px: int, width: int) -> int:
        if not self.text():
            return QFontMetrics(self._font(px)).height()
        metrics = QFontMetrics(self._font(px))
        if not self._wrap or width <= 0:
            lines = self.text().count("\n") + 1
            return metrics.lineSpacing() * (lines - 1) + metrics.height()
        bound = metrics.boundingRect(QRect(0, 0, width, 100_000), self.flags(), self.text())
        return bound.height()

    # -- size

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        margins = self.contentsMargins()
        px = self._max_px or 40
        metrics = QFontMetrics(self._font(px))
        longest = max((metrics.horizontalAdvance(s) for s in self.text().split("\n")), default=0)
        width = min(longest, 600) if self._wrap else longest
        extra_w = margins.left() + margins.right()
        extra_h = margins.top() + margins.bottom()
        return QSize(width + extra_w, self._height_at(px, width) + extra_h)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        margins = self.contentsMargins()
        extra_w = margins.left() + margins.right()
        extra_h = margins.top() + margins.bottom()
        metrics = QFontMetrics(self._font(self._min_px))
        words = self.text().split() if self._wrap else self.text().split("\n")
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        width = max(0, self.contentsRect().width())
        key = (self.text(), width, 0)
        if self._min_height_for is not None and self._min_height_for[:2] == key[:2]:
            height = self._min_height_for[2]
        else:
            height = self._height_at(self._min_px, max(width, widest))
            self._min_height_for = (self.text(), width, height)
        return QSize(widest + extra_w, height + extra_h)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._wrap and event.oldSize().width() != event.size().width():
            self._min_height_for = None
            self.updateGeometry()  # the height it needs at the floor depends on the width

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        try:
            if self._background is not None:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._background)
                radius = min(self.height(), self.width()) * 0.18
                painter.drawRoundedRect(self.rect(), radius, radius)
            painter.setFont(self.fitted_font())
            colour = self._colour or self.palette().color(self.foregroundRole())
            painter.setPen(colour)
            painter.drawText(self.contentsRect(), self.flags(), self.text())
        finally:
            painter.end()


BUTTON_MARGIN = 6
"""Pixels a fitted button's words keep from its edges, on each side."""


def fit_button_text(button: QPushButton, largest_px: int, smallest_px: int) -> None:
    """The largest font, at most ``largest_px``, in which the button's words fit its width
    and height (never smaller than ``smallest_px``)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    room = room.adjusted(BUTTON_MARGIN, 0, -BUTTON_MARGIN, 0)
    lines = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")
    fitted = QFont(button.font())
    for px in range(max(largest_px, smallest_px), smallest_px - 1, -1):
        fitted.setPixelSize(px)
        metrics = QFontMetrics(fitted)
        wide = max(metrics.horizontalAdvance(line) for line in lines)
        tall = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
        if wide <= room.width() and tall <= room.height():
            break
    if button.font().pixelSize() != fitted.pixelSize():
        button.setFont(fitted)


def fit_wrapped(label: QLabel, width: int, largest_px: int, smallest_px: int, tallest: int) -> None:
    """The largest font, at most ``largest_px``, in which the wrapped words of ``label`` at
    ``width`` take at most ``tallest`` pixels (never smaller than ``smallest_px``)."""
    margins = label.contentsMargins()
    room = max(1, width - margins.left() - margins.right() - 2 * label.margin())
    fitted = QFont(label.font())
    for px in range(max(largest_px, smallest_px), smallest_px - 1, -1):
        fitted.setPixelSize(px)
        flags = int(Qt.TextFlag.TextWordWrap)
        high = QFontMetrics(fitted).boundingRect(QRect(0, 0, room, 100000), flags, label.text())
        if high.height() + margins.top() + margins.bottom() + 2 * label.margin() <= tallest:
            break
    if label.font().pixelSize() != fitted.pixelSize():
        label.setFont(fitted)


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines where its width runs out (a check box's
    text is one line: with large text, "Start Homestretch in the tray when I log in" was
    wider than a small screen). Its whole rectangle takes the click, as a check box's does."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)

    def _text_left(self) -> int:
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        return self._indicator().right() + 1 + spacing

    def _label(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _text_height(self, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap.value)
        bound = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, width), 1 << 20), flags, self._label()
        )
        return bound.height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        text = self._text_height(width - self._text_left() - 2)
        return max(self._indicator().height(), text) + 2

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        words = self._label().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        width = self._text_left() + widest + 2
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """One line where there is room (a layout gives it less where there is not)."""
        width = self._text_left() + self.fontMetrics().horizontalAdvance(self._label()) + 2
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.rect = self._indicator()
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option)
        left = self._text_left()
        text = QRect(left, 0, self.width() - left, self.height())
        flags = (
            Qt.TextFlag.TextWordWrap
            | Qt.TextFlag.TextShowMnemonic
            | Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawItemText(text, int(flags.value), self.palette(), self.isEnabled(), self.text())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self.fontMetrics().boundingRect(text, int(flags.value), self._label())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)
