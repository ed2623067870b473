"""Tools over the translation sources: run lupdate and lrelease, read a .ts file.

Used by scripts/update_translations, the tests and (by path) hatch_build.py;
the app itself only loads the built .qm files (:mod:`homestretch.ui.language`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from homestretch.core.i18n import LANGUAGES, SOURCE_LANGUAGE

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
"""Every Python file of the package: where lupdate looks for texts."""
TRANSLATIONS = {HERE / f"homestretch_{code}.ts": code for code in LANGUAGES}
"""Each translation source and its language. English holds only the plurals
(``%n day(s)`` -> ``1 day``, ``2 days``): its other texts are the source."""
PLURAL_FORMS = {"en": 2, "de": 2, "nl": 2, "zh_CN": 1}
"""How many forms a plural has in each language (as Qt counts them)."""


def tool(name: str) -> str:
    """The path of ``pyside6-NAME`` (lupdate, lrelease) next to this Python, or on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def lupdate(sources: Iterable[Path], targets: Sequence[Path]) -> None:
    """Bring ``targets`` (.ts files, made if missing) up to date with ``sources``."""
    subprocess.run(
        [
            tool("lupdate"),
            *map(str, sources),
            "-source-language",
            "en",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            *map(str, targets),
        ],
        check=True,
    )


def release(ts: Path, qm: Path) -> None:
    """Build the .qm file ``qm`` from ``ts``."""
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(ts: Path, language: str) -> None:
    """Bring one translation source up to date with the code."""
    # lupdate folds a plural it does not recognise (a count that is not a literal) into
    # one unfinished form; its forms are kept here and written back once it is marked.
    kept = {
        (m.context, m.source, m.comment): m
        for m in (messages(ts) if ts.exists() else [])
        if m.plural
    }
    lupdate(SOURCES, [ts])
    mark_plurals(ts, language)
    restore_plurals(ts, kept)
    if language == SOURCE_LANGUAGE:
        drop_singulars(ts)
        write_english_plurals(ts)


def write_english_plurals(ts: Path) -> None:
    """Write each English plural's two forms from its source: ``%n day(s)`` is
    ``%n day`` and ``%n days`` (the sources are written so, with ``(s)``)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is None:
            continue  # (finished: written by hand)
        forms = list(translation.iter("numerusform"))
        for form, ending in zip(forms, ("", "s"), strict=True):
            form.text = source.replace("(s)", ending)
        del translation.attrib["type"]
    write_ts(tree, ts)


def restore_plurals(ts: Path, kept: dict[tuple[str, str, str], Message]) -> None:
    """Write back the plural forms ``kept`` from before lupdate ran."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            old = kept.get(key)
            translation = message.find("translation")
            if old is None or translation is None:
                continue
            forms = list(translation.iter("numerusform"))
            if len(forms) != len(old.translations):
                continue
            for form, text in zip(forms, old.translations, strict=True):
                form.text = text
            if old.finished:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    write_ts(tree, ts)


def drop_singulars(ts: Path) -> None:
    """Keep only the plural texts (the English file; lupdate's -pluralonly would keep
    only those it recognised as plurals, not those :func:`mark_plurals` marks)."""
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
    for context in list(tree.getroot()):
        if context.tag == "context" and context.find("message") is None:
            tree.getroot().remove(context)
    write_ts(tree, ts)


def mark_plurals(ts: Path, language: str) -> None:
    """Mark every message whose text holds ``%n`` as a plural, with ``language``'s forms."""
    tree = ET.parse(ts)
    root = tree.getroot()
    forms = PLURAL_FORMS[language]
    changed = False
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if "%n" not in source or message.get("numerus") == "yes":
            continue
        changed = True
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", type="unfinished")
        text = translation.text or ""
        translation.text = None
        for _ in range(forms):
            ET.SubElement(translation, "numerusform").text = text
    if changed:
        write_ts(tree, ts)


def write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    """Write a .ts file as lupdate does (declaration, doctype, four-space indents)."""
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


@dataclass(frozen=True)
class Message:
    """One text of a .ts file."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    """The translation, or each plural form; empty strings where none is written."""
    finished: bool
    plural: bool


def messages(ts: Path) -> list[Message]:
    """Every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = (
                tuple(form.text or "" for form in forms)
                if forms
                else ("" if translation is None else (translation.text or ""),)
            )
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    texts,
                    translation is not None and translation.get("type") is None,
                    message.get("numerus") == "yes",
                )
            )
    return found
