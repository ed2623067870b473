"""A routine being edited: the model behind the physiotherapist's editor.

A :class:`Draft` holds a routine's data in the shape of its file (what
:mod:`homestretch.core.writer` takes: plain dicts, lists, texts and numbers
with the file's keys), and offers

* edits addressed by a :data:`KeyPath` (``("exercises", 2, "reps")``), each an
  undo step; consecutive changes of one field while typing merge into one
  step (see :meth:`Draft.set`);
* validation by the real loader: :meth:`Draft.problems` runs
  :func:`~homestretch.core.routine.parse_routine` on the text :meth:`Draft.save`
  would write, and maps each problem to the key it is about;
* the totals and the preview table ``homestretch preview`` prints;
* saving through :func:`~homestretch.core.writer.save_routine` (atomic, with
  ``NAME.yaml.bak``). A bundled routine is never overwritten: saving it writes
  a copy into the user's routines folder (same exercise ids, so the history
  of each exercise stays together), and the draft then edits that copy
  (:meth:`Draft.save_copy` does the same for any routine);
* pictures chosen for an exercise (:meth:`Draft.copy_picture`), read and
  checked at once and copied beside the routine (``NAME-pictures/``) when it
  is saved, so nothing is written until the physiotherapist saves.

Data never changes in place: each edit makes a new copy, and an undo step
keeps the data before and after it, so undo and redo restore it exactly.

The draft is Qt-free; the editor's widgets subscribe to it
(:meth:`Draft.subscribe`) and refresh the part a :class:`Change` names.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from homestretch.core.files import read_regular_file, write_atomically
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.library import PICTURES_SUFFIX, free_routine_path, safe_stem
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR, AppPaths
from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, language_of, say
from homestretch.core.routine import (
    FIGURE_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_PICTURE_BYTES,
    PICTURE_SUFFIXES,
    WHOLE_FILE,
    Problem,
    Routine,
    RoutineError,
    Severity,
    invalid_routine,
    parse_routine,
    read_routine_file,
)
from homestretch.core.routine_keys import (
    ID_PATTERN,
    KEYS,
    MAX_ID,
    SCHEMA_VERSION,
    Kind,
    Level,
    Position,
)

if TYPE_CHECKING:
    import yaml

    from homestretch.core.preview import PreviewRow
    from homestretch.core.timeline import Timeline
    from homestretch.core.writer import RoutineEdit

KeyPath = tuple[str | int, ...]
"""A place in the routine's data: ``("exercises", 2, "reps")``; ``()`` is the whole routine."""

MERGE_SECONDS: Final = 2.0
"""Changes of one field closer together than this (typing) merge into one undo step."""
_ID_RE: Final = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class _ListWords:
    """The undo texts of one kind of list: each a whole phrase (marked for translation;
    translated when the edit is made), since a noun put into "add {item}" takes another
    article or word order in German and Chinese."""

    item: str
    add: str
    remove: str
    move: str


_LIST_ITEMS: Final = {
    "exercises": _ListWords(
        QT_TRANSLATE_NOOP("Draft", "Exercise"),
        QT_TRANSLATE_NOOP("Draft", "add exercise"),
        QT_TRANSLATE_NOOP("Draft", "remove exercise"),
        QT_TRANSLATE_NOOP("Draft", "move exercise"),
    ),
    "phases": _ListWords(
        QT_TRANSLATE_NOOP("Draft", "Phase"),
        QT_TRANSLATE_NOOP("Draft", "add phase"),
        QT_TRANSLATE_NOOP("Draft", "remove phase"),
        QT_TRANSLATE_NOOP("Draft", "move phase"),
    ),
    "steps": _ListWords(
        QT_TRANSLATE_NOOP("Draft", "Step"),
        QT_TRANSLATE_NOOP("Draft", "add step"),
        QT_TRANSLATE_NOOP("Draft", "remove step"),
        QT_TRANSLATE_NOOP("Draft", "move step"),
    ),
    "cautions": _ListWords(
        QT_TRANSLATE_NOOP("Draft", "Caution"),
        QT_TRANSLATE_NOOP("Draft", "add caution"),
        QT_TRANSLATE_NOOP("Draft", "remove caution"),
        QT_TRANSLATE_NOOP("Draft", "move caution"),
    ),
}
"""The words for each list's items, for the undo texts."""
_ITEM: Final = _ListWords(
    QT_TRANSLATE_NOOP("Draft", "Item"),
    QT_TRANSLATE_NOOP("Draft", "add item"),
    QT_TRANSLATE_NOOP("Draft", "remove item"),
    QT_TRANSLATE_NOOP("Draft", "move item"),
)
_NUMERIC_KINDS: Final = frozenset({Kind.COUNT, Kind.DURATION})


class PictureError(Exception):
    """A picture cannot be used; ``str()`` is a plain sentence naming the file."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem the loader found, placed at the key it is about.

    Attributes:
        path: the most specific key the message is about (``()``: the whole routine).
        message: the loader's own message (without a file or line prefix).
        line: the line in :meth:`Draft.text` (0 when none).
        severity: an error stops the routine from being saved or used; a warning
            (a missing picture) does not.
    """

    path: KeyPath
    message: str
    line: int
    severity: Severity


@dataclass(frozen=True)
class Change:
    """What an edit (or its undo) changed.

    Attributes:
        path: everything changed lies under this path (``()``: anything may have).
        structure: lists changed shape (an item added, removed or moved), so views
            showing a list under ``path`` rebuild rather than refresh values.
    """

    path: KeyPath
    structure: bool = False


@dataclass
class _Step:
    text: str
    before: dict[str, Any]
    after: dict[str, Any]
    change: Change
    at: float
    mergeable: bool


@dataclass
class _Pending:
    """A picture to copy next to the routine at the next save."""

    source: Path
    content: bytes


@dataclass
class _Checked:
    """The loader's verdict on one version of the text."""

    text: str
    routine: Routine | None
    problems: tuple[Problem, ...]
    label: str
    timeline: Timeline | None = None
    placed: tuple[FieldProblem, ...] | None = None
    """The problems placed at their keys (made when first asked for)."""


