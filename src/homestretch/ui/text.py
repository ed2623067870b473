"""Text from a file or a person is shown as text, never as Qt rich text.

Qt guesses: a label, message box or tooltip whose text looks like HTML is
drawn as HTML, so a routine named ``<img src='/dev/zero'> Zero`` would make Qt
read /dev/zero, and ``<font size=7 color=red>`` would shout in red. So

* a label or message box that shows such text is made plain with :func:`plain`;
* a label that must be rich (a list of steps) escapes each such text with
  :func:`html.escape` as it builds its HTML;
* a tooltip, which Qt always guesses about, goes through :func:`tooltip`;
* a chart label, which QtCharts always reads as HTML, is escaped with
  :func:`html.escape`.

Item views (lists, tables, combo boxes) and buttons draw their text plainly.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

_Shown = TypeVar("_Shown", QLabel, QMessageBox)


def plain(widget: _Shown) -> _Shown:
    """Make ``widget`` show its text as it is (a message box: its informative text too)."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tooltip(text: str) -> str:
    """``text`` such that a tooltip shows it character for character, line breaks kept.

    Text that Qt would take for HTML is escaped (and its line breaks kept);
    other text is returned as it is, since Qt shows it plainly anyway.
    """
    if not QtGui.Qt.mightBeRichText(text):  # what a tooltip's label decides
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
