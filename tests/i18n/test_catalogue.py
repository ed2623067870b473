"""The .ts files hold every text the code marks for translation, and each language
translates all of them: placeholders kept, plurals in the language's forms."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from homestretch.core.i18n import LANGUAGES, SOURCE_LANGUAGE
from homestretch.i18n.catalogue import (
    PLURAL_FORMS,
    SOURCES,
    TRANSLATIONS,
    Message,
    mark_plurals,
    messages,
    update,
)

TS = {language: ts for ts, language in TRANSLATIONS.items()}
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
Key = tuple[str, str, str]
"""(context, source text, disambiguating comment), as a .ts file names a text."""


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def marked_in(path: Path) -> tuple[set[Key], set[Key]]:
    """The texts ``path`` marks for translation, and those among them that are plurals.

    The call forms: ``self.tr(text, comment, n)`` (the context is the class the
    call is written in), ``translate(context, text, comment, n)`` (ours and Qt's)
    and ``QT_TRANSLATE_NOOP(context, text)``. Each must have a literal text.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[Key] = set()
    plurals: set[Key] = set()
    noop_context: dict[str, str] = {}

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = list(node.args)
            key: Key | None = None
            if name == "tr" and isinstance(func, ast.Attribute) and args:
                text = _literal(args[0])
                comment = _literal(args[1]) if len(args) > 1 else ""
                if text is not None:
                    key = (cls, text, comment or "")
                elif isinstance(args[0], ast.Name | ast.Attribute):
                    constant = args[0].id if isinstance(args[0], ast.Name) else args[0].attr
                    assert noop_context.get(constant, cls) == cls, (
                        f"{path}:{node.lineno}: {constant} is marked in context "
                        f"{noop_context[constant]} but translated in {cls}"
                    )
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, text = _literal(args[0]), _literal(args[1])
                comment = _literal(args[2]) if len(args) > 2 else ""
                if context is not None and text is not None:
                    key = (context, text, comment or "")
                    if len(args) > 3:
                        assert isinstance(args[3], ast.Name | ast.Constant), (
                            f"{path}:{node.lineno}: lupdate skips a count that is an "
                            "expression; name it first"
                        )
            if key is not None:
                found.add(key)
                if "%n" in key[1]:
                    plurals.add(key)
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    for node in ast.walk(tree):  # constants marked at module or class level
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
            func = node.value.func
            if getattr(func, "id", "") == "QT_TRANSLATE_NOOP":
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                context = _literal(node.value.args[0])
                for target in targets:
                    if isinstance(target, ast.Name) and context is not None:
                        noop_context[target.id] = context
    visit(tree, "")
    return found, plurals


def marked() -> tuple[set[Key], set[Key]]:
    texts: set[Key] = set()
    plurals: set[Key] = set()
    for path in SOURCES:
        found, plural = marked_in(path)
        texts |= found
        plurals |= plural
    return texts, plurals


def keys(found: list[Message]) -> set[Key]:
    return {(m.context, m.source, m.comment) for m in found}


def test_the_code_marks_texts_in_the_forms_lupdate_reads() -> None:
    texts, plurals = marked()
    assert len(texts) > 300
    assert ("MainWindow", "&File", "") in texts
    assert ("HistoryView", "Current streak: %n day(s)", "") in plurals


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_ts_file_holds_every_text_the_code_marks(language: str) -> None:
    texts, plurals = marked()
    wanted = plurals if language == SOURCE_LANGUAGE else texts
    held = keys(messages(TS[language]))
    assert sorted(wanted - held) == [], "run scripts/update_translations"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_each_ts_file_is_what_lupdate_makes_of_the_code_now(language: str, tmp_path: Path) -> None:
    """Nothing missing and nothing stale: updating the file changes no text in it."""
    copy = tmp_path / TS[language].name
    shutil.copy(TS[language], copy)
    update(copy, language)
    assert keys(messages(copy)) == keys(messages(TS[language]))
    assert messages(copy) == messages(TS[language])  # (no translation lost or changed)


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
SINGULAR_FIRST = ("en", "de", "nl")
"""Languages whose first plural form is for exactly one: it may say "der letzte Tag"
without the number (every other form, and every placeholder, must be kept)."""


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for m in messages(TS[language]):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        if not m.finished or not all(m.translations):
            problems.append(f"not translated: {m.context}: {m.source!r}")
            continue
        for number, form in enumerate(m.translations):
            found = sorted(PLACEHOLDER.findall(form))
            if m.plural and number == 0 and language in SINGULAR_FIRST:
                found = sorted([*found, "%n"]) if "%n" not in found else found
            if found != wanted:
                problems.append(f"placeholders differ: {m.source!r} -> {form!r}")
            if ("&" in m.source) != ("&" in form):
                problems.append(f"keyboard accelerator (&) lost or added: {form!r}")
    assert problems == []


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_plural_has_the_forms_of_its_language(language: str) -> None:
    plurals = [m for m in messages(TS[language]) if "%n" in m.source]
    assert plurals
    for m in plurals:
        assert m.plural, m.source
        assert len(m.translations) == PLURAL_FORMS[language], m.source


def test_english_plurals_are_written_from_their_sources() -> None:
    forms = {m.source: m.translations for m in messages(TS[SOURCE_LANGUAGE])}
    assert forms["Current streak: %n day(s)"] == (
        "Current streak: %n day",
        "Current streak: %n days",
    )


def test_a_text_with_a_count_is_marked_as_a_plural(tmp_path: Path) -> None:
    """lupdate marks ``translate(c, "%n x(s)", "", count)`` as a plural only for a literal
    count; the update marks every ``%n`` text, in the language's number of forms."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_CN"><context><name>C</name>'
        "<message><source>%n rep(s)</source><translation>%n 次</translation></message>"
        "<message><source>plain</source><translation>平</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    mark_plurals(ts, "zh_CN")
    by_source = {m.source: m for m in messages(ts)}
    assert by_source["%n rep(s)"].plural
    assert by_source["%n rep(s)"].translations == ("%n 次",)
    assert not by_source["plain"].plural