@dataclass(frozen=True)
class DraftSnapshot:
    """A draft at one moment: all a check needs, safe to hand to another thread.

    The draft replaces its data on every change and never changes it in place,
    so the snapshot holds it without copying it.
    """

    data: Mapping[str, Any]
    original: str | None
    target: Path
    """Where the next save writes (the problems' file name, and where pictures are)."""
    picture_base: Path
    """The folder picture references are read from."""
    assets_dir: Path
    pending: Mapping[str, Path]
    """Pictures still to be copied: reference -> the file they are copied from."""


@dataclass(frozen=True)
class DraftCheck:
    """What :func:`check_snapshot` found; :meth:`Draft.adopt` takes it while it is current."""

    snapshot: DraftSnapshot
    checked: _Checked
    problems: tuple[FieldProblem, ...]
    total_seconds: float | None


def check_snapshot(snapshot: DraftSnapshot) -> DraftCheck:
    """The loader's verdict on a draft's snapshot, its problems placed at their keys,
    and the session's length: the costly part of an edit (about 1 s of CPU for a
    100-exercise routine), made to run off the GUI thread. Touches no draft."""
    checked = _check_snapshot_text(snapshot)
    placed = _placed_problems(snapshot, checked)
    checked.placed = placed
    total = None
    if checked.routine is not None:
        from homestretch.core.timeline import build_timeline

        checked.timeline = build_timeline(checked.routine)
        total = checked.timeline.total_seconds
    return DraftCheck(snapshot, checked, placed, total)


def _check_snapshot_text(snapshot: DraftSnapshot) -> _Checked:
    text = _render(snapshot.data, snapshot.original)
    label = str(snapshot.target)
    try:
        routine: Routine | None = parse_routine(
            text, label=label, base_dir=snapshot.target.parent, assets_dir=snapshot.assets_dir
        )
        assert routine is not None
        problems = routine.warnings
    except RoutineError as exc:
        routine, problems = None, exc.problems
    # (a picture still to be copied in is not missing)
    problems = tuple(
        p for p in problems if not (p.missing_picture and p.missing_picture in snapshot.pending)
    )
    if routine is not None and snapshot.pending:
        routine = _with_pending_pictures(routine, snapshot)
    return _Checked(text, routine, problems, label)


def _with_pending_pictures(routine: Routine, snapshot: DraftSnapshot) -> Routine:
    """``routine`` showing the pictures still to be copied from where they are now."""
    exercises = []
    for exercise, item in zip(routine.exercises, snapshot.data["exercises"], strict=True):
        pending = snapshot.pending.get(item.get("illustration"))
        if pending is not None:
            exercise = replace(exercise, illustration=pending.resolve())
        exercises.append(exercise)
    return replace(routine, exercises=tuple(exercises))


def _placed_problems(snapshot: DraftSnapshot, checked: _Checked) -> tuple[FieldProblem, ...]:
    pictures: dict[Path, KeyPath] = {}
    if any(p.file != checked.label for p in checked.problems):
        exercises = snapshot.data.get("exercises")
        for index in range(len(exercises) if isinstance(exercises, list) else 0):
            found = _picture_in(snapshot, index)
            if found is not None:
                pictures.setdefault(found.resolve(), ("exercises", index, "illustration"))
    return tuple(_field_problems(checked.text, checked.problems, checked.label, pictures))


def _picture_in(snapshot: DraftSnapshot, index: int) -> Path | None:
    exercises = snapshot.data.get("exercises")
    listed = isinstance(exercises, list) and -len(exercises) <= index < len(exercises)
    item = exercises[index] if listed else None  # type: ignore[index]
    reference = item.get("illustration") if isinstance(item, dict) else None
    if not isinstance(reference, str):
        return None
    if reference in snapshot.pending:
        return snapshot.pending[reference]
    from homestretch.core.routine import ASSETS_PREFIX

    if reference.startswith(ASSETS_PREFIX):
        candidate = snapshot.assets_dir / reference[len(ASSETS_PREFIX) :]
    else:
        candidate = snapshot.picture_base / reference
    return candidate if candidate.is_file() else None


_edits = threading.local()
"""Each thread's :class:`RoutineEdit` of the last original text it rendered (reading the
original is the slow part; one thread's is never used by another)."""


def _render(data: Mapping[str, Any], original: str | None) -> str:
    from homestretch.core.writer import RoutineEdit, routine_text

    if original is not None:
        try:
            kept: tuple[str, RoutineEdit] | None = getattr(_edits, "kept", None)
            if kept is None or kept[0] is not original:
                kept = _edits.kept = (original, RoutineEdit(original))
            return kept[1].text(data)
        except Exception:  # ruamel refused what PyYAML read: write the file anew
            pass
    return routine_text(data)


@dataclass
class _Group:
    text: str
    before: dict[str, Any]
    changes: list[Change] = field(default_factory=list)


