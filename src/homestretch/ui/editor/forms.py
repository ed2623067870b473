"""The two forms of the editor: the routine's own fields, and one exercise's every field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from homestretch.core.draft import new_phase
from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.routine_keys import (
    Level,
    Position,
    Side,
    Sides,
    key,
)
from homestretch.ui import style
from homestretch.ui.editor.fields import (
    ChoiceField,
    Editable,
    Field,
    KeyPath,
    LanguageField,
    ListWords,
    NumberField,
    PhasesTable,
    TextField,
    TextListField,
    form_combo,
    routine_language,
)
from homestretch.ui.editor.picture import PictureField, Pictures
from homestretch.ui.text import plain

POSITION_WORDS = {
    Position.SITTING.value: QT_TRANSLATE_NOOP("Forms", "Sitting"),
    Position.STANDING.value: QT_TRANSLATE_NOOP("Forms", "Standing"),
    Position.LYING_FACE_DOWN.value: QT_TRANSLATE_NOOP("Forms", "Lying face down"),
    Position.LYING_ON_BACK.value: QT_TRANSLATE_NOOP("Forms", "Lying on the back"),
    Position.LYING_ON_SIDE.value: QT_TRANSLATE_NOOP("Forms", "Lying on one side"),
}
SIDES_WORDS = {
    Sides.NONE.value: QT_TRANSLATE_NOOP("Forms", "Not a one-leg exercise"),
    Sides.BOTH.value: QT_TRANSLATE_NOOP("Forms", "Both legs at once"),
    Sides.ALTERNATING.value: QT_TRANSLATE_NOOP("Forms", "One leg, then the other, rep by rep"),
    Sides.EACH.value: QT_TRANSLATE_NOOP("Forms", "All reps on one leg, then the other"),
}
SIDE_WORDS = {
    Side.RIGHT.value: QT_TRANSLATE_NOOP("Forms", "Right leg first"),
    Side.LEFT.value: QT_TRANSLATE_NOOP("Forms", "Left leg first"),
}
WORK_LABELS = {
    "seconds": QT_TRANSLATE_NOOP("Forms", "Timed stretch: seconds"),
    "name": QT_TRANSLATE_NOOP("Forms", "Timed stretch: name"),
    "say": QT_TRANSLATE_NOOP("Forms", "Timed stretch: spoken cue"),
}
"""The timed stretch's fields' labels, each whole (a translated key label lower-cased
into "Timed stretch: {label}" reads wrongly in German, whose nouns keep their capital)."""
ROUTINES_OWN = QT_TRANSLATE_NOOP("Forms", "the routine's")
"""What an exercise's own rest or preparation box says when the routine's is used.
(These words are translated where they are shown: :func:`words_in`, ``translate``.)"""
STOP_RULE_OFF = QT_TRANSLATE_NOOP("Forms", "off")

PHASES_MODE = "phases"
WORK_MODE = "work"
TIMING_WORDS = {
    PHASES_MODE: QT_TRANSLATE_NOOP("Forms", "Repetitions in timed phases"),
    WORK_MODE: QT_TRANSLATE_NOOP("Forms", "One timed stretch on each side"),
}


def words_in(words: dict[str, str]) -> dict[str, str]:
    """A choice's words in the window's language."""
    return {value: translate("Forms", text) for value, text in words.items()}


NEW_WORK: dict[str, Any] = {"seconds": 30}
"""The timed work an exercise gets when it changes from reps to a timed stretch."""
NEW_REPS = 5
ONE_SIDED = (Sides.ALTERNATING.value, Sides.EACH.value)


def heading(text: str) -> QLabel:
    label = plain(QLabel(text))
    label.setFont(style.font(20, bold=True))
    label.setWordWrap(True)
    return label


class Form(QWidget):
    """A column of fields, each registered by its key path (for the loader's messages).

    Signals:
        edited(): the user changed something.
    """

    edited = Signal()

    def __init__(self, draft: Editable) -> None:
        super().__init__()
        self.draft = draft
        self.fields: dict[KeyPath, Field] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 16, 12)
        self.layout_.setSpacing(6)

    def add(self, field: Field) -> Field:
        self.fields[field.path] = field
        field.edited.connect(self.edited.emit)
        self.layout_.addWidget(field)
        return field

    def refresh(self) -> None:
        for field in self.fields.values():
            field.refresh()

    def field_for(self, path: KeyPath) -> Field | None:
        """The field that shows the most specific key of ``path``."""
        for end in range(len(path), 0, -1):
            field = self.fields.get(path[:end])
            if field is not None and field.isVisibleTo(self):
                return field
        return None

    def show_problems(self, problems: dict[KeyPath, str]) -> None:
        for path, field in self.fields.items():
            field.show_problem(problems.get(path, ""))

    def first_field(self) -> QWidget | None:
        for field in self.fields.values():
            return field.editor
        return None


class _SidesField(ChoiceField):
    """Sides: an exercise that is no longer one-sided loses the keys only those may have
    (its first side, the switch between legs), in the same undo step."""

    def put(self, value: Any) -> None:
        if self._updating or value == self.value():
            return
        exercise = self.path[:-1]
        with self.draft.group(self.tr("change sides")):
            self.draft.set(self.path, value)
            if value not in ONE_SIDED:
                for name in ("first_side", "rest_between_sides"):
                    self.draft.set((*exercise, name), None)
        self.edited.emit()


class RoutineForm(Form):
    """The routine's name, description, language, sessions a week, times and stop rule."""

    def __init__(self, draft: Editable) -> None:
        super().__init__(draft)
        routine = Level.ROUTINE
        self.layout_.addWidget(heading(translate("Forms", "The routine")))
        self.add(TextField(draft, ("name",), key(routine, "name")))
        self.add(TextField(draft, ("description",), key(routine, "description"), lines=4))
        self.add(LanguageField(draft, ("language",), key(routine, "language")))
        self.add(NumberField(draft, ("sessions_per_week",), key(routine, "sessions_per_week")))
        self.add(NumberField(draft, ("prepare_seconds",), key(routine, "prepare_seconds")))
        self.add(
            NumberField(draft, ("rest_between_exercises",), key(routine, "rest_between_exercises"))
        )
        self.layout_.addWidget(heading(translate("Forms", "Stop rule")))
        rule = plain(QLabel(translate("RoutineKeys", key(routine, "stop_rule").description)))
        rule.setWordWrap(True)
        self.layout_.addWidget(rule)
        for name in ("pain_rise", "pain_at_least"):
            self.add(
                NumberField(
                    draft,
                    ("stop_rule", name),
                    key(Level.STOP_RULE, name),
                    none_text=translate("Forms", STOP_RULE_OFF),
                )
            )
        self.layout_.addStretch(1)


class ExerciseForm(Form):
    """Every field of the exercise at ``index``."""

    def __init__(self, draft: Editable, index: int, *, pictures: Pictures) -> None:
        super().__init__(draft)
        self.index = index
        ex = Level.EXERCISE

        def at(*names: str | int) -> KeyPath:
            return ("exercises", index, *names)

        self.title = heading("")
        self.layout_.addWidget(self.title)
        self.add(TextField(draft, at("name"), key(ex, "name")))
        self.add(ChoiceField(draft, at("position"), key(ex, "position"), words_in(POSITION_WORDS)))
        self.add(TextField(draft, at("summary"), key(ex, "summary"), lines=2))
        self.add(TextListField(draft, at("steps"), key(ex, "steps"), words=ListWords.steps()))
        self.add(
            TextListField(draft, at("cautions"), key(ex, "cautions"), words=ListWords.cautions())
        )
        self.add(PictureField(draft, index, copier=pictures))

        self.layout_.addWidget(_rule())
        self.layout_.addWidget(heading(translate("Forms", "Legs")))
        self.sides = self.add(
            _SidesField(draft, at("sides"), key(ex, "sides"), words_in(SIDES_WORDS))
        )
        self.sides.edited.connect(self.refresh)
        self.first_side = self.add(
            ChoiceField(draft, at("first_side"), key(ex, "first_side"), words_in(SIDE_WORDS))
        )
        self.switch = self.add(
            NumberField(draft, at("rest_between_sides"), key(ex, "rest_between_sides"))
        )

        self.layout_.addWidget(_rule())
        self.layout_.addWidget(heading(translate("Forms", "Timing")))
        self.timing = form_combo()
        for mode, words in words_in(TIMING_WORDS).items():
            self.timing.addItem(words, mode)
        self.timing.setAccessibleName(self.tr("How the exercise is timed"))
        timing_label = plain(QLabel(self.tr("How the exercise is timed")))
        timing_label.setBuddy(self.timing)
        self.layout_.addWidget(timing_label)
        self.layout_.addWidget(self.timing)
        self.timing.activated.connect(self._timing_chosen)
        self.add(NumberField(draft, at("sets"), key(ex, "sets")))
        self.reps = self.add(NumberField(draft, at("reps"), key(ex, "reps")))
        self.phases = self.add(PhasesTable(draft, at("phases")))
        self.rest_reps = self.add(
            NumberField(draft, at("rest_between_reps"), key(ex, "rest_between_reps"))
        )
        work = Level.WORK
        self.work_fields = [
            self.add(NumberField(draft, at("work", "seconds"), key(work, "seconds"))),
            self.add(TextField(draft, at("work", "name"), key(work, "name"))),
            self.add(TextField(draft, at("work", "say"), key(work, "say"))),
        ]
        labels = words_in(WORK_LABELS)
        for field in self.work_fields:
            field.label.setText(labels[str(field.path[-1])])
            field.editor.setAccessibleName(field.label.text())
        self.add(NumberField(draft, at("rest_between_sets"), key(ex, "rest_between_sets")))
        own = translate("Forms", ROUTINES_OWN)
        self.add(
            NumberField(
                draft,
                at("rest_after"),
                key(ex, "rest_after"),
                none_text=own,
            )
        )
        self.add(
            NumberField(
                draft,
                at("prepare_seconds"),
                key(ex, "prepare_seconds"),
                none_text=own,
            )
        )
        self.layout_.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        name = self.draft.get(("exercises", self.index, "name"))
        self.title.setText(
            self.tr("Exercise {value}: {value2}").format(
                value=self.index + 1, value2=name or self.tr("no name yet")
            )
        )
        sides = self.draft.get(("exercises", self.index, "sides"))
        one_sided = sides in ONE_SIDED
        self.first_side.setVisible(one_sided)
        self.switch.setVisible(one_sided)
        timed = self.draft.get(("exercises", self.index, "work")) is not None
        self.timing.setCurrentIndex(self.timing.findData(WORK_MODE if timed else PHASES_MODE))
        for field in (self.reps, self.phases, self.rest_reps):
            field.setVisible(not timed)
        for field in self.work_fields:
            field.setVisible(timed)

    def _timing_chosen(self, row: int) -> None:
        mode = self.timing.itemData(row)
        at = ("exercises", self.index)
        timed = self.draft.get((*at, "work")) is not None
        if (mode == WORK_MODE) == timed:
            return
        if mode == WORK_MODE:
            with self.draft.group(self.tr("use one timed stretch")):
                for name in ("phases", "reps", "rest_between_reps"):
                    self.draft.set((*at, name), None)
                self.draft.set((*at, "work"), dict(NEW_WORK))
        else:
            with self.draft.group(self.tr("use reps of phases")):
                self.draft.set((*at, "work"), None)
                self.draft.set((*at, "reps"), NEW_REPS)
                self.draft.set((*at, "phases"), [new_phase(routine_language(self.draft))])
        self.refresh()
        self.edited.emit()


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
