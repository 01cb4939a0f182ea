"""Draws the app's icon files from its one source, ``annotator/resources/annotator.svg``.

Run it after changing the SVG (``QT_QPA_PLATFORM=offscreen python3 packaging/make_icons.py``);
the files it writes are committed, and ``tests/test_packaging.py`` fails when one of them no
longer matches the SVG as Qt draws it. It writes:

* ``packaging/linux/icons/hicolor/NxN/apps/APP_ID.png`` for the sizes desktops look up, and
  ``scalable/apps/APP_ID.svg`` (a copy of the source);
* ``packaging/windows/annotator.ico``: PNG images of 16 to 256 pixels in one ICO file;
* ``packaging/macos/annotator.icns``: PNG images of 16 to 1024 pixels in one ICNS file.

Qt writes a single image per ICO file and no ICNS at all, so both containers are written here:
each is a short header and a table of PNGs, as Windows Vista and macOS 10.7 and later read them.
"""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "annotator" / "resources" / "annotator.svg"
APP_ID = "org.annotator.Annotator"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO = ROOT / "packaging" / "windows" / "annotator.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ROOT / "packaging" / "macos" / "annotator.icns"
# ICNS element types holding PNG data, by pixel size (the @2x types reuse a larger image).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(size: int, source: Path = SOURCE) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent ground."""
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(source)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def linux_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: ICONDIR, one ICONDIRENTRY per image, then the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', the file's length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*LINUX_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(size)) for size in sizes}
    for size in LINUX_SIZES:
        linux_png(size).parent.mkdir(parents=True, exist_ok=True)
        linux_png(size).write_bytes(pngs[size])
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICNS.write_bytes(icns_bytes(pngs))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
