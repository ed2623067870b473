"""Writing routine files: a new file, or an edit that keeps the file a person wrote.

A physiotherapist's routine file is a document: it has comments (the bundled
routine marks every number to adjust with ``# PT:``), an order of keys, short
phases written in flow style (``{ name: hold, seconds: 5 }``) and blank lines
between exercises. :func:`edit_routine_text` changes such a file so that
changing one number changes that one number and nothing else in ``git diff``.

The routine data handed in has the shape of the YAML: plain dicts, lists,
strings and numbers, with the file's keys (``{"schema": 2, "name": ...,
"exercises": [{"id": ..., "phases": [{"name": "hold", "seconds": 5}]}]}``).
The writer does not judge it: the strict loader
(:func:`homestretch.core.routine.parse_routine`) does, and :func:`save_routine`
refuses text that loader refuses.

Text is quoted wherever a YAML 1.1 reader (PyYAML, which the loader uses, and
most editors) would read it as something else: ``no`` (False), ``1:30`` (90),
``012``, ``null``. Numbers are written plainly, never with an exponent.
"""

from __future__ import annotations

import difflib
import io
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from homestretch.core.files import write_atomically
from homestretch.core.routine import SCHEMA_VERSION, parse_routine

BACKUP_SUFFIX: Final = ".bak"
"""The previous version of a saved routine is kept as ``NAME.yaml.bak``."""
_STR_TAG: Final = "tag:yaml.org,2002:str"
_FLOAT_TAG: Final = "tag:yaml.org,2002:float"
_WIDTH: Final = 4096
"""Lines are never folded by the writer: a long summary stays on its line."""


class BundledRoutineError(Exception):
    """A bundled routine cannot be overwritten; save a copy in the user's folder instead."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a bundled routine and cannot be changed; "
            "save a copy in your routines folder"
        )
        self.path = path


# --------------------------------------------------------------------------- YAML


def _yaml() -> Any:
    """A round-trip ruamel.yaml instance set up for routine files."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = _WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    representer = yaml.representer
    representer.add_representer(str, _represent_str)
    representer.add_representer(float, _represent_float)
    return yaml


def _represent_str(representer: Any, data: str) -> Any:
    if _changes_meaning(data):
        return representer.represent_scalar(_STR_TAG, data, style="'")
    return representer.represent_str(data)


def _represent_float(representer: Any, data: float) -> Any:
    return representer.represent_scalar(_FLOAT_TAG, number_text(data))


def _changes_meaning(text: str) -> bool:
    """True if ``text`` written plainly would not be read back as this text by a
    YAML 1.1 reader (``no``, ``on``, ``1:30``, ``012``, ``~``, ``2024-01-01``)."""
    import yaml

    resolver: Any = yaml.resolver.Resolver()
    resolved = resolver.resolve(yaml.ScalarNode, text, (True, False))
    # ruamel follows YAML 1.2 and writes "?x" and ":x" plainly; PyYAML cannot read
    # them back (in { flow } style).
    return resolved != _STR_TAG or text.startswith(("?", ":"))


