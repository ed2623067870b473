"""Checks that every word on screen is whole and nothing overlaps: font metrics against
each widget's rectangle, the way the patient's eyes would find a word cut in half."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTextEdit,
    QWidget,
)

from homestretch.ui.fit import FitLabel, WrappingCheckBox, text_fits, text_flags
from homestretch.ui.focus import RING_NAME

BUTTON_PADDING = 4
"""Pixels a button's text keeps from its frame on each side, at the least."""


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text().replace("\n", " ⏎ ")[:60]
    return f"{type(widget).__name__}({widget.objectName() or '-'}) {text!r}"


def label_fits(label: QLabel) -> bool:
    """Whether a label's whole text shows in its contents rectangle."""
    if isinstance(label, FitLabel):
        return label.fits()
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return True
    if label.buddy() is not None:  # "&Name": the & underlines the N, it takes no room
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    rect = label.contentsRect()
    margin = label.margin()
    rect = rect.adjusted(margin, margin, -margin, -margin)
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(rect.width())
        size = document.size()
        return size.width() <= rect.width() + 1 and size.height() <= rect.height() + 1
    flags = text_flags(label.alignment(), wrap=label.wordWrap())
    return text_fits(label.font(), rect, text, flags)


def button_fits(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return True
    metrics = QFontMetrics(button.font())
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        rect = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        rect = rect.adjusted(BUTTON_PADDING, 0, -BUTTON_PADDING, 0)
    else:
        rect = button.rect()
        if isinstance(button, WrappingCheckBox):  # (its words wrap: whole lines, each whole)
            least = button.minimumSizeHint().width()
            return least <= rect.width() and button.heightForWidth(rect.width()) <= rect.height()
        return button.sizeHint().width() <= rect.width() and metrics.height() <= rect.height()
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines) + icon
    tall = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
    return wide <= rect.width() and tall <= rect.height()


def scroller_fits(area: QAbstractScrollArea) -> bool:
    """Whether a box that scrolls shows at least one whole line of its text (a list or a
    table: its first row whole): scrolling shows the rest, but a box shorter than a line
    only ever shows words cut in half."""
    room = area.viewport().height()
    if isinstance(area, QAbstractItemView):
        model = area.model()
        if model is None or model.rowCount(area.rootIndex()) == 0:
            return True
        first = area.indexAt(QPoint(2, 2))
        if not first.isValid():
            first = model.index(0, 0, area.rootIndex())
        return area.visualRect(first).height() <= room
    if isinstance(area, QPlainTextEdit | QTextEdit):
        margin = 2 * area.document().documentMargin()
        return area.fontMetrics().height() + margin <= room + 1
    if isinstance(area, QScrollArea):
        inside = area.widget()
        if isinstance(inside, QLabel) and inside.text():
            return inside.fontMetrics().height() <= room
    return True


def combo_fits(combo: QComboBox) -> bool:
    """Whether a drop-down list's chosen text shows whole in its box."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return True
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return QFontMetrics(combo.font()).horizontalAdvance(text) + icon <= field.width()


def _wide_enough(area: QScrollArea) -> bool:
    """Whether what a scroll area holds fits its width, or can be scrolled sideways."""
    inside = area.widget()
    if inside is None or not inside.isVisible() or area.horizontalScrollBar().isVisible():
        return True
    if area.widgetResizable():  # (it takes the viewport's width, unless it needs more)
        least = inside.minimumSizeHint().width() if inside.layout() is not None else 0
        return max(least, inside.minimumWidth()) <= area.viewport().width()
    return inside.width() <= area.viewport().width()


def _shown(widget: QWidget, top: QWidget) -> bool:
    if widget.objectName() == RING_NAME:
        return False  # the focus ring is drawn over the focused control on purpose
    return widget.isVisible() and widget.isVisibleTo(top) and widget.width() > 0


def problems(top: QWidget) -> list[str]:
    """Every word cut and every overlap among ``top``'s visible widgets, in words."""
    found: list[str] = []
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and (widget.isWindow() or not _shown(widget, top)):
            continue
        if isinstance(widget, QLabel) and not label_fits(widget):
            found.append(f"text cut: {_name(widget)} in {widget.contentsRect().getRect()}")
        elif isinstance(widget, QAbstractButton) and not button_fits(widget):
            found.append(f"text cut: {_name(widget)} in {widget.rect().getRect()}")
        elif isinstance(widget, QAbstractScrollArea) and not scroller_fits(widget):
            found.append(
                f"shorter than a line of its text: {_name(widget)} "
                f"({widget.viewport().height()} px high)"
            )
        if isinstance(widget, QComboBox) and not combo_fits(widget):
            found.append(f"text cut: {_name(widget)} {widget.currentText()!r} in {widget.width()}")
        if isinstance(widget, QScrollArea) and not _wide_enough(widget):
            inside = widget.widget()
            assert inside is not None  # (one with nothing in it fits)
            found.append(
                f"cut at the right: {_name(inside)} is {inside.width()} px wide "
                f"in {_name(widget)} {widget.viewport().width()} px wide, without a scroll bar"
            )
        if isinstance(widget, QAbstractScrollArea | QMenuBar):
            continue  # their insides are Qt's own (viewport, scroll bars, extension button)
        children = [
            child
            for child in widget.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and _shown(child, top)
        ]
        room = widget.rect()
        scrolled = widget.objectName() == "qt_scrollarea_viewport"  # its contents scroll
        for k, child in enumerate(children):
            if not scrolled and not room.contains(child.geometry()):
                found.append(
                    f"outside its parent: {_name(child)} at {child.geometry().getRect()} "
                    f"in {_name(widget)} {room.getRect()}"
                )
            for other in children[k + 1 :]:
                if _overlap(child.geometry(), other.geometry()):
                    found.append(f"overlap: {_name(child)} and {_name(other)}")
    return found


def _overlap(a: QRect, b: QRect) -> bool:
    both = a.intersected(b)
    return both.width() > 0 and both.height() > 0