class Draft:
    """A routine being edited: its data in the file's shape, undo/redo, validation by
    the real loader, totals, and saving through :mod:`homestretch.core.writer`.

    Create one with :meth:`open` or :meth:`new`.

    Attributes:
        path: where :meth:`save` writes (``None``: never saved; the first save
            picks a free file name in the user's routines folder from the name).
        bundled: the draft is of a bundled routine; :meth:`save` writes a copy in
            the user's folder (a new name, the same exercise ids).
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        *,
        paths: AppPaths,
        path: Path | None,
        original: str | None,
        bundled: bool,
        now: Callable[[], float] = time.monotonic,
        bundled_dir: Path = BUNDLED_ROUTINES_DIR,
        assets_dir: Path = ASSETS_DIR,
    ) -> None:
        self.paths = paths
        self.path = path
        self.bundled = bundled
        self._data: dict[str, Any] = _checked_data(data)
        self._saved: dict[str, Any] = copy.deepcopy(self._data)
        self._original = original
        self._now = now
        self._bundled_dir = bundled_dir
        self._assets_dir = assets_dir
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._listeners: list[Callable[[Change], None]] = []
        self._pending: dict[str, _Pending] = {}
        self._target: Path | None = None
        self._copy_folder: Path | None = None
        self._group: _Group | None = None
        self._checked: _Checked | None = None

    # ------------------------------------------------------------------ creating

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        paths: AppPaths,
        now: Callable[[], float] = time.monotonic,
        bundled_dir: Path = BUNDLED_ROUTINES_DIR,
        assets_dir: Path = ASSETS_DIR,
    ) -> Draft:
        """A draft of the routine file ``path`` (the user's or a bundled one).

        A file with problems opens (they show in :meth:`problems`) as long as it
        is a YAML mapping at all.

        Raises:
            RoutineError: the file cannot be read, or is not YAML, or not a mapping.
        """
        raw = read_routine_file(path)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = ""
        data = routine_data(text) if text else None
        if data is None:
            # The loader says what is wrong, with the line.
            parse_routine(raw, label=str(path), base_dir=path.parent, assets_dir=assets_dir)
            message = translate("Draft", "the file is not a routine")
            raise RoutineError([Problem(str(path), 1, 1, message)])
        bundled = path.resolve().is_relative_to(bundled_dir.resolve())
        draft = cls(
            data,
            paths=paths,
            path=path,
            original=text,
            bundled=bundled,
            now=now,
            bundled_dir=bundled_dir,
            assets_dir=assets_dir,
        )
        if bundled:
            draft._take_pictures_along()
        return draft

    def _take_pictures_along(self) -> None:
        """A bundled routine's own pictures (beside it, not ``assets:``) are copied
        with the copy its first save makes, under the same references."""
        from homestretch.core.files import FileReadError
        from homestretch.core.routine import ASSETS_PREFIX

        assert self.path is not None
        for reference in sorted(self._references() - set(self._pending)):
            if reference.startswith(ASSETS_PREFIX):
                continue
            source = self.path.parent / reference
            limit = (
                MAX_FILE_BYTES if source.suffix.lower() in FIGURE_SUFFIXES else MAX_PICTURE_BYTES
            )
            try:
                content = read_regular_file(source, limit)
            except FileReadError:
                continue  # the loader says what is wrong with it
            self._pending[reference] = _Pending(source, content)

    @classmethod
    def new(
        cls,
        *,
        paths: AppPaths,
        name: str = "",
        language: str = DEFAULT_LANGUAGE,
        now: Callable[[], float] = time.monotonic,
        bundled_dir: Path = BUNDLED_ROUTINES_DIR,
        assets_dir: Path = ASSETS_DIR,
    ) -> Draft:
        """A routine never saved: ``name``, written in ``language`` (a BCP 47 tag: the
        physiotherapist's window's, as a rule; ``language:`` is left out for English,
        the default), and one blank exercise (see :func:`blank_exercise`) whose empty
        fields the problems point at.

        Its first :meth:`save` writes a new file in the user's routines folder,
        named after the routine (see :func:`free_routine_path`).
        """
        exercise = {"id": unique_id("exercise", ()), **blank_exercise()}
        data: dict[str, Any] = {"schema": SCHEMA_VERSION, "name": name}
        if language != DEFAULT_LANGUAGE:
            data["language"] = language
        data["exercises"] = [exercise]
        return cls(
            data,
            paths=paths,
            path=None,
            original=None,
            bundled=False,
            now=now,
            bundled_dir=bundled_dir,
            assets_dir=assets_dir,
        )

    # ------------------------------------------------------------------ reading

    @property
    def data(self) -> dict[str, Any]:
        """A copy of the whole routine data."""
        return copy.deepcopy(self._data)

    def get(self, path: KeyPath) -> Any:
        """The value at ``path`` (a copy of a list or mapping), or None when it is absent."""
        node: Any = self._data
        for part in path:
            if isinstance(node, dict) and isinstance(part, str):
                node = node.get(part)
            elif (
                isinstance(node, list) and isinstance(part, int) and -len(node) <= part < len(node)
            ):
                node = node[part]
            else:
                return None
        return copy.deepcopy(node)

    def exercise_count(self) -> int:
        exercises = self._data.get("exercises")
        return len(exercises) if isinstance(exercises, list) else 0

    # ------------------------------------------------------------------ editing

    def set(self, path: KeyPath, value: Any, *, merge: bool = True) -> None:
        """Set the value at ``path``; ``None`` removes an optional key.

        Missing mappings on the way are created (``("stop_rule", "pain_rise")``
        when there is no stop rule yet); removing the last key of a mapping that
        is itself a key's value (``stop_rule``, ``work``) removes that key too.

        With ``merge`` (typing), a change of the same ``path`` within
        :data:`MERGE_SECONDS` of the previous one (by the draft's clock) joins
        its undo step, so one undo takes back the whole word.

        A key newer than the file's format (``language`` in a ``schema: 2``
        file) raises ``schema`` to the format it needs, in the same undo step.
        """
        if not path:
            raise ValueError("set() needs a path; the routine itself is not replaced")
        if value is not None:
            value = _checked_value(value)
        exists = self._exists(path)
        if (value is None and not exists) or (exists and self.get(path) == value):
            return
        if value is None:
            text = translate("Draft", "remove “{field}”").format(field=describe(path))
        else:
            text = translate("Draft", "change “{field}”").format(field=describe(path))
        needed = format_needed(path)
        schema = self._data.get("schema")
        older = needed > 1 and (
            not isinstance(schema, int) or isinstance(schema, bool) or schema < needed
        )
        if value is not None and older and self._group is None:
            with self.group(text):  # the key and the format it needs: one undo step
                self.set(("schema",), needed, merge=False)
                self.set(path, value, merge=False)
            return
        if value is not None and older:
            self.set(("schema",), needed, merge=False)

        def apply(data: dict[str, Any]) -> None:
            if value is None:
                _remove_key(data, path)
            else:
                _put(data, path, value)

        self._edit(text, Change(path), apply, mergeable=merge)

    def insert(self, path: KeyPath, index: int, value: Any) -> None:
        """Insert ``value`` into the list at ``path`` (created if absent) before ``index``."""
        value = _checked_value(value)

        def apply(data: dict[str, Any]) -> None:
            items = _resolve(data, path, create=True, default=list)
            if not isinstance(items, list):
                raise TypeError(f"{path} is not a list")
            items.insert(index, value)

        self._edit(translate("Draft", _list_words(path).add), Change(path, True), apply)

    def remove(self, path: KeyPath, index: int) -> None:
        """Remove item ``index`` of the list at ``path``."""
        items = self._list(path)
        if not -len(items) <= index < len(items):
            raise IndexError(f"{path} has no item {index}")
        self._edit(
            translate("Draft", _list_words(path).remove),
            Change(path, True),
            lambda data: _resolve_list(data, path).pop(index),
        )

    def move(self, path: KeyPath, old: int, new: int) -> None:
        """Move item ``old`` of the list at ``path`` so that it ends up at index ``new``."""
        items = self._list(path)
        size = len(items)
        if not (0 <= old < size and 0 <= new < size):
            raise IndexError(f"{path} has no item {old} or {new}")
        if old == new:
            return

        def apply(data: dict[str, Any]) -> None:
            target = _resolve_list(data, path)
            target.insert(new, target.pop(old))

        self._edit(translate("Draft", _list_words(path).move), Change(path, True), apply)

    def add_exercise(self, exercise: Mapping[str, Any], index: int | None = None) -> int:
        """Add ``exercise`` (data in the file's shape, such as one from :meth:`catalogue`
        or :func:`blank_exercise`) at ``index`` (the end when None); returns its index.

        It gets an id not used by another exercise of the routine: its own if
        free, else one made from its name (``knee-pats-2``).
        """
        item = _checked_value(dict(exercise))
        item = _with_unique_id(item, self._ids())
        count = self.exercise_count()
        at = count if index is None else max(0, min(index, count))
        self._insert_exercise(at, item, translate("Draft", "add exercise"))
        return at

    def duplicate_exercise(self, index: int) -> int:
        """Put a copy of exercise ``index`` after it, under a new id; returns the copy's index."""
        exercises = self._list(("exercises",))
        item = copy.deepcopy(exercises[index])
        if not isinstance(item, dict):
            raise TypeError(f"exercise {index} is not a mapping")
        item.pop("id", None)
        item = _with_unique_id(item, self._ids())
        self._insert_exercise(index + 1, item, translate("Draft", "duplicate exercise"))
        return index + 1

    def _insert_exercise(self, at: int, item: dict[str, Any], text: str) -> None:
        def apply(data: dict[str, Any]) -> None:
            exercises = data.setdefault("exercises", [])
            if not isinstance(exercises, list):
                data["exercises"] = exercises = []
            exercises.insert(at, item)

        self._edit(text, Change(("exercises",), True), apply)

    @contextmanager
    def group(self, text: str) -> Iterator[None]:
        """Make the edits inside one undo step, undone as ``text`` (``"use timed work"``).

        Subscribers hear of them once, at the end, as one :class:`Change` under the
        edits' common path. A group inside a group joins the outer one.
        """
        if self._group is not None:
            yield
            return
        self._group = _Group(text, copy.deepcopy(self._data))
        try:
            yield
        finally:
            group, self._group = self._group, None
            if group.changes:
                change = _common(group.changes)
                if self._data != group.before:
                    step = _Step(group.text, group.before, self.data, change, self._now(), False)
                    self._push(step)
                self._notify(change)

    def _edit(
        self,
        text: str,
        change: Change,
        apply: Callable[[dict[str, Any]], object],
        *,
        mergeable: bool = False,
    ) -> None:
        before = self._data
        after = copy.deepcopy(before)
        apply(after)
        if after == before:
            return
        self._data = after
        self._checked = None
        if self._group is not None:
            self._group.changes.append(change)
            return  # announced when the group ends
        now = self._now()
        last = self._undo[-1] if self._undo else None
        if (
            mergeable
            and last is not None
            and last.mergeable
            and last.change == change
            and now - last.at < MERGE_SECONDS
        ):
            last.after, last.at = copy.deepcopy(after), now
            self._redo.clear()
        else:
            self._push(_Step(text, before, copy.deepcopy(after), change, now, mergeable))
        self._notify(change)

    def _push(self, step: _Step) -> None:
        self._undo.append(step)
        self._redo.clear()

    # ------------------------------------------------------------------ undo

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        """``"Undo change reps"``; empty when there is nothing to undo."""
        if not self._undo:
            return ""
        return translate("Draft", "Undo {change}").format(change=self._undo[-1].text)

    @property
    def redo_text(self) -> str:
        if not self._redo:
            return ""
        return translate("Draft", "Redo {change}").format(change=self._redo[-1].text)

    def undo(self) -> None:
        if not self._undo:
            return
        step = self._undo.pop()
        self._redo.append(step)
        self._data = copy.deepcopy(step.before)
        self._checked = None
        self._notify(step.change)

    def redo(self) -> None:
        if not self._redo:
            return
        step = self._redo.pop()
        step.mergeable = False  # a redone step is closed: typing starts a new one
        self._undo.append(step)
        self._data = copy.deepcopy(step.after)
        self._checked = None
        self._notify(step.change)

    @property
    def modified(self) -> bool:
        """The data differs from what was last saved (or opened)."""
        return self._data != self._saved

    # ------------------------------------------------------------------ listeners

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        """Call ``callback`` after every change; returns the function that stops it."""
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def _notify(self, change: Change) -> None:
        for callback in list(self._listeners):
            callback(change)

    # ------------------------------------------------------------------ text and checks

    def text(self) -> str:
        """The text :meth:`save` would write: the opened file changed only where the
        data changed (comments, order and layout kept), or a new file's text."""
        return self._check().text

    def problems(self) -> list[FieldProblem]:
        """What the loader says about :meth:`text`, each placed at the key it is about."""
        checked = self._check()
        if checked.placed is None:
            checked.placed = _placed_problems(self.snapshot(), checked)
        return list(checked.placed)

    def snapshot(self) -> DraftSnapshot:
        """The draft as it is now, for :func:`check_snapshot` in another thread (cheap)."""
        target = self._save_path()
        return DraftSnapshot(
            data=self._data,
            original=self._original,
            target=target,
            picture_base=self.path.parent if self.path is not None else target.parent,
            assets_dir=self._assets_dir,
            pending={r: p.source for r, p in self._pending.items()},
        )

    def adopt(self, check: DraftCheck) -> bool:
        """Take ``check`` (made from a :meth:`snapshot`) as the verdict on the draft, if
        the draft is still as it was then; True if it was taken."""
        then = check.snapshot
        if not (
            then.data is self._data and then.original is self._original and then == self.snapshot()
        ):
            return False
        self._checked = check.checked
        return True

    @property
    def checked(self) -> bool:
        """The verdict on the draft as it is now is known: :meth:`problems`,
        :meth:`routine` and :meth:`total_seconds` answer at once."""
        checked = self._checked
        return (
            checked is not None
            and checked.placed is not None
            and (checked.routine is None or checked.timeline is not None)
        )

    def routine(self) -> Routine | None:
        """The routine as the loader reads :meth:`text`, or None while it has errors."""
        return self._check().routine

    def total_seconds(self) -> float | None:
        """How long a session takes (as ``homestretch preview`` says), or None while invalid."""
        timeline = self._timeline()
        return None if timeline is None else timeline.total_seconds

    def summary_text(self) -> str:
        """``20 minutes, 7 exercises`` (only the exercises while the routine is invalid)."""
        from homestretch.core.formatting import plural

        exercises = plural(self.exercise_count(), "exercise")
        total = self.total_seconds()
        if total is None:
            return exercises
        return f"{plural(max(1, round(total / 60)), 'minute')}, {exercises}"

    def _timeline(self) -> Timeline | None:
        checked = self._check()
        if checked.routine is None:
            return None
        if checked.timeline is None:
            from homestretch.core.timeline import build_timeline

            checked.timeline = build_timeline(checked.routine)
        return checked.timeline

    def preview_rows(self) -> list[PreviewRow] | None:
        """The table ``homestretch preview`` prints, or None while the routine is invalid."""
        timeline = self._timeline()
        if timeline is None:
            return None
        from homestretch.core.preview import preview_rows

        return preview_rows(timeline)

    def _check(self) -> _Checked:
        if self._checked is None:
            self._checked = _check_snapshot_text(self.snapshot())
        return self._checked

    # ------------------------------------------------------------------ pictures

    def copy_picture(self, index: int, source: Path) -> str:
        """Use the picture file ``source`` for exercise ``index``: it is copied next to
        the routine (into ``NAME-pictures/``) under a safe name no other file has,
        at the next :meth:`save`; returns the reference set (one undo step).

        The file is read now (bounded, so a named pipe or a device is refused) and
        checked as the loader checks pictures.

        Raises:
            PictureError: the file is not a picture the loader accepts.
            FileReadError: the file cannot be read (missing, a pipe, too large...).
        """
        suffix = source.suffix.lower()
        accepted = PICTURE_SUFFIXES | FIGURE_SUFFIXES
        if suffix not in accepted:
            message = translate("Draft", "{file} is not an SVG, PNG or JPEG picture")
            raise PictureError(message.format(file=source))
        limit = MAX_FILE_BYTES if suffix in FIGURE_SUFFIXES else MAX_PICTURE_BYTES
        content = read_regular_file(source, limit)
        _check_picture(source, content, self._assets_dir)
        target = self._save_path()
        folder_name = target.stem + PICTURES_SUFFIX
        taken = set(self._pending)
        folder = target.parent / folder_name
        name = _free_file_name(_safe_file_name(source.name), folder, taken, folder_name)
        reference = f"{folder_name}/{name}"
        self._pending[reference] = _Pending(source, content)
        self.set(("exercises", index, "illustration"), reference, merge=False)
        return reference

    @property
    def pending_pictures(self) -> dict[str, Path]:
        """Pictures waiting to be copied at the next save: reference -> source file."""
        used = self._references()
        return {ref: p.source for ref, p in self._pending.items() if ref in used}

    def picture_file(self, index: int) -> Path | None:
        """The file exercise ``index``'s picture shows (a pending copy's source too),
        or None when it has none or it cannot be found."""
        return _picture_in(self.snapshot(), index)

    def _references(self) -> frozenset[str]:
        exercises = self._data.get("exercises")
        if not isinstance(exercises, list):
            return frozenset()
        return frozenset(
            e["illustration"]
            for e in exercises
            if isinstance(e, dict) and isinstance(e.get("illustration"), str)
        )

    # ------------------------------------------------------------------ saving

    def _save_path(self) -> Path:
        """Where the next save writes: the file, or (never saved, bundled, or saving a
        copy) a free name in the user's routines folder, chosen once."""
        if self.path is not None and not self._copying:
            return self.path
        if self._target is None:
            folder = self._copy_folder or self.paths.user_routines_dir
            if self.path is not None:
                from homestretch.core.writer import copy_path

                self._target = copy_path(self.path, folder)
            else:
                self._target = free_routine_path(folder, str(self._data.get("name") or ""))
        return self._target

    @property
    def _copying(self) -> bool:
        return self.bundled or self._copy_folder is not None

    def save_copy(self, folder: Path | None = None) -> Path:
        """Save the routine as a new file in ``folder`` (the user's routines folder when
        None): ``NAME (copy).yaml``, the routine renamed ``NAME (copy)``, the same
        exercise ids, its pictures copied along when the folder differs. The draft
        then edits the copy. (Duplicate on the routines page is this.)

        Raises:
            RoutineError, OSError: as :meth:`save`.
        """
        if self.path is None:
            return self.save()
        self._copy_folder = folder or self.paths.user_routines_dir
        self._target = None
        if self._copy_folder.resolve() != self.path.parent.resolve():
            self._take_pictures_along()
        try:
            return self.save()
        finally:
            self._copy_folder = None

    def _settle_target(self) -> Path:
        """The file to write, made sure again just before writing: a new file whose
        name was taken meanwhile gets another, and a picture to copy whose name was
        taken gets another (its reference changed, as an undoable edit)."""
        target = self._save_path()
        if target != self.path and os.path.lexists(target):
            self._target = None
            target = self._save_path()
        used = self._references()
        for reference in sorted(self._pending):
            if reference not in used or not os.path.lexists(target.parent / reference):
                continue
            folder_name, _, name = reference.rpartition("/")
            taken = set(self._pending)
            free = _free_file_name(name, target.parent / folder_name, taken, folder_name)
            fresh = f"{folder_name}/{free}" if folder_name else free
            self._pending[fresh] = self._pending.pop(reference)
            picture = describe(("exercises", 0, "illustration"))
            with self.group(translate("Draft", "change “{field}”").format(field=picture)):
                for index in range(self.exercise_count()):
                    if self.get(("exercises", index, "illustration")) == reference:
                        self.set(("exercises", index, "illustration"), fresh, merge=False)
        return target

    def save(self) -> Path:
        """Write the routine (atomically, the old version kept as ``NAME.yaml.bak``),
        with the pictures copied for it; returns the file written.

        A bundled routine is saved as a copy in the user's routines folder (a new
        file name, the routine named ``NAME (copy)`` if its name is taken, the same
        exercise ids); the draft then edits that copy.

        Raises:
            RoutineError: the routine has errors (nothing is written).
            OSError: the folder cannot be written or the disk is full (the old
                file is left as it was).
        """
        from homestretch.core.writer import save_routine

        self._raise_errors()
        # What a failed save must leave as it was: the edits it makes (a new name
        # for a copy, a picture's free name) are taken back.
        steps, redo, pending = len(self._undo), list(self._redo), dict(self._pending)
        try:
            target = self._settle_target()
            if self._copying:
                self._rename_copy()
            text = self.text()
            used = self._references()
            for reference, picture in self._pending.items():
                if reference in used:
                    write_atomically(target.parent / reference, picture.content, make_folder=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            save_routine(target, text, bundled_dir=self._bundled_dir, assets_dir=self._assets_dir)
        except BaseException:
            while len(self._undo) > steps:
                self.undo()
            self._redo, self._pending = redo, pending
            raise
        self._pending = {r: p for r, p in self._pending.items() if r not in used}
        self.path = target
        self.bundled = False
        self._copy_folder = None
        self._target = None
        self._original = text
        self._saved = copy.deepcopy(self._data)
        self._checked = None
        for step in self._undo:
            step.mergeable = False
        return target

    def _raise_errors(self) -> None:
        checked = self._check()
        errors = [p for p in checked.problems if p.severity is Severity.ERROR]
        if errors or checked.routine is None:
            raise RoutineError(errors or [Problem(checked.label, 1, 1, invalid_routine())])

    def _rename_copy(self) -> None:
        """A copy gets a name no other routine has."""
        from homestretch.core.library import discover
        from homestretch.core.writer import copy_name

        name = self._data.get("name")
        if not isinstance(name, str):
            return
        taken = {
            entry.routine.name
            for entry in discover(self._bundled_dir, self.paths.user_routines_dir)
            if entry.routine is not None
        }
        if name in taken:  # an edit like any other, so undo and redo keep it
            self.set(("name",), copy_name(name, taken), merge=False)

    # ------------------------------------------------------------------ helpers

    @property
    def language(self) -> str:
        """The routine's ``language:`` as written (``en`` when it has none)."""
        value = self._data.get("language")
        return value if isinstance(value, str) and value else DEFAULT_LANGUAGE

    def catalogue(self) -> list[dict[str, Any]]:
        """The bundled exercises as data, ready for :meth:`add_exercise`, in the routine's
        language: from the bundled routine written in it, else the English one."""
        return catalogue(bundled_routine_in(self.language, self._bundled_dir))

    def _ids(self) -> list[str]:
        exercises = self._data.get("exercises")
        if not isinstance(exercises, list):
            return []
        return [str(e["id"]) for e in exercises if isinstance(e, dict) and "id" in e]

    def _list(self, path: KeyPath) -> list[Any]:
        items = _resolve(self._data, path)
        if not isinstance(items, list):
            raise TypeError(f"{path} is not a list")
        return items

    def _exists(self, path: KeyPath) -> bool:
        try:
            _resolve(self._data, path)
        except (KeyError, IndexError, TypeError):
            return False
        return True


# --------------------------------------------------------------------------- data


def blank_exercise() -> dict[str, Any]:
    """An exercise with every required key, its texts empty (the loader then says
    what to fill in) and 30 seconds of timed work. It has no id yet."""
    return {
        "name": "",
        "position": Position.SITTING.value,
        "summary": "",
        "steps": [""],
        "work": {"seconds": 30},
    }


NEW_PHASE_SECONDS: Final = 5


def new_phase(language: str) -> dict[str, Any]:
    """The phase a new one (or an exercise changed from timed work to reps) starts as:
    a hold of :data:`NEW_PHASE_SECONDS`, named in the routine's ``language``."""
    return {"name": say(language, Phrase.HOLD_PHASE), "seconds": NEW_PHASE_SECONDS}


def bundled_routine_in(language: str, folder: Path = BUNDLED_ROUTINES_DIR) -> Path:
    """The bundled routine (``sciatica-relief*.yaml`` in ``folder``) written in the
    phrase-table language that serves ``language`` (a BCP 47 tag: ``de-AT`` finds the
    German one), else the English one. Each translation has the same exercise ids."""
    english = folder / BUNDLED_ROUTINE.name
    wanted = language_of(language)
    if wanted == DEFAULT_LANGUAGE:
        return english
    for path in sorted(folder.glob(f"{BUNDLED_ROUTINE.stem}.*{BUNDLED_ROUTINE.suffix}")):
        try:
            data = routine_data(read_routine_file(path).decode("utf-8"))
        except (RoutineError, UnicodeDecodeError):
            continue
        tag = data.get("language") if data else None
        if isinstance(tag, str) and language_of(tag) == wanted:
            return path
    return english


def catalogue(routine_file: Path = BUNDLED_ROUTINE) -> list[dict[str, Any]]:
    """The exercises of the bundled routine as data in the file's shape.

    Their pictures are ``assets:`` references, which find the bundled figure
    from a routine in any folder.
    """
    raw = read_routine_file(routine_file)
    data = routine_data(raw.decode("utf-8"))
    exercises = data.get("exercises") if data else None
    if not isinstance(exercises, list):
        return []
    return [e for e in exercises if isinstance(e, dict)]


def unique_id(name: str, taken: Sequence[str] | set[str]) -> str:
    """An exercise id from ``name`` (``Knee pats`` -> ``knee-pats``), not in ``taken``
    (``knee-pats-2``...); always matches ``ID_PATTERN``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    stem = re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "exercise"
    stem = stem[:MAX_ID].rstrip("-") or "exercise"
    used = set(taken)
    candidate = stem
    number = 2
    while candidate in used:
        tail = f"-{number}"
        candidate = stem[: MAX_ID - len(tail)].rstrip("-") + tail
        number += 1
    assert _ID_RE.fullmatch(candidate)
    return candidate


def describe(path: KeyPath) -> str:
    """A key path in plain words, in the interface's language, from the key table's
    labels without their unit: ``Reps``, ``Rest between reps``, ``Step``, ``Pain limit``."""
    level, name = _key_of(path)
    if name is None:
        words = _LIST_ITEMS.get(str(path[-2])) if len(path) >= 2 else None
        return translate("Draft", words.item if words else QT_TRANSLATE_NOOP("Draft", "Routine"))
    for k in KEYS.get(level, ()):
        if k.name == name:
            return _UNIT.sub("", translate("RoutineKeys", k.label))
    return name.replace("_", " ")


_UNIT: Final = re.compile(r"\s*[(（][^()（）]*[)）]$")
"""A label's unit at its end: `` (seconds)``, `` (Sekunden)``, ``（秒）``."""


def format_needed(path: KeyPath) -> int:
    """The oldest format (``schema``) a file with a value at ``path`` can be:
    ``language`` needs 3, anything under ``stop_rule`` 2, most keys 1."""
    needed = 1
    level = Level.ROUTINE
    for part in path:
        if isinstance(part, int):
            continue
        for k in KEYS.get(level, ()):
            if k.name == part:
                needed = max(needed, k.since)
        level = {"stop_rule": Level.STOP_RULE, "work": Level.WORK}.get(part, level)
        if part == "exercises":
            level = Level.EXERCISE
        elif part == "phases":
            level = Level.PHASE
    return needed


def _key_of(path: KeyPath) -> tuple[Level, str | None]:
    """The level of the key ``path`` names, and its name (None for a list item)."""
    level = Level.ROUTINE
    name: str | None = None
    for i, part in enumerate(path):
        if isinstance(part, int):
            name = None
            if i >= 1 and path[i - 1] == "exercises":
                level = Level.EXERCISE
            elif i >= 1 and path[i - 1] == "phases":
                level = Level.PHASE
            continue
        name = part
        if i + 1 < len(path):
            if part == "stop_rule":
                level = Level.STOP_RULE
            elif part == "work":
                level = Level.WORK
    return level, name


def _list_words(path: KeyPath) -> _ListWords:
    return _LIST_ITEMS.get(str(path[-1]) if path else "", _ITEM)


def _checked_data(data: Mapping[str, Any]) -> dict[str, Any]:
    value = _checked_value(dict(data))
    assert isinstance(value, dict)
    return value


def _checked_value(value: Any) -> Any:
    """A deep copy of ``value``, which must be the routine file's kind of data."""
    if isinstance(value, Mapping):
        return {str(k): _checked_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_checked_value(v) for v in value]
    if isinstance(value, bool) or value is None:
        raise TypeError(f"a routine holds no {value!r} values")
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else float(value)
    raise TypeError(f"a routine cannot hold {type(value).__name__} values")


def _with_unique_id(item: dict[str, Any], taken: Sequence[str]) -> dict[str, Any]:
    own = item.get("id")
    if isinstance(own, str) and _ID_RE.fullmatch(own) and own not in taken:
        return item
    result = {"id": unique_id(str(item.get("name") or "exercise"), taken)}
    result.update((k, v) for k, v in item.items() if k != "id")
    return result


def _resolve(data: Any, path: KeyPath, *, create: bool = False, default: Any = dict) -> Any:
    node = data
    for i, part in enumerate(path):
        if isinstance(node, dict) and isinstance(part, str):
            if part not in node:
                if not create:
                    raise KeyError(part)
                _add_key(node, path[: i + 1], default() if i == len(path) - 1 else {})
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int):
            node = node[part]
        else:
            raise TypeError(f"{path[: i + 1]} is not a place in the routine")
    return node


def _resolve_list(data: Any, path: KeyPath) -> list[Any]:
    items = _resolve(data, path)
    assert isinstance(items, list)
    return items


def _put(data: dict[str, Any], path: KeyPath, value: Any) -> None:
    parent = _resolve(data, path[:-1], create=True)
    last = path[-1]
    fits = isinstance(parent, dict) if isinstance(last, str) else isinstance(parent, list)
    if not fits:
        raise TypeError(f"{path} is not a place in the routine")
    if isinstance(parent, dict) and last not in parent:
        _add_key(parent, path, value)
    else:
        parent[last] = value


def _add_key(mapping: dict[str, Any], path: KeyPath, value: Any) -> None:
    """Add the key ``path`` names to ``mapping`` (its parent) where the key table puts
    it (before the first key present that the table lists after it), so that the
    writer puts a new key among its neighbours in the file, not at the file's end;
    a key the table does not know goes last."""
    level, name = _key_of(path)
    order = [k.name for k in KEYS.get(level, ())]
    if name not in order:
        mapping[str(name)] = value
        return
    after = set(order[order.index(name) + 1 :])
    items = list(mapping.items())
    at = next((i for i, (key, _) in enumerate(items) if key in after), len(items))
    items.insert(at, (str(name), value))
    mapping.clear()
    mapping.update(items)


def _remove_key(data: dict[str, Any], path: KeyPath) -> None:
    try:
        parent = _resolve(data, path[:-1])
    except (KeyError, IndexError, TypeError):
        return
    last = path[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        parent.pop(last, None)
        # An emptied mapping under a key (stop_rule, work) goes too.
        if not parent and len(path) >= 2 and isinstance(path[-2], str):
            _remove_key(data, path[:-1])
    elif isinstance(parent, list) and isinstance(last, int) and -len(parent) <= last < len(parent):
        parent.pop(last)


def _common(changes: Sequence[Change]) -> Change:
    prefix = list(changes[0].path)
    for change in changes[1:]:
        n = 0
        while n < min(len(prefix), len(change.path)) and prefix[n] == change.path[n]:
            n += 1
        del prefix[n:]
    return Change(tuple(prefix), any(c.structure for c in changes))


# --------------------------------------------------------------------------- reading a file


def routine_data(text: str) -> dict[str, Any] | None:
    """The routine's data as the loader reads it (a text stays the text written:
    ``no`` is "no"; a number only where the key is a number), or None when the
    text is not a YAML mapping."""
    root = _compose(text)
    if root is None:
        return None
    import yaml

    if not isinstance(root, yaml.MappingNode):
        return None
    value = _node_data(root, Level.ROUTINE, None)
    return value if isinstance(value, dict) else None


def _compose(text: str) -> yaml.Node | None:
    import yaml

    from homestretch.core.routine import _loader

    try:
        return yaml.compose(text, Loader=_loader())
    except (yaml.YAMLError, RecursionError):
        return None


def _node_data(node: yaml.Node, level: Level | None, name: str | None) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
            result[key] = _node_data(value_node, _child_level(level, key), key)
        return result
    if isinstance(node, yaml.SequenceNode):
        item_level = {"exercises": Level.EXERCISE, "phases": Level.PHASE}.get(name or "")
        return [_node_data(item, item_level, None) for item in node.value]
    raw = str(node.value)
    if level is not None and name is not None and not getattr(node, "style", None):
        kind = next((k.kind for k in KEYS[level] if k.name == name), None)
        if kind in _NUMERIC_KINDS and re.fullmatch(r"[0-9]+", raw):
            return int(raw)
        if kind in _NUMERIC_KINDS and re.fullmatch(r"[0-9]+\.[0-9]+", raw):
            return float(raw)
    return raw


def _child_level(level: Level | None, key: str) -> Level | None:
    """The level of the keys inside the mapping under ``key`` (None: no mapping of keys)."""
    if level is Level.ROUTINE and key == "stop_rule":
        return Level.STOP_RULE
    if level is Level.EXERCISE and key == "work":
        return Level.WORK
    return level


# --------------------------------------------------------------------------- problems to keys


@dataclass
class _Places:
    """Where each node of a text starts, and the key path it holds."""

    values: dict[tuple[int, int], list[KeyPath]] = field(default_factory=dict)
    keys: dict[tuple[int, int], KeyPath] = field(default_factory=dict)
    lines: dict[int, list[KeyPath]] = field(default_factory=dict)


def _places(text: str) -> _Places | None:
    root = _compose(text)
    if root is None:
        return None
    places = _Places()
    _walk(root, (), places)
    return places


def _walk(node: yaml.Node, path: KeyPath, places: _Places) -> None:
    import yaml

    mark = (node.start_mark.line + 1, node.start_mark.column + 1)
    places.values.setdefault(mark, []).append(path)
    places.lines.setdefault(mark[0], []).append(path)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            key_mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            places.keys[key_mark] = (*path, key)
            places.lines.setdefault(key_mark[0], []).append((*path, key))
            _walk(value_node, (*path, key), places)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), places)


