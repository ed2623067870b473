"""The routine's language: the phrase table, the ``language`` key, and the bundled
routine in each language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core.checkin import StopRule
from homestretch.core.formatting import describe_next
from homestretch.core.library import discover, preferred
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.phrases import (
    DEFAULT_LANGUAGE,
    LANGUAGE_NAMES,
    OWN_NAMES,
    PHRASES,
    Phrase,
    Plural,
    join_sentences,
    language_of,
    placeholders,
    say,
    sentence,
    supported,
    well_formed,
)
from homestretch.core.routine import Routine, RoutineError, Severity, load_routine
from homestretch.core.session import Session
from homestretch.core.settings import Verbosity
from homestretch.core.timeline import build_timeline
from homestretch.speech.cues import session_texts, stop_words
from tests.helpers import FakeClock

LANGUAGES = ("de", "nl", "zh-CN")
BUNDLED = {
    "en": BUNDLED_ROUTINE,
    **{
        language: BUNDLED_ROUTINES_DIR / f"sciatica-relief.{language}.yaml"
        for language in LANGUAGES
    },
}
WORD = re.compile(r"[^\W\d_]+")


# --------------------------------------------------------------------------- the table


def test_the_table_has_the_languages_named() -> None:
    assert tuple(PHRASES) == tuple(LANGUAGE_NAMES) == tuple(OWN_NAMES) == ("en", *LANGUAGES)


@pytest.mark.parametrize("language", list(PHRASES))
def test_every_language_has_every_phrase_with_the_english_placeholders(language: str) -> None:
    table = PHRASES[language]
    missing = [p for p in Phrase if p not in table]
    assert not missing, f"{language} lacks {missing}"
    for phrase in Phrase:
        english, text = PHRASES["en"][phrase], table[phrase]
        assert isinstance(text, Plural) == isinstance(english, Plural), phrase
        assert placeholders(text) == placeholders(english), (language, phrase)
        forms = (text.one, text.other) if isinstance(text, Plural) else (text,)
        for form in forms:
            assert form, (language, phrase)
            assert form.strip() == form, (language, phrase)
            if isinstance(english, Plural):
                # Each form names the count (so "1 of 1" reads right in every form).
                assert placeholders(form) == placeholders(english), (language, phrase)


def test_a_missing_placeholder_is_found() -> None:
    # The check above can fail: a phrase that drops or renames a placeholder differs.
    assert placeholders("Rep {rep}.") != placeholders("Herhaling.")
    assert placeholders("Rep {rep}.") != placeholders("Herhaling {herhaling}.")
    assert placeholders(Plural("n", "{n} day", "{n} days")) == {"n"}


def test_chinese_is_written_without_spaces_between_words() -> None:
    for phrase, text in PHRASES["zh-CN"].items():
        for form in (text.one, text.other) if isinstance(text, Plural) else (text,):
            # Spaces only around the separator dot the English puts between counts.
            assert " " not in form.replace("  ·  ", "").replace(" · ", ""), phrase


@pytest.mark.parametrize("language", list(PHRASES))
def test_plural_forms_follow_the_count(language: str) -> None:
    one = say(language, Phrase.EXERCISES_DONE, done=1, count=1, time="0:40")
    many = say(language, Phrase.EXERCISES_DONE, done=2, count=7, time="12:05")
    assert "1" in one
    assert "7" in many
    assert "12:05" in many
    if language == "en":
        assert one == "1 of 1 exercise done in 0:40."
        assert many == "2 of 7 exercises done in 12:05."


@pytest.mark.parametrize(
    ("tag", "served"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("de", "de"),
        ("de-AT", "de"),
        ("DE-ch", "de"),
        ("nl", "nl"),
        ("nl-BE", "nl"),
        ("nl_NL", "nl"),  # as a system locale writes it
        ("zh-CN", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
        ("zh-SG", "zh-CN"),
        ("zh-TW", None),
        ("zh-Hant", None),
        ("zh-HK", None),
        ("fr", None),
        ("C", None),
    ],
)
def test_a_tag_is_served_by_its_language(tag: str, served: str | None) -> None:
    assert supported(tag) == served
    assert language_of(tag) == (served or DEFAULT_LANGUAGE)


@pytest.mark.parametrize(
    "tag", ["en", "nl", "zh-CN", "zh-Hans-CN", "de-CH-1996", "sr-Latn-RS", "x-private", "es-419"]
)
def test_well_formed_tags(tag: str) -> None:
    assert well_formed(tag)


@pytest.mark.parametrize("tag", ["", "n", "nl_NL", "Nederlands", "nl-", "-nl", "en--gb", "zh CN"])
def test_tags_that_are_not_well_formed(tag: str) -> None:
    assert not well_formed(tag)


@given(st.sampled_from(list(PHRASES)), st.text(min_size=1, max_size=20))
def test_a_sentence_ends_once(language: str, text: str) -> None:
    ended = sentence(text, language)
    assert ended.startswith(text)
    assert sentence(ended, language) == ended


def test_sentences_are_joined_without_a_space_after_chinese_punctuation() -> None:
    assert join_sentences(["Rep 1.", "Hold."]) == "Rep 1. Hold."
    assert join_sentences(["第1次。", "保持。"]) == "第1次。保持。"
    assert sentence("伸直膝盖", "zh-CN") == "伸直膝盖。"
    assert sentence("Strek uw knie", "nl") == "Strek uw knie."


# --------------------------------------------------------------------------- the key


def load_text(tmp_path: Path, head: str) -> Routine:
    path = tmp_path / "routine.yaml"
    path.write_text(
        f"{head}name: T\nexercises:\n"
        "  - id: a\n    name: A\n    position: sitting\n    summary: S\n"
        "    steps: [Do it]\n    work: { seconds: 5 }\n",
        encoding="utf-8",
    )
    return load_routine(path)


def test_a_routine_is_in_english_unless_it_says() -> None:
    assert load_routine(BUNDLED_ROUTINE).language == "en"


def test_the_language_is_read_and_kept_in_the_snapshot(tmp_path: Path) -> None:
    routine = load_text(tmp_path, "schema: 3\nlanguage: nl-BE\n")
    assert routine.language == "nl-BE"
    assert routine.warnings == ()
    assert routine.snapshot()["language"] == "nl-BE"


def test_a_language_without_phrases_is_a_warning_with_file_and_line(tmp_path: Path) -> None:
    routine = load_text(tmp_path, "schema: 3\nlanguage: fr\n")
    (warning,) = routine.warnings
    assert warning.severity is Severity.WARNING
    assert (warning.file, warning.line) == (str(tmp_path / "routine.yaml"), 2)
    assert "'fr'" in warning.message
    assert "English" in warning.message
    assert str(warning).startswith(f"{tmp_path / 'routine.yaml'}:2:11: warning: ")
    timeline = build_timeline(routine)
    assert timeline.segments[-1].say == "Session complete. Well done."


@pytest.mark.parametrize("tag", ["Nederlands", "nl_NL", "'zh CN'", "[nl]", "12"])
def test_a_tag_that_is_not_one_is_refused_with_its_line(tmp_path: Path, tag: str) -> None:
    with pytest.raises(RoutineError) as caught:
        load_text(tmp_path, f"schema: 3\nlanguage: {tag}\n")
    (problem,) = caught.value.problems
    assert problem.line == 2
    assert problem.severity is Severity.ERROR


def test_the_language_needs_format_3(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_text(tmp_path, "schema: 2\nlanguage: nl\n")
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (
        2,
        "'language' needs 'schema: 3' at the top of the file",
    )


def test_a_tag_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    tag = "de-" + "-".join(["abcdefgh"] * 4)  # well formed, 38 characters
    assert well_formed(tag)
    with pytest.raises(RoutineError, match="longer than 35"):
        load_text(tmp_path, f"schema: 3\nlanguage: {tag}\n")


# --------------------------------------------------------------------------- what is said


def english_glue() -> set[str]:
    """Every word of the English phrases (not of their placeholders)."""
    words: set[str] = set()
    for text in PHRASES["en"].values():
        for form in (text.one, text.other) if isinstance(text, Plural) else (text,):
            words |= {w.casefold() for w in WORD.findall(re.sub(r"\{\w+\}", " ", form))}
    return words


def routine_words(routine: Routine) -> set[str]:
    """Every word the routine's own texts have."""
    texts = [routine.name, routine.description]
    for e in routine.exercises:
        texts += [e.name, e.summary, *e.steps, *e.cautions]
        texts += [p.name for p in e.phases] + [p.say for p in e.phases if p.say]
    return {w.casefold() for text in texts for w in WORD.findall(text)}


