"""The handout: what it says (checked in the PDF's own text), its pages and its pictures."""

from __future__ import annotations

import base64
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from homestretch.core.formatting import POSITION_WORDS, dose_text, stop_rule_text
from homestretch.core.paths import BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.phrases import PHRASES, Plural, say
from homestretch.core.routine import Routine, load_routine
from homestretch.documents import styles
from homestretch.documents.handout import (
    LOG_DAYS,
    PICTURE_NOT_SHOWN,
    SAFETY_ADVICE,
    PictureKind,
    build_handout,
    figure_frames,
    log_page,
    write_handout,
)
from homestretch.documents.pdf import Paper
from tests.helpers import pdf_text, poppler


def words(text: str) -> str:
    """Whitespace collapsed (the PDF wraps lines where it likes)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def bundled() -> Routine:
    return load_routine(BUNDLED_ROUTINE)


@pytest.fixture(scope="module")
def bundled_pdf(tmp_path_factory: pytest.TempPathFactory, bundled: Routine) -> Path:
    return write_handout(bundled, tmp_path_factory.mktemp("handout") / "handout.pdf")


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, whitespace collapsed (pdftotext's pages end in a form feed)."""
    result = subprocess.run(
        [poppler("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [words(page) for page in result.stdout.split("\f")[:-1]]


def pdfinfo(pdf: Path) -> dict[str, str]:
    result = subprocess.run(
        [poppler("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    )
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in result.stdout.splitlines())
    }


PAINT = re.compile(rb"(?<!\S)(?:S|s|f\*?|F|B\*?|b\*?)(?!\S)")
"""PDF operators that paint a path (stroke, fill, both)."""


def painted_paths(pdf: Path, tmp_path: Path) -> list[int]:
    """How many paths each page paints: its content streams, decompressed, text left out."""
    folder = tmp_path / "pages"
    folder.mkdir(parents=True)
    subprocess.run([poppler("pdfseparate"), str(pdf), str(folder / "page-%03d.pdf")], check=True)
    counts = []
    for page in sorted(folder.iterdir()):
        data = page.read_bytes()
        total = 0
        for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
            content = _inflate(stream)
            if content is None:
                continue
            if b"BT" not in content and b" re" not in content and b" l" not in content:
                continue  # a font, not a page's content
            content = re.sub(rb"BT.*?ET", b"", content, flags=re.DOTALL)
            total += len(PAINT.findall(content))
        counts.append(total)
    return counts


def _inflate(stream: bytes) -> bytes | None:
    """A stream's bytes: deflated, or ASCII85 then deflated (reportlab's page content)."""
    try:
        return zlib.decompress(stream)
    except zlib.error:
        pass
    text = stream.strip()
    if not text.endswith(b"~>"):
        return None
    try:
        return zlib.decompress(base64.a85decode(text[:-2]))
    except (ValueError, zlib.error):
        return None


# --------------------------------------------------------------------------- what it says


def test_every_exercise_is_in_the_pdf_with_its_words(bundled: Routine, bundled_pdf: Path) -> None:
    text = words(pdf_text(bundled_pdf))
    pages = page_texts(bundled_pdf)
    for number, exercise in enumerate(bundled.exercises, 1):
        heading = f"{number}. {exercise.name}"
        on = [p for p in pages if p.startswith(heading)]
        assert len(on) == 1, f"{heading!r} should head exactly one page"
        page = on[0]
        for step in exercise.steps:
            assert words(step) in page, f"{exercise.id}: step missing: {step!r}"
        for caution in exercise.cautions:
            assert words(caution) in page, f"{exercise.id}: caution missing: {caution!r}"
        assert f"How much: {dose_text(exercise)}" in page
        assert f"Position: {say('en', POSITION_WORDS[exercise.position])}" in page
        assert dose_text(exercise) in text  # listed on the cover too
    assert "8 times each leg, alternating; hold 5 seconds; 1 set" in text


def test_the_cover_says_how_often_how_long_and_when_to_stop(
    bundled: Routine, bundled_pdf: Path
) -> None:
    cover = page_texts(bundled_pdf)[0]
    assert bundled.name in cover
    assert words(bundled.description) in cover
    assert "How often: Once a day, every day" in cover
    assert re.search(r"Each session: About \d+ minutes", cover)
    rule = "Stop and call your physiotherapist if your pain rises by 2 or more points or reaches 7"
    assert stop_rule_text(bundled.stop_rule) == rule
    assert rule in cover


def test_the_log_and_the_safety_advice_are_there(bundled_pdf: Path) -> None:
    pages = page_texts(bundled_pdf)
    log = pages[-1]
    assert "Your exercise log: two weeks" in log
    assert " ".join(str(day) for day in range(1, LOG_DAYS + 1)) in log
    text = " ".join(pages)
    for advice in SAFETY_ADVICE:
        assert words(say("en", advice)) in text


def test_the_log_has_a_box_for_every_session_of_every_day() -> None:
    assert log_page(7).sessions_per_day == 1
    assert log_page(14).sessions_per_day == 2
    assert log_page(21).sessions_per_day == 3
    assert log_page(3).sessions_per_day == 1
    assert log_page(3).days_per_week == 3


def test_twice_a_day_gets_two_tick_boxes_a_day(tmp_path: Path) -> None:
    routine = load_routine(_write_routine(tmp_path, sessions_per_week=14))
    pdf = write_handout(routine, tmp_path / "twice.pdf")
    log = page_texts(pdf)[-1]
    assert "Twice a day, every day" in " ".join(page_texts(pdf))
    assert "Columns 1 to 2: the sessions of the day." in log
    # 14 days x 2 boxes, 4 strokes each way round: many more paths than a once-a-day log.
    once = write_handout(load_routine(_write_routine(tmp_path / "once")), tmp_path / "once.pdf")
    assert painted_paths(pdf, tmp_path / "a")[-1] >= painted_paths(once, tmp_path / "b")[-1] + 14


def test_body_text_is_never_smaller_than_12_points(bundled_pdf: Path) -> None:
    result = subprocess.run(
        [poppler("pdftotext"), "-bbox", str(bundled_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    small = []
    for page in re.findall(
        r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', result.stdout, re.S
    ):
        height = float(page[0])
        for y_min, y_max, word in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
            page[1],
        ):
            if float(y_min) > height - 60:  # the footer ("page 2 of 10")
                continue
            if float(y_max) - float(y_min) < styles.MIN_HANDOUT_BODY_PT - 0.01:
                small.append(word)
    assert small == []


# --------------------------------------------------------------------------- paper


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, "595.276 x 841.89 pts (A4)"), (Paper.LETTER, "612 x 792 pts")]
)
def test_page_size(tmp_path: Path, bundled: Routine, paper: Paper, size: str) -> None:
    pdf = write_handout(bundled, tmp_path / "h.pdf", paper)
    info = pdfinfo(pdf)
    assert info["Page size"].startswith(size)
    assert int(info["Pages"]) >= len(bundled.exercises) + 2
    assert info["Title"] == bundled.name


# --------------------------------------------------------------------------- pictures


def test_every_exercise_page_has_its_figure_drawn_in_vectors(
    tmp_path: Path, bundled: Routine, bundled_pdf: Path
) -> None:
    counts = painted_paths(bundled_pdf, tmp_path)
    pages = page_texts(bundled_pdf)
    for number, exercise in enumerate(bundled.exercises, 1):
        page = next(k for k, p in enumerate(pages) if p.startswith(f"{number}. {exercise.name}"))
        # Two stills of a body (limbs, hands, head, the scene: 25 paths and more each) and
        # an arrow; without them a page paints a handful (the write-in lines).
        assert counts[page] >= 50, f"{exercise.id}: only {counts[page]} paths drawn"
        assert "Start" in pages[page]
    images = subprocess.run(
        [poppler("pdfimages"), "-list", str(bundled_pdf)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(images.stdout.splitlines()) == 2  # the header alone: no raster pictures


def test_the_working_leg_has_the_side_colour(bundled: Routine) -> None:
    handout = build_handout(bundled)
    first = handout.exercises[0].picture
    assert first.kind is PictureKind.FIGURE
    assert first.note.startswith("Red: your right leg")
    pats = next(e for e in handout.exercises if e.name == "Knee pats").picture
    assert pats.both_legs
    assert pats.note.startswith("Green")
    assert [f.caption for f in pats.frames] == ["Start", "Hands at work"]


def test_a_figure_shows_start_and_end(bundled: Routine) -> None:
    from homestretch.core.pose import load_figure

    illustration = bundled.exercises[0].illustration
    assert illustration is not None
    figure = load_figure(illustration)
    frames = figure_frames(figure)
    assert [f.caption for f in frames] == ["Start", "End"]
    assert frames[0].pose == figure.poses["start"]
    assert frames[1].pose == figure.poses["end"]


def png(width: int, height: int) -> bytes:
    """A plain grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\0" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_a_custom_picture_is_embedded_at_print_resolution(tmp_path: Path) -> None:
    (tmp_path / "big.png").write_bytes(png(1200, 600))
    (tmp_path / "small.png").write_bytes(png(150, 90))
    routine = load_routine(
        _write_routine(tmp_path, pictures=["big.png", "small.png"], name="Pictures")
    )
    pdf = write_handout(routine, tmp_path / "pictures.pdf")
    listing = subprocess.run(
        [poppler("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    sizes = sorted(
        (int(row.split()[3]), int(row.split()[4]), int(row.split()[12])) for row in listing
    )
    assert [s[:2] for s in sizes] == [(150, 90), (1200, 600)]  # embedded as they are
    assert all(ppi >= 300 for *_, ppi in sizes)  # never printed coarser than 300 dpi


def test_an_svg_picture_is_said_not_to_be_shown(tmp_path: Path) -> None:
    (tmp_path / "p.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" '
        'height="10"/></svg>',
        encoding="utf-8",
    )
    routine = load_routine(_write_routine(tmp_path, pictures=["p.svg"]))
    assert build_handout(routine).exercises[0].picture.note == say("en", PICTURE_NOT_SHOWN)
    text = words(pdf_text(write_handout(routine, tmp_path / "svg.pdf")))
    assert say("en", PICTURE_NOT_SHOWN) in text


# --------------------------------------------------------------------------- any text


def test_german_and_chinese_text_prints_with_its_glyphs(tmp_path: Path) -> None:
    name = "Rückenübungen für zu Hause 腰痛家庭锻炼"
    step = "Langsam das Knie strecken, dann 慢慢伸直膝盖"
    routine = load_routine(_write_routine(tmp_path, name=name, step=step, caution="Vorsicht: 小心"))
    pdf = write_handout(routine, tmp_path / "intl.pdf")
    text = words(pdf_text(pdf))
    assert name in text
    assert step in text
    assert "Vorsicht: 小心" in text
    fonts = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(fonts) >= 2  # the body font and the CJK fallback
    assert all(row.split()[-5] == "yes" for row in fonts), "every font is embedded"


def test_markup_in_a_name_prints_as_written(tmp_path: Path) -> None:
    routine = load_routine(
        _write_routine(tmp_path, name="<b>Bold</b> & <i>more</i>", step="Lift <br/> & hold")
    )
    text = words(pdf_text(write_handout(routine, tmp_path / "markup.pdf")))
    assert "<b>Bold</b> & <i>more</i>" in text
    assert "Lift <br/> & hold" in text


# --------------------------------------------------------------------------- the routine's language

WORD = re.compile(r"[^\W\d_]+")


def table_words(language: str) -> set[str]:
    """Every word of a language's phrases (not of their placeholders)."""
    found: set[str] = set()
    for text in PHRASES[language].values():
        for form in (text.one, text.other) if isinstance(text, Plural) else (text,):
            found |= {w.casefold() for w in WORD.findall(re.sub(r"\{\w+\}", " ", form))}
    return found


def own_words(routine: Routine) -> set[str]:
    """Every word of the routine's own texts."""
    texts = [routine.name, routine.description]
    for e in routine.exercises:
        texts += [e.name, e.summary, *e.steps, *e.cautions]
    return {w.casefold() for text in texts for w in WORD.findall(text)}


@pytest.fixture(scope="module")
def translated_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("languages")
    return {
        language: write_handout(
            load_routine(BUNDLED_ROUTINES_DIR / f"sciatica-relief.{language}.yaml"),
            folder / f"{language}.pdf",
        )
        for language in ("de", "nl", "zh-CN")
    }


@pytest.mark.parametrize("language", ["de", "nl", "zh-CN"])
def test_a_translated_handout_has_no_english_glue(
    translated_pdfs: dict[str, Path], language: str
) -> None:
    routine = load_routine(BUNDLED_ROUTINES_DIR / f"sciatica-relief.{language}.yaml")
    text = pdf_text(translated_pdfs[language])
    if language == "zh-CN":
        # Chinese is written without spaces (and lines break anywhere): check characters.
        routine_text = " ".join(
            [routine.name, routine.description]
            + [s for e in routine.exercises for s in (e.name, e.summary, *e.steps, *e.cautions)]
        )
        table_text = " ".join(
            form
            for value in PHRASES["zh-CN"].values()
            for form in ((value.one, value.other) if isinstance(value, Plural) else (value,))
        )
        cjk = {c for c in text if ord(c) > 0x2E80}
        assert cjk - set(routine_text) - set(table_text) == set()
        latin = set(re.findall(r"[A-Za-z]+", text)) - set(re.findall(r"[A-Za-z]+", routine_text))
        assert latin == {"Homestretch"}
        return
    printed = {w.casefold() for w in WORD.findall(text)}
    glue = printed - own_words(routine) - {"homestretch"}
    assert glue
    # English words that are not words of this language too ("Name", "Start"...).
    english = table_words("en") - table_words(language)
    assert glue & english == set()
    assert glue <= table_words(language), glue - table_words(language)


def test_the_english_glue_check_can_fail(bundled: Routine, bundled_pdf: Path) -> None:
    printed = {w.casefold() for w in WORD.findall(pdf_text(bundled_pdf))}
    glue = printed - own_words(bundled)
    assert {"often", "steps", "log", "page"} <= glue & (table_words("en") - table_words("de"))


def test_the_german_handout_says_its_own_words_in_german(translated_pdfs: dict[str, Path]) -> None:
    routine = load_routine(BUNDLED_ROUTINES_DIR / "sciatica-relief.de.yaml")
    pages = page_texts(translated_pdfs["de"])
    cover = pages[0]
    assert cover.startswith("Ihr Übungsprogramm für zu Hause")
    assert "Wie oft: Einmal täglich, jeden Tag" in cover
    assert re.search(r"Jede Einheit: Etwa \d+ Minuten", cover)
    assert words(stop_rule_text(routine.stop_rule, "de")) in cover
    assert "Hören Sie auf" in cover
    for number, exercise in enumerate(routine.exercises, 1):
        page = next(p for p in pages if p.startswith(f"{number}. {exercise.name}"))
        assert f"Wie viel: {dose_text(exercise, 'de')}" in page
        assert f"Ausgangsstellung: {say('de', POSITION_WORDS[exercise.position])}" in page
        assert "Schritte" in page
    assert "8-mal pro Bein, abwechselnd; 5 Sekunden halten; 1 Satz" in " ".join(pages)
    assert "Hinweise zur Sicherheit" in " ".join(pages)
    assert pages[-1].startswith("Ihr Übungsprotokoll: zwei Wochen")
    assert f"Seite 1 von {len(pages)}" in cover
    assert pdfinfo(translated_pdfs["de"])["Subject"] == "Übungsprogramm für zu Hause"


def test_the_chinese_handout_prints_chinese_glyphs(
    translated_pdfs: dict[str, Path], tmp_path: Path
) -> None:
    pdf = translated_pdfs["zh-CN"]
    routine = load_routine(BUNDLED_ROUTINES_DIR / "sciatica-relief.zh-CN.yaml")
    pages = page_texts(pdf)
    assert pages[0].startswith("您的居家锻炼计划")
    assert "频率：每天一次" in pages[0].replace(" ", "")
    assert dose_text(routine.exercises[0], "zh-CN") == "每条腿8次，左右交替；保持5秒；1组"
    assert "每条腿8次，左右交替；保持5秒；1组" in "".join(pages).replace(" ", "")
    assert "您的练习记录：两周" in pages[-1].replace(" ", "")
    fonts = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert any("WenQuanYi" in row or "Noto" in row for row in fonts), fonts
    assert all(row.split()[-5] == "yes" for row in fonts), "every font is embedded"
    # The glyphs are drawn, not empty boxes: the cover's title line has ink.
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            "-gray",
            str(pdf),
            str(tmp_path / "c"),
        ],
        check=True,
    )
    header, _, pixels = next(tmp_path.glob("c*.pgm")).read_bytes().partition(b"\n255\n")
    width = int(header.split()[1])
    title = pixels[width * 20 : width * 60]  # the kicker and the title, under the margin
    assert sum(1 for value in title if value < 128) > 300  # ink, not a blank line


# --------------------------------------------------------------------------- a routine file


def _write_routine(
    folder: Path,
    *,
    name: str = "Test routine",
    step: str = "Lift the leg.",
    caution: str = "Go gently.",
    sessions_per_week: int = 7,
    pictures: list[str] | None = None,
) -> Path:
    """A small valid routine file in ``folder``: one exercise per picture (or one)."""
    folder.mkdir(parents=True, exist_ok=True)

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    exercises = []
    for k, picture in enumerate(pictures or [None]):
        illustration = f"    illustration: {quoted(picture)}\n" if picture else ""
        exercises.append(
            f"  - id: ex-{k}\n"
            f"    name: {quoted(f'Exercise {k}')}\n"
            "    position: sitting\n"
            f"{illustration}"
            "    summary: A short summary.\n"
            f"    steps: [{quoted(step)}, Lower it.]\n"
            f"    cautions: [{quoted(caution)}]\n"
            "    sides: alternating\n"
            "    reps: 4\n"
            "    phases:\n"
            "      - { name: lift, seconds: 2 }\n"
            "      - { name: hold, seconds: 5 }\n"
        )
    path = folder / "routine.yaml"
    path.write_text(
        "schema: 2\n"
        f"name: {quoted(name)}\n"
        "description: For the tests.\n"
        f"sessions_per_week: {sessions_per_week}\n"
        "stop_rule: { pain_rise: 2, pain_at_least: 7 }\n"
        "exercises:\n" + "".join(exercises),
        encoding="utf-8",
    )
    return path