def _field_problems(
    text: str, problems: Sequence[Problem], label: str, pictures: Mapping[Path, KeyPath]
) -> list[FieldProblem]:
    places = _places(text)
    result = []
    for problem in problems:
        if problem.file != label:
            # A problem inside another file (a figure an exercise shows): at that
            # exercise's picture, the message saying where in the figure it is.
            path = pictures.get(Path(problem.file).resolve(), ())
            result.append(FieldProblem(path, str(problem), 0, problem.severity))
            continue
        path = _path_of(problem, places) if places is not None else ()
        line = 0 if problem.line == WHOLE_FILE else problem.line
        result.append(FieldProblem(path, problem.message, line, problem.severity))
    return result


def _path_of(problem: Problem, places: _Places) -> KeyPath:
    """The deepest key a problem is about: the node at the problem's line and column
    (a mapping rather than its first key, unless the message is about a key), then a
    key the message says is missing; else the first thing on the problem's line."""
    if problem.line == WHOLE_FILE:
        return ()
    mark = (problem.line, problem.column)
    if problem.at_key and mark in places.keys:
        return places.keys[mark]
    candidates = places.values.get(mark)
    if candidates:
        path = min(candidates, key=len)  # the mapping, not a scalar inside it
        if problem.key:  # (a key it needs; an exercise's id used twice)
            return (*path, problem.key)
        return path
    if mark in places.keys:
        return places.keys[mark]
    on_line = places.lines.get(problem.line)
    return min(on_line, key=len) if on_line else ()


