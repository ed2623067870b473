"""What the window shows, as text, and which of it is English left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.i18n.catalogue import TRANSLATIONS, messages

ENGLISH_WORDS = frozenset(
    [
        "the",
        "and",
        "your",
        "you",
        "to",
        "are",
        "on",
        "for",
        "with",
        "this",
        "that",
        "session",
        "sessions",
        "routine",
        "routines",
        "exercise",
        "exercises",
        "pain",
        "note",
        "history",
        "save",
        "saved",
        "back",
        "next",
        "previous",
        "mute",
        "delete",
        "undo",
        "close",
        "settings",
        "days",
        "weeks",
        "shortcut",
        "arrow",
        "picture",
    ]
)
"""Common English words that are not also German or Dutch ("in", "is", "week", "stop"):
a text holding one (outside the allowed parts) is English."""
ALLOWED = (
    "Homestretch",
    "PDF",
    "CSV",
    "YAML",
    "espeak-ng",
    "homestretch validate",
)
"""Names that stay as they are in every language."""


def strip_accelerator(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def routine_words(path: Path = BUNDLED_ROUTINE) -> list[str]:
    """Every text of a routine file (names, steps, cautions, phases): the routine's
    language, not the window's."""
    import yaml

    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted({" ".join(w.split()) for w in found if len(w) > 2}, key=len, reverse=True)


def english_sources(language: str) -> set[str]:
    """The English texts whose translation into ``language`` differs from them."""
    ts = next(ts for ts, code in TRANSLATIONS.items() if code == language)
    return {
        strip_accelerator(m.source)
        for m in messages(ts)
        if "{" not in m.source and "%n" not in m.source and m.translations[0] != m.source
    }


def shown_texts(top: QWidget, *, tooltips: bool = True) -> Iterator[tuple[str, str]]:
    """(where, text) for each visible label, button, window title and menu entry, and
    what a screen reader says for each (accessible names and descriptions)."""
    if top.windowTitle():
        yield "window title", top.windowTitle()
    yield from said(top, "the window")
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        where = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield where, widget.text()
        if tooltips and widget.toolTip():
            yield f"tooltip of {type(widget).__name__}", widget.toolTip()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and (
            widget.placeholderText()
        ):
            yield f"placeholder of {where}", widget.placeholderText()
        yield from said(widget, where)
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            if isinstance(action, QAction) and action.text() and not action.isSeparator():
                yield f"menu {strip_accelerator(menu.title())}", action.text()


def said(widget: QWidget, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for what a screen reader says for ``widget``: its name, its description."""
    if widget.accessibleName():
        yield f"accessible name of {where}", widget.accessibleName()
    if widget.accessibleDescription():
        yield f"accessible description of {where}", widget.accessibleDescription()


def english_left(
    top: QWidget, sources: set[str], routine: list[str], *, tooltips: bool = True
) -> list[str]:
    """The texts ``top`` shows (or has a screen reader say) in English."""
    return english_in(shown_texts(top, tooltips=tooltips), sources, routine)


def english_in(
    texts: Iterable[tuple[str, str]], sources: set[str], routine: list[str]
) -> list[str]:
    """Which of the (where, text) ``texts`` are English."""
    found = []
    for where, text in texts:
        plain = strip_accelerator(text)
        if plain in sources:
            found.append(f"{where}: {text!r} (an English source)")
            continue
        rest = " ".join(plain.split()).lower()
        rest = re.sub(r"\S*/\S*", " ", rest)  # (paths, and names quoted, are as they are)
        rest = re.sub(r"[„“‘\"«][^„“”‘’\"«»]*[“”’\"»]", " ", rest)
        for part in (*routine, *ALLOWED):
            rest = rest.replace(part.lower(), " ")
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
        if words & ENGLISH_WORDS:
            found.append(f"{where}: {text!r} ({', '.join(sorted(words & ENGLISH_WORDS))})")
    return found
