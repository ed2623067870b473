"""The flow layout: a row of controls wraps onto more rows where the width runs out."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from homestretch.ui.flow import FlowLayout


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_buttons_wrap_onto_more_rows_and_back(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    flow = FlowLayout(top, spacing=10)
    buttons = [QPushButton(f"A button named {k}") for k in range(4)]
    flow.addWidget(buttons[0], 1)  # (a stretch is accepted, as a box layout's, and ignored)
    flow.addSpacing(30)
    for button in buttons[1:]:
        flow.addWidget(button)
    flow.addStretch(1)
    wide = flow.sizeHint().width()
    top.resize(wide, 200)
    top.show()
    qtbot.waitExposed(top)
    settle()
    assert len({b.y() for b in buttons}) == 1  # one row where there is room
    assert buttons[1].x() - buttons[0].geometry().right() > 30  # (the spacing kept)
    one = max(b.sizeHint().width() for b in buttons)
    top.resize(one + 20, 400)
    settle()
    assert len({b.y() for b in buttons}) == 4  # one each where only one fits
    for button in buttons:
        assert button.x() == 0  # (a spacing at the start of a row is left out)
        assert top.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()  # (never squeezed)
    rows = flow.heightForWidth(one + 20)
    assert rows >= sum(b.sizeHint().height() for b in buttons) + 3 * 10
    assert flow.minimumSize().width() >= one
