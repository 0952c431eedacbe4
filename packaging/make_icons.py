"""Render the app icon (``resources/icons/stopncii-desktop.svg``) to PNG, ICO and ICNS.

Qt's SVG renderer draws each size from the vector source (small sizes are not
shrunk from a large bitmap); Pillow writes the files. Output, in ``--output-dir``:
``hicolor/SIZExSIZE/apps/stopncii-desktop.png`` for the Linux icon theme,
``stopncii-desktop.ico`` (Windows) and ``stopncii-desktop.icns`` (macOS).

    python packaging/make_icons.py --output-dir build/icons
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PIL import Image

NAME = "stopncii-desktop"
SVG = Path(__file__).resolve().parent.parent / "stopncii_desktop" / "resources" / "icons"
SVG = SVG / f"{NAME}.svg"
#: The hicolor theme's usual sizes (freedesktop icon theme specification).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(svg: Path, sizes: tuple[int, ...]) -> dict[int, Image.Image]:
    """The icon drawn at each size, as RGBA images."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    images = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_RGBA8888)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = bytes(image.constBits())
        images[size] = Image.frombytes(
            "RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine()
        )
    del app
    return images


def write_icons(output_dir: Path, svg: Path = SVG) -> list[Path]:
    images = render(svg, tuple(sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})))
    written = []
    for size in PNG_SIZES:
        path = output_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(path, optimize=True)
        written.append(path)
    ico = output_dir / f"{NAME}.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(
        ico,
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    icns = output_dir / f"{NAME}.icns"
    images[max(ICNS_SIZES)].save(
        icns, append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)]
    )
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    for path in write_icons(args.output_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
