"""The base of every printed document: paper, fonts, safe text and "page N of M".

Built on reportlab (no Qt, no display): a document is a list of platypus
flowables that :func:`render` lays out on A4 or US Letter pages with the
document's title in the PDF's metadata and a footer on every page ("Homestretch
report, ...  page 2 of 5").

Fonts are TrueType files embedded in the PDF (subset): DejaVu Sans (or Arial,
which covers the same scripts) for Latin, Greek and Cyrillic, and, only when a
text needs it, a fallback for Chinese, Japanese and Korean (WenQuanYi Zen Hei,
or another TrueType CJK font; reportlab cannot embed fonts with PostScript
(CFF) outlines, such as the Noto CJK ``.ttc`` files). :func:`register_fonts`
raises :class:`FontError`, naming what to install, when no body font is found.

Text from files and users (routine names, notes) goes through :func:`markup`
before it enters a :class:`~reportlab.platypus.Paragraph`: it is escaped, so
``<b>x</b>`` prints as written, and characters the body font lacks are set in
the fallback font. A string drawn directly on the canvas or in a chart takes
its font from :func:`font_for`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from io import BytesIO
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from homestretch import APP_NAME, __version__
from homestretch.core.files import write_atomically
from homestretch.core.i18n import translate
from homestretch.core.paths import ASSETS_DIR
from homestretch.documents import styles

rl_config.useA85 = 0
"""Streams compressed but not also ASCII85-encoded: a quarter smaller, and encoding a long
report's pages in ASCII85 (pure Python without reportlab's optional accelerator) took a
second of the two it may take."""


class Paper(Enum):
    """The paper sizes a document can be printed on."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in points, portrait."""
        width, height = A4 if self is Paper.A4 else LETTER
        return float(width), float(height)

    @property
    def label(self) -> str:
        return "A4" if self is Paper.A4 else "US Letter"


class FontError(Exception):
    """No usable font was found; the message says what to install."""


# -- fonts

FONT_DIRS: Final = (
    ASSETS_DIR / "fonts",  # a bundle may carry its own fonts here
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),  # Arch, Fedora's older layout
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/dejavu-sans-fonts"),  # Fedora
    Path("/usr/local/share/fonts"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/wqy-zenhei"),
    Path("/usr/share/fonts/truetype/arphic"),
    Path("/usr/share/fonts/truetype/droid"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path("/System/Library/Fonts"),
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
)
"""Where font files are looked for, in order (then fontconfig's ``fc-match`` is asked)."""

BODY_FONTS: Final = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu Sans"),
    ("arial.ttf", "arialbd.ttf", "Arial"),  # Windows
    ("Arial.ttf", "Arial Bold.ttf", "Arial"),  # macOS
)
"""(regular file, bold file, family): fonts with Latin, Greek and Cyrillic letters."""

FALLBACK_FONTS: Final = (
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("uming.ttc", 0),
    ("DroidSansFallbackFull.ttf", 0),
    ("DroidSansFallback.ttf", 0),
    ("msyh.ttc", 0),  # Windows: Microsoft YaHei
    ("simsun.ttc", 0),
    ("Arial Unicode.ttf", 0),  # macOS
)
"""(file, index in a collection): TrueType fonts with Chinese, Japanese and Korean."""

FALLBACK_FAMILY: Final = "WenQuanYi Zen Hei"
"""Asked of fontconfig when no file of :data:`FALLBACK_FONTS` is found."""


@dataclass(frozen=True)
class FontFiles:
    """The body font's files, as found."""

    regular: Path
    bold: Path


_lock = threading.Lock()
_body_cmap: frozenset[int] | None = None
_fallback: str | None = None
_fallback_tried = False