def number_text(value: float) -> str:
    """A number as the loader wants it: ``5`` not ``5.0``, ``0.00001`` not ``1e-05``."""
    if float(value).is_integer():
        return str(int(value))
    text = format(Decimal(repr(float(value))), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _plain(value: Any) -> Any:
    """Routine data as the plain types the representer knows (an enum becomes its text)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, bool):
        raise TypeError("a routine has no yes/no values")
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else float(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"a routine cannot hold {type(value).__name__} values")


def _dump(yaml: Any, document: Any) -> str:
    stream = io.StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


# --------------------------------------------------------------------------- a new file


def routine_text(data: Mapping[str, Any]) -> str:
    """The text of a new routine file for ``data`` (block style, ``schema`` first).

    Exercises are separated by a blank line, as in the bundled routine.
    """
    from ruamel.yaml.comments import CommentedMap

    plain = _plain(data)
    document = CommentedMap()
    document["schema"] = plain.pop("schema", SCHEMA_VERSION)
    exercises = plain.pop("exercises", None)
    for key, value in plain.items():
        document[key] = value
    if exercises is not None:
        document["exercises"] = exercises
    text = _dump(_yaml(), document)
    # A blank line before the exercises and between them (only exercises start a
    # top-level list item, at two spaces).
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    for line in lines:
        starts_exercises = line.startswith("exercises:")
        next_exercise = line.startswith("  - ") and out and out[-1] != "exercises:\n"
        if starts_exercises or next_exercise:
            out.append("\n")
        out.append(line)
    return "".join(out)


# --------------------------------------------------------------------------- editing


def edit_routine_text(original: str, data: Mapping[str, Any]) -> str:
    """``original`` changed to hold ``data``, touching only what differs.

    ``data`` is the whole routine as it should be after the edit, in the shape
    of the file (see the module docstring). The file's comments, key order,
    quoting, flow style and blank lines are kept: a changed value is replaced
    where it stands (keeping the comment after it), a removed key or list item
    is removed, a new key is appended to its mapping and a new list item put
    where it is in ``data`` (exercises are matched by ``id``, so reordering or
    removing one leaves the others as they were written).

    Raises:
        ruamel.yaml.YAMLError: ``original`` is not YAML at all.
    """
    return RoutineEdit(original).text(data)


class RoutineEdit:
    """Edits of one original text, read once: what the editor uses to show, as
    you type, the text it would save (:func:`edit_routine_text` for each edit).

    Raises:
        ruamel.yaml.YAMLError: ``original`` is not YAML at all.
    """

    def __init__(self, original: str) -> None:
        self._yaml = _yaml()
        self._original = original
        self._document = self._yaml.load(original)
        self._base = _dump(self._yaml, self._document)

    def text(self, data: Mapping[str, Any]) -> str:
        """The original changed to hold ``data`` (see :func:`edit_routine_text`)."""
        import copy

        document = _update(copy.deepcopy(self._document), _plain(data))
        new = _dump(self._yaml, document)
        merged = _merge_lines(self._original, self._base, new)
        # The merge only copies the untouched lines back as the person wrote them;
        # if it ever disagrees with the edited document, the edited document wins.
        if merged != new and _as_nodes(merged) != _as_nodes(new):
            return new
        return merged


def _as_nodes(text: str) -> Any:
    """What the loader reads in ``text``: its values as written (a text as its
    characters, with whether it was quoted), or None if it is no YAML."""
    import yaml

    from homestretch.core.routine import _loader

    try:
        return _node_value(yaml.compose(text, Loader=_loader()))
    except Exception:  # any failure means "not the same"
        return None


def _node_value(node: Any) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        return [(_node_value(k), _node_value(v)) for k, v in node.value]
    if isinstance(node, yaml.SequenceNode):
        return [_node_value(item) for item in node.value]
    if node is None:
        return None
    return (str(node.value), not getattr(node, "style", None))


def _update(old: Any, new: Any) -> Any:
    """``old`` (a round-trip node) made equal to ``new`` (plain data), changed minimally."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(old, CommentedMap) and isinstance(new, dict):
        for key in [k for k in old if k not in new]:
            _keep_blank_lines(old, key)
            del old[key]
        keys = list(new)
        for position, (key, value) in enumerate(new.items()):
            if key in old:
                old[key] = _update(old[key], value)
                continue
            fresh = _fresh(value, flow=_is_flow(old))
            # Where ``new`` has it: before the first of the keys after it that the file has.
            later = next((k for k in keys[position + 1 :] if k in old), None)
            if later is None:
                old[key] = fresh
            else:
                old.insert(list(old).index(later), key, fresh)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        _update_list(old, new)
        return old
    if isinstance(new, (dict, list)):
        return _fresh(new, flow=False)
    return _scalar(old, new)


def _keep_blank_lines(mapping: Any, key: Any) -> None:
    """Before ``key`` is removed: the blank lines after it (ruamel keeps them with the
    key's comment) go to the key before it, so that removing an exercise's last key
    keeps the blank line between exercises."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    token = mapping.ca.items.get(key, [None, None, None])[2]
    keys = list(mapping)
    position = keys.index(key)
    if token is None or position == 0:
        return
    text = str(token.value)
    blank = text[text.find("\n") + 1 :] if "\n" in text else ""
    if not blank or blank.strip():
        return
    entry, slot = _last_line(mapping, keys[position - 1], 2)
    if entry[slot] is None:
        entry[slot] = CommentToken("\n" + blank, CommentMark(0), None)
    else:
        entry[slot].value = str(entry[slot].value) + blank


def _last_line(parent: Any, key: Any, slot: int) -> tuple[list[Any], int]:
    """Where ruamel keeps the comment ending the last line of ``parent[key]``: the
    entry of its last scalar (or flow collection), and the slot in it."""
    value = parent[key]
    if isinstance(value, (Mapping, list)) and value and not _is_flow(value):
        if isinstance(value, Mapping):
            return _last_line(value, list(value)[-1], 2)
        return _last_line(value, len(value) - 1, 0)
    return parent.ca.items.setdefault(key, [None, None, None, None]), slot


def _update_list(old: Any, new: list[Any]) -> None:
    old_keys = [_match_key(item) for item in old]
    new_keys = [_match_key(item) for item in new]
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    flow_items = any(_is_flow(item) for item in old)
    # From the end, so that indices still to be handled do not move.
    for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
        paired = min(i2 - i1, j2 - j1) if tag in ("equal", "replace") else 0
        for i in range(i2 - 1, i1 + paired - 1, -1):
            del old[i]
        for offset in range(j2 - j1 - 1, paired - 1, -1):
            old.insert(i1 + paired, _fresh(new[j1 + offset], flow=flow_items))
        for offset in range(paired):
            old[i1 + offset] = _update(old[i1 + offset], new[j1 + offset])


def _match_key(item: Any) -> Any:
    """What identifies a list item: an exercise's id, a phase's name, a text itself."""
    if isinstance(item, Mapping):
        for key in ("id", "name"):
            if key in item:
                return (key, str(item[key]))
        return ("mapping", len(item))
    if isinstance(item, list):
        return ("list", len(item))
    return ("value", str(item))


def _is_flow(node: Any) -> bool:
    fa = getattr(node, "fa", None)
    return bool(fa is not None and fa.flow_style())


def _fresh(value: Any, *, flow: bool) -> Any:
    """New round-trip nodes for plain ``value``; mappings in flow style if ``flow``."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        mapping = CommentedMap()
        for key, item in value.items():
            mapping[key] = _fresh(item, flow=False)
        if flow:
            mapping.fa.set_flow_style()
        return mapping
    if isinstance(value, list):
        sequence = CommentedSeq()
        sequence.extend(_fresh(item, flow=False) for item in value)
        return sequence
    return value


def _scalar(old: Any, new: Any) -> Any:
    """``old`` if it already says ``new`` (keeping how it was written), else ``new``
    written in ``old``'s style (a folded ``>`` text stays folded)."""
    from ruamel.yaml.scalarstring import FoldedScalarString, ScalarString

    if isinstance(new, str):
        if isinstance(old, str) and str(old) == new:
            return old
        if isinstance(old, FoldedScalarString):
            return _folded(new, keep_newline=str(old).endswith("\n"))
        if isinstance(old, ScalarString) and not _changes_meaning(new):
            style: Callable[[str], Any] = type(old)
            return style(new)
        return new
    if isinstance(old, (int, float)) and not isinstance(old, bool) and old == new:
        return old
    return new


_FOLD_WIDTH: Final = 78
"""Where a folded (``>``) text is broken into lines, as a person would wrap it."""


def _folded(text: str, *, keep_newline: bool) -> Any:
    """``text`` as a folded (``>``) scalar wrapped at :data:`_FOLD_WIDTH`."""
    from ruamel.yaml.scalarstring import FoldedScalarString

    if keep_newline and not text.endswith("\n"):
        text += "\n"
    folded = FoldedScalarString(text)
    positions: list[int] = []
    line_start = 0
    last_space = -1
    for index, char in enumerate(text):
        if char == "\n":
            line_start, last_space = index + 1, -1
        elif char == " " and index > line_start and text[index - 1] != " ":
            if index - line_start > _FOLD_WIDTH - 2 and last_space > line_start:
                positions.append(last_space)
                line_start = last_space + 1
            last_space = index
    if len(text.rstrip("\n")) - line_start > _FOLD_WIDTH - 2 and last_space > line_start:
        positions.append(last_space)
    folded.fold_pos = positions
    return folded


_WHITESPACE: Final = re.compile(r"\s+")


def _merge_lines(original: str, base: str, new: str) -> str:
    """``new`` with every line it did not change taken from ``original``.

    ``base`` is ruamel's rendering of the unchanged document and ``new`` of the
    changed one. ruamel writes some things its own way (``{name: a}`` for
    ``{ name: a }``, the space before a comment); lines that differ from
    ``original`` only so are copied from ``original``, and a changed line gets
    only its changed characters replaced in the original line.
    """
    o = original.splitlines(keepends=True)
    b = base.splitlines(keepends=True)
    n = new.splitlines(keepends=True)
    if len(o) != len(b) or any(
        _WHITESPACE.sub("", x) != _WHITESPACE.sub("", y) for x, y in zip(o, b, strict=True)
    ):
        return new
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, b, n, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(o[i1:i2])
        elif tag == "replace":
            out.extend(_merge_block(o[i1:i2], b[i1:i2], n[j1:j2]))
        else:
            out.extend(n[j1:j2])
    return "".join(out)


_SIMILAR: Final = 0.6
"""How alike two lines must be to count as one line changed rather than one removed and
one added."""


def _merge_block(o: list[str], b: list[str], n: list[str]) -> list[str]:
    """A block of changed lines: each base line paired, in order, with the most alike
    new line (merged character by character); new lines left over are added."""
    out: list[str] = []
    j = 0
    for i, line in enumerate(b):
        ratios = [
            difflib.SequenceMatcher(None, line, n[k], autojunk=False).ratio()
            for k in range(j, len(n))
        ]
        if not ratios or max(ratios) < _SIMILAR:
            continue  # this line was removed
        best = j + ratios.index(max(ratios))
        out.extend(n[j:best])
        out.append(_merge_line(o[i], line, n[best]))
        j = best + 1
    out.extend(n[j:])
    return out


_COMMENT_GAP: Final = re.compile(r"^(?P<text>.*?\S)(?P<gap> +)(?P<comment>#[^\n]*)(?P<end>\n?)$")


def _merge_line(original: str, base: str, new: str) -> str:
    """``new``'s changes to ``base`` made in ``original`` (which looks like ``base``)."""
    return _keep_comment_gap(original, _merged_line(original, base, new))


def _keep_comment_gap(original: str, merged: str) -> str:
    """``merged`` with the spaces before its comment as ``original`` had them: ruamel
    keeps a comment's column, so ``reps: 12 # PT`` changed to ``8`` would read
    ``reps: 8  # PT``. (Should the "comment" be inside a quoted text, the changed
    data shows it and :func:`edit_routine_text` takes ruamel's own line instead.)"""
    before = _COMMENT_GAP.match(original)
    after = _COMMENT_GAP.match(merged)
    if before is None or after is None or before["comment"] != after["comment"]:
        return merged
    return f"{after['text']}{before['gap']}{after['comment']}{after['end']}"


def _merged_line(original: str, base: str, new: str) -> str:
    if original == base:
        return new
    where: dict[int, int] = {}
    aligned = difflib.SequenceMatcher(None, base, original, autojunk=False)
    for block in aligned.get_matching_blocks():
        for k in range(block.size + 1):
            where.setdefault(block.a + k, block.b + k)
    out: list[str] = []
    cursor = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, base, new, autojunk=False
    ).get_opcodes():
        if tag == "equal" or not (base[i1:i2] + new[j1:j2]).strip(" "):
            continue  # spacing ruamel moved (a comment's column): the original's stays
        if i1 not in where or i2 not in where or where[i1] < cursor:
            return new
        out.append(original[cursor : where[i1]])
        out.append(new[j1:j2])
        cursor = where[i2]
    out.append(original[cursor:])
    return "".join(out)