def test_a_dutch_routine_says_only_dutch_around_its_own_words() -> None:
    routine = load_routine(BUNDLED["nl"])
    timeline = build_timeline(routine)
    glue = set()
    for segment in timeline.segments:
        for cue in segment.cues:
            glue |= {w.casefold() for w in WORD.findall(cue.text)} - routine_words(routine)
        glue |= {w.casefold() for w in WORD.findall(describe_next(timeline, segment.index))}
    glue -= routine_words(routine)
    glue -= {"s"}  # the symbol of seconds, the same in both ("5 s")
    assert glue, "the Dutch glue words were found"
    assert glue & english_glue() == set()
    assert {"herhaling", "rechterbeen", "hierna", "bijna"} <= glue
    assert timeline.segments[-1].say == "Klaar met de oefeningen. Goed gedaan."


def test_the_english_check_would_catch_english_glue() -> None:
    # The same check on the English routine finds English: it can fail.
    routine = load_routine(BUNDLED_ROUTINE)
    timeline = build_timeline(routine)
    said = {w.casefold() for s in timeline.segments for c in s.cues for w in WORD.findall(c.text)}
    assert (said - routine_words(routine)) & english_glue()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_cue_of_a_bundled_translation_is_in_its_language(language: str) -> None:
    routine = load_routine(BUNDLED[language])
    english = load_routine(BUNDLED_ROUTINE)
    texts = session_texts(build_timeline(routine), Verbosity.FULL)
    english_texts = set(session_texts(build_timeline(english), Verbosity.FULL))
    assert texts
    assert not english_texts & set(texts)
    if language == "zh-CN":
        assert not any(" " in text for text in texts), [t for t in texts if " " in t]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_stop_advice_is_in_the_routines_language(language: str) -> None:
    routine = load_routine(BUNDLED[language])
    session = Session(build_timeline(routine), FakeClock(), pain_before=2)
    session.start()
    session.rate_pain(7)
    stop = say(language, Phrase.STOP_ADVICE)
    assert session.advice == join_sentences(
        [say(language, Phrase.PAIN_AT_LEAST, now=7, limit=7), stop]
    )
    assert stop_words(language).endswith(stop)
    # The log keeps the reason in the same words whatever the routine's language.
    assert StopRule(pain_at_least=7).check(2, 7) == "pain is 7 out of 10 (the limit set is 7)"