def _find(name: str) -> Path | None:
    for folder in FONT_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _fc_match(family: str, style: str = "Regular") -> Path | None:
    """The file fontconfig picks for ``family`` if it really is that family (or None)."""
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        result = subprocess.run(
            [program, "-f", "%{family}\n%{file}", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = result.stdout.splitlines()
    if len(lines) != 2 or family.lower() not in lines[0].lower():
        return None
    path = Path(lines[1])
    return path if path.is_file() else None


def find_body_font() -> FontFiles:
    """The files of the body font, regular and bold.

    Raises:
        FontError: none of :data:`BODY_FONTS` is installed.
    """
    for regular_name, bold_name, family in BODY_FONTS:
        regular = _find(regular_name) or _fc_match(family)
        if regular is None:
            continue
        bold = _find(bold_name) or _fc_match(family, "Bold") or regular
        return FontFiles(regular, bold)
    raise FontError(
        translate(
            "ReportProblems",
            "no font for the PDF was found: install DejaVu Sans (on Debian and Ubuntu the "
            "package fonts-dejavu-core) or put DejaVuSans.ttf and DejaVuSans-Bold.ttf in "
            "{folder}",
        ).format(folder=ASSETS_DIR / "fonts")
    )


def register_fonts() -> None:
    """Register the body font under :data:`styles.FONT` and :data:`styles.FONT_BOLD`
    (once; safe from any thread). The fallback font is registered when text needs it.

    Raises:
        FontError: no body font is installed, or its file cannot be read.
    """
    global _body_cmap
    with _lock:
        if _body_cmap is not None:
            return
        files = find_body_font()
        try:
            regular = TTFont(styles.FONT, str(files.regular))
            bold = TTFont(styles.FONT_BOLD, str(files.bold))
        except (TTFError, OSError) as exc:
            raise FontError(
                translate("ReportProblems", "cannot use the font {font}: {problem}").format(
                    font=files.regular, problem=exc
                )
            ) from exc
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(bold)
        pdfmetrics.registerFontFamily(
            styles.FONT,
            normal=styles.FONT,
            bold=styles.FONT_BOLD,
            italic=styles.FONT,
            boldItalic=styles.FONT_BOLD,
        )
        _body_cmap = frozenset(regular.face.charToGlyph)


def body_characters() -> frozenset[int]:
    """The characters the body font has (registering it first)."""
    register_fonts()
    assert _body_cmap is not None
    return _body_cmap


def fallback_font() -> str | None:
    """The registered name of the CJK fallback font, registering it the first time;
    None when no such font is installed (those characters then print as boxes)."""
    global _fallback, _fallback_tried
    with _lock:
        if _fallback_tried:
            return _fallback
        _fallback_tried = True
        candidates: list[tuple[Path, int]] = []
        for name, index in FALLBACK_FONTS:
            found = _find(name)
            if found is not None:
                candidates.append((found, index))
        matched = _fc_match(FALLBACK_FAMILY)
        if matched is not None:
            candidates.append((matched, 0))
        for path, index in candidates:
            try:  # (a font with PostScript outlines is refused here: try the next)
                font = TTFont(styles.FALLBACK_FONT, str(path), subfontIndex=index)
            except (TTFError, OSError):
                continue
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFontFamily(
                styles.FALLBACK_FONT,
                normal=styles.FALLBACK_FONT,
                bold=styles.FALLBACK_FONT,
                italic=styles.FALLBACK_FONT,
                boldItalic=styles.FALLBACK_FONT,
            )
            _fallback = styles.FALLBACK_FONT
            break
        return _fallback


def covered(text: str, body: frozenset[int]) -> bool:
    """Whether the body font (whose characters are ``body``) has every letter of ``text``."""
    return not _needs_fallback(text, body)


def _needs_fallback(text: str, body: frozenset[int]) -> bool:
    return not text.isascii() and any(ord(c) not in body and not c.isspace() for c in text)


def font_for(text: str, *, bold: bool = False) -> str:
    """The font to draw ``text`` with on a canvas or in a chart: the body font, or the
    fallback when ``text`` has characters the body font lacks (and one is installed)."""
    body = body_characters()
    if _needs_fallback(text, body):
        fallback = fallback_font()
        if fallback is not None:
            return fallback
    return styles.FONT_BOLD if bold else styles.FONT


def markup(text: str) -> str:
    """``text`` for a platypus Paragraph, shown exactly as written.

    ``&``, ``<`` and ``>`` are escaped (a name ``<b>x</b>`` is not bold), line
    breaks are kept, and characters the body font lacks (Chinese, say) are set in
    the fallback font.
    """
    body = body_characters()
    if _needs_fallback(text, body):
        fallback = fallback_font()
        if fallback is not None:
            return _with_fallback(text, body, fallback)
    return escape(text).replace("\n", "<br/>")


def _with_fallback(text: str, body: frozenset[int], fallback: str) -> str:
    parts: list[str] = []
    run: list[str] = []
    run_is_fallback = False

    def flush() -> None:
        if run:
            piece = escape("".join(run)).replace("\n", "<br/>")
            parts.append(f'<font face="{fallback}">{piece}</font>' if run_is_fallback else piece)
            run.clear()

    for character in text:
        outside = ord(character) not in body and not character.isspace()
        if outside != run_is_fallback and not character.isspace():
            flush()
            run_is_fallback = outside
        run.append(character)
    flush()
    return "".join(parts)


# -- the document


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says about itself: in the PDF's metadata and its footer."""

    title: str
    footer: str
    """Left of "page N of M" at the foot of every page."""
    subject: str = ""
    author: str = APP_NAME
    page_of: str = "page {page} of {pages}"
    """Right of the footer: the page number and count, in the document's language."""


def frame_size(paper: Paper) -> tuple[float, float]:
    """Width and height (points) of the area flowables are laid out in."""
    left, top, right, bottom = styles.MARGINS_MM
    width, height = paper.size
    return width - (left + right) * mm, height - (top + bottom + styles.FOOTER_MM) * mm


class _NumberedCanvas(Canvas):
    """A canvas that keeps its pages until the end, so each footer can name the page count."""

    def __init__(
        self,
        *args: Any,
        footer: str = "",
        paper: Paper = Paper.A4,
        page_of: str = DocumentInfo.page_of,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_of = page_of
        self._paper = paper
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # (reportlab's own, not in its stubs)

    def save(self) -> None:
        total = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        left, _, right, bottom = styles.MARGINS_MM
        width, _ = self._paper.size
        y = bottom * mm
        self.saveState()
        self.setFillColor(styles.color(styles.MUTED))
        self.setFont(font_for(self._footer), styles.FOOTER_PT)
        self.drawString(left * mm, y, self._footer)
        page_of = self._page_of.format(page=number, pages=total)
        self.setFont(font_for(page_of), styles.FOOTER_PT)
        self.drawRightString(width - right * mm, y, page_of)
        self.restoreState()


def render(
    story: Sequence[Flowable],
    info: DocumentInfo,
    *,
    paper: Paper = Paper.A4,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    """Lay ``story`` out on pages of ``paper`` and return the PDF.

    Args:
        on_page: draws on each page before its flowables (a page background, say).
        progress: told the share of the flowables laid out so far (0 to 1), now and then.

    Raises:
        FontError: no body font is installed.
    """
    register_fonts()
    font_for(info.footer + info.page_of)  # the fallback registered first, if the footer needs it
    buffer = BytesIO()
    left, top, right, bottom = styles.MARGINS_MM
    width, height = paper.size
    frame_width, frame_height = frame_size(paper)
    frame = Frame(
        left * mm,
        (bottom + styles.FOOTER_MM) * mm,
        frame_width,
        frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=left * mm,
        rightMargin=right * mm,
        topMargin=top * mm,
        bottomMargin=bottom * mm,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__} (reportlab)",
        initialFontName=styles.FONT,  # (the canvas would start with Helvetica, not embedded)
        initialFontSize=styles.REPORT_BODY_PT,
    )
    if on_page is None:
        document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    else:
        document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])

    if progress is not None:
        tell = progress
        total = [max(1, len(story))]

        def on_progress(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = max(1, value)
            elif kind == "PROGRESS":
                tell(min(1.0, value / total[0]))

        document.setProgressCallBack(on_progress)

    def canvas_maker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(
            *args, footer=info.footer, paper=paper, page_of=info.page_of, **kwargs
        )

    document.build(list(story), canvasmaker=canvas_maker)
    return buffer.getvalue()


def write(output: Path, pdf: bytes) -> Path:
    """Write ``pdf`` to ``output`` atomically (a reader never sees half a file).

    Raises:
        OSError: the folder is missing or cannot be written, or the disk is full
            (nothing is left behind).
    """
    write_atomically(output, pdf)
    return output
