#!/usr/bin/env python3
"""Draw the application icon (assets/icons/homestretch.svg) as PNG at every size.

Writes assets/icons/png/homestretch-N.png for N in core.paths.APP_ICON_SIZES.
The PNGs are committed: the build, the window and desktops without an SVG
loader use them, and a test checks they still look like the SVG. Run this
after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from homestretch.core.paths import APP_ICON, APP_ICON_SIZES, app_icon_png


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in APP_ICON_SIZES:
        target = app_icon_png(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(APP_ICON, size).save(str(target)):
            raise SystemExit(f"cannot write {target}")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