# --------------------------------------------------------------------------- saving


def save_routine(
    path: Path, text: str, *, bundled_dir: Path, assets_dir: Path | None = None
) -> None:
    """Write routine ``text`` to ``path`` atomically, keeping the old file as ``NAME.yaml.bak``.

    The text is checked with the strict loader first: a file that would not
    load is never written.

    Raises:
        BundledRoutineError: ``path`` is inside ``bundled_dir``; save a copy
            (see :func:`copy_path`) in the user's routines folder instead.
        RoutineError: the text is not a valid routine.
        OSError: the folder cannot be written or the disk is full (the old
            file is then left as it was).
    """
    if path.resolve().is_relative_to(bundled_dir.resolve()):
        raise BundledRoutineError(path)
    if assets_dir is None:
        from homestretch.core.paths import ASSETS_DIR

        assets_dir = ASSETS_DIR
    parse_routine(text, label=str(path), base_dir=path.parent, assets_dir=assets_dir)
    if path.is_file():
        write_atomically(backup_path(path), path.read_bytes())
    write_atomically(path, text)


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.yaml.bak``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


_COPY_RE: Final = re.compile(r"^(?P<stem>.*?) \(copy(?: (?P<n>[0-9]+))?\)$")


def copy_name(name: str, taken: Sequence[str] | frozenset[str] | set[str]) -> str:
    """A name for a copy of ``name`` not in ``taken``: ``NAME (copy)``, ``NAME (copy 2)``...

    A copy of a copy counts on (``NAME (copy)`` -> ``NAME (copy 2)``).
    Names are compared ignoring case, as some file systems do.
    """
    match = _COPY_RE.match(name)
    stem = match.group("stem") if match else name
    used = {t.casefold() for t in taken}
    number = 1
    while True:
        candidate = f"{stem} (copy)" if number == 1 else f"{stem} (copy {number})"
        if candidate.casefold() not in used and candidate != name:
            return candidate
        number += 1


def copy_path(source: Path, folder: Path) -> Path:
    """A free path in ``folder`` for a copy of routine file ``source``:
    ``NAME (copy).yaml``, ``NAME (copy 2).yaml``..."""
    taken = {p.stem for p in folder.iterdir()} if folder.is_dir() else set()
    return folder / f"{copy_name(source.stem, taken)}{source.suffix or '.yaml'}"
