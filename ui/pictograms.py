"""The drawn SVG pictograms of ``assets/pictograms`` (never font glyphs or emoji)."""

from __future__ import annotations

import logging
from functools import cache, lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resource

log = logging.getLogger(__name__)

#: Drawn instead of a pictogram that is missing from the assets.
FALLBACK = "document"
#: Pictograms that point somewhere and are mirrored in right-to-left layouts.
DIRECTIONAL = {"back", "next"}


def pictogram_path(name: str):
    return resource("assets", "pictograms", f"{name}.svg")


def has_pictogram(name: str) -> bool:
    return pictogram_path(name).is_file()


@cache
def _renderer(name: str) -> QSvgRenderer:
    path = pictogram_path(name)
    if not path.is_file():
        log.info("pictogram %r is missing; showing %r instead", name, FALLBACK)
        path = pictogram_path(FALLBACK)
    return QSvgRenderer(str(path))


def image(name: str, side: int, *, fallback: str) -> QImage:
    """The pictogram ``name`` (``fallback`` where it is missing) on a transparent QImage of ``side``
    pixels, for the handout and the info flash: safe on a worker thread (its own renderer, nothing
    kept), where QPixmap is not."""
    path = pictogram_path(name)
    if not path.is_file():
        path = pictogram_path(fallback)
    drawn = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    drawn.fill(Qt.GlobalColor.transparent)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, side, side))
    painter.end()
    return drawn


#: Pictures kept drawn: every pictogram a session shows at its sizes, with room to spare. Bounded,
#: because a day of random use (benchmarks/monkey_bench.py) reaches sizes and names a scripted
#: session does not.
KEPT = 160


def pixmap(name: str, size: int, *, mirrored: bool = False, ratio: float = 1.0) -> QPixmap:
    """The pictogram ``name`` drawn at ``size`` x ``size`` logical pixels.

    ``ratio`` asks for that many device pixels per logical pixel, for sharp pictures on high-density
    screens; it is never more than the screens have: a picture drawn at twice a 1x screen's density
    costs four times the memory and is scaled down again at every paint. Drawn once per size and
    kept (see ``KEPT``): the header and the screens set the same icons at every screen change.
    Callers never paint into what they get.
    """
    return _drawn(name, size, mirrored, min(ratio, _screen_ratio()))


def _screen_ratio() -> float:
    """The highest device pixel ratio of the screens (1.0 where there is none yet)."""
    return max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)


@lru_cache(maxsize=KEPT)
def _drawn(name: str, size: int, mirrored: bool, ratio: float) -> QPixmap:
    image = QPixmap(QSize(size, size) * ratio)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored and name in DIRECTIONAL:
        painter.translate(size, 0)
        painter.scale(-1, 1)
    _renderer(name).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


@lru_cache(maxsize=KEPT)
def icon(name: str, size: int, *, mirrored: bool = False) -> QIcon:
    return QIcon(pixmap(name, size, mirrored=mirrored, ratio=2.0))