# --------------------------------------------------------------------------- bundled


def plain(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def numbers(data: object) -> object:
    """Everything in a routine's data but its texts: ids, numbers, choices, pictures."""
    texts = {"name", "description", "summary", "steps", "cautions", "say", "language"}
    if isinstance(data, dict):
        return {k: numbers(v) for k, v in data.items() if k not in texts}
    if isinstance(data, list):
        return [numbers(v) for v in data]
    return data


def pt_comments(path: Path) -> list[str]:
    return re.findall(r"# PT.*", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_is_the_same_routine_in_other_words(language: str) -> None:
    path = BUNDLED[language]
    routine = load_routine(path)
    english = load_routine(BUNDLED_ROUTINE)
    assert routine.warnings == ()
    assert routine.language == language
    english_numbers = numbers(plain(BUNDLED_ROUTINE))
    assert isinstance(english_numbers, dict)
    assert numbers(plain(path)) == {**english_numbers, "schema": 3}
    assert pt_comments(path) == pt_comments(BUNDLED_ROUTINE)
    assert [e.id for e in routine.exercises] == [e.id for e in english.exercises]
    assert build_timeline(routine).total_seconds == build_timeline(english).total_seconds
    # In its own words: no text is left in English.
    for mine, theirs in zip(routine.exercises, english.exercises, strict=True):
        assert mine.name != theirs.name
        assert mine.summary != theirs.summary
        assert not set(mine.steps) & set(theirs.steps)


def test_the_bundled_routines_are_one_per_language() -> None:
    entries = discover(BUNDLED_ROUTINES_DIR, Path("/nonexistent"))
    assert sorted(e.path.name for e in entries) == sorted(p.name for p in BUNDLED.values())
    assert sorted(language_of(e.routine.language) for e in entries if e.routine) == sorted(BUNDLED)


@pytest.mark.parametrize(
    ("interface", "offered"),
    [("nl-NL", "nl"), ("de_AT", "de"), ("zh-Hans-CN", "zh-CN"), ("en-US", "en"), ("fr-FR", "en")],
)
def test_the_routine_offered_first_is_in_the_interfaces_language(
    interface: str, offered: str
) -> None:
    entries = discover(BUNDLED_ROUTINES_DIR, Path("/nonexistent"))
    entry = preferred(entries, interface)
    assert entry is not None
    assert entry.path == BUNDLED[offered]
