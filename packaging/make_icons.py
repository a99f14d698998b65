"""Render the app icon (resources/icons/committee-app.svg) for the bundles.

    python packaging/make_icons.py OUTPUT_FOLDER

Writes committee-app-SIZE.png for each size, committee-app.ico (Windows: 16 to 256 pixels)
and committee-app.icns (macOS: 16 to 1024). Each size is drawn from the SVG itself, not
scaled down from a big picture, so the small icons stay sharp. Needs PySide6 (with QtSvg)
and Pillow: the build scripts install both into their build environment.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "committee-app.svg"
NAME = "committee-app"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_pngs(folder: Path) -> dict[int, Path]:
    # Drawing needs no screen: the offscreen platform works on a build machine without one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    application = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG image")
    written = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = folder / f"{NAME}-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    del application
    return written


def write_ico_and_icns(folder: Path, pngs: dict[int, Path]) -> None:
    from PIL import Image

    images = {size: Image.open(path).convert("RGBA") for size, path in pngs.items()}
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        folder / f"{NAME}.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        folder / f"{NAME}.icns",
        format="ICNS",
        append_images=[images[size] for size in ICNS_SIZES if size != max(ICNS_SIZES)],
    )


def check(folder: Path) -> None:
    """Read the results back: each must hold every size it promises."""
    from PIL import Image

    with Image.open(folder / f"{NAME}.ico") as ico:
        found = set(ico.info["sizes"])
    missing = {(size, size) for size in ICO_SIZES} - found
    if missing:
        raise SystemExit(f"{NAME}.ico lacks the sizes {sorted(missing)}")
    with Image.open(folder / f"{NAME}.icns") as icns:
        if max(icns.info["sizes"])[0] < 512:
            raise SystemExit(f"{NAME}.icns lacks the large sizes: {icns.info['sizes']}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(folder)
    write_ico_and_icns(folder, pngs)
    check(folder)
    print(f"Icons written to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
