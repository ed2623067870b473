"""The desktop integration files: named by the application id, valid for the desktop tools.

desktop-file-validate (desktop-file-utils), appstreamcli (appstream) and
update-mime-database (shared-mime-info) are the tools desktops and software
centres use; .ci/run installs them.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from homestretch import APP_ID, APP_NAME, __version__
from homestretch.cli import build_parser
from homestretch.core.paths import APP_ICON, APP_ICON_SIZES, app_icon_png

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install it (see .ci/run's apt line)"
    return found


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign] # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def mime_types() -> dict[str, list[str]]:
    """The MIME types the XML defines, with their glob patterns."""
    root = ET.parse(MIME).getroot()
    return {
        t.attrib["type"]: [g.attrib["pattern"] for g in t.findall(f"{MIME_NS}glob")]
        for t in root.findall(f"{MIME_NS}mime-type")
    }


def test_every_file_is_named_by_the_application_id() -> None:
    names = sorted(p.name for p in LINUX.iterdir() if p.name.startswith("io."))
    assert names == sorted([f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.mime.xml"])
    assert desktop_entry()["Desktop Entry"]["Icon"] == APP_ID
    # On X11 the window's WM_CLASS class is the application name (app.py sets it).
    assert desktop_entry()["Desktop Entry"]["StartupWMClass"] == APP_NAME
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for severity in ("E:", "W:"):
        assert severity not in result.stdout, result.stdout


def test_the_metainfo_names_this_version_and_the_screenshots_exist() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = [r.attrib["version"] for r in root.iter("release")]
    assert releases[0] == __version__  # the newest release first
    images = [i.text or "" for i in root.iter("image")]
    assert images
    for image in images:
        assert image.startswith("https://")
        assert (ROOT / image.split("/main/", 1)[1]).is_file(), image
    captions = [c.text for c in root.iter("caption")]
    assert len(captions) == len(images)
    assert all(captions)
    assert root.find("content_rating").attrib["type"] == "oars-1.1"  # type: ignore[union-attr]


def test_the_command_line_accepts_what_the_desktop_file_runs() -> None:
    entry = desktop_entry()
    assert entry["Desktop Entry"]["Exec"] == "homestretch %f"
    actions = entry["Desktop Entry"]["Actions"].strip(";").split(";")
    assert [entry[f"Desktop Action {a}"]["Name"] for a in actions] == ["Start today's session"]
    command = entry["Desktop Action start-session"]["Exec"].split()
    assert command[0] == "homestretch"
    args = build_parser().parse_args(command[1:])
    assert args.start
    assert args.command is None


def test_the_mime_types_are_the_ones_the_desktop_file_and_metainfo_name(tmp_path: Path) -> None:
    types = mime_types()
    assert types == {
        "application/x-homestretch": ["*.homestretch"],
        "application/x-homestretch-routine+yaml": ["*.routine.yaml", "*.routine.yml"],
    }
    listed = desktop_entry()["Desktop Entry"]["MimeType"].strip(";").split(";")
    assert sorted(listed) == sorted(types)
    provided = [m.text or "" for m in ET.parse(METAINFO).getroot().iter("mediatype")]
    assert sorted(provided) == sorted(types)
    # shared-mime-info reads it: the database it builds knows both types and their globs.
    (tmp_path / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, tmp_path / "mime" / "packages" / f"{APP_ID}.xml")
    result = subprocess.run(
        [tool("update-mime-database"), "-V", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "rror" not in result.stderr, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    for mime_type, patterns in types.items():
        assert (tmp_path / "mime" / f"{mime_type}.xml").is_file()
        for pattern in patterns:
            assert f":{mime_type}:{pattern}" in globs
    # No claim on YAML files in general.
    assert ":*.yaml\n" not in globs
    assert ":*.yml\n" not in globs


def rendered(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(APP_ICON)).render(painter)
    painter.end()
    return image


@pytest.mark.parametrize("size", APP_ICON_SIZES)
def test_each_png_icon_is_the_svg_drawn_at_its_size(size: int, qapp: QGuiApplication) -> None:
    png = QImage(str(app_icon_png(size)))
    assert not png.isNull(), f"{app_icon_png(size)} is missing: run scripts/make_icons.py"
    assert (png.width(), png.height()) == (size, size)
    png = png.convertToFormat(QImage.Format.Format_ARGB32)
    svg = rendered(size)
    # Colour by colour, the PNG is the SVG drawn now, within a small average difference:
    # a changed SVG needs scripts/make_icons.py run again.
    difference = 0
    for y in range(size):
        for x in range(size):
            a, b = png.pixelColor(x, y), svg.pixelColor(x, y)
            difference += (
                abs(a.red() - b.red())
                + abs(a.green() - b.green())
                + abs(a.blue() - b.blue())
                + abs(a.alpha() - b.alpha())
            )
    assert difference / (size * size * 4) < 4, "the PNG no longer looks like the SVG"
    # And it is not blank: the icon's green square fills the middle.
    assert png.pixelColor(size // 2, size // 8).alpha() == 255


def test_the_window_icon_has_the_svg_and_every_png_size(qapp: QGuiApplication) -> None:
    from homestretch.app import window_icon

    icon = window_icon()
    assert {size.width() for size in icon.availableSizes()} >= set(APP_ICON_SIZES)
    # Drawn large, it is the SVG (no PNG is larger than 256).
    assert icon.pixmap(512, 512).width() == 512
