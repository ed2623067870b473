"""The seam through which Qt-free code has its words translated.

Core modules build some of the sentences the window shows (notices, problems
with files, what a session did). They call :func:`translate` with a context
and an English text; by default that returns the English (with ``%n`` put in
for plurals), so the core, the command line and the tests need no Qt. The app
points it at ``QCoreApplication.translate`` with :func:`install`.

``pyside6-lupdate`` finds the texts by the call form ``translate("Context",
"Text")`` with literal strings; a plural must be written ``translate("Context",
"%n thing(s)", "", count)`` with ``count`` a plain name (lupdate silently skips
the call when it is an expression such as ``len(things)``, and marks a plural
only when it is a literal number, so scripts/update_translations marks every
text holding ``%n`` as a plural). tests/test_translations.py checks both.
Placeholders are ``{name}`` filled with :meth:`str.format` after translation,
so a translator can move them; never join translated pieces into a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

Translate = Callable[[str, str, str | None, int], str]
"""``(context, text, disambiguation, n) -> translated text`` (``n`` -1 without a count)."""

LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "de": "Deutsch",
    "nl": "Nederlands",
    "zh_CN": "简体中文",
}
"""The interface languages, each named in itself; ``en`` is the source text."""
SOURCE_LANGUAGE: Final = "en"


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text as written (the source language); in a plural ``%n`` becomes ``n`` and
    ``(s)`` an ``s`` unless ``n`` is 1 (``%n day(s)``: ``1 day``, ``2 days``)."""
    del context, disambiguation
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


_translate: Translate = english


def install(function: Translate) -> None:
    """Translate every later :func:`translate` call with ``function``."""
    global _translate  # (the one switch: the app turns it at start-up)
    _translate = function


def uninstall() -> None:
    """Back to the English source text."""
    install(english)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``%n`` in a plural becomes ``n``."""
    return _translate(context, text, disambiguation, n)


def language_code(requested: str, ui_languages: list[str]) -> str:
    """The interface language to use: ``requested`` (a setting) if it is one of
    :data:`LANGUAGES`, else the first of the system's ``ui_languages`` (BCP 47
    tags such as ``de-AT`` or ``zh-Hans-CN``) that one matches, else English."""
    if requested in LANGUAGES:
        return requested
    for tag in ui_languages:
        parts = tag.replace("_", "-").split("-")
        base = parts[0].lower()
        if base == "zh":
            rest = {part.lower() for part in parts[1:]}
            if rest & {"hant", "tw", "hk", "mo"}:
                continue  # traditional Chinese: not offered, English is the better guess
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation where it is written (a constant made at import time),
    returning it as it is; translate it where it is shown, with the same ``context``."""
    del context
    return text