# --------------------------------------------------------------------------- pictures


def _check_picture(source: Path, content: bytes, assets_dir: Path) -> None:
    """Check a picture as the loader checks an exercise's picture.

    Raises:
        PictureError: the loader refuses it or warns about it; the message names
            ``source``.
    """
    name = "picture" + source.suffix.lower()
    with tempfile.TemporaryDirectory(prefix="homestretch-picture-") as folder:
        (Path(folder) / name).write_bytes(content)
        exercise = blank_exercise()
        exercise.update(id="picture", name="x", summary="x", steps=["x"], illustration=name)
        from homestretch.core.writer import routine_text

        text = routine_text({"schema": SCHEMA_VERSION, "name": "x", "exercises": [exercise]})
        try:
            routine = parse_routine(
                text,
                label="picture",
                base_dir=Path(folder),
                assets_dir=assets_dir,
                picture_names={name: str(source)},
            )
            problems: Sequence[Problem] = routine.warnings
        except RoutineError as exc:
            problems = exc.problems
    own = [p for p in problems if p.file == "picture"]
    if not own:
        return
    message = own[0].message
    # A figure's own problems, at their lines in it.
    at_line = translate("Draft", "line {line}: {message}", "a problem in a figure file")
    details = [
        at_line.format(line=p.line, message=p.message) if p.line else p.message
        for p in problems
        if p.file != "picture"
    ]
    text = message[:1].upper() + message[1:]
    raise PictureError("; ".join([text, *details]))


def _safe_file_name(name: str) -> str:
    path = Path(name)
    return f"{safe_stem(path.stem) or 'picture'}{path.suffix.lower()}"


def _free_file_name(name: str, folder: Path, pending: set[str], folder_name: str) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    existing = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    prefix = f"{folder_name}/"
    taken = existing | {r[len(prefix) :].casefold() for r in pending if r.startswith(prefix)}
    candidate = name
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}{suffix}"
        number += 1
    return candidate
